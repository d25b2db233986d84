package convert_test

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// applyQ8 is what llama.cpp does with Q2_0 weights, written from the format
// description in float64: the input quantized to Q8_0 per block of 32 by
// the x86 rule (amax in float32, d = amax/127 rounded to F16, q =
// round_half_even(x·(127/amax)) in float32), then Σ_blocks d·Σ code·q times
// the weight scale. A product within 2e-5 of a rounding boundary sets tie.
func (l refLinear) applyQ8(x []float64, tie *bool) []float64 {
	nb := len(x) / 32
	q := make([]float64, len(x))
	d := make([]float64, nb)
	for b := range nb {
		var amax float32
		x32 := make([]float32, 32)
		for j := range x32 {
			x32[j] = float32(x[b*32+j])
			amax = max(amax, float32(math.Abs(float64(x32[j]))))
		}
		d[b] = float64(quant.F16ToF32(quant.F32ToF16(amax / 127)))
		var id float32
		if amax != 0 {
			id = 127 / amax
		}
		for j, v := range x32 {
			p := float64(v * id)
			if math.Abs(p-math.Floor(p)-0.5) < 2e-5 {
				*tie = true
			}
			q[b*32+j] = math.RoundToEven(p)
		}
	}
	y := make([]float64, l.rows)
	for r := range y {
		var acc float64
		for b := range nb {
			var s float64
			for j := range 32 {
				s += float64(l.vals[r*l.cols+b*32+j]) * q[b*32+j]
			}
			acc += d[b] * s
		}
		y[r] = acc * l.scale
	}
	return y
}

// TestConvertQ2_0Qwen3: a Qwen3 checkpoint (2B-4T's packed layout, tied
// head) converted with -type q2_0 holds every linear weight as upstream
// Q2_0 with exactly the checkpoint's codes and its scale rounded to F16 in
// every group; the file loads as qwen3, and the CPU engine (exact mode,
// every kernel set) agrees with a float64 forward pass that quantizes
// activations to Q8_0 as llama.cpp does, within 1e-6 of the largest logit,
// up to the first Q8_0 rounding tie; batched steps equal single ones bit for
// bit. Other families refuse Q2_0.
func TestConvertQ2_0Qwen3(t *testing.T) {
	c := convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 2, HeadDim: 128,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 96}
	ctx := context.Background()
	dir := writeCkpt(t, c)
	f, res := convertTo(t, dir, gguf.TypeQ2_0)
	require.Equal(t, model.ArchQwen3, res.Arch)
	ft, err := f.Uint64("general.file_type")
	require.NoError(t, err)
	assert.Equal(t, uint64(41), ft)

	ref := newHFRef(t, dir, c, true)
	for k, l := range ref.lin {
		l.q8 = true
		ref.lin[k] = l
	}
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	linears := 0
	for i, ly := range m.Layers {
		for _, p := range []struct {
			lin model.Linear
			hf  string
		}{{ly.Q, "self_attn.q_proj"}, {ly.K, "self_attn.k_proj"}, {ly.V, "self_attn.v_proj"}, {ly.O, "self_attn.o_proj"},
			{ly.Gate, "mlp.gate_proj"}, {ly.Up, "mlp.up_proj"}, {ly.Down, "mlp.down_proj"}} {
			require.Equal(t, gguf.TypeQ2_0, p.lin.Type, p.lin.Name)
			tern, err := quant.DecodeQ2_0(p.lin.Data, p.lin.Out, p.lin.In)
			require.NoError(t, err, p.lin.Name)
			want := ref.lin["model.layers."+strconv.Itoa(i)+"."+p.hf]
			require.Equal(t, want.vals, tern.Values, p.lin.Name)
			for _, s := range tern.Scales {
				require.Equal(t, float32(want.scale), s, p.lin.Name)
			}
			linears++
		}
	}
	assert.Equal(t, 7*c.Layers, linears)

	toks := make([]int32, 10)
	rr := rand.New(rand.NewPCG(3, 4)) // no Q8_0 rounding tie in the 10 positions
	for i := range toks {
		toks[i] = int32(rr.IntN(c.Vocab))
	}
	want := make([][]float64, len(toks))
	checked := len(toks)
	for i, tok := range toks {
		want[i] = ref.step(tok)
		if ref.tie && checked == len(toks) {
			checked = i
		}
	}
	require.GreaterOrEqual(t, checked, 2, "rounding ties from the start: pick another seed")
	for _, kern := range cpu.KernelSets() {
		e, err := cpu.New(ctx, m, cpu.Options{Threads: 2, Kernels: kern})
		require.NoError(t, err)
		st, err := e.NewState(len(toks))
		require.NoError(t, err)
		V := m.Config.VocabSize
		got := make([]float32, len(toks)*V)
		_, err = st.Forward(ctx, toks, engine.AllLogits, got)
		require.NoError(t, err)
		worst := 0.0
		for i := range checked {
			var mx, r float64
			for j, w := range want[i] {
				mx = math.Max(mx, math.Abs(float64(got[i*V+j])-w))
				r = math.Max(r, math.Abs(w))
			}
			worst = math.Max(worst, mx/r)
		}
		t.Logf("Q2_0, kernels %s (%v): worst max relative error vs the float64 Q8_0 reference over %d of %d positions: %.3g", kern, e.Info().Kernels["256x256"], checked, len(toks), worst)
		require.LessOrEqual(t, worst, 1e-6) // measured 1.5e-7 at most
		checkBatchedEqualsAlone(t, e, toks)
		require.NoError(t, e.Close())
	}

	// BitNet families run per-token int8 activations: Q2_0 is refused.
	llama := writeCkpt(t, convert.CheckpointConfig{Architecture: "LlamaForCausalLM", Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 10000, Packed: true, LinearClass: "bitlinear", Seed: 5})
	_, err = convert.Convert(ctx, llama, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{Type: gguf.TypeQ2_0})
	assert.True(t, errors.Is(err, convert.ErrUnsupported), err)
}
