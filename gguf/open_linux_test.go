package gguf

import (
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// TestMlockFailure forces mlock to fail with RLIMIT_MEMLOCK = 0: strict
// locking must fail, best-effort locking must open the file unlocked.
func TestMlockFailure(t *testing.T) {
	path, _ := writeSample(t, 32)
	var old unix.Rlimit
	require.NoError(t, unix.Getrlimit(unix.RLIMIT_MEMLOCK, &old))
	lim := unix.Rlimit{Cur: 0, Max: old.Max}
	require.NoError(t, unix.Setrlimit(unix.RLIMIT_MEMLOCK, &lim))
	defer func() { require.NoError(t, unix.Setrlimit(unix.RLIMIT_MEMLOCK, &old)) }()

	for _, m := range []LoadMode{LoadMmap, LoadRAM} {
		f, err := Open(path, WithLoadMode(m), WithMlock(true))
		if err == nil {
			locked := f.Locked()
			require.NoError(t, f.Close())
			if locked {
				t.Skip("SKIP: mlock succeeds despite RLIMIT_MEMLOCK=0 (CAP_IPC_LOCK)")
			}
		}
		require.Error(t, err, m)
		assert.ErrorContains(t, err, "mlock")
		f, err = Open(path, WithLoadMode(m), WithMlock(true), WithMlockBestEffort(true))
		require.NoError(t, err, m)
		assert.False(t, f.Locked())
		require.NoError(t, f.Close())
	}
}

// residentBytes returns how many bytes of b are in RAM (mincore).
func residentBytes(t *testing.T, b []byte) int {
	t.Helper()
	page := os.Getpagesize()
	vec := make([]byte, (len(b)+page-1)/page)
	// x/sys has no mincore wrapper on Linux.
	_, _, errno := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), uintptr(unsafe.Pointer(&vec[0])))
	require.Zero(t, errno, "mincore: %v", errno)
	n := 0
	for _, v := range vec {
		if v&1 != 0 {
			n += page
		}
	}
	return n
}

// TestMmapDoesNotReadTensorData evicts a 64 MiB file from the page cache,
// opens it in mmap mode and checks with mincore that only pages near the
// header were read, then that touching a tensor does read it (so the
// measurement can fail).
func TestMmapDoesNotReadTensorData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cold.gguf")
	zeroFile(t, path, 16<<20) // 64 MiB
	fh, err := os.Open(path)
	require.NoError(t, err)
	require.NoError(t, unix.Fadvise(int(fh.Fd()), 0, 0, unix.FADV_DONTNEED))
	require.NoError(t, fh.Close())

	f, err := Open(path)
	require.NoError(t, err)
	defer f.Close()
	before := residentBytes(t, f.data)
	if before > 8<<20 {
		t.Skipf("SKIP: the page cache kept %d bytes of the file after FADV_DONTNEED", before)
	}
	t.Logf("resident after Open: %d of %d bytes", before, len(f.data))

	b, err := f.TensorData("zeros")
	require.NoError(t, err)
	sum := 0
	for i := 0; i < len(b); i += 4096 {
		sum += int(b[i])
	}
	require.Zero(t, sum)
	after := residentBytes(t, f.data)
	t.Logf("resident after reading the tensor: %d bytes", after)
	assert.GreaterOrEqual(t, after, len(b), "reading the tensor faults it in")
}
