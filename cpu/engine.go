// Package cpu is the pure-Go backend: the whole BitNet b1.58 forward pass on the
// CPU, with scalar reference kernels and (where the CPU has them) SIMD kernels
// chosen at run time. It needs no cgo.
package cpu

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Options configures a CPU engine.
type Options struct {
	// Threads is the number of worker threads; 0 means DefaultThreads().
	Threads int
	// Mode is the numeric mode: exact, bitnetcpp (bitnet.cpp's AVX-512 build)
	// or bitnetcpp-avx2 (its AVX2 build).
	Mode engine.NumericMode
	// Kernels selects the kernel set (KernelSets): "" or "auto" picks the
	// fastest the CPU supports, "ref" the scalar reference kernels.
	Kernels string
	// HeadFormat is the output head's format: "" or HeadNative (the file's
	// type), or an opt-in HeadQ8_0 / HeadQ6_K repacked at load, which reads
	// fewer bytes per token and changes the logits slightly.
	HeadFormat string
	// KVCache is the KV cache's element type: "" (default: F16 in bitnetcpp
	// mode, which rounds K and V to F16 anyway, float32 in exact mode),
	// KVCacheF32 or KVCacheF16 (halves the cache; in exact mode it rounds K
	// and V to F16, which changes the logits: docs/PERFORMANCE.md).
	KVCache string
	// Progress, if set, is called while weights are prepared.
	Progress func(done, total int)
	// Release, if set, is called during New with model-file bytes the engine
	// has converted (a repacked head, repacked weights) and will not read
	// again in bulk; the loader drops them from a memory-mapped file's
	// resident set (gguf.File.DropResident). The engine never writes them.
	Release func(b []byte)
}

// ErrKernelUnsupported is returned (wrapped) when Options.Kernels names a
// kernel set whose instructions this CPU lacks.
var ErrKernelUnsupported = errors.New("kernel set not supported by this CPU")

var errLUTBlockScales = errors.New("the lookup-table kernel has no per-block scales")

// Engine runs a model on the CPU. It is immutable after New (apart from its
// dispatch counters) and safe for concurrent use; each sequence runs on its
// own State.
type Engine struct {
	m       *model.Model
	cfg     model.Config
	mode    engine.NumericMode
	gv      ggmlVec // the ggml vector code bitnetcpp modes reproduce
	k       kernels
	pool    *pool
	layers  []layerWeights
	head    *embedMatrix
	embed   *embedMatrix
	threads int
	kv16    bool // F16 KV cache
	// q8: some linear weights are Q2_0, so matmul inputs are also quantized
	// to Q8_0 (q2_0.go). upstream: the model has Q2_0 weights (linear, or
	// the embedding and head), so upstream llama.cpp is its reference, and
	// bitnetcpp mode rounds the softmax probabilities to F16 in batches too.
	q8, upstream bool
	notes        []string
	// embedFile, when set, is where token rows are read (pread) instead of
	// embed.data: the memory-mapped embedding is not read in bulk.
	embedFile io.ReaderAt
	// kernelOf maps "rowsxcols" to the ternary kernel chosen for that shape.
	kernelOf map[string]string
	// counts holds one dispatch counter per kernel name; headCount is the head's.
	counts    map[string]*atomic.Uint64
	headName  string
	headCount *atomic.Uint64
	// closed is set by Close: every entry point then fails with
	// engine.ErrClosed, and a Forward in flight stops at its next layer.
	closed  atomic.Bool
	batches batchPool // ForwardBatch scratch (batch.go)
}

type layerWeights struct {
	attnNorm, attnSubNorm, ffnNorm, ffnSubNorm []float32
	qNorm, kNorm                               []float32 // per-head QK norms (nil unless Family.QKNorm)
	// in are the seven input norms of a model with per-projection input
	// norms, indexed by model.InQ..InDown (nil otherwise; inputnorm.go).
	// The o and down ones sit where BitNet's sub-norms do, so they are also
	// attnSubNorm and ffnSubNorm, and that path applies them.
	in [7][]float32
	// attnPostNorm and ffnPostNorm normalize the o and down outputs before
	// the residual add (model.Family.PostNorms; nil otherwise; gemma3.go).
	attnPostNorm, ffnPostNorm  []float32
	q, k, v, o, gate, up, down *ternaryMatrix
}

// New prepares a model for the CPU. I2_S weights are used in place (never
// copied); other ternary or float types are repacked once, as are the weights
// of matrices that run the lookup-table kernel and an opt-in Q8_0/Q6_K head.
func New(ctx context.Context, m *model.Model, opts Options) (*Engine, error) {
	k, err := selectKernels(opts.Kernels)
	if err != nil {
		return nil, err
	}
	headFmt, err := ParseHeadFormat(opts.HeadFormat)
	if err != nil {
		return nil, err
	}
	kvType, err := ParseKVCache(opts.KVCache)
	if err != nil {
		return nil, err
	}
	threads := opts.Threads
	if threads <= 0 {
		threads = DefaultThreads()
	}
	e := &Engine{m: m, cfg: m.Config, mode: opts.Mode, k: k, threads: threads,
		kv16:     kvCacheType(kvType, opts.Mode) == KVCacheF16,
		kernelOf: map[string]string{}, counts: map[string]*atomic.Uint64{}}
	e.gv = ggmlAVX512
	if opts.Mode == engine.BitNetCppAVX2 {
		e.gv = ggmlAVX2
	}
	if k.note != "" {
		e.notes = append(e.notes, k.note)
	}
	e.embed, err = newEmbedMatrix(m.Embed)
	if err != nil {
		return nil, err
	}
	e.head = e.embed
	if !m.Config.TiedOutput {
		if e.head, err = newEmbedMatrix(m.Output); err != nil {
			return nil, err
		}
	}
	release := opts.Release
	if release == nil {
		release = func([]byte) {}
	}
	if headFmt != HeadNative {
		src := e.head
		if e.head, err = repackHead(ctx, src, headFmt, threads); err != nil {
			return nil, err
		}
		if e.head != src {
			e.notes = append(e.notes, fmt.Sprintf("%s: %s -> %s output head (opt-in)", src.name, src.typ, e.head.typ))
			if src != e.embed {
				release(src.data)
			}
		}
	}
	if e.head != e.embed && m.Embed.Reader != nil {
		// The embedding is not read in bulk (not the head, or the head was
		// repacked): token rows come from the file (pread), not the mapping,
		// where a fault maps a whole page-cache folio back into the process.
		e.embedFile = m.Embed.Reader
		release(e.embed.data)
	}
	e.prepareQ2Head(release)
	e.headName = "head-" + strings.ToLower(e.head.typ.String()) + "-" + k.head.name
	if e.head.q2t != nil {
		e.headName = "head-" + e.head.q2k.name
	}
	e.headCount = e.counter(e.headName)

	total := len(m.Layers)
	e.layers = make([]layerWeights, len(m.Layers))
	chosen := map[string]ternaryKernel{}
	e.upstream = model.IsQ2_0(e.head.typ) || model.IsQ2_0(e.embed.typ)
	for i, l := range m.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lw := layerWeights{attnNorm: l.AttnNorm, attnSubNorm: l.AttnSubNorm, ffnNorm: l.FFNNorm, ffnSubNorm: l.FFNSubNorm,
			qNorm: l.QNorm, kNorm: l.KNorm, attnPostNorm: l.AttnPostNorm, ffnPostNorm: l.FFNPostNorm}
		if m.Config.InputNorms {
			lw.setInputNorms(l)
		}
		for _, p := range []struct {
			dst **ternaryMatrix
			src model.Linear
		}{{&lw.q, l.Q}, {&lw.k, l.K}, {&lw.v, l.V}, {&lw.o, l.O}, {&lw.gate, l.Gate}, {&lw.up, l.Up}, {&lw.down, l.Down}} {
			tm, err := newTernaryMatrix(p.src)
			if err != nil {
				return nil, err
			}
			e.q8 = e.q8 || tm.q2 != nil
			e.upstream = e.upstream || tm.q2 != nil
			if tm.repacked != "" {
				e.notes = append(e.notes, tm.name+": "+tm.repacked)
				release(p.src.Data)
			}
			if err := e.assignKernel(ctx, tm, chosen); err != nil {
				return nil, err
			}
			if tm.q2t != nil {
				// A tiled Q2_0 kernel reads only its repacked copy.
				release(p.src.Data)
			}
			*p.dst = tm
		}
		e.layers[i] = lw
		if opts.Progress != nil {
			opts.Progress(i+1, total)
		}
	}
	e.pool = newPool(threads)
	// Stop the workers when the engine becomes unreachable and nobody called Close.
	runtime.AddCleanup(e, func(p *pool) { p.close() }, e.pool)
	return e, nil
}

// assignKernel picks tm's ternary kernel (per shape: chosen caches the
// decision) and converts its weights if that kernel needs another layout.
func (e *Engine) assignKernel(ctx context.Context, tm *ternaryMatrix, chosen map[string]ternaryKernel) error {
	shape := fmt.Sprintf("%dx%d", tm.rows, tm.cols)
	kern, ok := chosen[shape]
	if tm.q2 != nil {
		// One Q2_0 kernel per engine (its selection runs a known-answer check).
		if kern, ok = chosen["q2_0"]; !ok {
			kern, ok = q2KernelFor(e.k.name), true
			chosen["q2_0"] = kern
		}
	}
	if !ok {
		kern = e.k.tern
		switch {
		case e.k.lut == nil:
		case e.k.calibrate:
			kern = calibrateShape(ctx, e.k, tm.rows, tm.cols)
		case e.k.preferLUT != nil && e.k.preferLUT(tm.rows, tm.cols):
			kern = e.k.lut
		}
		chosen[shape] = kern
	}
	if err := kern.prepare(tm); err != nil {
		if !errors.Is(err, errLUTBlockScales) {
			return fmt.Errorf("cpu: %s: %w", tm.name, err)
		}
		kern = e.k.mad
	}
	tm.kern = kern
	tm.count = e.counter(kern.kname())
	if prev, ok := e.kernelOf[shape]; ok && prev != kern.kname() && !strings.Contains(prev, kern.kname()) {
		e.kernelOf[shape] = prev + "+" + kern.kname()
	} else if !ok {
		e.kernelOf[shape] = kern.kname()
	}
	return nil
}

func (e *Engine) counter(name string) *atomic.Uint64 {
	c, ok := e.counts[name]
	if !ok {
		c = new(atomic.Uint64)
		e.counts[name] = c
	}
	return c
}

// Name returns "cpu".
func (e *Engine) Name() string { return "cpu" }

// VocabSize is the number of logits per row.
func (e *Engine) VocabSize() int { return e.head.rows }

// Notes lists conversions made at load (repacked or ternarized tensors).
func (e *Engine) Notes() []string { return append([]string(nil), e.notes...) }

// KernelCounts returns how many times each kernel was dispatched since New:
// one count per ternary matrix product (per matrix, per forward batch) and
// per output-head evaluation, keyed by kernel name. Counting costs one atomic
// add per dispatch.
func (e *Engine) KernelCounts() map[string]uint64 {
	out := make(map[string]uint64, len(e.counts))
	for name, c := range e.counts {
		out[name] = c.Load()
	}
	return out
}

// HeadBytes is the size of the output head's weights, read once per decoded token.
func (e *Engine) HeadBytes() int64 { return int64(e.head.rowB) * int64(e.head.rows) }

// TernaryBytes is the size of the ternary weights one forward pass reads.
func (e *Engine) TernaryBytes() int64 {
	var n int64
	for _, l := range e.layers {
		for _, t := range []*ternaryMatrix{l.q, l.k, l.v, l.o, l.gate, l.up, l.down} {
			if t.lut != nil {
				n += int64(len(t.lut))
			} else if t.q2 != nil {
				n += int64(len(t.q2))
			} else {
				n += int64(len(t.codes))
			}
		}
	}
	return n
}

// Info describes the engine. Kernels maps each ternary tensor shape
// ("rowsxcols") to its kernel, and "output", "quantize", "norm" and
// "attention" to theirs.
func (e *Engine) Info() engine.Info {
	kern := make(map[string]string, len(e.kernelOf)+4)
	for s, k := range e.kernelOf {
		kern[s] = k
	}
	kern["output"] = e.headName
	kern["quantize"] = e.k.qname
	if e.mode.BitNetCppFamily() || !e.k.simdFloat {
		kern["norm"], kern["attention"] = "scalar", "scalar"
	} else {
		kern["norm"], kern["attention"] = e.k.fl.name, e.k.fl.name
		if e.k.fl.attn != "" {
			kern["attention"] = e.k.fl.attn
		}
	}
	return engine.Info{
		Device:    "cpu",
		Mode:      e.mode,
		Precision: "fp32",
		Threads:   e.threads,
		KVCache:   e.kvCacheName(),
		Kernels:   kern,
		Features:  featureList(),
	}
}

func (e *Engine) kvCacheName() string {
	if e.kv16 {
		return KVCacheF16
	}
	return KVCacheF32
}

// KernelSet is the name of the kernel set the engine runs ("auto", "avx2", ...).
func (e *Engine) KernelSet() string { return e.k.name }

// Close stops the worker threads. Afterwards NewState and the states'
// Forward and Clone return an error wrapping engine.ErrClosed; a Forward
// running on another goroutine stops at its next layer with that error
// (the weights stay valid: they belong to the model file, which the caller
// closes after every Forward has returned). Close is idempotent.
func (e *Engine) Close() error {
	e.closed.Store(true)
	e.pool.close()
	return nil
}

// errClosed is what every entry point returns after Close.
var errClosed = fmt.Errorf("cpu: %w", engine.ErrClosed)

// NewState returns a state for up to maxTokens positions. The KV cache grows
// as positions fill, so a long context costs memory only when it is used.
func (e *Engine) NewState(maxTokens int) (engine.State, error) {
	if e.closed.Load() {
		return nil, errClosed
	}
	if maxTokens <= 0 {
		return nil, fmt.Errorf("cpu: state size %d must be positive", maxTokens)
	}
	kvDim := e.cfg.KVHeads * e.cfg.HeadDim
	s := &State{e: e, max: maxTokens, kvDim: kvDim}
	s.k = make([]kvStore, e.cfg.Layers)
	s.v = make([]kvStore, e.cfg.Layers)
	for i := range s.k {
		s.k[i].half, s.v[i].half = e.kv16, e.kv16
	}
	return s, nil
}

// embedMatrix is token_embd (row lookup) or the output head (dot with every row).
type embedMatrix struct {
	name string
	typ  gguf.Type
	rows int
	dim  int
	data []byte
	rowB int
	// q2t is a Q2_0 head in tiles (packQ2Tiles) for q2k, a tiled kernel
	// (Engine.prepareQ2Head); nil when the head runs one row at a time.
	q2t []byte
	q2k q2Kernel
}

var _ engine.Engine = (*Engine)(nil)

// scratch buffers of one State, grown to the largest batch seen.
type scratch struct {
	x, h, q, kk, vv, att, gate, up, tmp, hn []float32
	a                                       acts
	mm                                      matmulTask
	at                                      attnTask
	hd                                      headTask
	rt                                      rowTask
	cos, sin                                []float32 // per batch row: RopeDim/2 each
	eb                                      []byte    // an embedding row read from the file
}

// size grows the per-row buffers of a forward pass over n rows (never shrinks
// them, so a state's steady decode allocates nothing).
func (sc *scratch) size(cfg *model.Config, kvDim, n int) {
	H, qDim, F := cfg.Hidden, cfg.Heads*cfg.HeadDim, cfg.FFN
	sc.x = grow(sc.x, n*H)
	sc.h = grow(sc.h, n*max(H, qDim, F))
	sc.q = grow(sc.q, n*qDim)
	sc.kk = grow(sc.kk, n*kvDim)
	sc.vv = grow(sc.vv, n*kvDim)
	sc.att = grow(sc.att, n*qDim)
	sc.gate = grow(sc.gate, n*F)
	sc.up = grow(sc.up, n*F)
	sc.tmp = grow(sc.tmp, n*H)
	sc.cos = grow(sc.cos, n*cfg.RopeDim/2)
	sc.sin = grow(sc.sin, n*cfg.RopeDim/2)
}
