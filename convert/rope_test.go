package convert_test

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// llama3Factors64 is LlamaModel.generate_extra_tensors of llama.cpp's
// converter in float64.
func llama3Factors64(base float64, dim int, factor, low, high, old float64) []float64 {
	out := make([]float64, dim/2)
	for i := range out {
		freq := 1 / math.Pow(base, float64(2*i)/float64(dim))
		wavelen := 2 * math.Pi / freq
		switch {
		case wavelen < old/high:
			out[i] = 1
		case wavelen > old/low:
			out[i] = factor
		default:
			s := (old/wavelen - low) / (high - low)
			out[i] = 1 / ((1-s)/factor + s)
		}
	}
	return out
}

// TestConvertRopeScaling: config.json's rope_scaling becomes what llama.cpp's
// converter writes: rope.scaling.* keys for yarn and linear, a
// rope_freqs.weight tensor (first in the file) for llama3; the file loads
// with that scaling. What is not implemented is refused with ErrUnsupported.
func TestConvertRopeScaling(t *testing.T) {
	qwen := convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, Seed: 8}
	llama := convert.CheckpointConfig{Architecture: "LlamaForCausalLM", Layers: 1, Hidden: 256, FFN: 512, Heads: 2, KVHeads: 1, HeadDim: 128,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 500000, Packed: true, Seed: 5}

	ck := qwen
	ck.RopeScaling = map[string]any{"type": "yarn", "factor": 4.0, "original_max_position_embeddings": 16}
	f, _ := convertTo(t, writeCkpt(t, ck), 0)
	s, err := f.String("qwen3.rope.scaling.type")
	require.NoError(t, err)
	assert.Equal(t, "yarn", s)
	fv, err := f.Float32("qwen3.rope.scaling.factor")
	require.NoError(t, err)
	assert.Equal(t, float32(4), fv)
	n, err := f.Uint64("qwen3.rope.scaling.original_context_length")
	require.NoError(t, err)
	assert.Equal(t, uint64(16), n)
	assert.False(t, f.Has("qwen3.rope.scaling.yarn_beta_fast"), "written only when config.json has beta_fast")
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	assert.Equal(t, model.RopeScalingYaRN, m.Config.RopeScaling.Type)

	ck = qwen
	ck.Architecture = "BitNetForCausalLM"
	ck.HiddenAct = ""
	ck.RopeScaling = map[string]any{"rope_type": "linear", "factor": 2.0}
	f, _ = convertTo(t, writeCkpt(t, ck), 0)
	m, err = model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	assert.Equal(t, model.RopeScalingLinear, m.Config.RopeScaling.Type)
	assert.Equal(t, float32(2), m.Config.RopeScaling.Factor)

	ck = llama
	ck.RopeScaling = map[string]any{"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
		"original_max_position_embeddings": 64}
	f, res := convertTo(t, writeCkpt(t, ck), 0)
	assert.Equal(t, "rope_freqs.weight", f.Tensors()[0].Name)
	assert.False(t, f.Has("llama.rope.scaling.type"), "llama.cpp's converter writes no type for llama3")
	m, err = model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	ff := m.Config.RopeScaling.FreqFactors
	want := llama3Factors64(500000, 128, 8, 1, 4, 64)
	require.Len(t, ff, 64)
	var ones, eights, between int
	for i, v := range ff {
		assert.InEpsilon(t, want[i], float64(v), 1e-6, "factor %d", i)
		switch {
		case v == 1:
			ones++
		case v == 8:
			eights++
		default:
			between++
		}
	}
	t.Logf("llama3 factors: %d of 1, %d between, %d of 8 (%d tensors)", ones, between, eights, res.Tensors)
	assert.Positive(t, ones)
	assert.Positive(t, between)
	assert.Positive(t, eights)

	// transformers' rope_parameters with rope_type default: no scaling.
	ck = qwen
	ck.RopeScaling = map[string]any{"rope_type": "default"}
	f, _ = convertTo(t, writeCkpt(t, ck), 0)
	assert.False(t, f.Has("qwen3.rope.scaling.type"))

	for _, tc := range []struct {
		name string
		ck   convert.CheckpointConfig
		rs   map[string]any
	}{
		{"longrope", qwen, map[string]any{"rope_type": "longrope", "factor": 4.0, "short_factor": []float64{1}, "long_factor": []float64{1}}},
		{"dynamic", qwen, map[string]any{"type": "dynamic", "factor": 2.0}},
		{"yarn without original", qwen, map[string]any{"type": "yarn", "factor": 4.0}},
		{"no factor", qwen, map[string]any{"type": "linear"}},
		{"factor negative", qwen, map[string]any{"type": "linear", "factor": -1.0}},
		{"llama3 for qwen3", qwen, map[string]any{"rope_type": "llama3", "factor": 8.0}},
		{"factor a string", llama, map[string]any{"rope_type": "linear", "factor": "8"}},
	} {
		ck := tc.ck
		ck.RopeScaling = tc.rs
		out := filepath.Join(t.TempDir(), "x.gguf")
		_, err := convert.Convert(context.Background(), writeCkpt(t, ck), out, convert.Options{})
		require.Error(t, err, tc.name)
		if tc.name != "factor a string" {
			assert.ErrorIs(t, err, convert.ErrUnsupported, tc.name)
		}
		t.Logf("%s: %v", tc.name, err)
	}
}
