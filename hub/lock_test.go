package hub

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLockExcludes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.lock")
	release, err := acquireLock(context.Background(), path, nil)
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	waited := 0
	_, err = acquireLock(ctx, path, func() { waited++ })
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, 1, waited)

	// Released while someone waits: the waiter gets it.
	done := make(chan error, 1)
	go func() {
		r, err := acquireLock(context.Background(), path, nil)
		if err == nil {
			r()
		}
		done <- err
	}()
	time.Sleep(150 * time.Millisecond)
	release()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("waiter never got the lock")
	}
	assert.NoFileExists(t, path)
}

func TestLockLeftoverFileDoesNotBlock(t *testing.T) {
	// A lock file left by a process that died: flock ignores it, the
	// O_EXCL lock needs it to be stale.
	path := filepath.Join(t.TempDir(), "f.lock")
	require.NoError(t, os.WriteFile(path, []byte("pid 1\n"), 0o644))
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(path, old, old))
	release, err := acquireLock(context.Background(), path, nil)
	require.NoError(t, err)
	release()
}

func TestExclLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.lock")
	release, ok, err := tryExclLock(path, time.Minute)
	require.NoError(t, err)
	require.True(t, ok)

	_, ok, err = tryExclLock(path, time.Minute)
	require.NoError(t, err)
	assert.False(t, ok, "a fresh lock is honoured")

	release()
	assert.NoFileExists(t, path)
	release() // idempotent

	// Stale: older than the limit, as left by a crashed holder.
	require.NoError(t, os.WriteFile(path, nil, 0o644))
	old := time.Now().Add(-2 * time.Minute)
	require.NoError(t, os.Chtimes(path, old, old))
	release, ok, err = tryExclLock(path, time.Minute)
	require.NoError(t, err)
	require.True(t, ok, "a stale lock is taken over")
	release()

	// Not stale yet.
	require.NoError(t, os.WriteFile(path, nil, 0o644))
	_, ok, err = tryExclLock(path, time.Minute)
	require.NoError(t, err)
	assert.False(t, ok)
}
