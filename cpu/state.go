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
	k, v   [][]float32 // per layer: max positions x kvDim
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

// Clone copies the cached positions into a new state of the same capacity.
func (s *State) Clone() (engine.State, error) {
	c := &State{e: s.e, max: s.max, pos: s.pos, kvDim: s.kvDim}
	c.k = make([][]float32, len(s.k))
	c.v = make([][]float32, len(s.v))
	n := s.pos * s.kvDim
	for i := range s.k {
		c.k[i] = append([]float32(nil), s.k[i][:n]...)
		c.v[i] = append([]float32(nil), s.v[i][:n]...)
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
	H, qDim, kvDim, F := cfg.Hidden, cfg.Heads*cfg.HeadDim, s.kvDim, cfg.FFN
	sc := &s.sc
	sc.x = grow(sc.x, n*H)
	sc.h = grow(sc.h, n*max(H, qDim, F))
	sc.q = grow(sc.q, n*qDim)
	sc.kk = grow(sc.kk, n*kvDim)
	sc.vv = grow(sc.vv, n*kvDim)
	sc.att = grow(sc.att, n*qDim)
	sc.gate = grow(sc.gate, n*F)
	sc.up = grow(sc.up, n*F)
	sc.tmp = grow(sc.tmp, n*H)
	sc.cos = grow(sc.cos, cfg.RopeDim/2)
	sc.sin = grow(sc.sin, cfg.RopeDim/2)

	for i, t := range tokens {
		if err := e.embed.row(int(t), sc.x[i*H:(i+1)*H]); err != nil {
			return 0, err
		}
	}
	for li := range e.layers {
		if err := ctx.Err(); err != nil {
			return 0, err
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
		if e.mode == engine.BitNetCpp && nOut == 1 {
			// ggml's F16 vec_dot path rounds a single row's input to F16.
			for j := range row {
				row[j] = round16(row[j])
			}
		}
	}
	sc.hd = headTask{m: e.head, h: sc.hn, nOut: nOut, out: dst[:nOut*vocab], blkBuf: grow(sc.hd.blkBuf, e.threads)}
	e.pool.parallelFor(vocab, 16, &sc.hd, &sc.wg)
	return nOut, nil
}

// reserve grows the KV cache to hold at least n positions (doubling, capped at
// the state's capacity), keeping what is cached.
func (s *State) reserve(n int) {
	if len(s.k) == 0 || len(s.k[0]) >= n*s.kvDim {
		return
	}
	c := max(n, min(2*len(s.k[0])/s.kvDim, s.max), 16)
	for i := range s.k {
		k := make([]float32, c*s.kvDim)
		v := make([]float32, c*s.kvDim)
		copy(k, s.k[i][:s.pos*s.kvDim])
		copy(v, s.v[i][:s.pos*s.kvDim])
		s.k[i], s.v[i] = k, v
	}
}

func (s *State) norm(dst, x, w []float32) {
	if s.e.mode == engine.BitNetCpp {
		rmsNormGGML(dst, x, w, s.e.cfg.RMSEps)
	} else {
		rmsNormExact(dst, x, w, s.e.cfg.RMSEps)
	}
}

// quantize fills sc.a from n rows of width cols.
func (s *State) quantize(x []float32, n, cols int) {
	a := &s.sc.a
	a.resize(n, cols)
	for i := 0; i < n; i++ {
		a.scale[i], a.sum[i] = s.e.k.quantize(x[i*cols:(i+1)*cols], a.q[i*cols:(i+1)*cols])
	}
}

// matmul computes out (n rows of m.rows) from the quantized activations in sc.a.
func (s *State) matmul(m *ternaryMatrix, out []float32) {
	sc := &s.sc
	sc.mm = matmulTask{m: m, a: &sc.a, out: out, stride: m.rows, k: s.e.k}
	s.e.pool.parallelFor(m.rows, 8, &sc.mm, &sc.wg)
}

func (s *State) layer(li, n int) {
	e := s.e
	cfg := e.cfg
	lw := &e.layers[li]
	sc := &s.sc
	H, qDim, kvDim, F, hd := cfg.Hidden, cfg.Heads*cfg.HeadDim, s.kvDim, cfg.FFN, cfg.HeadDim
	bitnetcpp := e.mode == engine.BitNetCpp

	// Attention block.
	for i := 0; i < n; i++ {
		s.norm(sc.h[i*H:(i+1)*H], sc.x[i*H:(i+1)*H], lw.attnNorm)
	}
	s.quantize(sc.h, n, H)
	s.matmul(lw.q, sc.q)
	s.matmul(lw.k, sc.kk)
	s.matmul(lw.v, sc.vv)
	for i := 0; i < n; i++ {
		pos := s.pos + i
		if bitnetcpp {
			ropeGGML(pos, cfg.RopeBase, cfg.RopeDim, sc.cos, sc.sin)
		} else {
			ropeExact(pos, cfg.RopeBase, cfg.RopeDim, sc.cos, sc.sin)
		}
		for h := 0; h < cfg.Heads; h++ {
			s.rotate(sc.q[i*qDim+h*hd : i*qDim+(h+1)*hd])
		}
		for h := 0; h < cfg.KVHeads; h++ {
			s.rotate(sc.kk[i*kvDim+h*hd : i*kvDim+(h+1)*hd])
		}
		if bitnetcpp {
			roundAll16(sc.q[i*qDim : (i+1)*qDim])
			roundAll16(sc.kk[i*kvDim : (i+1)*kvDim])
			roundAll16(sc.vv[i*kvDim : (i+1)*kvDim])
		}
		copy(s.k[li][pos*kvDim:(pos+1)*kvDim], sc.kk[i*kvDim:(i+1)*kvDim])
		copy(s.v[li][pos*kvDim:(pos+1)*kvDim], sc.vv[i*kvDim:(i+1)*kvDim])
	}
	sc.at.set(s, li, n)
	e.pool.parallelFor(n*cfg.Heads, 1, &sc.at, &sc.wg)
	for i := 0; i < n; i++ {
		s.norm(sc.h[i*qDim:(i+1)*qDim], sc.att[i*qDim:(i+1)*qDim], lw.attnSubNorm)
	}
	s.quantize(sc.h, n, qDim)
	s.matmul(lw.o, sc.tmp)
	addTo(sc.x[:n*H], sc.tmp[:n*H])

	// Feed-forward block.
	for i := 0; i < n; i++ {
		s.norm(sc.h[i*H:(i+1)*H], sc.x[i*H:(i+1)*H], lw.ffnNorm)
	}
	s.quantize(sc.h, n, H)
	s.matmul(lw.gate, sc.gate)
	s.matmul(lw.up, sc.up)
	activate(cfg.Activation, sc.gate[:n*F], sc.up[:n*F])
	for i := 0; i < n; i++ {
		s.norm(sc.h[i*F:(i+1)*F], sc.gate[i*F:(i+1)*F], lw.ffnSubNorm)
	}
	s.quantize(sc.h, n, F)
	s.matmul(lw.down, sc.tmp)
	addTo(sc.x[:n*H], sc.tmp[:n*H])
}

func (s *State) rotate(x []float32) {
	if s.e.mode == engine.BitNetCpp {
		rotateNeoxGGML(x, s.e.cfg.RopeDim, s.sc.cos, s.sc.sin)
	} else {
		rotateNeoxExact(x, s.e.cfg.RopeDim, s.sc.cos, s.sc.sin)
	}
}

func roundAll16(x []float32) {
	for i, v := range x {
		x[i] = round16(v)
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
		for i, g := range gate {
			r := max(g, 0)
			gate[i] = float32(r*r) * up[i]
		}
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
