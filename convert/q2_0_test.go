package convert_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
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
		e, worst := worstAgainstReference(ctx, t, m, kern, toks, want[:checked])
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

// TestQ2_0Group128File: the converted Qwen3 Q2_0 file re-encoded in
// PrismML's 128-value layout and stored under id 42, as the fork wrote its
// Ternary-Bonsai files, is recognised from its data spans, loads, and gives
// the 64-value file's logits up to the grouping of the float sums (four
// blocks per group instead of two), with the same greedy tokens.
func TestQ2_0Group128File(t *testing.T) {
	c := convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 2, HeadDim: 128,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 96}
	ctx := context.Background()
	f64, _ := convertTo(t, writeCkpt(t, c), gguf.TypeQ2_0)

	w := gguf.NewWriter()
	w.SetFrom(f64, nil)
	var retag []string
	for _, ti := range f64.Tensors() {
		data, err := f64.TensorData(ti.Name)
		require.NoError(t, err)
		typ := ti.Type
		if typ == gguf.TypeQ2_0 {
			cols, rows := int(ti.Dims[0]), int(ti.Dims[1])
			tern, err := quant.DecodeQ2_0(data, rows, cols)
			require.NoError(t, err)
			s, uniform := tern.UniformScale()
			require.True(t, uniform, ti.Name)
			data, err = quant.EncodeQ2_0Group(&quant.Ternary{Rows: rows, Cols: cols, Values: tern.Values, Scales: []float32{s}}, quant.Q2Group128)
			require.NoError(t, err)
			typ = gguf.TypeQ2_0G128
			retag = append(retag, ti.Name)
		}
		require.NoError(t, w.AddTensor(ti.Name, typ, ti.Dims, data))
	}
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	raw := buf.Bytes()
	for _, name := range retag { // tensor info: u64 length, name, u32 n_dims, n_dims u64, u32 type
		key := binary.LittleEndian.AppendUint64(nil, uint64(len(name)))
		key = append(key, name...)
		at := bytes.Index(raw, key)
		require.GreaterOrEqual(t, at, 0, name)
		p := at + len(key)
		p += 4 + 8*int(binary.LittleEndian.Uint32(raw[p:]))
		require.Equal(t, uint32(gguf.TypeQ2_0G128), binary.LittleEndian.Uint32(raw[p:]))
		binary.LittleEndian.PutUint32(raw[p:], uint32(gguf.TypeQ2_0))
	}
	f128, err := gguf.Parse(raw)
	require.NoError(t, err)
	ti, _ := f128.Tensor("blk.0.attn_q.weight")
	require.Equal(t, gguf.TypeQ2_0G128, ti.Type)

	toks := []int32{284, 17, 42, 99, 150, 7}
	logits := map[string][]float32{}
	for name, f := range map[string]*gguf.File{"g64": f64, "g128": f128} {
		m, err := model.FromGGUF(f, model.Options{})
		require.NoError(t, err)
		for _, kern := range []string{cpu.KernelsRef, cpu.KernelsAuto} {
			e, err := cpu.New(ctx, m, cpu.Options{Threads: 2, Kernels: kern})
			require.NoError(t, err)
			st, err := e.NewState(64)
			require.NoError(t, err)
			V := m.Config.VocabSize
			got := make([]float32, len(toks)*V)
			_, err = st.Forward(ctx, toks, engine.AllLogits, got)
			require.NoError(t, err)
			logits[name+"/"+kern] = got
			require.NoError(t, e.Close())
		}
	}
	// worstRel is the worst max relative difference of two logit sets; the
	// greedy token must agree at every position.
	worstRel := func(a, b []float32) float64 {
		V := len(a) / len(toks)
		worst := 0.0
		for i := range toks {
			var mx, r float64
			for j := range V {
				mx = math.Max(mx, math.Abs(float64(a[i*V+j]-b[i*V+j])))
				r = math.Max(r, math.Abs(float64(a[i*V+j])))
			}
			worst = math.Max(worst, mx/r)
			assert.Equal(t, slices.Index(a[i*V:(i+1)*V], slices.Max(a[i*V:(i+1)*V])), slices.Index(b[i*V:(i+1)*V], slices.Max(b[i*V:(i+1)*V])), "top-1 at %d", i)
		}
		return worst
	}
	layouts := worstRel(logits["g64/"+cpu.KernelsRef], logits["g128/"+cpu.KernelsRef])
	kernels := worstRel(logits["g128/"+cpu.KernelsRef], logits["g128/"+cpu.KernelsAuto])
	t.Logf("worst max relative logit difference over %d positions: 128- vs 64-value layout %.3g; g128 kernels auto vs ref %.3g", len(toks), layouts, kernels)
	assert.Less(t, layouts, 1e-6) // measured 1.5e-7
	assert.Less(t, kernels, 1e-6) // the Q2_0 kernels agree bit for bit; the float kernels (norms, head) differ in rounding
}
