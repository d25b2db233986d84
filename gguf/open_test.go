package gguf

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeSample writes sampleWriter's file with the given alignment.
func writeSample(t *testing.T, align uint64) (string, map[string][]byte) {
	t.Helper()
	w, data := sampleWriter(t)
	require.NoError(t, w.SetAlignment(align))
	path := filepath.Join(t.TempDir(), "sample.gguf")
	require.NoError(t, w.WriteFile(context.Background(), path))
	return path, data
}

// zeroFile writes a file with one F32 tensor of n zero floats, streamed.
func zeroFile(t testing.TB, path string, n uint64) {
	t.Helper()
	w := NewWriter()
	w.Set("general.architecture", StringValue("test"))
	require.NoError(t, w.AddTensorFunc("zeros", TypeF32, []uint64{n}, func(out io.Writer) error {
		return writeZeros(out, n*4)
	}))
	require.NoError(t, w.WriteFile(context.Background(), path))
}

func writeZeros(out io.Writer, n uint64) error {
	buf := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, uint64(len(buf)))
		if _, err := out.Write(buf[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

func TestLoadModesIdentical(t *testing.T) {
	for _, align := range []uint64{32, 64} {
		path, data := writeSample(t, align)
		configs := []struct {
			name string
			opts []Option
			mode LoadMode
		}{
			{"default", nil, LoadMmap},
			{"mmap", []Option{WithLoadMode(LoadMmap)}, LoadMmap},
			{"mmap+huge", []Option{WithLoadMode(LoadMmap), WithHugePages(true)}, LoadMmap},
			{"ram", []Option{WithLoadMode(LoadRAM)}, LoadRAM},
			{"ram+huge", []Option{WithLoadMode(LoadRAM), WithHugePages(true)}, LoadRAM},
		}
		var ref *File
		for _, c := range configs {
			t.Run(c.name+"/align"+itoa(align), func(t *testing.T) {
				f, err := Open(path, c.opts...)
				require.NoError(t, err)
				t.Cleanup(func() { assert.NoError(t, f.Close()) })
				assert.Equal(t, c.mode, f.LoadMode())
				assert.Equal(t, align, f.Alignment())
				assert.False(t, f.Locked())
				st, err := os.Stat(path)
				require.NoError(t, err)
				assert.Equal(t, st.Size(), f.Size())
				for name, want := range data {
					got, err := f.TensorData(name)
					require.NoError(t, err)
					require.Equal(t, want, got, name)
				}
				if ref == nil {
					ref = f
					return
				}
				assert.Equal(t, ref.Metadata(), f.Metadata())
				assert.Equal(t, ref.Tensors(), f.Tensors())
				assert.Equal(t, ref.DataOffset(), f.DataOffset())
			})
		}
		ref = nil
	}
}

func TestOpenProgressAndCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.gguf")
	zeroFile(t, path, 10<<20) // 40 MiB: three read chunks
	st, err := os.Stat(path)
	require.NoError(t, err)
	size := st.Size()

	t.Run("ram progress", func(t *testing.T) {
		var calls []int64
		f, err := Open(path, WithLoadMode(LoadRAM), WithProgress(func(done, total int64) {
			assert.Equal(t, size, total)
			calls = append(calls, done)
		}))
		require.NoError(t, err)
		defer f.Close()
		require.Len(t, calls, int((size+readChunk-1)/readChunk))
		assert.IsIncreasing(t, calls)
		assert.Equal(t, size, calls[len(calls)-1])
		b, err := f.TensorData("zeros")
		require.NoError(t, err)
		assert.Len(t, b, 40<<20)
	})
	t.Run("mmap progress", func(t *testing.T) {
		var calls [][2]int64
		f, err := Open(path, WithProgress(func(done, total int64) { calls = append(calls, [2]int64{done, total}) }))
		require.NoError(t, err)
		defer f.Close()
		assert.Equal(t, [][2]int64{{size, size}}, calls)
	})
	t.Run("cancel during ram load", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		calls := 0
		_, err := OpenContext(ctx, path, WithLoadMode(LoadRAM), WithProgress(func(done, total int64) {
			calls++
			cancel()
		}))
		require.ErrorIs(t, err, context.Canceled)
		assert.Equal(t, 1, calls, "reading stops at the next chunk")
	})
	t.Run("cancelled before open", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		for _, m := range []LoadMode{LoadMmap, LoadRAM} {
			_, err := OpenContext(ctx, path, WithLoadMode(m))
			require.ErrorIs(t, err, context.Canceled)
		}
	})
	t.Run("ram fails fast on a non-GGUF file", func(t *testing.T) {
		junk := filepath.Join(t.TempDir(), "junk.bin")
		require.NoError(t, os.WriteFile(junk, make([]byte, 40<<20), 0o644))
		calls := 0
		_, err := Open(junk, WithLoadMode(LoadRAM), WithProgress(func(int64, int64) { calls++ }))
		require.ErrorIs(t, err, ErrFormat)
		assert.Zero(t, calls)
	})
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(filepath.Join(dir, "missing.gguf"))
	assert.ErrorIs(t, err, fs.ErrNotExist)

	_, err = Open(dir)
	assert.ErrorContains(t, err, "not a regular file")

	small := filepath.Join(dir, "small.gguf")
	require.NoError(t, os.WriteFile(small, []byte("GGUF\x03\x00\x00\x00"), 0o644))
	for _, m := range []LoadMode{LoadMmap, LoadRAM} {
		_, err = Open(small, WithLoadMode(m))
		assert.ErrorIs(t, err, ErrFormat)
	}
	empty := filepath.Join(dir, "empty.gguf")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	_, err = Open(empty)
	assert.ErrorIs(t, err, ErrFormat)

	path, _ := writeSample(t, 32)
	_, err = Open(path, WithLoadMode(LoadMemory))
	assert.ErrorContains(t, err, "cannot be used with Open")
}

func TestMlock(t *testing.T) {
	path, data := writeSample(t, 32)
	for _, m := range []LoadMode{LoadMmap, LoadRAM} {
		t.Run(m.String(), func(t *testing.T) {
			f, err := Open(path, WithLoadMode(m), WithMlock(true))
			if err != nil {
				// Locking is not permitted here: best-effort must still open.
				assert.ErrorContains(t, err, "mlock")
				f, err = Open(path, WithLoadMode(m), WithMlock(true), WithMlockBestEffort(true))
				require.NoError(t, err)
				assert.False(t, f.Locked())
			} else {
				assert.True(t, f.Locked())
			}
			for name, want := range data {
				got, err := f.TensorData(name)
				require.NoError(t, err)
				require.Equal(t, want, got)
			}
			require.NoError(t, f.Close())
		})
	}
}
