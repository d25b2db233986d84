package randmodel

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

func TestTinyRunsOnCPU(t *testing.T) {
	for _, opts := range []Options{{}, {EmbedType: "bf16", Untied: true, HeadType: "f32"}, {EmbedType: "f32", NoCode3: true}} {
		m, err := New(Tiny(), 7, opts)
		require.NoError(t, err)
		e, err := cpu.New(context.Background(), m, cpu.Options{Threads: 1})
		require.NoError(t, err)
		s, err := e.NewState(16)
		require.NoError(t, err)
		out := make([]float32, 3*e.VocabSize())
		n, err := s.Forward(context.Background(), []int32{1, 5, 300}, engine.AllLogits, out)
		require.NoError(t, err)
		assert.Equal(t, 3, n)
		var nonzero bool
		for _, v := range out {
			require.False(t, math.IsNaN(float64(v)) || math.IsInf(float64(v), 0))
			nonzero = nonzero || v != 0
		}
		assert.True(t, nonzero)
		require.NoError(t, e.Close())
	}
}

func TestDeterministic(t *testing.T) {
	a, err := New(Tiny(), 3, Options{})
	require.NoError(t, err)
	b, err := New(Tiny(), 3, Options{})
	require.NoError(t, err)
	c, err := New(Tiny(), 4, Options{})
	require.NoError(t, err)
	assert.Equal(t, a.Layers[1].Down.Data, b.Layers[1].Down.Data)
	assert.Equal(t, a.Embed.Data, b.Embed.Data)
	assert.NotEqual(t, a.Layers[1].Down.Data, c.Layers[1].Down.Data)
}

func TestInvalid(t *testing.T) {
	c := Tiny()
	c.Hidden = 200
	_, err := New(c, 1, Options{})
	require.Error(t, err)
	_, err = New(Tiny(), 1, Options{EmbedType: "q4"})
	require.Error(t, err)
	var cfg model.Config = Preset2B()
	assert.Equal(t, 128, cfg.HeadDim)
}

// The llama and qwen3 families' models: the block their registry entry
// describes (no sub-norms; QK norms for qwen3), in every linear type.
func TestFamiliesRunOnCPU(t *testing.T) {
	for _, c := range []struct {
		arch string
		typ  string
	}{{model.ArchLlama, ""}, {model.ArchQwen3, "tq2_0"}, {model.ArchLlama, "tq1_0"}} {
		cfg, err := Of(c.arch, 64)
		require.NoError(t, err)
		m, err := New(cfg, 5, Options{LinearType: c.typ, Untied: true})
		require.NoError(t, err)
		l := m.Layers[0]
		assert.Nil(t, l.AttnSubNorm, c.arch)
		assert.Nil(t, l.FFNSubNorm, c.arch)
		assert.Equal(t, c.arch == model.ArchQwen3, l.QNorm != nil && len(l.KNorm) == 64, c.arch)
		e, err := cpu.New(context.Background(), m, cpu.Options{Threads: 1})
		require.NoError(t, err)
		s, err := e.NewState(8)
		require.NoError(t, err)
		out := make([]float32, 2*e.VocabSize())
		_, err = s.Forward(context.Background(), []int32{1, 7}, engine.AllLogits, out)
		require.NoError(t, err)
		for _, v := range out {
			require.False(t, math.IsNaN(float64(v)) || math.IsInf(float64(v), 0))
		}
		require.NoError(t, e.Close())
	}
	_, err := Of("nope", 64)
	require.Error(t, err)
	c, err := Of(model.ArchLlama, 64)
	require.NoError(t, err)
	c.FFN = 384
	_, err = New(c, 1, Options{LinearType: "tq2_0"})
	require.Error(t, err, "TQ needs multiples of 256")
}
