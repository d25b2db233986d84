package sample

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const vocab = 128256 // the real model's vocabulary size

var (
	inf  = float32(math.Inf(1))
	ninf = float32(math.Inf(-1))
	nan  = float32(math.NaN())
)

func randLogits(r *rand.Rand, n int, scale float64) []float32 {
	l := make([]float32, n)
	for i := range l {
		l[i] = float32(r.NormFloat64() * scale)
	}
	return l
}

func mustNew(t testing.TB, p Params) *Sampler {
	t.Helper()
	s, err := New(p)
	require.NoError(t, err)
	return s
}

// logitsOf returns log(p) for each probability.
func logitsOf(p ...float64) []float32 {
	l := make([]float32, len(p))
	for i, v := range p {
		l[i] = float32(math.Log(v))
	}
	return l
}

func TestGreedy(t *testing.T) {
	tests := []struct {
		name   string
		logits []float32
		want   int32
	}{
		{"empty", nil, -1},
		{"single", []float32{-3}, 0},
		{"tie to lowest id", []float32{1, 5, 2, 5, 5}, 1},
		{"NaN is -Inf", []float32{nan, -100, nan}, 1},
		{"all NaN", []float32{nan, nan}, 0},
		{"all -Inf", []float32{ninf, ninf, ninf}, 0},
		{"+Inf wins", []float32{1, inf, 3, inf}, 1},
		{"negative", []float32{-5, -2, -2, -9}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Greedy(tc.logits))
			// Sample at temperature 0 is Greedy.
			if len(tc.logits) > 0 {
				s := mustNew(t, Params{})
				assert.Equal(t, tc.want, s.Sample(tc.logits, nil))
			}
		})
	}
	s := mustNew(t, DefaultParams())
	assert.Equal(t, int32(-1), s.Sample(nil, []int32{1, 2}))
}

// A property test over odd sizes: greedy, top-k=1 and a near-zero
// temperature all pick the argmax.
func TestGreedyAgreement(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 200 {
		n := 1 + r.IntN(300)
		logits := randLogits(r, n, 4)
		// Ties: duplicate the maximum at a random higher index sometimes.
		want := int32(0)
		for i, v := range logits {
			if v > logits[want] {
				want = int32(i)
			}
		}
		if iter%3 == 0 && int(want) < n-1 {
			logits[int(want)+1+r.IntN(n-int(want)-1)] = logits[want]
		}
		assert.Equal(t, want, Greedy(logits))
		for _, p := range []Params{
			{},
			{Temperature: 1.5, TopK: 1, Seed: uint64(iter)},
			{Temperature: 0.7, TopK: 1, TopP: 0.3, MinP: 0.2, Seed: uint64(iter)},
		} {
			s := mustNew(t, p)
			assert.Equal(t, want, s.Sample(logits, nil), "params %+v", p)
		}
	}
}

func TestTemperatureLimit(t *testing.T) {
	logits := []float32{0.5, 2.0, 1.9, -1, 1.95}
	for seed := range uint64(500) {
		s := mustNew(t, Params{Temperature: 1e-4, Seed: seed})
		require.Equal(t, int32(1), s.Sample(logits, nil))
	}
	// Tied maxima at a tiny temperature share the draw (both are seen).
	tied := []float32{3, 0, 3, 1}
	seen := map[int32]int{}
	for seed := range uint64(400) {
		s := mustNew(t, Params{Temperature: 1e-6, Seed: seed})
		seen[s.Sample(tied, nil)]++
	}
	assert.Len(t, seen, 2)
	assert.Greater(t, seen[0], 100)
	assert.Greater(t, seen[2], 100)
}

func ids(c []cand) []int32 {
	out := make([]int32, len(c))
	for i, x := range c {
		out[i] = x.id
	}
	slices.Sort(out)
	return out
}

// Filtering on a constructed distribution with probabilities
// 0.5, 0.3, 0.15, 0.05 (shuffled in id order to exercise the sort).
func TestFilters(t *testing.T) {
	// id: 0 -> 0.15, 1 -> 0.5, 2 -> 0.05, 3 -> 0.3
	logits := logitsOf(0.15, 0.5, 0.05, 0.3)
	tests := []struct {
		name string
		p    Params
		want []int32
	}{
		{"all", Params{}, []int32{0, 1, 2, 3}},
		{"top-k 2", Params{TopK: 2}, []int32{1, 3}},
		{"top-k 3", Params{TopK: 3}, []int32{0, 1, 3}},
		{"top-k larger than vocab", Params{TopK: 10}, []int32{0, 1, 2, 3}},
		{"top-p 0.49", Params{TopP: 0.49}, []int32{1}},
		{"top-p 0.51", Params{TopP: 0.51}, []int32{1, 3}},
		{"top-p 0.79", Params{TopP: 0.79}, []int32{1, 3}},
		{"top-p 0.81", Params{TopP: 0.81}, []int32{0, 1, 3}},
		{"top-p 0.96", Params{TopP: 0.96}, []int32{0, 1, 2, 3}},
		{"top-p 1 is off", Params{TopP: 1}, []int32{0, 1, 2, 3}},
		{"top-p 0 is off", Params{TopP: 0}, []int32{0, 1, 2, 3}},
		// After top-k 2 the mass renormalizes: 0.5/0.8 = 0.625.
		{"top-k 2 then top-p 0.6", Params{TopK: 2, TopP: 0.6}, []int32{1}},
		{"top-k 2 then top-p 0.7", Params{TopK: 2, TopP: 0.7}, []int32{1, 3}},
		// min-p: ratios to the best are 0.3, 1, 0.1, 0.6.
		{"min-p 0.61", Params{MinP: 0.61}, []int32{1}},
		{"min-p 0.5", Params{MinP: 0.5}, []int32{1, 3}},
		{"min-p 0.29", Params{MinP: 0.29}, []int32{0, 1, 3}},
		{"min-p 0.09", Params{MinP: 0.09}, []int32{0, 1, 2, 3}},
		{"min-p 1 keeps the best", Params{MinP: 1}, []int32{1}},
		{"top-p all, min-p 0.5", Params{TopP: 0.96, MinP: 0.5}, []int32{1, 3}},
		{"top-p 0.51, min-p 0.09", Params{TopP: 0.51, MinP: 0.09}, []int32{1, 3}},
		{"top-k 3, top-p 0.9, min-p 0.2", Params{TopK: 3, TopP: 0.9, MinP: 0.2}, []int32{0, 1, 3}},
		{"top-k 3, top-p 0.99, min-p 0.5", Params{TopK: 3, TopP: 0.99, MinP: 0.5}, []int32{1, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.p.Temperature = 1
			s := mustNew(t, tc.p)
			c, _, pick, _ := s.filter(logits)
			require.Equal(t, int32(-1), pick)
			assert.Equal(t, tc.want, ids(c))

			// Sampling only ever returns kept tokens.
			for range 200 {
				assert.Contains(t, tc.want, s.Sample(logits, nil))
			}
		})
	}
}

// With top-k off, top-p and min-p work on an unsorted candidate list (and
// top-p selects growing top sets); with top-k on they work on the sorted
// heap result. Both paths must keep the same tokens.
func TestFiltersSortedUnsortedAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100 {
		n := 2 + r.IntN(500)
		logits := randLogits(r, n, 2)
		p := Params{Temperature: 1, TopP: r.Float32(), MinP: r.Float32() * 0.3}
		a := mustNew(t, p)
		p.TopK = n - 1 // on, via the heap path
		b := mustNew(t, p)
		ca, _, _, _ := a.filter(logits)
		cb, _, _, _ := b.filter(logits)
		ia, ib := ids(ca), ids(cb)
		// top-k n-1 drops exactly the minimum; unless that was kept by the
		// others, the sets agree.
		minID := int32(0)
		for i, v := range logits {
			if v < logits[minID] {
				minID = int32(i)
			}
		}
		if slices.Contains(ia, minID) {
			continue
		}
		assert.Equal(t, ia, ib)
	}
}

// The filters against a direct reference: sort everything, cut at top-k,
// then top-p (mass over the top-k set), then min-p. Large vocabularies and
// flat distributions exercise the growing top-p selection when top-k is off.
func TestFiltersReference(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for iter := range 60 {
		n := 1 + r.IntN(20000)
		logits := randLogits(r, n, 0.2+r.Float64()*4)
		p := Params{Temperature: 1, TopP: r.Float32()}
		if iter%2 == 0 {
			p.MinP = r.Float32() * 0.2
		}
		if iter%3 == 0 {
			p.TopK = 1 + r.IntN(3000)
		}
		order := make([]cand, n)
		for i, v := range logits {
			order[i] = cand{int32(i), v}
		}
		slices.SortFunc(order, byLogitDesc)
		if p.TopK > 0 && p.TopK < n {
			order = order[:p.TopK]
		}
		m := float64(order[0].logit)
		var z float64
		for _, c := range order {
			z += math.Exp(float64(c.logit) - m)
		}
		keep := len(order)
		var cum float64
		for i, c := range order {
			cum += math.Exp(float64(c.logit) - m)
			if cum >= float64(p.TopP)*z {
				keep = i + 1
				break
			}
		}
		if p.TopP == 0 {
			keep = len(order)
		}
		want := ids(order[:keep])
		if p.MinP > 0 {
			thr := m + math.Log(float64(p.MinP))
			var w []cand
			for _, c := range order[:keep] {
				if float64(c.logit) >= thr {
					w = append(w, c)
				}
			}
			want = ids(w)
		}
		s := mustNew(t, p)
		got, _, _, _ := s.filter(logits)
		require.Equal(t, want, ids(got), "n=%d params %+v", n, p)
	}
}

func TestInfinities(t *testing.T) {
	// +Inf tokens share the mass equally; others are never drawn.
	logits := []float32{1, inf, 2, inf, nan, ninf}
	seen := map[int32]int{}
	for seed := range uint64(400) {
		s := mustNew(t, Params{Temperature: 1, Seed: seed})
		seen[s.Sample(logits, nil)]++
	}
	assert.Len(t, seen, 2)
	assert.Greater(t, seen[1], 100)
	assert.Greater(t, seen[3], 100)

	// NaN and -Inf are never drawn.
	logits = []float32{nan, ninf, -50, nan, -51}
	for seed := range uint64(200) {
		s := mustNew(t, Params{Temperature: 2, Seed: seed})
		assert.Contains(t, []int32{2, 4}, s.Sample(logits, nil))
	}

	// Nothing finite: Greedy of the raw logits, i.e. 0.
	for _, p := range []Params{{}, DefaultParams(), {Temperature: 1}} {
		s := mustNew(t, p)
		assert.Equal(t, int32(0), s.Sample([]float32{nan, ninf, nan}, []int32{1, 2}))
	}

	// A penalty that overflows a finite logit to -Inf falls back to the raw
	// argmax.
	s := mustNew(t, Params{Temperature: 1, RepeatPenalty: 10, PenaltyWindow: -1})
	assert.Equal(t, int32(1), s.Sample([]float32{-3e38, -2e38}, []int32{0, 1}))
}

func TestPenalties(t *testing.T) {
	base := []float32{1, 4, -1, 0, 2, 3}
	history := []int32{1, 1, 1, 2, 99, -5, 4, 1} // 99 and -5 are out of range
	tests := []struct {
		name string
		p    Params
		want []float32
	}{
		{"off (window 0)", Params{RepeatPenalty: 2, FrequencyPenalty: 1, PresencePenalty: 1}, base},
		{"repeat once per distinct token", Params{RepeatPenalty: 2, PenaltyWindow: -1},
			[]float32{1, 2, -2, 0, 1, 3}},
		{"frequency uses the count", Params{FrequencyPenalty: 0.5, PenaltyWindow: -1},
			[]float32{1, 2, -1.5, 0, 1.5, 3}},
		{"presence once", Params{PresencePenalty: 1, PenaltyWindow: -1},
			[]float32{1, 3, -2, 0, 1, 3}},
		{"all three, repeat first", Params{RepeatPenalty: 2, FrequencyPenalty: 0.5, PresencePenalty: 1, PenaltyWindow: -1},
			[]float32{1, 2.0 - 2 - 1, -2 - 0.5 - 1, 0, 1 - 0.5 - 1, 3}},
		{"window 2: tokens 4 and 1 once each", Params{RepeatPenalty: 2, FrequencyPenalty: 1, PenaltyWindow: 2},
			[]float32{1, 2 - 1, -1, 0, 0 /* 1 - 1 */, 3}},
		{"window 3 includes an out-of-range id", Params{FrequencyPenalty: 1, PenaltyWindow: 3},
			[]float32{1, 3, -1, 0, 1, 3}},
		{"window larger than history", Params{PresencePenalty: 1, PenaltyWindow: 1000},
			[]float32{1, 3, -2, 0, 1, 3}},
		{"repeat below 1 boosts", Params{RepeatPenalty: 0.5, PenaltyWindow: -1},
			[]float32{1, 8, -0.5, 0, 4, 3}},
		{"repeat 1 is off", Params{RepeatPenalty: 1, PenaltyWindow: -1}, base},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			logits := slices.Clone(base)
			hist := slices.Clone(history)
			s := mustNew(t, tc.p)
			got := logits
			if tc.p.penaltiesOn() {
				got = s.penalize(logits, hist)
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, base, logits, "logits must not be modified")
			assert.Equal(t, history, hist)
			for _, c := range s.counts {
				require.Zero(t, c, "counts must be reset")
			}
			// Greedy after penalties.
			assert.Equal(t, Greedy(tc.want), s.Sample(logits, hist))
			assert.Equal(t, base, logits)
		})
	}
}

func TestDeterminism(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	logits := make([][]float32, 50)
	for i := range logits {
		logits[i] = randLogits(r, 1000+i, 2)
	}
	run := func(seed uint64) []int32 {
		p := DefaultParams()
		p.Seed = seed
		p.RepeatPenalty = 1.1
		p.TopK = 0
		s := mustNew(t, p)
		var hist []int32
		for _, l := range logits {
			hist = append(hist, s.Sample(l, hist))
		}
		return hist
	}
	a, b := run(42), run(42)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, run(43), "different seeds should (practically always) differ")
}

// At temperature T with no filters, draws follow softmax(logits/T). A
// chi-square test with a fixed seed; the bound is generous (p-value ~1e-6
// for 9 degrees of freedom is at 41).
func TestSoftmaxDistribution(t *testing.T) {
	logits := []float32{1.0, 0.2, -0.5, 2.1, 0.0, -1.3, 1.7, 0.9, -0.1, 0.4}
	tests := []struct {
		name string
		p    Params
		keep int // the top `keep` tokens survive the filter
	}{
		{"T=1", Params{Temperature: 1, Seed: 7}, 10},
		{"T=0.5", Params{Temperature: 0.5, Seed: 8}, 10},
		{"T=1.7", Params{Temperature: 1.7, Seed: 9}, 10},
		{"T=1 top-k 4 renormalizes", Params{Temperature: 1, TopK: 4, Seed: 10}, 4},
	}
	const draws = 200000
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			order := make([]int, len(logits))
			for i := range order {
				order[i] = i
			}
			slices.SortFunc(order, func(a, b int) int {
				if logits[a] > logits[b] {
					return -1
				}
				return 1
			})
			kept := order[:tc.keep]
			var z float64
			prob := make([]float64, len(logits))
			for _, i := range kept {
				prob[i] = math.Exp(float64(logits[i]) / float64(tc.p.Temperature))
				z += prob[i]
			}
			s := mustNew(t, tc.p)
			counts := make([]int, len(logits))
			for range draws {
				counts[s.Sample(logits, nil)]++
			}
			var chi2 float64
			for i := range logits {
				if prob[i] == 0 {
					require.Zero(t, counts[i], "filtered token %d drawn", i)
					continue
				}
				e := draws * prob[i] / z
				d := float64(counts[i]) - e
				chi2 += d * d / e
			}
			t.Logf("chi2 = %.2f (df %d)", chi2, tc.keep-1)
			assert.Less(t, chi2, 41.0)
		})
	}
}

func TestSampleNoAllocs(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	logits := randLogits(r, vocab, 3)
	hist := make([]int32, 300)
	for i := range hist {
		hist[i] = int32(r.IntN(vocab))
	}
	withPenalties := DefaultParams()
	withPenalties.RepeatPenalty = 1.1
	withPenalties.FrequencyPenalty = 0.2
	for _, p := range []Params{
		DefaultParams(),
		withPenalties,
		{Temperature: 1, TopP: 0.9},
		{Temperature: 1, MinP: 0.1},
		{Temperature: 1},
		{RepeatPenalty: 1.2, PenaltyWindow: -1},
	} {
		s := mustNew(t, p)
		allocs := testing.AllocsPerRun(20, func() { s.Sample(logits, hist) })
		assert.Zero(t, allocs, "params %+v", p)
	}
}

func BenchmarkSample(b *testing.B) {
	r := rand.New(rand.NewPCG(13, 14))
	logits := randLogits(r, vocab, 3)
	hist := make([]int32, 64)
	for i := range hist {
		hist[i] = int32(r.IntN(vocab))
	}
	penal := DefaultParams()
	penal.RepeatPenalty = 1.1
	cases := []struct {
		name string
		p    Params
	}{
		{"default", DefaultParams()},
		{"default+repeat1.1", penal},
		{"greedy", Params{}},
		{"topk0-topp0.95", Params{Temperature: 0.8, TopP: 0.95}},
		{"topk0-minp0.05", Params{Temperature: 0.8, MinP: 0.05}},
		{"pure-temperature", Params{Temperature: 0.8}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			s := mustNew(b, c.p)
			b.ReportAllocs()
			for b.Loop() {
				s.Sample(logits, hist)
			}
		})
	}
}
