package quant

import (
	"fmt"
	"math"
)

// nearestInt is ggml's nearest_int: add 1.5*2^23 in float32 and read the low
// mantissa bits, which rounds to nearest with ties to even for |f| <= 2^22.
// ggml asserts that range (in debug builds only); outside it, and for NaN and
// infinities, this returns the same bits-derived value as ggml does in
// release builds on x86-64 (a NaN's result depends on its payload), always
// within [-2^22, 2^22).
func nearestInt(f float32) int32 {
	v := float32(f + 12582912)
	return int32(math.Float32bits(v)&0x7fffff) - 0x400000
}

// cMax is C's MAX(a, b) macro, ((a) > (b) ? (a) : (b)): when b is NaN it
// returns b, when a is NaN it returns b. bitnet.cpp's activation max uses it.
func cMax(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// QuantizeActivations quantizes one activation row to int8 exactly like
// bitnet.cpp's quantize_row_i8_s: m = max(1e-5, max|x_i|) in float64,
// scale = float32(127/m), q_i = clamp(nearest_int(x_i*scale), -128, 127) with
// the product rounded to float32 and ties going to even, sum = Σ q_i.
// Dividing an integer dot product by scale undoes the quantization.
//
// Non-finite input cannot panic: an infinity makes m infinite, scale 0 and
// every q_i 0 (an infinite x_i times 0 is NaN, which nearest_int maps to 0);
// a NaN is folded into the maximum through C's MAX macro as bitnet.cpp's
// scalar code does (it replaces the running max, which the next element then
// replaces), and a NaN product quantizes to a payload-dependent value in
// [-128, 127]. Only finite input is meant to match bitnet.cpp bit for bit.
//
// It panics if len(q) < len(x), like copy-style programmer errors elsewhere.
func QuantizeActivations(x []float32, q []int8) (scale float32, sum int32) {
	if len(q) < len(x) {
		panic(fmt.Sprintf("quant: QuantizeActivations: len(q) = %d < len(x) = %d", len(q), len(x)))
	}
	m := 0.00001
	for _, v := range x {
		m = cMax(m, math.Abs(float64(v)))
	}
	s := float32(127 / m)
	for i, v := range x {
		r := nearestInt(float32(v * s))
		r = min(max(r, -128), 127)
		sum += r
		q[i] = int8(r)
	}
	return s, sum
}
