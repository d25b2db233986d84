package cpu

// This file reproduces, operation for operation, the two float32 matrix
// products of ggml's non-flash attention and its softmax as bitnet.cpp runs
// them. Which routine ggml picks decides the rounding, and in bitnetcpp mode a
// last-bit difference in an attention output can flip an int8 activation code
// of the next projection and grow from there, so "close" is not enough:
//
//   - kq = K·Q: Q is a permuted (non-contiguous) view, so llamafile's sgemm is
//     skipped, Q is converted to F16 and each score is ggml_vec_dot_f16 over
//     the head dimension (dotF16).
//   - kqv = V·softmax(kq): the probabilities are contiguous F32. With two or
//     more tokens in the batch llamafile's tinyBLAS runs (F16 V times F32
//     probabilities, one FMA lane per position modulo the vector width, then a
//     horizontal sum; sgemmAcc). With one token tinyBLAS declines (n < 2), the
//     probabilities are converted to F16 and each output is ggml_vec_dot_f16
//     over n_kv cache cells (vecDotAcc), n_kv being the used cells rounded up
//     to 32.
//
// Cache cells past the current position hold zeros and are masked to
// probability 0, so they add nothing; only the grouping of positions into
// lanes and the n_kv tail split depend on them.
//
// bitnet.cpp compiles ggml with -march=native, so the vector width is the
// build machine's: 16 float32 lanes with AVX-512, 8 with AVX2, and the
// reductions and expf differ with it (ggmlVec).

// ggmlVec is the vector code of the ggml build bitnetcpp mode reproduces.
type ggmlVec struct {
	lanes int // float32 lanes: 16 (AVX-512) or 8 (AVX2)
}

var (
	ggmlAVX512 = ggmlVec{lanes: 16}
	ggmlAVX2   = ggmlVec{lanes: 8}
)

// f16Arr is GGML_F16_ARR: ggml_vec_dot_f16 keeps 4 accumulators of one
// vector each and steps 4 vectors at a time (GGML_F16_STEP).
const f16Arr = 4

// step is GGML_F16_STEP: 64 elements with AVX-512, 32 with AVX2.
func (g ggmlVec) step() int { return f16Arr * g.lanes }

// kvPad is llama.cpp's KV cache padding without flash attention: the
// attention spans n_kv = used cells rounded up to a multiple of 32.
const kvPad = 32

// nKVGGML is the number of cache cells llama.cpp's attention spans when the
// last query is at position pos: the used cells rounded up to kvPad.
func nKVGGML(pos int) int {
	return (pos + kvPad) / kvPad * kvPad
}

// dotF16 is ggml_vec_dot_f16 for x and y holding F16 values: products of two
// F16 values are exact in float32, so each FMA rounds once, as the hardware
// does; whole steps go through 4 accumulators of g.lanes lanes (element
// j*lanes+l of a step into accumulator j, lane l), the tail is summed in double.
func (g ggmlVec) dotF16(x, y []float32) float32 {
	n := len(x)
	st := g.step()
	np := n &^ (st - 1)
	var buf [4 * 16]float32
	acc := buf[:st]
	for i := 0; i < np; i += st {
		for k := range acc {
			acc[k] += float32(x[i+k] * y[i+k])
		}
	}
	sum := float64(g.reduceAcc(acc))
	for i := np; i < n; i++ {
		sum += float64(float32(x[i] * y[i]))
	}
	return float32(sum)
}

// reduceAcc is GGML_F16_VEC_REDUCE over ggml_vec_dot_f16's 4 accumulators
// (acc holds them one after the other): pairwise adds 0+2, 1+3, then 0+1,
// and the reduction of the last vector, which for AVX2 is
// GGML_F32x8_REDUCE's (128-bit halves added, then two hadds).
func (g ggmlVec) reduceAcc(acc []float32) float32 {
	L := g.lanes
	var buf [16]float32
	l := buf[:L]
	for i := range l {
		l[i] = (acc[i] + acc[2*L+i]) + (acc[L+i] + acc[3*L+i])
	}
	if L == 16 {
		return reduce16((*[16]float32)(l))
	}
	var t [4]float32
	for i := range t {
		t[i] = l[i] + l[i+4]
	}
	return (t[0] + t[1]) + (t[2] + t[3])
}

// hsum is the horizontal sum of one vector as llamafile's tinyBLAS (hsum) and
// ggml's softmax sum do it: _mm512_reduce_add_ps, or for AVX2 the 128-bit
// halves added, then movehl and movehdup adds.
func (g ggmlVec) hsum(l []float32) float32 {
	if g.lanes == 16 {
		return reduce16((*[16]float32)(l))
	}
	var t [4]float32
	for i := range t {
		t[i] = l[i] + l[i+4]
	}
	return (t[0] + t[2]) + (t[1] + t[3])
}

// sgemmAcc accumulates one position's contribution to a batch row's
// attention output the way llamafile's tinyBLAS does: lane pos%lanes of each
// output column takes fma(v, p, lane). acc holds g.lanes lanes per column;
// sgemmFinish sums them.
func (g ggmlVec) sgemmAcc(acc []float32, pos int, p float32, v []float32) {
	L := g.lanes
	l := pos % L
	for c, vc := range v {
		a := &acc[c*L+l]
		*a = fma32(vc, p, *a)
	}
}

// sgemmFinish writes each column's horizontal sum (tinyBLAS's hsum) to out.
func (g ggmlVec) sgemmFinish(acc []float32, out []float32) {
	L := g.lanes
	for c := range out {
		out[c] = g.hsum(acc[c*L : (c+1)*L])
	}
}

// vecDotAcc accumulates one position's contribution to a single-token
// attention output as ggml_vec_dot_f16 over n_kv cells does for positions
// below the last whole step (n_kv &^ (step-1)): p and v hold F16 values, so
// the products are exact and each add rounds once, into element pos%step of
// the column's 4 accumulators. acc holds one step per column. Later positions
// are summed in double after the reduction (vecDotTail).
func (g ggmlVec) vecDotAcc(acc []float32, pos int, p float32, v []float32) {
	st := g.step()
	k := pos % st
	for c, vc := range v {
		acc[c*st+k] += float32(vc * p)
	}
}

// vecDotReduce reduces vecDotAcc's accumulators (GGML_F16_VEC_REDUCE) into
// sum, the double ggml_vec_dot_f16 continues with.
func (g ggmlVec) vecDotReduce(acc []float32, sum []float64) {
	st := g.step()
	for c := range sum {
		sum[c] = float64(g.reduceAcc(acc[c*st : (c+1)*st]))
	}
}

// vecDotTail adds one tail position (at or past n_kv &^ (step-1)) to the
// double sums, in position order after the reduction, as ggml's leftover loop does.
func vecDotTail(sum []float64, p float32, v []float32) {
	for c, vc := range v {
		sum[c] += float64(float32(vc * p))
	}
}

// exp is ggml_v_expf of the build's width, lane by lane.
func (g ggmlVec) exp(x float32) float32 {
	if g.lanes == 16 {
		return expGGML(x)
	}
	return expGGMLAVX2(x)
}
