package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/server"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", stdout, stderr, "-m MODEL [--addr HOST:PORT] [flags]",
		"bitnet serve -m model.gguf",
		"bitnet serve -m model.gguf --addr 0.0.0.0:8080 --slots 4 --api-key-file keys.txt",
		"curl http://127.0.0.1:8080/v1/chat/completions -d '{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}'")
	var mf modelFlags
	var sf samplingFlags
	mf.register(fs)
	mf.registerHead(fs)
	sf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address (HOST:PORT; use 0.0.0.0:PORT to accept other machines)")
	slots := fs.Int("slots", 2, "most generations that run at once (1 or more; they share batched forward steps), each with its own KV cache")
	fs.IntVar(slots, "np", 2, "same as -slots")
	queue := fs.Int("queue", 0, "requests that may wait for admission before 429 (0: 8 x slots, -1: none)")
	kvBudget := fs.Int64("kv-budget-mib", 0, "KV cache memory for running requests (prompt + max_tokens each) and the prefix cache, MiB (0: slots x context length)")
	prefixCache := fs.Int("prefix-cache", 0, "finished sessions kept for prompt-prefix reuse (0: 4, -1: none)")
	batching := fs.Bool("batching", true, "run concurrent requests in shared batched forward steps")
	stepTokens := fs.Int("step-tokens", bitnet.DefaultStepTokens, "tokens per shared step: one per running stream, the rest prompt chunks")
	var keys stringList
	fs.Var(&keys, "api-key", "require this bearer key on /v1/* and /metrics (repeatable; prefer -api-key-file or $BITNET_API_KEY)")
	keyFile := fs.String("api-key-file", "", "file with one API key per line")
	maxBody := fs.Int64("max-body", 1<<20, "largest request body in bytes")
	defMax := fs.Int("default-max-tokens", 256, "completion length when a request sets no max_tokens")
	maxTok := fs.Int("max-tokens", 0, "largest max_tokens a request may ask (0: the context length)")
	timeout := fs.Duration("timeout", 5*time.Minute, "time limit per generation request, queueing included")
	writeTimeout := fs.Duration("write-timeout", 30*time.Second, "time limit per write to a client (drops clients that stop reading)")
	readTimeout := fs.Duration("read-timeout", 30*time.Second, "time limit to read request headers, and then the body")
	idleTimeout := fs.Duration("idle-timeout", 60*time.Second, "close keep-alive connections idle this long")
	drainDelay := fs.Duration("drain-delay", 0, "on SIGTERM, keep serving this long with /health/ready at 503 before closing the listener")
	shutdownTimeout := fs.Duration("shutdown-timeout", 30*time.Second, "on SIGTERM, wait this long for in-flight requests")
	receipts := fs.String("receipts", "", "write a receipt (JSON) per completed request into this directory")
	modelID := fs.String("model-id", "", "model name in the API (default: the file name without .gguf)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	logPrompts := fs.Bool("log-prompts", false, "include prompt and completion text in request logs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// server.New would take -slots 0 as its default (2) and fail on -1 with
	// "negative size": say what is wrong in the flag's words instead.
	if *slots < 1 {
		return usageErrorf(fs, "-slots %d: want 1 or more generations at once", *slots)
	}
	if *queue < -1 {
		return usageErrorf(fs, "-queue %d: want -1 (no queue), 0 (8 x slots) or more", *queue)
	}
	if *receipts != "" {
		// Fail at start, not at the first completed request.
		if err := os.MkdirAll(*receipts, 0o755); err != nil {
			return fmt.Errorf("-receipts: %w", err)
		}
		if err := outfile.CheckDir(*receipts); err != nil {
			return fmt.Errorf("-receipts: %w", err)
		}
	}
	if mf.path == "" {
		return fmt.Errorf("no model: pass -m FILE.gguf or -m hf://owner/repo/file.gguf")
	}
	mf.extra = append(mf.extra, bitnet.WithBatching(*batching), bitnet.WithStepTokens(*stepTokens))
	logger, err := newLogger(stderr, *logFormat, *logLevel)
	if err != nil {
		return err
	}
	// The library's records too: with -log-level debug, one per shared step.
	mf.extra = append(mf.extra, bitnet.WithLogger(logger))
	if *keyFile != "" {
		fk, err := readKeyFile(*keyFile)
		if err != nil {
			return err
		}
		keys = append(keys, fk...)
	}
	if k := strings.TrimSpace(os.Getenv("BITNET_API_KEY")); k != "" {
		keys = append(keys, k)
	}
	sampling := sf.params()
	srv, err := server.New(server.Options{
		ModelID: *modelID, Slots: *slots, QueueSize: *queue, KVCacheBytes: *kvBudget << 20, PrefixCache: *prefixCache, APIKeys: keys, MaxBodyBytes: *maxBody,
		DefaultMaxTokens: *defMax, MaxTokens: *maxTok, Sampling: &sampling, RequestTimeout: *timeout,
		WriteTimeout: *writeTimeout, ReadTimeout: *readTimeout, IdleTimeout: *idleTimeout, DrainDelay: *drainDelay,
		ShutdownTimeout: *shutdownTimeout, ReceiptDir: *receipts, Logger: logger, LogPrompts: *logPrompts,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Info("listening", "url", "http://"+ln.Addr().String(), "api_keys", len(keys), "slots", *slots)

	// Serve at once, so that /health and /health/ready answer (503) while the
	// model loads; a failed load stops the server.
	sctx, stopServe := context.WithCancel(ctx)
	defer stopServe()
	stopSignals := handleServeSignals(logger, stopServe, srv.Abort)
	defer stopSignals()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln) }()
	type loaded struct {
		m   *bitnet.Model
		err error
	}
	loadDone := make(chan loaded, 1)
	go func() {
		m, err := mf.load(sctx, stderr)
		if err == nil {
			if err = srv.SetModel(m); err != nil {
				m.Close()
				m = nil
			}
		}
		loadDone <- loaded{m, err}
	}()

	var model *bitnet.Model
	var serveErr error
	select {
	case l := <-loadDone:
		model = l.m
		if l.err != nil {
			stopServe()
			<-served
			if ctx.Err() != nil {
				return nil // interrupted while loading
			}
			return l.err
		}
		i := model.Info()
		c := i.Config
		elem := int64(4) // bytes per cached value
		if i.Engine.KVCache == "f16" || i.Engine.KVCache == "bf16" {
			elem = 2
		}
		kv := int64(c.Layers) * int64(i.ContextLen) * int64(c.KVHeads*c.HeadDim) * 2 * elem
		logger.Info("ready", "model", i.Path, "device", i.Engine.Device, "context", i.ContextLen, "kv_cache", i.Engine.KVCache,
			"kv_cache_per_slot_max", humanBytes(kv), "kv_cache_max", humanBytes(kv*int64(*slots)))
		serveErr = <-served
	case serveErr = <-served:
		stopServe()
		if l := <-loadDone; l.m != nil {
			model = l.m
		}
	}
	closeErr := srv.Close()
	if model != nil {
		closeErr = errors.Join(closeErr, model.Close())
	}
	return errors.Join(serveErr, closeErr)
}

// handleServeSignals makes SIGINT and SIGTERM stop the server in steps: the
// first drains (stop), the second cuts the generations still running at
// once (abort: each stream gets its error event, and the exit stays clean),
// and a third exits immediately with status 1, for a shutdown that is stuck.
// It returns a function that stops the handling.
func handleServeSignals(logger *slog.Logger, stop, abort func()) func() {
	sigs := make(chan os.Signal, 3)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		for n := 1; ; n++ {
			select {
			case <-done:
				return
			case sig := <-sigs:
				switch n {
				case 1:
					logger.Info("signal: shutting down; send it again to cut the generations still running", "signal", sig)
					stop()
				case 2:
					logger.Warn("second signal: cutting the generations still running", "signal", sig)
					abort()
				default:
					logger.Error("third signal: exiting now", "signal", sig)
					os.Exit(1)
				}
			}
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("-log-level %q: want debug, info, warn or error", level)
	}
	o := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, o)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, o)), nil
	}
	return nil, fmt.Errorf("-log-format %q: want text or json", format)
}

// readKeyFile reads API keys, one per line; blank lines and # comments are skipped.
func readKeyFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var keys []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		keys = append(keys, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s holds no API key", path)
	}
	return keys, nil
}
