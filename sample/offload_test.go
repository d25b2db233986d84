package sample

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/detmath"
)

// refDraw is the choice an external sampler must make from an Offload: a
// straightforward rendering of the documented semantics (candidates, top-k,
// top-p mass, min-p, nucleus, temperature, draw), in the summation orders
// the package documents. The CUDA test compares the device against Sample
// itself; this checks that Offload carries everything needed.
func refDraw(logits []float32, o Offload) (id int32, drew bool) {
	if o.Temperature == 0 {
		return Greedy(logits), false
	}
	var c []cand
	for i, v := range logits {
		if v > negInf {
			c = append(c, cand{int32(i), v})
		}
	}
	if len(c) == 0 {
		return Greedy(logits), false
	}
	sorted := o.TopK > 0 || o.TopP > 0
	if sorted {
		sortCands(c)
	}
	if o.TopK > 0 && len(c) > o.TopK {
		c = c[:o.TopK]
	}
	m := float64(c[0].logit)
	for _, x := range c {
		m = max(m, float64(x.logit))
	}
	w := make([]float64, len(c))
	var z float64
	if o.TopP > 0 {
		for i, x := range c {
			w[i] = expT(x.logit, m, 1)
		}
		if o.TopK > 0 {
			for _, v := range w {
				z += v
			}
		} else {
			ic := append([]cand(nil), c...)
			iw := make([]float64, len(ic))
			sortByID(ic)
			for i, x := range ic {
				iw[i] = expT(x.logit, m, 1)
			}
			z = sumChunked(ic, iw)
		}
	}
	if o.MinP {
		thr := m + o.LogMinP
		j := 0
		for _, x := range c {
			if float64(x.logit) >= thr {
				c[j] = x
				j++
			}
		}
		c = c[:j]
	}
	if o.TopP > 0 {
		target := o.TopP * z
		var cum float64
		for i, x := range c {
			cum += expT(x.logit, m, 1)
			if cum >= target {
				c = c[:i+1]
				break
			}
		}
	}
	w = w[:len(c)]
	for i, x := range c {
		w[i] = expT(x.logit, m, o.Temperature)
	}
	if !sorted {
		return c[drawChunked(c, w, o.U)].id, true
	}
	var total float64
	for _, v := range w {
		total += v
	}
	u := o.U * total
	var cum float64
	for i, v := range w {
		cum += v
		if u < cum {
			return c[i].id, true
		}
	}
	return c[len(c)-1].id, true
}

func TestOffloadMatchesSample(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	params := []Params{
		{},
		{Temperature: 1},
		{Temperature: 0.7, TopK: 40},
		{Temperature: 0.8, TopK: 40, TopP: 0.95, MinP: 0.05},
		{Temperature: 1.3, TopP: 0.9},
		{Temperature: 1, TopP: 0.5, MinP: 0.1},
		{Temperature: 1, MinP: 0.2},
		{Temperature: 1, TopK: 1},
		{Temperature: 1e-20, TopK: 5},
		{Temperature: 1e20, TopP: 0.3},
		{Temperature: 1, TopP: 1, MinP: 0},
	}
	for pi, p := range params {
		for trial := 0; trial < 60; trial++ {
			n := 1 + r.IntN(2000)
			logits := make([]float32, n)
			for i := range logits {
				switch r.IntN(20) {
				case 0:
					logits[i] = float32(math.Inf(-1))
				case 1:
					logits[i] = 1 // ties
				default:
					logits[i] = float32(r.NormFloat64() * 3)
				}
			}
			p.Seed = uint64(trial)
			a, err := New(p)
			require.NoError(t, err)
			b, _ := New(p)
			for step := 0; step < 3; step++ {
				want := a.Sample(logits, nil)
				o, ok := b.Offload(n, nil)
				require.True(t, ok)
				got, drew := refDraw(append([]float32(nil), logits...), o)
				require.Equal(t, want, got, "params %d %+v n=%d trial %d step %d", pi, p, n, trial, step)
				if drew {
					b.Drew()
				}
			}
		}
	}
}

func TestOffloadPenalties(t *testing.T) {
	s, err := New(Params{Temperature: 1, RepeatPenalty: 1.1, PenaltyWindow: 8})
	require.NoError(t, err)
	_, ok := s.Offload(10, []int32{1})
	require.False(t, ok, "penalties are not offloaded")
	_, ok = s.Offload(10, nil)
	require.True(t, ok, "no history, nothing to penalize")
}

func expT(l float32, m, t float64) float64 { return detmath.Exp((float64(l) - m) / t) }

func sortCands(c []cand) { slices.SortFunc(c, byLogitDesc) }

func sortByID(c []cand) {
	slices.SortFunc(c, func(a, b cand) int { return cmp.Compare(a.id, b.id) })
}
