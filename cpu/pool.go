package cpu

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// task is work split over row ranges. Implementations are long-lived structs
// (not closures) so that dispatching a matmul allocates nothing.
type task interface {
	// run processes [lo, hi); part numbers the shares of one parallelFor
	// (0 <= part < threads), so a task can index per-share scratch space.
	run(part, lo, hi int)
}

// pool is a persistent set of worker goroutines. The caller's goroutine takes
// the first share of every parallel loop, so a pool of n threads starts n-1
// workers. A decoded token needs ~150 parallel loops of tens of microseconds,
// so idle workers spin for a while before they park on a channel: waking a
// parked goroutine costs several microseconds, a spinning one sees its next
// share within about a hundred nanoseconds.
//
// Many goroutines may call parallelFor at once: loops take turns (mu), since
// each already uses every thread. After close the workers are gone and
// parallelFor runs the whole loop on the caller: waiting for a worker that
// has exited would spin forever.
type pool struct {
	threads int
	workers []*worker
	mu      sync.Mutex
	loop    dynLoop      // the current parallelFor (guarded by mu)
	pending atomic.Int32 // workers not yet done with the current loop
	// The caller of parallelFor waits for pending as a worker waits for work:
	// it spins for a while, then parks on done (waiting says so), and the
	// worker that brings pending to 0 wakes it.
	waiting atomic.Bool
	done    chan struct{}
	quit    chan struct{}
	closed  bool // guarded by mu: workers are gone, loops run on the caller
}

// worker is one goroutine's mailbox. The caller sets part (and p.loop),
// then bumps seq; the worker reads them after it sees the new seq.
type worker struct {
	seq      atomic.Uint64
	sleeping atomic.Bool
	wake     chan struct{}
	part     int
	_        [64]byte // keep each worker's hot fields on its own cache line
}

// spinRounds is how long an idle worker polls before parking: each round is
// a short busy loop, so this is on the order of 50 µs.
const spinRounds = 2000

func newPool(threads int) *pool {
	if threads < 1 {
		threads = 1
	}
	p := &pool{threads: threads, done: make(chan struct{}, 1), quit: make(chan struct{})}
	for i := 1; i < threads; i++ {
		w := &worker{wake: make(chan struct{}, 1)}
		p.workers = append(p.workers, w)
		go p.serve(w)
	}
	return p
}

func (p *pool) serve(w *worker) {
	var seen uint64
	for {
		if s := w.seq.Load(); s != seen {
			seen = s
			p.loop.work(w.part)
			if p.pending.Add(-1) == 0 && p.waiting.Load() {
				select {
				case p.done <- struct{}{}:
				default:
				}
			}
			continue
		}
		if p.spin(w, seen) {
			continue
		}
		// Park. Announce it, then look once more, so that a share posted
		// between the last poll and the announcement is not missed; a post
		// that sees sleeping sends a wake token (a stale token only causes
		// one extra poll).
		w.sleeping.Store(true)
		if w.seq.Load() != seen {
			w.sleeping.Store(false)
			continue
		}
		select {
		case <-w.wake:
		case <-p.quit:
			return
		}
		w.sleeping.Store(false)
	}
}

// spin polls w.seq for a while and reports whether it changed.
func (p *pool) spin(w *worker, seen uint64) bool {
	for i := 0; i < spinRounds; i++ {
		for j := 0; j < 16; j++ {
			if w.seq.Load() != seen {
				return true
			}
		}
		if i%64 == 63 {
			// Let other goroutines (and a descheduled caller) run.
			runtime.Gosched()
		}
	}
	return false
}

// parallelFor runs t over [0, n) and waits for all of it. The range is cut
// into chunks (multiples of align, about chunksPerThread per thread) that the
// threads take from a shared counter, so a thread that the OS deschedules
// (another process on the core) holds up the loop by at most one chunk,
// not by its whole share. Each call of t.run gets its thread's part number.
func (p *pool) parallelFor(n, align int, t task) {
	if n <= 0 {
		return
	}
	if align < 1 {
		align = 1
	}
	units := (n + align - 1) / align
	parts := min(p.threads, units)
	if parts <= 1 {
		t.run(0, 0, n)
		return
	}
	per := max(1, units/(parts*chunksPerThread))
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		t.run(0, 0, n)
		return
	}
	l := &p.loop
	l.t, l.n, l.chunk, l.chunks = t, n, per*align, int64((units+per-1)/per)
	l.next.Store(0)
	p.pending.Store(int32(parts - 1))
	for i := 1; i < parts; i++ {
		w := p.workers[i-1]
		w.part = i
		w.seq.Add(1)
		if w.sleeping.Load() {
			select {
			case w.wake <- struct{}{}:
			default:
			}
		}
	}
	l.work(0)
	p.await()
}

// await waits until every worker is done with the current loop: it polls
// for a while (about four times as long as an idle worker does, so that the
// ordinary end-of-loop imbalance of a chunk or less rarely pays a wake-up),
// then parks. On a machine whose
// cores other processes share, a worker can be descheduled in the middle of
// its chunk; a caller that kept polling would hold its own core for the
// rest of its time slice while the worker waits for one, a parked caller
// leaves the core to it. Announce, look once more, then park: the worker
// that brings pending to 0 after the announcement sends a token (a stale
// token from an earlier loop only causes one extra look).
func (p *pool) await() {
	for i := 0; i < spinRounds*64; i++ {
		if p.pending.Load() == 0 {
			return
		}
		if i%1024 == 1023 {
			runtime.Gosched()
		}
	}
	for p.pending.Load() != 0 {
		p.waiting.Store(true)
		if p.pending.Load() == 0 {
			break
		}
		<-p.done
	}
	p.waiting.Store(false)
}

// chunksPerThread is how many chunks each thread takes on average: enough
// to balance a thread that stalls, few enough that the shared counter stays
// cheap (one atomic add per chunk).
const chunksPerThread = 8

// dynLoop is the loop in progress: chunks of [0, n) handed out by next.
type dynLoop struct {
	t      task
	n      int
	chunk  int
	chunks int64
	next   atomic.Int64
}

func (l *dynLoop) work(part int) {
	for {
		c := l.next.Add(1) - 1
		if c >= l.chunks {
			return
		}
		lo := int(c) * l.chunk
		l.t.run(part, lo, min(lo+l.chunk, l.n))
	}
}

// close stops the workers once the loop in progress (if any) has finished.
func (p *pool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.quit)
	}
}

// DefaultThreads is the number of worker threads used when none is given:
// the number of physical cores among the CPUs the process may use (SMT
// siblings share one core's vector units, so a second thread per core only
// adds synchronisation), at most GOMAXPROCS.
func DefaultThreads() int {
	n := runtime.GOMAXPROCS(0)
	if c := physicalCores(); c > 0 && c < n {
		return c
	}
	return n
}
