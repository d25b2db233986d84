package model_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// reloadEdited copies f with edit applied to the metadata and extra tensors
// added, and loads the copy.
func reloadEdited(t *testing.T, f *gguf.File, edit func(w *gguf.Writer), extra func(w *gguf.Writer)) (*model.Model, error) {
	t.Helper()
	w := gguf.NewWriter()
	w.SetFrom(f, nil)
	if extra != nil {
		extra(w)
	}
	for _, ti := range f.Tensors() {
		data, err := f.TensorData(ti.Name)
		require.NoError(t, err)
		require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, data))
	}
	if edit != nil {
		edit(w)
	}
	var buf writerBuf
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	g, err := gguf.Parse(buf.b)
	require.NoError(t, err)
	return model.FromGGUF(g, model.Options{})
}

func f32s(v ...float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// TestRopeScalingKeys: the rope.scaling.* keys llama.cpp's converter writes
// load into Config.RopeScaling with llama.cpp's defaults resolved, and
// hostile or unimplemented values are refused with a typed error naming the
// key.
func TestRopeScalingKeys(t *testing.T) {
	f, m := convertedModel(t, convert.CheckpointConfig{
		Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, Seed: 8,
	}, 0)
	assert.Equal(t, model.RopeScalingNone, m.Config.RopeScaling.Type)
	assert.False(t, m.Config.RopeScaling.Scaled())

	set := func(kv map[string]gguf.Value) func(w *gguf.Writer) {
		return func(w *gguf.Writer) {
			for k, v := range kv {
				w.Set("qwen3."+k, v)
			}
		}
	}
	yarn := map[string]gguf.Value{
		"rope.scaling.type": gguf.StringValue("yarn"), "rope.scaling.factor": gguf.Float32Value(4),
		"rope.scaling.original_context_length": gguf.Uint32Value(16),
	}
	m, err := reloadEdited(t, f, set(yarn), nil)
	require.NoError(t, err)
	r := m.Config.RopeScaling
	assert.Equal(t, model.RopeScalingYaRN, r.Type)
	assert.Equal(t, float32(4), r.Factor)
	assert.Equal(t, 16, r.OrigContext)
	assert.Equal(t, float32(1), r.ExtFactor)
	assert.Equal(t, float32(1), r.AttnFactor)
	assert.True(t, r.Scaled())
	assert.InDelta(t, 1+0.1*math.Log(4), r.MScale(), 1e-15)
	// ggml_rope_yarn_corr_dims in float64: n*ln(orig/(beta*2pi))/(2 ln base),
	// floor for beta_fast, ceil for beta_slow, clamped to [0, n-1]. With
	// 64 dims, 16 positions and base 1e6: -2.9 and 2.16.
	corr := func(beta float64) float64 { return 64 * math.Log(16/(beta*2*math.Pi)) / (2 * math.Log(1e6)) }
	assert.Equal(t, [2]float32{float32(max(0, math.Floor(corr(32)))), float32(min(63, math.Ceil(corr(1))))}, r.CorrDims)
	assert.Equal(t, [2]float32{0, 3}, r.CorrDims)
	assert.Equal(t, "yarn x4 from 16 positions", r.String())

	// Without a type key llama.cpp reads "linear"; a factor of 0 is none.
	m, err = reloadEdited(t, f, set(map[string]gguf.Value{"rope.scaling.factor": gguf.Float32Value(2)}), nil)
	require.NoError(t, err)
	assert.Equal(t, model.RopeScalingLinear, m.Config.RopeScaling.Type)
	assert.Equal(t, float32(0), m.Config.RopeScaling.ExtFactor)
	m, err = reloadEdited(t, f, set(map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("linear"), "rope.scaling.factor": gguf.Float32Value(0)}), nil)
	require.NoError(t, err)
	assert.False(t, m.Config.RopeScaling.Scaled())
	m, err = reloadEdited(t, f, set(map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("none"), "rope.scaling.factor": gguf.Float32Value(8)}), nil)
	require.NoError(t, err)
	assert.False(t, m.Config.RopeScaling.Scaled(), "type none never scales")
	// llama.cpp's defaults written out are accepted.
	m, err = reloadEdited(t, f, func(w *gguf.Writer) {
		set(yarn)(w)
		set(map[string]gguf.Value{"rope.scaling.yarn_beta_fast": gguf.Float32Value(32), "rope.scaling.yarn_beta_slow": gguf.Float32Value(1),
			"rope.scaling.yarn_ext_factor": gguf.Float32Value(1), "rope.scaling.attn_factor": gguf.Float32Value(1)})(w)
	}, nil)
	require.NoError(t, err)
	assert.Equal(t, [2]float32{0, 3}, m.Config.RopeScaling.CorrDims)

	nan := float32(math.NaN())
	for _, tc := range []struct {
		name string
		kv   map[string]gguf.Value
		want error
		key  string
	}{
		{"factor NaN", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("yarn"), "rope.scaling.factor": gguf.Float32Value(nan)}, model.ErrShape, "rope.scaling.factor"},
		{"factor negative", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("linear"), "rope.scaling.factor": gguf.Float32Value(-2)}, model.ErrShape, "rope.scaling.factor"},
		{"factor infinite", map[string]gguf.Value{"rope.scaling.factor": gguf.Float32Value(float32(math.Inf(1)))}, model.ErrShape, "rope.scaling.factor"},
		{"factor huge", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("yarn"), "rope.scaling.factor": gguf.Float32Value(1e9)}, model.ErrShape, "rope.scaling.factor"},
		{"factor a string", map[string]gguf.Value{"rope.scaling.factor": gguf.StringValue("4")}, nil, "rope.scaling.factor"},
		{"longrope", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("longrope")}, model.ErrUnsupportedArch, "rope.scaling.type"},
		{"unknown type", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("dynamic")}, model.ErrUnsupportedArch, "rope.scaling.type"},
		{"original context 0", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("yarn"), "rope.scaling.factor": gguf.Float32Value(4),
			"rope.scaling.original_context_length": gguf.Uint32Value(0)}, model.ErrShape, "rope.scaling.original_context_length"},
		{"attn_factor NaN", map[string]gguf.Value{"rope.scaling.attn_factor": gguf.Float32Value(nan)}, model.ErrShape, "rope.scaling.attn_factor"},
		{"attn_factor 0", map[string]gguf.Value{"rope.scaling.attn_factor": gguf.Float32Value(0)}, model.ErrShape, "rope.scaling.attn_factor"},
		{"beta_fast not llama.cpp's", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("yarn"), "rope.scaling.factor": gguf.Float32Value(4),
			"rope.scaling.yarn_beta_fast": gguf.Float32Value(16)}, model.ErrUnsupportedArch, "rope.scaling.yarn_beta_fast"},
		{"log multiplier", map[string]gguf.Value{"rope.scaling.yarn_log_multiplier": gguf.Float32Value(0.1)}, model.ErrUnsupportedArch, "rope.scaling.yarn_log_multiplier"},
		{"ext_factor with linear", map[string]gguf.Value{"rope.scaling.type": gguf.StringValue("linear"), "rope.scaling.factor": gguf.Float32Value(4),
			"rope.scaling.yarn_ext_factor": gguf.Float32Value(1)}, model.ErrUnsupportedArch, "rope.scaling.yarn_ext_factor"},
	} {
		_, err := reloadEdited(t, f, set(tc.kv), nil)
		require.Error(t, err, tc.name)
		if tc.want != nil {
			assert.ErrorIs(t, err, tc.want, tc.name)
		}
		assert.ErrorContains(t, err, "qwen3."+tc.key, tc.name)
	}
}

// TestRopeFreqs: a llama file's rope_freqs.weight (what llama.cpp's
// converter writes for Llama 3.1's "llama3" rope_type) loads into
// Config.RopeScaling.FreqFactors; a wrong shape, type or value is refused,
// and so is the tensor in a family whose llama.cpp graph passes no factors.
func TestRopeFreqs(t *testing.T) {
	f, _ := convertedModel(t, convert.CheckpointConfig{
		Architecture: "LlamaForCausalLM", Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 500000, Packed: true, Seed: 5,
	}, 0)
	ff := make([]float32, 32) // head dim 64
	for i := range ff {
		ff[i] = 1 + float32(i)/4
	}
	add := func(typ gguf.Type, dims []uint64, data []byte) func(w *gguf.Writer) {
		return func(w *gguf.Writer) { require.NoError(t, w.AddTensor("rope_freqs.weight", typ, dims, data)) }
	}
	m, err := reloadEdited(t, f, nil, add(gguf.TypeF32, []uint64{32}, f32s(ff...)))
	require.NoError(t, err)
	assert.Equal(t, ff, m.Config.RopeScaling.FreqFactors)
	assert.True(t, m.Config.RopeScaling.Scaled())
	assert.Equal(t, model.RopeScalingNone, m.Config.RopeScaling.Type)

	bad := append([]float32(nil), ff...)
	bad[7] = float32(math.NaN())
	for _, tc := range []struct {
		name  string
		extra func(w *gguf.Writer)
	}{
		{"too short", add(gguf.TypeF32, []uint64{31}, f32s(ff[:31]...))},
		{"two dims", add(gguf.TypeF32, []uint64{16, 2}, f32s(ff...))},
		{"F16", add(gguf.TypeF16, []uint64{32}, make([]byte, 64))},
		{"NaN", add(gguf.TypeF32, []uint64{32}, f32s(bad...))},
		{"negative", add(gguf.TypeF32, []uint64{32}, f32s(append([]float32{-1}, ff[1:]...)...))},
	} {
		_, err := reloadEdited(t, f, nil, tc.extra)
		require.ErrorIs(t, err, model.ErrShape, tc.name)
		assert.ErrorContains(t, err, "rope_freqs.weight", tc.name)
	}

	q, _ := convertedModel(t, convert.CheckpointConfig{
		Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, Seed: 8,
	}, 0)
	_, err = reloadEdited(t, q, nil, add(gguf.TypeF32, []uint64{32}, f32s(ff...)))
	require.ErrorIs(t, err, model.ErrUnsupportedArch)
	assert.ErrorContains(t, err, "rope_freqs.weight")
}

// TestRopeAnglesUnscaled: without scaling RopeAngles is exactly
// cos/sin(pos * base^(-2i/n)) (what every backend computed before scaling
// existed), and linear scaling by 2 at position 2p is the unscaled rotation
// at p, exactly (halving and doubling are exact in float64).
func TestRopeAnglesUnscaled(t *testing.T) {
	c := model.Config{RopeDim: 10, RopeBase: 10000}
	cos, sin := make([]float32, 5), make([]float32, 5)
	for _, pos := range []int{0, 1, 7, 300} {
		c.RopeAngles(pos, cos, sin)
		for i := range cos {
			th := float64(pos) * math.Pow(10000, -2*float64(i)/10)
			assert.Equal(t, float32(math.Cos(th)), cos[i])
			assert.Equal(t, float32(math.Sin(th)), sin[i])
		}
		lin := c
		lin.RopeScaling = model.RopeScaling{Type: model.RopeScalingLinear, Factor: 2, AttnFactor: 1}
		c2, s2 := make([]float32, 5), make([]float32, 5)
		lin.RopeAngles(2*pos, c2, s2)
		assert.Equal(t, cos, c2)
		assert.Equal(t, sin, s2)
	}
}
