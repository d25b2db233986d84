package sample

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refAdjust is OpenAI's formula written out with a map:
// mu[j] -= c[j]*alpha_frequency + (c[j] > 0)*alpha_presence, plus the bias.
func refAdjust(a *Adjust, logits []float32, generated []int32) []float32 {
	out := append([]float32(nil), logits...)
	counts := map[int32]int{}
	for _, t := range generated {
		if t >= 0 && int(t) < len(out) {
			counts[t]++
		}
	}
	for id := range out {
		if b, ok := a.Bias[int32(id)]; ok {
			out[id] += b
		}
		if c := counts[int32(id)]; c > 0 {
			out[id] -= float32(c)*a.FrequencyPenalty + a.PresencePenalty
		}
	}
	return out
}

func TestAdjustMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		n := 1 + r.IntN(300)
		logits := randLogits(r, n, 3)
		a := &Adjust{Bias: map[int32]float32{}, FrequencyPenalty: float32(r.Float64()*4 - 2), PresencePenalty: float32(r.Float64()*4 - 2)}
		for range r.IntN(5) {
			a.Bias[int32(r.IntN(n+3))-1] = float32(r.Float64()*200 - 100)
		}
		gen := make([]int32, r.IntN(50))
		for i := range gen {
			gen[i] = int32(r.IntN(n+4)) - 2 // some out of range
		}
		want := refAdjust(a, logits, gen)
		counts := make([]int32, n)
		a.Apply(logits, gen, counts)
		assert.InDeltaSlice(t, want, logits, 1e-4)
		assert.Equal(t, make([]int32, n), counts, "scratch left zero")
	}
}

func TestAdjustValidate(t *testing.T) {
	require.NoError(t, (&Adjust{Bias: map[int32]float32{1: 100}}).Validate())
	var pe *ParamError
	require.ErrorAs(t, (&Adjust{Bias: map[int32]float32{1: inf}}).Validate(), &pe)
	require.ErrorAs(t, (&Adjust{PresencePenalty: nan}).Validate(), &pe)
	assert.False(t, (*Adjust)(nil).On())
	assert.False(t, (&Adjust{}).On())
	assert.True(t, (&Adjust{PresencePenalty: 1}).On())
}
