package server

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// errQueueFull is returned by acquire when the running requests hold the
// KV budget (or every slot) and the queue holds as many waiting requests as
// it may.
var errQueueFull = errors.New("server: request queue full")

// errClosed is returned by acquire after close.
var errClosed = errors.New("server: scheduler closed")

// Scheduling. Generations do not run one per slot in turn: every admitted
// request runs its own Session on the Model, whose scheduler advances all of
// them together, one batched forward pass per step (bitnet's shared steps:
// new requests join between steps, long prompts are prefilled in chunks
// between decode steps). This scheduler decides admission: a request runs
// when fewer than slots run and the KV memory it may need (prompt plus
// max_tokens positions) fits the KV budget next to what the running requests
// reserved; otherwise it waits in a bounded FIFO queue (first come, first
// served), and past the queue it gets 429 with Retry-After.
//
// Finished sessions go to a small prefix cache (LRU) keyed by their tokens.
// A request whose prompt starts with at least prefixMinTokens of an entry's
// tokens forks that entry (a copy of its KV cache), truncates it to the
// shared prefix and prefills only the rest. Cache entries count against the
// KV budget and are evicted, least recently used first, when a request needs
// the room.
type scheduler struct {
	model     *bitnet.Model
	slots     int
	queueSize int
	budget    int64 // KV bytes
	perToken  int64 // KV bytes per cached position
	maxPrefix int   // prefix cache entries (0: none)

	queued atomic.Int64 // requests waiting
	active atomic.Int64 // requests running

	mu       sync.Mutex
	closed   bool
	reserved int64 // KV bytes reserved by running requests
	waiters  []*waiter
	prefix   []*prefixEntry // most recently used last
	cachedKV int64          // KV bytes held by prefix entries
}

// prefixMinTokens is the shortest shared prefix worth a fork: below it,
// recomputing costs about as much as copying.
const prefixMinTokens = 16

// defaultPrefixEntries is the prefix cache's default size.
const defaultPrefixEntries = 4

type waiter struct {
	need  int64
	ready chan struct{} // closed when admitted
}

type prefixEntry struct {
	tokens []int32
	sess   *bitnet.Session
	bytes  int64
}

// newScheduler admits up to slots running requests within budget bytes of
// KV cache (0: slots x the context length) and queue waiting ones, with a
// prefix cache of prefixEntries sessions (0: the default, negative: none).
func newScheduler(m *bitnet.Model, slots, queue int, budget int64, prefixEntries int) *scheduler {
	info := m.Info()
	c := info.Config
	elem := int64(4)
	if info.Engine.KVCache == "f16" {
		elem = 2
	}
	per := int64(c.Layers) * 2 * int64(c.KVHeads) * int64(c.HeadDim) * elem
	if budget <= 0 {
		budget = int64(slots) * int64(info.ContextLen) * per
	}
	switch {
	case prefixEntries == 0:
		prefixEntries = defaultPrefixEntries
	case prefixEntries < 0:
		prefixEntries = 0
	}
	return &scheduler{model: m, slots: slots, queueSize: queue, budget: budget, perToken: per, maxPrefix: prefixEntries}
}

// slot is an admitted request: its session (a fresh one or a fork of a
// cached prefix, holding cached tokens of the prompt) and its reservation.
type slot struct {
	sess   *bitnet.Session
	cached int
	need   int64
}

// acquire admits a request for prompt ids plus up to maxTokens generated
// tokens, or fails at once with errQueueFull, and waits until ctx is done.
func (s *scheduler) acquire(ctx context.Context, ids []int32, maxTokens int) (*slot, error) {
	need := min(int64(len(ids)+maxTokens)*s.perToken, s.budget) // a huge request runs alone
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil, errClosed
	}
	if len(s.waiters) == 0 && s.fitLocked(need) {
		s.admitLocked(need)
	} else {
		if len(s.waiters) >= s.queueSize {
			s.mu.Unlock()
			return nil, errQueueFull
		}
		w := &waiter{need: need, ready: make(chan struct{})}
		s.waiters = append(s.waiters, w)
		s.queued.Add(1)
		s.mu.Unlock()
		select {
		case <-w.ready:
		case <-ctx.Done():
			s.mu.Lock()
			select {
			case <-w.ready: // admitted meanwhile: give the place back
				s.releaseLocked(need)
			default:
				s.removeWaiterLocked(w)
			}
			s.grantLocked()
			s.mu.Unlock()
			return nil, ctx.Err()
		}
		s.mu.Lock()
		if s.closed {
			s.releaseLocked(need)
			s.mu.Unlock()
			return nil, errClosed
		}
	}
	sl, err := s.sessionLocked(ids)
	if err != nil {
		s.releaseLocked(need)
		s.grantLocked()
		s.mu.Unlock()
		return nil, err
	}
	s.mu.Unlock()
	sl.need = need
	return sl, nil
}

// fitLocked reports whether need more bytes fit, evicting prefix entries
// (least recently used first) to make room.
func (s *scheduler) fitLocked(need int64) bool {
	if int(s.active.Load()) >= s.slots {
		return false
	}
	for s.reserved+s.cachedKV+need > s.budget && len(s.prefix) > 0 {
		s.evictLocked(0)
	}
	return s.reserved+need <= s.budget || s.active.Load() == 0
}

func (s *scheduler) admitLocked(need int64) {
	s.reserved += need
	s.active.Add(1)
}

func (s *scheduler) releaseLocked(need int64) {
	s.reserved -= need
	s.active.Add(-1)
}

// grantLocked admits waiters in arrival order while they fit.
func (s *scheduler) grantLocked() {
	for len(s.waiters) > 0 && !s.closed {
		w := s.waiters[0]
		if !s.fitLocked(w.need) {
			return
		}
		s.waiters = s.waiters[1:]
		s.queued.Add(-1)
		s.admitLocked(w.need)
		close(w.ready)
	}
}

func (s *scheduler) removeWaiterLocked(w *waiter) {
	for i, x := range s.waiters {
		if x == w {
			s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
			s.queued.Add(-1)
			return
		}
	}
}

// sessionLocked returns a session for ids: a fork of the prefix entry
// that can serve the longest prefix of them (at least prefixMinTokens;
// bitnet.Session.ReusablePrefix: never the whole prompt, and on an engine
// whose results depend on how a prompt is cut, only a prefix after which
// the request runs as it would without the cache), or a new one.
func (s *scheduler) sessionLocked(ids []int32) (*slot, error) {
	best, bestLen := -1, 0
	for i, e := range s.prefix {
		if n := e.sess.ReusablePrefix(ids); n > bestLen {
			best, bestLen = i, n
		}
	}
	if best >= 0 && bestLen >= prefixMinTokens {
		e := s.prefix[best]
		sess, err := e.sess.Fork()
		if err == nil {
			err = sess.Truncate(bestLen)
		}
		if err == nil {
			// Most recently used moves last.
			s.prefix = append(append(s.prefix[:best:best], s.prefix[best+1:]...), e)
			return &slot{sess: sess, cached: bestLen}, nil
		}
		if sess != nil {
			sess.Close()
		}
	}
	sess, err := s.model.NewSession()
	if err != nil {
		return nil, err
	}
	return &slot{sess: sess}, nil
}

// release ends a request: its session becomes a prefix cache entry (or is
// closed), its reservation returns, and waiters that now fit are admitted.
func (s *scheduler) release(sl *slot) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.releaseLocked(sl.need)
	toks := sl.sess.CachedTokens()
	if s.closed || s.maxPrefix == 0 || len(toks) < prefixMinTokens {
		sl.sess.Close()
	} else {
		// An entry that is a prefix of the new one is superseded by it.
		kept := s.prefix[:0]
		for _, e := range s.prefix {
			if len(e.tokens) <= len(toks) && slices.Equal(e.tokens, toks[:len(e.tokens)]) {
				s.cachedKV -= e.bytes
				e.sess.Close()
				continue
			}
			kept = append(kept, e)
		}
		clear(s.prefix[len(kept):])
		s.prefix = kept
		e := &prefixEntry{tokens: toks, sess: sl.sess, bytes: int64(len(toks)) * s.perToken}
		s.prefix = append(s.prefix, e)
		s.cachedKV += e.bytes
		for len(s.prefix) > s.maxPrefix || (s.reserved+s.cachedKV > s.budget && len(s.prefix) > 0) {
			s.evictLocked(0)
		}
	}
	s.grantLocked()
}

func (s *scheduler) evictLocked(i int) {
	e := s.prefix[i]
	s.prefix = append(s.prefix[:i], s.prefix[i+1:]...)
	s.cachedKV -= e.bytes
	e.sess.Close()
}

// kvUsage is the fraction of the KV budget reserved by running requests.
func (s *scheduler) kvUsage() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return float64(s.reserved) / float64(s.budget)
}

// close frees the cached sessions and fails waiting requests. Running
// requests close their own sessions on release.
func (s *scheduler) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	var errs []error
	for _, e := range s.prefix {
		errs = append(errs, e.sess.Close())
	}
	s.prefix, s.cachedKV = nil, 0
	for _, w := range s.waiters {
		s.queued.Add(-1)
		s.admitLocked(w.need) // the waiter sees closed and releases
		close(w.ready)
	}
	s.waiters = nil
	return errors.Join(errs...)
}
