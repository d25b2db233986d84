package cpu

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// ropeYaRN64 is pair i's RoPE angle and magnitude at position pos in
// float64, written from ggml's CPU code (ggml/src/ggml-cpu/ops.cpp,
// ggml_rope_cache_init and rope_yarn; llama.cpp de3ff815) rather than from
// this package's: theta_extrap = pos * base^(-2i/n) / freq_factors[i],
// theta_interp = freq_scale * theta_extrap; with ext_factor != 0,
// ramp_mix = rope_yarn_ramp(corr_dims, 2i) * ext_factor,
// theta = theta_interp*(1-ramp_mix) + theta_extrap*ramp_mix and
// mscale = attn_factor * (1 + 0.1 ln(1/freq_scale)); otherwise theta =
// theta_interp, mscale = attn_factor. The zero Factor and AttnFactor of a
// Config built without the loader mean 1.
func ropeYaRN64(cfg *model.Config, pos, i int) (theta, mscale float64) {
	r := cfg.RopeScaling
	factor, attn := float64(r.Factor), float64(r.AttnFactor)
	if factor == 0 {
		factor = 1
	}
	if attn == 0 {
		attn = 1
	}
	freqScale := 1 / factor
	extrap := float64(pos) * math.Pow(float64(cfg.RopeBase), -2*float64(i)/float64(cfg.RopeDim))
	if r.FreqFactors != nil {
		extrap /= float64(r.FreqFactors[i])
	}
	interp := freqScale * extrap
	if r.ExtFactor == 0 {
		return interp, attn
	}
	// rope_yarn_ramp(low, high, i0) with i0 = 2i: y = (i0/2 - low) / max(0.001, high - low).
	y := (float64(i) - float64(r.CorrDims[0])) / math.Max(0.001, float64(r.CorrDims[1]-r.CorrDims[0]))
	ramp := 1 - math.Min(1, math.Max(0, y))
	mix := ramp * float64(r.ExtFactor)
	return interp*(1-mix) + extrap*mix, attn * (1 + 0.1*math.Log(1/freqScale))
}

// corrDims64 is ggml_rope_yarn_corr_dims in float64.
func corrDims64(nDims, nCtxOrig int, base, betaFast, betaSlow float64) [2]float32 {
	d := func(beta float64) float64 {
		return float64(nDims) * math.Log(float64(nCtxOrig)/(beta*2*math.Pi)) / (2 * math.Log(base))
	}
	return [2]float32{float32(math.Max(0, math.Floor(d(betaFast)))), float32(math.Min(float64(nDims-1), math.Ceil(d(betaSlow))))}
}

// scalings are the RoPE scalings the tests below run, for a rotation of
// nDims values with base 10000.
func scalings(r *rand.Rand, nDims int) map[string]model.RopeScaling {
	ff := make([]float32, nDims/2)
	for i := range ff {
		ff[i] = 1 + 7*r.Float32()
	}
	yarn := model.RopeScaling{Type: model.RopeScalingYaRN, Factor: 4, OrigContext: 8, ExtFactor: 1, AttnFactor: 1,
		BetaFast: 32, BetaSlow: 1, CorrDims: corrDims64(nDims, 8, 10000, 32, 1)}
	yarnFF := yarn
	yarnFF.FreqFactors = ff
	yarnFF.AttnFactor = 0.75
	return map[string]model.RopeScaling{
		"none":         {},
		"linear":       {Type: model.RopeScalingLinear, Factor: 2.5, AttnFactor: 1},
		"yarn":         yarn,
		"llama3":       {Factor: 1, AttnFactor: 1, FreqFactors: ff},
		"yarn+factors": yarnFF,
	}
}

// TestRopeScalingRotation: the engine's cos/sin tables and rotations, in
// both pair layouts and both numeric modes, against ropeYaRN64 applied in
// float64 to random heads, for rotated widths with an odd number of pairs
// and a rotation narrower than the head, positions 0 to 200. Exact mode is
// within float32 rounding of cos and sin and of the result (measured worst
// 9.5e-8 relative to the largest value, bound 2e-7); ggml mode carries the
// angle in float32 through up to 64 multiplications by theta_scale (measured
// worst 1.4e-5, head dim 128 unscaled; bound 3e-5). 2026-12-03, 2-core AMD
// EPYC VM, AVX-512 VNNI.
func TestRopeScalingRotation(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	for _, dims := range []struct{ head, rope int }{{10, 10}, {14, 6}, {128, 128}, {100, 100}} {
		for name, sc := range scalings(r, dims.rope) {
			for _, kind := range []model.RopeKind{model.RopeNeox, model.RopeNorm} {
				cfg := model.Config{HeadDim: dims.head, RopeDim: dims.rope, RopeBase: 10000, RopeScaling: sc}
				cfg.Family.Rope = kind
				half := dims.rope / 2
				cos, sin := make([]float32, half), make([]float32, half)
				worst := [2]float64{}
				for _, pos := range []int{0, 1, 5, 9, 31, 200} {
					x := make([]float32, dims.head)
					for i := range x {
						x[i] = float32(r.NormFloat64())
					}
					want := make([]float64, dims.head)
					for i, v := range x {
						want[i] = float64(v)
					}
					for i := 0; i < half; i++ {
						th, ms := ropeYaRN64(&cfg, pos, i)
						i0, i1 := i, i+half
						if kind == model.RopeNorm {
							i0, i1 = 2*i, 2*i+1
						}
						a, b := want[i0], want[i1]
						want[i0], want[i1] = (a*math.Cos(th)-b*math.Sin(th))*ms, (a*math.Sin(th)+b*math.Cos(th))*ms
					}
					var scale float64
					for _, v := range want {
						scale = math.Max(scale, math.Abs(v))
					}
					for mode := range 2 {
						got := append([]float32(nil), x...)
						if mode == 0 {
							ropeExact(&cfg, pos, cos, sin)
							if kind == model.RopeNorm {
								rotateNormExact(got, dims.rope, cos, sin)
							} else {
								rotateNeoxExact(got, dims.rope, cos, sin)
							}
						} else {
							ropeGGML(&cfg, pos, cos, sin)
							if kind == model.RopeNorm {
								rotateNormGGML(got, dims.rope, cos, sin)
							} else {
								rotateNeoxGGML(got, dims.rope, cos, sin)
							}
						}
						for i := range got {
							worst[mode] = math.Max(worst[mode], math.Abs(float64(got[i])-want[i])/scale)
						}
					}
				}
				t.Logf("head %d, rope %d, %s, %s: worst error relative to max |x| exact %.2g, ggml %.2g", dims.head, dims.rope, name, kind, worst[0], worst[1])
				require.LessOrEqual(t, worst[0], 2e-7, "exact, %s", name)
				require.LessOrEqual(t, worst[1], 3e-5, "ggml, %s", name)
			}
		}
	}
}

// TestRopeScalingAgainstFloat64Reference: a model run with each scaling, in
// both pair layouts, agrees with the float64 forward pass (whose RoPE is
// ropeYaRN64) within 1e-5 relative to max |logit| with every kernel set, as
// unscaled models do (TestAgainstFloat64Reference; measured worst 1.8e-7,
// 2026-12-03). YaRN's original context is 8 positions and the sequence 12,
// so both sides of it run.
func TestRopeScalingAgainstFloat64Reference(t *testing.T) {
	m0 := tinyModel(t, gguf.TypeI2_S, 17)
	r := rand.New(rand.NewPCG(17, 1))
	tokens := randomTokens(r, 12, m0.Config.VocabSize)
	V := m0.Config.VocabSize
	for name, sc := range scalings(r, m0.Config.RopeDim) {
		if name == "none" {
			continue
		}
		for _, kind := range []model.RopeKind{model.RopeNeox, model.RopeNorm} {
			m := *m0
			m.Config.RopeScaling = sc
			m.Config.Family.Rope = kind
			ref := newRef64(t, &m)
			want := make([]float32, len(tokens)*V)
			for i, tok := range tokens {
				for j, v := range ref.step(t, tok) {
					want[i*V+j] = float32(v)
				}
			}
			// The logits of the unscaled model differ (a scaling that did nothing would pass otherwise).
			plain := fullPass(t, newEngine(t, m0, Options{Threads: 1}), tokens)
			require.Greater(t, relErr(plain[V:], want[V:]), 1e-3, "%s changes the logits", name)
			forEachKernelSet(t, func(t *testing.T, set string) {
				got := fullPass(t, newEngine(t, &m, Options{Threads: 2, Kernels: set}), tokens)
				worst := 0.0
				for i := range tokens {
					worst = math.Max(worst, relErr(got[i*V:(i+1)*V], want[i*V:(i+1)*V]))
				}
				t.Logf("%s, %s, kernels %s: worst relative error vs float64 reference over %d positions: %.3g", name, kind, set, len(tokens), worst)
				require.LessOrEqual(t, worst, 1e-5)
			})
		}
	}
}
