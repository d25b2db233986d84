package model_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// TestGemma3Loader loads a converted Gemma3-backbone BitNet-embedding
// checkpoint and checks the gemma3 entry's rules: post-norms and input norms
// read, GELU, the features line; a file without the sliding-window key (as
// bitnet.cpp's converter writes them) loads; and the attention keys this
// engine cannot honour (a sliding window shorter than the context, a
// different RoPE base for sliding layers, non-causal attention, logit
// soft-capping), dense projection heads and a missing post-norm are refused
// by name.
func TestGemma3Loader(t *testing.T) {
	f, m := convertedModel(t, convert.CheckpointConfig{Architecture: "Gemma3TextModel", InputNorms: true,
		Pooling: "mean", Layers: 2, Hidden: 256, FFN: 384, Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300,
		Special: 16, Context: 64, SlidingWindow: 64, RopeTheta: 10000, Tied: true, Seed: 7}, 0)
	c := m.Config
	assert.Equal(t, model.ArchGemma3, c.Arch)
	assert.Equal(t, model.GELU, c.Activation)
	assert.True(t, c.InputNorms)
	assert.True(t, c.TiedOutput)
	assert.Equal(t, 256, c.HeadDim)
	assert.Equal(t, "no sub-norms, FFN gelu, RoPE neox, head tied or separate, QK-norm, optional per-projection input norms, post-attention/FFN norms, embeddings x sqrt(hidden), ternary or Q2_0 weights only", c.Family.Features())
	for _, ly := range m.Layers {
		assert.Len(t, ly.AttnPostNorm, 256)
		assert.Len(t, ly.FFNPostNorm, 256)
		assert.Len(t, ly.QNorm, 256)
		assert.Len(t, ly.In[model.InO], 1024)
		assert.Nil(t, ly.AttnSubNorm)
	}

	rewrite := func(drop string, extra *gguf.TensorInfo, keys func(w *gguf.Writer)) (*model.Model, error) {
		w := gguf.NewWriter()
		w.SetFrom(f, nil)
		keys(w)
		for _, ti := range f.Tensors() {
			if ti.Name == drop {
				continue
			}
			data, err := f.TensorData(ti.Name)
			require.NoError(t, err)
			require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, data))
		}
		if extra != nil {
			require.NoError(t, w.AddTensor(extra.Name, extra.Type, extra.Dims, make([]byte, 4*extra.Elements())))
		}
		var buf bytes.Buffer
		_, err := w.WriteTo(&buf)
		require.NoError(t, err)
		g, err := gguf.Parse(buf.Bytes())
		require.NoError(t, err)
		return model.FromGGUF(g, model.Options{})
	}
	none := func(*gguf.Writer) {}
	_, err := rewrite("", nil, func(w *gguf.Writer) { w.Delete("gemma3.attention.sliding_window") })
	require.NoError(t, err, "no sliding window key: every layer global, as bitnet.cpp's fork runs such files")
	_, err = rewrite("", nil, func(w *gguf.Writer) { w.Set("gemma3.rope.freq_base_swa", gguf.Float32Value(10000)) })
	require.NoError(t, err, "equal RoPE bases")

	for _, tc := range []struct {
		name, drop string
		extra      *gguf.TensorInfo
		keys       func(w *gguf.Writer)
		is         error
		what       string
	}{
		{"window shorter than the context", "", nil, func(w *gguf.Writer) {
			w.Set("gemma3.attention.sliding_window", gguf.Uint32Value(32))
		}, model.ErrUnsupportedArch, "gemma3.attention.sliding_window"},
		{"local RoPE base", "", nil, func(w *gguf.Writer) {
			w.Set("gemma3.rope.freq_base_swa", gguf.Float32Value(1e6))
		}, model.ErrUnsupportedArch, "gemma3.rope.freq_base_swa"},
		{"non-causal", "", nil, func(w *gguf.Writer) {
			w.Set("gemma3.attention.causal", gguf.BoolValue(false))
		}, model.ErrUnsupportedArch, "gemma3.attention.causal"},
		{"soft-capping", "", nil, func(w *gguf.Writer) {
			w.Set("gemma3.attn_logit_softcapping", gguf.Float32Value(50))
		}, model.ErrUnsupportedArch, "gemma3.attn_logit_softcapping"},
		{"dense head", "", &gguf.TensorInfo{Name: "dense_2.weight", Type: gguf.TypeF32, Dims: []uint64{256, 4}}, none,
			model.ErrUnsupportedArch, "dense_2.weight"},
		{"missing post-norm", "blk.1.post_ffw_norm.weight", nil, none, model.ErrMissingTensor, "blk.1.post_ffw_norm.weight"},
	} {
		_, err := rewrite(tc.drop, tc.extra, tc.keys)
		require.ErrorIs(t, err, tc.is, tc.name)
		assert.Contains(t, err.Error(), tc.what, tc.name)
	}
}
