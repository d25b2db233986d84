package cpu

// Portable multiply-add kernels over I2_S codes. gemvRef is the scalar
// reference (dotI2S row by row); the *Go versions are the pure-Go fallback
// used where the CPU has no AVX2.

// gemvRef sets acc[r] = dotI2S(row r, q).
func gemvRef(w []byte, rowBytes int, q []int8, acc []int32) {
	for r := range acc {
		acc[r] = dotI2S(w[r*rowBytes:(r+1)*rowBytes], q)
	}
}

// gemvGo is gemvRef with the bounds checks hoisted out of the inner loop.
func gemvGo(w []byte, rowBytes int, q []int8, acc []int32) {
	q = q[:rowBytes*4]
	for r := range acc {
		row := w[r*rowBytes : (r+1)*rowBytes]
		var s int32
		for b := 0; b+32 <= len(row); b += 32 {
			blk := row[b : b+32 : b+32]
			q0 := q[4*b : 4*b+32 : 4*b+32]
			q1 := q[4*b+32 : 4*b+64 : 4*b+64]
			q2 := q[4*b+64 : 4*b+96 : 4*b+96]
			q3 := q[4*b+96 : 4*b+128 : 4*b+128]
			for j, x := range blk {
				s += int32(x>>6)*int32(q0[j]) + int32(x>>4&3)*int32(q1[j]) +
					int32(x>>2&3)*int32(q2[j]) + int32(x&3)*int32(q3[j])
			}
		}
		acc[r] = s
	}
}

// gemm4Go is gemm8Go for the first four activation rows of the same
// interleaved layout (qi[b*1024+t*128+j], t < 4) and acc rows t < 4.
func gemm4Go(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	gemmRowsGo(w, rowBytes, nrows, nblk, qi, acc, ldt, 4)
}

// gemm8Go adds Σ code·q to acc[t*ldt+r] for nrows rows of w (rowBytes
// apart, nblk blocks each) and 8 activation rows interleaved block by block
// (qi[b*1024+t*128+j]).
func gemm8Go(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	gemmRowsGo(w, rowBytes, nrows, nblk, qi, acc, ldt, 8)
}

// gemmRowsGo is gemm8Go for the first n <= 8 activation rows.
func gemmRowsGo(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt, n int) {
	qi = qi[:(nblk-1)*1024+n*128]
	for r := 0; r < nrows; r++ {
		var a [8]int32
		for b := 0; b < nblk; b++ {
			blk := w[r*rowBytes+b*32 : r*rowBytes+b*32+32 : r*rowBytes+b*32+32]
			for t := 0; t < n; t++ {
				qb := qi[b*1024+t*128 : b*1024+t*128+128 : b*1024+t*128+128]
				q0, q1, q2, q3 := qb[0:32:32], qb[32:64:64], qb[64:96:96], qb[96:128:128]
				var s int32
				for j, x := range blk {
					s += int32(x>>6)*int32(q0[j]) + int32(x>>4&3)*int32(q1[j]) +
						int32(x>>2&3)*int32(q2[j]) + int32(x&3)*int32(q3[j])
				}
				a[t] += s
			}
		}
		for t, v := range a[:n] {
			acc[t*ldt+r] += v
		}
	}
}
