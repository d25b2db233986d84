// Package sample turns a model's logits into the next token and handles
// stop strings in the generated text.
//
// One implementation serves the library, the CLI and the HTTP server, so the
// same Params and seed give the same tokens everywhere.
//
// # Sampler chain
//
// Sampler.Sample applies, in this order (the order of llama.cpp's default
// sampler chain):
//
//  1. penalties (repeat, frequency, presence) over the last PenaltyWindow
//     tokens of the history;
//  2. top-k: keep the TopK highest logits;
//  3. top-p: keep the smallest prefix (by descending probability, computed at
//     temperature 1 over the top-k survivors) whose mass reaches TopP;
//  4. min-p: keep tokens whose probability is at least MinP times the most
//     probable token's (a ratio, so it does not depend on renormalization);
//  5. temperature: divide the surviving logits by Temperature;
//  6. draw one token from the softmax of what is left, with the Sampler's own
//     PCG generator.
//
// Temperature 0 is greedy decoding: penalties are still applied, then the
// highest logit wins, ties going to the lowest token id; steps 2 to 6 cannot
// change that answer and the generator is not consumed.
//
// # Non-finite logits
//
// NaN is treated as -Inf. A -Inf token is never sampled. If any candidate is
// +Inf, the +Inf candidates share all the probability equally. If no token is
// left with a finite or +Inf logit (for instance every logit is -Inf or NaN),
// Sample returns Greedy of the raw logits, which is 0 when all of them are
// -Inf or NaN.
package sample

import (
	"fmt"
	"math"
)

// Params configures a Sampler. The zero value is valid and means greedy
// decoding with every filter and penalty off; DefaultParams gives the usual
// sampling settings.
type Params struct {
	// Temperature divides the logits before the final draw. 0 means greedy
	// (argmax, ties to the lowest id). Must be finite and >= 0.
	Temperature float32
	// TopK keeps only the TopK most likely tokens. 0 means off. Must be >= 0.
	TopK int
	// TopP (nucleus) keeps the smallest set of most likely tokens whose
	// probability mass reaches TopP. Both 0 and 1 mean off, so that the zero
	// value of Params is useful; a server wanting OpenAI's "top_p: 0"
	// (effectively greedy) should map it to Temperature 0. Must be in [0, 1].
	TopP float32
	// MinP drops tokens whose probability is below MinP times that of the most
	// likely token. 0 means off. Must be in [0, 1].
	MinP float32
	// RepeatPenalty uses llama.cpp semantics: a penalized token's logit l
	// becomes l/RepeatPenalty if l > 0, else l*RepeatPenalty. Both 0 and 1
	// mean off. Must be finite and >= 0.
	RepeatPenalty float32
	// FrequencyPenalty uses OpenAI semantics: subtract count*FrequencyPenalty,
	// count being the token's occurrences in the window. 0 means off. Must be
	// finite; negative values encourage repetition.
	FrequencyPenalty float32
	// PresencePenalty uses OpenAI semantics: subtract PresencePenalty once
	// from every token present in the window. 0 means off. Must be finite.
	PresencePenalty float32
	// PenaltyWindow is how many of the most recent history tokens the
	// penalties look at: N > 0 means the last N, -1 the whole history, 0
	// disables the penalties (llama.cpp's penalty_last_n semantics).
	PenaltyWindow int
	// Seed seeds the Sampler's PCG generator. The same Seed, Params, logits
	// and history always give the same token.
	Seed uint64
}

// DefaultParams returns llama.cpp's current defaults: Temperature 0.8,
// TopK 40, TopP 0.95, MinP 0.05, RepeatPenalty 1 (off), FrequencyPenalty and
// PresencePenalty 0 (off), PenaltyWindow 64, Seed 0.
func DefaultParams() Params {
	return Params{
		Temperature:   0.8,
		TopK:          40,
		TopP:          0.95,
		MinP:          0.05,
		RepeatPenalty: 1,
		PenaltyWindow: 64,
	}
}

// ParamError reports a Params field with an invalid value. Servers can map it
// to a client error (HTTP 400).
type ParamError struct {
	Field  string // the Params field name, e.g. "TopP"
	Value  any    // the offending value
	Reason string // the accepted range, e.g. "must be in [0, 1]"
}

// Error implements error.
func (e *ParamError) Error() string {
	return fmt.Sprintf("sample: invalid %s %v: %s", e.Field, e.Value, e.Reason)
}

// Validate reports the first invalid field as a *ParamError, or nil.
func (p Params) Validate() error {
	finite := func(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) }
	switch {
	case !finite(p.Temperature) || p.Temperature < 0:
		return &ParamError{"Temperature", p.Temperature, "must be finite and >= 0"}
	case p.TopK < 0:
		return &ParamError{"TopK", p.TopK, "must be >= 0 (0 = off)"}
	case !finite(p.TopP) || p.TopP < 0 || p.TopP > 1:
		return &ParamError{"TopP", p.TopP, "must be in [0, 1] (0 or 1 = off)"}
	case !finite(p.MinP) || p.MinP < 0 || p.MinP > 1:
		return &ParamError{"MinP", p.MinP, "must be in [0, 1] (0 = off)"}
	case !finite(p.RepeatPenalty) || p.RepeatPenalty < 0:
		return &ParamError{"RepeatPenalty", p.RepeatPenalty, "must be finite and >= 0 (0 or 1 = off)"}
	case !finite(p.FrequencyPenalty):
		return &ParamError{"FrequencyPenalty", p.FrequencyPenalty, "must be finite"}
	case !finite(p.PresencePenalty):
		return &ParamError{"PresencePenalty", p.PresencePenalty, "must be finite"}
	case p.PenaltyWindow < -1:
		return &ParamError{"PenaltyWindow", p.PenaltyWindow, "must be >= -1 (-1 = whole history, 0 = off)"}
	}
	return nil
}

// penaltiesOn reports whether any penalty can change a logit.
func (p Params) penaltiesOn() bool {
	if p.PenaltyWindow == 0 {
		return false
	}
	return p.repeatOn() || p.FrequencyPenalty != 0 || p.PresencePenalty != 0
}

func (p Params) repeatOn() bool { return p.RepeatPenalty != 0 && p.RepeatPenalty != 1 }
