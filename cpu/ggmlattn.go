package cpu

// This file reproduces, operation for operation, the two float32 matrix
// products of ggml's non-flash attention as bitnet.cpp's AVX-512 build runs
// them. Which routine ggml picks decides the rounding, and in bitnetcpp mode a
// last-bit difference in an attention output can flip an int8 activation code
// of the next projection and grow from there, so "close" is not enough:
//
//   - kq = K·Q: Q is a permuted (non-contiguous) view, so llamafile's sgemm is
//     skipped, Q is converted to F16 and each score is ggml_vec_dot_f16 over
//     the head dimension (dotF16GGML).
//   - kqv = V·softmax(kq): the probabilities are contiguous F32. With two or
//     more tokens in the batch llamafile's tinyBLAS runs (F16 V times F32
//     probabilities, 16 FMA lanes, then a horizontal sum; sgemmAccGGML). With
//     one token tinyBLAS declines (n < 2), the probabilities are converted to
//     F16 and each output is ggml_vec_dot_f16 over n_kv cache cells
//     (vecDotAccGGML), where n_kv is the used cells rounded up to 32.
//
// Cache cells past the current position hold zeros and are masked to
// probability 0, so they add nothing; only the grouping of positions into
// lanes and the n_kv tail split depend on them.

// f16Lanes and f16Arr are GGML_F16_EPR and GGML_F16_ARR of ggml's AVX-512
// build: ggml_vec_dot_f16 keeps 4 accumulators of 16 float32 lanes and steps
// 64 elements at a time.
const (
	f16Lanes = 16
	f16Arr   = 4
	f16Step  = f16Lanes * f16Arr
)

// kvPad is llama.cpp's KV cache padding without flash attention: the
// attention spans n_kv = used cells rounded up to a multiple of 32.
const kvPad = 32

// dotF16GGML is ggml_vec_dot_f16 (AVX-512 build) for x and y holding F16
// values: products of two F16 values are exact in float32, so each FMA
// rounds once, as the hardware does; the 64-element blocks go through 4x16
// lanes, the tail is summed in double.
func dotF16GGML(x, y []float32) float32 {
	n := len(x)
	np := n &^ (f16Step - 1)
	var acc [f16Step]float32 // accumulator j, lane l at j*16+l
	for i := 0; i < np; i += f16Step {
		for k := range acc {
			acc[k] += float32(x[i+k] * y[i+k])
		}
	}
	sum := float64(reduceArr(&acc))
	for i := np; i < n; i++ {
		sum += float64(float32(x[i] * y[i]))
	}
	return float32(sum)
}

// reduceArr is GGML_F32x16_REDUCE: pairwise adds of the 4 accumulators
// (0+2, 1+3, then 0+1) and _mm512_reduce_add_ps of the result.
func reduceArr(acc *[f16Step]float32) float32 {
	var l [f16Lanes]float32
	for i := range l {
		l[i] = (acc[i] + acc[2*f16Lanes+i]) + (acc[f16Lanes+i] + acc[3*f16Lanes+i])
	}
	return reduce16(&l)
}

// sgemmAccGGML accumulates one position's contribution to a batch row's
// attention output the way llamafile's tinyBLAS (AVX-512, 16 lanes) does: lane
// pos%16 of each output column takes fma(v, p, lane). acc holds 16 lanes per
// column; sgemmFinishGGML sums them.
func sgemmAccGGML(acc []float32, pos int, p float32, v []float32) {
	l := pos % f16Lanes
	for c, vc := range v {
		a := &acc[c*f16Lanes+l]
		*a = fma32(vc, p, *a)
	}
}

// sgemmFinishGGML writes each column's horizontal sum (tinyBLAS's hsum,
// _mm512_reduce_add_ps) to out.
func sgemmFinishGGML(acc []float32, out []float32) {
	for c := range out {
		out[c] = reduce16((*[f16Lanes]float32)(acc[c*f16Lanes:]))
	}
}

// vecDotAccGGML accumulates one position's contribution to a single-token
// attention output as ggml_vec_dot_f16 over n_kv cells does for positions
// below the last whole 64-element block (n_kv &^ 63): p and v hold F16 values,
// so the products are exact and each add rounds once, into accumulator
// (pos%64)/16, lane pos%16. acc holds 64 lanes per column. Later positions are
// summed in double after the reduction (vecDotTailGGML).
func vecDotAccGGML(acc []float32, pos int, p float32, v []float32) {
	k := pos % f16Step
	for c, vc := range v {
		acc[c*f16Step+k] += float32(vc * p)
	}
}

// vecDotReduceGGML reduces vecDotAccGGML's accumulators (GGML_F32x16_REDUCE)
// into sum, the double ggml_vec_dot_f16 continues with.
func vecDotReduceGGML(acc []float32, sum []float64) {
	for c := range sum {
		sum[c] = float64(reduceArr((*[f16Step]float32)(acc[c*f16Step:])))
	}
}

// vecDotTailGGML adds one tail position (at or past n_kv &^ 63) to the
// double sums, in position order after the reduction, as ggml's leftover loop does.
func vecDotTailGGML(sum []float64, p float32, v []float32) {
	for c, vc := range v {
		sum[c] += float64(float32(vc * p))
	}
}

// nKVGGML is the number of cache cells llama.cpp's attention spans when the
// last query is at position pos: the used cells rounded up to kvPad.
func nKVGGML(pos int) int {
	return (pos + kvPad) / kvPad * kvPad
}
