//go:build unix

package hub

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// FIFOs where the cache expects files must give errors, not hangs.
func TestPullFIFOsInTheCache(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", 1000, 35, true)
	ref := mustRef(t, "hf://o/r/m.gguf")

	t.Run("part", func(t *testing.T) {
		c, _ := f.newClient(t.TempDir())
		dst, _ := c.CachedPath(ref)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, unix.Mkfifo(dst+partSuffix, 0o644))
		_, err := c.Pull(context.Background(), ref)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "is not a regular file")
	})
	t.Run("record", func(t *testing.T) {
		c, _ := f.newClient(t.TempDir())
		dst, _ := c.CachedPath(ref)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, unix.Mkfifo(dst+recordSuffix, 0o644))
		// The unreadable record is replaced by the download's.
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, want, got)
		fi, err := os.Lstat(dst + recordSuffix)
		require.NoError(t, err)
		assert.True(t, fi.Mode().IsRegular())
	})
	t.Run("cached file", func(t *testing.T) {
		dir := t.TempDir()
		c, _ := f.newClient(dir)
		dst, _ := c.CachedPath(ref)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, unix.Mkfifo(dst, 0o644))
		off, _ := f.newClient(dir, WithOffline(true))
		_, err := off.Pull(context.Background(), ref)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "is not a regular file")
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})
}
