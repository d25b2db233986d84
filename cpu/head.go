package cpu

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// f16Table maps every F16 bit pattern to its float32 value (256 KiB, built once).
var f16Table = sync.OnceValue(func() *[1 << 16]float32 {
	var t [1 << 16]float32
	for i := range t {
		t[i] = quant.F16ToF32(uint16(i))
	}
	return &t
})

func newEmbedMatrix(e model.Embedding) (*embedMatrix, error) {
	m := &embedMatrix{name: e.Name, typ: e.Type, rows: e.Rows, dim: e.Dim, data: e.Data}
	switch e.Type {
	case gguf.TypeF32:
		m.rowB = 4 * e.Dim
	case gguf.TypeF16, gguf.TypeBF16:
		m.rowB = 2 * e.Dim
	case gguf.TypeQ8_0:
		if e.Dim%32 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q8_0 row of %d is not a multiple of 32", e.Name, e.Dim)
		}
		m.rowB = e.Dim / 32 * 34
	case gguf.TypeQ6_K:
		if e.Dim%256 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q6_K row of %d is not a multiple of 256", e.Name, e.Dim)
		}
		m.rowB = e.Dim / 256 * 210
	case gguf.TypeQ2_0, gguf.TypeQ2_0G128:
		g := q2Group(e.Type)
		if e.Dim%g != 0 {
			return nil, fmt.Errorf("cpu: %s: %s row of %d is not a multiple of %d", e.Name, e.Type, e.Dim, g)
		}
		m.rowB = q2RowBytes(e.Dim, g)
	default:
		return nil, fmt.Errorf("cpu: %s: unsupported embedding type %s", e.Name, e.Type)
	}
	if len(e.Data) < m.rowB*e.Rows {
		return nil, fmt.Errorf("cpu: %s: %d bytes, want %d", e.Name, len(e.Data), m.rowB*e.Rows)
	}
	return m, nil
}

// row writes row r as float32 into out.
func (m *embedMatrix) row(r int, out []float32) error {
	return m.decodeRow(m.data[r*m.rowB:(r+1)*m.rowB], out)
}

// decodeRow writes the row encoded in b (rowB bytes) as float32 into out.
func (m *embedMatrix) decodeRow(b []byte, out []float32) error {
	switch m.typ {
	case gguf.TypeF16:
		t := f16Table()
		for i := range out[:m.dim] {
			out[i] = t[binary.LittleEndian.Uint16(b[2*i:])]
		}
		return nil
	case gguf.TypeQ2_0, gguf.TypeQ2_0G128:
		// llama.cpp's get_rows dequantizes: (code-1)*d in float32.
		return quant.DequantizeQ2_0Group(b, 1, m.dim, q2Group(m.typ), out[:m.dim])
	}
	return decodeFloats(m.typ, b, out[:m.dim])
}

// dot returns row r · x in float64.
func (m *embedMatrix) dot(r int, x []float32, buf *[256]float32) float64 {
	b := m.data[r*m.rowB : (r+1)*m.rowB]
	var s float64
	switch m.typ {
	case gguf.TypeF16:
		t := f16Table()
		for i, v := range x[:m.dim] {
			s += float64(t[binary.LittleEndian.Uint16(b[2*i:])]) * float64(v)
		}
	case gguf.TypeF32:
		for i, v := range x[:m.dim] {
			s += float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))) * float64(v)
		}
	case gguf.TypeBF16:
		for i, v := range x[:m.dim] {
			s += float64(quant.BF16ToF32(binary.LittleEndian.Uint16(b[2*i:]))) * float64(v)
		}
	case gguf.TypeQ8_0:
		for blk := 0; blk < m.dim/32; blk++ {
			bb := b[blk*34 : blk*34+34]
			d := float64(quant.F16ToF32(binary.LittleEndian.Uint16(bb)))
			var acc float64
			for j := 0; j < 32; j++ {
				acc += float64(int8(bb[2+j])) * float64(x[blk*32+j])
			}
			s += d * acc
		}
	case gguf.TypeQ2_0, gguf.TypeQ2_0G128:
		w := make([]float32, m.dim)
		_ = m.decodeRow(b, w)
		for i, v := range x[:m.dim] {
			s += float64(w[i]) * float64(v)
		}
	case gguf.TypeQ6_K:
		for blk := 0; blk < m.dim/256; blk++ {
			_ = quant.DequantizeQ6K(b[blk*210:blk*210+210], buf[:])
			for j, w := range buf {
				s += float64(w) * float64(x[blk*256+j])
			}
		}
	}
	return s
}

// headTask computes logits[o][v] = head_v · h_o for vocab rows v in [lo, hi).
type headTask struct {
	m      *embedMatrix
	k      *headKernels
	h      []float32 // nOut rows of dim
	nOut   int
	out    []float32 // nOut rows of m.rows
	blkBuf [][256]float32
	// x16 and xs: h quantized to int16 per output row (Q8_0 and Q6_K heads).
	x16 []int16
	xs  []float32
	// wide: per share, one F16 head row widened to float32, when several
	// output rows share it (batched forward passes, all-logits batches).
	wide [][]float32
	// q2: h quantized to Q8_0 for a Q2_0 head (q2_0.go).
	q2 q2Head
	// tiles: per share, the eight results of one f16r4x2 call (a field, so
	// that passing it to the kernel through a func value allocates nothing).
	tiles [][8]float64
	// quadSums: per share, the float64 lanes of runQuads (f16r2x4) for one
	// block of head rows and every group of four output rows.
	quadSums [][]float64
}

// prepare quantizes h for integer head kernels (single-threaded, before the split).
func (t *headTask) prepare() {
	if model.IsQ2_0(t.m.typ) {
		t.q2.prepare(t, t.k.name)
		return
	}
	if t.pairs() {
		if len(t.tiles) < len(t.blkBuf) {
			t.tiles = make([][8]float64, len(t.blkBuf))
		}
		if t.quads() {
			for len(t.quadSums) < len(t.blkBuf) {
				t.quadSums = append(t.quadSums, nil)
			}
			for i := range t.blkBuf {
				t.quadSums[i] = grow(t.quadSums[i], t.nOut/4*headBlock/2*64)
			}
		}
		return
	}
	if t.widens() {
		for len(t.wide) < len(t.blkBuf) {
			t.wide = append(t.wide, nil)
		}
		for i := range t.blkBuf {
			t.wide[i] = grow(t.wide[i], t.m.dim)
		}
	}
	if t.m.typ != gguf.TypeQ8_0 && t.m.typ != gguf.TypeQ6_K {
		return
	}
	dim := t.m.dim
	t.x16 = grow(t.x16, t.nOut*dim)
	t.xs = grow(t.xs, t.nOut)
	for o := 0; o < t.nOut; o++ {
		t.xs[o] = quantizeHead(t.h[o*dim:(o+1)*dim], t.x16[o*dim:(o+1)*dim])
	}
}

// pairs reports whether run takes an F16 head's output rows two at a time.
func (t *headTask) pairs() bool {
	return t.m.typ == gguf.TypeF16 && t.nOut > 1 && t.k.f16x2 != nil
}

// headBlock is how many head rows runPairs passes over for each pair of
// output rows: their F16 weights (5 KiB each at 2560) stay in L2 from one
// pair to the next, the pair's x rows in L1. The first pair's pass
// prefetches the next block.
const headBlock = 16

// runPairs computes rows [lo, hi) of an F16 head in blocks of headBlock
// rows, each block for every pair of output rows, four head rows at a time
// (f16r4x2, where the set has it) and the rest one at a time (f16x2), then
// an odd last output row alone (f16). Each logit is the f16 kernel's bit
// for bit.
func (t *headTask) runPairs(part, lo, hi int) {
	m := t.m
	dim, rowB, rows := m.dim, m.rowB, m.rows
	row := func(v, n int) []byte { return m.data[v*rowB : (v+n)*rowB] }
	s := &t.tiles[part]
	for b0 := lo; b0 < hi; b0 += headBlock {
		b1 := min(b0+headBlock, hi)
		// pf is the first of n rows to prefetch while reading rows v..v+n-1:
		// the next block's, on the first pass over this block only (later
		// passes find it in cache).
		pf := func(v, n, o int) int {
			if o == 0 {
				return max(0, min(v+headBlock, rows-n))
			}
			return v
		}
		o := 0
		if t.quads() {
			o = t.runQuads(part, b0, b1)
		}
		for ; o+1 < t.nOut; o += 2 {
			x := t.h[o*dim : (o+2)*dim]
			y0, y1 := t.out[o*rows:(o+1)*rows], t.out[(o+1)*rows:(o+2)*rows]
			v := b0
			if t.k.f16r4x2 != nil {
				for ; v+4 <= b1; v += 4 {
					t.k.f16r4x2(row(v, 4), rowB, x, dim, s, row(pf(v, 4, o), 4))
					for r := 0; r < 4; r++ {
						y0[v+r], y1[v+r] = float32(s[r*2]), float32(s[r*2+1])
					}
				}
			}
			for ; v < b1; v++ {
				s0, s1 := t.k.f16x2(row(v, 1), x[:dim], x[dim:], row(pf(v, 1, o), 1))
				y0[v], y1[v] = float32(s0), float32(s1)
			}
		}
		if o < t.nOut {
			x, y := t.h[o*dim:(o+1)*dim], t.out[o*rows:(o+1)*rows]
			for v := b0; v < b1; v++ {
				y[v] = float32(t.k.f16(row(v, 1), x))
			}
		}
	}
}

// quads reports whether runPairs takes the output rows four at a time
// first (f16r2x4, where the set has it).
func (t *headTask) quads() bool { return t.k.f16r2x4 != nil && t.nOut >= 4 && t.m.dim >= 32 }

// runQuads computes the logits of head rows [b0, b1) (at most headBlock)
// for the first 4*(nOut/4) output rows and returns that count. It walks
// the rows' length in dotF16AVX2's 256-value chunks, every group of four
// output rows per chunk, so the chunk of x (4 KiB per group) and of the
// head rows (8 KiB) stay in L1; then it reduces each product's float64
// lanes as dotF16AVX2 does and adds the Go tail past dim&^31, so each
// logit is the f16 kernel's bit for bit. An odd last head row runs f16.
func (t *headTask) runQuads(part, b0, b1 int) int {
	m := t.m
	dim, rowB, rows := m.dim, m.rowB, m.rows
	nq, n, np := t.nOut/4, dim&^31, (b1-b0)/2
	per := np * 64
	sums := t.quadSums[part][:nq*per]
	clear(sums)
	w := m.data[b0*rowB : b1*rowB]
	// The first group's pass over a chunk prefetches the next block's.
	next := w
	if p0 := b0 + headBlock; p0+2*np <= rows {
		next = m.data[p0*rowB : (p0+2*np)*rowB]
	}
	for c0 := 0; c0 < n; c0 += 256 {
		cn := min(256, n-c0)
		for g := 0; g < nq; g++ {
			pf := w
			if g == 0 {
				pf = next
			}
			t.k.f16r2x4(w[2*c0:], rowB, np, t.h[4*g*dim+c0:], dim, cn, sums[g*per:], pf[2*c0:])
		}
	}
	for g := 0; g < nq; g++ {
		for r := 0; r < 2*np; r++ {
			v := b0 + r
			for b := 0; b < 4; b++ {
				o := 4*g + b
				s := headF16Lanes(sums[g*per+(r*4+b)*8:][:8])
				if n < dim {
					s += headF16Go(m.data[v*rowB+2*n:v*rowB+2*dim], t.h[o*dim+n:(o+1)*dim])
				}
				t.out[o*rows+v] = float32(s)
			}
		}
		if (b1-b0)%2 != 0 {
			v := b1 - 1
			for o := 4 * g; o < 4*g+4; o++ {
				t.out[o*rows+v] = float32(t.k.f16(m.data[v*rowB:v*rowB+2*dim], t.h[o*dim:(o+1)*dim]))
			}
		}
	}
	return 4 * nq
}

// headF16R2x4ChunkGo is the Go twin of dotF16R2x4ChunkAVX512 (xstride in
// floats): the same float32 FMAs into dotF16AVX2's four accumulators of
// eight lanes (elements 0-7, 8-15, 16-23, 24-31 of every 32), folded as
// ((acc0+acc1) + (acc2+acc3)) in float32 and added to the float64 lanes.
// TestHeadR2x4ChunkTwin holds the assembly to it bit for bit.
func headF16R2x4ChunkGo(w []byte, rowB, npairs int, x []float32, xstride, n int, sums []float64, _ []byte) {
	t := f16Table()
	for r := 0; r < 2*npairs; r++ {
		for b := 0; b < 4; b++ {
			var acc [4][8]float32
			for i := 0; i < n; i += 32 {
				for j := 0; j < 4; j++ {
					for l := 0; l < 8; l++ {
						e := i + 8*j + l
						wv := t[binary.LittleEndian.Uint16(w[r*rowB+2*e:])]
						acc[j][l] = fma32(wv, x[b*xstride+e], acc[j][l])
					}
				}
			}
			lanes := sums[(r*4+b)*8:][:8]
			for l := range lanes {
				lanes[l] += float64((acc[0][l] + acc[1][l]) + (acc[2][l] + acc[3][l]))
			}
		}
	}
}

// headF16Lanes reduces dotF16AVX2's eight float64 lanes in its order: the
// upper four onto the lower, then the upper two, then the last pair.
func headF16Lanes(l []float64) float64 {
	a0, a1, a2, a3 := l[0]+l[4], l[1]+l[5], l[2]+l[6], l[3]+l[7]
	return (a0 + a2) + (a1 + a3)
}

// widens reports whether run widens each F16 head row once for all output rows.
func (t *headTask) widens() bool {
	return t.m.typ == gguf.TypeF16 && t.nOut > 1 && t.k.f32 != nil && t.k.widen16 != nil
}

func (t *headTask) run(part, lo, hi int) {
	m := t.m
	dim := m.dim
	if model.IsQ2_0(m.typ) {
		t.q2.run(t, part, lo, hi)
		return
	}
	if t.pairs() {
		t.runPairs(part, lo, hi)
		return
	}
	if t.widens() {
		w := t.wide[part][:dim]
		for v := lo; v < hi; v++ {
			t.k.widen16(w, m.data[v*m.rowB:(v+1)*m.rowB])
			for o := 0; o < t.nOut; o++ {
				t.out[o*m.rows+v] = float32(t.k.f32(w, t.h[o*dim:(o+1)*dim]))
			}
		}
		return
	}
	for v := lo; v < hi; v++ {
		row := m.data[v*m.rowB : (v+1)*m.rowB]
		for o := 0; o < t.nOut; o++ {
			var y float64
			switch m.typ {
			case gguf.TypeF16:
				y = t.k.f16(row, t.h[o*dim:(o+1)*dim])
			case gguf.TypeQ8_0:
				y = t.k.q8(row, t.x16[o*dim:(o+1)*dim]) / float64(t.xs[o])
			case gguf.TypeQ6_K:
				y = t.k.q6k(row, t.x16[o*dim:(o+1)*dim]) / float64(t.xs[o])
			default:
				y = m.dot(v, t.h[o*dim:(o+1)*dim], &t.blkBuf[part])
			}
			t.out[o*m.rows+v] = float32(y)
		}
	}
}

// headX16Max bounds |x16|: with it a Q6_K super-block's int32 lane sums
// (16 groups of 2*32*128*16383) cannot overflow.
const headX16Max = 16383

// quantizeHead sets x16 = round(x * s) with s = headX16Max / max|x| and
// returns s (1 for an all-zero x). The integer head kernels multiply the
// quantized weights by x16, so a logit is their result divided by s.
func quantizeHead(x []float32, x16 []int16) float32 {
	var m float32
	for _, v := range x {
		m = max(m, float32(math.Abs(float64(v))))
	}
	if !(m > 0) || math.IsInf(float64(m), 0) {
		clear(x16[:len(x)])
		return 1
	}
	s := float32(headX16Max / float64(m))
	for i, v := range x {
		x16[i] = int16(max(-headX16Max, min(headX16Max, math.RoundToEven(float64(v*s)))))
	}
	return s
}

// headF16Go is row · x for an F16 row, accumulated in float64.
func headF16Go(w []byte, x []float32) float64 {
	t := f16Table()
	var s float64
	for i, v := range x {
		s += float64(t[binary.LittleEndian.Uint16(w[2*i:])]) * float64(v)
	}
	return s
}

// headF16x2Go is headF16Go of w against x0 and x1 (pf is a prefetch hint
// the assembly uses).
func headF16x2Go(w []byte, x0, x1 []float32, _ []byte) (float64, float64) {
	return headF16Go(w, x0), headF16Go(w, x1)
}

// headF16R4x2Go is headF16Go of four consecutive rows against two x rows.
func headF16R4x2Go(w []byte, rowB int, x []float32, dim int, out *[8]float64, _ []byte) {
	for r := 0; r < 4; r++ {
		for b := 0; b < 2; b++ {
			out[r*2+b] = headF16Go(w[r*rowB:r*rowB+2*dim], x[b*dim:(b+1)*dim])
		}
	}
}

// headF32Go is headF16Go over a row widened to float32: the same products
// and sums in the same order.
func headF32Go(w, x []float32) float64 {
	var s float64
	for i, v := range x {
		s += float64(w[i]) * float64(v)
	}
	return s
}

// widenHeadGo widens an F16 head row (little-endian bytes) to float32.
func widenHeadGo(dst []float32, w []byte) {
	t := f16Table()
	for i := range dst[:len(w)/2] {
		dst[i] = t[binary.LittleEndian.Uint16(w[2*i:])]
	}
}

// headQ8Go is Σ_b d_b * Σ_j q_bj*x16_j over a Q8_0 row (in x16 units).
func headQ8Go(w []byte, x []int16) float64 {
	var s float64
	for b := 0; b < len(x)/32; b++ {
		blk := w[b*34 : b*34+34]
		d := quant.F16ToF32(binary.LittleEndian.Uint16(blk))
		var acc int32
		for j := 0; j < 32; j++ {
			acc += int32(int8(blk[2+j])) * int32(x[b*32+j])
		}
		s += float64(d) * float64(acc)
	}
	return s
}

// headQ6KGo is Σ_blocks d * Σ_groups sc_g * Σ_j (q_j-32)*x16_j over a Q6_K
// row (in x16 units), in the element order of ggml's dequantize_row_q6_K.
func headQ6KGo(w []byte, x []int16) float64 {
	var s float64
	for b := 0; b < len(x)/256; b++ {
		blk := w[b*210 : b*210+210]
		xb := x[b*256 : b*256+256]
		d := quant.F16ToF32(binary.LittleEndian.Uint16(blk[208:]))
		ql, qh, sc := blk[:128], blk[128:192], blk[192:208]
		var acc int64
		for n := 0; n < 2; n++ {
			for l := 0; l < 32; l++ {
				is := l / 16
				q1 := int64(ql[l]&0xf|(qh[l]&3)<<4) - 32
				q2 := int64(ql[l+32]&0xf|(qh[l]>>2&3)<<4) - 32
				q3 := int64(ql[l]>>4|(qh[l]>>4&3)<<4) - 32
				q4 := int64(ql[l+32]>>4|(qh[l]>>6&3)<<4) - 32
				acc += int64(int8(sc[is]))*q1*int64(xb[n*128+l]) + int64(int8(sc[is+2]))*q2*int64(xb[n*128+l+32]) +
					int64(int8(sc[is+4]))*q3*int64(xb[n*128+l+64]) + int64(int8(sc[is+6]))*q4*int64(xb[n*128+l+96])
			}
			ql, qh, sc = ql[64:], qh[32:], sc[8:]
		}
		s += float64(d) * float64(acc)
	}
	return s
}

// embedRow writes token t's embedding into out. When the embedding is read
// from the file (embedFile) the row goes through buf.
func (e *Engine) embedRow(t int, out []float32, buf *[]byte) error {
	m := e.embed
	if e.embedFile == nil {
		return m.row(t, out)
	}
	*buf = grow(*buf, m.rowB)
	if _, err := e.embedFile.ReadAt(*buf, int64(t)*int64(m.rowB)); err != nil {
		return fmt.Errorf("cpu: %s row %d: %w", m.name, t, err)
	}
	return m.decodeRow(*buf, out)
}
