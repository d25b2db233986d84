//go:build cuda

package cuda

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/detmath"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/sample"
)

// The device's exp must be internal/detmath.Exp bit for bit: the sampler's
// exactness rests on it.
func TestKernelSampleExp(t *testing.T) {
	requireDevice(t)
	r := rand.New(rand.NewPCG(11, 12))
	x := []float64{0, math.Copysign(0, -1), 1e-9, -1e-9, -1, -0.5, math.Ln2, -math.Ln2 / 2, -700, -708.5, -744, -745.2, -746,
		709, 710, math.Inf(-1), math.Inf(1), math.NaN(), 0x1p-29, -0x1p-28}
	for len(x) < simOr(100000, 4000) {
		switch len(x) % 3 {
		case 0:
			x = append(x, -r.Float64()*40)
		case 1:
			x = append(x, -r.ExpFloat64()*200)
		default:
			x = append(x, (r.Float64()-0.5)*1500)
		}
	}
	got, err := kernelExp(0, x)
	require.NoError(t, err)
	for i, v := range x {
		want := detmath.Exp(v)
		if math.Float64bits(got[i]) != math.Float64bits(want) && !(math.IsNaN(want) && math.IsNaN(got[i])) {
			t.Fatalf("device exp(%v) = %v (%#x), detmath.Exp %v (%#x)", v, got[i], math.Float64bits(got[i]), want, math.Float64bits(want))
		}
	}
	t.Logf("device exp bit-identical to detmath.Exp on %d inputs", len(x))
}

// sampleLogits makes a random logit vector of one of several kinds.
func sampleLogits(r *rand.Rand, n, kind int) []float32 {
	l := make([]float32, n)
	for i := range l {
		l[i] = float32(r.NormFloat64() * 2)
	}
	switch kind {
	case 1: // heavy ties: few distinct values, and both zeros
		for i := range l {
			l[i] = float32(r.IntN(4)) - 1
			if l[i] == 0 && r.IntN(2) == 0 {
				l[i] = float32(math.Copysign(0, -1))
			}
		}
	case 2: // -Inf and NaN holes (grammar-masked tokens)
		for i := range l {
			switch r.IntN(4) {
			case 0:
				l[i] = float32(math.Inf(-1))
			case 1:
				l[i] = float32(math.NaN())
			}
		}
	case 3: // a peaked distribution, as a trained model's
		for i := range l {
			l[i] = float32(r.NormFloat64()*1.5 - 8)
		}
		for j := 0; j < 5; j++ {
			l[r.IntN(n)] = float32(5 + r.Float64()*5)
		}
	case 4: // everything -Inf but maybe one
		for i := range l {
			l[i] = float32(math.Inf(-1))
		}
		if r.IntN(2) == 0 {
			l[r.IntN(n)] = -3
		}
	case 5: // a +Inf (the host shares it with rng.IntN)
		l[r.IntN(n)] = float32(math.Inf(1))
	case 6: // wide range
		for i := range l {
			l[i] = float32(r.NormFloat64() * 300)
		}
	}
	return l
}

// TestKernelSample: same logits, same seed -> the device chooses the token
// the Go sampler chooses, consumes the random variate exactly when it does,
// and reports the first non-finite logit; HOST only in the documented cases.
func TestKernelSample(t *testing.T) {
	requireDevice(t)
	r := rand.New(rand.NewPCG(21, 22))
	params := []sample.Params{
		{}, // greedy
		{Temperature: 1},
		{Temperature: 0.8, TopK: 40, TopP: 0.95, MinP: 0.05}, // llama.cpp's defaults
		{Temperature: 0.7, TopK: 40},
		{Temperature: 1, TopK: 1},
		{Temperature: 1.2, TopP: 0.9},
		{Temperature: 1, TopP: 0.5, MinP: 0.1},
		{Temperature: 1, MinP: 0.2},
		{Temperature: 1, TopP: 1, MinP: 0},
		{Temperature: 1e-20, TopK: 7},
		{Temperature: 1e20, TopP: 0.3},
		{Temperature: 0.5, TopK: 2500, MinP: 1}, // top-k beyond the device's sorted list when > 2048 candidates
	}
	sizes := simOr([]int{1, 2, 31, 257, 1000, 3001, 32000, 128256}, []int{1, 2, 31, 257, 1000, 3001, 32000})
	// On the simulator a 32,000-token vocabulary runs for greedy, plain
	// temperature (the chunked id-order path), llama.cpp's defaults and
	// top-p without top-k only.
	large := map[int]bool{0: true, 1: true, 2: true, 5: true}
	trials := simOr(40, 2)
	var ran, host, drew int
	for pi, p := range params {
		for _, n := range sizes {
			if onSimulator() && n > 3001 && !large[pi] {
				continue
			}
			for trial := 0; trial < trials; trial++ {
				kind := (trial + pi + n) % 7
				logits := sampleLogits(r, n, kind)
				p.Seed = r.Uint64()
				a, err := sample.New(p)
				require.NoError(t, err)
				b, _ := sample.New(p)
				want := a.Sample(logits, nil)
				o, ok := b.Offload(n, nil)
				require.True(t, ok)
				got, err := kernelSample(0, logits, engine.SampleParams{
					Temperature: o.Temperature, TopK: o.TopK, TopP: o.TopP, MinP: o.MinP, LogMinP: o.LogMinP, U: o.U,
				})
				require.NoError(t, err)
				what := fmt.Sprintf("params %d %+v, n=%d, kind %d", pi, p, n, kind)
				firstBad := -1
				for i, v := range logits {
					if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
						firstBad = i
						break
					}
				}
				require.Equal(t, firstBad, got.BadIndex, what)
				ran++
				if got.Host {
					host++
					// Only for +Inf logits, or a list longer than the device sorts.
					hasInf := false
					for _, v := range logits {
						hasInf = hasInf || math.IsInf(float64(v), 1)
					}
					require.True(t, hasInf || p.TopP > 0 && p.TopP < 1 || p.TopK > 2048, "device refused: %s", what)
					continue
				}
				require.Equal(t, want, got.ID, what)
				if got.Drew {
					drew++
					b.Drew()
				}
				// Both generators must now be at the same place.
				oa, _ := a.Offload(n, nil)
				ob, _ := b.Offload(n, nil)
				require.Equal(t, oa.U, ob.U, "random generator out of step: %s", what)
			}
		}
	}
	t.Logf("%d draws: %d identical to the Go sampler (%d used the variate), %d left to the host (+Inf or a list beyond 2048)", ran, ran-host, drew, host)
	require.Less(t, host, ran/4, "the device refused too often")
}
