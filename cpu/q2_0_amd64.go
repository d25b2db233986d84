package cpu

import (
	"encoding/binary"
	"fmt"
)

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

//go:noescape
func q2TileVNNIAsm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, out *[q2TileRows]float32)

//go:noescape
func q2TileAVX2Asm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, out *[q2TileRows]float32)

// q2TileVNNI returns the tiled AVX-512 VNNI kernel when the CPU has what
// the I2_S VNNI kernels need (hasVNNI: VNNI, BW, VL, F).
func q2TileVNNI() q2TileFunc {
	if !hasVNNI() {
		return nil
	}
	return func(tile []byte, ngroups, group int, a *q8Acts, row int, out *[q2TileRows]float32) {
		q2TileCall(q2TileVNNIAsm, tile, ngroups, group, a, row, out)
	}
}

//go:noescape
func q2Tile4VNNIAsm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, cols int, out *[4 * q2TileRows]float32)

// q2Tile4VNNI returns the four-activation-row variant of q2TileVNNI.
func q2Tile4VNNI() q2Tile4Func {
	if !hasVNNI() {
		return nil
	}
	return func(tile []byte, ngroups, group int, a *q8Acts, row int, out *[4 * q2TileRows]float32) {
		c := a.cols
		nb := c / 32
		q2TileCheck(tile, ngroups, group, a, row+3)
		q2Tile4VNNIAsm(&tile[0], ngroups, group/32, &a.qs[row*c], &a.sum[row*nb], &a.d[row*nb], c, out)
	}
}

// q2TileAVX2 returns the tiled AVX2 kernel when the CPU has AVX2.
func q2TileAVX2() q2TileFunc {
	if !hasAVX2() {
		return nil
	}
	return func(tile []byte, ngroups, group int, a *q8Acts, row int, out *[q2TileRows]float32) {
		q2TileCall(q2TileAVX2Asm, tile, ngroups, group, a, row, out)
	}
}

// q2TileCall checks the bounds the assembly relies on (it reads without
// checks) and calls it.
func q2TileCall(f func(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, out *[q2TileRows]float32),
	tile []byte, ngroups, group int, a *q8Acts, row int, out *[q2TileRows]float32) {
	c := a.cols
	nb := c / 32
	q2TileCheck(tile, ngroups, group, a, row)
	f(&tile[0], ngroups, group/32, &a.qs[row*c], &a.sum[row*nb], &a.d[row*nb], out)
}

// q2TileCheck panics unless the tile and activation row `row` (the last
// one the call reads) hold what ngroups groups of group need.
func q2TileCheck(tile []byte, ngroups, group int, a *q8Acts, row int) {
	c := a.cols
	nb := c / 32
	if ngroups <= 0 || ngroups*group != c {
		// A programming error: the engine prepares matrices of whole groups.
		panic(fmt.Sprintf("cpu: q2 tile: %d groups of %d for %d activations", ngroups, group, c))
	}
	_ = tile[q2TileRows*ngroups*(2+group/4)-1]
	_ = a.qs[(row+1)*c-1]
	_ = a.sum[(row+1)*nb-1]
	_ = a.d[(row+1)*nb-1]
}

// q2DotTail adds to sumf a last 64-value group (18 bytes of w, 64 quants
// of qp in plane order, two blocks' quant sums and scales) in q2DotRef's
// float steps.
func q2DotTail(sumf float32, w []byte, qp []int8, qsum []int32, ds []float32) float32 {
	d0 := f16Table()[binary.LittleEndian.Uint16(w)]
	var sumi float32
	sumi += float32(ds[0] * float32(q2BlockSum(w[2:10], qp[:32])-qsum[0]))
	sumi += float32(ds[1] * float32(q2BlockSum(w[10:18], qp[32:64])-qsum[1]))
	return sumf + float32(d0*sumi)
}
