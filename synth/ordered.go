package synth

import (
	"context"
	"sync"
)

// runOrdered calls produce(i) for i in [0, n) on up to workers goroutines
// and consume with the results in index order, keeping at most about
// 3*workers results in memory. It stops at the first error (or when ctx is
// done) and returns it after every goroutine it started has finished.
func runOrdered(ctx context.Context, workers, n int, produce func(i int) ([]byte, error), consume func([]byte) error) error {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			b, err := produce(i)
			if err != nil {
				return err
			}
			if err := consume(b); err != nil {
				return err
			}
		}
		return nil
	}

	type slot struct {
		i    int
		done chan struct{}
		buf  []byte
		err  error
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	slots := make(chan *slot, 2*workers) // in index order, to the consumer
	jobs := make(chan *slot, 2*workers)  // to the workers
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				if err := ctx.Err(); err != nil {
					s.err = err
				} else {
					s.buf, s.err = produce(s.i)
				}
				close(s.done)
			}
		}()
	}
	go func() {
		defer close(jobs)
		defer close(slots)
		for i := range n {
			s := &slot{i: i, done: make(chan struct{})}
			select {
			case slots <- s:
			case <-ctx.Done():
				return
			}
			jobs <- s // never blocks for long: workers drain jobs until it is closed
		}
	}()

	var err error
	consumed := 0
	for s := range slots {
		<-s.done
		if err = s.err; err == nil {
			err = consume(s.buf)
		}
		if err != nil {
			break
		}
		consumed++
	}
	cancel()
	for s := range slots { // let the feeder finish; workers skip cancelled jobs
		<-s.done
	}
	wg.Wait()
	if err == nil && consumed < n {
		// The feeder stopped early: only a cancelled parent makes it do that.
		err = parent.Err()
		if err == nil {
			err = context.Canceled
		}
	}
	return err
}
