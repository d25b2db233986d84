package quant

import "math"

// BitNet b1.58's absmean ternarization as its reference converters compute it
// in float32 (bitnet.cpp's preprocess and convert-hf-to-gguf-bitnet.py
// weight_quant, llama.cpp's BitnetModel.weight_quant):
//
//	s = 1 / max(mean|w|, 1e-5)          float32
//	v = clamp(round_half_even(w*s), -1, 1)
//	w' = v / s                           what the quantizer then stores
//
// The I2_S scale bitnet.cpp's quantizer takes from w' is max|w'| =
// float32(1/s), not the mean itself: the two differ in the last bit for
// some means. The functions below split the rule in two so that a tensor
// can be streamed: the mean needs one pass over all of it first.

// AbsmeanScales returns, for a tensor of n weights whose absolute values sum
// to sumAbs, the multiplier s = float32(1/mean) and the scale
// float32(1/s) that the ternary values are multiplied by. The mean is
// sumAbs/n rounded to float32 (the reference reduces in float32 with its own
// summation order, which can differ from this in the last bit on large
// tensors) and clamped at 1e-5 as in training.
func AbsmeanScales(sumAbs float64, n int) (s, scale float32) {
	return AbsmeanScalesOf(float32(sumAbs / float64(n)))
}

// AbsmeanScalesOf is AbsmeanScales given the float32 mean itself, for a
// mean computed another way (TorchAbsmean's order, for one).
func AbsmeanScalesOf(mean float32) (s, scale float32) {
	mean = max(mean, 1e-5)
	s = 1 / mean
	return s, 1 / s
}

// AbsmeanValues sets dst[i] = clamp(round_half_even(float32(w[i]*s)), -1, 1).
// A NaN weight gives 0.
func AbsmeanValues(dst []int8, w []float32, s float32) {
	for i, x := range w {
		r := math.RoundToEven(float64(x * s))
		switch {
		case r >= 1:
			dst[i] = 1
		case r <= -1:
			dst[i] = -1
		default:
			dst[i] = 0
		}
	}
}

// SumAbs adds |w[i]| in float64.
func SumAbs(w []float32) float64 {
	var sum float64
	for _, x := range w {
		sum += math.Abs(float64(x))
	}
	return sum
}
