package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/chat"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// modelFlags are the flags every command that loads a model shares (named like llama.cpp's where they exist).
type modelFlags struct {
	path      string
	threads   int
	ctxLen    int
	batch     int
	device    string
	mode      string
	loadMode  string
	mlock     bool
	hugePages bool
	kernels   string
	kvCache   string
	precision string
	template  string
	pre       string
	offline   bool
	quiet     bool
	head      string          // -head; registered by registerHead (bench has its own list-valued -head)
	extra     []bitnet.Option // set by a command before load (serve's batching options)
}

func (f *modelFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.path, "m", "", "model: a GGUF file or hf://owner/repo/file.gguf")
	fs.StringVar(&f.path, "model", "", "same as -m")
	fs.IntVar(&f.threads, "t", 0, fmt.Sprintf("CPU threads (0: one per physical core; more than the %d logical CPUs here is lowered to %d, with a warning)", runtime.NumCPU(), runtime.NumCPU()))
	fs.IntVar(&f.threads, "threads", 0, "same as -t")
	fs.IntVar(&f.ctxLen, "c", 0, "context length per session (0: the model's trained context; more than that is allowed, with a warning: positions past it were never trained)")
	fs.IntVar(&f.ctxLen, "ctx-size", 0, "same as -c")
	fs.IntVar(&f.batch, "b", 512, "prompt tokens per forward pass")
	fs.IntVar(&f.batch, "batch-size", 512, "same as -b")
	fs.StringVar(&f.device, "device", "auto", "auto, cpu or cuda:N")
	fs.StringVar(&f.mode, "mode", "exact", "numeric mode: exact, bitnetcpp (bitnet.cpp built for AVX-512) or bitnetcpp-avx2 (built for AVX2)")
	fs.StringVar(&f.loadMode, "load-mode", "ram", "how weights are loaded: ram or mmap")
	fs.BoolVar(&f.mlock, "mlock", false, "lock weights in RAM")
	fs.BoolVar(&f.hugePages, "hugepages", false, "ask for transparent huge pages (load-mode ram)")
	fs.StringVar(&f.kernels, "kernels", "auto", "CPU kernel set, among those this CPU runs: "+strings.Join(cpu.KernelSets(), ", "))
	fs.StringVar(&f.kvCache, "kv-cache", "", "CPU KV cache type: f32 or f16 (default: f16 in bitnetcpp mode, f32 in exact mode)")
	fs.StringVar(&f.precision, "precision", "", "GPU precision: fp32, fp16 or bf16 (GPU only: an error with -device cpu, a warning when auto picks the CPU)")
	fs.StringVar(&f.template, "chat-template", "", "chat template: "+strings.Join(chat.Names(), ", ")+" (default: the one the GGUF's tokenizer.chat_template matches, else the model family's)")
	fs.StringVar(&f.pre, "tokenizer-compat", "", "pre-tokenizer: llama3 or bitnetcpp (llama.cpp's default regexes, as bitnet.cpp tokenizes the official file)")
	fs.BoolVar(&f.offline, "offline", false, "never use the network for hf:// models")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress or load information on stderr")
}

// registerHead adds -head, the output head's format (bench has its own,
// list-valued one).
func (f *modelFlags) registerHead(fs *flag.FlagSet) {
	fs.StringVar(&f.head, "head", cpu.HeadNative, "CPU output head format: native (the file's, exact), q8_0 or q6_k (repacked at load: fewer bytes per token, slightly different logits)")
}

// check validates the flags before anything is loaded, and lowers -t to the
// CPUs there are (more threads than CPUs only adds contention: -t 1000 ran
// 3.7x slower than the default).
func (f *modelFlags) check(stderr io.Writer) error {
	switch {
	case f.threads < 0:
		return fmt.Errorf("-t %d: want 0 (one per physical core) or more", f.threads)
	case f.ctxLen < 0:
		return fmt.Errorf("-c %d: want 0 (the model's context) or more", f.ctxLen)
	case f.batch < 1:
		return fmt.Errorf("-b %d: want 1 or more", f.batch)
	case f.precision != "" && strings.EqualFold(f.device, "cpu"):
		return fmt.Errorf("-precision %s applies to GPUs only; the CPU computes in exact float32/float64 (leave -precision out with -device cpu)", f.precision)
	}
	if n := runtime.NumCPU(); f.threads > n {
		fmt.Fprintf(stderr, "warning: -t %d is more than the %d logical CPUs here: using %d\n", f.threads, n, n)
		f.threads = n
	}
	return nil
}

func (f *modelFlags) options(stderr io.Writer) ([]bitnet.Option, error) {
	if err := f.check(stderr); err != nil {
		return nil, err
	}
	mode, err := bitnet.ParseNumericMode(f.mode)
	if err != nil {
		return nil, err
	}
	lm, err := gguf.ParseLoadMode(f.loadMode)
	if err != nil {
		return nil, err
	}
	opts := []bitnet.Option{
		bitnet.WithThreads(f.threads), bitnet.WithContextLength(f.ctxLen), bitnet.WithBatchSize(f.batch),
		bitnet.WithDevice(f.device), bitnet.WithNumericMode(mode), bitnet.WithLoadMode(lm),
		bitnet.WithMlock(f.mlock), bitnet.WithHugePages(f.hugePages), bitnet.WithKernels(f.kernels), bitnet.WithKVCache(f.kvCache),
		bitnet.WithPrecision(f.precision), bitnet.WithOffline(f.offline),
	}
	opts = append(opts, f.extra...)
	if f.template != "" {
		opts = append(opts, bitnet.WithChatTemplate(f.template))
	}
	if f.head != "" {
		opts = append(opts, bitnet.WithHeadFormat(f.head))
	}
	switch strings.ToLower(f.pre) {
	case "":
	case "llama3":
		opts = append(opts, bitnet.WithPreTokenizer(tokenizer.PreLlama3))
	case "bitnetcpp", "llamacpp-default", "default":
		opts = append(opts, bitnet.WithPreTokenizer(tokenizer.PreLlamaCppDefault))
	default:
		return nil, fmt.Errorf("unknown -tokenizer-compat %q (want llama3 or bitnetcpp)", f.pre)
	}
	if !f.quiet {
		if bar := progressBar(stderr); bar != nil {
			opts = append(opts, bitnet.WithProgress(bar))
		}
	}
	return opts, nil
}

// load loads the model named by -m and reports where it runs on stderr.
func (f *modelFlags) load(ctx context.Context, stderr io.Writer) (*bitnet.Model, error) {
	if f.path == "" {
		return nil, fmt.Errorf("no model: pass -m FILE.gguf or -m hf://owner/repo/file.gguf")
	}
	opts, err := f.options(stderr)
	if err != nil {
		return nil, err
	}
	m, err := bitnet.Load(ctx, f.path, opts...)
	if err != nil {
		return nil, err
	}
	i := m.Info()
	if f.precision != "" && !strings.HasPrefix(i.Engine.Device, "cuda") {
		fmt.Fprintf(stderr, "warning: -precision %s is ignored: the model runs on %s, which computes in exact float32/float64\n", f.precision, i.Engine.Device)
	}
	if trained := i.Config.ContextLength; trained > 0 && i.ContextLen > trained {
		fmt.Fprintf(stderr, "warning: -c %d is more than the model's trained context of %d tokens: positions past %d were never trained, expect worse output there\n",
			i.ContextLen, trained, trained)
	}
	if !f.quiet {
		fmt.Fprintf(stderr, "loaded %s (%s, %d layers, %s) on %s in %v, %s\n", i.Path, i.Config.Arch, i.Config.Layers,
			humanBytes(i.FileSize), i.Engine.Device, i.LoadDuration.Round(time.Millisecond), i.LoadMode)
		if i.Fallback != "" {
			fmt.Fprintf(stderr, "using the CPU: %s\n", i.Fallback)
		}
	}
	return m, nil
}

// samplingFlags are llama.cpp-style sampling flags.
type samplingFlags struct {
	temp, topP, minP, repeat, freq, presence float64
	topK, repeatN                            int
	seed                                     int64
}

func (s *samplingFlags) register(fs *flag.FlagSet) {
	d := bitnet.DefaultSampling()
	fs.Float64Var(&s.temp, "temp", shortest(d.Temperature), "temperature (0: greedy)")
	fs.IntVar(&s.topK, "top-k", d.TopK, "top-k sampling (0: off)")
	fs.Float64Var(&s.topP, "top-p", shortest(d.TopP), "top-p sampling (1: off)")
	fs.Float64Var(&s.minP, "min-p", shortest(d.MinP), "min-p sampling (0: off)")
	fs.Float64Var(&s.repeat, "repeat-penalty", shortest(d.RepeatPenalty), "repetition penalty (1: off)")
	fs.IntVar(&s.repeatN, "repeat-last-n", d.PenaltyWindow, "tokens the penalties look back over")
	fs.Float64Var(&s.freq, "frequency-penalty", shortest(d.FrequencyPenalty), "frequency penalty (0: off)")
	fs.Float64Var(&s.presence, "presence-penalty", shortest(d.PresencePenalty), "presence penalty (0: off)")
	fs.Int64Var(&s.seed, "s", -1, "random seed (-1: from the clock)")
	fs.Int64Var(&s.seed, "seed", -1, "same as -s")
}

func (s *samplingFlags) params() bitnet.SamplingParams {
	seed := uint64(s.seed)
	if s.seed < 0 {
		seed = uint64(time.Now().UnixNano())
	}
	return bitnet.SamplingParams{
		Temperature: float32(s.temp), TopK: s.topK, TopP: float32(s.topP), MinP: float32(s.minP),
		RepeatPenalty: float32(s.repeat), PenaltyWindow: s.repeatN, FrequencyPenalty: float32(s.freq),
		PresencePenalty: float32(s.presence), Seed: seed,
	}
}

// shortest returns the float64 with the shortest decimal form that converts
// back to x, so that a float32 default prints as 0.8, not 0.800000011920929
// (float64(float32(0.8))), and -temp 0.8 and the default sample alike.
func shortest(x float32) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(float64(x), 'g', -1, 32), 64)
	if err != nil {
		return float64(x)
	}
	return v
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// progressBar draws load progress on stderr when it is a terminal.
func progressBar(w io.Writer) func(bitnet.Progress) {
	if !isTerminalWriter(w) {
		return nil
	}
	f := w
	var last time.Time
	var lastStage string
	return func(p bitnet.Progress) {
		done := p.Total > 0 && p.Done >= p.Total
		if !done && p.Stage == lastStage && time.Since(last) < 100*time.Millisecond {
			return
		}
		last, lastStage = time.Now(), p.Stage
		pct := 0.0
		if p.Total > 0 {
			pct = float64(p.Done) / float64(p.Total)
		}
		const width = 30
		n := int(pct * width)
		fmt.Fprintf(f, "\r%-8s [%s%s] %5.1f%%", p.Stage, strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*pct)
		if done {
			fmt.Fprintln(f)
		}
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// splitFlagArgs parses flags wherever they appear among the positional
// arguments (flag.Parse alone stops at the first positional one); after
// "--" everything is positional. Every command parses through it (parseArgs,
// parseFlags), so `bitnet run -p hi -n 3` and `bitnet run -n 3 -p hi` agree.
func splitFlagArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// isTerminalWriter reports whether w is a terminal, where a redrawn progress
// bar makes sense.
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
