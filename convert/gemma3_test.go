package convert_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// gemma3Ckpt is a bitnet-embeddings-270m-shaped checkpoint: Gemma3TextModel
// with head dim 256 > hidden/heads, 4 query heads on 1 KV head (the real
// model's grouping), GELU-tanh, an input RMSNorm on every projection,
// sentence-transformers pooling, every second layer sliding with a window
// smaller than max_position_embeddings (the converter caps the context at
// it). Hidden 256 makes sqrt(hidden) = 16 exact in BF16 too (see gemmaRef).
func gemma3Ckpt(pooling string, seed uint64) convert.CheckpointConfig {
	return convert.CheckpointConfig{Architecture: "Gemma3TextModel", InputNorms: true, Pooling: pooling,
		Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300, Special: 16, Context: 128,
		SlidingWindow: 64, RopeTheta: 10000, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: seed}
}

// gemmaRef is a float64 forward pass of a Hugging Face Gemma3TextModel whose
// linear layers are BitLinear with an input RMSNorm (bitnet-embeddings-270m),
// read from the safetensors files and written from transformers' Gemma3
// modeling code, not from this module's engine: embeddings times
// sqrt(hidden); per layer Gemma3RMSNorm (x·rsqrt(mean x²+eps)·(1+w)) before
// attention, per head on q and k (then RoPE on pairs (i, i+d/2)), after
// attention, before and after the MLP; queries scaled by
// query_pre_attn_scalar^-1/2; sliding layers masking keys window or more
// positions back; GELU-tanh(gate)·up; and in every BitLinear rms(x)·w_in,
// per-token int8 activations and ternary weights divided by weight_scale.
// The embedding is rounded to F16, the type the GGUF file stores it in.
type gemmaRef struct {
	c      convert.CheckpointConfig
	embed  [][]float64
	norms  map[string][]float64 // effective multipliers: 1+w for Gemma3RMSNorm, w for BitLinear's norm
	lin    map[string]refLinear
	k, v   [][][]float64
	hidden []float64
	tie    bool
}

func newGemmaRef(t *testing.T, dir string, c convert.CheckpointConfig, f16Scales bool) *gemmaRef {
	r := &gemmaRef{c: c, norms: map[string][]float64{}, lin: map[string]refLinear{}}
	vec := func(name string, shift float64) []float64 {
		_, raw := hfTensor(t, dir, name)
		out := make([]float64, len(raw)/2)
		for i := range out {
			out[i] = shift + float64(quant.BF16ToF32(binary.LittleEndian.Uint16(raw[2*i:])))
		}
		return out
	}
	ti, raw := hfTensor(t, dir, "embed_tokens.weight")
	rows, cols := int(ti.Shape[0]), int(ti.Shape[1])
	r.embed = make([][]float64, rows)
	for i := range r.embed {
		r.embed[i] = make([]float64, cols)
		for j := range cols {
			v := quant.BF16ToF32(binary.LittleEndian.Uint16(raw[2*(i*cols+j):]))
			r.embed[i][j] = float64(quant.F16ToF32(quant.F32ToF16(v)))
		}
	}
	r.norms["norm"] = vec("norm.weight", 1)
	projs := []string{"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj", "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"}
	for l := range c.Layers {
		p := "layers." + strconv.Itoa(l) + "."
		for _, n := range []string{"input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm",
			"post_feedforward_layernorm", "self_attn.q_norm", "self_attn.k_norm"} {
			r.norms[p+n] = vec(p+n+".weight", 1)
		}
		for _, n := range projs {
			r.norms[p+n+".in"] = vec(p+n+".norm.weight", 0)
			ti, packed := hfTensor(t, dir, p+n+".weight")
			r.lin[p+n] = unpackedLinear(ti, packed, vec(p+n+".weight_scale", 0)[0], f16Scales)
		}
	}
	r.k = make([][][]float64, c.Layers)
	r.v = make([][][]float64, c.Layers)
	return r
}

func geluTanh(x float64) float64 {
	return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
}

// step runs one token and sets r.hidden to its final hidden state.
func (r *gemmaRef) step(tok int32) {
	c, hd := r.c, r.c.HeadDim
	pos := len(r.k[0])
	x := make([]float64, c.Hidden)
	for i, v := range r.embed[tok] {
		x[i] = v * math.Sqrt(float64(c.Hidden))
	}
	rope := func(v []float64) {
		for i := range hd / 2 {
			th := float64(pos) * math.Pow(c.RopeTheta, -2*float64(i)/float64(hd))
			a, b := v[i], v[i+hd/2]
			v[i], v[i+hd/2] = a*math.Cos(th)-b*math.Sin(th), a*math.Sin(th)+b*math.Cos(th)
		}
	}
	group := c.Heads / c.KVHeads
	for l := range c.Layers {
		p := "layers." + strconv.Itoa(l) + "."
		proj := func(name string, in []float64) []float64 {
			return r.lin[p+name].apply(rmsRef(in, r.norms[p+name+".in"]), &r.tie)
		}
		h := rmsRef(x, r.norms[p+"input_layernorm"])
		q, k, v := proj("self_attn.q_proj", h), proj("self_attn.k_proj", h), proj("self_attn.v_proj", h)
		for hh := range c.Heads {
			copy(q[hh*hd:(hh+1)*hd], rmsRef(q[hh*hd:(hh+1)*hd], r.norms[p+"self_attn.q_norm"]))
			rope(q[hh*hd : (hh+1)*hd])
		}
		for hh := range c.KVHeads {
			copy(k[hh*hd:(hh+1)*hd], rmsRef(k[hh*hd:(hh+1)*hd], r.norms[p+"self_attn.k_norm"]))
			rope(k[hh*hd : (hh+1)*hd])
		}
		r.k[l] = append(r.k[l], k)
		r.v[l] = append(r.v[l], v)
		first := 0
		if c.SlidingWindow > 0 && l%2 == 0 { // sliding layer: keys less than the window back
			first = max(0, pos-c.SlidingWindow+1)
		}
		att := make([]float64, c.Heads*hd)
		for hh := range c.Heads {
			g := hh / group
			sc := make([]float64, pos+1)
			mx := math.Inf(-1)
			for j := first; j <= pos; j++ {
				var d float64
				for e := range hd {
					d += q[hh*hd+e] * r.k[l][j][g*hd+e]
				}
				sc[j] = d / math.Sqrt(float64(hd)) // query_pre_attn_scalar = head_dim
				mx = math.Max(mx, sc[j])
			}
			var sum float64
			for j := first; j <= pos; j++ {
				sc[j] = math.Exp(sc[j] - mx)
				sum += sc[j]
			}
			for j := first; j <= pos; j++ {
				for e := range hd {
					att[hh*hd+e] += sc[j] / sum * r.v[l][j][g*hd+e]
				}
			}
		}
		o := rmsRef(proj("self_attn.o_proj", att), r.norms[p+"post_attention_layernorm"])
		for i := range x {
			x[i] += o[i]
		}
		h = rmsRef(x, r.norms[p+"pre_feedforward_layernorm"])
		gt, up := proj("mlp.gate_proj", h), proj("mlp.up_proj", h)
		for i := range gt {
			gt[i] = geluTanh(gt[i]) * up[i]
		}
		d := rmsRef(proj("mlp.down_proj", gt), r.norms[p+"post_feedforward_layernorm"])
		for i := range x {
			x[i] += d[i]
		}
	}
	r.hidden = rmsRef(x, r.norms["norm"])
}

// TestGemma3EmbeddingAgainstHFReference: Gemma3-backbone BitNet-embedding
// checkpoints converted to I2_S, TQ2_0, TQ1_0 and Q2_0 (the reference then
// quantizing activations to Q8_0 as llama.cpp does) load as gemma3 (input norms,
// post-norms, embedding scale, the checkpoint's pooling, context capped at
// the sliding window); the CPU engine's final hidden states (every kernel
// set, exact mode) agree with gemmaRef within 5e-7 of the largest value at
// all 9 positions, and bitnet.Model.EmbedTokens's pooled, normalized vectors
// within 5e-8 (max abs), with unit norm (measured: 1.8e-7 and 3.16e-8 at
// most). The seeds give a reference that
// meets no int8 rounding tie (checked).
func TestGemma3EmbeddingAgainstHFReference(t *testing.T) {
	for _, tc := range []struct {
		pooling string
		want    model.Pooling
		seed    uint64
	}{{"mean", model.PoolingMean, 20}, {"lasttoken", model.PoolingLast, 11}} {
		t.Run(tc.pooling, func(t *testing.T) { testGemma3AgainstHF(t, gemma3Ckpt(tc.pooling, tc.seed), tc.want) })
	}
}

func testGemma3AgainstHF(t *testing.T, c convert.CheckpointConfig, pooling model.Pooling) {
	ctx := context.Background()
	dir := writeCkpt(t, c)
	toks := make([]int32, 9)
	rr := rand.New(rand.NewPCG(3, c.Seed))
	for i := range toks {
		toks[i] = int32(rr.IntN(c.Vocab))
	}
	for _, typ := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeQ2_0} {
		ref := newGemmaRef(t, dir, c, typ != gguf.TypeI2_S)
		if typ == gguf.TypeQ2_0 { // llama.cpp's Q8_0 activations (q2_0_test.go)
			for k, l := range ref.lin {
				l.q8 = true
				ref.lin[k] = l
			}
		}
		want := make([][]float64, len(toks))
		for i, tok := range toks {
			ref.step(tok)
			want[i] = ref.hidden
		}
		require.False(t, ref.tie, "the reference met an int8 rounding tie: pick another seed")
		out := filepath.Join(t.TempDir(), "emb.gguf")
		res, err := convert.Convert(ctx, dir, out, convert.Options{Type: typ})
		require.NoError(t, err)
		require.Equal(t, model.ArchGemma3, res.Arch)
		f, err := gguf.Open(out)
		require.NoError(t, err)
		w, err := f.Uint64("gemma3.attention.sliding_window")
		require.NoError(t, err)
		require.EqualValues(t, c.SlidingWindow, w)
		m, err := model.FromGGUF(f, model.Options{})
		require.NoError(t, err)
		require.Equal(t, c.SlidingWindow, m.Config.ContextLength, "context capped at the sliding window")
		require.True(t, m.Config.InputNorms)
		require.Equal(t, pooling, m.Config.Pooling)
		require.Equal(t, model.GELU, m.Config.Activation)
		require.NotNil(t, m.Layers[1].AttnPostNorm)
		require.NotNil(t, m.Layers[1].FFNPostNorm)
		H := m.Config.Hidden
		for _, kern := range cpu.KernelSets() {
			e, err := cpu.New(ctx, m, cpu.Options{Threads: 2, Kernels: kern})
			require.NoError(t, err)
			st, err := e.NewState(len(toks))
			require.NoError(t, err)
			got := make([]float32, len(toks)*H)
			require.NoError(t, st.(interface {
				ForwardHidden(context.Context, []int32, []float32) error
			}).ForwardHidden(ctx, toks, got))
			worst := worstHiddenError(got, want[:len(toks)], H)
			t.Logf("%s %s, kernels %s: worst max relative error of the hidden states vs the float64 reference over %d positions: %.3g", c.Pooling, typ, kern, len(toks), worst)
			require.LessOrEqual(t, worst, 5e-7)
			require.NoError(t, e.Close())
		}
		require.NoError(t, f.Close())

		checkEmbed(t, ctx, out, pooling, toks, want, fmt.Sprintf("%s %s", c.Pooling, typ), 5e-8)
	}
}

// TestConvertGemma3Refusals: config.json features the engine does not
// implement stop the conversion with ErrUnsupported instead of being
// dropped.
func TestConvertGemma3Refusals(t *testing.T) {
	ctx := context.Background()
	for name, edit := range map[string]func(dir string, cfg map[string]any){
		"bidirectional":         func(_ string, cfg map[string]any) { cfg["use_bidirectional_attention"] = true },
		"query_pre_attn_scalar": func(_ string, cfg map[string]any) { cfg["query_pre_attn_scalar"] = 128 },
		"rope_local_base_freq":  func(_ string, cfg map[string]any) { cfg["rope_local_base_freq"] = 1e6 },
		"softcapping":           func(_ string, cfg map[string]any) { cfg["attn_logit_softcapping"] = 50.0 },
		"gelu_erf":              func(_ string, cfg map[string]any) { cfg["hidden_activation"] = "gelu" },
		"dense": func(dir string, _ map[string]any) {
			mods := []map[string]any{{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
				{"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
				{"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"}}
			b, err := json.Marshal(mods)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "modules.json"), b, 0o644))
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeCkpt(t, gemma3Ckpt("mean", 3))
			raw, err := os.ReadFile(filepath.Join(dir, "config.json"))
			require.NoError(t, err)
			var cfg map[string]any
			require.NoError(t, json.Unmarshal(raw, &cfg))
			edit(dir, cfg)
			raw, err = json.Marshal(cfg)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), raw, 0o644))
			_, err = convert.Convert(ctx, dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{})
			require.ErrorIs(t, err, convert.ErrUnsupported)
			t.Log(err)
		})
	}
}
