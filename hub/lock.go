package hub

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"
)

// Timings of the lock protocol.
const (
	lockPoll = 100 * time.Millisecond // how often a waiter retries
	// With the portable O_EXCL lock the holder refreshes the lock file's
	// modification time every lockHeartbeat; a lock file older than
	// lockStaleAfter is taken to be left over by a dead process.
	lockHeartbeat  = 15 * time.Second
	lockStaleAfter = 2 * time.Minute
)

// acquireLock takes the inter-process lock at path, waiting (and calling
// onWait once) while another process holds it. The returned function
// releases it.
func acquireLock(ctx context.Context, path string, onWait func()) (release func(), err error) {
	waited := false
	for {
		release, ok, err := tryLock(path)
		if err != nil {
			return nil, fmt.Errorf("hub: lock %s: %w", path, err)
		}
		if ok {
			return release, nil
		}
		if !waited && onWait != nil {
			onWait()
		}
		waited = true
		t := time.NewTimer(lockPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// tryExclLock is the portable lock: whoever creates path with O_EXCL holds
// it. A holder that dies leaves the file behind, so the holder keeps its
// modification time fresh and a file older than staleAfter is removed as
// stale. Two waiters judging the same file stale at the same moment could
// both remove it; the window is tiny and the lock is only a guard against
// duplicate downloads (digests are still verified), so that is accepted.
func tryExclLock(path string, staleAfter time.Duration) (release func(), ok bool, err error) {
	for range 3 {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			host, _ := os.Hostname()
			_, _ = fmt.Fprintf(f, "pid %d on %s\n", os.Getpid(), host)
			if err := f.Close(); err != nil {
				_ = os.Remove(path)
				return nil, false, err
			}
			return heartbeat(path), true, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, false, err
		}
		fi, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue // released between our two calls: try again
		case err != nil:
			return nil, false, err
		case time.Since(fi.ModTime()) <= staleAfter:
			return nil, false, nil
		}
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, false, err
		}
	}
	return nil, false, nil
}

// heartbeat keeps path's modification time fresh until the returned release
// function is called; release then removes path.
func heartbeat(path string) (release func()) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(lockHeartbeat)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case now := <-t.C:
				_ = os.Chtimes(path, now, now)
			}
		}
	})
	var once sync.Once
	return func() {
		once.Do(func() {
			close(stop)
			wg.Wait()
			_ = os.Remove(path)
		})
	}
}
