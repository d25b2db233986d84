package cpu

import (
	"context"
	"fmt"
	"math"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// State is one sequence's KV cache and scratch space. Not safe for concurrent use.
type State struct {
	e      *Engine
	max    int
	pos    int
	kvDim  int
	k, v   []kvStore // per layer: chunks of kvChunk positions x kvDim
	sc     scratch
	closed bool
}

var _ engine.State = (*State)(nil)

// Len is the number of cached positions.
func (s *State) Len() int { return s.pos }

// Cap is the maximum number of positions.
func (s *State) Cap() int { return s.max }

// Truncate drops cached positions >= n.
func (s *State) Truncate(n int) error {
	if n < 0 || n > s.pos {
		return fmt.Errorf("cpu: truncate to %d: state holds %d positions", n, s.pos)
	}
	s.pos = n
	return nil
}

// Clone returns a new state of the same capacity holding the cached
// positions. The two share the cache's memory until either writes into a
// chunk of it (kvStore.clone), so a clone costs little time and memory.
func (s *State) Clone() (engine.State, error) {
	if s.e.closed.Load() {
		return nil, errClosed
	}
	c := &State{e: s.e, max: s.max, pos: s.pos, kvDim: s.kvDim}
	c.k = make([]kvStore, len(s.k))
	c.v = make([]kvStore, len(s.v))
	for i := range s.k {
		c.k[i] = s.k[i].clone(s.pos)
		c.v[i] = s.v[i].clone(s.pos)
	}
	return c, nil
}

// Close releases the cache.
func (s *State) Close() error {
	s.k, s.v = nil, nil
	s.sc = scratch{}
	s.closed = true
	return nil
}

// Forward runs tokens as one batch at positions Len()..Len()+len(tokens)-1.
func (s *State) Forward(ctx context.Context, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	if s.closed {
		return 0, fmt.Errorf("cpu: state is closed")
	}
	e := s.e
	if e.closed.Load() {
		return 0, errClosed
	}
	cfg := e.cfg
	n := len(tokens)
	if n == 0 {
		return 0, fmt.Errorf("cpu: forward of an empty batch")
	}
	if s.pos+n > s.max {
		return 0, &engine.ContextFullError{Have: s.pos, Add: n, Max: s.max}
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= e.embed.rows {
			return 0, fmt.Errorf("cpu: token %d at batch index %d is outside the vocabulary [0, %d)", t, i, e.embed.rows)
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
		return 0, fmt.Errorf("cpu: unknown logits request %d", want)
	}
	vocab := e.head.rows
	if len(dst) < nOut*vocab {
		return 0, fmt.Errorf("cpu: logits buffer holds %d floats, need %d", len(dst), nOut*vocab)
	}

	s.reserve(s.pos + n)
	H, kvDim := cfg.Hidden, s.kvDim
	sc := &s.sc
	sc.size(&cfg, kvDim, n)
	half := cfg.RopeDim / 2

	for i, t := range tokens {
		if err := e.embedRow(int(t), sc.x[i*H:(i+1)*H], &sc.eb); err != nil {
			return 0, err
		}
		// The rotation angles depend on the position only: once per row, not per layer.
		if e.mode.BitNetCppFamily() {
			ropeGGML(&cfg, s.pos+i, sc.cos[i*half:(i+1)*half], sc.sin[i*half:(i+1)*half])
		} else {
			ropeExact(&cfg, s.pos+i, sc.cos[i*half:(i+1)*half], sc.sin[i*half:(i+1)*half])
		}
	}
	e.scaleEmbeddings(sc.x[:n*H])
	for li := range e.layers {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if e.closed.Load() {
			return 0, errClosed
		}
		s.layer(li, n)
	}
	s.pos += n
	if nOut == 0 {
		return 0, nil
	}
	// Output rows: the last one, or all.
	first := n - nOut
	sc.hn = grow(sc.hn, nOut*H)
	for o := 0; o < nOut; o++ {
		row := sc.hn[o*H : (o+1)*H]
		s.norm(row, sc.x[(first+o)*H:(first+o+1)*H], e.m.OutputNorm)
		if e.mode.BitNetCppFamily() && nOut == 1 && !model.IsQ2_0(e.head.typ) {
			// ggml's F16 vec_dot path rounds a single row's input to F16.
			for j := range row {
				row[j] = round16(row[j])
			}
		}
	}
	hd := &sc.hd
	hd.m, hd.k, hd.h, hd.nOut, hd.out = e.head, &e.k.head, sc.hn, nOut, dst[:nOut*vocab]
	hd.blkBuf = grow(hd.blkBuf, e.threads)
	hd.prepare()
	e.headCount.Add(1)
	e.pool.parallelFor(vocab, 16, hd)
	return nOut, nil
}

// kvChunk is the number of positions per KV cache allocation. The cache
// grows a chunk at a time, so memory follows the positions used and growing
// never copies (nor leaves a doubled array behind for the GC).
const kvChunk = 256

// reserve grows the KV cache to hold at least n positions (whole chunks,
// the last one cut at the state's capacity), keeping what is cached.
func (s *State) reserve(n int) {
	need := (n + kvChunk - 1) / kvChunk
	for i := range s.k {
		s.k[i].grow(need, s.max, s.kvDim)
		s.v[i].grow(need, s.max, s.kvDim)
	}
}

func (s *State) norm(dst, x, w []float32) {
	switch {
	case s.e.mode.BitNetCppFamily():
		rmsNormGGML(dst, x, w, s.e.cfg.RMSEps)
	case s.e.k.simdFloat:
		s.e.k.fl.rmsNorm(dst, x, w, s.e.cfg.RMSEps)
	default:
		rmsNormExact(dst, x, w, s.e.cfg.RMSEps)
	}
}

// normQuant sets, for each of n rows of width cols: h = rms(x)*w (h = x
// when w is nil: no sub-norm), then the quantized activations sc.a from h. With up != nil it first applies the FFN
// activation in place: x = act(x)*up. Rows run in parallel when n > 1.
func (s *State) normQuant(x, w, up []float32, n, cols int) {
	sc := &s.sc
	sc.a.resize(n, cols)
	if s.e.q8 {
		sc.a.q8.resize(n, cols)
	}
	sc.rt = rowTask{s: s, x: x, w: w, up: up, cols: cols}
	if n == 1 {
		sc.rt.run(0, 0, 1)
		return
	}
	s.e.pool.parallelFor(n, 1, &sc.rt)
}

// rowTask is normQuant's per-row work.
type rowTask struct {
	s        *State
	x, w, up []float32
	cols     int
}

func (t *rowTask) run(_, lo, hi int) {
	s, c := t.s, t.cols
	a := &s.sc.a
	for i := lo; i < hi; i++ {
		x := t.x[i*c : (i+1)*c]
		if t.up != nil {
			s.e.activate(x, t.up[i*c:(i+1)*c])
		}
		h := x
		if t.w != nil { // a family without sub-norms quantizes x itself
			h = s.sc.h[i*c : (i+1)*c]
			s.norm(h, x, t.w)
		}
		a.scale[i], a.sum[i] = s.e.k.quantize(h, a.q[i*c:(i+1)*c])
		if s.e.q8 {
			a.q8.quantizeRow(i, h)
		}
	}
}

// matmul computes, from the quantized activations in sc.a, out[i] for each
// matrix ms[i] (n rows of ms[i].rows values each), all in one parallel loop.
func (s *State) matmul(ms [3]*ternaryMatrix, outs [3][]float32) {
	sc := &s.sc
	nm := 0
	for nm < len(ms) && ms[nm] != nil {
		m := ms[nm]
		m.kern.prepareActs(&sc.a)
		m.count.Add(1)
		nm++
	}
	sc.mm.set(&sc.a, s.e.threads, ms[:nm], outs[:nm])
	align := lutRows
	if sc.a.n >= gemmMinRows {
		align = gemmRowTile // whole tiles for the gemm path
	}
	s.e.pool.parallelFor(sc.mm.rows(), align, &sc.mm)
}

func (s *State) layer(li, n int) {
	e := s.e
	cfg := e.cfg
	lw := &e.layers[li]
	sc := &s.sc
	H, qDim, kvDim, F := cfg.Hidden, cfg.Heads*cfg.HeadDim, s.kvDim, cfg.FFN
	half := cfg.RopeDim / 2
	bitnetcpp := e.mode.BitNetCppFamily()

	// Attention block.
	s.projectQKV(lw, n)
	for i := 0; i < n; i++ {
		pos := s.pos + i
		cos, sin := sc.cos[i*half:(i+1)*half], sc.sin[i*half:(i+1)*half]
		s.positionHeads(lw, sc.q[i*qDim:(i+1)*qDim], sc.kk[i*kvDim:(i+1)*kvDim], cos, sin)
		if bitnetcpp {
			roundAll16(sc.q[i*qDim : (i+1)*qDim])
			if !e.kv16 { // an F16 cache rounds K and V as it stores them
				roundAll16(sc.kk[i*kvDim : (i+1)*kvDim])
				roundAll16(sc.vv[i*kvDim : (i+1)*kvDim])
			}
		}
		s.k[li].put(pos, kvDim, s.e.cfg.HeadDim, sc.kk[i*kvDim:(i+1)*kvDim])
		s.v[li].put(pos, kvDim, s.e.cfg.HeadDim, sc.vv[i*kvDim:(i+1)*kvDim])
	}
	sc.at.set(s, li, n)
	e.pool.parallelFor(n*cfg.Heads, sc.at.align(), &sc.at)
	s.normQuant(sc.att, lw.attnSubNorm, nil, n, qDim)
	s.matmul([3]*ternaryMatrix{lw.o}, [3][]float32{sc.tmp})
	s.postNorm(lw.attnPostNorm, sc.tmp, n)
	addTo(sc.x[:n*H], sc.tmp[:n*H])

	// Feed-forward block.
	s.projectGateUp(lw, n)
	s.normQuant(sc.gate, lw.ffnSubNorm, sc.up, n, F)
	s.matmul([3]*ternaryMatrix{lw.down}, [3][]float32{sc.tmp})
	s.postNorm(lw.ffnPostNorm, sc.tmp, n)
	addTo(sc.x[:n*H], sc.tmp[:n*H])
}

// projectQKV computes q, k and v for the n rows of sc.x: the block norm and
// one fused matmul, or each projection's input norm and its own matmul.
// State.layer and the batched layer share it.
func (s *State) projectQKV(lw *layerWeights, n int) {
	sc := &s.sc
	if lw.in[model.InQ] != nil {
		s.projectInputNorms(lw.attnNorm, [3]inProj{{lw.q, lw.in[model.InQ], sc.q},
			{lw.k, lw.in[model.InK], sc.kk}, {lw.v, lw.in[model.InV], sc.vv}}, n)
		return
	}
	s.normQuant(sc.x, lw.attnNorm, nil, n, s.e.cfg.Hidden)
	s.matmul([3]*ternaryMatrix{lw.q, lw.k, lw.v}, [3][]float32{sc.q, sc.kk, sc.vv})
}

// projectGateUp is projectQKV for the FFN's gate and up projections.
func (s *State) projectGateUp(lw *layerWeights, n int) {
	sc := &s.sc
	if lw.in[model.InGate] != nil {
		s.projectInputNorms(lw.ffnNorm, [3]inProj{{lw.gate, lw.in[model.InGate], sc.gate},
			{lw.up, lw.in[model.InUp], sc.up}}, n)
		return
	}
	s.normQuant(sc.x, lw.ffnNorm, nil, n, s.e.cfg.Hidden)
	s.matmul([3]*ternaryMatrix{lw.gate, lw.up}, [3][]float32{sc.gate, sc.up})
}

// positionHeads applies the family's per-head QK norms (Qwen3), then RoPE, to
// one row's query and key heads. State.layer and the batched layer share it.
func (s *State) positionHeads(lw *layerWeights, q, k, cos, sin []float32) {
	hd := s.e.cfg.HeadDim
	for h := 0; h < s.e.cfg.Heads; h++ {
		head := q[h*hd : (h+1)*hd]
		if lw.qNorm != nil {
			s.norm(head, head, lw.qNorm)
		}
		s.rotate(head, cos, sin)
	}
	for h := 0; h < s.e.cfg.KVHeads; h++ {
		head := k[h*hd : (h+1)*hd]
		if lw.kNorm != nil {
			s.norm(head, head, lw.kNorm)
		}
		s.rotate(head, cos, sin)
	}
}

// rotate applies RoPE to one head in the family's pair layout.
func (s *State) rotate(x, cos, sin []float32) {
	norm := s.e.cfg.Family.Rope == model.RopeNorm
	switch {
	case s.e.mode.BitNetCppFamily() && norm:
		rotateNormGGML(x, s.e.cfg.RopeDim, cos, sin)
	case s.e.mode.BitNetCppFamily():
		rotateNeoxGGML(x, s.e.cfg.RopeDim, cos, sin)
	case norm:
		rotateNormExact(x, s.e.cfg.RopeDim, cos, sin)
	default:
		rotateNeoxExact(x, s.e.cfg.RopeDim, cos, sin)
	}
}

func roundAll16(x []float32) {
	for i, v := range x {
		x[i] = round16(v)
	}
}

// relu2Go is the ReLU² activation times up (BitNet b1.58's FFN), in place.
func relu2Go(gate, up []float32) {
	for i, g := range gate {
		r := max(g, 0)
		gate[i] = float32(r*r) * up[i]
	}
}

func addTo(dst, src []float32) {
	for i, v := range src {
		dst[i] += v
	}
}

// activate computes gate = act(gate) * up in place, in float32 like ggml.
func activate(a model.Activation, gate, up []float32) {
	switch a {
	case model.ReLU2:
		relu2Go(gate, up)
	case model.SiLU:
		for i, g := range gate {
			gate[i] = float32(g/float32(1+float32(math.Exp(float64(-g))))) * up[i]
		}
	case model.GELU:
		const c = 0.7978845608028654 // sqrt(2/pi)
		for i, g := range gate {
			x := float64(g)
			gate[i] = float32(0.5*x*(1+math.Tanh(c*(x+0.044715*x*x*x)))) * up[i]
		}
	}
}
