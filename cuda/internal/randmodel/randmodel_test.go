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
