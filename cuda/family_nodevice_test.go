package cuda

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cuda/internal/randmodel"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// variantOf reads the registry entry's fields: what the kernels run, and a
// refusal wrapping ErrNoDevice (device "auto" then uses the CPU) for the rest.
func TestVariantOf(t *testing.T) {
	of := func(arch string) *model.Model {
		c, err := randmodel.Of(arch, 64)
		require.NoError(t, err)
		m, err := randmodel.New(c, 1, randmodel.Options{})
		require.NoError(t, err)
		return m
	}
	b158, err := randmodel.New(randmodel.Tiny(), 1, randmodel.Options{})
	require.NoError(t, err)
	for _, c := range []struct {
		m    *model.Model
		want blockVariant
	}{
		{b158, blockVariant{subNorms: true, rope: model.RopeNeox}},
		{of(model.ArchBitNet), blockVariant{subNorms: true, rope: model.RopeNeox}},
		{of(model.ArchLlama), blockVariant{rope: model.RopeNorm}},
		{of(model.ArchQwen3), blockVariant{rope: model.RopeNeox, qkNorm: true}},
		{&model.Model{Config: model.Config{}}, blockVariant{subNorms: true, rope: model.RopeNeox}}, // no registry entry: BitNet b1.58
	} {
		v, err := variantOf(c.m)
		require.NoError(t, err, c.m.Config.Arch)
		assert.Equal(t, c.want, v, c.m.Config.Arch)
	}

	refused := func(name string, m *model.Model, why string) {
		t.Helper()
		_, err := variantOf(m)
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, ErrNoDevice), "%s: %v", name, err)
		assert.Contains(t, err.Error(), why, name)
		t.Logf("%s: %v", name, err)
	}
	gemma := of(model.ArchGemma3)
	refused("gemma3", gemma, "post-attention and post-FFN norms")
	emb := of(model.ArchQwen3)
	emb.Config.InputNorms = true
	refused("qwen3 with input norms", emb, "per-projection input norms")
	q2 := of(model.ArchQwen3)
	q2.Layers[1].Gate.Type = gguf.TypeQ2_0
	refused("qwen3 Q2_0", q2, "Q2_0 weights (blk.1.ffn_gate.weight:")
	q2h := of(model.ArchQwen3)
	q2h.Output.Type = gguf.TypeQ2_0
	refused("Q2_0 head", q2h, "Q2_0 embeddings or output heads")
	pooled := of(model.ArchQwen3)
	pooled.Config.Pooling = model.PoolingLast
	refused("qwen3 embedding model", pooled, "embedding models (pooling last")
	wide := of(model.ArchQwen3)
	wide.Config.HeadDim = 512
	refused("qwen3 head dim 512", wide, "head dimension 512")
}
