package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/loadtest"
)

// runLoadtest handles `bitnet loadtest`: a bounded load test of a server on
// this machine (loopback addresses only).
func runLoadtest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("loadtest", stdout, stderr, "[-url http://127.0.0.1:8080] [-c 8] [-d 30s] [flags]",
		"bitnet loadtest -url http://127.0.0.1:8080 -c 8 -d 30s",
		"bitnet loadtest -c 32 -n 1000 -malformed 0.2 -api-key \"$BITNET_API_KEY\"")
	var cfg loadtest.Config
	fs.StringVar(&cfg.URL, "url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	fs.IntVar(&cfg.Clients, "c", 8, "concurrent clients")
	fs.DurationVar(&cfg.Duration, "d", 30*time.Second, fmt.Sprintf("how long to send requests (at most %v)", loadtest.MaxDuration))
	fs.IntVar(&cfg.MaxRequests, "n", 0, "stop after this many requests (0: only the duration bounds the run)")
	fs.Float64Var(&cfg.Malformed, "malformed", 0.1, "share of malformed requests (each must get a 4xx)")
	fs.Float64Var(&cfg.StreamShare, "stream", 0.5, "share of well-formed requests that stream")
	fs.Float64Var(&cfg.ChatShare, "chat", 0.5, "share of well-formed requests that use /v1/chat/completions")
	fs.IntVar(&cfg.MaxTokens, "max-tokens", 8, "max_tokens of well-formed requests are drawn from 1..this")
	fs.StringVar(&cfg.Model, "model", "", "model id to send (default: ask /v1/models)")
	fs.StringVar(&cfg.APIKey, "api-key", "", "bearer key for the server")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "seed of the request mix")
	fs.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "client time limit per request")
	fs.DurationVar(&cfg.ProgressEach, "progress", 30*time.Second, "print progress this often (0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg.Progress = stderr
	rep, err := loadtest.Run(ctx, cfg)
	if rep != nil {
		rep.WriteText(stdout)
	}
	if err != nil {
		return err
	}
	if !rep.OK() {
		return fmt.Errorf("load test failed: %d 5xx, %d transport errors, %d malformed requests without a 4xx, %d failed requests",
			rep.Server5xx(), rep.TransportErrors, rep.MalformedNot4xx, rep.ValidFailed)
	}
	return nil
}
