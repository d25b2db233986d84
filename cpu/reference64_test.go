package cpu

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// ref64 is an independent float64 implementation of the BitNet b1.58 forward
// pass (docs/DESIGN.md, docs/MODEL.md), written from the formulas rather than from this package's
// code: weights decoded by package quant, every step in float64. Only the int8
// activation quantization is float32, because the model defines it that way
// (bitnet.cpp's quantize_row_i8_s).
type ref64 struct {
	m      *model.Model
	layers []ref64Layer
	k, v   [][][]float64 // layer, position, kvDim
}

type ref64Linear struct {
	rows, cols int
	vals       []int8
	scale      func(r, c int) float64
	out        float64
}

type ref64Layer struct {
	q, k, v, o, gate, up, down ref64Linear
}

func newRef64(t *testing.T, m *model.Model) *ref64 {
	r := &ref64{m: m, k: make([][][]float64, len(m.Layers)), v: make([][][]float64, len(m.Layers))}
	for _, l := range m.Layers {
		r.layers = append(r.layers, ref64Layer{
			q: decodeLinear(t, l.Q), k: decodeLinear(t, l.K), v: decodeLinear(t, l.V), o: decodeLinear(t, l.O),
			gate: decodeLinear(t, l.Gate), up: decodeLinear(t, l.Up), down: decodeLinear(t, l.Down),
		})
	}
	return r
}

func decodeLinear(t *testing.T, l model.Linear) ref64Linear {
	var tern *quant.Ternary
	var err error
	switch l.Type {
	case gguf.TypeI2_S:
		tern, err = quant.DecodeI2S(l.Data, l.Out, l.In)
	case gguf.TypeTQ2_0:
		tern, err = quant.DecodeTQ2(l.Data, l.Out, l.In)
	case gguf.TypeTQ1_0:
		tern, err = quant.DecodeTQ1(l.Data, l.Out, l.In)
	default:
		w := make([]float32, l.Out*l.In)
		require.NoError(t, decodeFloats(l.Type, l.Data, w))
		vals, s, _ := quant.Ternarize(w)
		tern = &quant.Ternary{Rows: l.Out, Cols: l.In, Values: vals, Scales: []float32{s}}
	}
	require.NoError(t, err)
	return ref64Linear{rows: l.Out, cols: l.In, vals: tern.Values, scale: func(r, c int) float64 { return float64(tern.Scale(r, c)) }, out: float64(l.Scale)}
}

// quantize8 is bitnet.cpp's per-token int8 quantization of x (as float32).
func quantize8(x []float64) ([]int32, float64) {
	m := 1e-5
	x32 := make([]float32, len(x))
	for i, v := range x {
		x32[i] = float32(v)
		m = math.Max(m, math.Abs(float64(x32[i])))
	}
	s := float32(127 / m)
	q := make([]int32, len(x))
	for i, v := range x32 {
		p := float64(float32(v * s))
		q[i] = int32(max(-128, min(127, math.RoundToEven(p))))
	}
	return q, float64(s)
}

func (l ref64Linear) apply(x []float64) []float64 {
	q, s := quantize8(x)
	y := make([]float64, l.rows)
	for r := range y {
		var acc float64
		for c := 0; c < l.cols; c++ {
			acc += float64(l.vals[r*l.cols+c]) * float64(q[c]) * l.scale(r, c)
		}
		y[r] = acc / s * l.out
	}
	return y
}

// rms64f is RMSNorm times w; a nil w (a family without sub-norms) returns x.
func rms64f(x []float64, w []float32, eps float32) []float64 {
	if w == nil {
		return x
	}
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	sc := 1 / math.Sqrt(ss/float64(len(x))+float64(eps))
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v * sc * float64(w[i])
	}
	return out
}

func embedRow64(t *testing.T, e model.Embedding, r int) []float64 {
	out := make([]float64, e.Dim)
	switch e.Type {
	case gguf.TypeF16:
		for i := range out {
			out[i] = float64(quant.F16ToF32(binary.LittleEndian.Uint16(e.Data[2*(r*e.Dim+i):])))
		}
	case gguf.TypeF32:
		for i := range out {
			out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(e.Data[4*(r*e.Dim+i):])))
		}
	default:
		t.Fatalf("ref64: embedding type %s not handled", e.Type)
	}
	return out
}

// step feeds one token at the next position and returns its logits.
func (r *ref64) step(t *testing.T, tok int32) []float64 {
	cfg := r.m.Config
	pos := len(r.k[0])
	x := embedRow64(t, r.m.Embed, int(tok))
	hd, group := cfg.HeadDim, cfg.Heads/cfg.KVHeads
	for li, l := range r.m.Layers {
		w := r.layers[li]
		h := rms64f(x, l.AttnNorm, cfg.RMSEps)
		q, k, v := w.q.apply(h), w.k.apply(h), w.v.apply(h)
		rope := func(vec []float64) {
			half := cfg.RopeDim / 2
			for i := 0; i < half; i++ {
				th, ms := ropeYaRN64(&cfg, pos, i)
				c, s := math.Cos(th)*ms, math.Sin(th)*ms
				i0, i1 := i, i+half // NEOX pairs
				if cfg.Family.Rope == model.RopeNorm {
					i0, i1 = 2*i, 2*i+1 // adjacent pairs
				}
				a, b := vec[i0], vec[i1]
				vec[i0], vec[i1] = a*c-b*s, a*s+b*c
			}
		}
		for hh := 0; hh < cfg.Heads; hh++ {
			if l.QNorm != nil {
				copy(q[hh*hd:(hh+1)*hd], rms64f(q[hh*hd:(hh+1)*hd], l.QNorm, cfg.RMSEps))
			}
			rope(q[hh*hd : (hh+1)*hd])
		}
		for hh := 0; hh < cfg.KVHeads; hh++ {
			if l.KNorm != nil {
				copy(k[hh*hd:(hh+1)*hd], rms64f(k[hh*hd:(hh+1)*hd], l.KNorm, cfg.RMSEps))
			}
			rope(k[hh*hd : (hh+1)*hd])
		}
		r.k[li] = append(r.k[li], k)
		r.v[li] = append(r.v[li], v)
		att := make([]float64, cfg.Heads*hd)
		for hh := 0; hh < cfg.Heads; hh++ {
			g := hh / group
			scores := make([]float64, pos+1)
			mx := math.Inf(-1)
			for j := range scores {
				var d float64
				for c := 0; c < hd; c++ {
					d += q[hh*hd+c] * r.k[li][j][g*hd+c]
				}
				scores[j] = d / math.Sqrt(float64(hd))
				mx = math.Max(mx, scores[j])
			}
			var sum float64
			for j := range scores {
				scores[j] = math.Exp(scores[j] - mx)
				sum += scores[j]
			}
			for j := range scores {
				for c := 0; c < hd; c++ {
					att[hh*hd+c] += scores[j] / sum * r.v[li][j][g*hd+c]
				}
			}
		}
		o := w.o.apply(rms64f(att, l.AttnSubNorm, cfg.RMSEps))
		for i := range x {
			x[i] += o[i]
		}
		h = rms64f(x, l.FFNNorm, cfg.RMSEps)
		gt, up := w.gate.apply(h), w.up.apply(h)
		f := make([]float64, len(gt))
		for i := range f {
			switch cfg.Activation {
			case model.ReLU2:
				rl := math.Max(gt[i], 0)
				f[i] = rl * rl * up[i]
			case model.SiLU:
				f[i] = gt[i] / (1 + math.Exp(-gt[i])) * up[i]
			default:
				t.Fatalf("ref64: activation %v not handled", cfg.Activation)
			}
		}
		d := w.down.apply(rms64f(f, l.FFNSubNorm, cfg.RMSEps))
		for i := range x {
			x[i] += d[i]
		}
	}
	hn := rms64f(x, r.m.OutputNorm, cfg.RMSEps)
	logits := make([]float64, r.m.Output.Rows)
	for vv := range logits {
		row := embedRow64(t, r.m.Output, vv)
		var s float64
		for i, e := range row {
			s += e * hn[i]
		}
		logits[vv] = s
	}
	return logits
}
