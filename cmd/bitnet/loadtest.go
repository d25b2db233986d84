package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/loadtest"
)

// runLoadtest handles `bitnet loadtest`: a bounded load test of a server on
// this machine (loopback addresses only), at one or several concurrency levels.
func runLoadtest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("loadtest", stdout, stderr, "[-url http://127.0.0.1:8080] [-c 8 | -c 1,4,8,16] [-d 30s] [flags]",
		"bitnet loadtest -url http://127.0.0.1:8080 -c 8 -d 30s",
		"bitnet loadtest -bench -c 1,4,8,16 -n 16 -max-tokens 128",
		"bitnet loadtest -bench -c 8 -n 40 -prompt-tokens 512 -ramp 20s -max-tokens 64 -d 20m",
		"bitnet loadtest -bench -c 8 -n 64 -prompt-tokens 16,128,512 -cancel 0.3 -verify 16 -max-tokens 64 -d 20m",
		"bitnet loadtest -c 32 -n 1000 -malformed 0.2 -api-key \"$BITNET_API_KEY\"")
	var cfg loadtest.Config
	fs.StringVar(&cfg.URL, "url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	levels := fs.String("c", "8", "concurrent clients, or a comma-separated list of levels run one after another")
	fs.DurationVar(&cfg.Duration, "d", 30*time.Second, fmt.Sprintf("how long to send requests, per level (at most %v)", loadtest.MaxDuration))
	fs.IntVar(&cfg.MaxRequests, "n", 0, "stop after this many requests per level (0: only the duration bounds the run)")
	fs.Float64Var(&cfg.Malformed, "malformed", 0.1, "share of malformed requests (each must get a 4xx)")
	fs.Float64Var(&cfg.StreamShare, "stream", 0.5, "share of well-formed requests that stream")
	fs.Float64Var(&cfg.ChatShare, "chat", 0.5, "share of well-formed requests that use /v1/chat/completions")
	fs.IntVar(&cfg.MaxTokens, "max-tokens", 8, "max_tokens of well-formed requests are drawn from 1..this (with -bench: exactly this)")
	fs.BoolVar(&cfg.Bench, "bench", false, "throughput mode: streamed greedy completions of exactly -max-tokens tokens, distinct prompts, no malformed requests")
	fs.IntVar(&cfg.PromptWords, "prompt-words", 0, "with -bench, pad each prompt to about this many words")
	promptTokens := fs.String("prompt-tokens", "", "with -bench, prompts of about this many tokens (sized with the server's /tokenize; not with -prompt-words); a comma-separated list draws each prompt's length from it")
	fs.IntVar(&cfg.SharedTokens, "shared-tokens", 0, "with -bench, start every prompt with the same text of about this many tokens (a shared system prompt for the server's prefix cache; counted in -prompt-tokens)")
	fs.Float64Var(&cfg.Cancel, "cancel", 0, "share of well-formed requests the client abandons on purpose (streams after a random number of tokens, others after up to 1 s)")
	fs.IntVar(&cfg.Verify, "verify", 0, "with -bench, re-send up to this many requests alone after the load and check that each gets the same text (abandoned streams: a prefix)")
	fs.DurationVar(&cfg.Ramp, "ramp", 0, "start the clients one after another over this time instead of all at once")
	fs.BoolVar(&cfg.LlamaCpp, "llamacpp", false, "with -bench, use llama.cpp's native /completion endpoint (for side-by-side runs against llama-server; set -model)")
	fs.StringVar(&cfg.Model, "model", "", "model id to send (default: ask /v1/models)")
	fs.StringVar(&cfg.APIKey, "api-key", "", "bearer key for the server")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "seed of the request mix")
	fs.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "client time limit per request")
	fs.DurationVar(&cfg.ProgressEach, "progress", 30*time.Second, "print progress this often (0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *promptTokens != "" {
		var ns []int
		for _, f := range strings.Split(*promptTokens, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 {
				return fmt.Errorf("-prompt-tokens %q: want token counts of 1 or more, comma-separated", *promptTokens)
			}
			ns = append(ns, n)
		}
		if len(ns) == 1 {
			cfg.PromptTokens = ns[0]
		} else {
			cfg.PromptMix = ns
		}
	}
	var cs []int
	for _, f := range strings.Split(*levels, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > loadtest.MaxClients {
			return fmt.Errorf("-c %q: want concurrency levels in 1..%d, comma-separated", *levels, loadtest.MaxClients)
		}
		cs = append(cs, n)
	}
	cfg.Progress = stderr
	var reps []*loadtest.Report
	var failed []string
	for _, c := range cs {
		cfg.Clients = c
		if len(cs) > 1 {
			fmt.Fprintf(stdout, "== concurrency %d\n", c)
		}
		rep, err := loadtest.Run(ctx, cfg)
		if rep != nil {
			rep.WriteText(stdout)
		}
		if err != nil {
			return err
		}
		reps = append(reps, rep)
		if !rep.OK() {
			failed = append(failed, fmt.Sprintf("concurrency %d: %d 5xx, %d transport errors, %d malformed requests without a 4xx, %d failed requests, %d re-sent with another text, %d left running",
				c, rep.Server5xx(), rep.TransportErrors, rep.MalformedNot4xx, rep.ValidFailed, rep.VerifyMismatch, max(rep.LeftBusy, 0)))
		}
	}
	if len(cs) > 1 {
		writeLevels(stdout, cs, reps)
	}
	if len(failed) > 0 {
		return fmt.Errorf("load test failed: %s", strings.Join(failed, "; "))
	}
	return nil
}

// writeLevels prints one line per concurrency level.
func writeLevels(w io.Writer, cs []int, reps []*loadtest.Report) {
	ms := func(d time.Duration) string { return strconv.FormatInt(d.Milliseconds(), 10) }
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "clients\trequests ok\ttokens\telapsed s\tagg tokens/s\tTTFT p50/p90/p99 ms\tfirst requests TTFT p50/p99 ms\tlater requests TTFT p50/p99 ms\tITL p50/p90/p99 ms\tprompt tokens p50\t429\t5xx\t")
	for i, r := range reps {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%.1f\t%.2f\t%s/%s/%s\t%s/%s\t%s/%s\t%s/%s/%s\t%d\t%d\t%d\t\n", cs[i], r.ValidOK, r.CompletionTokens,
			r.Elapsed.Seconds(), r.TokensPerSec(), ms(r.TTFT.P50), ms(r.TTFT.P90), ms(r.TTFT.P99),
			ms(r.TTFTFirst.P50), ms(r.TTFTFirst.P99), ms(r.TTFTSteady.P50), ms(r.TTFTSteady.P99),
			ms(r.ITL.P50), ms(r.ITL.P90), ms(r.ITL.P99), int64(r.PromptTokens.P50), r.ValidRejected, r.Server5xx())
	}
	tw.Flush()
}
