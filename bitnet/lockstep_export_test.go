package bitnet

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// StepJob is one generation GenerateInStep runs.
type StepJob struct {
	Prompt []int32
	Opts   GenerateOptions
}

// GenerateInStep runs jobs concurrently on m and keeps them in step: each
// generation's k-th token waits (at most wait) until every job has produced
// its k-th token, so that all are inside Generate whenever one of them
// decides how to run its next step. Every job must produce the same number
// of tokens (IgnoreEOS). Exported for the external tests of package
// bitnet_test, which run it on the CUDA engine.
func GenerateInStep(ctx context.Context, m *Model, jobs []StepJob, wait time.Duration) ([]Result, []error) {
	n := 0
	for _, j := range jobs {
		n = max(n, j.Opts.MaxTokens)
	}
	arrived := make([]atomic.Int32, n)
	gates := make([]chan struct{}, n)
	for k := range gates {
		gates[k] = make(chan struct{})
	}
	results := make([]Result, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := 0
			results[i], errs[i] = m.GenerateTokens(ctx, j.Prompt, j.Opts, func(tok Token) error {
				if tok.ID < 0 {
					return nil // the text released at the end
				}
				if k >= n {
					return fmt.Errorf("token %d: more than MaxTokens", k)
				}
				if arrived[k].Add(1) == int32(len(jobs)) {
					close(gates[k])
				}
				select {
				case <-gates[k]:
				case <-time.After(wait):
					return fmt.Errorf("token %d: the other generations never came", k)
				}
				k++
				return nil
			})
		}()
	}
	wg.Wait()
	return results, errs
}
