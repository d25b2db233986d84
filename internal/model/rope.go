package model

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/bitnet-go/bitnet-go/gguf"
)

// RopeScalingType is how a model stretches RoPE beyond its trained context,
// as GGUF's {arch}.rope.scaling.type names it.
type RopeScalingType int

const (
	// RopeScalingNone: theta_i = pos * base^(-2i/n), unchanged.
	RopeScalingNone RopeScalingType = iota
	// RopeScalingLinear divides every angle by the factor (position
	// interpolation): llama.cpp's freq_scale = 1/factor with ext_factor 0.
	RopeScalingLinear
	// RopeScalingYaRN interpolates the low frequencies, keeps the high ones
	// and blends the dimensions between (ggml's rope_yarn), and scales cos
	// and sin by 1 + 0.1 ln(factor).
	RopeScalingYaRN
)

// String returns the type's name as written in GGUF metadata.
func (t RopeScalingType) String() string {
	switch t {
	case RopeScalingNone:
		return "none"
	case RopeScalingLinear:
		return "linear"
	case RopeScalingYaRN:
		return "yarn"
	}
	return fmt.Sprintf("RopeScalingType(%d)", int(t))
}

// RopeScaling is everything beyond base and dimension count that sets a
// position's RoPE angles, with llama.cpp's defaults resolved (src/llama-model.cpp
// load_hparams and src/llama-context.cpp's llama_context constructor), so that
// a backend computes the angles from this struct alone (Config.RopeAngles).
// The zero value, as in a Config built by hand, is no scaling (a zero
// Factor or AttnFactor reads as 1).
type RopeScaling struct {
	Type RopeScalingType
	// Factor is rope.scaling.factor; llama.cpp's freq_scale is 1/Factor.
	// 1 when the file gives none (or 0, which llama.cpp also reads as none).
	Factor float32
	// OrigContext is rope.scaling.original_context_length (n_ctx_orig_yarn),
	// context_length when absent. Only YaRN reads it.
	OrigContext int
	// ExtFactor is YaRN's extrapolation mix: 1 for YaRN, 0 otherwise
	// (llama.cpp's yarn_ext_factor -1 resolved by the scaling type).
	ExtFactor float32
	// AttnFactor multiplies cos and sin: rope.scaling.attn_factor, 1 when
	// absent. YaRN's own 1 + 0.1 ln(Factor) comes on top (RopeAngles).
	AttnFactor float32
	// BetaFast and BetaSlow bound YaRN's blend (32 and 1, llama.cpp's defaults).
	BetaFast, BetaSlow float32
	// CorrDims are the first and last rotated pair YaRN blends, from
	// ggml_rope_yarn_corr_dims: floor and ceil of float32 expressions,
	// computed once here so every backend uses the same integers.
	CorrDims [2]float32
	// FreqFactors (rope_freqs.weight, RopeDim/2 values) divide each pair's
	// angle before scaling: how llama.cpp's converter encodes Llama 3.1's
	// "llama3" rope_type. Nil when the file has none.
	FreqFactors []float32
}

// Scaled reports whether any angle differs from the unscaled RoPE.
func (r RopeScaling) Scaled() bool {
	return r.factor() != 1 || r.ExtFactor != 0 || r.attnFactor() != 1 || r.FreqFactors != nil
}

// factor is Factor with the zero value read as 1.
func (r RopeScaling) factor() float32 {
	if r.Factor == 0 {
		return 1
	}
	return r.Factor
}

// attnFactor is AttnFactor with the zero value read as 1.
func (r RopeScaling) attnFactor() float32 {
	if r.AttnFactor == 0 {
		return 1
	}
	return r.AttnFactor
}

// FreqScale is llama.cpp's freq_scale, 1/Factor, and 1 for the zero value.
func (r RopeScaling) FreqScale() float32 { return 1 / r.factor() }

// Magnitude is AttnFactor, 1 for the zero value.
func (r RopeScaling) Magnitude() float32 { return r.attnFactor() }

// String summarizes the scaling for inspect and logs.
func (r RopeScaling) String() string {
	s := r.Type.String()
	switch r.Type {
	case RopeScalingLinear:
		s += fmt.Sprintf(" x%g", r.Factor)
	case RopeScalingYaRN:
		s += fmt.Sprintf(" x%g from %d positions", r.Factor, r.OrigContext)
	}
	if r.AttnFactor != 1 {
		s += fmt.Sprintf(", attn_factor %g", r.AttnFactor)
	}
	if r.FreqFactors != nil {
		s += fmt.Sprintf(", %d frequency factors (rope_freqs)", len(r.FreqFactors))
	}
	return s
}

// MScale is the factor RopeAngles multiplies cos and sin by: AttnFactor,
// times ggml's rope_yarn magnitude correction 1 + 0.1 ln(Factor) when YaRN
// extrapolates. (llama.cpp from late 2025 folds get_mscale(factor) /
// (1 + 0.1 ln factor) into attn_factor, which cancels to 1 up to float32
// rounding for the files this package accepts, yarn_log_multiplier 0.)
func (r RopeScaling) MScale() float64 {
	m := float64(r.attnFactor())
	if r.ExtFactor != 0 {
		m *= 1 + 0.1*math.Log(float64(r.factor()))
	}
	return m
}

// RopeAngles fills cos and sin (RopeDim/2 values each) with the rotation of
// position pos in float64, rounded to float32 at the end: ggml's
// ggml_rope_cache_init and rope_yarn (ggml/src/ggml-cpu/ops.cpp) in exact
// arithmetic. For pair i, theta_extrap = pos * base^(-2i/n) / freq_factor[i],
// theta_interp = theta_extrap / Factor; YaRN mixes them with
// ramp(i) * ExtFactor, ramp(i) = 1 - clamp((i - lo) / max(0.001, hi - lo), 0, 1);
// cos and sin are scaled by MScale. Without scaling this is exactly
// cos(pos * base^(-2i/n)).
func (c *Config) RopeAngles(pos int, cos, sin []float32) {
	r := &c.RopeScaling
	n := c.RopeDim
	factor := r.factor()
	scale := 1 / float64(factor)
	mscale := r.MScale()
	lo, hi := float64(r.CorrDims[0]), float64(r.CorrDims[1])
	for i := 0; i < n/2; i++ {
		extrap := float64(pos) * math.Pow(float64(c.RopeBase), -2*float64(i)/float64(n))
		if r.FreqFactors != nil {
			extrap /= float64(r.FreqFactors[i])
		}
		theta := extrap
		if factor != 1 || r.ExtFactor != 0 {
			interp := scale * extrap
			theta = interp
			if r.ExtFactor != 0 {
				y := (float64(i) - lo) / math.Max(0.001, hi-lo)
				mix := (1 - math.Min(1, math.Max(0, y))) * float64(r.ExtFactor)
				theta = interp*(1-mix) + extrap*mix
			}
		}
		if mscale == 1 {
			cos[i] = float32(math.Cos(theta))
			sin[i] = float32(math.Sin(theta))
		} else {
			cos[i] = float32(math.Cos(theta) * mscale)
			sin[i] = float32(math.Sin(theta) * mscale)
		}
	}
}

// logf is the C library's logf as ggml calls it, to float32 precision
// (float32 of the exact logarithm; glibc's is within one ulp of it).
func logf(x float32) float32 { return float32(math.Log(float64(x))) }

// yarnCorrDims is ggml_rope_yarn_corr_dims (ggml/src/ggml.c) in float32.
func yarnCorrDims(nDims, nCtxOrig int, base, betaFast, betaSlow float32) [2]float32 {
	corrDim := func(beta float32) float32 {
		// n_dims * logf(n_ctx_orig / (n_rot * 2 * (float)M_PI)) / (2 * logf(base))
		return float32(float32(nDims)*logf(float32(nCtxOrig)/float32(float32(beta*2)*float32(math.Pi)))) / float32(2*logf(base))
	}
	start := float32(math.Floor(float64(corrDim(betaFast))))
	end := float32(math.Ceil(float64(corrDim(betaSlow))))
	return [2]float32{max(0, start), min(float32(nDims-1), end)}
}

// Limits on the scaling keys: beyond them a file is corrupt or hostile
// rather than a real long-context model (Qwen3 uses 4, Llama 3.1 8, the
// largest published factors are in the tens).
const (
	maxRopeFactor     = 1024
	maxRopeAttnFactor = 100
)

// ropeKeyDefaults are llama.cpp's defaults for the YaRN tuning keys. Its
// loaders for the families here (llama, qwen3, bitnet) do not read these
// keys at all, so a file that sets one to another value would run
// differently here and there: it is refused instead.
var ropeKeyDefaults = []struct {
	key string
	def float32
}{
	{"rope.scaling.yarn_ext_factor", -1},
	{"rope.scaling.yarn_attn_factor", 1},
	{"rope.scaling.yarn_beta_fast", 32},
	{"rope.scaling.yarn_beta_slow", 1},
	{"rope.scaling.yarn_log_multiplier", 0},
}

// readRopeScaling reads {pre}.rope.scaling.* into c.RopeScaling (c's
// RopeDim, RopeBase and ContextLength already set), as llama.cpp's
// load_hparams and context constructor resolve them.
func readRopeScaling(f Metadata, pre string, c *Config) error {
	r := RopeScaling{Type: RopeScalingNone, Factor: 1, OrigContext: c.ContextLength, AttnFactor: 1, BetaFast: 32, BetaSlow: 1}
	// llama.cpp reads a file without the type key as linear (scaled only
	// when a factor is given).
	typ := "linear"
	key := pre + ".rope.scaling.type"
	if f.Has(key) {
		var err error
		if typ, err = f.String(key); err != nil {
			return &Error{key, err}
		}
	}
	fk := pre + ".rope.scaling.factor"
	if f.Has(fk) {
		v, err := f.Float32(fk)
		if err != nil {
			return &Error{fk, err}
		}
		// llama.cpp: a factor of 0 means none.
		if v != 0 {
			if !(v > 0) || v > maxRopeFactor {
				return &Error{fk, fmt.Errorf("%w: RoPE scaling factor %v out of range (0, %d]", ErrShape, v, maxRopeFactor)}
			}
			r.Factor = v
		}
	}
	switch typ {
	case "none":
		// llama.cpp: "never scale if scaling type is none", whatever the factor.
		r.Factor = 1
	case "linear":
		r.Type = RopeScalingLinear
		if r.Factor == 1 {
			r.Type = RopeScalingNone
		}
	case "yarn":
		r.Type = RopeScalingYaRN
		r.ExtFactor = 1
	case "longrope":
		return &Error{key, fmt.Errorf("%w: RoPE scaling %q (per-dimension long/short factors) is not implemented", ErrUnsupportedArch, typ)}
	default:
		return &Error{key, fmt.Errorf("%w: unknown RoPE scaling type %q (want none, linear or yarn)", ErrUnsupportedArch, typ)}
	}
	if r.Type != RopeScalingNone && !c.Family.RopeScaling {
		return &Error{key, fmt.Errorf("%w: RoPE scaling %q for architecture %s is not implemented", ErrUnsupportedArch, typ, c.Family.Arch)}
	}
	if ok := pre + ".rope.scaling.original_context_length"; f.Has(ok) {
		v, err := f.Uint64(ok)
		if err != nil {
			return &Error{ok, err}
		}
		if v == 0 || v > 1<<30 {
			return &Error{ok, fmt.Errorf("%w: value %d out of range", ErrShape, v)}
		}
		r.OrigContext = int(v)
	}
	if ak := pre + ".rope.scaling.attn_factor"; f.Has(ak) {
		v, err := f.Float32(ak)
		if err != nil {
			return &Error{ak, err}
		}
		if !(v > 0) || v > maxRopeAttnFactor {
			return &Error{ak, fmt.Errorf("%w: %v out of range (0, %d]", ErrShape, v, maxRopeAttnFactor)}
		}
		if v != 1 && !c.Family.RopeScaling {
			return &Error{ak, fmt.Errorf("%w: RoPE attn_factor for architecture %s is not implemented", ErrUnsupportedArch, c.Family.Arch)}
		}
		r.AttnFactor = v
	}
	for _, d := range ropeKeyDefaults {
		k := pre + "." + d.key
		if !f.Has(k) {
			continue
		}
		v, err := f.Float32(k)
		if err != nil {
			return &Error{k, err}
		}
		same := v == d.def || d.key == "rope.scaling.yarn_ext_factor" && v == r.ExtFactor
		if !same {
			return &Error{k, fmt.Errorf("%w: %v (llama.cpp's loader for %s ignores this key and uses %v; refused rather than run differently)", ErrUnsupportedArch, v, c.Family.Arch, d.def)}
		}
	}
	if r.Type == RopeScalingYaRN {
		r.CorrDims = yarnCorrDims(c.RopeDim, r.OrigContext, c.RopeBase, r.BetaFast, r.BetaSlow)
	}
	c.RopeScaling = r
	return nil
}

// ropeFreqs reads rope_freqs.weight (F32, RopeDim/2 positive finite
// factors) into c.RopeScaling.FreqFactors, for a family that has it.
func (l *loader) ropeFreqs(name string, c *Config) {
	if !l.has(name) {
		return
	}
	half := c.RopeDim / 2
	ti, data, ok := l.tensor(name)
	if !ok {
		return
	}
	if ti.Type != gguf.TypeF32 || len(ti.Dims) != 1 || ti.Dims[0] != uint64(half) {
		l.fail(name, fmt.Errorf("%w: %s %v, want F32 [%d] (rope.dimension_count / 2)", ErrShape, ti.Type, ti.Dims, half))
		return
	}
	ff := make([]float32, half)
	for i := range ff {
		v := math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		if !(v > 0) || v > maxRopeFactor*maxRopeFactor {
			l.fail(name, fmt.Errorf("%w: factor %d is %v (want positive and finite)", ErrShape, i, v))
			return
		}
		ff[i] = v
	}
	c.RopeScaling.FreqFactors = ff
}
