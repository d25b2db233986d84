// Package engine defines the device interface every backend (CPU, CUDA) implements:
// an Engine holds one model's weights on one device and runs its forward pass over
// per-sequence States (KV caches).
package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// NumericMode selects how the forward pass rounds.
type NumericMode int

const (
	// Exact keeps activations and the KV cache in float32 and accumulates in
	// float64 where it is cheap: the most accurate rendering of the model's math.
	Exact NumericMode = iota
	// BitNetCpp reproduces bitnet.cpp's roundings (F16 KV cache, F16 Q, F16
	// softmax and output-head input for single-token batches, ggml's float32
	// RoPE and RMSNorm, its attention sums), for parity checks against
	// bitnet.cpp's logits, as bitnet.cpp computes them when built with
	// -march=native on a CPU with AVX-512.
	BitNetCpp
	// BitNetCppAVX2 is BitNetCpp as bitnet.cpp computes on a CPU with AVX2 but
	// no AVX-512: ggml's F16 dot products, llamafile's sgemm and its softmax
	// then use 8-lane vectors and another expf, which changes the logits.
	BitNetCppAVX2
)

// BitNetCppFamily reports whether m reproduces bitnet.cpp's roundings
// (BitNetCpp or BitNetCppAVX2).
func (m NumericMode) BitNetCppFamily() bool { return m == BitNetCpp || m == BitNetCppAVX2 }

// String returns the mode's flag name.
func (m NumericMode) String() string {
	switch m {
	case Exact:
		return "exact"
	case BitNetCpp:
		return "bitnetcpp"
	case BitNetCppAVX2:
		return "bitnetcpp-avx2"
	}
	return fmt.Sprintf("NumericMode(%d)", int(m))
}

// ParseNumericMode parses "exact", "bitnetcpp" or "bitnetcpp-avx2".
func ParseNumericMode(s string) (NumericMode, error) {
	switch strings.ToLower(s) {
	case "exact", "":
		return Exact, nil
	case "bitnetcpp", "bitnet.cpp", "bitnet-cpp":
		return BitNetCpp, nil
	case "bitnetcpp-avx2", "bitnet.cpp-avx2", "bitnet-cpp-avx2":
		return BitNetCppAVX2, nil
	}
	return 0, fmt.Errorf("unknown numeric mode %q (want exact, bitnetcpp or bitnetcpp-avx2)", s)
}

// Logits says which rows of a batch need logits.
type Logits int

const (
	// LastLogits computes logits for the last token of the batch only.
	LastLogits Logits = iota
	// AllLogits computes logits for every token of the batch.
	AllLogits
	// NoLogits computes none (prefill of a prefix whose logits nobody reads).
	NoLogits
)

// ErrClosed is returned (wrapped) by an engine, or a state of it, used after
// the engine's Close.
var ErrClosed = errors.New("engine is closed")

// ErrContextFull is returned when a batch does not fit the state's context.
var ErrContextFull = errors.New("context window full")

// ContextFullError says how far a forward call would have gone past the context.
type ContextFullError struct {
	Have, Add, Max int
}

func (e *ContextFullError) Error() string {
	return fmt.Sprintf("context window full: %d tokens cached + %d new > context length %d", e.Have, e.Add, e.Max)
}

// Unwrap makes errors.Is(err, ErrContextFull) true.
func (e *ContextFullError) Unwrap() error { return ErrContextFull }

// Engine is one model loaded on one device. It is immutable after construction
// and safe for concurrent use: each sequence runs on its own State.
type Engine interface {
	// Name names the device, e.g. "cpu" or "cuda:0".
	Name() string
	// Info describes what the engine runs (kernels, precision, threads).
	Info() Info
	// VocabSize is the number of logits per row.
	VocabSize() int
	// NewState allocates a KV cache for up to maxTokens positions.
	NewState(maxTokens int) (State, error)
	// Close releases device resources. States must not be used afterwards.
	Close() error
}

// State is one sequence's cached keys and values. Not safe for concurrent use.
type State interface {
	// Len is the number of positions cached.
	Len() int
	// Cap is the maximum number of positions.
	Cap() int
	// Forward appends tokens at positions Len()..Len()+len(tokens)-1, runs them
	// as one batch, and writes logits into dst: VocabSize floats per requested
	// row (one row for LastLogits, len(tokens) rows for AllLogits). It returns
	// the number of rows written.
	Forward(ctx context.Context, tokens []int32, want Logits, dst []float32) (int, error)
	// Truncate drops cached positions >= n.
	Truncate(n int) error
	// Clone returns an independent copy of the state (a fork of the sequence).
	Clone() (State, error)
	// Close releases the state's memory.
	Close() error
}

// Info describes an engine for logs, receipts and `bitnet bench`.
type Info struct {
	Device    string            // "cpu", "cuda:0 (NVIDIA H100 80GB HBM3)"
	Mode      NumericMode       // numeric mode
	Precision string            // "fp32", "fp16", "bf16" (CUDA), "fp32" on CPU
	Threads   int               // CPU worker threads (0 on GPU)
	KVCache   string            // KV cache element type: "f32", "f16"
	Kernels   map[string]string // tensor shape or role -> kernel name
	Features  []string          // CPU features or GPU compute capability
}

// Step is one sequence's part of a batched forward pass: Tokens appended to
// State at its next positions, logits requested as by State.Forward and written
// into Dst. ForwardBatch sets Rows to the number of logit rows written, or Err
// when this step was rejected (a bad token, a full context, a small buffer):
// a rejected step leaves its State unchanged and does not stop the others.
//
// A step with Sample set is a device-sampled decode row, the batched form of
// DeviceSampler.ForwardSample: it must hold one token and want LastLogits,
// and its State must implement DeviceSampler with SamplesOnDevice true. The
// next token is then chosen on the device from the logits of that row, with
// the parameters *Sample, and the outcome is written to Sampled (the same
// ID, Drew, Host and BadIndex as ForwardSample of the same token would
// give); Dst is not written (it may be nil) and Rows stays 0. The logits stay
// on the device, where the State's LastLogits copies them, as after
// ForwardSample. An engine that cannot sample on the device (the CPU
// engine) rejects such a step: its Err wraps ErrNoDeviceSampling.
type Step struct {
	State  State
	Tokens []int32
	Want   Logits
	Dst    []float32
	Rows   int
	Err    error

	Sample  *SampleParams
	Sampled SampleResult
}

// ErrNoDeviceSampling is wrapped by the Err of a Step that asks for device
// sampling (Step.Sample) from an engine or a State that does not do it.
var ErrNoDeviceSampling = errors.New("device sampling is not available")

// CheckSampleStep checks the shape a device-sampled step must have (one
// token, LastLogits); engines call it for steps with Sample set before they
// check the rest. It does not check the State.
func CheckSampleStep(st *Step) error {
	if len(st.Tokens) != 1 || st.Want != LastLogits {
		return fmt.Errorf("a device-sampled step must be one token with LastLogits, not %d tokens with logits request %d", len(st.Tokens), st.Want)
	}
	return nil
}

// Batcher is implemented by engines that advance many sequences in one pass:
// the weight matrices are read once for the rows of every step (decode rows
// and prefill chunks mixed), attention runs per sequence over its own cache.
// The result for each step equals that of step.State.Forward alone (exactly,
// or within the engine's documented tolerance). Every State must belong to
// the engine and appear at most once.
type Batcher interface {
	// ForwardBatch runs the steps, setting each one's Rows or Err. Its own
	// error means the batch as a whole failed (ctx done, a device error):
	// the states of the steps are then unspecified.
	ForwardBatch(ctx context.Context, steps []Step) error
}

// ChunkInvariant is implemented by engines that say whether a sequence's
// results are the same however its tokens are split into forward calls
// (a prompt as one batch or in chunks, alone or beside other sequences).
// The shared-step scheduler cuts the prompts of any other engine only
// where the sequence alone would be cut.
type ChunkInvariant interface {
	ChunkInvariant() bool
}

// MaxBatcher is implemented by engines whose forward calls run at most
// MaxBatch tokens at once and split longer calls there (CUDA: its scratch
// is sized for that many rows). A caller that must know where a prompt is
// cut (one that is not ChunkInvariant) cuts it there itself.
type MaxBatcher interface {
	MaxBatch() int
}

// ForwardBatch runs steps on e: in one pass if e implements Batcher (the CPU
// and CUDA engines), else one State.Forward (DeviceSampler.ForwardSample for
// a step with Sample set) after another.
func ForwardBatch(ctx context.Context, e Engine, steps []Step) error {
	if b, ok := e.(Batcher); ok {
		return b.ForwardBatch(ctx, steps)
	}
	for i := range steps {
		st := &steps[i]
		st.Rows, st.Err, st.Sampled = 0, nil, SampleResult{}
		var n int
		var err error
		if st.Sample != nil {
			st.Sampled, err = forwardSample(ctx, st)
		} else {
			n, err = st.State.Forward(ctx, st.Tokens, st.Want, st.Dst)
		}
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			st.Err = err
			continue
		}
		st.Rows = n
	}
	return nil
}

// forwardSample runs a device-sampled step by its State's ForwardSample.
func forwardSample(ctx context.Context, st *Step) (SampleResult, error) {
	if err := CheckSampleStep(st); err != nil {
		return SampleResult{}, err
	}
	ds, ok := st.State.(DeviceSampler)
	if !ok || !ds.SamplesOnDevice() {
		return SampleResult{}, fmt.Errorf("engine: %w for this state", ErrNoDeviceSampling)
	}
	return ds.ForwardSample(ctx, st.Tokens[0], *st.Sample)
}

// HiddenForwarder is implemented by States that can return the final hidden
// states instead of logits, which embedding models pool (the CPU engine).
type HiddenForwarder interface {
	// ForwardHidden appends tokens as State.Forward does and writes each
	// token's final hidden state after the output norm (Config.Hidden
	// floats per token) into dst.
	ForwardHidden(ctx context.Context, tokens []int32, dst []float32) error
}

// SampleParams are one draw's sampling parameters for a DeviceSampler, as
// sample.Offload gives them: Temperature 0 is greedy; TopK 0, TopP 0 and
// MinP false are off; LogMinP is log(MinP) and U the uniform variate in
// [0, 1) that the host sampler's draw would use.
type SampleParams struct {
	Temperature float64
	TopK        int
	TopP        float64
	MinP        bool
	LogMinP     float64
	U           float64
}

// SampleResult is what a device draw returns.
type SampleResult struct {
	// ID is the chosen token, valid unless Host.
	ID int32
	// Drew says the draw used U: the host sampler must advance its
	// generator past it (sample.Sampler.Drew).
	Drew bool
	// Host says the device did not sample (a case it does not implement,
	// such as +Inf logits): copy the logits with LastLogits and sample on
	// the host.
	Host bool
	// BadIndex is the first NaN or infinite logit, or -1; BadValue is it.
	BadIndex int
	BadValue float32
}

// DeviceSampler is implemented by States that can choose the next token on
// their device, so that a decode step returns a token id instead of the
// logits (the CUDA engine: 4 bytes over PCIe instead of 513 KB at 128k
// tokens). The CPU engine does not implement it: its logits are already in
// host memory.
type DeviceSampler interface {
	// SamplesOnDevice reports whether ForwardSample is available (the
	// vocabulary fits the device sampler).
	SamplesOnDevice() bool
	// ForwardSample appends token at position Len() as Forward would with
	// LastLogits, then samples the next token from its logits on the device.
	// The logits stay there until LastLogits copies them.
	ForwardSample(ctx context.Context, token int32, p SampleParams) (SampleResult, error)
	// LastLogits copies the logits of the last ForwardSample, or of the
	// last device-sampled Step (Step.Sample) of this state, into dst
	// (VocabSize floats).
	LastLogits(dst []float32) error
}
