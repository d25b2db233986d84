package server

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScheduler(t *testing.T) {
	m := loadTiny(t)
	defer m.Close()
	s := newScheduler(m, 1, 1, 0, -1)
	ctx := context.Background()

	a, err := s.acquire(ctx, []int32{1, 2, 3}, 4)
	require.NoError(t, err)
	assert.Equal(t, int64(1), s.active.Load())

	// The one queue place: a waiter that gives up returns its place.
	wctx, cancel := context.WithCancel(ctx)
	waited := make(chan error, 1)
	go func() {
		_, err := s.acquire(wctx, []int32{1}, 1)
		waited <- err
	}()
	require.Eventually(t, func() bool { return s.queued.Load() == 1 }, 10*time.Second, time.Millisecond)
	_, err = s.acquire(ctx, []int32{1}, 1)
	require.ErrorIs(t, err, errQueueFull, "slot busy and queue full")
	cancel()
	require.ErrorIs(t, <-waited, context.Canceled)
	assert.Zero(t, s.queued.Load())

	// A waiter is admitted when the running request ends.
	got := make(chan *slot, 1)
	go func() {
		sl, err := s.acquire(ctx, []int32{1}, 1)
		assert.NoError(t, err)
		got <- sl
	}()
	require.Eventually(t, func() bool { return s.queued.Load() == 1 }, 10*time.Second, time.Millisecond)
	s.release(a)
	b := <-got
	assert.Zero(t, b.sess.Len())
	s.release(b)
	assert.Zero(t, s.active.Load())
	assert.Zero(t, s.kvUsage())

	require.NoError(t, s.close())
	_, err = s.acquire(ctx, []int32{1}, 1)
	require.ErrorIs(t, err, errClosed)
	assert.Zero(t, s.queued.Load())
}

// TestSchedulerKVBudget: admission by KV memory: requests run together while
// their prompt+max_tokens reservations fit the budget, the next waits, and a
// request larger than the whole budget still runs when it is alone.
func TestSchedulerKVBudget(t *testing.T) {
	m := loadTiny(t)
	defer m.Close()
	probe := newScheduler(m, 8, 8, 0, -1)
	s := newScheduler(m, 8, 8, 100*probe.perToken, -1)
	ctx := context.Background()
	a, err := s.acquire(ctx, make([]int32, 10), 30) // 40 tokens
	require.NoError(t, err)
	b, err := s.acquire(ctx, make([]int32, 10), 30) // 80
	require.NoError(t, err)
	assert.InDelta(t, 0.8, s.kvUsage(), 1e-9)
	got := make(chan *slot, 1)
	go func() {
		sl, err := s.acquire(ctx, make([]int32, 10), 30) // 120 > 100: waits
		assert.NoError(t, err)
		got <- sl
	}()
	require.Eventually(t, func() bool { return s.queued.Load() == 1 }, 10*time.Second, time.Millisecond)
	assert.Equal(t, int64(2), s.active.Load())
	s.release(a)
	c := <-got
	assert.Equal(t, int64(2), s.active.Load())
	s.release(b)
	s.release(c)
	big, err := s.acquire(ctx, make([]int32, 50), 500) // over the budget, alone
	require.NoError(t, err)
	assert.InDelta(t, 1, s.kvUsage(), 1e-9)
	s.release(big)
	require.NoError(t, s.close())
}

// TestSchedulerPrefixReuse: a finished session's tokens serve as a prefix
// for the next request that shares them, with the same logits as computing
// the prompt from scratch.
func TestSchedulerPrefixReuse(t *testing.T) {
	m := loadTiny(t)
	defer m.Close()
	s := newScheduler(m, 2, 2, 0, 0)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 6))
	vocab := m.Info().Config.VocabSize
	sys := make([]int32, 40)
	for i := range sys {
		sys[i] = int32(1 + r.IntN(vocab-1))
	}
	first := append(append([]int32(nil), sys...), 7, 8, 9)
	a, err := s.acquire(ctx, first, 4)
	require.NoError(t, err)
	assert.Zero(t, a.cached)
	require.NoError(t, a.sess.Append(ctx, first))
	s.release(a)

	second := append(append([]int32(nil), sys...), 11, 12)
	b, err := s.acquire(ctx, second, 4)
	require.NoError(t, err)
	assert.Equal(t, len(sys), b.cached)
	assert.Equal(t, sys, b.sess.CachedTokens())
	require.NoError(t, b.sess.Append(ctx, second[b.cached:]))

	fresh, err := m.NewSession()
	require.NoError(t, err)
	defer fresh.Close()
	require.NoError(t, fresh.Append(ctx, second))
	assert.Equal(t, fresh.Logits(), b.sess.Logits())
	s.release(b)

	// The whole prompt cached: its last token is fed again for the logits.
	c, err := s.acquire(ctx, second, 4)
	require.NoError(t, err)
	assert.Equal(t, len(second)-1, c.cached)
	s.release(c)

	// Too short a shared prefix is not reused.
	d, err := s.acquire(ctx, sys[:prefixMinTokens-1], 4)
	require.NoError(t, err)
	assert.Zero(t, d.cached)
	s.release(d)
	require.NoError(t, s.close())
}
