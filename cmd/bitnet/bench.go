package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/internal/sysinfo"
)

// benchListFlags are the flags `bitnet bench` accepts as comma-separated
// lists (like llama-bench): every combination is benchmarked.
var benchListFlags = []string{"t", "threads", "load-mode", "head", "kernels", "mode", "p", "n"}

// benchResult is one test (pp or tg) of one configuration.
type benchResult struct {
	Model      string            `json:"model"`
	FileBytes  int64             `json:"file_bytes"`
	Params     int64             `json:"params"`
	Device     string            `json:"device"`
	CPU        string            `json:"cpu"`
	Threads    int               `json:"threads"`
	LoadMode   string            `json:"load_mode"`
	Mode       string            `json:"mode"`
	KernelSet  string            `json:"kernel_set"`
	Head       string            `json:"head"`
	KVCache    string            `json:"kv_cache"`
	Kernels    map[string]string `json:"kernels"`
	Test       string            `json:"test"` // "pp128", "tg128"
	Tokens     int               `json:"tokens"`
	Reps       int               `json:"reps"`
	Median     float64           `json:"tps_median"`
	Min        float64           `json:"tps_min"`
	Max        float64           `json:"tps_max"`
	Samples    []float64         `json:"tps_samples"`
	LoadSecs   float64           `json:"load_seconds"`
	BytesToken int64             `json:"bytes_per_token"`
	ReadBW     float64           `json:"read_bw_bytes_per_s,omitempty"`
	Ceiling    float64           `json:"ceiling_tps,omitempty"`
	Fraction   float64           `json:"fraction_of_ceiling,omitempty"`
	PeakRSS    int64             `json:"peak_rss_bytes"`
	RSSAnon    int64             `json:"rss_anon_bytes,omitempty"` // fill rows: heap and KV at the end
	RSSFile    int64             `json:"rss_file_bytes,omitempty"` // fill rows: mapped file pages at the end
	Top1Agree  float64           `json:"top1_agreement,omitempty"` // head-eval rows: vs the native head
	MeanKL     float64           `json:"mean_kl_nats,omitempty"`
	MaxKL      float64           `json:"max_kl_nats,omitempty"`
	LoadAvg    string            `json:"loadavg,omitempty"`
	Date       string            `json:"date"`
}

// runBench implements `bitnet bench`, modelled on llama.cpp's llama-bench:
// prompt processing (pp: one batch of -p tokens) and text generation (tg:
// -n tokens decoded one at a time from an empty context), each -r times,
// reported as tokens/s median with min and max, next to the bytes one decoded
// token reads and the machine's read bandwidth measured in the same run.
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	variants, err := expandListArgs(args, benchListFlags)
	if err != nil {
		fmt.Fprintf(stderr, "bitnet bench: %v\n", err)
		return errUsage
	}
	var results []benchResult
	var format string
	bw := map[int]float64{}
	evalRef := &headEvalRef{}
	for vi, va := range variants {
		fs := newFlagSet("bench", stdout, stderr, "-m MODEL [-p 128] [-n 128] [-r 3] [-t 1,2] [-load-mode mmap,ram] [-head native,q8_0,q6_k] [-o md|json]",
			"bitnet bench -m model.gguf",
			"bitnet bench -m model.gguf -t 1,2 -head native,q6_k -o json > bench.json",
			"bitnet bench -m model.gguf -p 0 -n 64 -fill 4096 -cpuprofile cpu.pprof")
		var mf modelFlags
		mf.register(fs)
		p := fs.Int("p", 128, "prompt tokens per pp test (0: no pp test)")
		n := fs.Int("n", 128, "generated tokens per tg test (0: no tg test)")
		reps := fs.Int("r", 3, "repetitions of each test")
		head := fs.String("head", "native", "output head format: native (the file's), q8_0 or q6_k (opt-in, repacked at load)")
		out := fs.String("o", "md", "output format: md or json")
		bwMiB := fs.Int("bw-size", 1024, "MiB read by the bandwidth probe (0: skip it)")
		fill := fs.Int("fill", 0, "after the tests, fill one session to this many tokens and report peak RSS (e.g. 4096)")
		seed := fs.Uint64("seed", 1, "seed of the random benchmark tokens")
		cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the tests to this file")
		headEval := fs.String("head-eval", "", "a text file: tokenize it and compare each head format's logits with the native head's (top-1 agreement, KL)")
		headEvalN := fs.Int("head-eval-tokens", 256, "tokens of the -head-eval text to score")
		if err := parseFlags(fs, va); err != nil {
			return err
		}
		if *reps < 1 || *p < 0 || *n < 0 {
			fmt.Fprintln(stderr, "bitnet bench: -r must be >= 1, -p and -n >= 0")
			return errUsage
		}
		if *out != "md" && *out != "json" {
			fmt.Fprintf(stderr, "bitnet bench: -o %q: want md or json\n", *out)
			return errUsage
		}
		format = *out
		mf.quiet = true
		threads := mf.threads
		if threads <= 0 {
			threads = cpu.DefaultThreads()
		}
		if _, ok := bw[threads]; !ok && *bwMiB > 0 {
			fmt.Fprintf(stderr, "measuring read bandwidth (%d MiB, %d threads)...\n", *bwMiB, threads)
			v, err := cpu.MeasureReadBandwidth(ctx, int64(*bwMiB)<<20, threads, 5)
			if err != nil {
				return err
			}
			bw[threads] = v
			// Return the probe's buffer to the OS and restart the peak-RSS
			// count, so peak_rss_bytes measures the model, not the probe.
			debug.FreeOSMemory()
			if !sysinfo.ResetPeakRSS() {
				fmt.Fprintln(stderr, "note: could not reset the peak-RSS count: peak RSS includes the bandwidth probe's buffer")
			}
		}
		fmt.Fprintf(stderr, "[%d/%d] %s\n", vi+1, len(variants), strings.Join(va, " "))
		if *cpuProfile != "" {
			name := *cpuProfile
			if len(variants) > 1 {
				name = fmt.Sprintf("%s.%d", name, vi+1)
			}
			if err := outfile.Check(name); err != nil {
				return err
			}
			f, err := os.Create(name)
			if err != nil {
				return err
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				f.Close()
				return err
			}
			defer func() {
				pprof.StopCPUProfile()
				f.Close()
			}()
		}
		he := headEvalConfig{path: *headEval, maxTokens: *headEvalN, ref: evalRef}
		rs, err := benchOne(ctx, &mf, threads, *head, *p, *n, *reps, *fill, *seed, bw[threads], he, stderr)
		if err != nil {
			return err
		}
		results = append(results, rs...)
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	printBenchTable(stdout, results, bw)
	return nil
}

// benchOne loads the model once for one configuration and runs its tests.
func benchOne(ctx context.Context, mf *modelFlags, threads int, head string, p, n, reps, fill int, seed uint64, readBW float64, he headEvalConfig, stderr io.Writer) ([]benchResult, error) {
	opts, err := mf.options(stderr)
	if err != nil {
		return nil, err
	}
	opts = append(opts, bitnet.WithHeadFormat(head))
	if mf.path == "" {
		return nil, errors.New("no model: pass -m FILE.gguf")
	}
	m, err := bitnet.Load(ctx, mf.path, opts...)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	info := m.Info()
	hf, _ := cpu.ParseHeadFormat(head)
	bytesTok, params, err := bytesPerToken(mf.path, hf)
	if err != nil {
		return nil, err
	}
	base := benchResult{
		Model: filepath.Base(info.Path), FileBytes: info.FileSize, Params: params, Device: info.Engine.Device,
		CPU: sysinfo.CPUModel(), Threads: threads, LoadMode: info.LoadMode.String(), Mode: info.Engine.Mode.String(),
		KernelSet: mf.kernels, Head: hf, KVCache: info.Engine.KVCache, Kernels: info.Engine.Kernels, Reps: reps,
		LoadSecs: info.LoadDuration.Seconds(), BytesToken: bytesTok, ReadBW: readBW, Date: time.Now().UTC().Format(time.RFC3339),
	}
	if readBW > 0 {
		base.Ceiling = readBW / float64(bytesTok)
	}
	vocab := info.Config.VocabSize
	r := rand.New(rand.NewPCG(seed, 0x62656e6368))
	randomTokens := func(k int) []int32 {
		t := make([]int32, k)
		for i := range t {
			t[i] = int32(r.IntN(vocab))
		}
		return t
	}
	s, err := m.NewSession()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	// Warm-up (as llama-bench does): fault in the weights and grow the
	// scratch buffers to the pp batch, which llama.cpp sizes at context creation.
	if err := s.Append(ctx, randomTokens(max(p, 1))); err != nil {
		return nil, err
	}
	for i := 0; i < 2; i++ {
		if err := s.Append(ctx, randomTokens(1)); err != nil {
			return nil, err
		}
	}
	var results []benchResult
	if he.path != "" {
		r, err := headEvaluate(ctx, m, s, hf, he, base)
		if err != nil {
			return nil, err
		}
		if r != nil {
			fmt.Fprintf(stderr, "  head %s vs native over %d tokens: top-1 agreement %.4f, mean KL %.3g nats, max KL %.3g\n",
				hf, r.Tokens, r.Top1Agree, r.MeanKL, r.MaxKL)
			results = append(results, *r)
		}
	}
	run := func(test string, tokens int, once func() error) error {
		samples := make([]float64, 0, reps)
		for i := 0; i < reps; i++ {
			s.Reset()
			start := time.Now()
			if err := once(); err != nil {
				return err
			}
			samples = append(samples, float64(tokens)/time.Since(start).Seconds())
		}
		res := base
		res.Test, res.Tokens, res.Samples = test, tokens, samples
		sorted := slices.Clone(samples)
		sort.Float64s(sorted)
		res.Min, res.Max, res.Median = sorted[0], sorted[len(sorted)-1], median(sorted)
		if test[:2] == "tg" && res.Ceiling > 0 {
			res.Fraction = res.Median / res.Ceiling
		} else {
			res.Ceiling = 0
		}
		res.LoadAvg = loadAvg()
		res.PeakRSS = sysinfo.PeakRSS()
		fmt.Fprintf(stderr, "  %s: %.2f t/s (min %.2f, max %.2f)\n", test, res.Median, res.Min, res.Max)
		results = append(results, res)
		return nil
	}
	if p > 0 {
		prompt := randomTokens(p)
		if err := run(fmt.Sprintf("pp%d", p), p, func() error { return s.Append(ctx, prompt) }); err != nil {
			return nil, err
		}
	}
	if n > 0 {
		gen := randomTokens(n)
		err := run(fmt.Sprintf("tg%d", n), n, func() error {
			for _, t := range gen {
				if err := s.Append(ctx, []int32{t}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if fill > 0 {
		s.Reset()
		for done := 0; done < fill; {
			k := min(512, fill-done)
			if err := s.Append(ctx, randomTokens(k)); err != nil {
				return nil, err
			}
			done += k
		}
		res := base
		res.Test, res.Tokens = fmt.Sprintf("fill%d", fill), fill
		res.PeakRSS = sysinfo.PeakRSS()
		res.RSSAnon, res.RSSFile = sysinfo.RSSBreakdown()
		res.LoadAvg = loadAvg()
		res.Ceiling = 0
		fmt.Fprintf(stderr, "  filled %d tokens: peak RSS %s (now: %s anonymous, %s file-backed)\n", fill,
			humanBytes(res.PeakRSS), humanBytes(res.RSSAnon), humanBytes(res.RSSFile))
		results = append(results, res)
	}
	return results, nil
}

// bytesPerToken is what one decoded token reads from the weights: every
// linear weight once, the output head once (in the format it runs in), one
// embedding row. It also returns the parameter count.
func bytesPerToken(path, head string) (int64, int64, error) {
	f, err := gguf.Open(path, gguf.WithLoadMode(gguf.LoadMmap))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	mm, err := model.FromGGUF(f, model.Options{})
	if err != nil {
		return 0, 0, err
	}
	var bytes, params int64
	for _, l := range mm.Layers {
		for _, lin := range []model.Linear{l.Q, l.K, l.V, l.O, l.Gate, l.Up, l.Down} {
			params += int64(lin.In) * int64(lin.Out)
			if lin.Type == gguf.TypeI2_S {
				bytes += int64(lin.In) * int64(lin.Out) / 4 // the 32-byte tail is read once, not per row
			} else {
				bytes += int64(len(lin.Data))
			}
		}
	}
	out := mm.Output
	params += int64(out.Dim) * int64(out.Rows)
	if !mm.Config.TiedOutput {
		params += int64(mm.Embed.Dim) * int64(mm.Embed.Rows)
	}
	elems := int64(out.Dim) * int64(out.Rows)
	switch head {
	case cpu.HeadQ8_0:
		bytes += elems / 32 * 34
	case cpu.HeadQ6_K:
		bytes += elems / 256 * 210
	default:
		bytes += int64(len(out.Data))
	}
	bytes += int64(len(mm.Embed.Data)) / int64(mm.Embed.Rows)
	return bytes, params, nil
}

// headEvalConfig asks benchOne to score a text with each head format.
type headEvalConfig struct {
	path      string
	maxTokens int
	ref       *headEvalRef
}

// headEvalRef holds the native head's logits of the -head-eval text, from the
// first configuration that ran with the native head.
type headEvalRef struct {
	tokens []int32
	logits []float32
}

// headEvaluate runs the -head-eval text through s. With the native head it
// stores the logits as the reference; with another head it compares its
// logits with the reference and returns the result row.
func headEvaluate(ctx context.Context, m *bitnet.Model, s *bitnet.Session, head string, he headEvalConfig, base benchResult) (*benchResult, error) {
	text, err := os.ReadFile(he.path)
	if err != nil {
		return nil, err
	}
	tokens := m.Tokenize(string(text))
	if len(tokens) > he.maxTokens {
		tokens = tokens[:he.maxTokens]
	}
	if len(tokens) < 2 {
		return nil, fmt.Errorf("-head-eval %s: only %d tokens", he.path, len(tokens))
	}
	s.Reset()
	logits, err := s.Eval(ctx, tokens)
	if err != nil {
		return nil, err
	}
	s.Reset()
	if head == cpu.HeadNative {
		he.ref.tokens, he.ref.logits = tokens, logits
		return nil, nil
	}
	if he.ref.logits == nil || !slices.Equal(he.ref.tokens, tokens) {
		return nil, errors.New("-head-eval: list the native head first (-head native,q8_0,...) so that there is a reference")
	}
	vocab := len(logits) / len(tokens)
	agree := 0
	var sumKL, maxKL float64
	for i := range tokens {
		p := he.ref.logits[i*vocab : (i+1)*vocab]
		q := logits[i*vocab : (i+1)*vocab]
		if argmax32(p) == argmax32(q) {
			agree++
		}
		kl := klDivergence(p, q)
		sumKL += kl
		maxKL = max(maxKL, kl)
	}
	r := base
	r.Test, r.Tokens = "head-eval", len(tokens)
	r.Top1Agree = float64(agree) / float64(len(tokens))
	r.MeanKL, r.MaxKL = sumKL/float64(len(tokens)), maxKL
	r.PeakRSS, r.LoadAvg = sysinfo.PeakRSS(), loadAvg()
	return &r, nil
}

func argmax32(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// klDivergence is KL(softmax(p) || softmax(q)) in nats, computed in float64.
func klDivergence(p, q []float32) float64 {
	lse := func(x []float32) float64 {
		m := math.Inf(-1)
		for _, v := range x {
			m = math.Max(m, float64(v))
		}
		var s float64
		for _, v := range x {
			s += math.Exp(float64(v) - m)
		}
		return m + math.Log(s)
	}
	lp, lq := lse(p), lse(q)
	var kl float64
	for i := range p {
		a := float64(p[i]) - lp
		kl += math.Exp(a) * (a - (float64(q[i]) - lq))
	}
	return math.Max(kl, 0)
}

func median(sorted []float64) float64 {
	k := len(sorted)
	if k%2 == 1 {
		return sorted[k/2]
	}
	return (sorted[k/2-1] + sorted[k/2]) / 2
}

// loadAvg is /proc/loadavg's first three fields, or "".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func printBenchTable(w io.Writer, results []benchResult, bw map[int]float64) {
	if len(results) == 0 {
		return
	}
	r0 := results[0]
	fmt.Fprintf(w, "model: %s (%s, %.2fB params), CPU: %s, %s\n", r0.Model, humanBytes(r0.FileBytes), float64(r0.Params)/1e9, r0.CPU, r0.Date)
	threads := make([]int, 0, len(bw))
	for t := range bw {
		threads = append(threads, t)
	}
	sort.Ints(threads)
	for _, t := range threads {
		fmt.Fprintf(w, "read bandwidth (%d threads): %.1f GB/s\n", t, bw[t]/1e9)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| threads | load | mode | kernels | head | kv | test | t/s median | min | max | load s | bytes/token | ceiling t/s | of ceiling | peak RSS | loadavg |")
	fmt.Fprintln(w, "|--------:|------|------|---------|------|----|------|-----------:|----:|----:|-------:|------------:|------------:|-----------:|---------:|---------|")
	for _, r := range results {
		ceil, frac := "", ""
		if r.Ceiling > 0 {
			ceil, frac = fmt.Sprintf("%.1f", r.Ceiling), fmt.Sprintf("%.0f%%", 100*r.Fraction)
		}
		med, lo, hi := fmt.Sprintf("%.2f", r.Median), fmt.Sprintf("%.2f", r.Min), fmt.Sprintf("%.2f", r.Max)
		if r.Reps == 0 || len(r.Samples) == 0 {
			med, lo, hi = "", "", ""
		}
		if r.Test == "head-eval" {
			med, lo, hi = fmt.Sprintf("top-1 %.4f", r.Top1Agree), fmt.Sprintf("KL %.2g", r.MeanKL), fmt.Sprintf("max %.2g", r.MaxKL)
		}
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %s |\n",
			r.Threads, r.LoadMode, r.Mode, r.KernelSet, r.Head, r.KVCache, r.Test, med, lo, hi, r.LoadSecs,
			humanBytes(r.BytesToken), ceil, frac, humanBytes(r.PeakRSS), r.LoadAvg)
	}
	fmt.Fprintln(w)
	seen := map[string]bool{}
	for _, r := range results {
		keys := make([]string, 0, len(r.Kernels))
		for k := range r.Kernels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + "=" + r.Kernels[k]
		}
		line := strings.Join(parts, ", ")
		if !seen[line] {
			seen[line] = true
			fmt.Fprintf(w, "kernels (%s, %s head): %s\n", r.KernelSet, r.Head, line)
		}
	}
}

// expandListArgs turns flags given as comma-separated lists (only those
// named) into one argument list per combination, in order.
func expandListArgs(args []string, listFlags []string) ([][]string, error) {
	isList := map[string]bool{}
	for _, f := range listFlags {
		isList[f] = true
	}
	variants := [][]string{nil}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" || a == "--" || !isList[name] {
			for j := range variants {
				variants[j] = append(variants[j], a)
			}
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, fmt.Errorf("flag %s needs a value", a)
			}
			i++
			val = args[i]
		}
		var next [][]string
		for _, v := range variants {
			for _, item := range strings.Split(val, ",") {
				if item == "" {
					return nil, fmt.Errorf("flag -%s: empty list item in %q", name, val)
				}
				next = append(next, append(slices.Clone(v), "-"+name+"="+item))
			}
		}
		variants = next
	}
	return variants, nil
}
