package server

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScheduler(t *testing.T) {
	m := loadTiny(t)
	defer m.Close()
	s := newScheduler(m, 1, 1)
	ctx := context.Background()

	a, err := s.acquire(ctx)
	require.NoError(t, err)
	assert.Equal(t, int64(1), s.active.Load())

	// The one queue place: a waiter that gives up returns its place.
	wctx, cancel := context.WithCancel(ctx)
	waited := make(chan error, 1)
	go func() {
		_, err := s.acquire(wctx)
		waited <- err
	}()
	require.Eventually(t, func() bool { return s.queued.Load() == 1 }, 10*time.Second, time.Millisecond)
	_, err = s.acquire(ctx)
	require.ErrorIs(t, err, errQueueFull, "slot busy and queue full")
	cancel()
	require.ErrorIs(t, <-waited, context.Canceled)
	assert.Zero(t, s.queued.Load())

	// The session is reused after release, and reset.
	require.NoError(t, a.sess.Append(ctx, []int32{1, 2, 3}))
	s.release(a)
	b, err := s.acquire(ctx)
	require.NoError(t, err)
	assert.Same(t, a.sess, b.sess)
	assert.Zero(t, b.sess.Len())
	s.release(b)
	assert.Zero(t, s.active.Load())

	require.NoError(t, s.close())
	_, err = s.acquire(ctx)
	require.ErrorIs(t, err, errClosed)
	assert.Zero(t, s.queued.Load())
}
