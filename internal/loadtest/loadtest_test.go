package loadtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/server"
	"github.com/bitnet-go/bitnet-go/synth"
)

func TestCheckLoopback(t *testing.T) {
	for _, c := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8080", true},
		{"http://127.3.4.5:1", true},
		{"http://[::1]:8080", true},
		{"http://localhost:9", true},
		{"http://10.0.0.1:8080", false},
		{"http://192.168.1.1", false},
		{"http://example.com", false},
		{"http://0.0.0.0:8080", false},
		{"ftp://127.0.0.1", false},
	} {
		u, err := url.Parse(c.url)
		require.NoError(t, err)
		err = checkLoopback(u)
		if c.ok {
			assert.NoError(t, err, c.url)
		} else {
			assert.Error(t, err, c.url)
		}
	}
	_, err := Run(context.Background(), Config{URL: "http://10.1.2.3:80", Duration: time.Second})
	require.ErrorIs(t, err, ErrNotLoopback)
}

func TestConfigBounds(t *testing.T) {
	for _, c := range []Config{
		{URL: "http://127.0.0.1:1", Clients: 1000},
		{URL: "http://127.0.0.1:1", Duration: 3 * time.Hour},
		{URL: "http://127.0.0.1:1", Malformed: 1.5},
		{URL: "http://127.0.0.1:1", MaxRequests: -1},
		{URL: "http://127.0.0.1:1", MaxTokens: -1},
		{URL: "http://127.0.0.1:1", PromptTokens: 10, PromptWords: 10},
		{URL: "http://127.0.0.1:1", PromptTokens: -1},
		{URL: "http://127.0.0.1:1", SharedTokens: -1},
		{URL: "http://127.0.0.1:1", Duration: time.Second, Ramp: 2 * time.Second},
	} {
		_, err := Run(context.Background(), c)
		require.Error(t, err, "%+v", c)
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(101-i)*time.Millisecond)
	}
	p := percentiles(ds)
	assert.Equal(t, 100, p.N)
	assert.Equal(t, 50*time.Millisecond, p.P50)
	assert.Equal(t, 90*time.Millisecond, p.P90)
	assert.Equal(t, 99*time.Millisecond, p.P99)
	assert.Equal(t, 100*time.Millisecond, p.Max)
	assert.Equal(t, Percentiles{}, percentiles(nil))
	one := percentiles([]time.Duration{time.Second})
	assert.Equal(t, time.Second, one.P50)
	assert.Equal(t, time.Second, one.P99)
	assert.Equal(t, time.Millisecond, p.Min)
}

func TestParseRSS(t *testing.T) {
	in := "# HELP x\nprocess_resident_memory_bytes_other 5\nprocess_resident_memory_bytes 1.2345e+07\n"
	assert.Equal(t, int64(12345000), ParseRSS(strings.NewReader(in)))
	assert.Zero(t, ParseRSS(strings.NewReader("nothing\n")))
}

// TestAgainstServer runs a short, count-bounded load test against the real
// server with the tiny model on a loopback port.
func TestAgainstServer(t *testing.T) {
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	ctx := context.Background()
	require.NoError(t, synth.Write(ctx, path, cfg, synth.Options{Seed: 3, WeightType: gguf.TypeI2_S}))
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	defer m.Close()
	s, err := server.New(server.Options{Slots: 2, QueueSize: 3, APIKeys: []string{"k"}})
	require.NoError(t, err)
	require.NoError(t, s.SetModel(m))
	defer s.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- s.Serve(sctx, ln) }()
	defer func() {
		stop()
		require.NoError(t, <-served)
	}()

	var progress bytes.Buffer
	rep, err := Run(ctx, Config{
		URL: "http://" + ln.Addr().String(), Clients: 6, Duration: time.Minute, MaxRequests: 120,
		Malformed: 0.3, MaxTokens: 6, APIKey: "k", Seed: 7,
	})
	require.NoError(t, err)
	var out bytes.Buffer
	rep.WriteText(&out)
	t.Log("\n" + out.String() + progress.String())
	assert.Equal(t, 120, rep.Requests, "the count bound stops the run")
	assert.True(t, rep.OK(), out.String())
	assert.Zero(t, rep.Server5xx())
	assert.Greater(t, rep.MalformedSent, 10)
	assert.Zero(t, rep.MalformedNot4xx)
	assert.Greater(t, rep.ValidOK, 10)
	assert.Equal(t, rep.ValidSent, rep.ValidOK+rep.ValidRejected+rep.ValidFailed)
	assert.Greater(t, rep.CompletionTokens, 0)
	assert.Greater(t, rep.RSSStart, int64(0))
	assert.Greater(t, rep.TTFT.N, 0)
	assert.Contains(t, out.String(), "verdict: PASS")

	// Bench mode: streamed completions of exactly MaxTokens tokens each.
	bench, err := Run(ctx, Config{URL: "http://" + ln.Addr().String(), Clients: 3, Duration: time.Minute, MaxRequests: 6,
		MaxTokens: 5, APIKey: "k", Bench: true, PromptWords: 20})
	require.NoError(t, err)
	out.Reset()
	bench.WriteText(&out)
	assert.True(t, bench.OK(), out.String())
	assert.Equal(t, 5*bench.ValidOK, bench.CompletionTokens, out.String())
	assert.Equal(t, bench.ValidOK, bench.TTFT.N)
	// At most 5 text events after the first per request (4 more tokens and
	// the held-back bytes released at the end); a token that ends inside a
	// UTF-8 character releases no text and joins the next gap.
	assert.LessOrEqual(t, bench.ITL.N, 5*bench.ValidOK)
	assert.Greater(t, bench.ITL.N, 0)

	// Prompts of a given token length, clients started over a ramp, several
	// requests each: the server's prompt_tokens are within a few tokens of
	// the target (the request numbers vary), and TTFT is split between each
	// client's first request and the later ones.
	sized, err := Run(ctx, Config{URL: "http://" + ln.Addr().String(), Clients: 2, Duration: time.Minute, MaxRequests: 6,
		MaxTokens: 2, APIKey: "k", Bench: true, PromptTokens: 120, Ramp: 50 * time.Millisecond})
	require.NoError(t, err)
	out.Reset()
	sized.WriteText(&out)
	t.Log("\n" + out.String())
	assert.True(t, sized.OK(), out.String())
	require.Equal(t, 6, sized.PromptTokens.N, out.String())
	// Each request pads by what its own start takes (measured 123-125
	// tokens here: the tiny model's random vocabulary merges across the
	// boundary between start and padding).
	assert.InDelta(t, 120, int(sized.PromptTokens.Min), 6, out.String())
	assert.InDelta(t, 120, int(sized.PromptTokens.Max), 6, out.String())
	// Two clients share six requests; on a fast machine the first client can
	// take all six before the ramp starts the second (seen once in CI), so
	// there are one or two first requests and the rest are later ones.
	assert.GreaterOrEqual(t, sized.TTFTFirst.N, 1, out.String())
	assert.LessOrEqual(t, sized.TTFTFirst.N, 2, out.String())
	assert.Equal(t, 6, sized.TTFTFirst.N+sized.TTFTSteady.N, out.String())
	assert.Contains(t, out.String(), "later requests (steady)")

	// The same one-request run twice (same seed, same server): other
	// prompts, so the second gets nothing from the prefix cache the first
	// filled.
	for range 2 {
		again, err := Run(ctx, Config{URL: "http://" + ln.Addr().String(), Clients: 1, Duration: time.Minute, MaxRequests: 1,
			MaxTokens: 2, APIKey: "k", Bench: true, PromptTokens: 120})
		require.NoError(t, err)
		out.Reset()
		again.WriteText(&out)
		assert.True(t, again.OK(), out.String())
		assert.Zero(t, again.CachedRequests, out.String())
	}

	// A mix of prompt lengths, a share of requests abandoned mid-way, and
	// the rest re-sent alone afterwards: the same greedy text each time,
	// and nothing left running on the server.
	mixed, err := Run(ctx, Config{URL: "http://" + ln.Addr().String(), Clients: 4, Duration: time.Minute, MaxRequests: 24,
		MaxTokens: 6, APIKey: "k", Bench: true, PromptMix: []int{20, 80, 160}, Cancel: 0.4, Verify: 10, Seed: 5})
	require.NoError(t, err)
	out.Reset()
	mixed.WriteText(&out)
	t.Log("\n" + out.String())
	assert.True(t, mixed.OK(), out.String())
	assert.Equal(t, mixed.ValidSent, mixed.ValidOK+mixed.ValidRejected+mixed.ValidFailed+mixed.Cancelled, out.String())
	assert.Greater(t, mixed.Cancelled, 3, out.String())
	assert.Greater(t, mixed.ValidOK, 3, out.String())
	assert.Equal(t, 10, mixed.VerifySent, out.String())
	assert.Zero(t, mixed.VerifyMismatch, out.String())
	assert.Zero(t, mixed.LeftBusy, out.String())
	assert.Less(t, int(mixed.PromptTokens.Min), 60, out.String()) // the tiny vocabulary takes ~40 tokens for the unpadded start
	assert.Greater(t, int(mixed.PromptTokens.Max), 140, out.String())
	assert.Contains(t, out.String(), "re-sent alone after the load: 10")

	// Prompts that start with the same words: the server serves them from
	// its prefix cache, under load and when re-sent, with the same texts.
	shared, err := Run(ctx, Config{URL: "http://" + ln.Addr().String(), Clients: 2, Duration: time.Minute, MaxRequests: 6,
		MaxTokens: 4, APIKey: "k", Bench: true, SharedTokens: 200, Verify: 6, Seed: 9})
	require.NoError(t, err)
	out.Reset()
	shared.WriteText(&out)
	t.Log("\n" + out.String())
	assert.True(t, shared.OK(), out.String())
	assert.Positive(t, shared.CachedRequests, out.String())
	assert.Greater(t, shared.CachedTokens, 150*shared.CachedRequests, out.String())
	assert.Equal(t, 6, shared.VerifySent, out.String())
	assert.Positive(t, shared.VerifyCached, out.String())
	assert.Zero(t, shared.VerifyMismatch, out.String())
	assert.Contains(t, out.String(), "served from the prefix cache:")
}

// fakeServer streams greedy completions whose text changes after the first
// `stable` requests, and reports busy requests in its metrics for the
// first polls: what verify and leftBusy must notice.
func fakeServer(t *testing.T, stable int, busyPolls int) *httptest.Server {
	var mu sync.Mutex
	calls, polls := 0, 0
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/models", func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, `{"data":[{"id":"fake"}]}`)
	})
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		polls++
		busy := 0
		if polls <= busyPolls {
			busy = 1
		}
		mu.Unlock()
		fmt.Fprintf(w, "vllm:num_requests_running{model_name=\"fake\"} %d\nvllm:num_requests_waiting{model_name=\"fake\"} 0\n", busy)
	})
	mux.HandleFunc("/v1/completions", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		calls++
		last := "c"
		if calls > stable {
			last = "d"
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		for _, s := range []string{"a", "b", last} {
			fmt.Fprintf(w, "data: {\"choices\":[{\"text\":%q}]}\n\n", s)
		}
		io.WriteString(w, "data: {\"choices\":[{\"text\":\"\",\"finish_reason\":\"length\"}]}\n\n")
		io.WriteString(w, "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3}}\n\ndata: [DONE]\n\n")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestVerifyCatchesChangedText: a re-sent request with another text is a
// mismatch and fails the run; the busy gauge is polled until it drops.
func TestVerifyCatchesChangedText(t *testing.T) {
	srv := fakeServer(t, 4, 3)
	rep, err := Run(context.Background(), Config{URL: srv.URL, Clients: 2, MaxRequests: 4, MaxTokens: 3, Bench: true, Verify: 3})
	require.NoError(t, err)
	var out bytes.Buffer
	rep.WriteText(&out)
	assert.Equal(t, 4, rep.ValidOK, out.String())
	assert.Equal(t, 3, rep.VerifySent, out.String())
	assert.Equal(t, 3, rep.VerifyMismatch, out.String())
	assert.Zero(t, rep.LeftBusy, out.String())
	assert.False(t, rep.OK())
	assert.Contains(t, out.String(), `under load 3 bytes, from byte 0: "abc", alone 3 bytes, from byte 0: "abd"`)

	// The same text: no mismatch.
	same, err := Run(context.Background(), Config{URL: fakeServer(t, 100, 0).URL, Clients: 2, MaxRequests: 4, MaxTokens: 3,
		Bench: true, Verify: 3})
	require.NoError(t, err)
	assert.Equal(t, 3, same.VerifySent)
	assert.Zero(t, same.VerifyMismatch)
	assert.True(t, same.OK())
}

// TestReadStreamStopAfter: a reader that stops after k text events keeps
// their text and says it abandoned the stream.
func TestReadStreamStopAfter(t *testing.T) {
	body := "data: {\"choices\":[{\"text\":\"a\"}]}\n\ndata: {\"choices\":[{\"text\":\"b\"}]}\n\n" +
		"data: {\"choices\":[{\"text\":\"c\",\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n"
	for k, want := range []string{"", "a", "ab"} {
		r, err := readStream(strings.NewReader(body), time.Now(), k)
		require.NoError(t, err)
		assert.True(t, r.abandoned, k)
		assert.Equal(t, want, r.text, k)
	}
	r, err := readStream(strings.NewReader(body), time.Now(), 3)
	require.NoError(t, err)
	assert.False(t, r.abandoned, "the last event finishes the stream")
	assert.True(t, r.complete)
	assert.Equal(t, "abc", r.text)
}

func TestMetricValue(t *testing.T) {
	in := "# HELP x\nvllm:num_requests_running{model_name=\"a\"} 2\nvllm:num_requests_running{model_name=\"b\"} 1\n" +
		"vllm:num_requests_running_total 9\nvllm:num_requests_waiting 0\n"
	v, ok := MetricValue(strings.NewReader(in), "vllm:num_requests_running")
	assert.True(t, ok)
	assert.Equal(t, 3.0, v)
	v, ok = MetricValue(strings.NewReader(in), "vllm:num_requests_waiting")
	assert.True(t, ok)
	assert.Zero(t, v)
	_, ok = MetricValue(strings.NewReader(in), "vllm:kv_cache_usage_perc")
	assert.False(t, ok)
}

// TestReadStreamFormats: OpenAI streams (with or without usage) and
// llama.cpp's native /completion stream give the same token counts.
func TestReadStreamFormats(t *testing.T) {
	for _, c := range []struct {
		name, body     string
		tokens, prompt int
		complete       bool
	}{
		{"openai-usage", "data: {\"choices\":[{\"text\":\"a\"}]}\n\ndata: {\"choices\":[{\"text\":\"b\",\"finish_reason\":\"length\"}]}\n\n" +
			"data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3}}\n\ndata: [DONE]\n\n", 3, 9, true},
		{"openai-no-usage", "data: {\"choices\":[{\"text\":\"a\"}]}\n\ndata: {\"choices\":[{\"text\":\"b\",\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n", 2, 0, true},
		{"llamacpp", "data: {\"content\":\"a\",\"stop\":false}\n\ndata: {\"content\":\"bc\",\"stop\":false}\n\n" +
			"data: {\"content\":\"\",\"stop\":true,\"tokens_predicted\":2,\"tokens_evaluated\":7}\n\n", 2, 7, true},
		{"truncated", "data: {\"content\":\"a\",\"stop\":false}\n\n", 0, 0, false},
	} {
		r, err := readStream(strings.NewReader(c.body), time.Now(), -1)
		if !c.complete {
			assert.Error(t, err, c.name)
			continue
		}
		require.NoError(t, err, c.name)
		assert.Equal(t, c.tokens, r.tokens, c.name)
		assert.Equal(t, c.prompt, r.promptTokens, c.name)
		assert.True(t, r.complete, c.name)
		assert.Greater(t, r.first, time.Duration(0), c.name)
		assert.Len(t, r.gaps, 1, c.name)
	}
}
