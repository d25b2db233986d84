package gguf

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// mappingRSS returns the resident bytes of the mapping that holds b, from
// /proc/self/smaps: the process's own pages, not the page cache's.
func mappingRSS(t *testing.T, b []byte) int {
	t.Helper()
	raw, err := os.ReadFile("/proc/self/smaps")
	require.NoError(t, err)
	addr := uint64(uintptr(unsafe.Pointer(&b[0])))
	in := false
	for _, line := range strings.Split(string(raw), "\n") {
		var lo, hi uint64
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 && strings.Contains(line, " ") {
			in = lo <= addr && addr < hi
			continue
		}
		var kb int
		if in && strings.HasPrefix(line, "Rss:") {
			_, err := fmt.Sscanf(line, "Rss: %d kB", &kb)
			require.NoError(t, err)
			return kb << 10
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return 0
}

// TestDropResident touches a 16 MiB tensor of a mapped file, drops it from
// the resident set, and checks that the process's RSS for the mapping fell,
// that the bytes read back unchanged, and that LoadRAM data is left alone.
func TestDropResident(t *testing.T) {
	const n = 16 << 20
	want := randomBytes(7, n)
	w := NewWriter()
	w.Set("general.architecture", StringValue("test"))
	require.NoError(t, w.AddTensor("small", TypeF32, []uint64{3}, randomBytes(1, 12)))
	require.NoError(t, w.AddTensor("big", TypeF32, []uint64{n / 4}, want))
	path := filepath.Join(t.TempDir(), "drop.gguf")
	require.NoError(t, w.WriteFile(context.Background(), path))

	sum := func(b []byte) (s uint64) {
		for _, x := range b {
			s += uint64(x)
		}
		return s
	}
	f, err := Open(path)
	require.NoError(t, err)
	b, err := f.TensorData("big")
	require.NoError(t, err)
	require.Equal(t, sum(want), sum(b))
	before := mappingRSS(t, f.data)
	dropped, err := f.DropResident(b)
	require.NoError(t, err)
	after := mappingRSS(t, f.data)
	t.Logf("mapping RSS %d -> %d bytes, %d dropped", before, after, dropped)
	assert.GreaterOrEqual(t, dropped, n-2*os.Getpagesize())
	assert.LessOrEqual(t, dropped, n)
	assert.LessOrEqual(t, after, before-dropped+os.Getpagesize())
	// Rows read with TensorReaderAt come from the file, not the mapping.
	rd, err := f.TensorReaderAt("big")
	require.NoError(t, err)
	row := make([]byte, 5120)
	for off := int64(0); off+5120 <= n; off += 1 << 20 {
		_, err := rd.ReadAt(row, off)
		require.NoError(t, err)
		require.Equal(t, want[off:off+5120], row)
	}
	viaReader := mappingRSS(t, f.data)
	assert.LessOrEqual(t, viaReader, after+os.Getpagesize(), "pread maps nothing")
	require.Equal(t, want, b, "the bytes read back after the drop")
	t.Logf("mapping RSS after 16 row reads with pread: %d bytes; after reading all of b: %d", viaReader, mappingRSS(t, f.data))

	_, err = f.DropResident(make([]byte, 10))
	require.Error(t, err, "a slice that is not the file's")
	require.NoError(t, f.Close())
	_, err = f.DropResident(b[:1])
	require.ErrorIs(t, err, ErrClosed)
	_, err = rd.ReadAt(row, 0)
	require.Error(t, err, "the descriptor is closed with the File")

	g, err := Open(path, WithLoadMode(LoadRAM))
	require.NoError(t, err)
	defer g.Close()
	gb, err := g.TensorData("big")
	require.NoError(t, err)
	dropped, err = g.DropResident(gb)
	require.NoError(t, err)
	assert.Zero(t, dropped, "LoadRAM holds the only copy")
	require.Equal(t, want, gb)
	grd, err := g.TensorReaderAt("big")
	require.NoError(t, err)
	_, err = grd.ReadAt(row, n-5120)
	require.NoError(t, err)
	require.Equal(t, want[n-5120:], row)
	_, err = grd.ReadAt(row, n-100)
	require.ErrorIs(t, err, io.EOF, "reads stop at the tensor's end")
	_, err = g.TensorReaderAt("nope")
	require.ErrorIs(t, err, ErrTensorNotFound)
}

// TestOpenRefusesNonRegular: a FIFO, a device or a directory is refused
// before it is read. Opening a FIFO used to block until a writer appeared,
// with SIGINT and SIGTERM unable to stop the process.
func TestOpenRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "model.gguf")
	require.NoError(t, unix.Mkfifo(fifo, 0o600))
	for _, path := range []string{fifo, "/dev/null", dir} {
		for _, m := range []LoadMode{LoadMmap, LoadRAM} {
			done := make(chan error, 1)
			go func() {
				f, err := OpenContext(context.Background(), path, WithLoadMode(m))
				if err == nil {
					f.Close()
				}
				done <- err
			}()
			select {
			case err := <-done:
				require.ErrorIs(t, err, ErrNotRegular, "%s (%v)", path, m)
				assert.Contains(t, err.Error(), path)
			case <-time.After(time.Minute):
				t.Fatalf("Open(%s) blocked", path)
			}
		}
	}
}
