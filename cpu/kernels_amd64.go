package cpu

import (
	"fmt"
	"math"
	"sync"
	"time"
	"unsafe"

	"github.com/bitnet-go/bitnet-go/quant"
)

// Assembly kernels (one per .s file); each has a Go version that defines
// what it computes: gemvGo, gemm8Go, quant.QuantizeActivations, headF16Go,
// headQ8Go, headQ6KGo, rmsNormExact, scoresGo, wsumGo, lutGemvGo, widenF16Go.

//go:noescape
func i2sGemvAVX2(w *byte, rowBytes, nrows int, q *int8, acc *int32)

//go:noescape
func i2sGemm8AVX2(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemvVNNI(w *byte, rowBytes, nrows int, q *int8, acc *int32)

//go:noescape
func i2sGemm8VNNI(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func scoresQuadF64AVX512(qt *float64, k *float32, stride, npos, hd int, out *float64, kb *float64)

//go:noescape
func wsumQuadF64AVX512(w4 *float64, v *float32, stride, npos, hd int, acc *float64)

//go:noescape
func scaleMax4AVX2(s *float64, n int, scale float64, mx *[4]float64, nan *[4]float64)

//go:noescape
func relu2MulAVX2(gate, up *float32, n int)

//go:noescape
func dotF16R2x4ChunkAVX512(w *byte, rowB, npairs int, x *float32, xstride, n int, sums *float64, pf *byte)

//go:noescape
func i2sGemm8x2VNNI(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemm8x2VNNIZ(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemm8x4VNNIZ(w *byte, rowBytes, nquads, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemm4x4VNNIZ(w *byte, rowBytes, nquads, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemm4x2VNNI(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func i2sGemm4VNNI(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)

//go:noescape
func finishAVX2(acc *int32, n int, asum int32, actScale, wScale, outScale float32, out *float32)

//go:noescape
func maxAbsBitsAVX2(x *float32, n int) uint32

//go:noescape
func quantActAVX2(x *float32, n int, q *int8, s float32) int32

//go:noescape
func dotF16AVX2(w *byte, x *float32, n int) float64

//go:noescape
func dotF32AVX2(w *float32, x *float32, n int) float64

//go:noescape
func dotF16x2AVX2(w *byte, x0, x1 *float32, n int, out *[2]float64, pf *byte)

//go:noescape
func dotF16R4x2AVX512(w *byte, rowB int, x *float32, xstride, n int, out *[8]float64, pf *byte)

//go:noescape
func dotQ8AVX2(w *byte, x *int16, nblk int) float64

//go:noescape
func dotQ6KAVX2(w *byte, x *int16, nblk int) float64

//go:noescape
func scaleMulAVX2(dst, x, w *float32, n int, scale float64)

//go:noescape
func scoresF64AVX2(q *float64, k *float32, stride, npos, hd int, out *float64)

//go:noescape
func scoresQuadF64AVX2(qt *float64, k *float32, stride, npos, hd int, out *float64, kb *float64)

//go:noescape
func expAVX2(dst, src *float64, n int)

//go:noescape
func wsumF64AVX2(w *float64, v *float32, stride, npos, hd int, acc *float64)

//go:noescape
func wsumF64AVX512(w *float64, v *float32, stride, npos, hd int, acc *float64)

//go:noescape
func widenF16AVX2(dst *float32, src *uint16, n int)

//go:noescape
func lutGemvAVX2(w *byte, nquads, ngroups int, tbl *byte, acc *int32)

func avx2Kernels() kernels {
	k := goKernels()
	k.name = KernelsAVX2
	k.tern = madKernel{name: "i2s-avx2", gemv: gemvAVX2, gemm8: gemm8AVX2, finish: finishAVX2Go}
	k.quantize, k.qname = quantizeAVX2, "quantize-avx2"
	k.fl = floatKernels{name: "avx2", rmsNorm: rmsNormAVX2, scores: scoresAVX2Go, scores4: scoresQuadAVX2Go, wsum: wsumAVX2Go, exp: expAVX2Go, relu2: relu2AVX2Go, scaleMax4: scaleMax4AVX2Go}
	k.head = headKernels{name: "avx2", f16: headF16AVX2, widen16: widenHeadAVX2, f32: headF32AVX2, f16x2: headF16x2AVX2, q8: headQ8AVX2, q6k: headQ6KAVX2}
	k.lut = lutKernel{name: "lut-avx2", gemv: lutGemvAVX2Go, finish: finishAVX2Go}
	k.widenF16 = widenF16AVX2Go
	return k
}

// widenF16AVX2Go converts with VCVTPH2PS, 8 values at a time; widenF16Go
// does the tail. Both are exact, so they agree bit for bit.
func widenF16AVX2Go(dst []float32, src []uint16) {
	n8 := len(src) &^ 7
	if len(dst) < len(src) {
		panic("cpu: widenF16: short destination")
	}
	if n8 > 0 {
		widenF16AVX2(&dst[0], &src[0], n8)
	}
	widenF16Go(dst[n8:len(src)], src[n8:])
}

func vnniKernels() kernels {
	k := avx2Kernels()
	k.name = KernelsAVX512VNNI
	k.tern = madKernel{name: "i2s-avx512vnni", gemv: gemvVNNI, gemm8: gemm8VNNI, gemm4: gemm4VNNI, finish: finishAVX2Go}
	if zmmVNNIFullWidth() {
		// The ZMM pair kernel does twice the multiply-adds per instruction;
		// it is chosen only where the core runs it at the YMM kernel's
		// instruction rate (both give the same sums).
		k.tern = madKernel{name: "i2s-avx512vnni-zmm", gemv: gemvVNNI, gemm8: gemm8VNNIZ, gemm4: gemm4VNNIZ, finish: finishAVX2Go}
	}
	// The head's single-row kernels stay AVX2's; batches add the AVX-512 tile.
	k.head.name = "avx512"
	k.head.f16r4x2 = headF16R4x2AVX512
	k.head.f16r2x4 = headF16R2x4AVX512
	k.fl.attn = "avx2+avx512 (weighted sum)"
	k.fl.wsum = wsumAVX512Go
	if zmmVNNIFullWidth() {
		// Two positions per ZMM register, a value row widened once for
		// four heads: a gain only where ZMM float64 operations run at
		// twice YMM's rate, which the same probe tells.
		k.fl.scores4 = scoresQuadAVX512Go
		k.fl.wsum4 = wsumQuadAVX512Go
		k.fl.attn = "avx512 (four-head scores and weighted sums)"
	}
	return k
}

// checkGemv panics on arguments that would let the assembly read out of
// bounds; the engine never passes such (they are programming errors).
func checkGemv(w []byte, rowBytes int, q []int8, acc []int32) {
	if rowBytes <= 0 || rowBytes%32 != 0 || len(q) < rowBytes*4 || len(w) < len(acc)*rowBytes {
		panic(fmt.Sprintf("cpu: gemv: %d bytes of weights, rowBytes %d, %d activations, %d rows", len(w), rowBytes, len(q), len(acc)))
	}
}

func gemvAVX2(w []byte, rowBytes int, q []int8, acc []int32) {
	if len(acc) == 0 {
		return
	}
	checkGemv(w, rowBytes, q, acc)
	i2sGemvAVX2(&w[0], rowBytes, len(acc), &q[0], &acc[0])
}

func gemvVNNI(w []byte, rowBytes int, q []int8, acc []int32) {
	if len(acc) == 0 {
		return
	}
	checkGemv(w, rowBytes, q, acc)
	i2sGemvVNNI(&w[0], rowBytes, len(acc), &q[0], &acc[0])
}

func checkGemm8(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) bool {
	return checkGemm(8, w, rowBytes, nrows, nblk, qi, acc, ldt)
}

// checkGemm is checkGemm8 for kernels of t activation rows (8 or 4).
func checkGemm(t int, w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) bool {
	if nrows <= 0 || nblk <= 0 {
		return false
	}
	if rowBytes < nblk*32 || len(qi) < (nblk-1)*1024+t*128 || len(w) < (nrows-1)*rowBytes+nblk*32 || ldt < nrows || len(acc) < (t-1)*ldt+nrows {
		panic(fmt.Sprintf("cpu: gemm%d: %d bytes of weights, rowBytes %d, %d rows, %d blocks, %d activations, %d accumulators (ldt %d)",
			t, len(w), rowBytes, nrows, nblk, len(qi), len(acc), ldt))
	}
	return true
}

func gemm8AVX2(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if checkGemm8(w, rowBytes, nrows, nblk, qi, acc, ldt) {
		i2sGemm8AVX2(&w[0], rowBytes, nrows, nblk, &qi[0], &acc[0], ldt)
	}
}

func gemm4VNNI(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if checkGemm(4, w, rowBytes, nrows, nblk, qi, acc, ldt) {
		// Rows in pairs, an odd last row alone (as gemm8VNNI).
		if p := nrows / 2; p > 0 {
			i2sGemm4x2VNNI(&w[0], rowBytes, p, nblk, &qi[0], &acc[0], ldt)
		}
		if nrows%2 != 0 {
			i2sGemm4VNNI(&w[(nrows-1)*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[nrows-1], ldt)
		}
	}
}

// gemm4VNNIZ is gemm4VNNI with weight rows four at a time in ZMM pairs
// (i2sGemm4x4VNNIZ), then a YMM pair and an odd last row.
func gemm4VNNIZ(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if checkGemm(4, w, rowBytes, nrows, nblk, qi, acc, ldt) {
		r := 0
		if q := nrows / 4; q > 0 {
			i2sGemm4x4VNNIZ(&w[0], rowBytes, q, nblk, &qi[0], &acc[0], ldt)
			r = 4 * q
		}
		if nrows-r >= 2 {
			i2sGemm4x2VNNI(&w[r*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[r], ldt)
			r += 2
		}
		if r < nrows {
			i2sGemm4VNNI(&w[r*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[r], ldt)
		}
	}
}

// zmmVNNIFullWidth reports whether this core issues ZMM VPDPBUSD about as
// fast as YMM, that is, does twice the multiply-adds per cycle with it
// (full-width AVX-512 units, as on AMD Zen 5: 405-413 against 206-208
// GMAC/s in BenchmarkVNNIPeakZ / BenchmarkVNNIPeak), rather than splitting
// it in two (Zen 4). It times a few microseconds of each instruction once,
// keeping each one's fastest of seven runs; the choice changes speed only,
// never a result.
var zmmVNNIFullWidth = sync.OnceValue(func() bool {
	if !hasVNNI() {
		return false
	}
	const iters = 4096 // 32 Ki instructions, about 10 µs at the YMM rate
	fastest := func(f func(int)) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 7 {
			t := time.Now()
			f(iters)
			best = min(best, time.Since(t))
		}
		return best
	}
	y, z := fastest(vnniPeak), fastest(vnniPeakZ)
	// ZMM does twice the work: full width when its time is well under
	// twice YMM's (at least 1.5x the multiply-adds per second).
	return 3*z < 4*y
})

// gemm8VNNIZ is gemm8VNNI with the ZMM kernels (i2sGemm8x4VNNIZ,
// i2sGemm8x2VNNIZ).
func gemm8VNNIZ(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if checkGemm8(w, rowBytes, nrows, nblk, qi, acc, ldt) {
		// Rows four at a time, then a pair, then an odd last row.
		r := 0
		if q := nrows / 4; q > 0 {
			i2sGemm8x4VNNIZ(&w[0], rowBytes, q, nblk, &qi[0], &acc[0], ldt)
			r = 4 * q
		}
		if nrows-r >= 2 {
			i2sGemm8x2VNNIZ(&w[r*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[r], ldt)
		}
		if nrows%2 != 0 {
			i2sGemm8VNNI(&w[(nrows-1)*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[nrows-1], ldt)
		}
	}
}

func gemm8VNNI(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if checkGemm8(w, rowBytes, nrows, nblk, qi, acc, ldt) {
		// Rows in pairs (one activation load per two VPDPBUSD), an odd
		// last row alone.
		if p := nrows / 2; p > 0 {
			i2sGemm8x2VNNI(&w[0], rowBytes, p, nblk, &qi[0], &acc[0], ldt)
		}
		if nrows%2 != 0 {
			i2sGemm8VNNI(&w[(nrows-1)*rowBytes], rowBytes, 1, nblk, &qi[0], &acc[nrows-1], ldt)
		}
	}
}

// finishAVX2Go is finishGo with whole vectors of 8 in assembly (the same
// IEEE operations, so the same results).
func finishAVX2Go(acc []int32, asum int32, actScale, wScale, outScale float32, out []float32) {
	n8 := len(acc) &^ 7
	if n8 > 0 {
		_ = out[len(acc)-1]
		finishAVX2(&acc[0], n8, asum, actScale, wScale, outScale, &out[0])
	}
	if n8 < len(acc) {
		finishGo(acc[n8:], asum, actScale, wScale, outScale, out[n8:])
	}
}

// quantizeAVX2 is quant.QuantizeActivations, bit for bit: the maximum and
// the rounding are vectorised for finite input; a row holding an infinity or
// NaN takes the reference path, whose results for those are defined there.
func quantizeAVX2(x []float32, q []int8) (float32, int32) {
	n := len(x) &^ 31
	if n == 0 || len(q) < len(x) {
		return quant.QuantizeActivations(x, q)
	}
	bits := maxAbsBitsAVX2(&x[0], n)
	for _, v := range x[n:] {
		bits = max(bits, math.Float32bits(v)&0x7fffffff)
	}
	if bits >= 0x7f800000 {
		return quant.QuantizeActivations(x, q)
	}
	s := float32(127 / max(0.00001, float64(math.Float32frombits(bits))))
	sum := quantActAVX2(&x[0], n, &q[0], s)
	for i, v := range x[n:] {
		r := int32(math.RoundToEven(float64(v * s)))
		q[n+i] = int8(r)
		sum += r
	}
	return s, sum
}

func headF16AVX2(w []byte, x []float32) float64 {
	n := len(x) &^ 31
	var s float64
	if n > 0 {
		_ = w[2*len(x)-1]
		s = dotF16AVX2(&w[0], &x[0], n)
	}
	if n < len(x) {
		s += headF16Go(w[2*n:], x[n:])
	}
	return s
}

// headF16x2AVX2 is headF16AVX2 of w against x0 and x1 (the same split
// between the assembly and the Go tail, the same sums). It prefetches pf
// (at least as long as w), a row the caller reads later.
func headF16x2AVX2(w []byte, x0, x1 []float32, pf []byte) (float64, float64) {
	n := len(x0) &^ 31
	var s [2]float64
	if n > 0 {
		_ = w[2*len(x0)-1]
		_ = x1[len(x0)-1]
		_ = pf[2*n-1]
		dotF16x2AVX2(&w[0], &x0[0], &x1[0], n, &s, &pf[0])
	}
	if n < len(x0) {
		s[0] += headF16Go(w[2*n:], x0[n:])
		s[1] += headF16Go(w[2*n:], x1[n:len(x0)])
	}
	return s[0], s[1]
}

// headF16R4x2AVX512 is headF16AVX2 of four consecutive rows of w (rowB
// bytes apart) against two x rows (dim apart), out[r*2+b]: the same split
// between the assembly and the Go tail, the same sums. It prefetches pf
// (as long as w).
func headF16R4x2AVX512(w []byte, rowB int, x []float32, dim int, out *[8]float64, pf []byte) {
	n := dim &^ 31
	*out = [8]float64{}
	if n > 0 {
		_ = w[3*rowB+2*dim-1]
		_ = x[2*dim-1]
		_ = pf[3*rowB+2*n-1]
		dotF16R4x2AVX512(&w[0], rowB, &x[0], 4*dim, n, out, &pf[0])
	}
	if n < dim {
		for r := 0; r < 4; r++ {
			for b := 0; b < 2; b++ {
				out[r*2+b] += headF16Go(w[r*rowB+2*n:r*rowB+2*dim], x[b*dim+n:(b+1)*dim])
			}
		}
	}
}

// headF16R2x4AVX512 checks the bounds of one dotF16R2x4ChunkAVX512 call.
func headF16R2x4AVX512(w []byte, rowB, npairs int, x []float32, xstride, n int, sums []float64, pf []byte) {
	if npairs <= 0 || n <= 0 {
		return
	}
	if n%32 != 0 || n > 256 || len(w) < (2*npairs-1)*rowB+2*n || len(x) < 3*xstride+n || len(sums) < npairs*64 || len(pf) < (2*npairs-1)*rowB+2*n {
		panic(fmt.Sprintf("cpu: head 2x4 chunk: %d rows of %d bytes (stride %d), %d x values (stride %d), n %d, %d sums",
			2*npairs, len(w), rowB, len(x), xstride, n, len(sums)))
	}
	dotF16R2x4ChunkAVX512(&w[0], rowB, npairs, &x[0], 4*xstride, n, &sums[0], &pf[0])
}

// scaleMax4AVX2Go is scaleMax4Go with the loop in assembly: the same
// products, and maxima that differ from Go's max only in the sign of a zero
// (see scaleMax4AVX2).
func scaleMax4AVX2Go(s4 []float64, scale float64) [4]float64 {
	inf := math.Inf(-1)
	mx, nan := [4]float64{inf, inf, inf, inf}, [4]float64{}
	if n := len(s4) / 4; n > 0 {
		scaleMax4AVX2(&s4[0], n, scale, &mx, &nan)
	}
	for l, v := range nan {
		if v != 0 {
			mx[l] = math.NaN()
		}
	}
	return mx
}

// relu2AVX2Go is relu2Go with whole vectors of 8 in assembly (the same
// float32 operations, so the same results).
func relu2AVX2Go(gate, up []float32) {
	n8 := len(gate) &^ 7
	if n8 > 0 {
		_ = up[len(gate)-1]
		relu2MulAVX2(&gate[0], &up[0], n8)
	}
	relu2Go(gate[n8:], up[n8:len(gate)])
}

// headF32AVX2 is headF16AVX2 over a widened row: the same split between the
// assembly (multiples of 32) and the Go tail, the same sums.
func headF32AVX2(w, x []float32) float64 {
	n := len(x) &^ 31
	var s float64
	if n > 0 {
		_ = w[len(x)-1]
		s = dotF32AVX2(&w[0], &x[0], n)
	}
	if n < len(x) {
		s += headF32Go(w[n:], x[n:])
	}
	return s
}

// widenHeadAVX2 widens an F16 head row (little-endian bytes) with VCVTPH2PS.
func widenHeadAVX2(dst []float32, w []byte) {
	n := len(w) / 2
	n8 := n &^ 7
	if len(dst) < n {
		panic("cpu: widenHead: short destination")
	}
	if n8 > 0 {
		widenF16AVX2(&dst[0], (*uint16)(unsafe.Pointer(&w[0])), n8)
	}
	widenHeadGo(dst[n8:n], w[2*n8:])
}

func headQ8AVX2(w []byte, x []int16) float64 {
	nb := len(x) / 32
	if nb == 0 {
		return 0
	}
	_ = w[nb*34-1]
	return dotQ8AVX2(&w[0], &x[0], nb)
}

func headQ6KAVX2(w []byte, x []int16) float64 {
	nb := len(x) / 256
	if nb == 0 {
		return 0
	}
	_ = w[nb*210-1]
	return dotQ6KAVX2(&w[0], &x[0], nb)
}

// rmsNormAVX2 is rmsNormExact, bit for bit: the sum of squares stays a
// sequential float64 loop (its rounding order is what the scalar code
// defines), the scaling runs four lanes at a time with the same operations.
func rmsNormAVX2(dst, x, w []float32, eps float32) {
	n := len(x)
	if len(dst) < n || len(w) < n {
		panic("cpu: rmsNorm: short dst or weights")
	}
	var sum float64
	for _, v := range x {
		sum += float64(v) * float64(v)
	}
	scale := 1 / math.Sqrt(sum/float64(n)+float64(eps))
	n8 := n &^ 7
	if n8 > 0 {
		scaleMulAVX2(&dst[0], &x[0], &w[0], n8, scale)
	}
	for i := n8; i < n; i++ {
		dst[i] = float32(float64(x[i]) * scale * float64(w[i]))
	}
}

func scoresAVX2Go(q []float64, K []float32, stride int, out []float64) {
	hd := len(q)
	n4 := len(out) &^ 3
	if hd == 0 || hd%4 != 0 || n4 == 0 {
		scoresGo(q, K, stride, out)
		return
	}
	if stride < hd || len(K) < (len(out)-1)*stride+hd {
		panic("cpu: scores: short keys")
	}
	scoresF64AVX2(&q[0], &K[0], stride, n4, hd, &out[0])
	if n4 < len(out) {
		scoresGo(q, K[n4*stride:], stride, out[n4:])
	}
}

// scoresQuadAVX2Go runs scoresQuadF64AVX2, or scoresQuadGo when hd is not
// a multiple of 4.
func scoresQuadAVX2Go(qt []float64, K []float32, stride int, out, kb []float64) {
	hd := len(qt) / 4
	npos := len(out) / 4
	if hd == 0 || hd%4 != 0 || npos == 0 {
		scoresQuadGo(qt, K, stride, out, kb)
		return
	}
	if stride < hd || len(K) < (npos-1)*stride+hd || len(kb) < 8*hd || len(qt) < 4*hd {
		panic("cpu: scores4: short keys or scratch")
	}
	scoresQuadF64AVX2(&qt[0], &K[0], stride, npos, hd, &out[0], &kb[0])
}

// scoresQuadAVX512Go runs scoresQuadF64AVX512 where hd is a multiple of 8,
// else scoresQuadAVX2Go.
func scoresQuadAVX512Go(qt []float64, K []float32, stride int, out, kb []float64) {
	hd := len(qt) / 4
	npos := len(out) / 4
	if hd == 0 || hd%8 != 0 || npos == 0 {
		scoresQuadAVX2Go(qt, K, stride, out, kb)
		return
	}
	if stride < hd || len(K) < (npos-1)*stride+hd || len(kb) < 24*hd || len(qt) < 4*hd {
		panic("cpu: scores4: short keys or scratch")
	}
	scoresQuadF64AVX512(&qt[0], &K[0], stride, npos, hd, &out[0], &kb[0])
}

// wsumQuadAVX512Go runs wsumQuadF64AVX512 where the head size is a
// multiple of 32, else wsumQuadGo.
func wsumQuadAVX512Go(w4 []float64, V []float32, stride int, acc []float64) {
	hd := len(acc) / 4
	npos := len(w4) / 4
	if hd == 0 || hd%32 != 0 || npos == 0 {
		wsumQuadGo(w4, V, stride, acc)
		return
	}
	if stride < hd || len(V) < (npos-1)*stride+hd {
		panic("cpu: wsum4: short values")
	}
	wsumQuadF64AVX512(&w4[0], &V[0], stride, npos, hd, &acc[0])
}

// wsumAVX512Go runs wsumF64AVX512 where hd is a multiple of 32, else
// wsumAVX2Go.
func wsumAVX512Go(w []float64, V []float32, stride int, acc []float64) {
	hd := len(acc)
	if hd == 0 || hd%32 != 0 || len(w) == 0 {
		wsumAVX2Go(w, V, stride, acc)
		return
	}
	if stride < hd || len(V) < (len(w)-1)*stride+hd {
		panic("cpu: wsum: short values")
	}
	wsumF64AVX512(&w[0], &V[0], stride, len(w), hd, &acc[0])
}

func wsumAVX2Go(w []float64, V []float32, stride int, acc []float64) {
	hd := len(acc)
	if hd == 0 || hd%16 != 0 || len(w) == 0 {
		wsumGo(w, V, stride, acc)
		return
	}
	if stride < hd || len(V) < (len(w)-1)*stride+hd {
		panic("cpu: wsum: short values")
	}
	wsumF64AVX2(&w[0], &V[0], stride, len(w), hd, &acc[0])
}

func lutGemvAVX2Go(w []byte, nquads int, tbl []byte, acc []int32) {
	groups := len(acc) / 16
	if groups == 0 || nquads == 0 {
		clear(acc)
		return
	}
	if len(acc)%16 != 0 || len(w) < groups*nquads*32 || len(tbl) < nquads*128 {
		panic("cpu: lut gemv: short weights or tables")
	}
	lutGemvAVX2(&w[0], nquads, groups, &tbl[0], &acc[0])
}

//go:noescape
func readAVX2(p *byte, n int) uint64

// readBytes folds b (len a multiple of 256) into one value, reading every byte.
func readBytes(b []byte) uint64 {
	if hasAVX2() && len(b) >= 256 && len(b)%256 == 0 {
		return readAVX2(&b[0], len(b))
	}
	return readBytesGo(b)
}

// expAVX2Go is expGo: four lanes at a time in assembly for inputs in
// [-700, 700] (bit-identical to math.Exp there), math.Exp for the rest.
func expAVX2Go(dst, src []float64) {
	dst = dst[:len(src)]
	n4 := len(src) &^ 3
	if n4 > 0 {
		expAVX2(&dst[0], &src[0], n4)
	}
	for i, x := range src {
		if i >= n4 || !(x >= -700 && x <= 700) {
			dst[i] = math.Exp(x)
		}
	}
}
