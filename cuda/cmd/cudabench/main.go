//go:build cuda

// Command cudabench measures the CUDA backend on the shapes of
// bitnet-b1.58-2B-4T: each kernel's bandwidth against the device's measured
// copy bandwidth, then prefill (pp512) and decode tokens/s of a random model
// with those shapes built in memory (no model file needed), per precision.
// It prints a short table last. Used by scripts/gpu-check.sh run.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bitnet-go/bitnet-go/cuda"
	"github.com/bitnet-go/bitnet-go/cuda/internal/kbench"
	"github.com/bitnet-go/bitnet-go/cuda/internal/randmodel"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "cudabench:", err)
		os.Exit(1)
	}
}

type row struct{ name, shape, time, rate, frac string }

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("cudabench", flag.ContinueOnError)
	dev := fs.Int("device", 0, "CUDA device index")
	precisions := fs.String("precision", "fp16,bf16", "comma-separated precisions for the model runs")
	prompt := fs.Int("prompt", 512, "prefill tokens")
	decode := fs.Int("decode", 128, "decode steps timed")
	iters := fs.Int("iters", 50, "iterations per kernel timing")
	skipModel := fs.Bool("kernels-only", false, "skip the model runs")
	batches := fs.String("batch", "1,8,32,64", "comma-separated sequence counts for the batched decode runs (shared steps); empty: none")
	batchCtx := fs.Int("batch-ctx", 128, "tokens cached in each sequence before the batched decode runs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	devs, err := cuda.Devices()
	if err != nil {
		return err
	}
	if *dev >= len(devs) {
		return fmt.Errorf("device %d: only %d device(s)", *dev, len(devs))
	}
	d := devs[*dev]
	fmt.Fprintf(w, "device %d: %s, compute capability %s, %d MiB (%d MiB free), driver %s, CUDA %s\n",
		d.Index, d.Name, d.ComputeCapability, d.MemoryTotal>>20, d.MemoryFree>>20, d.DriverVersion, d.CUDAVersion)

	copyBW, err := kbench.Copy(*dev, 1<<30, 20)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "device copy bandwidth (1 GiB D2D, read+write): %.0f GB/s\n", copyBW)
	var rows []row
	rows = append(rows, row{"D2D copy", "1 GiB", "", fmt.Sprintf("%.0f GB/s", copyBW), "100%"})

	c := randmodel.Preset2B()
	q, kv := c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	gemvs := []struct {
		name       string
		rows, k    int
		paired     bool
		perLayerEq int
	}{
		{"GEMV Q|K|V", q + 2*kv, c.Hidden, true, 1},
		{"GEMV O", c.Hidden, q, false, 1},
		{"GEMV gate|up", 2 * c.FFN, c.Hidden, true, 1},
		{"GEMV down", c.Hidden, c.FFN, false, 1},
	}
	var layerUS float64
	for _, g := range gemvs {
		us, err := kbench.GEMV(*dev, g.rows, g.k, g.paired, *iters)
		if err != nil {
			return err
		}
		layerUS += us
		bytes := float64(g.rows) * float64(g.k) / 4
		bw := bytes / (us * 1e-6) / 1e9
		fmt.Fprintf(w, "%-14s %6dx%-5d %8.1f us %7.0f GB/s %5.1f%% of copy\n", g.name, g.rows, g.k, us, bw, 100*bw/copyBW)
		rows = append(rows, row{g.name, fmt.Sprintf("%dx%d", g.rows, g.k), fmt.Sprintf("%.1f us", us), fmt.Sprintf("%.0f GB/s", bw), fmt.Sprintf("%.0f%%", 100*bw/copyBW)})
	}
	us, err := kbench.Head(*dev, c.VocabSize, c.Hidden, *iters)
	if err != nil {
		return err
	}
	headBytes := float64(c.VocabSize) * float64(c.Hidden) * 2
	bw := headBytes / (us * 1e-6) / 1e9
	fmt.Fprintf(w, "%-14s %6dx%-5d %8.1f us %7.0f GB/s %5.1f%% of copy\n", "head F16", c.VocabSize, c.Hidden, us, bw, 100*bw/copyBW)
	rows = append(rows, row{"head F16", fmt.Sprintf("%dx%d", c.VocabSize, c.Hidden), fmt.Sprintf("%.1f us", us), fmt.Sprintf("%.0f GB/s", bw), fmt.Sprintf("%.0f%%", 100*bw/copyBW)})
	kernUS := layerUS*float64(c.Layers) + us
	fmt.Fprintf(w, "sum of matmul kernels per token: %.0f us (%.0f tokens/s if nothing else ran)\n", kernUS, 1e6/kernUS)

	var gemmUS, gemmOps float64
	for _, g := range gemvs {
		t, err := kbench.GEMM(*dev, g.rows, g.k, *prompt, max(*iters/5, 3))
		if err != nil {
			return err
		}
		ops := 2 * float64(g.rows) * float64(g.k) * float64(*prompt)
		fmt.Fprintf(w, "GEMM %-9s %6dx%-5d n=%d %8.1f us %6.1f TOPS\n", g.name[5:], g.rows, g.k, *prompt, t, ops/(t*1e-6)/1e12)
		gemmUS += t
		gemmOps += ops
	}
	rows = append(rows, row{"GEMM layer", fmt.Sprintf("n=%d", *prompt), fmt.Sprintf("%.0f us", gemmUS), fmt.Sprintf("%.1f TOPS", gemmOps/(gemmUS*1e-6)/1e12), ""})

	// A batched decode pass of a few rows: the GEMM unsplit, then with the
	// split-K a pass chooses on this device (the same results, fewer idle SMs).
	for _, n := range []int{8, 16} {
		var one, split float64
		for _, g := range gemvs {
			t1, _, err := kbench.GEMMSplit(*dev, g.rows, g.k, n, 1, *iters)
			if err != nil {
				return err
			}
			ts, used, err := kbench.GEMMSplit(*dev, g.rows, g.k, n, 0, *iters)
			if err != nil {
				return err
			}
			bytes := float64(g.rows) * float64(g.k) / 4
			fmt.Fprintf(w, "GEMM %-9s %6dx%-5d n=%d unsplit %7.1f us (%5.0f GB/s), %d splits %7.1f us (%5.0f GB/s)\n",
				g.name[5:], g.rows, g.k, n, t1, bytes/(t1*1e-6)/1e9, used, ts, bytes/(ts*1e-6)/1e9)
			one += t1
			split += ts
		}
		rows = append(rows, row{"GEMM layer split-K", fmt.Sprintf("n=%d", n), fmt.Sprintf("%.0f us (unsplit %.0f)", split, one), fmt.Sprintf("%.2fx", one/split), ""})
	}

	ternaryBytes := float64(c.Layers) * float64((q+2*kv)*c.Hidden+c.Hidden*q+2*c.FFN*c.Hidden+c.Hidden*c.FFN) / 4
	perToken := ternaryBytes + headBytes
	ceiling := copyBW * 1e9 / perToken
	fmt.Fprintf(w, "decode reads %.2f GB per token: bandwidth ceiling %.0f tokens/s\n", perToken/1e9, ceiling)

	if !*skipModel {
		start := time.Now()
		m, err := randmodel.New(c, 1, randmodel.Options{NoCode3: true})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "random 2B-shaped model built in %.1fs\n", time.Since(start).Seconds())
		for _, p := range strings.Split(*precisions, ",") {
			r, err := benchModel(w, m, *dev, strings.TrimSpace(p), *prompt, *decode, perToken, ceiling)
			if err != nil {
				fmt.Fprintf(w, "%s: %v\n", p, err)
				rows = append(rows, row{"model " + p, "", "", "error", ""})
				continue
			}
			rows = append(rows, r...)
			if *batches == "" {
				continue
			}
			r, err = benchBatch(w, m, *dev, strings.TrimSpace(p), *batches, *batchCtx, 32)
			if err != nil {
				fmt.Fprintf(w, "%s batched: %v\n", p, err)
				rows = append(rows, row{"batched " + p, "", "", "error", ""})
				continue
			}
			rows = append(rows, r...)
		}
	}

	fmt.Fprintln(w, "\nsummary ("+d.Name+"):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "what\tshape\ttime\trate\tof ceiling")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.name, r.shape, r.time, r.rate, r.frac)
	}
	return tw.Flush()
}

func benchModel(w io.Writer, m *model.Model, dev int, prec string, prompt, decode int, perToken, ceiling float64) ([]row, error) {
	ctx := context.Background()
	start := time.Now()
	e, err := cuda.New(ctx, m, cuda.Options{Device: dev, Precision: prec})
	if err != nil {
		return nil, err
	}
	defer e.Close()
	fmt.Fprintf(w, "%s: uploaded in %.1fs\n", prec, time.Since(start).Seconds())
	s, err := e.NewState(prompt + decode + 16)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	vocab := e.VocabSize()
	r := rand.New(rand.NewPCG(2, 3))
	toks := make([]int32, prompt)
	for i := range toks {
		toks[i] = int32(r.IntN(vocab))
	}
	logits := make([]float32, vocab)
	var pp []float64
	for i := 0; i < 4; i++ {
		if err := s.Truncate(0); err != nil {
			return nil, err
		}
		t0 := time.Now()
		if _, err := s.Forward(ctx, toks, engine.LastLogits, logits); err != nil {
			return nil, err
		}
		if i > 0 { // the first run includes one-time setup
			pp = append(pp, time.Since(t0).Seconds())
		}
	}
	sort.Float64s(pp)
	ppRate := float64(prompt) / pp[len(pp)/2]

	if err := s.Truncate(0); err != nil {
		return nil, err
	}
	if _, err := s.Forward(ctx, toks[:8], engine.LastLogits, logits); err != nil {
		return nil, err
	}
	next := int32(argmax(logits))
	for i := 0; i < 8; i++ { // warm-up (captures the decode graph)
		if _, err := s.Forward(ctx, []int32{next}, engine.LastLogits, logits); err != nil {
			return nil, err
		}
		next = int32(argmax(logits))
	}
	t0 := time.Now()
	for i := 0; i < decode; i++ {
		if _, err := s.Forward(ctx, []int32{next}, engine.LastLogits, logits); err != nil {
			return nil, err
		}
		next = int32(argmax(logits))
	}
	tg := float64(decode) / time.Since(t0).Seconds()
	fmt.Fprintf(w, "%s: pp%d %.0f tokens/s, tg%d %.0f tokens/s (%.0f GB/s, %.0f%% of the %.0f tokens/s ceiling)\n",
		prec, prompt, ppRate, decode, tg, tg*perToken/1e9, 100*tg/ceiling, ceiling)
	return []row{
		{"prefill " + prec, fmt.Sprintf("pp%d", prompt), fmt.Sprintf("%.1f ms", 1e3*float64(prompt)/ppRate), fmt.Sprintf("%.0f tok/s", ppRate), ""},
		{"decode " + prec, fmt.Sprintf("tg%d", decode), fmt.Sprintf("%.0f us/tok", 1e6/tg), fmt.Sprintf("%.0f tok/s", tg), fmt.Sprintf("%.0f%%", 100*tg/ceiling)},
	}, nil
}

// benchBatch times shared decode steps (engine.Batcher.ForwardBatch) of k
// sequences at once, each with ctxLen tokens cached, one token per sequence
// per step: with the logits copied to the host for each row, and with each
// row sampled on the device (greedy), as the library does for a lone stream
// and for streams sharing steps. Aggregate tokens/s is k tokens per step.
func benchBatch(w io.Writer, m *model.Model, dev int, prec, ks string, ctxLen, steps int) ([]row, error) {
	ctx := context.Background()
	e, err := cuda.New(ctx, m, cuda.Options{Device: dev, Precision: prec})
	if err != nil {
		return nil, err
	}
	defer e.Close()
	var rows []row
	for _, f := range strings.Split(ks, ",") {
		var k int
		if _, err := fmt.Sscan(strings.TrimSpace(f), &k); err != nil || k < 1 {
			return nil, fmt.Errorf("-batch: %q is not a sequence count", f)
		}
		r, err := benchBatchK(w, e, prec, k, ctxLen, steps)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// benchBatchK is benchBatch for one sequence count k; its states are freed
// before the next count's are made.
func benchBatchK(w io.Writer, e engine.Engine, prec string, k, ctxLen, steps int) ([]row, error) {
	ctx := context.Background()
	vocab := e.VocabSize()
	sts := make([]engine.State, k)
	r := rand.New(rand.NewPCG(uint64(k), 5))
	for i := range sts {
		st, err := e.NewState(ctxLen + steps + 16) // 4 warm-up steps, truncated after each mode
		if err != nil {
			return nil, err
		}
		defer st.Close()
		toks := make([]int32, ctxLen)
		for j := range toks {
			toks[j] = int32(r.IntN(vocab))
		}
		if _, err := st.Forward(ctx, toks, engine.NoLogits, nil); err != nil {
			return nil, err
		}
		sts[i] = st
	}
	var rows []row
	batch := make([]engine.Step, k)
	dst := make([]float32, k*vocab)
	next := make([]int32, k)
	for _, sampled := range []bool{false, true} {
		for i := range next {
			next[i] = int32(r.IntN(vocab))
		}
		var t0 time.Time
		for it := -4; it < steps; it++ { // 4 warm-up steps
			if it == 0 {
				t0 = time.Now()
			}
			for i, st := range sts {
				batch[i] = engine.Step{State: st, Tokens: []int32{next[i]}, Want: engine.LastLogits, Dst: dst[i*vocab : (i+1)*vocab]}
				if sampled {
					batch[i].Sample = &engine.SampleParams{}
				}
			}
			if err := engine.ForwardBatch(ctx, e, batch); err != nil {
				return nil, err
			}
			for i, b := range batch {
				switch {
				case b.Err != nil:
					return nil, fmt.Errorf("k=%d row %d: %w", k, i, b.Err)
				case sampled && b.Sampled.Host:
					// The logits stayed on the device: timing a host
					// fallback here would measure something else.
					return nil, fmt.Errorf("k=%d row %d: the device did not sample (host fallback)", k, i)
				case sampled:
					next[i] = b.Sampled.ID
				default:
					next[i] = int32(argmax(dst[i*vocab : (i+1)*vocab]))
				}
			}
		}
		sec := time.Since(t0).Seconds()
		for _, st := range sts {
			if err := st.Truncate(ctxLen); err != nil {
				return nil, err
			}
		}
		how := "host logits"
		if sampled {
			how = "device sampling"
		}
		rate := float64(k*steps) / sec
		fmt.Fprintf(w, "%s: %d sequences in shared steps (%s), %d cached tokens each: %.2f ms per step, %.0f tokens/s\n",
			prec, k, how, ctxLen, 1e3*sec/float64(steps), rate)
		rows = append(rows, row{fmt.Sprintf("batched %s k=%d", prec, k), how, fmt.Sprintf("%.2f ms/step", 1e3*sec/float64(steps)), fmt.Sprintf("%.0f tok/s", rate), ""})
	}
	return rows, nil
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
