package cpu

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countTask records how often each index was visited and which shares ran.
type countTask struct {
	hits  []atomic.Int32
	parts []atomic.Int32
	align int
	bad   atomic.Int32
}

func (c *countTask) run(part, lo, hi int) {
	c.parts[part].Add(1)
	if lo%c.align != 0 {
		c.bad.Add(1)
	}
	for i := lo; i < hi; i++ {
		c.hits[i].Add(1)
	}
}

func TestParallelForCoversRange(t *testing.T) {
	for threads := 1; threads <= 4; threads++ {
		p := newPool(threads)
		for n := 0; n <= 70; n++ {
			for _, align := range []int{1, 3, 16} {
				c := &countTask{hits: make([]atomic.Int32, n), parts: make([]atomic.Int32, threads), align: align}
				p.parallelFor(n, align, c)
				for i := range c.hits {
					require.Equal(t, int32(1), c.hits[i].Load(), "threads %d n %d align %d index %d", threads, n, align, i)
				}
				require.Zero(t, c.bad.Load(), "chunks start on multiples of align")
			}
		}
		p.close()
	}
}

// TestParallelForConcurrentCallers: loops from several goroutines take turns
// (run with -race).
func TestParallelForConcurrentCallers(t *testing.T) {
	p := newPool(3)
	defer p.close()
	var done sync.WaitGroup
	for g := 0; g < 4; g++ {
		done.Add(1)
		go func() {
			defer done.Done()
			for k := 0; k < 50; k++ {
				c := &countTask{hits: make([]atomic.Int32, 100), parts: make([]atomic.Int32, 3), align: 1}
				p.parallelFor(100, 1, c)
				for i := range c.hits {
					if c.hits[i].Load() != 1 {
						t.Errorf("index %d visited %d times", i, c.hits[i].Load())
						return
					}
				}
			}
		}()
	}
	done.Wait()
}

// TestPoolWakesParkedWorkers: after the workers have parked (idle longer than
// they spin), the next loop still runs every share.
func TestPoolWakesParkedWorkers(t *testing.T) {
	p := newPool(2)
	defer p.close()
	for k := 0; k < 3; k++ {
		time.Sleep(50 * time.Millisecond)
		runtime.Gosched()
		c := &countTask{hits: make([]atomic.Int32, 32), parts: make([]atomic.Int32, 2), align: 1}
		p.parallelFor(32, 1, c)
		for i := range c.hits {
			assert.Equal(t, int32(1), c.hits[i].Load())
		}
	}
}

// slowWorkerTask makes the worker's share outlast the caller's polling: the
// caller's share (part 0) waits until the worker has started its share, which
// then sleeps, so the caller finishes first and must wait for it.
type slowWorkerTask struct {
	started chan struct{}
	hits    [2]atomic.Int32
	missed  atomic.Bool
}

func (s *slowWorkerTask) run(part, lo, hi int) {
	if part == 0 {
		select {
		case <-s.started:
		case <-time.After(5 * time.Second):
			s.missed.Store(true) // the worker never came: the caller ran both chunks
		}
	} else {
		close(s.started)
		time.Sleep(2 * time.Millisecond)
	}
	for i := lo; i < hi; i++ {
		s.hits[i].Add(1)
	}
}

// TestParallelForCallerParks: a caller that waits longer than it polls parks
// and is woken by the worker that finishes last; every loop completes with
// its whole range run once (run with -race).
func TestParallelForCallerParks(t *testing.T) {
	p := newPool(2)
	defer p.close()
	for k := 0; k < 20; k++ {
		s := &slowWorkerTask{started: make(chan struct{})}
		p.parallelFor(2, 1, s)
		require.False(t, s.missed.Load(), "loop %d: the worker took no chunk", k)
		for i := range s.hits {
			require.Equal(t, int32(1), s.hits[i].Load(), "loop %d index %d", k, i)
		}
		require.False(t, p.waiting.Load(), "loop %d: the caller left its wait announced", k)
	}
}

// TestParallelForAfterClose: a loop on a closed pool runs on the caller
// instead of waiting for workers that have exited (it used to spin forever).
func TestParallelForAfterClose(t *testing.T) {
	p := newPool(3)
	p.close()
	p.close() // idempotent
	c := &countTask{hits: make([]atomic.Int32, 100), parts: make([]atomic.Int32, 3), align: 1}
	p.parallelFor(100, 1, c)
	for i := range c.hits {
		require.Equal(t, int32(1), c.hits[i].Load(), "index %d", i)
	}
}

func TestDefaultThreads(t *testing.T) {
	n := DefaultThreads()
	assert.GreaterOrEqual(t, n, 1)
	assert.LessOrEqual(t, n, runtime.GOMAXPROCS(0))
}
