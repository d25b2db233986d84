// Package loadtest drives an OpenAI-compatible server on this machine with N
// concurrent clients for a bounded time and request count: a mix of streaming
// and non-streaming completions and chat requests, and a share of malformed
// requests that must each get a 4xx. It reports requests/s, tokens/s, latency
// and time-to-first-token percentiles, every status code seen, and the
// server's resident memory at the start and end (from its /metrics).
//
// It only talks to loopback addresses: the URL must name localhost or a
// loopback IP, and every connection is checked when it is dialed.
package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Bounds on a run, so that a load test always stops by itself.
const (
	MaxDuration = 2 * time.Hour
	MaxClients  = 256
	MaxRequests = 10_000_000
)

// Config describes a load test.
type Config struct {
	URL          string        // server base URL, e.g. http://127.0.0.1:8080 (loopback only)
	Clients      int           // concurrent clients (default 8)
	Duration     time.Duration // how long to send requests (default 30 s)
	MaxRequests  int           // stop after this many requests in all (0: no count limit)
	Malformed    float64       // share of malformed requests, in [0, 1] (default 0)
	StreamShare  float64       // share of well-formed requests that stream (default 0.5)
	ChatShare    float64       // share of well-formed requests that use chat (default 0.5)
	MaxTokens    int           // max_tokens of well-formed requests (default 8)
	Model        string        // model id to send; "" asks /v1/models
	APIKey       string        // bearer key, if the server wants one
	Seed         uint64        // request mix and prompt choice
	Timeout      time.Duration // per-request client timeout (default 10 min)
	ProgressEach time.Duration // print progress this often to Progress (0: never)
	Progress     io.Writer
	// Bench makes every request a streamed greedy completion of exactly
	// MaxTokens tokens (ignore_eos) with a prompt no other request shares,
	// for throughput and latency measurements; Malformed is ignored.
	Bench bool
	// PromptWords pads bench prompts to about this many words (0: short prompts).
	PromptWords int
	// PromptTokens makes bench prompts about this many tokens long, BOS
	// included, instead of PromptWords: the padding is sized with the
	// server's /tokenize endpoint before the run, and the report gives the
	// prompt_tokens the server counted.
	PromptTokens int
	// PromptMix, instead of PromptTokens, draws each bench prompt's length
	// in tokens from these values, uniformly: a mix of short and long
	// prompts in one run.
	PromptMix []int
	// SharedTokens starts every bench prompt with the same text of about
	// this many tokens (sized with the server's /tokenize endpoint), as a
	// shared system prompt would, so a server's prefix cache can reuse it;
	// it counts in PromptTokens and PromptMix.
	SharedTokens int
	// Cancel is the share of well-formed requests the client abandons on
	// purpose: a stream after a random number of its text events (zero: as
	// soon as the response starts, while the prompt may still be in
	// prefill), any other request after a random delay of up to a second.
	// Abandoned requests are counted apart; the server must free them and
	// keep serving the others.
	Cancel float64
	// Verify, with Bench, re-sends up to this many of the run's requests one
	// at a time after the load and checks that each gets the text it got
	// under load (an abandoned stream's text must be a prefix of it): a
	// greedy completion must not depend on the sequences it was batched
	// with, or on the ones cancelled around it. A server with a prefix
	// cache may answer a re-sent prompt from the KV it cached under load;
	// the report counts those.
	Verify int
	// Ramp starts the clients one after another over this time (client i
	// at i*Ramp/Clients) instead of all at once, as users arrive in a real
	// service. Each client then sends its requests one after another.
	Ramp time.Duration
	// LlamaCpp sends bench requests to llama.cpp's native /completion
	// endpoint (stream of {"content"} events ending with "stop": true), for
	// side-by-side runs against llama.cpp-based servers whose OpenAI streams
	// lack [DONE].
	LlamaCpp bool
}

// Percentiles summarize a latency distribution.
type Percentiles struct {
	N             int
	P50, P90, P99 time.Duration
	Min, Max      time.Duration
}

// Report is the outcome of a run.
type Report struct {
	Elapsed          time.Duration
	Requests         int            // responses and transport errors
	ByStatus         map[int]int    // every status code received
	TransportErrors  int            // requests without a response
	MalformedSent    int            // malformed requests sent
	MalformedNot4xx  int            // malformed requests that did not get a 4xx (must be 0)
	ValidSent        int            // well-formed requests sent
	ValidOK          int            // well-formed requests answered 200 and complete
	ValidRejected    int            // well-formed requests answered 429 (queue full)
	ValidFailed      int            // well-formed requests with another outcome (5xx, broken stream, ...)
	CompletionTokens int            // generated tokens reported in usage
	Latency          Percentiles    // well-formed requests answered 200, whole response
	TTFT             Percentiles    // streaming well-formed requests: time to the first text
	TTFTFirst        Percentiles    // TTFT of each client's first request (the burst when the clients start together)
	TTFTSteady       Percentiles    // TTFT of the clients' later requests (the steady state of a closed loop)
	PromptTokens     Percentiles    // prompt_tokens the server reported (as counts, not durations); N=0 if none did
	CachedRequests   int            // requests answered 200 with cached prompt tokens (usage.prompt_tokens_details)
	CachedTokens     int            // the prompt tokens those requests were served from the server's prefix cache
	ITL              Percentiles    // streaming well-formed requests: time between text events after the first
	RSSStart, RSSEnd int64          // the server's process_resident_memory_bytes, 0 if unknown
	Failures         []string       // the first few unexpected outcomes
	Kinds            map[string]int // requests sent by kind
	Cancelled        int            // well-formed requests the client abandoned on purpose (Config.Cancel)
	VerifySent       int            // requests re-sent alone after the load (Config.Verify)
	VerifyCached     int            // of those, answered with cached prompt tokens (usage.prompt_tokens_details)
	VerifyMismatch   int            // of those, with another text than under load (must be 0)
	// LeftBusy is the number of requests the server still counted as running
	// or waiting (vllm:num_requests_running + vllm:num_requests_waiting) 10 s
	// after the last response; -1 if its /metrics has neither.
	LeftBusy int
}

// RequestsPerSec is requests per second over the run.
func (r *Report) RequestsPerSec() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// TokensPerSec is generated tokens per second over the run.
func (r *Report) TokensPerSec() float64 { return float64(r.CompletionTokens) / r.Elapsed.Seconds() }

// Server5xx counts responses with a 5xx status.
func (r *Report) Server5xx() int {
	n := 0
	for c, k := range r.ByStatus {
		if c >= 500 {
			n += k
		}
	}
	return n
}

// OK reports whether the run met the robustness bar: no 5xx, no transport
// errors, every malformed request a 4xx, every well-formed one a 200 or 429
// (or abandoned by the client), every re-sent request the same text, and no
// request left running on the server.
func (r *Report) OK() bool {
	return r.Server5xx() == 0 && r.TransportErrors == 0 && r.MalformedNot4xx == 0 && r.ValidFailed == 0 &&
		r.VerifyMismatch == 0 && r.LeftBusy <= 0
}

// WriteText prints the report.
func (r *Report) WriteText(w io.Writer) {
	fmt.Fprintf(w, "elapsed %v, %d requests (%.2f req/s), %d generated tokens (%.2f tokens/s)\n",
		r.Elapsed.Round(time.Millisecond), r.Requests, r.RequestsPerSec(), r.CompletionTokens, r.TokensPerSec())
	fmt.Fprintf(w, "well-formed: %d sent, %d ok, %d rejected (429), %d failed, %d abandoned by the client\n",
		r.ValidSent, r.ValidOK, r.ValidRejected, r.ValidFailed, r.Cancelled)
	fmt.Fprintf(w, "malformed:   %d sent, %d not answered with a 4xx\n", r.MalformedSent, r.MalformedNot4xx)
	fmt.Fprintf(w, "latency (200s, whole response): %s\n", r.Latency)
	fmt.Fprintf(w, "time to first token (streams):  %s\n", r.TTFT)
	if r.TTFTFirst.N > 0 && r.TTFTSteady.N > 0 {
		fmt.Fprintf(w, "  each client's first request:  %s\n", r.TTFTFirst)
		fmt.Fprintf(w, "  later requests (steady):      %s\n", r.TTFTSteady)
	}
	if p := r.PromptTokens; p.N > 0 {
		fmt.Fprintf(w, "prompt tokens (server's usage): n=%d min %d, p50 %d, max %d\n", p.N, int64(p.Min), int64(p.P50), int64(p.Max))
	}
	if r.CachedRequests > 0 {
		fmt.Fprintf(w, "served from the prefix cache:   %d requests, %d prompt tokens\n", r.CachedRequests, r.CachedTokens)
	}
	fmt.Fprintf(w, "inter-token latency (streams):  %s\n", r.ITL)
	codes := make([]int, 0, len(r.ByStatus))
	for c := range r.ByStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var parts []string
	for _, c := range codes {
		parts = append(parts, fmt.Sprintf("%d: %d", c, r.ByStatus[c]))
	}
	fmt.Fprintf(w, "status codes: %s; transport errors: %d; 5xx: %d\n", strings.Join(parts, ", "), r.TransportErrors, r.Server5xx())
	if r.RSSStart > 0 || r.RSSEnd > 0 {
		fmt.Fprintf(w, "server RSS: start %.1f MiB, end %.1f MiB\n", float64(r.RSSStart)/(1<<20), float64(r.RSSEnd)/(1<<20))
	}
	kinds := make([]string, 0, len(r.Kinds))
	for k := range r.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	parts = parts[:0]
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, r.Kinds[k]))
	}
	fmt.Fprintf(w, "sent: %s\n", strings.Join(parts, ", "))
	if r.VerifySent > 0 {
		fmt.Fprintf(w, "re-sent alone after the load: %d (%d with cached prompt tokens), %d with another text\n",
			r.VerifySent, r.VerifyCached, r.VerifyMismatch)
	}
	if r.LeftBusy >= 0 {
		fmt.Fprintf(w, "requests still running or waiting on the server after the run: %d\n", r.LeftBusy)
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "unexpected: %s\n", f)
	}
	verdict := "PASS"
	if !r.OK() {
		verdict = "FAIL"
	}
	fmt.Fprintf(w, "verdict: %s\n", verdict)
}

func (p Percentiles) String() string {
	if p.N == 0 {
		return "n=0"
	}
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	return fmt.Sprintf("n=%d p50 %v, p90 %v, p99 %v, max %v", p.N, r(p.P50), r(p.P90), r(p.P99), r(p.Max))
}

func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(q float64) time.Duration {
		i := int(q*float64(len(s))+0.5) - 1
		return s[min(max(i, 0), len(s)-1)]
	}
	return Percentiles{N: len(s), P50: at(0.50), P90: at(0.90), P99: at(0.99), Min: s[0], Max: s[len(s)-1]}
}

// ErrNotLoopback is returned for a URL or connection outside the loopback range.
var ErrNotLoopback = errors.New("loadtest: only loopback addresses may be targeted")

// checkLoopback accepts localhost and loopback IP literals.
func checkLoopback(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("loadtest: URL scheme %q: want http or https", u.Scheme)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%w: %q", ErrNotLoopback, host)
	}
	return nil
}

func (c *Config) setDefaults() error {
	if c.Clients == 0 {
		c.Clients = 8
	}
	if c.Duration == 0 {
		c.Duration = 30 * time.Second
	}
	if c.StreamShare == 0 {
		c.StreamShare = 0.5
	}
	if c.ChatShare == 0 {
		c.ChatShare = 0.5
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = 8
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Minute
	}
	switch {
	case c.Clients < 1 || c.Clients > MaxClients:
		return fmt.Errorf("loadtest: clients %d: want 1..%d", c.Clients, MaxClients)
	case c.Duration < 0 || c.Duration > MaxDuration:
		return fmt.Errorf("loadtest: duration %v: want up to %v", c.Duration, MaxDuration)
	case c.MaxRequests < 0 || c.MaxRequests > MaxRequests:
		return fmt.Errorf("loadtest: max requests %d: want 0..%d", c.MaxRequests, MaxRequests)
	case c.Malformed < 0 || c.Malformed > 1, c.StreamShare < 0 || c.StreamShare > 1, c.ChatShare < 0 || c.ChatShare > 1,
		c.Cancel < 0 || c.Cancel > 1:
		return fmt.Errorf("loadtest: shares must be in [0, 1]")
	case c.MaxTokens < 1:
		return fmt.Errorf("loadtest: max tokens %d must be >= 1", c.MaxTokens)
	case c.PromptWords < 0 || c.PromptTokens < 0 || c.Ramp < 0 || c.SharedTokens < 0:
		return fmt.Errorf("loadtest: prompt words, prompt tokens, shared tokens and ramp must not be negative")
	case c.SharedTokens > maxPromptTokens:
		return fmt.Errorf("loadtest: shared tokens %d: want at most %d", c.SharedTokens, maxPromptTokens)
	case c.PromptTokens > 0 && c.PromptWords > 0:
		return fmt.Errorf("loadtest: prompt words and prompt tokens are exclusive")
	case c.PromptTokens > maxPromptTokens:
		return fmt.Errorf("loadtest: prompt tokens %d: want at most %d", c.PromptTokens, maxPromptTokens)
	case c.Ramp > c.Duration:
		return fmt.Errorf("loadtest: ramp %v is longer than the duration %v", c.Ramp, c.Duration)
	case len(c.PromptMix) > 0 && (c.PromptTokens > 0 || c.PromptWords > 0):
		return fmt.Errorf("loadtest: a prompt mix excludes prompt words and a single prompt length")
	case c.Verify < 0 || c.Verify > maxVerify:
		return fmt.Errorf("loadtest: verify %d: want 0..%d", c.Verify, maxVerify)
	case c.Verify > 0 && !c.Bench:
		return fmt.Errorf("loadtest: verify needs bench mode (greedy completions)")
	}
	for _, n := range c.PromptMix {
		if n < 1 || n > maxPromptTokens {
			return fmt.Errorf("loadtest: prompt mix length %d: want 1..%d", n, maxPromptTokens)
		}
	}
	return nil
}

// Run executes the load test. It returns when the duration has passed (the
// requests then in flight are awaited, each bounded by Timeout), when
// MaxRequests have been sent, or when ctx ends.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	base, err := url.Parse(strings.TrimRight(cfg.URL, "/"))
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	if err := checkLoopback(base); err != nil {
		return nil, err
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return fmt.Errorf("%w: dialing %s", ErrNotLoopback, address)
		}
		return nil
	}}
	client := &http.Client{
		Timeout:   cfg.Timeout,
		Transport: &http.Transport{DialContext: dialer.DialContext, MaxIdleConnsPerHost: cfg.Clients, Proxy: nil},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // never follow a redirect elsewhere
		},
	}
	defer client.CloseIdleConnections()
	// run is not drawn from Seed: runs with the same seed against the
	// same server must not send the same prompts, which its prefix cache
	// would serve.
	lt := &runner{cfg: cfg, base: base.String(), client: client, run: rand.Uint32(),
		rep: &Report{ByStatus: map[int]int{}, Kinds: map[string]int{}}}
	if lt.cfg.Model == "" {
		if lt.cfg.Model, err = lt.modelID(ctx); err != nil {
			return nil, err
		}
	}
	if cfg.Bench && cfg.SharedTokens > 0 {
		// The shared text's words, sized alone (its "System:" and BOS
		// included, as they are in the prompts).
		words, _, _, err := fitWords(cfg.SharedTokens, func(words int) (int, error) {
			return lt.tokenize(ctx, sharedText(words))
		})
		if err != nil {
			return nil, err
		}
		lt.shared = sharedText(max(words, 1))
	}
	if cfg.Bench && (cfg.PromptTokens > 0 || len(cfg.PromptMix) > 0) {
		// One calibration at the longest length; the per-word rate it fits
		// sizes the others.
		lt.calTarget = cfg.PromptTokens
		if len(cfg.PromptMix) > 0 {
			lt.calTarget = slices.Max(cfg.PromptMix)
		}
		if lt.padWords, err = lt.calibrate(ctx, lt.calTarget); err != nil {
			return nil, err
		}
	} else {
		lt.padWords = cfg.PromptWords
	}
	lt.rep.RSSStart = lt.serverRSS(ctx)

	start := time.Now()
	sendCtx, stop := context.WithTimeout(ctx, cfg.Duration)
	defer stop()
	var sent sync.Mutex
	nSent := 0
	take := func() bool { // reserves one request within MaxRequests
		sent.Lock()
		defer sent.Unlock()
		if cfg.MaxRequests > 0 && nSent >= cfg.MaxRequests {
			return false
		}
		nSent++
		return true
	}
	var wg sync.WaitGroup
	for i := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(cfg.Seed, uint64(i)+1))
			if cfg.Ramp > 0 && i > 0 {
				t := time.NewTimer(cfg.Ramp * time.Duration(i) / time.Duration(cfg.Clients))
				select {
				case <-t.C:
				case <-sendCtx.Done():
					t.Stop()
				}
			}
			for k := 0; sendCtx.Err() == nil && take(); k++ {
				// In-flight requests finish even after the duration: only ctx cuts them.
				if wait := lt.one(ctx, rng, k == 0); wait > 0 {
					// A polite client backs off as a 429's Retry-After asks.
					t := time.NewTimer(wait)
					select {
					case <-t.C:
					case <-sendCtx.Done():
						t.Stop()
					}
				}
			}
		}()
	}
	var progress chan struct{}
	if cfg.ProgressEach > 0 && cfg.Progress != nil {
		progress = make(chan struct{})
		go lt.progress(ctx, start, progress)
	}
	wg.Wait()
	if progress != nil {
		close(progress)
	}
	lt.mu.Lock()
	lt.rep.Elapsed = time.Since(start)
	lt.rep.Latency = percentiles(lt.lat)
	lt.rep.TTFT = percentiles(lt.ttft)
	lt.rep.TTFTFirst = percentiles(lt.ttftFirst)
	lt.rep.TTFTSteady = percentiles(lt.ttftSteady)
	lt.rep.PromptTokens = percentiles(lt.promptToks)
	lt.rep.ITL = percentiles(lt.itl)
	lt.mu.Unlock()
	// Abandoned requests must leave the server too; wait for that before
	// re-sending requests alone.
	lt.rep.LeftBusy = lt.leftBusy(ctx)
	if cfg.Verify > 0 {
		lt.verify(ctx)
	}
	lt.rep.RSSEnd = lt.serverRSS(ctx)
	return lt.rep, ctx.Err()
}

type runner struct {
	cfg    Config
	base   string
	client *http.Client

	mu   sync.Mutex
	rep  *Report
	lat  []time.Duration
	ttft []time.Duration
	itl  []time.Duration
	seq  int    // bench requests sent (makes each prompt distinct)
	run  uint32 // this run's tag in bench prompts (distinct from other runs')

	ttftFirst, ttftSteady []time.Duration
	promptToks            []time.Duration // counts kept as durations to share percentiles
	padWords              int             // words of padding in bench prompts (for calTarget tokens)
	shared                string          // the shared start of bench prompts (SharedTokens), built once
	calTarget             int             // with PromptTokens or PromptMix: the length padWords was calibrated for
	baseTokens            int             // with PromptTokens: the calibration prompt's tokens without padding
	perWord               float64         // with PromptTokens: tokens per word of padding (0: no per-request sizing)

	// Bench requests kept for Verify: complete ones, and abandoned streams
	// with some text (at most Verify of each).
	full, partial []sent
}

// sent is a bench request and the text it got under load.
type sent struct {
	rq      request
	text    string
	partial bool // an abandoned stream: its text is a prefix of the whole
}

func (lt *runner) progress(ctx context.Context, start time.Time, stop <-chan struct{}) {
	t := time.NewTicker(lt.cfg.ProgressEach)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			rss := lt.serverRSS(ctx)
			lt.mu.Lock()
			r := lt.rep
			fmt.Fprintf(lt.cfg.Progress, "[%v] %d requests, %d ok, %d tokens, %d 5xx, %d malformed not 4xx, server RSS %.1f MiB\n",
				time.Since(start).Round(time.Second), r.Requests, r.ValidOK, r.CompletionTokens, r.Server5xx(), r.MalformedNot4xx,
				float64(rss)/(1<<20))
			lt.mu.Unlock()
		}
	}
}

const maxFailures = 20

func (lt *runner) failure(format string, args ...any) {
	if len(lt.rep.Failures) < maxFailures {
		lt.rep.Failures = append(lt.rep.Failures, fmt.Sprintf(format, args...))
	}
}

// request is one request to send.
type request struct {
	kind      string
	method    string
	path      string
	body      []byte
	malformed bool
	stream    bool
	noAuth    bool
}

// one sends one request and records its outcome; it returns how long to
// back off (a 429's Retry-After). first marks a client's first request.
func (lt *runner) one(ctx context.Context, rng *rand.Rand, first bool) (backoff time.Duration) {
	var rq request
	switch {
	case lt.cfg.Bench:
		rq = lt.bench(ctx, rng)
	case rng.Float64() < lt.cfg.Malformed:
		rq = lt.malformed(rng)
	default:
		rq = lt.valid(rng)
	}
	lt.mu.Lock()
	lt.rep.Kinds[rq.kind]++
	if rq.malformed {
		lt.rep.MalformedSent++
	} else {
		lt.rep.ValidSent++
	}
	lt.mu.Unlock()

	// reqCtx ends with this request; an abandoned request ends it early.
	reqCtx, cancelReq := context.WithCancel(ctx)
	defer cancelReq()
	stopAfter := -1 // text events after which a stream is abandoned
	if lt.cfg.Cancel > 0 && !rq.malformed && rng.Float64() < lt.cfg.Cancel {
		if rq.stream {
			stopAfter = rng.IntN(lt.cfg.MaxTokens)
		} else {
			t := time.AfterFunc(time.Duration(rng.Int64N(int64(time.Second))), cancelReq)
			defer t.Stop()
		}
	}
	// abandoned tells a cut this client made from a failure.
	abandoned := func() bool { return reqCtx.Err() != nil && ctx.Err() == nil }
	req, err := http.NewRequestWithContext(reqCtx, rq.method, lt.base+rq.path, bytes.NewReader(rq.body))
	if err != nil {
		lt.mu.Lock()
		lt.rep.Requests++
		lt.rep.TransportErrors++
		lt.failure("%s: %v", rq.kind, err)
		lt.mu.Unlock()
		return 0
	}
	req.Header.Set("Content-Type", "application/json")
	if lt.cfg.APIKey != "" && !rq.noAuth {
		req.Header.Set("Authorization", "Bearer "+lt.cfg.APIKey)
	}
	t0 := time.Now()
	resp, err := lt.client.Do(req)
	if err != nil && abandoned() {
		lt.mu.Lock()
		lt.rep.Requests++
		lt.rep.Cancelled++
		lt.mu.Unlock()
		return 0
	}
	if err != nil {
		lt.mu.Lock()
		lt.rep.Requests++
		lt.rep.TransportErrors++
		if !rq.malformed {
			lt.rep.ValidFailed++
		} else {
			lt.rep.MalformedNot4xx++
		}
		lt.failure("%s: %v", rq.kind, err)
		lt.mu.Unlock()
		return 0
	}
	var sr streamResult
	var bodyErr error
	if rq.stream && resp.StatusCode == 200 {
		sr, bodyErr = readStream(resp.Body, t0, stopAfter)
		if sr.abandoned {
			cancelReq() // closes the connection: the server sees the client go
		}
	} else {
		var b []byte
		b, bodyErr = io.ReadAll(io.LimitReader(resp.Body, 16<<20))
		if resp.StatusCode == 200 && bodyErr == nil {
			var u struct {
				Usage *struct {
					PromptTokens     int `json:"prompt_tokens"`
					CompletionTokens int `json:"completion_tokens"`
				} `json:"usage"`
			}
			if err := json.Unmarshal(b, &u); err == nil && u.Usage != nil {
				sr.tokens, sr.promptTokens, sr.complete = u.Usage.CompletionTokens, u.Usage.PromptTokens, true
			} else {
				bodyErr = fmt.Errorf("200 without usage: %.200s", b)
			}
		} else if resp.StatusCode >= 400 && bodyErr == nil && !isErrorShape(b) {
			bodyErr = fmt.Errorf("%d without an OpenAI error body: %.200s", resp.StatusCode, b)
		}
	}
	resp.Body.Close()
	elapsed := time.Since(t0)

	lt.mu.Lock()
	defer lt.mu.Unlock()
	r := lt.rep
	r.Requests++
	r.ByStatus[resp.StatusCode]++
	code := resp.StatusCode
	switch {
	case sr.abandoned || (!rq.malformed && bodyErr != nil && abandoned()):
		r.Cancelled++
		if sr.text != "" && len(lt.partial) < lt.cfg.Verify {
			lt.partial = append(lt.partial, sent{rq, sr.text, true})
		}
	case rq.malformed:
		if code < 400 || code >= 500 || bodyErr != nil {
			r.MalformedNot4xx++
			lt.failure("malformed %s: status %d (%v)", rq.kind, code, bodyErr)
		}
	case code == http.StatusTooManyRequests:
		r.ValidRejected++
		if n, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && n > 0 {
			backoff = time.Duration(min(n, 10)) * time.Second
		}
	case code == 200 && sr.complete && bodyErr == nil:
		r.ValidOK++
		r.CompletionTokens += sr.tokens
		lt.lat = append(lt.lat, elapsed)
		if sr.promptTokens > 0 {
			lt.promptToks = append(lt.promptToks, time.Duration(sr.promptTokens))
		}
		if sr.cachedTokens > 0 {
			r.CachedRequests++
			r.CachedTokens += sr.cachedTokens
		}
		if (rq.kind == benchKind || rq.kind == benchLlamaKind) && len(lt.full) < lt.cfg.Verify {
			lt.full = append(lt.full, sent{rq, sr.text, false})
		}
		if rq.stream && sr.first > 0 {
			lt.ttft = append(lt.ttft, sr.first)
			if first {
				lt.ttftFirst = append(lt.ttftFirst, sr.first)
			} else {
				lt.ttftSteady = append(lt.ttftSteady, sr.first)
			}
			lt.itl = append(lt.itl, sr.gaps...)
		}
	default:
		r.ValidFailed++
		lt.failure("%s: status %d, complete %v, %v", rq.kind, code, sr.complete, bodyErr)
	}
	return backoff
}

func isErrorShape(b []byte) bool {
	var e struct {
		Error *struct {
			Message string `json:"message"`
			Type    string `json:"type"`
		} `json:"error"`
	}
	return json.Unmarshal(b, &e) == nil && e.Error != nil && e.Error.Message != "" && e.Error.Type != ""
}

// streamResult is what a stream told: the time to the first text, the gaps
// between later text events, the usage's token counts, and whether it ended
// properly.
type streamResult struct {
	first        time.Duration
	gaps         []time.Duration
	tokens       int // completion tokens
	promptTokens int // 0 if the server did not say
	cachedTokens int // usage.prompt_tokens_details.cached_tokens, 0 if the server did not say
	complete     bool
	abandoned    bool   // the reader stopped after stopAfter text events
	text         string // the text of the first choice
}

// readStream reads an SSE response: an OpenAI stream, complete when it ends
// with [DONE] after a finish reason, or llama.cpp's native /completion
// stream, complete at its "stop" event. With stopAfter >= 0 it stops, as a
// client that goes away, after that many text events.
func readStream(body io.Reader, t0 time.Time, stopAfter int) (r streamResult, err error) {
	var last time.Time
	var events int
	var text strings.Builder
	defer func() { r.text = text.String() }()
	if stopAfter == 0 {
		r.abandoned = true
		return r, nil
	}
	sawUsage := false
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	finished := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			return r, fmt.Errorf("bad SSE line %.100q", line)
		}
		if data == "[DONE]" {
			if !sawUsage {
				// A server that reports no usage in streams (llama.cpp's
				// server): count text events, one per token there.
				r.tokens = events
			}
			r.complete = finished
			return r, nil
		}
		var ev struct {
			Choices []struct {
				Text  *string `json:"text"`
				Delta *struct {
					Content *string `json:"content"`
				} `json:"delta"`
				FinishReason *string `json:"finish_reason"`
			} `json:"choices"`
			Usage *struct {
				PromptTokens        int `json:"prompt_tokens"`
				CompletionTokens    int `json:"completion_tokens"`
				PromptTokensDetails *struct {
					CachedTokens int `json:"cached_tokens"`
				} `json:"prompt_tokens_details"`
			} `json:"usage"`
			Error *json.RawMessage `json:"error"`
			// llama.cpp's native /completion stream.
			Content         *string `json:"content"`
			Stop            bool    `json:"stop"`
			TokensPredicted int     `json:"tokens_predicted"`
			TokensEvaluated int     `json:"tokens_evaluated"`
		}
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			return r, fmt.Errorf("bad SSE event: %w", err)
		}
		if ev.Error != nil {
			return r, fmt.Errorf("error event: %s", *ev.Error)
		}
		if ev.Usage != nil {
			r.tokens, r.promptTokens, sawUsage = ev.Usage.CompletionTokens, ev.Usage.PromptTokens, true
			if d := ev.Usage.PromptTokensDetails; d != nil {
				r.cachedTokens = d.CachedTokens
			}
		}
		if ev.Content != nil && *ev.Content != "" {
			ev.Choices = append(ev.Choices, struct {
				Text  *string `json:"text"`
				Delta *struct {
					Content *string `json:"content"`
				} `json:"delta"`
				FinishReason *string `json:"finish_reason"`
			}{Text: ev.Content})
		}
		for _, c := range ev.Choices {
			s := ""
			if c.Text != nil {
				s = *c.Text
			} else if c.Delta != nil && c.Delta.Content != nil {
				s = *c.Delta.Content
			}
			if s != "" {
				text.WriteString(s)
				events++
				now := time.Now()
				if r.first == 0 {
					r.first = now.Sub(t0)
				} else {
					r.gaps = append(r.gaps, now.Sub(last))
				}
				last = now
			}
			if c.FinishReason != nil {
				finished = true
			}
		}
		if stopAfter > 0 && events >= stopAfter && !finished && !ev.Stop {
			r.abandoned = true
			return r, nil
		}
		if ev.Stop { // the native stream's last event: no [DONE] follows
			r.tokens, r.promptTokens, r.complete = ev.TokensPredicted, ev.TokensEvaluated, true
			return r, nil
		}
	}
	if err := sc.Err(); err != nil {
		return r, err
	}
	return r, errors.New("stream ended without [DONE]")
}

var prompts = []string{
	"The quick brown fox", "Once upon a time", "Explain ternary weights in one sentence.",
	"List three prime numbers:", "Hello", "Translate to French: good morning", "def fibonacci(n):",
	"The capital of France is", "Write a haiku about memory bandwidth.", "1, 2, 3, 4,",
}

func (lt *runner) valid(rng *rand.Rand) request {
	stream := rng.Float64() < lt.cfg.StreamShare
	chat := rng.Float64() < lt.cfg.ChatShare
	p := prompts[rng.IntN(len(prompts))]
	body := map[string]any{"model": lt.cfg.Model, "max_tokens": 1 + rng.IntN(lt.cfg.MaxTokens), "seed": rng.IntN(1 << 30)}
	switch rng.IntN(4) {
	case 0:
		body["temperature"] = 0
	case 1:
		body["temperature"], body["top_p"] = 0.7, 0.9
	case 2:
		body["stop"] = []string{"\n\n", "."}
	}
	if stream {
		body["stream"] = true
		body["stream_options"] = map[string]bool{"include_usage": true}
	}
	kind := "completion"
	path := "/v1/completions"
	if chat {
		kind, path = "chat", "/v1/chat/completions"
		body["messages"] = []map[string]string{{"role": "user", "content": p}}
		if rng.IntN(4) == 0 {
			body["logprobs"], body["top_logprobs"] = true, 2
		}
	} else {
		body["prompt"] = p
		if rng.IntN(4) == 0 {
			body["logprobs"] = 2
		}
	}
	if stream {
		kind += "-stream"
	}
	b, _ := json.Marshal(body)
	return request{kind: kind, method: http.MethodPost, path: path, body: b, stream: stream}
}

// bench is a streamed greedy completion of exactly MaxTokens tokens whose
// prompt starts with a request number, so no two share a cached prefix.
func (lt *runner) bench(ctx context.Context, rng *rand.Rand) request {
	lt.mu.Lock()
	lt.seq++
	n := lt.seq
	lt.mu.Unlock()
	tag, text := rng.Uint32(), prompts[rng.IntN(len(prompts))]
	words := lt.padWords
	if lt.perWord > 0 {
		if mix := lt.cfg.PromptMix; len(mix) > 0 {
			words += int(math.Round(float64(mix[rng.IntN(len(mix))]-lt.calTarget) / lt.perWord))
		}
		// The number, tag and text take more or fewer tokens than in the
		// calibration: pad less or more to keep the length.
		if k, err := lt.tokenize(ctx, lt.benchPrompt(n, tag, text, 0)); err == nil {
			words += int(math.Round(float64(lt.baseTokens-k) / lt.perWord))
		}
		words = max(0, words)
	}
	prompt := lt.benchPrompt(n, tag, text, words)
	if lt.cfg.LlamaCpp {
		js, _ := json.Marshal(map[string]any{"prompt": prompt, "n_predict": lt.cfg.MaxTokens, "temperature": 0,
			"ignore_eos": true, "stream": true, "cache_prompt": false})
		return request{kind: benchLlamaKind, method: http.MethodPost, path: "/completion", body: js, stream: true}
	}
	body := map[string]any{"model": lt.cfg.Model, "prompt": prompt, "max_tokens": lt.cfg.MaxTokens,
		"temperature": 0, "ignore_eos": true, "stream": true, "stream_options": map[string]bool{"include_usage": true}}
	js, _ := json.Marshal(body)
	return request{kind: benchKind, method: http.MethodPost, path: "/v1/completions", body: js, stream: true}
}

const (
	benchKind      = "bench-stream"
	benchLlamaKind = "bench-llamacpp"
)

// benchPrompt is request n's prompt: the shared start (SharedTokens), its
// number, the run's tag and a random one (so no two prompts, of this run or
// another, share a longer prefix worth caching), a short text, then words
// of padding.
func (lt *runner) benchPrompt(n int, tag uint32, text string, words int) string {
	var b strings.Builder
	b.WriteString(lt.shared)
	fmt.Fprintf(&b, "Request %d (%08x %08x): %s", n, lt.run, tag, text)
	for i := 0; i < words; i++ {
		b.WriteString(" ")
		b.WriteString(padVocab[i%len(padVocab)])
	}
	return b.String()
}

// sharedText is the shared start of bench prompts (SharedTokens): words
// of the padding vocabulary in another order than the padding's.
func sharedText(words int) string {
	var b strings.Builder
	b.WriteString("System:")
	for i := 0; i < words; i++ {
		b.WriteString(" ")
		b.WriteString(padVocab[(i*7+3)%len(padVocab)])
	}
	b.WriteString("\n")
	return b.String()
}

// maxPromptTokens bounds PromptTokens (and so the padding calibration).
const maxPromptTokens = 100_000

// calibrate returns the words of padding that make a bench prompt about
// target tokens long, BOS included, as the server's /tokenize counts
// them (our server and llama.cpp's both answer {"content"} with
// {"tokens"}). The count is fitted from a few probes; each request then
// counts its own start (number, tag, text) and pads by the difference.
func (lt *runner) calibrate(ctx context.Context, target int) (int, error) {
	words, base, perWord, err := fitWords(target, func(words int) (int, error) {
		return lt.tokenize(ctx, lt.benchPrompt(1000, 0x89abcdef, prompts[0], words))
	})
	lt.baseTokens, lt.perWord = base, perWord
	return words, err
}

// fitWords returns how many words of padding make count's text about
// target tokens long, BOS included (0 when the text without padding is
// already as long), the tokens without padding, and tokens per word of
// padding (0 if not measured).
func fitWords(target int, count func(words int) (int, error)) (words, base int, perWord float64, err error) {
	want := target - 1 // BOS
	if base, err = count(0); err != nil {
		return 0, 0, 0, err
	}
	if want <= base {
		return 0, base, 0, nil
	}
	probe := want - base
	got, err := count(probe)
	if err != nil {
		return 0, 0, 0, err
	}
	if got <= base {
		return 0, 0, 0, fmt.Errorf("loadtest: /tokenize counted %d tokens with %d words of padding and %d without", got, probe, base)
	}
	words = int(float64(probe) * float64(want-base) / float64(got-base))
	// One correction step: the ratio is not exactly linear at the edges.
	if got, err = count(words); err != nil {
		return 0, 0, 0, err
	}
	perWord = float64(got-base) / float64(max(words, 1))
	words = max(0, words+int(float64(want-got)/perWord))
	return words, base, perWord, nil
}

// tokenize counts the tokens of text with the server's /tokenize.
func (lt *runner) tokenize(ctx context.Context, text string) (int, error) {
	js, _ := json.Marshal(map[string]any{"content": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, lt.base+"/tokenize", bytes.NewReader(js))
	if err != nil {
		return 0, fmt.Errorf("loadtest: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if lt.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+lt.cfg.APIKey)
	}
	resp, err := lt.client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("loadtest: sizing prompts: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return 0, fmt.Errorf("loadtest: sizing prompts: POST /tokenize: %s", resp.Status)
	}
	var out struct {
		Tokens []json.RawMessage `json:"tokens"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&out); err != nil {
		return 0, fmt.Errorf("loadtest: sizing prompts: POST /tokenize: %w", err)
	}
	return len(out.Tokens), nil
}

var padVocab = strings.Fields("memory bandwidth bounds decoding speed on ordinary processors while ternary weights " +
	"shrink every layer to less than two bits so batching many sequences reads them once per step")

// malformedBodies are requests a correct server answers with a 4xx.
var malformedBodies = []struct {
	kind, path, body string
}{
	{"bad-json", "/v1/completions", `{"prompt": "x",`},
	{"not-object", "/v1/chat/completions", `[1, 2, 3]`},
	{"prompt-type", "/v1/completions", `{"prompt": 5}`},
	{"max-tokens-negative", "/v1/completions", `{"prompt": "x", "max_tokens": -3}`},
	{"max-tokens-huge", "/v1/completions", `{"prompt": "x", "max_tokens": 100000000}`},
	{"temperature", "/v1/completions", `{"prompt": "x", "temperature": 9}`},
	{"n", "/v1/chat/completions", `{"messages": [{"role": "user", "content": "x"}], "n": 99}`},
	{"no-messages", "/v1/chat/completions", `{"messages": []}`},
	{"role", "/v1/chat/completions", `{"messages": [{"role": "wizard", "content": "x"}]}`},
	{"image", "/v1/chat/completions", `{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}`},
	{"stream-type", "/v1/chat/completions", `{"messages": [{"role": "user", "content": "x"}], "stream": "yes"}`},
	{"token-range", "/v1/completions", `{"prompt": [1, 2000000000]}`},
	{"top-logprobs", "/v1/chat/completions", `{"messages": [{"role": "user", "content": "x"}], "logprobs": true, "top_logprobs": 99}`},
	{"logit-bias", "/v1/completions", `{"prompt": "x", "logit_bias": {"1": 500}}`},
	{"wrong-model", "/v1/completions", `{"model": "no-such-model", "prompt": "x"}`},
	{"unknown-endpoint", "/v1/images/generations", `{"prompt": "x"}`},
}

func (lt *runner) malformed(rng *rand.Rand) request {
	i := rng.IntN(len(malformedBodies) + 4)
	switch {
	case i < len(malformedBodies):
		m := malformedBodies[i]
		return request{kind: "bad:" + m.kind, method: http.MethodPost, path: m.path, body: []byte(m.body), malformed: true}
	case i == len(malformedBodies):
		return request{kind: "bad:method", method: http.MethodGet, path: "/v1/chat/completions", malformed: true}
	case i == len(malformedBodies)+1:
		// An unterminated string past any sane body limit: 413, or 400 if the limit is higher.
		big := append([]byte(`{"prompt": "`), bytes.Repeat([]byte("a"), 2<<20)...)
		return request{kind: "bad:oversize", method: http.MethodPost, path: "/v1/completions", body: big, malformed: true}
	case i == len(malformedBodies)+2 && lt.cfg.APIKey != "":
		return request{kind: "bad:no-key", method: http.MethodPost, path: "/v1/completions", body: []byte(`{"prompt": "x"}`),
			malformed: true, noAuth: true}
	default:
		// Random bytes: never valid JSON of the right shape.
		b := make([]byte, 1+rng.IntN(64))
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		b[0] = '~'
		return request{kind: "bad:garbage", method: http.MethodPost, path: "/v1/chat/completions", body: b, malformed: true}
	}
}

// maxVerify bounds Config.Verify: each re-sent request runs alone.
const maxVerify = 1000

// verify re-sends kept bench requests one at a time (half of them abandoned
// streams where there are enough) and compares their texts with the load's.
func (lt *runner) verify(ctx context.Context) {
	nPart := min(len(lt.partial), lt.cfg.Verify/2)
	nFull := min(len(lt.full), lt.cfg.Verify-nPart)
	nPart = min(len(lt.partial), lt.cfg.Verify-nFull)
	for _, s := range append(lt.full[:nFull:nFull], lt.partial[:nPart]...) {
		if ctx.Err() != nil {
			return
		}
		alone, err := lt.resend(ctx, s.rq)
		lt.mu.Lock()
		lt.rep.VerifySent++
		switch {
		case err != nil:
			lt.rep.VerifyMismatch++
			lt.failure("verify: %s re-sent alone: %v", s.rq.kind, err)
		case !strings.HasPrefix(alone.text, s.text) || (!s.partial && alone.text != s.text):
			lt.rep.VerifyMismatch++
			lt.failure("verify: %s: under load %s, alone %s", s.rq.kind, excerpt(s.text, alone.text), excerpt(alone.text, s.text))
		}
		if alone.cachedTokens > 0 {
			lt.rep.VerifyCached++
		}
		lt.mu.Unlock()
	}
}

// resend sends rq again and reads its whole stream.
func (lt *runner) resend(ctx context.Context, rq request) (streamResult, error) {
	req, err := http.NewRequestWithContext(ctx, rq.method, lt.base+rq.path, bytes.NewReader(rq.body))
	if err != nil {
		return streamResult{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if lt.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+lt.cfg.APIKey)
	}
	resp, err := lt.client.Do(req)
	if err != nil {
		return streamResult{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return streamResult{}, fmt.Errorf("status %s", resp.Status)
	}
	return readStream(resp.Body, time.Now(), -1)
}

// excerpt quotes a around the first byte where it differs from b.
func excerpt(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(0, i-20), min(len(a), i+40)
	return fmt.Sprintf("%d bytes, from byte %d: %q", len(a), lo, a[lo:hi])
}

// leftBusy polls the server's vLLM-style gauges until no request is running
// or waiting, for up to 10 s, and returns what is left; -1 if the server
// does not export them.
func (lt *runner) leftBusy(ctx context.Context) int {
	deadline := time.Now().Add(10 * time.Second)
	for {
		busy := -1
		if body, err := lt.metrics(ctx); err == nil {
			running, ok1 := MetricValue(strings.NewReader(body), "vllm:num_requests_running")
			waiting, ok2 := MetricValue(strings.NewReader(body), "vllm:num_requests_waiting")
			if ok1 || ok2 {
				busy = int(running + waiting)
			}
		}
		if busy <= 0 || time.Now().After(deadline) || ctx.Err() != nil {
			return busy
		}
		t := time.NewTimer(250 * time.Millisecond)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
		}
	}
}

// modelID asks the server which model it serves.
func (lt *runner) modelID(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lt.base+"/v1/models", nil)
	if err != nil {
		return "", fmt.Errorf("loadtest: %w", err)
	}
	if lt.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+lt.cfg.APIKey)
	}
	resp, err := lt.client.Do(req)
	if err != nil {
		return "", fmt.Errorf("loadtest: %w", err)
	}
	defer resp.Body.Close()
	var list struct {
		Data []struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("loadtest: GET /v1/models: %s", resp.Status)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&list); err != nil || len(list.Data) == 0 {
		return "", fmt.Errorf("loadtest: GET /v1/models: no model listed (%v)", err)
	}
	return list.Data[0].ID, nil
}

// metrics returns the server's /metrics text.
func (lt *runner) metrics(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lt.base+"/metrics", nil)
	if err != nil {
		return "", err
	}
	if lt.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+lt.cfg.APIKey)
	}
	resp, err := lt.client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("GET /metrics: %s", resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	return string(b), err
}

// serverRSS reads process_resident_memory_bytes from the server's /metrics.
func (lt *runner) serverRSS(ctx context.Context) int64 {
	body, err := lt.metrics(ctx)
	if err != nil {
		return 0
	}
	return ParseRSS(strings.NewReader(body))
}

// ParseRSS returns the value of process_resident_memory_bytes in a
// Prometheus text exposition, or 0.
func ParseRSS(r io.Reader) int64 {
	v, _ := MetricValue(r, "process_resident_memory_bytes")
	return int64(v)
}

// MetricValue returns the sum of the samples named name (any labels) in a
// Prometheus text exposition, and whether there was one.
func MetricValue(r io.Reader, name string) (float64, bool) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	sum, found := 0.0, false
	for sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, name)
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '{') {
			continue
		}
		if rest[0] == '{' {
			end := strings.LastIndexByte(rest, '}')
			if end < 0 {
				continue
			}
			rest = rest[end+1:]
		}
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			continue
		}
		f, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			continue
		}
		sum, found = sum+f, true
	}
	return sum, found
}
