package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// TestConcurrentRequestsShareSteps: concurrent greedy requests (run in shared
// batched steps) answer what the library answers for each alone, and the
// vLLM-named gauges and histograms count them.
func TestConcurrentRequestsShareSteps(t *testing.T) {
	ts := start(t, Options{Slots: 4, PrefixCache: -1})
	const n = 6
	want := make([]string, n)
	for i := range want {
		r, err := ts.m.Generate(context.Background(), fmt.Sprintf("Request number %d says", i),
			bitnet.GenerateOptions{MaxTokens: 5 + i, IgnoreEOS: true})
		require.NoError(t, err)
		want[i] = r.Text
	}
	got := make([]CompletionResponse, n)
	codes := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp := ts.post(t, "/v1/completions", map[string]any{"prompt": fmt.Sprintf("Request number %d says", i),
				"max_tokens": 5 + i, "temperature": 0, "ignore_eos": true})
			codes[i] = decode(t, resp, &got[i])
		}()
	}
	wg.Wait()
	itl := 0
	for i := range got {
		require.Equal(t, 200, codes[i])
		assert.Equalf(t, want[i], got[i].Choices[0].Text, "request %d", i)
		itl += got[i].Usage.CompletionTokens - 1
	}
	resp := ts.get(t, "/metrics")
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	text := string(b)
	for _, line := range []string{
		`vllm:num_requests_running{model_name="tiny"} 0`,
		`vllm:num_requests_waiting{model_name="tiny"} 0`,
		`vllm:kv_cache_usage_perc{model_name="tiny"} 0`,
		fmt.Sprintf(`vllm:time_to_first_token_seconds_count{model_name="tiny"} %d`, n),
		fmt.Sprintf(`vllm:e2e_request_latency_seconds_count{model_name="tiny"} %d`, n),
		fmt.Sprintf(`vllm:inter_token_latency_seconds_count{model_name="tiny"} %d`, itl),
		fmt.Sprintf(`vllm:time_per_output_token_seconds_count{model_name="tiny"} %d`, itl),
		`vllm:prefix_cache_hits_total{model_name="tiny"} 0`,
	} {
		assert.Contains(t, text, line)
	}
}

// TestKVBudgetFull: with the KV budget held by a running request and no
// queue, the next request gets 429 with Retry-After; it runs afterwards.
func TestKVBudgetFull(t *testing.T) {
	held := make(chan struct{})
	release := make(chan struct{})
	var first0 atomic.Bool
	m := loadTiny(t)
	perToken := newScheduler(m, 1, 0, 0, -1).perToken
	m.Close()
	ts := start(t, Options{Slots: 8, QueueSize: -1, KVCacheBytes: 64 * perToken}, func(s *Server) {
		s.afterAcquire = func(ctx context.Context) {
			if first0.CompareAndSwap(false, true) { // only the first request is held
				close(held)
				select {
				case <-release:
				case <-ctx.Done():
				}
			}
		}
	})
	first := make(chan int, 1)
	go func() {
		first <- decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 40}), nil)
	}()
	<-held
	var e apiErr
	resp := ts.post(t, "/v1/completions", map[string]any{"prompt": "y", "max_tokens": 40})
	assert.Equal(t, "2", resp.Header.Get("Retry-After"))
	require.Equal(t, http.StatusTooManyRequests, decode(t, resp, &e))
	// A small request still fits next to the running one.
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "z", "max_tokens": 4}), nil))
	close(release)
	require.Equal(t, 200, <-first)
}
