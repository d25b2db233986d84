// Package cpu is the pure-Go backend: the whole BitNet b1.58 forward pass on the
// CPU, with scalar reference kernels and (where the CPU has them) SIMD kernels
// chosen at run time. It needs no cgo.
package cpu

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Options configures a CPU engine.
type Options struct {
	// Threads is the number of worker threads; 0 means DefaultThreads().
	Threads int
	// Mode is the numeric mode (exact or bitnetcpp).
	Mode engine.NumericMode
	// Kernels selects the kernel set: "" or "auto" picks the fastest the CPU
	// supports, "ref" the scalar reference kernels.
	Kernels string
	// Progress, if set, is called while weights are prepared.
	Progress func(done, total int)
}

// Engine runs a model on the CPU. It is immutable after New and safe for
// concurrent use; each sequence runs on its own State.
type Engine struct {
	m       *model.Model
	cfg     model.Config
	mode    engine.NumericMode
	k       kernels
	pool    *pool
	layers  []layerWeights
	head    *embedMatrix
	embed   *embedMatrix
	threads int
	notes   []string
}

type layerWeights struct {
	attnNorm, attnSubNorm, ffnNorm, ffnSubNorm []float32
	q, k, v, o, gate, up, down                 *ternaryMatrix
}

// New prepares a model for the CPU. I2_S weights are used in place (never
// copied); other ternary or float types are repacked once.
func New(ctx context.Context, m *model.Model, opts Options) (*Engine, error) {
	k, err := selectKernels(opts.Kernels)
	if err != nil {
		return nil, err
	}
	threads := opts.Threads
	if threads <= 0 {
		threads = DefaultThreads()
	}
	e := &Engine{m: m, cfg: m.Config, mode: opts.Mode, k: k, threads: threads}
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
	total := len(m.Layers)
	e.layers = make([]layerWeights, len(m.Layers))
	for i, l := range m.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lw := layerWeights{attnNorm: l.AttnNorm, attnSubNorm: l.AttnSubNorm, ffnNorm: l.FFNNorm, ffnSubNorm: l.FFNSubNorm}
		for _, p := range []struct {
			dst **ternaryMatrix
			src model.Linear
		}{{&lw.q, l.Q}, {&lw.k, l.K}, {&lw.v, l.V}, {&lw.o, l.O}, {&lw.gate, l.Gate}, {&lw.up, l.Up}, {&lw.down, l.Down}} {
			tm, err := newTernaryMatrix(p.src)
			if err != nil {
				return nil, err
			}
			if tm.repacked != "" {
				e.notes = append(e.notes, tm.name+": "+tm.repacked)
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

// Name returns "cpu".
func (e *Engine) Name() string { return "cpu" }

// VocabSize is the number of logits per row.
func (e *Engine) VocabSize() int { return e.head.rows }

// Notes lists conversions made at load (repacked or ternarized tensors).
func (e *Engine) Notes() []string { return append([]string(nil), e.notes...) }

// Info describes the engine.
func (e *Engine) Info() engine.Info {
	kern := map[string]string{}
	shapes := map[string]bool{}
	for _, l := range e.layers {
		for _, t := range []*ternaryMatrix{l.q, l.k, l.v, l.o, l.gate, l.up, l.down} {
			s := fmt.Sprintf("%dx%d", t.rows, t.cols)
			if !shapes[s] {
				shapes[s] = true
				kern[s] = e.k.name
			}
		}
	}
	kern["output"] = e.head.typ.String() + " " + e.k.name
	return engine.Info{
		Device:    "cpu",
		Mode:      e.mode,
		Precision: "fp32",
		Threads:   e.threads,
		Kernels:   kern,
		Features:  cpuFeatures(),
	}
}

// Close stops the worker threads. States must not be used afterwards.
func (e *Engine) Close() error {
	e.pool.close()
	return nil
}

// NewState returns a state for up to maxTokens positions. The KV cache grows
// as positions fill, so a long context costs memory only when it is used.
func (e *Engine) NewState(maxTokens int) (engine.State, error) {
	if maxTokens <= 0 {
		return nil, fmt.Errorf("cpu: state size %d must be positive", maxTokens)
	}
	kvDim := e.cfg.KVHeads * e.cfg.HeadDim
	s := &State{e: e, max: maxTokens, kvDim: kvDim}
	s.k = make([][]float32, e.cfg.Layers)
	s.v = make([][]float32, e.cfg.Layers)
	return s, nil
}

func cpuFeatures() []string {
	f := featureList()
	sort.Strings(f)
	return f
}

// embedMatrix is token_embd (row lookup) or the output head (dot with every row).
type embedMatrix struct {
	name string
	typ  gguf.Type
	rows int
	dim  int
	data []byte
	rowB int
}

var _ engine.Engine = (*Engine)(nil)

// scratch buffers of one State, grown to the largest batch seen.
type scratch struct {
	x, h, q, kk, vv, att, gate, up, tmp, hn []float32
	a                                       acts
	wg                                      sync.WaitGroup
	mm                                      matmulTask
	at                                      attnTask
	hd                                      headTask
	cos, sin                                []float32
}

// kernels are the functions the forward pass calls in its inner loops.
type kernels struct {
	name     string
	dotI2S   func(row []byte, q []int8) int32
	quantize func(x []float32, q []int8) (float32, int32)
}

func refKernels() kernels {
	return kernels{name: "ref", dotI2S: dotI2S, quantize: quant.QuantizeActivations}
}
