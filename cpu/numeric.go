package cpu

import (
	"math"

	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// This file holds the float32 steps whose exact rounding bitnet.cpp's results
// depend on (docs/MODEL.md): in bitnetcpp mode one ulp in RoPE or RMSNorm flips an
// F16 or int8 rounding downstream, which grows to ~0.05 in the logits.

// fma32 returns a*b+c rounded once to float32, as a hardware FMA does.
// float32(math.FMA(...)) would round twice (to float64, then float32); the
// product of two float32 is exact in float64, so only the sum needs care.
func fma32(a, b, c float32) float32 {
	p := float64(a) * float64(b) // exact: 24+24 bits
	s := p + float64(c)
	// Exact error of the float64 addition (TwoSum).
	bb := s - p
	err := (p - (s - bb)) + (float64(c) - bb)
	r := float32(s)
	if err == 0 || float64(r) == s {
		return r
	}
	// s was rounded; float32(s) is wrong only if s lies exactly halfway
	// between two float32 values and the true sum is off that midpoint.
	lo, hi := r, r
	if float64(r) < s {
		hi = math.Nextafter32(r, float32(math.Inf(1)))
	} else {
		lo = math.Nextafter32(r, float32(math.Inf(-1)))
	}
	mid := (float64(lo) + float64(hi)) / 2
	if s != mid {
		return r
	}
	if err > 0 {
		return hi
	}
	return lo
}

// round16 rounds x to the nearest F16 value, as storing it in a ggml F16 tensor does.
func round16(x float32) float32 {
	return quant.F16ToF32(quant.F32ToF16(x))
}

// expGGML is ggml's vectorised expf (ggml_v_expf, AVX-512 variant), evaluated
// lane by lane with the same operations and roundings. bitnet.cpp uses it for
// the softmax; libm's expf gives different last bits.
func expGGML(x float32) float32 {
	const r = float32(0x1.8p23)
	z := fma32(x, 0x1.715476p+0, r)
	n := z - r
	b := fma32(-n, 0x1.7f7d1cp-20, fma32(-n, 0x1.62e4p-1, x))
	if float32(math.Abs(float64(n))) > 192 || n != n {
		if n <= 0 || x != x {
			if x != x {
				return x
			}
			return 0
		}
		return float32(math.Inf(1))
	}
	u := b * b
	j := fma32(fma32(fma32(0x1.0e4020p-7, b, 0x1.573e2ep-5), u, fma32(0x1.555e66p-3, b, 0x1.fffdb6p-2)), u, fma32(0x1.ffffecp-1, b, 1))
	// _mm512_scalef_ps(j, n) = j * 2^floor(n); n is integral here.
	return scalef(j, n)
}

// expGGMLAVX2 is ggml_v_expf's AVX2 variant, evaluated lane by lane: the
// same reduction as expGGML, but the polynomial leaves out the 1 and the
// result is k + k*j with k = 2^n built in the exponent bits, with two
// rescaling steps when |n| > 126.
func expGGMLAVX2(x float32) float32 {
	const r = float32(0x1.8p23)
	z := fma32(x, 0x1.715476p+0, r)
	n := z - r
	b := fma32(-n, 0x1.7f7d1cp-20, fma32(-n, 0x1.62e4p-1, x))
	e := math.Float32bits(z) << 23
	k := math.Float32frombits(e + math.Float32bits(1))
	u := b * b
	j := fma32(fma32(fma32(0x1.0e4020p-7, b, 0x1.573e2ep-5), u, fma32(0x1.555e66p-3, b, 0x1.fffdb6p-2)), u, 0x1.ffffecp-1*b)
	an := float32(math.Abs(float64(n)))
	if !(an > 126) { // also when n is NaN, as the ordered compare is false
		return fma32(j, k, k)
	}
	var g uint32
	if n <= 0 {
		g = 0x82000000
	}
	s1 := math.Float32frombits(g + 0x7f000000)
	s2 := math.Float32frombits(e - g)
	if an > 192 {
		return s1 * s1
	}
	return fma32(s2, j, s2) * s1
}

// scalef multiplies by 2^n with one rounding, as VSCALEFPS does.
func scalef(j, n float32) float32 {
	return float32(math.Ldexp(float64(j), int(n)))
}

// ropeGGML fills cos and sin for one position the way ggml's rope cache does
// (ggml_rope_cache_init and rope_yarn): theta_scale = powf(base, -2/n_dims),
// theta starts at pos and is multiplied by theta_scale in float32 per pair;
// each pair's theta is divided by its frequency factor (rope_freqs), scaled
// and, for YaRN, blended with the unscaled angle in float32, then the C
// library's cosf/sinf of the float32 angle (glibc's, see libmf.go; the
// correctly rounded values differ from them in about 1.5% of RoPE angles)
// times the magnitude scale. Without scaling every extra step multiplies or
// divides by exactly 1, so the unscaled angles are what they always were.
// The YaRN blend is written as clang contracts it (one fma), like the
// rotation; no bitnet.cpp dump of a scaled file has checked that.
func ropeGGML(cfg *model.Config, pos int, cos, sin []float32) {
	r := &cfg.RopeScaling
	nDims := cfg.RopeDim
	thetaScale := float32(math.Pow(float64(cfg.RopeBase), float64(float32(-2)/float32(nDims))))
	freqScale := r.FreqScale()
	mscale := r.Magnitude()
	if r.ExtFactor != 0 {
		// mscale *= 1.0f + 0.1f * logf(1.0f / freq_scale)
		mscale *= fma32(0.1, float32(math.Log(float64(1/freqScale))), 1)
	}
	theta := float32(pos)
	for i := 0; i < nDims/2; i++ {
		extrap := theta
		if r.FreqFactors != nil {
			extrap = theta / r.FreqFactors[i]
		}
		t := float32(freqScale * extrap)
		if r.ExtFactor != 0 {
			y := (float32(i) - r.CorrDims[0]) / max(0.001, r.CorrDims[1]-r.CorrDims[0])
			mix := (1 - min(1, max(0, y))) * r.ExtFactor
			t = fma32(t, 1-mix, float32(extrap*mix))
		}
		cos[i] = float32(cosfGlibc(t) * mscale)
		sin[i] = float32(sinfGlibc(t) * mscale)
		theta = float32(theta * thetaScale)
	}
}

// ropeExact fills cos and sin for one position in float64 (model.Config.RopeAngles).
func ropeExact(cfg *model.Config, pos int, cos, sin []float32) { cfg.RopeAngles(pos, cos, sin) }

// rotateNeoxGGML rotates pairs (i, i+n/2) of one head as ggml compiles it:
// x0' = fma(x0, c, -(x1*s)), x1' = fma(x0, s, x1*c).
func rotateNeoxGGML(x []float32, nDims int, cos, sin []float32) {
	half := nDims / 2
	for i := 0; i < half; i++ {
		x0, x1 := x[i], x[i+half]
		c, s := cos[i], sin[i]
		x[i] = fma32(x0, c, -float32(x1*s))
		x[i+half] = fma32(x0, s, float32(x1*c))
	}
}

// rotateNeoxExact rotates pairs (i, i+n/2) in float64.
func rotateNeoxExact(x []float32, nDims int, cos, sin []float32) {
	half := nDims / 2
	for i := 0; i < half; i++ {
		x0, x1 := float64(x[i]), float64(x[i+half])
		c, s := float64(cos[i]), float64(sin[i])
		x[i] = float32(x0*c - x1*s)
		x[i+half] = float32(x0*s + x1*c)
	}
}

// rotateNormGGML rotates pairs (2i, 2i+1) of one head (llama.cpp's
// LLAMA_ROPE_TYPE_NORM) with the same float32 expressions as ggml's NEOX
// branch, which its compiler contracts the same way.
func rotateNormGGML(x []float32, nDims int, cos, sin []float32) {
	for i := 0; i < nDims/2; i++ {
		x0, x1 := x[2*i], x[2*i+1]
		c, s := cos[i], sin[i]
		x[2*i] = fma32(x0, c, -float32(x1*s))
		x[2*i+1] = fma32(x0, s, float32(x1*c))
	}
}

// rotateNormExact rotates pairs (2i, 2i+1) in float64.
func rotateNormExact(x []float32, nDims int, cos, sin []float32) {
	for i := 0; i < nDims/2; i++ {
		x0, x1 := float64(x[2*i]), float64(x[2*i+1])
		c, s := float64(cos[i]), float64(sin[i])
		x[2*i] = float32(x0*c - x1*s)
		x[2*i+1] = float32(x0*s + x1*c)
	}
}

// rmsNormGGML is ggml's rms_norm followed by the weight multiply: sum of
// float32 squares in double, scale = 1/sqrtf(float(sum/n) + eps), then two
// float32 multiplies.
func rmsNormGGML(dst, x, w []float32, eps float32) {
	var sum float64
	for _, v := range x {
		sum += float64(float32(v * v))
	}
	mean := float32(sum / float64(len(x)))
	scale := 1 / float32(math.Sqrt(float64(mean+eps)))
	for i, v := range x {
		dst[i] = float32(v*scale) * w[i]
	}
}

// rmsNormExact is RMSNorm in float64.
func rmsNormExact(dst, x, w []float32, eps float32) {
	var sum float64
	for _, v := range x {
		sum += float64(v) * float64(v)
	}
	scale := 1 / math.Sqrt(sum/float64(len(x))+float64(eps))
	for i, v := range x {
		dst[i] = float32(float64(v) * scale * float64(w[i]))
	}
}
