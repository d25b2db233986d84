package cpu

// The lookup-table method (bitnet.cpp's TL1 idea, exact): weights are
// repacked at load so that each pair of ternary weights is a 4-bit index
// 3*c0+c1 (codes c = w+1 in 0..2); per activation row, a table holds for
// every pair of activations the nine sums w0*a0 + w1*a1. A matmul then looks
// the sums up by index (VPSHUFB does 32 lookups at once) instead of
// multiplying. bitnet.cpp keeps 8-bit tables, which rounds; the tables here
// are int16 (split into a low-byte and a high-byte shuffle table), so the
// result is the exact integer dot product, like the multiply-add kernels.
//
// Layout (any shape: rows are padded to a multiple of 16 with zero weights):
//   - weights: per group of 16 rows and per quad of 4 pairs (8 columns), 32
//     bytes; byte j (row j) = idx(pair 0) | idx(pair 2)<<4 and byte 16+j =
//     idx(pair 1) | idx(pair 3)<<4. The low nibbles are then the indices of
//     pairs 0|1 (one per 128-bit lane) and the high nibbles those of pairs 2|3.
//   - tables: per quad, 128 bytes: low bytes of the sums of pairs 0, 1, 2, 3
//     (16 entries each, 9 used), then their high bytes.

const (
	lutRows       = 16 // rows per group
	lutQuadCols   = 8  // columns per quad
	lutGroupTile  = 8  // groups per tile: all activation rows reuse a tile's weights
	lutZeroPairIx = 4  // index of the pair (0, 0)
)

// lutKernel is the lookup-table ternary kernel.
type lutKernel struct {
	name   string
	finish func(acc []int32, asum int32, actScale, wScale, outScale float32, out []float32)
	// gemv sets acc[g*16+r] = Σ w·q (signed weights) for len(acc)/16 groups of
	// packed weights w (nquads*32 bytes each) and one activation row's tables.
	gemv func(w []byte, nquads int, tbl []byte, acc []int32)
}

func (k lutKernel) kname() string { return k.name }

func (k lutKernel) prepare(m *ternaryMatrix) error {
	if m.blockScale != nil {
		return errLUTBlockScales
	}
	if m.lut == nil {
		m.lut = packLUT(m.codes, m.rows, m.cols)
	}
	return nil
}

func (k lutKernel) prepareActs(a *acts) {
	if a.haveLUT {
		return
	}
	a.haveLUT = true
	tb := a.cols / lutQuadCols * 128
	a.lut = grow(a.lut, a.n*tb)
	for i := 0; i < a.n; i++ {
		buildLUT(a.q[i*a.cols:(i+1)*a.cols], a.lut[i*tb:(i+1)*tb])
	}
}

func (k lutKernel) run(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, sc *partScratch) {
	nq := m.cols / lutQuadCols
	gb, tb := nq*32, nq*128
	g0, g1 := lo/lutRows, (hi+lutRows-1)/lutRows
	for t0 := g0; t0 < g1; t0 += lutGroupTile {
		t1 := min(t0+lutGroupTile, g1)
		sc.acc = grow(sc.acc, (t1-t0)*lutRows)
		acc := sc.acc
		r0, r1 := max(lo, t0*lutRows), min(hi, t1*lutRows)
		for i := 0; i < a.n; i++ {
			k.gemv(m.lut[t0*gb:t1*gb], nq, a.lut[i*tb:(i+1)*tb], acc)
			// The tables give Σ w·q; the finish takes the multiply-add
			// kernels' integer Σ code·q = Σ w·q + Σ q.
			row := acc[r0-t0*lutRows : r1-t0*lutRows]
			for r := range row {
				row[r] += a.sum[i]
			}
			k.finish(row, a.sum[i], a.scale[i], m.scale, m.outScale, out[i*stride+r0:i*stride+r1])
		}
	}
}

// packLUT repacks I2_S codes (rows x cols, code 3 already mapped to 1) into
// the lookup-table layout.
func packLUT(codes []byte, rows, cols int) []byte {
	groups := (rows + lutRows - 1) / lutRows
	nq := cols / lutQuadCols
	out := make([]byte, groups*nq*32)
	rowBytes := cols / 4
	c := make([]byte, cols) // one row's codes in column order
	for r := 0; r < groups*lutRows; r++ {
		g, j := r/lutRows, r%lutRows
		if r >= rows {
			for k := 0; k < nq; k++ {
				d := out[(g*nq+k)*32 : (g*nq+k)*32+32]
				d[j] = lutZeroPairIx | lutZeroPairIx<<4
				d[16+j] = lutZeroPairIx | lutZeroPairIx<<4
			}
			continue
		}
		row := codes[r*rowBytes : (r+1)*rowBytes]
		for b := 0; b < cols/128; b++ {
			blk := row[b*32 : b*32+32]
			cb := c[b*128 : b*128+128]
			for i, x := range blk {
				cb[i], cb[32+i], cb[64+i], cb[96+i] = x>>6, x>>4&3, x>>2&3, x&3
			}
		}
		for k := 0; k < nq; k++ {
			p := c[k*8 : k*8+8]
			d := out[(g*nq+k)*32 : (g*nq+k)*32+32]
			d[j] = (3*p[0] + p[1]) | (3*p[4]+p[5])<<4
			d[16+j] = (3*p[2] + p[3]) | (3*p[6]+p[7])<<4
		}
	}
	return out
}

// buildLUT fills the tables of one activation row (len(q)/8*128 bytes).
func buildLUT(q []int8, tbl []byte) {
	for k := 0; k < len(q)/lutQuadCols; k++ {
		t := tbl[k*128 : k*128+128]
		for pp := 0; pp < 4; pp++ {
			p := 4*k + pp
			a0, a1 := int32(q[2*p]), int32(q[2*p+1])
			lo, hi := t[pp*16:pp*16+16], t[64+pp*16:64+pp*16+16]
			for i := 0; i < 9; i++ {
				v := int16((int32(i/3)-1)*a0 + (int32(i%3)-1)*a1)
				lo[i], hi[i] = byte(v), byte(uint16(v)>>8)
			}
			clear(lo[9:])
			clear(hi[9:])
		}
	}
}

// lutGemvGo is the portable lookup-table GEMV (the definition of lutGemvAVX2).
func lutGemvGo(w []byte, nquads int, tbl []byte, acc []int32) {
	groups := len(acc) / lutRows
	for g := 0; g < groups; g++ {
		var s [lutRows]int32
		for k := 0; k < nquads; k++ {
			d := w[(g*nquads+k)*32 : (g*nquads+k)*32+32]
			t := tbl[k*128 : k*128+128]
			for j := 0; j < lutRows; j++ {
				for pp, ix := range [4]byte{d[j] & 15, d[16+j] & 15, d[j] >> 4, d[16+j] >> 4} {
					s[j] += int32(int16(uint16(t[pp*16+int(ix)]) | uint16(t[64+pp*16+int(ix)])<<8))
				}
			}
		}
		copy(acc[g*lutRows:], s[:])
	}
}
