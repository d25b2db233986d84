package sample

import "math"

// Offload is what a sampler running outside this package (the CUDA engine's
// device sampler, kernels/sample.cu) needs to choose exactly the token that
// Sample would choose from the same logits. It covers temperature, top-k,
// top-p and min-p; the penalties are not offloaded.
//
// Exactness: the device computes every weight with the same exp
// (internal/detmath), sums in the same order (see idChunk) and compares
// against the same uniform variate U and the same log(MinP), so its choice is
// bit-for-bit Sample's, not merely close.
type Offload struct {
	// Temperature is Params.Temperature as float64; 0 means greedy.
	Temperature float64
	// TopK is Params.TopK, or 0 when it keeps the whole vocabulary.
	TopK int
	// TopP is Params.TopP, or 0 when off (0 or 1).
	TopP float64
	// MinP says whether min-p is on; LogMinP is then math.Log(MinP), computed
	// here so that the device compares against the same threshold.
	MinP    bool
	LogMinP float64
	// U is the uniform variate in [0, 1) that the draw of the next Sample
	// would consume. Peeking does not consume it: call Drew when the
	// external sampler used it.
	U float64
}

// Offload returns the parameters of the next Sample(logits, history) for an
// external sampler over vocab logits, and false when Sample would need
// something it does not do (a penalty with a non-empty history). It does
// not advance the random generator.
func (s *Sampler) Offload(vocab int, history []int32) (Offload, bool) {
	if s.p.penaltiesOn() && len(history) > 0 {
		return Offload{}, false
	}
	o := Offload{Temperature: float64(s.p.Temperature)}
	if o.Temperature == 0 {
		return o, true
	}
	if k := s.p.TopK; k > 0 && k < vocab {
		o.TopK = k
	}
	if s.p.TopP > 0 && s.p.TopP < 1 {
		o.TopP = float64(s.p.TopP)
	}
	if s.p.MinP > 0 {
		o.MinP, o.LogMinP = true, math.Log(float64(s.p.MinP))
	}
	s.peek = *s.src
	o.U = s.peekRng.Float64()
	return o, true
}

// Drew advances the random generator past the variate that Offload
// returned, after an external sampler used it for a draw (Sample would have
// drawn it). Sampling that ended before the draw (greedy, no candidate)
// does not call it, exactly as Sample consumes nothing then.
func (s *Sampler) Drew() { s.rng.Float64() }
