package crossval

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/cuda"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Backends a Config can name.
const (
	BackendCPU  = "cpu"
	BackendCUDA = "cuda"
)

// Config is one way of running a model: backend x kernel set x numeric mode
// x precision x threads x batch split x sequences batched alongside.
type Config struct {
	Backend   string             // BackendCPU or BackendCUDA
	Device    int                // GPU index (cuda)
	Kernels   string             // CPU kernel set: "auto", "ref", ...
	Threads   int                // CPU worker threads; 0: one per physical core
	Mode      engine.NumericMode // exact or bitnetcpp
	Precision string             // "fp32", "fp16", "bf16"; the CPU is always fp32
	UBatch    int                // tokens per forward call; 0: the whole sequence in one call
	KVCache   string             // CPU KV cache type: "" (the mode's default), "f32", "f16"
	Batched   int                // other sequences advanced in the same batched forward calls (0: alone)
}

// precision is the effective precision ("fp32" unless a GPU was asked for less).
func (c Config) precision() string {
	switch {
	case c.Backend != BackendCUDA:
		return "fp32"
	case c.Precision == "":
		return "fp16" // the CUDA engine's default precision
	}
	return c.Precision
}

// String names every dimension, e.g.
// "cpu kernels=ref threads=2 mode=exact ubatch=all" or
// "cuda:0 precision=fp16 mode=exact ubatch=7".
func (c Config) String() string {
	var b strings.Builder
	switch c.Backend {
	case BackendCUDA:
		fmt.Fprintf(&b, "cuda:%d precision=%s", c.Device, c.precision())
	default:
		k := c.Kernels
		if k == "" {
			k = "auto"
		}
		t := "default"
		if c.Threads > 0 {
			t = strconv.Itoa(c.Threads)
		}
		fmt.Fprintf(&b, "%s kernels=%s threads=%s", c.Backend, k, t)
		if c.KVCache != "" {
			fmt.Fprintf(&b, " kv=%s", c.KVCache)
		}
	}
	fmt.Fprintf(&b, " mode=%s ubatch=%s", c.Mode, ubatchString(c.UBatch))
	if c.Batched > 0 {
		fmt.Fprintf(&b, " batched=%d", c.Batched)
	}
	return b.String()
}

func ubatchString(n int) string {
	if n <= 0 {
		return "all"
	}
	return strconv.Itoa(n)
}

// ParseConfig parses a configuration spec: a backend ("cpu", "cuda" or
// "cuda:N") followed by comma-separated key=value settings, any of kernels,
// threads (t), mode, precision, ubatch ("all" or a count), kv (f32, f16),
// batched (other sequences in the same forward calls). Settings not given
// keep the values of base. Example: "cpu,kernels=ref,threads=1,ubatch=1".
func ParseConfig(spec string, base Config) (Config, error) {
	c := base
	parts := strings.Split(strings.TrimSpace(spec), ",")
	head := strings.TrimSpace(parts[0])
	switch {
	case head == BackendCPU:
		c.Backend = BackendCPU
	case head == BackendCUDA:
		c.Backend, c.Device = BackendCUDA, 0
	case strings.HasPrefix(head, BackendCUDA+":"):
		n, err := strconv.Atoi(head[len(BackendCUDA)+1:])
		if err != nil || n < 0 {
			return Config{}, fmt.Errorf("crossval: config %q: bad GPU index in %q", spec, head)
		}
		c.Backend, c.Device = BackendCUDA, n
	default:
		return Config{}, fmt.Errorf("crossval: config %q: want cpu, cuda or cuda:N first, then ,key=value settings", spec)
	}
	for _, kv := range parts[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok {
			return Config{}, fmt.Errorf("crossval: config %q: %q is not key=value", spec, kv)
		}
		switch strings.ToLower(k) {
		case "kernels", "k":
			c.Kernels = v
		case "threads", "t":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return Config{}, fmt.Errorf("crossval: config %q: threads %q", spec, v)
			}
			c.Threads = n
		case "mode":
			m, err := engine.ParseNumericMode(v)
			if err != nil {
				return Config{}, fmt.Errorf("crossval: config %q: %w", spec, err)
			}
			c.Mode = m
		case "precision", "p":
			switch v {
			case "fp32", "fp16", "bf16":
				c.Precision = v
			default:
				return Config{}, fmt.Errorf("crossval: config %q: precision %q (want fp32, fp16 or bf16)", spec, v)
			}
		case "kv", "kv-cache":
			t, err := cpu.ParseKVCache(v)
			if err != nil {
				return Config{}, fmt.Errorf("crossval: config %q: %w", spec, err)
			}
			c.KVCache = t
		case "ubatch", "ub":
			n, err := parseUBatch(v)
			if err != nil {
				return Config{}, fmt.Errorf("crossval: config %q: %w", spec, err)
			}
			c.UBatch = n
		case "batched":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return Config{}, fmt.Errorf("crossval: config %q: batched %q (want a count of other sequences)", spec, v)
			}
			c.Batched = n
		default:
			return Config{}, fmt.Errorf("crossval: config %q: unknown setting %q (want kernels, threads, mode, precision, ubatch, kv or batched)", spec, k)
		}
	}
	if c.Backend == BackendCPU && c.Precision != "" && c.Precision != "fp32" {
		return Config{}, fmt.Errorf("crossval: config %q: the CPU computes in fp32 only", spec)
	}
	return c, nil
}

func parseUBatch(v string) (int, error) {
	if v == "all" || v == "0" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("ubatch %q: want a positive count or all", v)
	}
	return n, nil
}

// UnavailableError says a configuration cannot run here (no CUDA build, no
// GPU, a kernel set this CPU lacks). Tests report it as SKIP, with Reason.
type UnavailableError struct {
	Config Config
	Reason error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("crossval: %s is not available here: %v", e.Config, e.Reason)
}

// Unwrap returns the reason.
func (e *UnavailableError) Unwrap() error { return e.Reason }

// NewEngine builds the engine a configuration names. A configuration this
// machine or build cannot run returns an *UnavailableError.
func NewEngine(ctx context.Context, m *model.Model, c Config) (engine.Engine, error) {
	switch c.Backend {
	case BackendCPU, "":
		e, err := cpu.New(ctx, m, cpu.Options{Threads: c.Threads, Mode: c.Mode, Kernels: c.Kernels, KVCache: c.KVCache})
		if errors.Is(err, cpu.ErrKernelUnsupported) {
			return nil, &UnavailableError{Config: c, Reason: err}
		}
		if err != nil {
			return nil, fmt.Errorf("crossval: %s: %w", c, err)
		}
		return e, nil
	case BackendCUDA:
		if !cuda.Built() {
			return nil, &UnavailableError{Config: c, Reason: cuda.ErrNotBuilt}
		}
		e, err := cuda.New(ctx, m, cuda.Options{Device: c.Device, Mode: c.Mode, Precision: c.precision()})
		if err != nil {
			if errors.Is(err, cuda.ErrNoDevice) || errors.Is(err, cuda.ErrNotBuilt) || c.Mode != engine.Exact {
				return nil, &UnavailableError{Config: c, Reason: err}
			}
			return nil, fmt.Errorf("crossval: %s: %w", c, err)
		}
		return e, nil
	}
	return nil, fmt.Errorf("crossval: unknown backend %q", c.Backend)
}

// CPUKernelSets lists the CPU kernel sets this machine can run, as the cpu
// package reports them, so that every new set is cross-checked as soon as it
// exists.
func CPUKernelSets() []string { return cpu.KernelSets() }

// Matrix returns the configurations to cross-check in mode: every CPU
// kernel set with 1, 2 and 3 threads and batch splits of 1, 2, 7 and all
// tokens, each set again batched with 3 other sequences (2 threads, splits
// of 1 and all), then the GPU at each precision (exact mode only; a build or
// machine without CUDA turns those into SKIPs). The first is the reference
// configuration: scalar kernels, one thread, one batch.
func Matrix(mode engine.NumericMode) []Config {
	var out []Config
	for _, k := range CPUKernelSets() {
		for _, t := range []int{1, 2, 3} {
			for _, ub := range []int{0, 1, 2, 7} {
				out = append(out, Config{Backend: BackendCPU, Kernels: k, Threads: t, Mode: mode, UBatch: ub})
			}
		}
		for _, ub := range []int{0, 1} {
			out = append(out, Config{Backend: BackendCPU, Kernels: k, Threads: 2, Mode: mode, UBatch: ub, Batched: 3})
		}
	}
	for _, p := range []string{"fp32", "fp16", "bf16"} {
		for _, ub := range []int{0, 1} {
			out = append(out, Config{Backend: BackendCUDA, Precision: p, Mode: mode, UBatch: ub})
		}
	}
	// Stable order with the reference first.
	ref := Reference(mode)
	sort.SliceStable(out, func(i, j int) bool { return out[i] == ref && out[j] != ref })
	return out
}

// Reference is the reference configuration of a mode: scalar kernels, one
// thread, the whole sequence in one batch.
func Reference(mode engine.NumericMode) Config {
	return Config{Backend: BackendCPU, Kernels: "ref", Threads: 1, Mode: mode, UBatch: 0}
}

// AutoPolicy picks the policy under which test should agree with ref on a
// sequence whose compared rows start at position from and end before n:
// bf16 or fp16 when either runs at that precision; fp32 when both run the
// same numeric mode at fp32 and, in bitnetcpp mode, cut the sequence so that
// the same rows fall in single-token batches (bitnet.cpp rounds those
// differently, docs/MODEL.md); otherwise none (measured, not checked), with the
// reason.
func AutoPolicy(test, ref Config, from, n int) (Policy, string) {
	for _, p := range []string{PolicyBF16, PolicyFP16} {
		if test.precision() == p || ref.precision() == p {
			pol, _ := PolicyByName(p)
			return pol, ""
		}
	}
	if test.Mode != ref.Mode {
		return policies[PolicyNone], fmt.Sprintf("the numeric modes differ (%s vs %s): no tolerance applies", test.Mode, ref.Mode)
	}
	if test.Mode.BitNetCppFamily() {
		pt := Plan{UBatch: test.UBatch}.pattern(from, n)
		pr := Plan{UBatch: ref.UBatch}.pattern(from, n)
		if string(pt) != string(pr) {
			return policies[PolicyNone], fmt.Sprintf("bitnetcpp mode rounds single-token batches differently and ubatch %s vs %s puts different rows in them: no tolerance applies",
				ubatchString(test.UBatch), ubatchString(ref.UBatch))
		}
	}
	return policies[PolicyFP32], ""
}
