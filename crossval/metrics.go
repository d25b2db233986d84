package crossval

import (
	"math"
)

// TopK is the k of the top-k agreement measure.
const TopK = 5

// RowStats measures how one row of logits (the test) differs from the
// reference's row at the same position. Errors are relative to the
// reference: MaxRel divides by the reference row's largest |logit|.
type RowStats struct {
	Row       int   `json:"row"`         // index among the compared rows
	Pos       int32 `json:"pos"`         // position in the sequence
	Token     int32 `json:"token"`       // token fed at that position
	MaxAbs    Float `json:"max_abs"`     // max |test - ref|
	RefMaxAbs Float `json:"ref_max_abs"` // max |ref|
	MaxRel    Float `json:"max_rel"`     // MaxAbs / RefMaxAbs
	RMSRel    Float `json:"rms_rel"`     // ||test - ref||_2 / ||ref||_2
	Cosine    Float `json:"cosine"`      // cosine similarity of the two rows
	KL        Float `json:"kl"`          // KL(softmax(ref) || softmax(test)), nats
	Top1Test  int32 `json:"top1_test"`   // argmax of the test row
	Top1Ref   int32 `json:"top1_ref"`    // argmax of the reference row
	TopKMatch int   `json:"topk_match"`  // size of the intersection of the two top-k sets
	K         int   `json:"k"`           // k (TopK, or the vocab if smaller)
	NonFinite bool  `json:"non_finite"`  // a NaN or Inf in either row
	Exceeds   bool  `json:"exceeds"`     // MaxRel is over the policy's bound (or NonFinite)
}

// Top1 reports whether both rows have the same argmax.
func (s *RowStats) Top1() bool { return s.Top1Test == s.Top1Ref }

// CompareRow measures test against ref (equal lengths, at least 1).
// Accumulation is in float64, so the measure adds no error of its own at
// the sizes involved.
func CompareRow(test, ref []float32) RowStats {
	var st RowStats
	n := min(len(test), len(ref))
	if n == 0 {
		st.NonFinite = true
		return st
	}
	test, ref = test[:n], ref[:n]
	var maxAbs, refMax, sumD2, sumR2, sumT2, dot float64
	for i := range ref {
		t, r := float64(test[i]), float64(ref[i])
		if math.IsNaN(t) || math.IsInf(t, 0) || math.IsNaN(r) || math.IsInf(r, 0) {
			st.NonFinite = true
			continue
		}
		d := t - r
		maxAbs = math.Max(maxAbs, math.Abs(d))
		refMax = math.Max(refMax, math.Abs(r))
		sumD2 += d * d
		sumR2 += r * r
		sumT2 += t * t
		dot += t * r
	}
	st.MaxAbs = Float(maxAbs)
	st.RefMaxAbs = Float(refMax)
	st.MaxRel = Float(ratio(maxAbs, refMax))
	st.RMSRel = Float(ratio(math.Sqrt(sumD2), math.Sqrt(sumR2)))
	switch {
	case sumT2 == 0 && sumR2 == 0:
		st.Cosine = 1
	case sumT2 == 0 || sumR2 == 0:
		st.Cosine = 0
	default:
		st.Cosine = Float(dot / math.Sqrt(sumT2*sumR2))
	}
	if st.NonFinite {
		inf := Float(math.Inf(1))
		st.MaxAbs, st.MaxRel, st.RMSRel, st.KL = inf, inf, inf, inf
		st.Cosine = Float(math.NaN())
	} else {
		st.KL = Float(klDivergence(ref, test))
	}
	st.K = min(TopK, n)
	tt, rt := topK(test, st.K), topK(ref, st.K)
	st.Top1Test, st.Top1Ref = int32(tt[0]), int32(rt[0])
	for _, a := range tt {
		for _, b := range rt {
			if a == b {
				st.TopKMatch++
				break
			}
		}
	}
	return st
}

// ratio is a/b with 0/0 = 0 and x/0 = +Inf.
func ratio(a, b float64) float64 {
	if b == 0 {
		if a == 0 {
			return 0
		}
		return math.Inf(1)
	}
	return a / b
}

// klDivergence is KL(softmax(p) || softmax(q)) in nats, in float64 with the
// usual max-subtraction; it is never negative.
func klDivergence(p, q []float32) float64 {
	lp, lq := logSumExp(p), logSumExp(q)
	var kl float64
	for i := range p {
		a := float64(p[i]) - lp // log softmax(p)_i
		b := float64(q[i]) - lq
		kl += math.Exp(a) * (a - b)
	}
	return math.Max(kl, 0)
}

func logSumExp(x []float32) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		m = math.Max(m, float64(v))
	}
	var s float64
	for _, v := range x {
		s += math.Exp(float64(v) - m)
	}
	return m + math.Log(s)
}

// topK returns the indexes of the k largest values, largest first; ties go
// to the lower index, as an argmax scan would choose. NaNs are never chosen
// over numbers.
func topK(x []float32, k int) []int {
	idx := make([]int, 0, k)
	better := func(i, j int) bool { // is x[i] ranked before x[j]?
		a, b := x[i], x[j]
		if a != a { // NaN
			return false
		}
		if b != b {
			return true
		}
		return a > b || (a == b && i < j)
	}
	for i := range x {
		if len(idx) < k {
			idx = append(idx, i)
		} else if better(i, idx[k-1]) {
			idx[k-1] = i
		} else {
			continue
		}
		for j := len(idx) - 1; j > 0 && better(idx[j], idx[j-1]); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx
}
