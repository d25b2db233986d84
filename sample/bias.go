package sample

import (
	"fmt"
	"math"
)

// Adjust holds the per-request logit adjustments OpenAI's API defines, applied
// to a copy of the logits before the Sampler sees them: logit_bias, and
// frequency/presence penalties counted over the generated tokens only (all of
// them, no window), as OpenAI defines them. Params' own penalties, by
// contrast, follow llama.cpp and look at a window of the whole history,
// prompt included.
type Adjust struct {
	// Bias is added to each listed token's logit. OpenAI accepts [-100, 100];
	// -100 in practice bans a token and 100 forces it.
	Bias map[int32]float32
	// FrequencyPenalty is subtracted once per occurrence of a token in the
	// generated text so far; PresencePenalty once if it occurs at all.
	FrequencyPenalty float32
	PresencePenalty  float32
}

// On reports whether Apply can change a logit.
func (a *Adjust) On() bool {
	return a != nil && (len(a.Bias) > 0 || a.FrequencyPenalty != 0 || a.PresencePenalty != 0)
}

// Validate reports a non-finite value as a *ParamError.
func (a *Adjust) Validate() error {
	if a == nil {
		return nil
	}
	finite := func(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) }
	if !finite(a.FrequencyPenalty) {
		return &ParamError{"FrequencyPenalty", a.FrequencyPenalty, "must be finite"}
	}
	if !finite(a.PresencePenalty) {
		return &ParamError{"PresencePenalty", a.PresencePenalty, "must be finite"}
	}
	for id, b := range a.Bias {
		if !finite(b) {
			return &ParamError{"LogitBias", fmt.Sprintf("%d: %v", id, b), "must be finite"}
		}
	}
	return nil
}

// Apply adjusts logits in place given the tokens generated so far. Ids out
// of range are ignored. counts is scratch of at least len(logits) zeros and
// is left all zero.
func (a *Adjust) Apply(logits []float32, generated []int32, counts []int32) {
	n := len(logits)
	for id, b := range a.Bias {
		if id >= 0 && int(id) < n {
			logits[id] += b
		}
	}
	if a.FrequencyPenalty == 0 && a.PresencePenalty == 0 {
		return
	}
	for _, t := range generated {
		if t >= 0 && int(t) < n {
			counts[t]++
		}
	}
	for _, t := range generated {
		if t < 0 || int(t) >= n || counts[t] == 0 {
			continue
		}
		logits[t] -= float32(counts[t])*a.FrequencyPenalty + a.PresencePenalty
		counts[t] = 0
	}
}
