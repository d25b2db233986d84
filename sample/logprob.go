package sample

import (
	"math"
	"slices"
)

// TokenLogprob is a token id and its log-probability.
type TokenLogprob struct {
	ID      int32
	Logprob float32
}

// logSumExp returns the maximum logit m (NaN counting as -Inf) and, when it
// is finite, lse = log(sum(exp(l - m))) accumulated in float64. The log-prob
// of l is then (l - m) - lse; adding m back first would lose precision when
// |m| is large.
func logSumExp(logits []float32) (maxLogit float32, lse float64) {
	maxLogit = negInf
	for _, v := range logits {
		if v > maxLogit {
			maxLogit = v
		}
	}
	if math.IsInf(float64(maxLogit), 0) {
		return maxLogit, float64(maxLogit)
	}
	m := float64(maxLogit)
	var sum float64
	for _, v := range logits {
		if v > negInf {
			sum += math.Exp(float64(v) - m)
		}
	}
	return maxLogit, math.Log(sum)
}

// logprob maps one logit to its log-probability given logSumExp's results
// and, for the +Inf case, the number of +Inf logits.
func logprob(v, maxLogit float32, lse float64, nInf int) float32 {
	switch {
	case v != v || v == negInf:
		return negInf
	case math.IsInf(float64(maxLogit), 1):
		if math.IsInf(float64(v), 1) {
			return float32(-math.Log(float64(nInf)))
		}
		return negInf
	}
	return float32((float64(v) - float64(maxLogit)) - lse)
}

func countPosInf(logits []float32, maxLogit float32) int {
	if !math.IsInf(float64(maxLogit), 1) {
		return 0
	}
	n := 0
	for _, v := range logits {
		if math.IsInf(float64(v), 1) {
			n++
		}
	}
	return n
}

// LogSoftmax writes the log-probabilities of logits (the raw model
// distribution: no penalties or temperature) into out. It subtracts the
// maximum and accumulates in float64, so large logits do not overflow. NaN
// counts as -Inf; if any logit is +Inf, the +Inf entries share the mass
// equally; if none is finite or +Inf, every output is -Inf. The
// normalization always uses all of logits, and min(len(out), len(logits))
// entries are written.
func LogSoftmax(logits []float32, out []float32) {
	maxLogit, lse := logSumExp(logits)
	nInf := countPosInf(logits, maxLogit)
	for i, v := range logits[:min(len(out), len(logits))] {
		out[i] = logprob(v, maxLogit, lse, nInf)
	}
}

// TopLogprobs returns the k most likely tokens of the raw distribution given
// by logits, with their log-probabilities, most likely first (ties to the
// lowest id). It returns min(k, len(logits)) entries, nil if k <= 0.
func TopLogprobs(logits []float32, k int) []TokenLogprob {
	k = min(k, len(logits))
	if k <= 0 {
		return nil
	}
	maxLogit, lse := logSumExp(logits)
	nInf := countPosInf(logits, maxLogit)
	top := selectTopK(logits, k, make([]cand, 0, k), true)
	slices.SortFunc(top, byLogitDesc)
	out := make([]TokenLogprob, len(top))
	for i, c := range top {
		out[i] = TokenLogprob{ID: c.id, Logprob: logprob(c.logit, maxLogit, lse, nInf)}
	}
	return out
}
