package sample

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLogSoftmax(t *testing.T) {
	l2 := float32(math.Log(2))
	tests := []struct {
		name   string
		logits []float32
		want   []float32
	}{
		{"uniform", []float32{3, 3}, []float32{-l2, -l2}},
		{"huge logits do not overflow", []float32{1e30, 1e30, ninf}, []float32{-l2, -l2, ninf}},
		{"NaN is -Inf", []float32{0, nan, 0}, []float32{-l2, ninf, -l2}},
		{"+Inf shares the mass", []float32{inf, 5, inf}, []float32{-l2, ninf, -l2}},
		{"nothing finite", []float32{ninf, nan}, []float32{ninf, ninf}},
		{"empty", []float32{}, []float32{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := make([]float32, len(tc.logits))
			LogSoftmax(tc.logits, out)
			require.Len(t, out, len(tc.want))
			for i := range out {
				if math.IsInf(float64(tc.want[i]), -1) {
					assert.True(t, math.IsInf(float64(out[i]), -1), "index %d: %v", i, out[i])
				} else {
					assert.InDelta(t, tc.want[i], out[i], 1e-6, "index %d", i)
				}
			}
		})
	}

	// Short out: only the first entries are written, still normalized over
	// all logits.
	out := make([]float32, 1)
	LogSoftmax([]float32{1, 1, 1, 1}, out)
	assert.InDelta(t, -math.Log(4), out[0], 1e-6)
}

// Property: exp(logprobs) sums to 1 and differences equal logit differences.
func TestLogSoftmaxProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for range 100 {
		n := 1 + r.IntN(5000)
		logits := randLogits(r, n, 1+r.Float64()*20)
		out := make([]float32, n)
		LogSoftmax(logits, out)
		var sum float64
		for i, v := range out {
			require.LessOrEqual(t, v, float32(0))
			sum += math.Exp(float64(v))
			if i > 0 {
				require.InDelta(t, logits[i]-logits[0], out[i]-out[0], 1e-3)
			}
		}
		require.InDelta(t, 1, sum, 1e-4)
	}
}

func TestTopLogprobs(t *testing.T) {
	logits := []float32{0.5, 2, nan, 2, -1, ninf}
	all := make([]float32, len(logits))
	LogSoftmax(logits, all)

	assert.Nil(t, TopLogprobs(logits, 0))
	assert.Nil(t, TopLogprobs(logits, -3))
	assert.Nil(t, TopLogprobs(nil, 5))

	got := TopLogprobs(logits, 3)
	require.Len(t, got, 3)
	assert.Equal(t, []int32{1, 3, 0}, []int32{got[0].ID, got[1].ID, got[2].ID}, "descending, ties to the lowest id")
	for _, g := range got {
		assert.Equal(t, all[g.ID], g.Logprob)
	}

	got = TopLogprobs(logits, 100)
	require.Len(t, got, len(logits), "k above the vocabulary returns everything")
	assert.Equal(t, []int32{1, 3, 0, 4, 2, 5}, []int32{got[0].ID, got[1].ID, got[2].ID, got[3].ID, got[4].ID, got[5].ID})
	assert.True(t, math.IsInf(float64(got[5].Logprob), -1))

	// Agrees with a full sort on random data.
	r := rand.New(rand.NewPCG(23, 24))
	for range 50 {
		n := 1 + r.IntN(2000)
		l := randLogits(r, n, 3)
		k := 1 + r.IntN(50)
		top := TopLogprobs(l, k)
		require.Len(t, top, min(k, n))
		for i := 1; i < len(top); i++ {
			require.GreaterOrEqual(t, top[i-1].Logprob, top[i].Logprob)
		}
		// Nothing outside the result beats its last entry.
		in := map[int32]bool{}
		for _, x := range top {
			in[x.ID] = true
		}
		last := l[top[len(top)-1].ID]
		for i, v := range l {
			if !in[int32(i)] {
				require.LessOrEqual(t, v, last)
			}
		}
	}
}
