package bitnet

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// NumericMode selects how the forward pass rounds: Exact (default), BitNetCpp or BitNetCppAVX2.
type NumericMode = engine.NumericMode

const (
	// Exact keeps activations and the KV cache in float32, accumulating in float64
	// where cheap: the most accurate rendering of the model.
	Exact = engine.Exact
	// BitNetCpp reproduces bitnet.cpp's roundings (F16 KV cache and more) to
	// compare logits with bitnet.cpp.
	BitNetCpp = engine.BitNetCpp
	// BitNetCppAVX2 reproduces bitnet.cpp built for an AVX2 CPU (no AVX-512),
	// whose vector sums and expf round differently from the AVX-512 build.
	BitNetCppAVX2 = engine.BitNetCppAVX2
)

// ParseNumericMode parses "exact", "bitnetcpp" or "bitnetcpp-avx2".
func ParseNumericMode(s string) (NumericMode, error) { return engine.ParseNumericMode(s) }

// LoadMode says how weights reach memory: LoadMmap maps the file (fast to open,
// pages can be evicted under memory pressure), LoadRAM reads it into anonymous
// memory (slower to open, steady speed).
type LoadMode = gguf.LoadMode

const (
	LoadMmap = gguf.LoadMmap // map the file
	LoadRAM  = gguf.LoadRAM  // read the file into memory
)

// Activation is an FFN activation, for WithActivation.
type Activation = model.Activation

// FFN activations.
const (
	ReLU2 = model.ReLU2
	SiLU  = model.SiLU
	GELU  = model.GELU
)

// Progress reports a long step of Load.
type Progress struct {
	Stage string // "download", "read", "prepare"
	Done  int64
	Total int64
}

// Option configures Load.
type Option func(*options) error

type options struct {
	device      string
	threads     int
	mode        NumericMode
	loadMode    LoadMode
	hugePages   bool
	mlock       bool
	ctxLen      int
	ubatch      int
	kernels     string
	headFormat  string
	kvCache     string
	precision   string
	template    string
	pre         tokenizer.PreTokenizer
	activation  *Activation
	progress    func(Progress)
	logger      *slog.Logger
	hubCacheDir string
	hubEndpoint string
	hubOffline  bool
	hubVerify   bool
	batching    bool
	stepTokens  int
}

func defaultOptions() options {
	return options{
		device:     "auto",
		mode:       Exact,
		loadMode:   LoadRAM,
		ubatch:     512,
		batching:   true,
		stepTokens: DefaultStepTokens,
		logger:     slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

// WithDevice picks the backend: "auto" (CUDA when built with -tags cuda and a
// GPU is usable, else CPU), "cpu", or "cuda:N".
func WithDevice(d string) Option {
	return func(o *options) error {
		if d != "auto" && d != "cpu" && d != "cuda" && !isCUDAIndex(d) {
			return fmt.Errorf("bitnet: device %q: want auto, cpu or cuda:N", d)
		}
		o.device = d
		return nil
	}
}

// WithThreads sets the number of CPU worker threads (default: one per physical
// core, at most GOMAXPROCS).
func WithThreads(n int) Option {
	return func(o *options) error {
		if n < 0 {
			return fmt.Errorf("bitnet: threads %d must be >= 0", n)
		}
		o.threads = n
		return nil
	}
}

// WithNumericMode selects Exact (default), BitNetCpp or BitNetCppAVX2 rounding.
func WithNumericMode(m NumericMode) Option {
	return func(o *options) error {
		if m != Exact && !m.BitNetCppFamily() {
			return fmt.Errorf("bitnet: unknown numeric mode %d", m)
		}
		o.mode = m
		return nil
	}
}

// WithLoadMode chooses mmap or read-into-RAM. The default is LoadRAM: on hosts
// that evict mapped file pages under memory pressure it keeps decode speed
// steady, which suits long-running servers; LoadMmap opens in milliseconds.
func WithLoadMode(m LoadMode) Option {
	return func(o *options) error {
		o.loadMode = m
		return nil
	}
}

// WithHugePages asks for transparent huge pages for weights read into RAM.
func WithHugePages(on bool) Option {
	return func(o *options) error { o.hugePages = on; return nil }
}

// WithMlock locks weights read into RAM so they cannot be swapped.
func WithMlock(on bool) Option {
	return func(o *options) error { o.mlock = on; return nil }
}

// WithContextLength sets the maximum positions per session (default: the
// model's trained context length).
func WithContextLength(n int) Option {
	return func(o *options) error {
		if n < 0 {
			return fmt.Errorf("bitnet: context length %d must be >= 0", n)
		}
		o.ctxLen = n
		return nil
	}
}

// WithBatchSize sets how many prompt tokens one forward pass takes (default
// 512). An engine that runs fewer tokens per pass caps it (CUDA: 512).
func WithBatchSize(n int) Option {
	return func(o *options) error {
		if n < 1 {
			return fmt.Errorf("bitnet: batch size %d must be >= 1", n)
		}
		o.ubatch = n
		return nil
	}
}

// WithBatching turns the Model's shared steps on (the default) or off.
// With it, concurrent generations on one Model (Generate, Chat, Stream and
// Session calls from any number of goroutines) are advanced together, one
// batched forward pass per step, which reads the weights once for all of
// them; without it each Session runs its own forward passes.
func WithBatching(on bool) Option {
	return func(o *options) error {
		o.batching = on
		return nil
	}
}

// WithStepTokens caps the tokens of one shared step (default
// DefaultStepTokens): every waiting sequence gets one, prompt chunks the
// rest. Smaller steps keep running streams smoother while long prompts are
// prefilled; larger ones prefill faster.
func WithStepTokens(n int) Option {
	return func(o *options) error {
		if n < 1 {
			return fmt.Errorf("bitnet: step tokens %d must be >= 1", n)
		}
		o.stepTokens = n
		return nil
	}
}

// WithKernels selects the CPU kernel set: "auto" (default: the fastest this
// CPU supports), "ref" (scalar reference), "go" (portable), "avx2",
// "avx512vnni", "lut" (lookup tables) or "calibrate" (time both methods per
// shape at load); see cpu.KernelSets.
func WithKernels(name string) Option {
	return func(o *options) error { o.kernels = name; return nil }
}

// WithHeadFormat selects the CPU output head's format: "native" (default:
// the file's type, F16 for the official model) or an opt-in "q8_0" / "q6_k",
// repacked at load, which reads 47% / 59% fewer head bytes per token and
// changes the logits slightly (docs/PERFORMANCE.md measures by how much).
func WithHeadFormat(f string) Option {
	return func(o *options) error {
		hf, err := cpu.ParseHeadFormat(f)
		if err != nil {
			return fmt.Errorf("bitnet: %w", err)
		}
		o.headFormat = hf
		return nil
	}
}

// WithKVCache selects the CPU KV cache's element type: "" (default: "f16" in
// BitNetCpp mode, which rounds keys and values to F16 as bitnet.cpp's cache
// does, and "f32" in Exact mode) or "f32" / "f16". An F16 cache halves the
// cache's memory (629 MB -> 315 MB at 4096 positions for the 2B model); in
// Exact mode it rounds keys and values, which changes the logits (by how much:
// docs/PERFORMANCE.md).
// The GPU backend stores its cache in its precision (WithPrecision).
func WithKVCache(t string) Option {
	return func(o *options) error {
		kv, err := cpu.ParseKVCache(t)
		if err != nil {
			return fmt.Errorf("bitnet: %w", err)
		}
		o.kvCache = kv
		return nil
	}
}

// WithPrecision selects the GPU precision for non-ternary math: "fp32", "fp16" or "bf16".
func WithPrecision(p string) Option {
	return func(o *options) error {
		switch p {
		case "", "fp32", "fp16", "bf16":
			o.precision = p
			return nil
		}
		return fmt.Errorf("bitnet: precision %q: want fp32, fp16 or bf16", p)
	}
}

// WithChatTemplate sets the chat template (chat.Names: "bitnet", "llama3",
// "qwen3", "falcon3", "raw"). Without it Load picks the one the file's tokenizer.chat_template
// matches, else the model family's, else "raw" when the vocabulary lacks the
// chosen format's special tokens.
func WithChatTemplate(name string) Option {
	return func(o *options) error { o.template = name; return nil }
}

// WithPreTokenizer overrides the tokenizer's pre-tokenizer; use
// tokenizer.PreLlamaCppDefault to tokenize as bitnet.cpp does for the official file.
func WithPreTokenizer(p tokenizer.PreTokenizer) Option {
	return func(o *options) error { o.pre = p; return nil }
}

// WithActivation overrides the FFN activation the file declares.
func WithActivation(a Activation) Option {
	return func(o *options) error { o.activation = &a; return nil }
}

// WithProgress receives progress while downloading, reading and preparing weights.
func WithProgress(fn func(Progress)) Option {
	return func(o *options) error { o.progress = fn; return nil }
}

// WithLogger receives the library's log records (device fallback, conversions).
// The default discards them.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) error {
		if l != nil {
			o.logger = l
		}
		return nil
	}
}

// WithHubCache sets the download cache for hf:// model paths.
func WithHubCache(dir string) Option {
	return func(o *options) error { o.hubCacheDir = dir; return nil }
}

// WithHubEndpoint sets the Hugging Face endpoint for hf:// model paths
// (default https://huggingface.co, or $HF_ENDPOINT).
func WithHubEndpoint(url string) Option {
	return func(o *options) error { o.hubEndpoint = url; return nil }
}

// WithOffline forbids network access for hf:// model paths (cached files only).
func WithOffline(on bool) Option {
	return func(o *options) error { o.hubOffline = on; return nil }
}

// WithHubVerifyFull makes a cached hf:// model be rehashed (sha256) on every
// load. By default it is rehashed only when its size, times or inode changed
// since it was verified (or when $BITNET_VERIFY=full); see package hub.
func WithHubVerifyFull(on bool) Option {
	return func(o *options) error { o.hubVerify = on; return nil }
}

func isCUDAIndex(d string) bool {
	var n int
	_, err := fmt.Sscanf(d, "cuda:%d", &n)
	return err == nil && n >= 0 && fmt.Sprintf("cuda:%d", n) == d
}
