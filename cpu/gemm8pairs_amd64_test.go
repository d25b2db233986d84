package cpu

import (
	"fmt"
	"testing"
)

// BenchmarkGemm8Pairs: the VNNI gemm8 over pairs of weight rows (the set's
// kernel) against the one-row kernel it replaced, 8 activation rows over
// 256 MiB of weights, single-threaded; compare GMAC/cpu-s of the two.
func BenchmarkGemm8Pairs(b *testing.B) {
	if !hasVNNI() {
		b.Skip("SKIP: this CPU has no AVX512-VNNI")
	}
	for _, s := range benchShapes {
		for _, v := range []struct {
			name  string
			gemm8 func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int)
		}{{"rows1", gemm8VNNI1}, {"pairs", gemm8VNNI}} {
			kern := vnniKernels().tern.(madKernel)
			kern.gemm8 = v.gemm8
			b.Run(fmt.Sprintf("%dx%d/%s", s.rows, s.cols, v.name), func(b *testing.B) {
				benchTernary(b, kern, s.rows, s.cols, 8, 256<<20)
			})
		}
	}
}
