package quant

import (
	"fmt"
	"math"
)

// QuantizeQ8_0Act quantizes activations to Q8_0 the way llama.cpp's x86 CPU
// backend does before a Q8_0-paired dot product (quantize_row_q8_0 in
// ggml/src/ggml-cpu/arch/x86/quants.c, the AVX/AVX2 path every x86-64 build
// with AVX runs): per block of 32, amax = max|x|, d = amax/127 stored as F16,
// id = 127/amax (0 when amax is 0), q = round_half_even(x*id). That differs
// from quantize_row_q8_0_ref (QuantizeQ8_0: 1/d and half away from zero) in
// the last bit of some quants. qs receives len(x) quants and d one scale per
// block, already rounded to F16 and widened back (what the dot product reads).
// len(x) must be a multiple of 32. Non-finite inputs are not reproduced.
func QuantizeQ8_0Act(x []float32, qs []int8, d []float32) error {
	if len(x)%q8Block != 0 || len(qs) < len(x) || len(d) < len(x)/q8Block {
		return fmt.Errorf("Q8_0 activations: %d values into %d quants and %d scales: %w", len(x), len(qs), len(d), ErrShape)
	}
	for b := range len(x) / q8Block {
		v := x[b*q8Block : (b+1)*q8Block]
		var amax float32
		for _, f := range v {
			amax = max(amax, float32(math.Abs(float64(f))))
		}
		d[b] = F16ToF32(F32ToF16(amax / 127))
		var id float32
		if amax != 0 {
			id = 127 / amax
		}
		q := qs[b*q8Block : (b+1)*q8Block]
		for j, f := range v {
			q[j] = int8(math.RoundToEven(float64(f * id)))
		}
	}
	return nil
}
