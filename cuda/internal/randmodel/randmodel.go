// Package randmodel builds random BitNet b1.58 models in memory (no GGUF file)
// for the CUDA backend's parity tests and benchmarks. Linear layers are I2_S
// with uniformly random 2-bit codes, including the code 3 that bitnet.cpp never
// writes (both backends must read it as 0), or TQ2_0/TQ1_0 of random ternary
// values; embeddings are random F16, BF16 or F32 values. The block follows
// the configuration's registry entry (Config.Family): sub-norms or not,
// per-head QK norms or not, so the llama and qwen3 families' ternary models
// are built the same way (Of). It is a stand-in for the synth package's generator, which writes
// the same kind of model as a GGUF file.
package randmodel

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Options chooses the tensor types.
type Options struct {
	// EmbedType is token_embd's type: "f16" (default), "bf16" or "f32".
	EmbedType string
	// Untied adds a separate output head of HeadType ("f16" default).
	Untied   bool
	HeadType string
	// NoCode3 draws codes from {0,1,2} only.
	NoCode3 bool
	// LinearType is the linear layers' type: "i2_s" (default), "tq2_0" or
	// "tq1_0" (one F16 scale shared by every block of a matrix; input
	// dimensions must then be multiples of 256).
	LinearType string
}

// b158 is the registry entry of the architecture these models have.
func b158() model.Family {
	f, _ := model.LookupFamily(model.ArchBitNetB158)
	return f
}

// Tiny is a small configuration with odd sizes for parity tests.
func Tiny() model.Config {
	return model.Config{
		Arch: model.ArchBitNetB158, Name: "randmodel-tiny", Layers: 2, Hidden: 256, FFN: 384, Heads: 4, KVHeads: 2,
		HeadDim: 64, RopeDim: 64, RopeBase: 10000, RMSEps: 1e-5, ContextLength: 512, VocabSize: 301,
		Activation: model.ReLU2, TiedOutput: true, Family: b158(),
	}
}

// Of returns Tiny's shapes as a model of the registry's family arch (its
// entry and default activation), with head dimension headDim (the query
// width heads*headDim may then differ from hidden, as in Falcon3).
func Of(arch string, headDim int) (model.Config, error) {
	f, ok := model.LookupFamily(arch)
	if !ok {
		return model.Config{}, fmt.Errorf("randmodel: unknown architecture %q", arch)
	}
	c := Tiny()
	c.Arch, c.Name, c.Family, c.Activation = arch, "randmodel-"+arch, f, f.Activation
	c.FFN = 512 // a multiple of 256, so TQ weights fit too
	c.HeadDim, c.RopeDim = headDim, headDim
	return c, nil
}

// Preset2B has the shapes of microsoft/bitnet-b1.58-2B-4T.
func Preset2B() model.Config {
	return model.Config{
		Arch: model.ArchBitNetB158, Name: "randmodel-2b", Layers: 30, Hidden: 2560, FFN: 6912, Heads: 20, KVHeads: 5,
		HeadDim: 128, RopeDim: 128, RopeBase: 500000, RMSEps: 1e-5, ContextLength: 4096, VocabSize: 128256,
		Activation: model.ReLU2, TiedOutput: true, Family: b158(),
	}
}

// New returns a random model of configuration c. TiedOutput is set from
// opts.Untied.
func New(c model.Config, seed uint64, opts Options) (*model.Model, error) {
	if c.Heads*c.HeadDim <= 0 || c.Hidden%128 != 0 || c.FFN%128 != 0 || (c.Heads*c.HeadDim)%128 != 0 {
		return nil, fmt.Errorf("randmodel: dimensions must be multiples of 128")
	}
	var lt gguf.Type
	switch opts.LinearType {
	case "", "i2_s":
		lt = gguf.TypeI2_S
	case "tq2_0":
		lt = gguf.TypeTQ2_0
	case "tq1_0":
		lt = gguf.TypeTQ1_0
	default:
		return nil, fmt.Errorf("randmodel: unsupported linear type %q", opts.LinearType)
	}
	if lt != gguf.TypeI2_S && (c.Hidden%256 != 0 || c.FFN%256 != 0 || (c.Heads*c.HeadDim)%256 != 0) {
		return nil, fmt.Errorf("randmodel: %s needs input dimensions that are multiples of 256", lt)
	}
	// A Config without a registry entry is BitNet b1.58 (sub-norms).
	subNorms := c.Family.Arch == "" || c.Family.SubNorms
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c.TiedOutput = !opts.Untied
	m := &model.Model{Config: c}
	var err error
	if m.Embed, err = matrix(r, "token_embd.weight", opts.EmbedType, c.Hidden, c.VocabSize); err != nil {
		return nil, err
	}
	m.Output = m.Embed
	if opts.Untied {
		if m.Output, err = matrix(r, "output.weight", opts.HeadType, c.Hidden, c.VocabSize); err != nil {
			return nil, err
		}
	}
	m.OutputNorm = norm(r, c.Hidden)
	q, kv := c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	m.Layers = make([]model.Layer, c.Layers)
	for i := range m.Layers {
		p := fmt.Sprintf("blk.%d.", i)
		var lerr error
		lin := func(name string, in, out int) model.Linear {
			if lt == gguf.TypeI2_S {
				return linear(r, p+name+".weight", in, out, opts.NoCode3)
			}
			l, err := tqLinear(r, p+name+".weight", lt, in, out)
			if err != nil && lerr == nil {
				lerr = err
			}
			return l
		}
		l := &m.Layers[i]
		l.AttnNorm = norm(r, c.Hidden)
		if subNorms {
			l.AttnSubNorm = norm(r, q)
		}
		l.FFNNorm = norm(r, c.Hidden)
		if subNorms {
			l.FFNSubNorm = norm(r, c.FFN)
		}
		l.Q, l.K, l.V = lin("attn_q", c.Hidden, q), lin("attn_k", c.Hidden, kv), lin("attn_v", c.Hidden, kv)
		l.O = lin("attn_output", q, c.Hidden)
		l.Gate, l.Up = lin("ffn_gate", c.Hidden, c.FFN), lin("ffn_up", c.Hidden, c.FFN)
		l.Down = lin("ffn_down", c.FFN, c.Hidden)
		if lerr != nil {
			return nil, lerr
		}
		if c.Family.QKNorm {
			l.QNorm, l.KNorm = norm(r, c.HeadDim), norm(r, c.HeadDim)
		}
	}
	return m, nil
}

func norm(r *rand.Rand, n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = 0.8 + 0.4*r.Float32()
	}
	return w
}

// linear draws random I2_S codes 8 bytes at a time and a scale in [0.005, 0.1).
func linear(r *rand.Rand, name string, in, out int, noCode3 bool) model.Linear {
	n := in * out / 4
	data := make([]byte, n+32)
	for i := 0; i < n; i += 8 {
		x := r.Uint64()
		if noCode3 {
			three := x & (x >> 1) & 0x5555555555555555
			x &^= three << 1
		}
		binary.LittleEndian.PutUint64(data[i:], x)
	}
	binary.LittleEndian.PutUint32(data[n:], math.Float32bits(0.005+0.095*r.Float32()))
	return model.Linear{Name: name, Type: gguf.TypeI2_S, In: in, Out: out, Data: data, Scale: 1}
}

// tqLinear draws a random ternary matrix with one F16-exact scale for every
// block and encodes it as TQ2_0 or TQ1_0.
func tqLinear(r *rand.Rand, name string, t gguf.Type, in, out int) (model.Linear, error) {
	tern := quant.RandomTernary(r, out, in, 0)
	tern.Scales[0] = quant.F16ToF32(quant.F32ToF16(tern.Scales[0]))
	var data []byte
	var err error
	if t == gguf.TypeTQ2_0 {
		data, err = quant.EncodeTQ2(tern)
	} else {
		data, err = quant.EncodeTQ1(tern)
	}
	if err != nil {
		return model.Linear{}, fmt.Errorf("randmodel: %s: %w", name, err)
	}
	return model.Linear{Name: name, Type: t, In: in, Out: out, Data: data, Scale: 1}, nil
}

// matrix draws rows of dim values of magnitude 2^-6..2^-1 with random signs.
func matrix(r *rand.Rand, name string, typ string, dim, rows int) (model.Embedding, error) {
	var t gguf.Type
	switch typ {
	case "", "f16":
		t = gguf.TypeF16
	case "bf16":
		t = gguf.TypeBF16
	case "f32":
		t = gguf.TypeF32
	default:
		return model.Embedding{}, fmt.Errorf("randmodel: %s: unsupported type %q", name, typ)
	}
	n := dim * rows
	e := model.Embedding{Name: name, Type: t, Dim: dim, Rows: rows}
	switch t {
	case gguf.TypeF16:
		e.Data = make([]byte, 2*n)
		for i := 0; i < n; i += 4 {
			x := r.Uint64()
			for j := 0; j < 4 && i+j < n; j++ {
				h := uint16(x >> (16 * j))
				exp := 9 + (h>>10)%6 // 2^-6 .. 2^-1
				binary.LittleEndian.PutUint16(e.Data[2*(i+j):], h&0x8000|exp<<10|h&0x3ff)
			}
		}
	case gguf.TypeBF16, gguf.TypeF32:
		vals := make([]float32, n)
		for i := range vals {
			vals[i] = float32(r.NormFloat64() * 0.1)
		}
		if t == gguf.TypeBF16 {
			e.Data = quant.EncodeBF16(vals)
		} else {
			e.Data = make([]byte, 4*n)
			for i, v := range vals {
				binary.LittleEndian.PutUint32(e.Data[4*i:], math.Float32bits(v))
			}
		}
	}
	return e, nil
}
