package cpu

//go:noescape
func q2DotAVX2(w *byte, n4, step, off2, g128 int, qp *int8, qsum *int32, d *float32) float32

// q2DotSIMD returns the fused AVX2 dot product (q2Dot in assembly, the last
// 64-value group of an odd count in Go) when the CPU has AVX2.
func q2DotSIMD() q2DotFunc {
	if !hasAVX2() {
		return nil
	}
	return func(w []byte, group int, a *q8Acts, row int) float32 {
		c := a.cols
		nb := c / 32
		qp := a.qp[row*c : (row+1)*c]
		ds := a.d[row*nb : (row+1)*nb]
		qsum := a.sum[row*nb : (row+1)*nb]
		n4, step, off2, rest := q2Steps(c, group)
		var sumf float32
		if n4 > 0 {
			// Bounds the assembly relies on (it reads without checks).
			_ = w[(n4-1)*step+off2+15]
			_ = qp[n4*128-1]
			_ = ds[n4*4-1]
			_ = qsum[n4*4-1]
			g128 := 0
			if group == 128 {
				g128 = 1
			}
			sumf = q2DotAVX2(&w[0], n4, step, off2, g128, &qp[0], &qsum[0], &ds[0])
		}
		if rest > 0 {
			sumf = q2DotTail(sumf, w[n4*step:], qp[n4*128:], qsum[4*n4:], ds[4*n4:])
		}
		return sumf
	}
}
