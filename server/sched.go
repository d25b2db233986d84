package server

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// errQueueFull is returned by acquire when every slot is busy and the queue
// holds as many waiting requests as it may.
var errQueueFull = errors.New("server: request queue full")

// errClosed is returned by acquire after close.
var errClosed = errors.New("server: scheduler closed")

// scheduler bounds concurrent generations (slots) and waiting requests
// (queue). Each slot owns one Session, created on first use and Reset between
// requests, so its KV cache memory is reused rather than reallocated: the
// server's memory is bounded by slots x the largest context a slot has held.
type scheduler struct {
	model  *bitnet.Model
	admit  chan struct{}        // one token per admitted request (running or waiting)
	free   chan *bitnet.Session // idle slots; nil entries are slots without a session yet
	queued atomic.Int64         // requests waiting for a slot
	active atomic.Int64         // requests holding a slot
	slots  int

	isClosed atomic.Bool

	mu     sync.Mutex
	closed bool
	all    []*bitnet.Session
}

func newScheduler(m *bitnet.Model, slots, queue int) *scheduler {
	s := &scheduler{
		model: m,
		admit: make(chan struct{}, slots+queue),
		free:  make(chan *bitnet.Session, slots),
		slots: slots,
	}
	for range slots {
		s.free <- nil
	}
	return s
}

// slot is a held generation slot.
type slot struct {
	sess *bitnet.Session
}

// acquire admits the request (or fails at once with errQueueFull) and waits
// for a free slot until ctx is done.
func (s *scheduler) acquire(ctx context.Context) (*slot, error) {
	select {
	case s.admit <- struct{}{}:
	default:
		return nil, errQueueFull
	}
	s.queued.Add(1)
	var sess *bitnet.Session
	select {
	case sess = <-s.free:
	case <-ctx.Done():
		s.queued.Add(-1)
		<-s.admit
		return nil, ctx.Err()
	}
	s.queued.Add(-1)
	if s.isClosed.Load() {
		s.free <- sess
		<-s.admit
		return nil, errClosed
	}
	if sess == nil {
		var err error
		sess, err = s.newSession()
		if err != nil {
			s.free <- nil
			<-s.admit
			return nil, err
		}
	}
	s.active.Add(1)
	return &slot{sess: sess}, nil
}

func (s *scheduler) newSession() (*bitnet.Session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errClosed
	}
	sess, err := s.model.NewSession()
	if err != nil {
		return nil, err
	}
	s.all = append(s.all, sess)
	return sess, nil
}

// release resets the slot's session and returns it to the pool.
func (s *scheduler) release(sl *slot) {
	sl.sess.Reset()
	s.active.Add(-1)
	s.free <- sl.sess
	<-s.admit
}

// close waits until every slot is back (the requests holding one must have
// been cancelled: a session is not safe to free while it generates), then
// frees every session. Requests that acquire a slot afterwards fail with
// errClosed.
func (s *scheduler) close() error {
	if s.isClosed.Swap(true) {
		return nil
	}
	for range s.slots {
		<-s.free
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	var errs []error
	for _, sess := range s.all {
		errs = append(errs, sess.Close())
	}
	s.all = nil
	for range s.slots {
		s.free <- nil // empty slots, so that later acquires see closed and fail
	}
	return errors.Join(errs...)
}
