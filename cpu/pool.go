package cpu

import (
	"runtime"
	"sync"
)

// task is work split over row ranges. Implementations are long-lived structs
// (not closures) so that dispatching a matmul allocates nothing.
type task interface {
	// run processes [lo, hi); part numbers the shares of one parallelFor
	// (0 <= part < threads), so a task can index per-share scratch space.
	run(part, lo, hi int)
}

type job struct {
	t            task
	part, lo, hi int
	wg           *sync.WaitGroup
}

// pool is a persistent set of worker goroutines. The caller's goroutine takes
// the first share of every parallel loop, so a pool of n threads starts n-1
// goroutines. Many goroutines may call parallelFor at once.
type pool struct {
	threads int
	jobs    chan job
	quit    chan struct{}
	once    sync.Once
}

func newPool(threads int) *pool {
	if threads < 1 {
		threads = 1
	}
	p := &pool{threads: threads, jobs: make(chan job, 4*threads), quit: make(chan struct{})}
	for i := 1; i < threads; i++ {
		go p.worker()
	}
	return p
}

func (p *pool) worker() {
	for {
		select {
		case j := <-p.jobs:
			j.t.run(j.part, j.lo, j.hi)
			j.wg.Done()
		case <-p.quit:
			return
		}
	}
}

// parallelFor runs t over [0, n) split into one contiguous share per thread,
// each a multiple of align (the last takes the rest), and waits for all.
// wg must not be shared with a concurrent parallelFor.
func (p *pool) parallelFor(n, align int, t task, wg *sync.WaitGroup) {
	if n <= 0 {
		return
	}
	if align < 1 {
		align = 1
	}
	parts := p.threads
	units := (n + align - 1) / align
	if parts > units {
		parts = units
	}
	if parts <= 1 {
		t.run(0, 0, n)
		return
	}
	per := units / parts
	extra := units % parts
	lo := 0
	first := 0
	wg.Add(parts - 1)
	for i := 0; i < parts; i++ {
		u := per
		if i < extra {
			u++
		}
		hi := lo + u*align
		if hi > n || i == parts-1 {
			hi = n
		}
		if i == 0 {
			first = hi
		} else {
			p.jobs <- job{t: t, part: i, lo: lo, hi: hi, wg: wg}
		}
		lo = hi
	}
	t.run(0, 0, first)
	wg.Wait()
}

func (p *pool) close() {
	p.once.Do(func() { close(p.quit) })
}

// DefaultThreads is the number of worker threads used when none is given: the
// number of CPUs the process may use.
func DefaultThreads() int {
	return runtime.GOMAXPROCS(0)
}
