package cpu

//go:noescape
func q2SumsAVX2(w *byte, n4, step, off2 int, qp *int8, sums *int32)

// q2SumsSIMD returns the AVX2 block-sum kernel when the CPU has AVX2.
func q2SumsSIMD() (q2SumsFunc, string) {
	if !hasAVX2() {
		return nil, ""
	}
	return func(w []byte, n4, step, off2 int, qp []int8, sums []int32) {
		if n4 == 0 {
			return
		}
		// Bounds the assembly relies on (it reads without checks).
		_ = w[(n4-1)*step+off2+15]
		_ = qp[n4*128-1]
		_ = sums[n4*4-1]
		q2SumsAVX2(&w[0], n4, step, off2, &qp[0], &sums[0])
	}, "q2_0-avx2"
}
