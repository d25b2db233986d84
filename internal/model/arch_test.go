package model_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/synth"
)

func TestRegistryEntries(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range model.Families() {
		assert.False(t, seen[f.Arch], "duplicate arch %s", f.Arch)
		seen[f.Arch] = true
		got, ok := model.LookupFamily(f.Arch)
		require.True(t, ok, f.Arch)
		assert.Equal(t, f.Arch, got.Arch)
		assert.NotEmpty(t, f.Name)
		assert.NotEmpty(t, f.KeyPrefix)
		assert.NotEmpty(t, f.Tensors.Embed)
		assert.NotEmpty(t, f.Features())
		if f.SubNorms {
			assert.NotEmpty(t, f.Tensors.AttnSubNorm, f.Arch)
			assert.NotEmpty(t, f.Tensors.FFNSubNorm, f.Arch)
		}
	}
	for _, a := range []string{model.ArchBitNetB158, model.ArchBitNet25, model.ArchBitNet} {
		f, ok := model.LookupFamily(a)
		require.True(t, ok, a)
		assert.True(t, f.SubNorms, a)
		assert.Equal(t, model.RopeNeox, f.Rope, a)
	}
	b, _ := model.LookupFamily(model.ArchBitNetB158)
	assert.Equal(t, model.ReLU2, b.Activation)
	u, _ := model.LookupFamily(model.ArchBitNet)
	assert.Equal(t, model.SiLU, u.Activation)
	_, ok := model.LookupFamily("gpt2")
	assert.False(t, ok)
}

// TestLoadThroughRegistry loads a synthetic file and checks that the
// configuration carries the family, and that an unknown architecture is
// refused with the registry's list.
func TestLoadThroughRegistry(t *testing.T) {
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	raw, err := synth.Bytes(context.Background(), cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	f, err := gguf.Parse(raw)
	require.NoError(t, err)
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	assert.Equal(t, model.ArchBitNetB158, m.Config.Family.Arch)
	assert.True(t, m.Config.TiedOutput)
	for _, l := range m.Layers {
		assert.Len(t, l.AttnSubNorm, cfg.Hidden)
		assert.Len(t, l.FFNSubNorm, cfg.FFN)
	}

	w := gguf.NewWriter()
	w.SetFrom(f, nil)
	w.Set("general.architecture", gguf.StringValue("mamba"))
	_, err = model.FromGGUF(metaOnly{w}, model.Options{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, model.ErrUnsupportedArch), err)
	assert.Contains(t, err.Error(), "bitnet-b1.58, bitnet-25, bitnet")
}

// metaOnly serves a Writer's metadata and no tensors: enough for the
// architecture check, which comes first.
type metaOnly struct{ w *gguf.Writer }

func (m metaOnly) get(key string) (gguf.Value, bool) {
	for _, kv := range m.w.Metadata() {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return gguf.Value{}, false
}

func (m metaOnly) String(key string) (string, error) {
	v, ok := m.get(key)
	if !ok {
		return "", errors.New("missing")
	}
	s, ok := v.Interface().(string)
	if !ok {
		return "", errors.New("not a string")
	}
	return s, nil
}
func (m metaOnly) Uint64(string) (uint64, error)         { return 0, errors.New("unused") }
func (m metaOnly) Float32(string) (float32, error)       { return 0, errors.New("unused") }
func (m metaOnly) Has(key string) bool                   { _, ok := m.get(key); return ok }
func (m metaOnly) Tensor(string) (gguf.TensorInfo, bool) { return gguf.TensorInfo{}, false }
func (m metaOnly) TensorData(string) ([]byte, error)     { return nil, errors.New("unused") }
func (m metaOnly) Strings(string) ([]string, error)      { return nil, errors.New("unused") }

// TestLlamaFamily loads a converted Llama-architecture BitNet checkpoint and
// checks what the registry entry implies: no sub-norms, SiLU, RoPE on
// adjacent pairs, a separate head, and refusal of float weights (an ordinary
// Llama model) and of tensors the forward pass does not implement.
func TestLlamaFamily(t *testing.T) {
	f, m := convertedModel(t, convert.CheckpointConfig{
		Architecture: "LlamaForCausalLM", Layers: 1, Hidden: 256, FFN: 512, Heads: 2, KVHeads: 1, HeadDim: 256,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000042, Packed: true, Seed: 5,
	}, 0)
	c := m.Config
	assert.Equal(t, model.ArchLlama, c.Arch)
	assert.Equal(t, model.SiLU, c.Activation)
	assert.Equal(t, model.RopeNorm, c.Family.Rope)
	assert.Equal(t, 256, c.HeadDim)
	assert.False(t, c.TiedOutput)
	assert.Nil(t, m.Layers[0].AttnSubNorm)
	assert.Nil(t, m.Layers[0].FFNSubNorm)

	rewrite := func(edit func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error) error {
		w := gguf.NewWriter()
		w.SetFrom(f, nil)
		for _, ti := range f.Tensors() {
			data, err := f.TensorData(ti.Name)
			require.NoError(t, err)
			require.NoError(t, edit(w, ti, data))
		}
		var buf bytes.Buffer
		_, err := w.WriteTo(&buf)
		require.NoError(t, err)
		g, err := gguf.Parse(buf.Bytes())
		require.NoError(t, err)
		_, err = model.FromGGUF(g, model.Options{})
		return err
	}
	err := rewrite(func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		if ti.Name == "blk.0.ffn_up.weight" { // as an ordinary F16 Llama would have it
			return w.AddTensor(ti.Name, gguf.TypeF16, ti.Dims, make([]byte, 2*ti.Elements()))
		}
		return w.AddTensor(ti.Name, ti.Type, ti.Dims, data)
	})
	require.ErrorIs(t, err, model.ErrUnsupportedArch)
	assert.Contains(t, err.Error(), "blk.0.ffn_up.weight")
	err = rewrite(func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		if ti.Name == "output_norm.weight" {
			if err := w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{128}, make([]byte, 512)); err != nil {
				return err
			}
		}
		return w.AddTensor(ti.Name, ti.Type, ti.Dims, data)
	})
	require.ErrorIs(t, err, model.ErrShape, "all-zero frequency factors")
	assert.Contains(t, err.Error(), "rope_freqs.weight")
}

// TestHeadDimFromKeyLength: with attention.key_length the head dimension
// need not divide the embedding (5 heads of 128 over a hidden size of 384),
// and Qwen3's per-head norms have that dimension.
func TestHeadDimFromKeyLength(t *testing.T) {
	_, m := convertedModel(t, convert.CheckpointConfig{
		Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 384, FFN: 512, Heads: 5, KVHeads: 1, HeadDim: 128,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, Seed: 6,
	}, 0)
	assert.Equal(t, model.ArchQwen3, m.Config.Arch)
	assert.Equal(t, 128, m.Config.HeadDim)
	assert.Equal(t, 640, m.Layers[0].Q.Out)
	assert.Len(t, m.Layers[0].QNorm, 128)
	assert.Len(t, m.Layers[0].KNorm, 128)
	assert.Contains(t, m.Config.Family.Features(), "QK-norm")
}
