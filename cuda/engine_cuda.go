//go:build cuda

package cuda

/*
#include "bitnet_cuda.h"
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"unsafe"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// maxBatch is the most tokens one device forward call runs; longer prompts
// are fed in chunks (scratch memory grows with it).
const maxBatch = 512

// Engine runs a model on one GPU. It is immutable after New and safe for
// concurrent use: each State has its own CUDA stream, scratch and graph.
type Engine struct {
	h      *engineHandle
	cfg    model.Config
	vocab  int
	dev    Device
	prec   string
	ptype  int
	graphs bool
	notes  []string
	mu     sync.Mutex // guards rope
	rope   *ropeTable
	bmu    sync.Mutex // serializes ForwardBatch (the pass scratch, h.batch) and Close
}

var _ engine.Engine = (*Engine)(nil)

// engineHandle owns the C engine and its batch scratch (ForwardBatch); freed
// once, by Close or by the GC cleanup.
type engineHandle struct {
	once  sync.Once
	p     *C.bnc_engine
	batch *batchHandle
}

func (h *engineHandle) free() {
	h.once.Do(func() {
		if h.batch != nil {
			C.bnc_batch_free(h.batch.p)
			h.batch = nil
		}
		C.bnc_engine_free(h.p)
		h.p = nil
	})
}

// New uploads a model to GPU Options.Device. With no driver, no GPU, an
// unsupported GPU or too little free memory it returns an error wrapping
// ErrNoDevice that says why (free and needed bytes for memory). The numeric
// mode bitnetcpp is CPU-only and rejected.
func New(ctx context.Context, m *model.Model, o Options) (engine.Engine, error) {
	if m == nil {
		return nil, errors.New("cuda: nil model")
	}
	variant, err := variantOf(m)
	if err != nil {
		return nil, err
	}
	if o.Mode != engine.Exact {
		return nil, fmt.Errorf("cuda: numeric mode %s reproduces bitnet.cpp's CPU roundings and runs on the CPU only (use mode exact on the GPU)", o.Mode)
	}
	prec, ptype, err := parsePrecision(o.Precision)
	if err != nil {
		return nil, err
	}
	if o.Device < 0 {
		return nil, fmt.Errorf("%w: device index %d", ErrNoDevice, o.Device)
	}
	cfg := m.Config
	embType, embData, note, err := hostMatrix(m.Embed)
	if err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, vocab: m.Embed.Rows, prec: prec, ptype: ptype, graphs: useGraphs()}
	if note != "" {
		e.notes = append(e.notes, m.Embed.Name+": "+note)
	}
	headType, headData := embType, embData
	if !cfg.TiedOutput {
		if headType, headData, note, err = hostMatrix(m.Output); err != nil {
			return nil, err
		}
		if note != "" {
			e.notes = append(e.notes, m.Output.Name+": "+note)
		}
	}
	c := C.bnc_config{
		device: C.int(o.Device), precision: C.int(ptype),
		layers: C.int(cfg.Layers), hidden: C.int(cfg.Hidden), ffn: C.int(cfg.FFN), heads: C.int(cfg.Heads),
		kv_heads: C.int(cfg.KVHeads), head_dim: C.int(cfg.HeadDim), rope_dim: C.int(cfg.RopeDim),
		vocab: C.int(m.Embed.Rows), eps: C.float(cfg.RMSEps), activation: C.int(int(cfg.Activation)),
		embed_type: C.int(embType), head_type: C.int(headType),
	}
	if cfg.TiedOutput {
		c.tied = 1
	}
	if variant.subNorms {
		c.sub_norms = 1
	}
	if variant.rope == model.RopeNorm {
		c.rope_kind = C.BNC_ROPE_NORM
	}
	if variant.qkNorm {
		c.qk_norm = 1
	}
	if m.Output.Rows != m.Embed.Rows {
		return nil, fmt.Errorf("cuda: output head has %d rows, embedding %d", m.Output.Rows, m.Embed.Rows)
	}
	var h *C.bnc_engine
	var free, need C.uint64_t
	var eb errBuf
	if rc := C.bnc_engine_new(&c, &h, &free, &need, eb.ptr(), eb.len()); rc != C.BNC_OK {
		return nil, fmt.Errorf("cuda:%d: %w", o.Device, statusError(rc, eb.String()))
	}
	e.h = &engineHandle{p: h}
	ok := false
	defer func() {
		if !ok {
			e.h.free()
		}
	}()
	// The weights fit; a session needs its KV cache and scratch on top. Check
	// that one session of the planned size fits too, before uploading, so that
	// "auto" falls back to the CPU (with this reason) rather than picking a GPU
	// on which every NewSession fails.
	plan := o.Context
	if plan <= 0 {
		plan = cfg.ContextLength
	}
	if plan > 0 {
		if plan > MaxStateTokens {
			return nil, fmt.Errorf("cuda:%d: %w: context of %d positions is above the CUDA engine's limit of %d",
				o.Device, ErrNoDevice, plan, MaxStateTokens)
		}
		sb := stateBytes(cfg, e.vocab, ptype, plan)
		if uint64(need)+sb > uint64(free) {
			return nil, fmt.Errorf("cuda:%d: %w: %d MiB free; weights need %d MiB and one %d-position session %d MiB more (KV cache and scratch)",
				o.Device, ErrNoDevice, uint64(free)>>20, uint64(need)>>20, plan, sb>>20)
		}
	}
	fail := func(what string, rc C.int) error {
		return fmt.Errorf("cuda:%d: %s: %w", o.Device, what, statusError(rc, C.GoString(C.bnc_engine_error(h))))
	}
	for li, l := range m.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, p := range []struct {
			which C.int
			lin   model.Linear
		}{{C.BNC_W_Q, l.Q}, {C.BNC_W_K, l.K}, {C.BNC_W_V, l.V}, {C.BNC_W_O, l.O}, {C.BNC_W_GATE, l.Gate}, {C.BNC_W_UP, l.Up}, {C.BNC_W_DOWN, l.Down}} {
			codes, scale, note, err := ternaryCodes(p.lin)
			if err != nil {
				return nil, err
			}
			if note != "" {
				e.notes = append(e.notes, p.lin.Name+": "+note)
			}
			rc := C.bnc_engine_set_linear(h, C.int(li), p.which, (*C.uint8_t)(unsafe.Pointer(&codes[0])), C.size_t(len(codes)), C.float(scale), C.float(p.lin.Scale))
			runtime.KeepAlive(codes)
			if rc != C.BNC_OK {
				return nil, fail(p.lin.Name, rc)
			}
			if o.Release != nil {
				o.Release(p.lin.Data)
			}
		}
		type normW struct {
			which C.int
			w     []float32
		}
		norms := []normW{{C.BNC_N_ATTN, l.AttnNorm}, {C.BNC_N_FFN, l.FFNNorm}}
		if variant.subNorms {
			norms = append(norms, normW{C.BNC_N_ATTN_SUB, l.AttnSubNorm}, normW{C.BNC_N_FFN_SUB, l.FFNSubNorm})
		}
		if variant.qkNorm {
			norms = append(norms, normW{C.BNC_N_Q, l.QNorm}, normW{C.BNC_N_K, l.KNorm})
		}
		for _, n := range norms {
			if rc := C.bnc_engine_set_norm(h, C.int(li), n.which, cFloats(n.w), C.int(len(n.w))); rc != C.BNC_OK {
				return nil, fail(fmt.Sprintf("layer %d norm", li), rc)
			}
		}
	}
	if rc := C.bnc_engine_set_output_norm(h, cFloats(m.OutputNorm), C.int(len(m.OutputNorm))); rc != C.BNC_OK {
		return nil, fail("output_norm", rc)
	}
	if rc := C.bnc_engine_set_embed(h, unsafe.Pointer(&embData[0]), C.size_t(len(embData))); rc != C.BNC_OK {
		return nil, fail(m.Embed.Name, rc)
	}
	if !cfg.TiedOutput {
		if rc := C.bnc_engine_set_head(h, unsafe.Pointer(&headData[0]), C.size_t(len(headData))); rc != C.BNC_OK {
			return nil, fail(m.Output.Name, rc)
		}
	}
	runtime.KeepAlive(embData)
	runtime.KeepAlive(headData)
	if rc := C.bnc_engine_finish(h); rc != C.BNC_OK {
		return nil, fail("upload", rc)
	}
	if devs, _, err := cudaDevices(); err == nil && o.Device < len(devs) {
		e.dev = devs[o.Device]
	} else {
		e.dev = Device{Index: o.Device}
	}
	if note := bf16Note(prec, e.dev.ComputeCapability); note != "" {
		e.notes = append(e.notes, note)
	}
	if o.Release != nil {
		o.Release(m.Embed.Data)
		if !cfg.TiedOutput {
			o.Release(m.Output.Data)
		}
	}
	ok = true
	runtime.AddCleanup(e, func(h *engineHandle) { h.free() }, e.h)
	return e, nil
}

// useGraphs reports whether decode steps run as CUDA graphs: yes unless
// BITNET_CUDA_GRAPHS=0 or the binary runs on GPGPU-Sim, which has no graph API.
func useGraphs() bool {
	return os.Getenv("BITNET_CUDA_GRAPHS") != "0" && !onSimulator()
}

// Name returns "cuda:N".
func (e *Engine) Name() string { return fmt.Sprintf("cuda:%d", e.dev.Index) }

// VocabSize is the number of logits per row.
func (e *Engine) VocabSize() int { return e.vocab }

// MaxBatch is the most tokens one Forward call runs at once
// (engine.MaxBatcher); a State with a smaller capacity runs at most that.
func (e *Engine) MaxBatch() int { return maxBatch }

// Notes lists conversions made at load.
func (e *Engine) Notes() []string { return append([]string(nil), e.notes...) }

// Info describes the engine: device, precision, kernels.
func (e *Engine) Info() engine.Info {
	kern := map[string]string{}
	cfg := e.cfg
	q, kv := cfg.Heads*cfg.HeadDim, cfg.KVHeads*cfg.HeadDim
	shape := func(rows, cols int) string { return fmt.Sprintf("%dx%d", rows, cols) }
	const tk = "T2W decode GEMV (dp4a, input quantized once per sublayer) / prefill GEMM (int8 mma m16n8k32)"
	kern[shape(q+2*kv, cfg.Hidden)+" (fused Q|K|V)"] = tk + " + RoPE/KV epilogue"
	if cfg.Family.QKNorm {
		kern[shape(q+2*kv, cfg.Hidden)+" (fused Q|K|V)"] = tk + " + V epilogue; per-head q/k RMSNorm + RoPE + K store kernel"
	}
	kern[shape(cfg.Hidden, q)] = tk + " + residual"
	kern[shape(2*cfg.FFN, cfg.Hidden)+" (fused gate|up)"] = tk + " + " + cfg.Activation.String() + " epilogue"
	kern[shape(cfg.Hidden, cfg.FFN)] = tk + " + residual"
	kern["attention"] = "online-softmax GQA; decode: one block per KV head and its query heads, split by current length, ordered merge"
	kern["output"] = "head GEMV with fused RMSNorm"
	kern["batch"] = "ForwardBatch: one GEMM per linear over the rows of every state, attention per state"
	if e.graphs {
		kern["decode"] = "CUDA graph per state"
		kern["batch"] += "; decode-only passes replay a CUDA graph per row count"
	}

	var bytes uint64
	if e.h.p != nil {
		bytes = uint64(C.bnc_engine_bytes(e.h.p))
	}
	features := []string{"sm_" + dotless(e.dev.ComputeCapability), fmt.Sprintf("weights %d MiB", bytes>>20)}
	if e.dev.DriverVersion != "" {
		features = append(features, "driver "+e.dev.DriverVersion)
	}
	features = append(features, "cuda runtime "+runtimeVersion())
	sort.Strings(features)
	name := e.Name()
	if e.dev.Name != "" {
		name += " (" + e.dev.Name + ")"
	}
	// The KV cache is stored in the activation precision.
	kvType := map[string]string{"fp32": "f32", "fp16": "f16", "bf16": "bf16"}[e.prec]
	return engine.Info{Device: name, Mode: engine.Exact, Precision: e.prec, KVCache: kvType, Kernels: kern, Features: features}
}

func dotless(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// Close frees the weights on the device. States must not be used afterwards
// (closing them is still safe).
func (e *Engine) Close() error {
	// Not while a ForwardBatch pass uses the engine's batch scratch.
	e.bmu.Lock()
	defer e.bmu.Unlock()
	e.h.free()
	return nil
}

// rope returns a RoPE table covering at least n positions.
func (e *Engine) ropeFor(n int) *ropeTable {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rope == nil || e.rope.cap < n {
		e.rope = newRopeTable(n, &e.cfg)
	}
	return e.rope
}

// NewState allocates a KV cache for maxTokens positions on the device (all of
// it up front) and scratch for batches of up to 512 tokens.
func (e *Engine) NewState(maxTokens int) (engine.State, error) {
	return e.newState(maxTokens)
}

func (e *Engine) newState(maxTokens int) (*State, error) {
	if e.h.p == nil {
		return nil, errors.New("cuda: engine is closed")
	}
	// Validate before sizing anything (the host RoPE table) from maxTokens.
	if err := checkStateSize(e.cfg, e.vocab, e.ptype, maxTokens, e.dev.MemoryTotal); err != nil {
		return nil, err
	}
	b := min(maxTokens, maxBatch)
	rt := e.ropeFor(maxTokens)
	graphs := C.int(0)
	if e.graphs {
		graphs = 1
	}
	var h *C.bnc_state
	var eb errBuf
	rc := C.bnc_state_new(e.h.p, C.int(maxTokens), C.int(b), cFloats(rt.cos), cFloats(rt.sin), graphs, &h, eb.ptr(), eb.len())
	runtime.KeepAlive(rt)
	if rc != C.BNC_OK {
		return nil, fmt.Errorf("cuda: state of %d positions: %s", maxTokens, eb.String())
	}
	s := &State{e: e, h: &stateHandle{p: h}, max: maxTokens, batch: b}
	runtime.AddCleanup(s, func(h *stateHandle) { h.free() }, s.h)
	return s, nil
}

// State is one sequence's KV cache on the device. Not safe for concurrent use.
type State struct {
	e      *Engine
	h      *stateHandle
	max    int
	batch  int
	pos    int
	closed bool
}

var _ engine.State = (*State)(nil)

type stateHandle struct {
	once sync.Once
	p    *C.bnc_state
}

func (h *stateHandle) free() {
	h.once.Do(func() {
		C.bnc_state_free(h.p)
		h.p = nil
	})
}

// Len is the number of cached positions.
func (s *State) Len() int { return s.pos }

// Cap is the maximum number of positions.
func (s *State) Cap() int { return s.max }

// Truncate drops cached positions >= n.
func (s *State) Truncate(n int) error {
	if n < 0 || n > s.pos {
		return fmt.Errorf("cuda: truncate to %d: state holds %d positions", n, s.pos)
	}
	s.pos = n
	return nil
}

// Clone copies the cached positions into a new state of the same capacity.
func (s *State) Clone() (engine.State, error) {
	if s.closed {
		return nil, errors.New("cuda: state is closed")
	}
	c, err := s.e.newState(s.max)
	if err != nil {
		return nil, err
	}
	if rc := C.bnc_state_copy_kv(c.h.p, s.h.p, C.int(s.pos)); rc != C.BNC_OK {
		msg := C.GoString(C.bnc_state_error(c.h.p))
		c.Close()
		return nil, fmt.Errorf("cuda: clone: %w", statusError(rc, msg))
	}
	c.pos = s.pos
	return c, nil
}

// Close frees the state's device memory.
func (s *State) Close() error {
	if !s.closed {
		s.closed = true
		s.h.free()
	}
	return nil
}

// Forward runs tokens at positions Len()..Len()+len(tokens)-1 (in chunks of
// up to 512 tokens) and writes the requested logits into dst.
func (s *State) Forward(ctx context.Context, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	if s.closed {
		return 0, errors.New("cuda: state is closed")
	}
	if s.e.h.p == nil {
		return 0, errors.New("cuda: engine is closed")
	}
	n := len(tokens)
	if n == 0 {
		return 0, errors.New("cuda: forward of an empty batch")
	}
	if s.pos+n > s.max {
		return 0, &engine.ContextFullError{Have: s.pos, Add: n, Max: s.max}
	}
	vocab := s.e.vocab
	for i, t := range tokens {
		if t < 0 || int(t) >= vocab {
			return 0, fmt.Errorf("cuda: token %d at batch index %d is outside the vocabulary [0, %d)", t, i, vocab)
		}
	}
	nOut := 0
	switch want {
	case engine.LastLogits:
		nOut = 1
	case engine.AllLogits:
		nOut = n
	case engine.NoLogits:
	default:
		return 0, fmt.Errorf("cuda: unknown logits request %d", want)
	}
	if len(dst) < nOut*vocab {
		return 0, fmt.Errorf("cuda: logits buffer holds %d floats, need %d", len(dst), nOut*vocab)
	}
	start := s.pos
	for lo := 0; lo < n; lo += s.batch {
		if err := ctx.Err(); err != nil {
			s.pos = start
			return 0, err
		}
		hi := min(n, lo+s.batch)
		w := C.int(C.BNC_LOGITS_NONE)
		var out *C.float
		switch {
		case want == engine.AllLogits:
			w, out = C.BNC_LOGITS_ALL, cFloats(dst[lo*vocab:])
		case want == engine.LastLogits && hi == n:
			w, out = C.BNC_LOGITS_LAST, cFloats(dst)
		}
		chunk := tokens[lo:hi]
		rc := C.bnc_state_forward(s.h.p, (*C.int32_t)(unsafe.Pointer(&chunk[0])), C.int(len(chunk)), C.int(s.pos), w, out)
		runtime.KeepAlive(chunk)
		runtime.KeepAlive(dst)
		if rc != C.BNC_OK {
			msg := C.GoString(C.bnc_state_error(s.h.p))
			s.pos = start
			return 0, fmt.Errorf("cuda: forward: %w", statusError(rc, msg))
		}
		s.pos += len(chunk)
	}
	return nOut, nil
}

// deviceBytes is the device memory the state holds (for the tests).
func (s *State) deviceBytes() uint64 {
	if s.h.p == nil {
		return 0
	}
	return uint64(C.bnc_state_bytes(s.h.p))
}
