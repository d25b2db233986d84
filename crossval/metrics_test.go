package crossval

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompareRowHandWorked(t *testing.T) {
	ref := []float32{1, -4, 2, 0.5}
	test := []float32{1.5, -4, 2, 0.5}
	st := CompareRow(test, ref)
	assert.InDelta(t, 0.5, float64(st.MaxAbs), 0)
	assert.InDelta(t, 4, float64(st.RefMaxAbs), 0)
	assert.InDelta(t, 0.125, float64(st.MaxRel), 0)
	// ||d|| = 0.5, ||ref|| = sqrt(1+16+4+0.25) = sqrt(21.25)
	assert.InDelta(t, 0.5/math.Sqrt(21.25), float64(st.RMSRel), 1e-15)
	dot := 1.5 + 16 + 4 + 0.25
	cos := dot / math.Sqrt((2.25+16+4+0.25)*21.25)
	assert.InDelta(t, cos, float64(st.Cosine), 1e-15)
	// KL by definition, independently of the implementation's log-sum-exp.
	var zp, zq float64
	for i := range ref {
		zp += math.Exp(float64(ref[i]))
		zq += math.Exp(float64(test[i]))
	}
	var kl float64
	for i := range ref {
		p, q := math.Exp(float64(ref[i]))/zp, math.Exp(float64(test[i]))/zq
		kl += p * math.Log(p/q)
	}
	assert.InDelta(t, kl, float64(st.KL), 1e-15)
	assert.Equal(t, int32(2), st.Top1Ref)
	assert.Equal(t, int32(2), st.Top1Test)
	assert.True(t, st.Top1())
	assert.Equal(t, 4, st.K)
	assert.Equal(t, 4, st.TopKMatch)
	assert.False(t, st.NonFinite)
}

func TestCompareRowIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, n := range []int{1, 2, 5, 6, 31, 1000} {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64() * 10)
		}
		st := CompareRow(x, x)
		assert.Zero(t, st.MaxAbs)
		assert.Zero(t, st.MaxRel)
		assert.Zero(t, st.RMSRel)
		assert.InDelta(t, 1, float64(st.Cosine), 1e-12)
		assert.InDelta(t, 0, float64(st.KL), 1e-12)
		assert.True(t, st.Top1())
		assert.Equal(t, min(n, TopK), st.K)
		assert.Equal(t, st.K, st.TopKMatch)
	}
}

func TestCompareRowZeroAndNonFinite(t *testing.T) {
	st := CompareRow([]float32{0, 0}, []float32{0, 0})
	assert.Zero(t, st.MaxRel)
	assert.Equal(t, Float(1), st.Cosine)
	st = CompareRow([]float32{1, 0}, []float32{0, 0})
	assert.True(t, math.IsInf(float64(st.MaxRel), 1))
	assert.Equal(t, Float(0), st.Cosine)
	for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
		st = CompareRow([]float32{1, bad, 3}, []float32{1, 2, 3})
		assert.True(t, st.NonFinite)
		assert.True(t, math.IsInf(float64(st.MaxRel), 1))
		st = CompareRow([]float32{1, 2, 3}, []float32{bad, 2, 3})
		assert.True(t, st.NonFinite)
	}
	assert.True(t, CompareRow(nil, nil).NonFinite)
}

// Properties on random rows: the measures are symmetric or invariant where
// they should be, bounded where they should be, and MaxRel is MaxAbs scaled.
func TestCompareRowProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	for trial := 0; trial < 200; trial++ {
		n := 1 + r.IntN(300)
		a, b := make([]float32, n), make([]float32, n)
		for i := range a {
			a[i] = float32(r.NormFloat64() * 5)
			b[i] = a[i] + float32(r.NormFloat64()*math.Pow(10, -float64(r.IntN(7))))
		}
		st := CompareRow(a, b)
		require.GreaterOrEqual(t, float64(st.KL), 0.0)
		require.LessOrEqual(t, math.Abs(float64(st.Cosine)), 1+1e-12)
		require.InDelta(t, float64(st.MaxAbs)/float64(st.RefMaxAbs), float64(st.MaxRel), 1e-15)
		require.LessOrEqual(t, float64(st.RMSRel), float64(st.MaxAbs)*math.Sqrt(float64(n))/math.Sqrt(sumSq(b))*(1+1e-12))
		// Swapping the rows keeps MaxAbs and the cosine.
		sw := CompareRow(b, a)
		require.Equal(t, st.MaxAbs, sw.MaxAbs)
		require.InDelta(t, float64(st.Cosine), float64(sw.Cosine), 1e-12)
		// Scaling both by 2 keeps the relative errors (powers of two are exact).
		a2, b2 := scale(a, 2), scale(b, 2)
		sc := CompareRow(a2, b2)
		require.Equal(t, st.MaxRel, sc.MaxRel)
		require.InDelta(t, float64(st.RMSRel), float64(sc.RMSRel), 1e-15)
		// Shifting both by a constant keeps the KL (softmax is shift-invariant).
		sh := CompareRow(shift(a, 3), shift(b, 3))
		// (float32 rounding of the shifted values moves it by a few ulps)
		require.InDelta(t, float64(st.KL), float64(sh.KL), 1e-6+1e-5*float64(st.KL))
	}
}

func sumSq(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return s
}

func scale(x []float32, f float32) []float32 {
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = v * f
	}
	return out
}

func shift(x []float32, c float32) []float32 {
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = v + c
	}
	return out
}

// topK agrees with a full stable sort, ties included.
func TestTopK(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 5))
	for trial := 0; trial < 300; trial++ {
		n := 1 + r.IntN(40)
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.IntN(6)) // many ties
		}
		if trial%7 == 0 {
			x[r.IntN(n)] = float32(math.NaN())
		}
		k := min(1+r.IntN(8), n)
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := x[idx[i]], x[idx[j]]
			if a != a {
				return false
			}
			if b != b {
				return true
			}
			return a > b
		})
		require.Equal(t, idx[:k], topK(x, k), "x=%v k=%d", x, k)
	}
}

func TestFloatJSON(t *testing.T) {
	for _, v := range []float64{0, 1.5, -2e-7, math.NaN(), math.Inf(1), math.Inf(-1)} {
		b, err := json.Marshal(Float(v))
		require.NoError(t, err)
		var back Float
		require.NoError(t, json.Unmarshal(b, &back))
		if math.IsNaN(v) {
			require.True(t, math.IsNaN(float64(back)))
		} else {
			require.Equal(t, v, float64(back))
		}
	}
	var f Float
	require.Error(t, json.Unmarshal([]byte(`"x"`), &f))
	require.Error(t, json.Unmarshal([]byte(`{}`), &f))
}

func TestReportVerdicts(t *testing.T) {
	ref := []float32{10, 0, -3}
	near := []float32{10, 0.00005, -3} // max rel 5e-6
	far := []float32{10, 0.01, -3}     // max rel 1e-3
	fp32, err := PolicyByName("fp32")
	require.NoError(t, err)
	fp16, err := PolicyByName("fp16")
	require.NoError(t, err)

	c := NewComparison("t", "r", fp32)
	c.Add(0, 5, near, ref)
	c.Add(1, 6, near, ref)
	rep := c.Report()
	require.Equal(t, Pass, rep.Verdict)
	require.NoError(t, rep.Err())
	require.Equal(t, int32(-1), rep.Summary.FirstDivergence)

	c.Add(2, 7, far, ref)
	c.Add(3, 8, near, ref)
	c.Add(4, 9, []float32{10, float32(math.NaN()), -3}, ref)
	rep = c.Report()
	require.Equal(t, Fail, rep.Verdict)
	require.Equal(t, int32(2), rep.Summary.FirstDivergence)
	require.Equal(t, 2, rep.Summary.Exceeding)
	require.Equal(t, 1, rep.Summary.NonFiniteRows)
	err = rep.Err()
	require.ErrorIs(t, err, ErrToleranceExceeded)
	var te *ToleranceError
	require.ErrorAs(t, err, &te)
	require.Equal(t, 3, te.ExitCode())
	require.Equal(t, int32(2), te.Pos)

	// A policy with no bound measures but never passes; NaN still fails it.
	u := NewComparison("t", "r", fp16)
	u.Add(0, 1, far, ref)
	rep = u.Report()
	require.Equal(t, Unchecked, rep.Verdict)
	require.NoError(t, rep.Err())
	require.InDelta(t, 1e-3, float64(rep.Summary.WorstMaxRel), 1e-9)
	u.Add(1, 1, []float32{float32(math.Inf(1)), 0, 0}, ref)
	require.Equal(t, Fail, u.Report().Verdict)

	require.Equal(t, Unchecked, NewComparison("t", "r", fp32).Report().Verdict, "no rows is not a pass")

	// A length mismatch is a failure, not a silent truncation.
	m := NewComparison("t", "r", fp32)
	m.Add(0, 1, []float32{10, 0}, ref)
	require.Equal(t, Fail, m.Report().Verdict)
}

func TestReportOutput(t *testing.T) {
	pol, err := PolicyByName("bitnetcpp")
	require.NoError(t, err)
	c := NewComparison("cpu kernels=ref", "dump.bin", pol)
	c.Add(16, 42, []float32{1, 2, 3.0002}, []float32{1, 2, 3})
	c.Add(17, 43, []float32{1, 2, 3.01}, []float32{1, 2, 3})
	c.Note("context only: 0-15")
	rep := c.Report()
	var text bytes.Buffer
	require.NoError(t, rep.WriteText(&text, true))
	out := text.String()
	for _, want := range []string{"test:      cpu kernels=ref", "reference: dump.bin", "bitnetcpp (max rel <= 0.0001)",
		"max_rel", "verdict:   FAIL", "first position over the bound: 17", "note:      context only: 0-15"} {
		require.Contains(t, out, want)
	}
	lines := strings.Split(out, "\n")
	require.Contains(t, strings.Join(lines[4:6], "\n"), "!", "the row over the bound is marked")

	var js bytes.Buffer
	require.NoError(t, rep.WriteJSON(&js))
	var back Report
	require.NoError(t, json.Unmarshal(js.Bytes(), &back))
	require.Equal(t, rep.Verdict, back.Verdict)
	require.Equal(t, rep.Summary, back.Summary)
	require.Len(t, back.Rows, 2)
	require.Equal(t, int32(17), back.Rows[1].Pos)

	text.Reset()
	require.NoError(t, rep.WriteText(&text, false))
	require.NotContains(t, text.String(), "max_rel")
}

func TestPolicies(t *testing.T) {
	for _, p := range Policies() {
		got, err := PolicyByName(p.Name)
		require.NoError(t, err)
		require.Equal(t, p, got)
		require.NotEmpty(t, p.Basis)
	}
	p, err := ParsePolicy("2.5e-3")
	require.NoError(t, err)
	require.Equal(t, PolicyCustom, p.Name)
	require.Equal(t, 2.5e-3, p.MaxRel)
	for _, bad := range []string{"-1", "0", "NaN", "fp64", ""} {
		_, err := ParsePolicy(bad)
		require.Error(t, err, bad)
	}
	fp32, _ := PolicyByName("FP32")
	require.Equal(t, 1e-5, fp32.MaxRel)
	bc, _ := PolicyByName("bitnetcpp")
	require.Equal(t, 1e-4, bc.MaxRel)
}
