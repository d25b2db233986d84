package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/receipt"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

func TestHealthBeforeAndAfterLoad(t *testing.T) {
	s, err := New(Options{})
	require.NoError(t, err)
	h := s.Handler()
	do := func(method, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, path, strings.NewReader(`{"prompt":"x"}`)))
		return rec
	}
	assert.Equal(t, http.StatusOK, do("GET", "/health/live").Code)
	assert.Equal(t, http.StatusServiceUnavailable, do("GET", "/health/ready").Code)
	rec := do("GET", "/health")
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Contains(t, rec.Body.String(), `"status":"loading"`)
	rec = do("POST", "/v1/completions")
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Equal(t, "5", rec.Header().Get("Retry-After"))
	assert.Equal(t, http.StatusServiceUnavailable, do("GET", "/v1/models").Code)
	assert.Contains(t, do("GET", "/metrics").Body.String(), "bitnet_model_loaded 0")

	m := loadTiny(t)
	defer m.Close()
	require.NoError(t, s.SetModel(m))
	require.Error(t, s.SetModel(m))
	defer s.Close()
	assert.Equal(t, http.StatusOK, do("GET", "/health/ready").Code)
	rec = do("GET", "/health")
	require.Equal(t, http.StatusOK, rec.Code)
	var hb Health
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &hb))
	assert.Equal(t, "ok", hb.Status)
	assert.Equal(t, "tiny", hb.Model)
	assert.Equal(t, "cpu", hb.Backend)
	assert.Equal(t, 2, hb.Slots)
	assert.Greater(t, hb.UptimeSeconds, 0.0)
	assert.Contains(t, do("GET", "/metrics").Body.String(), "bitnet_model_loaded 1")
}

func TestModels(t *testing.T) {
	ts := start(t, Options{})
	var list ModelList
	require.Equal(t, 200, decode(t, ts.get(t, "/v1/models"), &list))
	require.Len(t, list.Data, 1)
	assert.Equal(t, "list", list.Object)
	assert.Equal(t, ModelObject{ID: "tiny", Object: "model", Created: list.Data[0].Created, OwnedBy: "bitnet-go"}, list.Data[0])
	var one ModelObject
	require.Equal(t, 200, decode(t, ts.get(t, "/v1/models/tiny"), &one))
	assert.Equal(t, "tiny", one.ID)
	var e apiErr
	require.Equal(t, 404, decode(t, ts.get(t, "/v1/models/gpt-4"), &e))
	assert.Equal(t, "model_not_found", *e.Error.Code)
}

// TestCompletionMatchesLibrary: greedy decoding through HTTP gives exactly
// the library's tokens, and usage counts them.
func TestCompletionMatchesLibrary(t *testing.T) {
	ts := start(t, Options{})
	want, err := ts.m.Generate(context.Background(), "The capital of", bitnet.GenerateOptions{MaxTokens: 7, IgnoreEOS: true})
	require.NoError(t, err)

	var got CompletionResponse
	resp := ts.post(t, "/v1/completions", map[string]any{"model": "tiny", "prompt": "The capital of", "max_tokens": 7,
		"temperature": 0, "ignore_eos": true})
	require.NotEmpty(t, resp.Header.Get("X-Request-Id"))
	require.Equal(t, 200, decode(t, resp, &got))
	assert.Equal(t, "text_completion", got.Object)
	assert.True(t, strings.HasPrefix(got.ID, "cmpl-"))
	assert.Equal(t, "tiny", got.Model)
	require.Len(t, got.Choices, 1)
	assert.Equal(t, want.Text, got.Choices[0].Text)
	assert.Equal(t, "length", *got.Choices[0].FinishReason)
	assert.Equal(t, Usage{PromptTokens: want.PromptTokens, CompletionTokens: 7, TotalTokens: want.PromptTokens + 7,
		PromptTokensDetails: &PromptTokensDetails{}}, *got.Usage)

	// The same prompt as token ids, as an array of one string, and in a
	// nested array, gives the same completion.
	ids := ts.m.Tokenize("The capital of")
	for _, prompt := range []any{[]string{"The capital of"}, ids, [][]int32{ids}} {
		var again CompletionResponse
		require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": prompt, "max_tokens": 7,
			"temperature": 0, "ignore_eos": true}), &again))
		assert.Equal(t, want.Text, again.Choices[0].Text)
	}
}

func TestChatMatchesLibraryWithLogprobs(t *testing.T) {
	ts := start(t, Options{})
	msgs := []bitnet.Message{{Role: bitnet.RoleSystem, Content: "Be brief."}, {Role: bitnet.RoleUser, Content: "Hi there"}}
	want, err := ts.m.Chat(context.Background(), msgs, bitnet.GenerateOptions{MaxTokens: 6, IgnoreEOS: true})
	require.NoError(t, err)

	var got ChatResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/chat/completions", map[string]any{
		"messages": []map[string]any{
			{"role": "system", "content": "Be brief."},
			{"role": "user", "content": []map[string]string{{"type": "text", "text": "Hi there"}}},
		},
		"max_completion_tokens": 6, "temperature": 0, "ignore_eos": true, "logprobs": true, "top_logprobs": 3,
	}), &got))
	assert.Equal(t, "chat.completion", got.Object)
	require.Len(t, got.Choices, 1)
	c := got.Choices[0]
	assert.Equal(t, "assistant", c.Message.Role)
	assert.Equal(t, want.Text, *c.Message.Content)
	assert.Equal(t, want.PromptTokens, got.Usage.PromptTokens)
	require.NotNil(t, c.Logprobs)
	require.Len(t, c.Logprobs.Content, 6)
	for i, lp := range c.Logprobs.Content {
		assert.LessOrEqual(t, lp.Logprob, float32(0))
		require.Len(t, lp.TopLogprobs, 3)
		// Greedy: the chosen token is the most likely one.
		assert.Equal(t, lp.Token, lp.TopLogprobs[0].Token, "token %d", i)
		assert.InDelta(t, lp.Logprob, lp.TopLogprobs[0].Logprob, 1e-5)
		assert.GreaterOrEqual(t, lp.TopLogprobs[0].Logprob, lp.TopLogprobs[1].Logprob)
		text, b := tokenBytes(ts.m.Tokenizer(), want.Tokens[i])
		assert.Equal(t, text, lp.Token)
		assert.True(t, utf8.ValidString(lp.Token))
		assert.Equal(t, b, lp.Bytes)
		raw := make([]byte, len(b))
		for j, c := range b {
			raw[j] = byte(c)
		}
		assert.Equal(t, ts.m.Tokenizer().AppendBytes(nil, want.Tokens[i:i+1], tokenizer.DecodeOptions{Special: true}), raw)
	}
}

func TestSeedReproducibleAndStop(t *testing.T) {
	ts := start(t, Options{})
	req := map[string]any{"prompt": "Once upon", "max_tokens": 12, "temperature": 1.0, "top_p": 0.9, "seed": 42, "ignore_eos": true}
	var a, b CompletionResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", req), &a))
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", req), &b))
	assert.Equal(t, a.Choices[0].Text, b.Choices[0].Text)

	// Stop at a piece of that text: the output is what came before it.
	text := a.Choices[0].Text
	require.Greater(t, len(text), 4, "need some text to cut")
	runes := []rune(text)
	stop := string(runes[len(runes)/2 : len(runes)/2+1])
	cut := strings.Index(text, stop)
	req["stop"] = []string{stop, "never-matches"}
	var c CompletionResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", req), &c))
	assert.Equal(t, text[:cut], c.Choices[0].Text)
	assert.Equal(t, "stop", *c.Choices[0].FinishReason)
}

func TestStreamChat(t *testing.T) {
	ts := start(t, Options{})
	body := map[string]any{"messages": []map[string]string{{"role": "user", "content": "Tell me"}},
		"max_tokens": 9, "temperature": 0, "ignore_eos": true}
	var whole ChatResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/chat/completions", body), &whole))

	body["stream"] = true
	body["stream_options"] = map[string]bool{"include_usage": true}
	resp := ts.post(t, "/v1/chat/completions", body)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	events, done := sseEvents(t, resp.Body)
	require.True(t, done, "stream ends with [DONE]")
	require.GreaterOrEqual(t, len(events), 3)
	var text strings.Builder
	var finish string
	var usage *Usage
	for i, ev := range events {
		var ch ChatResponse
		require.NoError(t, json.Unmarshal(ev, &ch))
		assert.Equal(t, "chat.completion.chunk", ch.Object)
		assert.Equal(t, events != nil, strings.HasPrefix(ch.ID, "chatcmpl-"))
		if i == 0 {
			require.Len(t, ch.Choices, 1)
			assert.Equal(t, "assistant", ch.Choices[0].Delta.Role)
		}
		if ch.Usage != nil {
			require.Empty(t, ch.Choices, "the usage chunk has no choices")
			usage = ch.Usage
			continue
		}
		require.Len(t, ch.Choices, 1)
		if d := ch.Choices[0].Delta; d != nil && d.Content != nil {
			text.WriteString(*d.Content)
		}
		if ch.Choices[0].FinishReason != nil {
			finish = *ch.Choices[0].FinishReason
		}
	}
	assert.Equal(t, *whole.Choices[0].Message.Content, text.String())
	assert.Equal(t, "length", finish)
	require.NotNil(t, usage)
	assert.Equal(t, whole.Usage.PromptTokens, usage.PromptTokens)
	assert.Equal(t, whole.Usage.CompletionTokens, usage.CompletionTokens)
	assert.Equal(t, whole.Usage.TotalTokens, usage.TotalTokens)
	// The same prompt again comes from the prefix cache, all but its last token.
	assert.Equal(t, usage.PromptTokens-1, usage.PromptTokensDetails.CachedTokens)
}

func TestStreamCompletionWithLogprobs(t *testing.T) {
	ts := start(t, Options{})
	resp := ts.post(t, "/v1/completions", map[string]any{"prompt": "abc", "max_tokens": 5, "temperature": 0,
		"ignore_eos": true, "stream": true, "logprobs": 2})
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	events, done := sseEvents(t, resp.Body)
	require.True(t, done)
	n := 0
	for _, ev := range events {
		var ch CompletionResponse
		require.NoError(t, json.Unmarshal(ev, &ch))
		assert.Equal(t, "text_completion", ch.Object)
		assert.Nil(t, ch.Usage, "no usage without include_usage")
		if lp := ch.Choices[0].Logprobs; lp != nil {
			n++
			require.Len(t, lp.Tokens, 1)
			require.Len(t, lp.TopLogprobs, 1)
			assert.LessOrEqual(t, len(lp.TopLogprobs[0]), 2)
		}
	}
	assert.Equal(t, 5, n, "one logprob per generated token")
}

// TestCancelMidStream: a client that goes away mid-stream stops its
// generation, and the slot is free again for the next request.
func TestCancelMidStream(t *testing.T) {
	hook, wait := waitDone()
	ts := start(t, Options{Slots: 1, QueueSize: 1}, func(s *Server) { s.onDone = hook })
	const maxTokens = 400
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b, _ := json.Marshal(map[string]any{"prompt": "Go on", "max_tokens": maxTokens, "ignore_eos": true, "stream": true, "temperature": 0})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.url+"/v1/completions", strings.NewReader(string(b)))
	resp, err := ts.client.Do(req)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode)
	sc := bufio.NewScanner(resp.Body)
	gotText := false
	for !gotText && sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var ch CompletionResponse
			require.NoError(t, json.Unmarshal([]byte(d), &ch))
			gotText = ch.Choices[0].Text != ""
		}
	}
	require.True(t, gotText)
	cancel()
	resp.Body.Close()
	d := wait(t)
	// Which the server notices first is a race: the request context being
	// cancelled, or the next write failing on the closed connection.
	clientGone := errors.Is(d.err, context.Canceled) || errors.Is(d.err, syscall.ECONNRESET) || errors.Is(d.err, syscall.EPIPE)
	require.True(t, clientGone, "generation should end because the client left: %v", d)
	assert.Less(t, d.n, maxTokens, "generation stopped early")

	// The single slot is released: the next request runs.
	var ok CompletionResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 2}), &ok))
	assert.NoError(t, wait(t).err)
}

// TestQueueFull: with one slot held and no queue, the next request gets 429
// with Retry-After, and once the slot frees requests run again.
func TestQueueFull(t *testing.T) {
	held := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	ts := start(t, Options{Slots: 1, QueueSize: -1}, func(s *Server) {
		s.afterAcquire = func(ctx context.Context) {
			once.Do(func() {
				close(held)
				select {
				case <-release:
				case <-ctx.Done():
				}
			})
		}
	})
	first := make(chan int, 1)
	go func() {
		resp := ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 2})
		first <- decode(t, resp, nil)
	}()
	<-held
	var e apiErr
	resp := ts.post(t, "/v1/chat/completions", map[string]any{"messages": []map[string]string{{"role": "user", "content": "hi"}}})
	assert.Equal(t, "2", resp.Header.Get("Retry-After"))
	require.Equal(t, http.StatusTooManyRequests, decode(t, resp, &e))
	assert.Equal(t, "rate_limit_error", e.Error.Type)
	assert.Equal(t, "queue_full", *e.Error.Code)
	close(release)
	require.Equal(t, 200, <-first)
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 2}), nil))
}

func TestRequestTimeout(t *testing.T) {
	ts := start(t, Options{RequestTimeout: 200 * time.Millisecond}, func(s *Server) {
		s.afterAcquire = func(ctx context.Context) { <-ctx.Done() } // hold until the deadline
	})
	var e apiErr
	resp := ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 2})
	require.Equal(t, http.StatusServiceUnavailable, decode(t, resp, &e))
	assert.Equal(t, "timeout", *e.Error.Code)
}

func TestGracefulShutdownDrains(t *testing.T) {
	held := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	m := loadTiny(t)
	defer m.Close()
	s, err := New(Options{ModelID: "tiny", ShutdownTimeout: time.Minute})
	require.NoError(t, err)
	s.afterAcquire = func(ctx context.Context) {
		once.Do(func() { close(held); <-release })
	}
	require.NoError(t, s.SetModel(m))
	defer s.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	type result struct {
		code   int
		events int
		done   bool
	}
	inflight := make(chan result, 1)
	go func() {
		resp, err := http.Post(url+"/v1/completions", "application/json",
			strings.NewReader(`{"prompt":"drain me","max_tokens":4,"ignore_eos":true,"stream":true}`))
		if err != nil {
			inflight <- result{}
			return
		}
		defer resp.Body.Close()
		evs, done := sseEvents(t, resp.Body)
		inflight <- result{resp.StatusCode, len(evs), done}
	}()
	<-held
	cancel() // SIGTERM
	// Draining: not ready, and new generations are refused.
	require.Eventually(t, func() bool { return !s.Ready() }, 10*time.Second, time.Millisecond)
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/health/ready", nil))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	rec = httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/completions", strings.NewReader(`{"prompt":"x"}`)))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	select {
	case <-served:
		t.Fatal("Serve returned with a request in flight")
	default:
	}
	close(release)
	r := <-inflight
	assert.Equal(t, 200, r.code)
	assert.True(t, r.done, "the in-flight stream completed")
	assert.GreaterOrEqual(t, r.events, 1, "at least the finish chunk")
	require.NoError(t, <-served)
	_, err = http.Get(url + "/health/live")
	require.Error(t, err, "the listener is closed")
}

func TestAuth(t *testing.T) {
	ts := start(t, Options{APIKeys: []string{"sekret-1", "other-key"}})
	body := map[string]any{"prompt": "x", "max_tokens": 1}
	var e apiErr
	require.Equal(t, 401, decode(t, ts.post(t, "/v1/completions", body), &e))
	assert.Equal(t, "authentication_error", e.Error.Type)
	require.Equal(t, 401, decode(t, ts.post(t, "/v1/completions", body, "Authorization", "Bearer sekret-"), nil))
	require.Equal(t, 401, decode(t, ts.post(t, "/v1/completions", body, "Authorization", "sekret-1"), nil))
	require.Equal(t, 401, decode(t, ts.post(t, "/v1/completions", body, "Authorization", "Basic sekret-1"), nil))
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", body, "Authorization", "Bearer sekret-1"), nil))
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", body, "Authorization", "bearer other-key"), nil))
	require.Equal(t, 401, decode(t, ts.get(t, "/v1/models"), nil))
	require.Equal(t, 401, decode(t, ts.get(t, "/metrics"), nil))
	require.Equal(t, 200, decode(t, ts.get(t, "/metrics", "Authorization", "Bearer other-key"), nil))
	require.Equal(t, 200, decode(t, ts.get(t, "/health"), nil), "health stays open")
	require.Equal(t, 200, decode(t, ts.get(t, "/health/ready"), nil))
}

func TestMetrics(t *testing.T) {
	ts := start(t, Options{})
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 3, "ignore_eos": true}), nil))
	require.Equal(t, 400, decode(t, ts.post(t, "/v1/completions", `{"prompt": 1}`), nil))
	resp := ts.get(t, "/metrics")
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	text := string(b)
	for _, want := range []string{
		`bitnet_http_requests_total{code="200",endpoint="completions"} 1`,
		`bitnet_http_requests_total{code="400",endpoint="completions"} 1`,
		`bitnet_request_errors_total{endpoint="completions",type="invalid_request_error"} 1`,
		`bitnet_generated_tokens_total 3`,
		`bitnet_time_to_first_token_seconds_count 1`,
		`bitnet_queue_depth 0`,
		`bitnet_active_generations 0`,
		`bitnet_slots 2`,
		`bitnet_build_info{`,
		`process_resident_memory_bytes`,
		`go_goroutines`,
	} {
		assert.Contains(t, text, want)
	}
}

func TestReceipts(t *testing.T) {
	dir := t.TempDir()
	ts := start(t, Options{ReceiptDir: dir})
	var got ChatResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/chat/completions", map[string]any{
		"messages": []map[string]string{{"role": "user", "content": "receipt please"}}, "max_tokens": 4, "ignore_eos": true}), &got))
	// A failed request leaves no receipt.
	require.Equal(t, 400, decode(t, ts.post(t, "/v1/completions", `{"prompt": "x", "max_tokens": 0}`), nil))
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, ents, 1)
	assert.Equal(t, got.ID+".json", ents[0].Name())
	r, err := receipt.Read(filepath.Join(dir, ents[0].Name()))
	require.NoError(t, err)
	assert.Equal(t, receipt.KindServer, r.Kind)
	assert.Equal(t, 4, r.Run.CompletionTokens)
	assert.Equal(t, got.Usage.PromptTokens, r.Run.PromptTokens)
	rep := receipt.Verify(context.Background(), r, receipt.VerifyOptions{})
	require.True(t, rep.OK(), "%+v", rep.Failures())
	if ts.m.KernelCounts() != nil {
		assert.Equal(t, receipt.SourceDispatch, r.Kernels.Source)
		assert.True(t, r.Kernels.Exclusive)
	}
}

func TestPanicBecomes500(t *testing.T) {
	var panicked atomic.Bool
	ts := start(t, Options{}, func(s *Server) {
		s.afterAcquire = func(context.Context) {
			if !panicked.Swap(true) {
				panic("boom")
			}
		}
	})
	var e apiErr
	require.Equal(t, 500, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 1}), &e))
	assert.Equal(t, "server_error", e.Error.Type)
	// The slot was released by the deferred release: the server still works.
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": "x", "max_tokens": 1}), nil))
}

// TestConcurrentMixed runs more requests than slots at once, streaming and
// not, and checks every one completes.
func TestConcurrentMixed(t *testing.T) {
	ts := start(t, Options{Slots: 2, QueueSize: 8})
	var wg sync.WaitGroup
	codes := make(chan int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := map[string]any{"max_tokens": 6, "ignore_eos": true, "seed": i, "stream": i%2 == 0}
			path := "/v1/completions"
			if i%3 == 0 {
				path = "/v1/chat/completions"
				body["messages"] = []map[string]string{{"role": "user", "content": "concurrent"}}
			} else {
				body["prompt"] = "concurrent"
			}
			resp := ts.post(t, path, body)
			defer resp.Body.Close()
			if i%2 == 0 {
				_, done := sseEvents(t, resp.Body)
				assert.True(t, done)
			} else {
				io.Copy(io.Discard, resp.Body)
			}
			codes <- resp.StatusCode
		}()
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		assert.Equal(t, 200, c)
	}
	var h Health
	require.Equal(t, 200, decode(t, ts.get(t, "/health"), &h))
	assert.Zero(t, h.Active)
	assert.Zero(t, h.Queued)
}

// TestPrefixCacheSameAnswer: in bitnetcpp mode a one-token forward call
// rounds differently from a longer one, so a prompt served from the prefix
// cache must be cut as it is without the cache (Session.ReusablePrefix).
// The same request twice: the second comes from the cache and gets the
// same text and the same logprobs, bit for bit.
func TestPrefixCacheSameAnswer(t *testing.T) {
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(1),
		bitnet.WithNumericMode(bitnet.BitNetCpp))
	require.NoError(t, err)
	ts := startWith(t, m, Options{})
	body := map[string]any{"prompt": strings.Repeat("a shared system prompt, then a question. ", 6), "max_tokens": 6,
		"temperature": 0, "ignore_eos": true, "logprobs": 3}
	var first, second CompletionResponse
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", body), &first))
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/completions", body), &second))
	require.Zero(t, first.Usage.PromptTokensDetails.CachedTokens)
	require.Greater(t, first.Usage.PromptTokens, 2*prefixMinTokens)
	cached := second.Usage.PromptTokensDetails.CachedTokens
	assert.Greater(t, cached, first.Usage.PromptTokens/2)
	assert.Less(t, cached, first.Usage.PromptTokens-1, "the last token alone would take the one-token path")
	require.Len(t, second.Choices, 1)
	assert.Equal(t, first.Choices[0].Text, second.Choices[0].Text)
	assert.Equal(t, first.Choices[0].Logprobs, second.Choices[0].Logprobs)
}
