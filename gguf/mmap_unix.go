//go:build unix

package gguf

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps size bytes of fh read-only and shared.
func mapFile(fh *os.File, size int) ([]byte, func() error, error) {
	data, err := unix.Mmap(int(fh.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() error { return unix.Munmap(data) }, nil
}

// hugePageSize is the x86-64/arm64 transparent huge page size; regions that
// ask for huge pages start on a multiple of it so that every 2 MiB of the
// data can be one page.
const hugePageSize = 2 << 20

// anonRegion maps size bytes of private anonymous memory, outside the Go heap.
func anonRegion(size int, huge bool) ([]byte, func() error, error) {
	n := size
	if huge {
		n += hugePageSize
	}
	region, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, nil, err
	}
	release := func() error { return unix.Munmap(region) }
	if !huge {
		return region, release, nil
	}
	pad := 0
	if r := addrOf(region) % hugePageSize; r != 0 {
		pad = int(hugePageSize - r)
	}
	data := region[pad : pad+size : pad+size]
	_ = adviseHugePages(data) // advice only; see WithHugePages
	return data, release, nil
}

// protectReadOnly makes a region from anonRegion read-only, as a file
// mapping is, so that stray writes to tensor data fault in both modes.
func protectReadOnly(b []byte) error { return unix.Mprotect(b, unix.PROT_READ) }

// lockMemory pins b in RAM.
func lockMemory(b []byte) error { return unix.Mlock(b) }

// dropPages removes b's pages of a file mapping from the resident set; the
// mapping stays valid and re-reads them from the page cache on next touch.
func dropPages(b []byte) error { return unix.Madvise(b, unix.MADV_DONTNEED) }
