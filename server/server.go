// Package server is an OpenAI-compatible HTTP server for a bitnet.Model:
// POST /v1/completions and /v1/chat/completions (JSON or Server-Sent Events
// with "stream": true), GET /v1/models, health endpoints for orchestrators
// (/health, /health/live, /health/ready) and Prometheus metrics (/metrics).
//
// The model is shared; each running request holds one of a fixed number of
// slots, each owning a reusable Session, so memory stays bounded. Requests
// beyond the slots wait in a bounded queue; when it is full the server answers
// 429 with Retry-After. A client that disconnects stops its generation within
// one token. Serve drains in-flight requests when its context ends.
//
// Input never causes a 5xx: every malformed or unsupported request is a 4xx in
// OpenAI's error shape. Logs are structured (log/slog) and carry no prompt or
// completion text unless Options.LogPrompts is set.
package server

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/internal/sysinfo"
	"github.com/bitnet-go/bitnet-go/receipt"
)

// Options configures a Server. The zero value of every field means its default.
type Options struct {
	// ModelID is the model's name in the API ("model" fields, /v1/models).
	// Default: the model file's base name without ".gguf". Requests may omit
	// "model" or name this id; another name is a 404.
	ModelID string
	// Slots is the most generations that run at once, each with its own
	// Session (KV cache); they share batched forward steps. Default 2.
	Slots int
	// KVCacheBytes is the KV cache memory that running requests (prompt plus
	// max_tokens positions each) and the prefix cache may hold; a request
	// that does not fit waits in the queue. Default: Slots x the context length.
	KVCacheBytes int64
	// PrefixCache is how many finished sessions are kept so that requests
	// sharing a prompt prefix reuse their KV cache. Default 4; negative: none.
	PrefixCache int
	// QueueSize is how many requests may wait for a slot; past it requests
	// get 429. Default 8 x Slots; negative means no queue.
	QueueSize int
	// APIKeys, if any, are required as "Authorization: Bearer KEY" on /v1/*
	// and /metrics. Health endpoints stay open for orchestrators.
	APIKeys []string
	// MaxBodyBytes limits request bodies (413 past it). Default 1 MiB.
	MaxBodyBytes int64
	// DefaultMaxTokens is the completion length when a request sets none
	// (capped by the room left in the context). Default 256.
	DefaultMaxTokens int
	// MaxTokens caps max_tokens (400 past it); 0 means the context length.
	MaxTokens int
	// Sampling holds the defaults for sampling fields a request omits; nil
	// means bitnet.DefaultSampling(). Its Seed is ignored: a request without
	// "seed" gets a random one.
	Sampling *bitnet.SamplingParams
	// RequestTimeout bounds a generation request from arrival to its last
	// byte, queueing included. Default 5 minutes.
	RequestTimeout time.Duration
	// WriteTimeout bounds each write to the client (a client that stops
	// reading a stream is dropped after it). Default 30 s.
	WriteTimeout time.Duration
	// ReadTimeout bounds reading the request headers, and then the body.
	// Default 30 s.
	ReadTimeout time.Duration
	// IdleTimeout closes keep-alive connections idle this long. Default 60 s.
	IdleTimeout time.Duration
	// DrainDelay is how long Serve keeps accepting (answering /health/ready
	// with 503) after its context ends, so load balancers stop routing to it
	// before the listener closes. Default 0.
	DrainDelay time.Duration
	// ShutdownTimeout bounds the wait for in-flight requests on shutdown;
	// generations still running then are cancelled. Default 30 s.
	ShutdownTimeout time.Duration
	// ReceiptDir, if set, receives one receipt (receipt.Receipt JSON, named
	// after the request id) per successfully completed generation.
	ReceiptDir string
	// Logger receives structured request logs. Default: discard.
	Logger *slog.Logger
	// LogPrompts adds prompt and completion text to the request logs.
	LogPrompts bool
	// Registry receives the server's metrics; nil means a new registry.
	Registry *prometheus.Registry
}

func (o *Options) setDefaults() error {
	def := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	if o.Slots == 0 {
		o.Slots = 2
	}
	switch {
	case o.QueueSize == 0:
		o.QueueSize = 8 * o.Slots
	case o.QueueSize < 0:
		o.QueueSize = 0
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.DefaultMaxTokens == 0 {
		o.DefaultMaxTokens = 256
	}
	def(&o.RequestTimeout, 5*time.Minute)
	def(&o.WriteTimeout, 30*time.Second)
	def(&o.ReadTimeout, 30*time.Second)
	def(&o.IdleTimeout, 60*time.Second)
	def(&o.ShutdownTimeout, 30*time.Second)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Sampling == nil {
		d := bitnet.DefaultSampling()
		o.Sampling = &d
	}
	switch {
	case o.Slots < 0, o.QueueSize < 0, o.MaxBodyBytes < 0, o.DefaultMaxTokens < 0, o.MaxTokens < 0:
		return fmt.Errorf("server: negative size in options")
	case o.RequestTimeout < 0, o.WriteTimeout < 0, o.ReadTimeout < 0, o.IdleTimeout < 0, o.DrainDelay < 0, o.ShutdownTimeout < 0:
		return fmt.Errorf("server: negative duration in options")
	}
	if err := o.Sampling.Validate(); err != nil {
		return fmt.Errorf("server: default sampling: %w", err)
	}
	for _, k := range o.APIKeys {
		if k == "" {
			return fmt.Errorf("server: empty API key")
		}
	}
	return nil
}

// Server serves one model over HTTP. Create it with New, give it the model
// with SetModel (it answers 503 until then), and run it with Serve.
type Server struct {
	opts     Options
	reg      *prometheus.Registry
	met      *metrics
	handler  http.Handler
	started  time.Time
	keys     [][32]byte // SHA-256 of each API key
	draining atomic.Bool
	st       atomic.Pointer[modelState]
	overlap  overlapTracker

	// hardStop is cancelled when the shutdown timeout passes: it cancels the
	// generations still running.
	hardStop   context.Context
	cancelHard context.CancelFunc
	// abortCtx is cancelled by Abort; aborted is its Done channel.
	abortCtx context.Context
	abort    context.CancelFunc
	aborted  <-chan struct{}

	// Test hooks: onDone is called when a generation request ends;
	// afterAcquire runs once a request holds a slot, before generating.
	onDone       func(id string, completionTokens int, err error)
	afterAcquire func(ctx context.Context)
}

// modelState is what SetModel prepares.
type modelState struct {
	model       *bitnet.Model
	info        bitnet.Info
	id          string
	created     int64
	fingerprint string
	sched       *scheduler
	sha256      func() (string, error) // the model file's hash, computed once for receipts
}

// New returns a server with no model yet.
func New(opts Options) (*Server, error) {
	if err := opts.setDefaults(); err != nil {
		return nil, err
	}
	s := &Server{opts: opts, started: time.Now(), reg: opts.Registry}
	if s.reg == nil {
		s.reg = prometheus.NewRegistry()
	}
	for _, k := range opts.APIKeys {
		s.keys = append(s.keys, sha256.Sum256([]byte(k)))
	}
	s.hardStop, s.cancelHard = context.WithCancel(context.Background())
	s.abortCtx, s.abort = context.WithCancel(context.Background())
	s.aborted = s.abortCtx.Done()
	s.met = newMetrics(s.reg, s)
	s.handler = s.routes()
	return s, nil
}

// SetModel makes the server ready to serve m. It can be called once; m must
// stay open until Serve has returned and Close was called.
func (s *Server) SetModel(m *bitnet.Model) error {
	info := m.Info()
	id := s.opts.ModelID
	if id == "" {
		id = strings.TrimSuffix(filepath.Base(info.Path), ".gguf")
	}
	b := sysinfo.ReadBuild()
	fp := "bitnet-go-" + strings.Fields(info.Engine.Device + " ")[0] + "-" + info.Engine.Mode.String()
	if b.Revision != "" {
		fp += "-" + b.Revision[:min(len(b.Revision), 12)]
	}
	st := &modelState{
		model: m, info: info, id: id, created: time.Now().Unix(), fingerprint: fp,
		sched: newScheduler(m, s.opts.Slots, s.opts.QueueSize, s.opts.KVCacheBytes, s.opts.PrefixCache),
		sha256: sync.OnceValues(func() (string, error) {
			return receipt.HashFile(context.Background(), info.Path)
		}),
	}
	if !s.st.CompareAndSwap(nil, st) {
		return errors.New("server: SetModel called twice")
	}
	s.opts.Logger.Info("model ready", "model", id, "device", info.Engine.Device, "slots", s.opts.Slots,
		"queue", s.opts.QueueSize, "context", info.ContextLen)
	return nil
}

// Handler returns the server's HTTP handler, for tests or for mounting in
// another server (Serve uses it too).
func (s *Server) Handler() http.Handler { return s.handler }

// Registry returns the registry holding the server's metrics.
func (s *Server) Registry() *prometheus.Registry { return s.reg }

// Ready reports whether the model is loaded and the server is not draining.
func (s *Server) Ready() bool { return s.state() != nil && !s.draining.Load() }

// Serve answers requests on ln until ctx ends (or Abort is called), then
// shuts down gracefully: /health/ready turns 503, after DrainDelay the
// listener closes, and in-flight requests get up to ShutdownTimeout to
// finish. Generations still running then are cancelled: a stream receives
// an SSE error event (code "shutting_down"), a plain request a 503, and
// Serve waits for their handlers (up to cutGrace) before it drops the
// connections. It returns nil after a clean shutdown, cut generations
// included. Serve may be called once.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.opts.ReadTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.opts.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	case <-s.aborted:
	}
	s.draining.Store(true)
	s.opts.Logger.Info("draining", "in_flight", s.active(), "queued", s.queued())
	if s.opts.DrainDelay > 0 {
		t := time.NewTimer(s.opts.DrainDelay)
		select {
		case <-t.C:
		case <-s.aborted:
			t.Stop()
		case err := <-errc:
			t.Stop()
			return fmt.Errorf("server: %w", err)
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout)
	defer cancel()
	stopAbort := context.AfterFunc(s.abortCtx, cancel)
	defer stopAbort()
	var err error
	if hs.Shutdown(sctx) != nil {
		// Past the timeout (or aborted): cancel the generations, give their
		// handlers a moment to send the error event, then drop the rest.
		s.opts.Logger.Warn("shutdown: cancelling the generations still running", "in_flight", s.active(),
			"timeout", s.opts.ShutdownTimeout, "aborted", s.abortCtx.Err() != nil)
		s.cancelHard()
		gctx, gcancel := context.WithTimeout(context.Background(), cutGrace)
		if hs.Shutdown(gctx) != nil {
			s.opts.Logger.Warn("shutdown: closing connections whose handlers did not finish", "grace", cutGrace)
			if cerr := hs.Close(); cerr != nil {
				err = fmt.Errorf("server: shutdown: %w", cerr)
			}
		}
		gcancel()
	}
	<-errc // http.ErrServerClosed
	s.opts.Logger.Info("stopped")
	return err
}

// cutGrace is how long the handlers of generations cancelled at shutdown
// get to send their error event: a cancelled generation stops within one
// layer of a forward pass, and writes are bounded by WriteTimeout anyway.
const cutGrace = 5 * time.Second

// Abort hurries a shutdown: the drain delay and the shutdown timeout are
// skipped, so the generations still running are cancelled at once (each
// gets its error event) and Serve returns when their handlers are done.
// Called before the shutdown began, it starts it. It is safe to call more
// than once and from any goroutine (a second SIGINT or SIGTERM).
func (s *Server) Abort() { s.abort() }

// Close cancels any generation still running, waits for their handlers to
// give back their slots, and frees the slots' sessions. Call it after Serve
// returned, before closing the model.
func (s *Server) Close() error {
	s.cancelHard()
	if st := s.state(); st != nil {
		return st.sched.close()
	}
	return nil
}

func (s *Server) state() *modelState { return s.st.Load() }

func (s *Server) queued() int64 {
	if st := s.state(); st != nil {
		return st.sched.queued.Load()
	}
	return 0
}

func (s *Server) active() int64 {
	if st := s.state(); st != nil {
		return st.sched.active.Load()
	}
	return 0
}

// endpoints are the metric labels of the known paths.
var endpoints = map[string]string{
	"/v1/completions":      "completions",
	"/v1/chat/completions": "chat",
	"/v1/models":           "models",
	"/health":              "health",
	"/health/live":         "live",
	"/health/ready":        "ready",
	"/metrics":             "metrics",
}

func endpointOf(path string) string {
	if e, ok := endpoints[path]; ok {
		return e
	}
	if strings.HasPrefix(path, "/v1/models/") {
		return "models"
	}
	return "other"
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/completions", s.handleGenerate(false))
	mux.HandleFunc("/v1/chat/completions", s.handleGenerate(true))
	mux.HandleFunc("/v1/models", s.handleModels)
	mux.HandleFunc("/v1/embeddings", s.handleEmbeddings)
	mux.HandleFunc("/tokenize", s.handleTokenize)
	mux.HandleFunc("/detokenize", s.handleDetokenize)
	mux.HandleFunc("/v1/models/", s.handleModels)
	mux.HandleFunc("/health", s.handleHealth)
	mux.HandleFunc("/health/live", s.handleLive)
	mux.HandleFunc("/health/ready", s.handleReady)
	metricsH := promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{Registry: s.reg})
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			fail(w, r, errMethod("GET"))
			return
		}
		metricsH.ServeHTTP(w, r)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fail(w, r, errNotFound("unknown_url", "unknown endpoint %s %s", r.Method, r.URL.Path))
	})
	return s.middleware(mux)
}

// reqInfo collects what a handler learned, for the request log line.
type reqInfo struct {
	id                       string
	err                      *APIError
	clientGone               bool
	prompt, completion       int
	ttft, queueWait          time.Duration
	finish                   string
	stream                   bool
	promptText, completeText string
}

type ctxKey struct{}

func infoOf(r *http.Request) *reqInfo {
	if ri, ok := r.Context().Value(ctxKey{}).(*reqInfo); ok {
		return ri
	}
	return &reqInfo{}
}

// statusWriter records the status code; Unwrap keeps http.ResponseController
// (flush, write deadlines) working through it.
type statusWriter struct {
	http.ResponseWriter
	code  int
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// statusClientClosed is logged and counted (never sent) for a client that
// went away before its response was complete, as nginx does.
const statusClientClosed = 499

func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ri := &reqInfo{id: newID()}
		r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, ri))
		sw := &statusWriter{ResponseWriter: w}
		sw.Header().Set("X-Request-Id", ri.id)
		endpoint := endpointOf(r.URL.Path)
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.opts.Logger.Error("handler panic", "id", ri.id, "panic", fmt.Sprint(p))
				if !sw.wrote {
					fail(sw, r, errInternal("internal error"))
				}
			}
			code := sw.code
			switch {
			case ri.clientGone:
				code = statusClientClosed // even if a stream had started
			case !sw.wrote:
				code = http.StatusOK
			}
			dur := time.Since(start)
			s.met.observe(endpoint, code, dur.Seconds())
			if ri.err != nil {
				s.met.errors.WithLabelValues(endpoint, ri.err.Type).Inc()
			}
			s.logRequest(r, ri, code, dur)
		}()
		if s.needsAuth(r.URL.Path) && !s.authorized(r) {
			fail(sw, r, errUnauthorized("missing or invalid API key: send Authorization: Bearer KEY"))
			return
		}
		next.ServeHTTP(sw, r)
	})
}

func (s *Server) logRequest(r *http.Request, ri *reqInfo, code int, dur time.Duration) {
	level := slog.LevelInfo
	switch ep := endpointOf(r.URL.Path); {
	case code == http.StatusInternalServerError:
		level = slog.LevelError
	case ep == "health" || ep == "live" || ep == "ready" || ep == "metrics":
		level = slog.LevelDebug // probes and scrapes would drown the log
	case code >= 500:
		level = slog.LevelWarn // loading, draining, timeouts: expected states
	}
	attrs := []slog.Attr{
		slog.String("id", ri.id), slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", code), slog.Duration("duration", dur), slog.String("remote", r.RemoteAddr),
	}
	if ri.prompt > 0 {
		attrs = append(attrs, slog.Int("prompt_tokens", ri.prompt), slog.Int("completion_tokens", ri.completion),
			slog.Bool("stream", ri.stream), slog.Duration("queue_wait", ri.queueWait), slog.Duration("ttft", ri.ttft),
			slog.String("finish", ri.finish))
	}
	if ri.err != nil {
		attrs = append(attrs, slog.String("error", ri.err.Message))
	}
	if s.opts.LogPrompts && ri.promptText != "" {
		attrs = append(attrs, slog.String("prompt", ri.promptText), slog.String("completion", ri.completeText))
	}
	s.opts.Logger.LogAttrs(context.Background(), level, "request", attrs...)
}

// fail sends e and records it for the log.
func fail(w http.ResponseWriter, r *http.Request, e *APIError) {
	infoOf(r).err = e
	writeError(w, e)
}

func (s *Server) needsAuth(path string) bool {
	return len(s.keys) > 0 && (strings.HasPrefix(path, "/v1/") || path == "/v1" || path == "/metrics" ||
		path == "/tokenize" || path == "/detokenize")
}

// authorized compares the bearer token with every key in constant time (over
// fixed-length hashes, so neither the key nor its length leaks through timing).
func (s *Server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(h[len(prefix):])))
	ok := 0
	for i := range s.keys {
		ok |= subtle.ConstantTimeCompare(sum[:], s.keys[i][:])
	}
	return ok == 1
}

func (s *Server) handleLive(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "alive"})
}

func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	h := s.health()
	code := http.StatusOK
	if h.Status != "ok" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, map[string]string{"status": h.Status})
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	h := s.health()
	code := http.StatusOK
	if h.Status != "ok" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, h)
}

func (s *Server) health() Health {
	h := Health{Status: "ok", UptimeSeconds: time.Since(s.started).Seconds(), Slots: s.opts.Slots,
		Version: sysinfo.ReadBuild().Version}
	st := s.state()
	switch {
	case st == nil:
		h.Status = "loading"
	case s.draining.Load():
		h.Status = "draining"
	}
	if st != nil {
		h.Model, h.Backend = st.id, st.info.Engine.Device
		h.Active, h.Queued = st.sched.active.Load(), st.sched.queued.Load()
	}
	return h
}

func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		fail(w, r, errMethod("GET"))
		return
	}
	st := s.state()
	if st == nil {
		fail(w, r, errUnavailable("model_loading", "the model is still loading", 5))
		return
	}
	obj := ModelObject{ID: st.id, Object: "model", Created: st.created, OwnedBy: "bitnet-go"}
	if name, ok := strings.CutPrefix(r.URL.Path, "/v1/models/"); ok {
		if name != st.id {
			fail(w, r, errNotFound("model_not_found", "the model %q does not exist", name))
			return
		}
		writeJSON(w, http.StatusOK, obj)
		return
	}
	writeJSON(w, http.StatusOK, ModelList{Object: "list", Data: []ModelObject{obj}})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, errInternal("encoding the response failed"))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// newID returns 24 random hex digits.
func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// readBody reads the request body within the size limit and the read timeout.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *APIError) {
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Now().Add(s.opts.ReadTimeout))
	defer rc.SetReadDeadline(time.Time{})
	if r.ContentLength > s.opts.MaxBodyBytes {
		return nil, errTooLarge(s.opts.MaxBodyBytes)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, errTooLarge(s.opts.MaxBodyBytes)
		}
		return nil, badRequest("body_read_error", "reading the request body failed: %v", err)
	}
	return body, nil
}

// overlapTracker tells whether a generation ran alone, so that a receipt's
// per-request kernel counts (differences of the model-wide counters) can say
// whether other requests contributed to them.
type overlapTracker struct {
	mu   sync.Mutex
	live map[*span]struct{}
}

type span struct{ overlapped bool }

func (t *overlapTracker) begin() *span {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.live == nil {
		t.live = map[*span]struct{}{}
	}
	sp := &span{}
	if len(t.live) > 0 {
		sp.overlapped = true
		for o := range t.live {
			o.overlapped = true
		}
	}
	t.live[sp] = struct{}{}
	return sp
}

func (t *overlapTracker) end(sp *span) (overlapped bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.live, sp)
	return sp.overlapped
}
