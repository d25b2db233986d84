package cpu

// Q2_0 weights (llama.cpp's 2-bit type with one F16 scale per group of 64,
// or 128 in PrismML's fork; PrismML's Ternary-Bonsai models) multiply
// activations quantized to Q8_0, as llama.cpp's CPU backend does: its
// mul_mat converts the float input to the weight type's vec_dot_type (Q8_0)
// with quantize_row_q8_0 and calls ggml_vec_dot_q2_0_q8_0 per output value.
// x86 builds have no SIMD variant of that dot product: they run the scalar
// ggml_vec_dot_q2_0_q8_0_generic (ggml/src/ggml-cpu/quants.c), whose float
// arithmetic q2DotRef repeats step for step, so that logits match
// llama.cpp's closely. This is not BitNet's per-token int8 path: a Q2_0
// matrix reads acts.q8, which normQuant fills when the engine has Q2_0
// weights (Engine.q8).

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// q8Acts holds activation rows quantized to Q8_0 (quant.QuantizeQ8_0Act):
// int8 quants, one F16-rounded scale per 32 values, each block's quant sum,
// and the quants again in plane order (qp[8p+b] = qs[4b+p] within a block),
// the order in which the block-sum kernels unpack a block's 2-bit codes.
type q8Acts struct {
	n, cols int
	qs, qp  []int8
	d       []float32
	sum     []int32
}

func (a *q8Acts) resize(n, cols int) {
	a.n, a.cols = n, cols
	a.qs = grow(a.qs, n*cols)
	a.qp = grow(a.qp, n*cols)
	a.d = grow(a.d, n*cols/32)
	a.sum = grow(a.sum, n*cols/32)
}

// quantizeRow quantizes x (cols values) into row i.
func (a *q8Acts) quantizeRow(i int, x []float32) {
	c := a.cols
	qs, d, sum := a.qs[i*c:(i+1)*c], a.d[i*c/32:(i+1)*c/32], a.sum[i*c/32:(i+1)*c/32]
	// Lengths are checked when the matrices are prepared (cols % 64 == 0).
	_ = quant.QuantizeQ8_0Act(x[:c], qs, d)
	qp := a.qp[i*c : (i+1)*c]
	for b := range sum {
		var s int32
		for j, v := range qs[b*32 : (b+1)*32] {
			s += int32(v)
			qp[b*32+8*(j%4)+j/4] = v
		}
		sum[b] = s
	}
}

// q2Group returns the group size of a Q2_0 type.
func q2Group(t gguf.Type) int {
	if t == gguf.TypeQ2_0G128 {
		return quant.Q2Group128
	}
	return quant.Q2Group
}

// q2RowBytes is the size of a row of cols Q2_0 values.
func q2RowBytes(cols, group int) int { return cols / group * (2 + group/4) }

// newQ2Matrix prepares a Q2_0 linear layer: its bytes are used in place.
func newQ2Matrix(l model.Linear) (*ternaryMatrix, error) {
	g := q2Group(l.Type)
	if l.In%g != 0 {
		return nil, fmt.Errorf("cpu: %s: input dimension %d is not a multiple of %s's group %d", l.Name, l.In, l.Type, g)
	}
	if want := q2RowBytes(l.In, g) * l.Out; len(l.Data) < want {
		return nil, fmt.Errorf("cpu: %s: %s data is %d bytes, want %d", l.Name, l.Type, len(l.Data), want)
	}
	return &ternaryMatrix{name: l.Name, rows: l.Out, cols: l.In, outScale: l.Scale,
		q2: l.Data[:q2RowBytes(l.In, g)*l.Out], q2Group: g}, nil
}

// q2DotRef is ggml_vec_dot_q2_0_q8_0_generic (and the fork's group-128
// twin, which has four Q8_0 blocks per group): per group, d0 = F16 scale;
// per Q8_0 block inside it, the integer Σ(code-1)·q, multiplied by the
// block's scale and summed in float32; that sum times d0 added to the
// result, group by group. Every float32 product is rounded on its own (the
// conversions stop Go from fusing them), as C without contraction does.
func q2DotRef(w []byte, group int, a *q8Acts, row int) float32 {
	bb := 2 + group/4
	sub := group / 32
	qs := a.qs[row*a.cols : (row+1)*a.cols]
	ds := a.d[row*a.cols/32 : (row+1)*a.cols/32]
	var sumf float32
	for i := 0; i < len(w)/bb; i++ {
		blk := w[i*bb : (i+1)*bb]
		d0 := quant.F16ToF32(binary.LittleEndian.Uint16(blk))
		var sumi float32
		for k := 0; k < sub; k++ {
			qy := qs[(i*sub+k)*32 : (i*sub+k+1)*32]
			var s int32
			for b := 0; b < 8; b++ {
				x := blk[2+k*8+b]
				s += (int32(x&3) - 1) * int32(qy[4*b])
				s += (int32(x>>2&3) - 1) * int32(qy[4*b+1])
				s += (int32(x>>4&3) - 1) * int32(qy[4*b+2])
				s += (int32(x>>6) - 1) * int32(qy[4*b+3])
			}
			sumi += float32(ds[i*sub+k] * float32(s))
		}
		sumf += float32(d0 * sumi)
	}
	return sumf
}

// q2SumsFunc sets sums[4i+k] = Σ code·q over the k-th 32-value block of
// step i of a Q2_0 row (n4 steps of four blocks; see q2DotAVX2 for step and
// off2), with q in plane order (q8Acts.qp).
type q2SumsFunc func(w []byte, n4, step, off2 int, qp []int8, sums []int32)

// q2BlockSum is Σ code·q over one block: 8 code bytes, 32 quants in plane
// order.
func q2BlockSum(codes []byte, qp []int8) int32 {
	var s int32
	for p := 0; p < 4; p++ {
		for b, x := range codes[:8] {
			s += int32(x>>(2*p)&3) * int32(qp[8*p+b])
		}
	}
	return s
}

// q2SumsGo is the integer half of q2DotAVX2 in Go (q2Dot with it is the
// assembly's Go twin).
func q2SumsGo(w []byte, n4, step, off2 int, qp []int8, sums []int32) {
	for i := 0; i < n4; i++ {
		st := w[i*step:]
		q := qp[i*128:]
		sums[4*i] = q2BlockSum(st[2:10], q[:32])
		sums[4*i+1] = q2BlockSum(st[10:18], q[32:64])
		sums[4*i+2] = q2BlockSum(st[off2:off2+8], q[64:96])
		sums[4*i+3] = q2BlockSum(st[off2+8:off2+16], q[96:128])
	}
}

// q2Steps returns how a row of cols values in groups of group splits into
// steps of four blocks (count, bytes per step, offset of the third block's
// codes) and how many blocks are left over (0 or 2: a last 64-value group).
func q2Steps(cols, group int) (n4, step, off2, rest int) {
	if group == quant.Q2Group128 {
		return cols / 128, 34, 18, 0
	}
	return cols / 128, 36, 20, cols / 32 % 4
}

// q2Dot returns the dot product of Q2_0 row w with activation row `row` of a
// by llama.cpp's formula: the integer block sums from sumsFn (Σcode·q − Σq
// = Σ(code−1)·q exactly), then q2DotRef's float32 steps in its order. sums
// is scratch space of at least cols/32.
func q2Dot(sumsFn q2SumsFunc, w []byte, group int, a *q8Acts, row int, sums []int32) float32 {
	c := a.cols
	nb := c / 32
	qp := a.qp[row*c : (row+1)*c]
	n4, step, off2, rest := q2Steps(c, group)
	sumsFn(w, n4, step, off2, qp, sums)
	if rest > 0 { // a last 64-value group: two blocks
		st := w[n4*step:]
		sums[4*n4] = q2BlockSum(st[2:10], qp[n4*128:n4*128+32])
		sums[4*n4+1] = q2BlockSum(st[10:18], qp[n4*128+32:n4*128+64])
	}
	ds := a.d[row*nb : (row+1)*nb]
	qsum := a.sum[row*nb : (row+1)*nb]
	bb := 2 + group/4
	sub := group / 32
	f16 := f16Table()
	var sumf float32
	for i := 0; i < nb/sub; i++ {
		d0 := f16[binary.LittleEndian.Uint16(w[i*bb:])]
		var sumi float32
		for k := i * sub; k < (i+1)*sub; k++ {
			sumi += float32(ds[k] * float32(sums[k]-qsum[k]))
		}
		sumf += float32(d0 * sumi)
	}
	return sumf
}

// q2DotFunc is a whole Q2_0 dot product in one call (q2DotAVX2).
type q2DotFunc func(w []byte, group int, a *q8Acts, row int) float32

// q2TileRows is how many weight rows the tiled Q2_0 kernels compute at once:
// one 32-bit lane per row of a ZMM register (or two YMM halves).
const q2TileRows = 16

// The tiled layout (packQ2Tiles) regroups a Q2_0 matrix so that one pass of
// VPDPBUSD / VPMADDUBSW multiplies 4 codes of each of 16 rows by 4
// activations broadcast to every lane: rows are taken 16 at a time (the last
// tile padded with zero scales and codes), and each tile is stored group by
// group as
//
//	16 F16 scales (row r at bytes 2r, 2r+1)
//	per 32-value block k of the group, two 64-byte chunks c = 0, 1:
//	    row r's 4 bytes at 4r..4r+3; bits 2p..2p+1 of byte i hold the code
//	    of the block's element 16c+4p+i
//
// so the 2-bit plane p of chunk c (a shift by 2p and a mask) pairs with the
// 4 consecutive activations at 32k+16c+4p in their natural order. A tile is
// exactly as large as its 16 rows in the file's layout. Per lane the integer
// block sums and float steps are q2Dot's, so the results are q2DotRef's bit
// for bit.

// q2TileBytes is the size of one tile of a row of cols values.
func q2TileBytes(cols, group int) int { return q2TileRows * q2RowBytes(cols, group) }

// packQ2Tiles repacks rows x cols Q2_0 values (the file's layout, groups of
// group) into tiles.
func packQ2Tiles(w []byte, rows, cols, group int) []byte {
	rb := q2RowBytes(cols, group)
	bb := 2 + group/4
	ng, sub := cols/group, group/32
	tiles := (rows + q2TileRows - 1) / q2TileRows
	out := make([]byte, tiles*q2TileRows*rb)
	// Load time grows with the model (about 0.3-0.5 GB/s per core measured
	// by BenchmarkQ2Pack): large matrices are split over the cores.
	workers := min(runtime.GOMAXPROCS(0), max(1, len(out)>>18), tiles)
	var wg sync.WaitGroup
	for wk := 0; wk < workers; wk++ {
		wg.Go(func() {
			packQ2TileRange(out, w, rows, rb, bb, ng, sub, wk*tiles/workers, (wk+1)*tiles/workers)
		})
	}
	wg.Wait()
	return out
}

// packQ2TileRange is packQ2Tiles for tiles [t0, t1).
func packQ2TileRange(out, w []byte, rows, rb, bb, ng, sub, t0, t1 int) {
	gt := q2TileRows * bb
	for t := t0; t < t1; t++ {
		for g := 0; g < ng; g++ {
			dst := out[(t*ng+g)*gt : (t*ng+g+1)*gt]
			for lane := 0; lane < q2TileRows && t*q2TileRows+lane < rows; lane++ {
				r := t*q2TileRows + lane
				src := w[r*rb+g*bb : r*rb+(g+1)*bb]
				dst[2*lane], dst[2*lane+1] = src[0], src[1]
				for k := 0; k < sub; k++ {
					// Source byte p of a half-block holds its elements 4p+i at
					// bits 2i; the tile's byte i holds them at bits 2p.
					lo := binary.LittleEndian.Uint32(src[2+8*k:])
					hi := binary.LittleEndian.Uint32(src[6+8*k:])
					binary.LittleEndian.PutUint32(dst[32+128*k+4*lane:], transpose2x4x4(lo))
					binary.LittleEndian.PutUint32(dst[96+128*k+4*lane:], transpose2x4x4(hi))
				}
			}
		}
	}
}

// transpose2x4x4 transposes the 4x4 matrix of 2-bit cells in x, cell (p, i)
// at bits 8p+2i, to cell (p, i) at bits 8i+2p: two delta swaps, first of
// the cells inside each 2x2 block, then of the off-diagonal 2x2 blocks.
func transpose2x4x4(x uint32) uint32 {
	t := (x ^ x>>6) & 0x00cc00cc
	x ^= t ^ t<<6
	t = (x ^ x>>12) & 0x0000f0f0
	return x ^ t ^ t<<12
}

// q2TileFunc computes out[r] = the dot product of row r of a tile (ngroups
// groups of group values) with activation row `row` of a, for the tile's 16
// rows.
type q2TileFunc func(tile []byte, ngroups, group int, a *q8Acts, row int, out *[q2TileRows]float32)

// q2Tile4Func is q2TileFunc for activation rows row..row+3 at once:
// out[16i+r] is row r of the tile against activation row row+i.
type q2Tile4Func func(tile []byte, ngroups, group int, a *q8Acts, row int, out *[4 * q2TileRows]float32)

// q2TileGo is the tiled kernels' Go twin: per lane the block sums Σcode·q
// read from the tiled layout, then q2Dot's float steps.
func q2TileGo(tile []byte, ngroups, group int, a *q8Acts, row int, out *[q2TileRows]float32) {
	c := a.cols
	nb := c / 32
	qs := a.qs[row*c : (row+1)*c]
	ds := a.d[row*nb : (row+1)*nb]
	qsum := a.sum[row*nb : (row+1)*nb]
	sub := group / 32
	gt := q2TileRows * (2 + group/4)
	f16 := f16Table()
	*out = [q2TileRows]float32{}
	for g := 0; g < ngroups; g++ {
		grp := tile[g*gt : (g+1)*gt]
		for lane := 0; lane < q2TileRows; lane++ {
			var sumi float32
			for k := 0; k < sub; k++ {
				b := g*sub + k
				q := qs[32*b : 32*b+32]
				var s int32
				for ch := 0; ch < 2; ch++ {
					for i, x := range grp[32+128*k+64*ch+4*lane : 32+128*k+64*ch+4*lane+4] {
						for p := 0; p < 4; p++ {
							s += int32(x>>(2*p)&3) * int32(q[16*ch+4*p+i])
						}
					}
				}
				sumi += float32(ds[b] * float32(s-qsum[b]))
			}
			d0 := f16[binary.LittleEndian.Uint16(grp[2*lane:])]
			out[lane] += float32(d0 * sumi)
		}
	}
}

// q2Kernel runs Q2_0 matrices (ternaryMatrix.q2) on acts.q8: the reference
// (q2DotRef, when no function is set), q2Dot with a block-sum kernel, a
// fused dot product, or a tiled kernel (16 rows per call on the repacked
// weights ternaryMatrix.q2t). dot, one row at a time, serves the output head.
type q2Kernel struct {
	name  string
	sums  q2SumsFunc
	fused q2DotFunc
	tile  q2TileFunc
	// tile4, if set, runs groups of four activation rows (prefill batches).
	tile4 q2Tile4Func
}

// dot is the kernel's dot product of row w (the file's layout) with
// activation row `row`.
func (k q2Kernel) dot(w []byte, group int, a *q8Acts, row int, scratch *[]int32) float32 {
	if k.fused != nil {
		return k.fused(w, group, a, row)
	}
	if k.sums == nil {
		return q2DotRef(w, group, a, row)
	}
	*scratch = grow(*scratch, a.cols/32)
	return q2Dot(k.sums, w, group, a, row, *scratch)
}

func (k q2Kernel) kname() string { return k.name }

func (k q2Kernel) prepare(m *ternaryMatrix) error {
	if m.q2 == nil {
		return fmt.Errorf("cpu: %s: the Q2_0 kernel needs Q2_0 weights", m.name)
	}
	if k.tile != nil && m.q2t == nil {
		m.q2t = packQ2Tiles(m.q2, m.rows, m.cols, m.q2Group)
	}
	return nil
}

func (k q2Kernel) prepareActs(*acts) {}

func (k q2Kernel) run(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, sc *partScratch) {
	if k.tile != nil {
		k.runTiles(m, a, lo, hi, out, stride)
		return
	}
	rb := q2RowBytes(m.cols, m.q2Group)
	var scratch []int32
	if sc != nil {
		scratch = sc.acc
	}
	for r := lo; r < hi; r++ {
		w := m.q2[r*rb : (r+1)*rb]
		for i := 0; i < a.q8.n; i++ {
			y := k.dot(w, m.q2Group, &a.q8, i, &scratch)
			if m.outScale != 1 {
				y *= m.outScale
			}
			out[i*stride+r] = y
		}
	}
	if sc != nil {
		sc.acc = scratch
	}
}

// runTiles runs a tiled kernel over the tiles that hold rows [lo, hi).
func (k q2Kernel) runTiles(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int) {
	k.tiles(m.q2t, m.cols, m.q2Group, &a.q8, lo, hi, out, stride, m.outScale)
}

// tiles sets out[i*stride+r] to row r of the tiled matrix t (cols values
// per row in groups of group) times activation row i of a, times outScale
// unless that is 1, for rows r in [lo, hi); a tile only partly inside the
// range is computed whole and the rest dropped.
func (k q2Kernel) tiles(t []byte, cols, group int, a *q8Acts, lo, hi int, out []float32, stride int, outScale float32) {
	tb := q2TileBytes(cols, group)
	ng := cols / group
	var y [4 * q2TileRows]float32
	n4 := 0
	if k.tile4 != nil {
		n4 = a.n &^ 3
	}
	for ti := lo / q2TileRows; ti*q2TileRows < hi; ti++ {
		r0, r1 := max(lo, ti*q2TileRows), min(hi, (ti+1)*q2TileRows)
		tile := t[ti*tb : (ti+1)*tb]
		for i := 0; i < a.n; {
			nr := 1
			if i < n4 {
				k.tile4(tile, ng, group, a, i, &y)
				nr = 4
			} else {
				k.tile(tile, ng, group, a, i, (*[q2TileRows]float32)(y[:q2TileRows]))
			}
			for j := 0; j < nr; j++ {
				dst := out[(i+j)*stride+r0 : (i+j)*stride+r1]
				for c := range dst {
					v := y[j*q2TileRows+r0-ti*q2TileRows+c]
					if outScale != 1 {
						v *= outScale
					}
					dst[c] = v
				}
			}
			i += nr
		}
	}
}

// q2Tile4Go is q2Tile4Func from q2TileGo (the twin of q2Tile4VNNI).
func q2Tile4Go(tile []byte, ngroups, group int, a *q8Acts, row int, out *[4 * q2TileRows]float32) {
	for i := 0; i < 4; i++ {
		q2TileGo(tile, ngroups, group, a, row+i, (*[q2TileRows]float32)(out[i*q2TileRows:(i+1)*q2TileRows]))
	}
}

// Kernel names of the Q2_0 kernels.
const (
	q2NameRef     = "q2_0-ref"
	q2NameGo      = "q2_0-go"
	q2NameAVX2    = "q2_0-avx2"    // the fused one-row dot product
	q2NameAVX2x16 = "q2_0-avx2x16" // tiled, 16 rows per call
	q2NameVNNIx16 = "q2_0-avx512vnni"
)

// q2KernelFor returns the Q2_0 kernel of a kernel set: the reference for
// "ref", the Go twin (q2Dot with q2SumsGo) for "go", the tiled AVX2 kernel
// for "avx2", and for every other set the tiled AVX-512 VNNI kernel where
// the CPU has it and it passes q2KnownAnswer, else the tiled AVX2 kernel
// (else the one-row AVX2 kernel), else the Go twin. The tiled kernels keep
// the one-row dot product for callers that have no tiles.
func q2KernelFor(set string) q2Kernel {
	switch set {
	case KernelsRef:
		return q2Kernel{name: q2NameRef}
	case KernelsGo:
		return q2Kernel{name: q2NameGo, sums: q2SumsGo}
	}
	fused := q2DotSIMD()
	if fused == nil {
		return q2Kernel{name: q2NameGo, sums: q2SumsGo}
	}
	if set != KernelsAVX2 {
		if f, f4 := q2TileVNNI(), q2Tile4VNNI(); f != nil && f4 != nil && q2KnownAnswer(f, f4) == nil {
			return q2Kernel{name: q2NameVNNIx16, fused: fused, tile: f, tile4: f4}
		}
	}
	if f := q2TileAVX2(); f != nil && q2KnownAnswer(f, nil) == nil {
		return q2Kernel{name: q2NameAVX2x16, fused: fused, tile: f}
	}
	return q2Kernel{name: q2NameAVX2, fused: fused}
}

// q2RowKernelFor is q2KernelFor for one row at a time (an output head left
// in the file's layout; a head kernel set's name: "ref", "go", "avx2" or
// "avx512"): the reference, the Go twin, or the fused AVX2 dot product.
func q2RowKernelFor(set string) q2Kernel {
	switch set {
	case KernelsRef:
		return q2Kernel{name: q2NameRef}
	case KernelsGo:
		return q2Kernel{name: q2NameGo, sums: q2SumsGo}
	}
	if f := q2DotSIMD(); f != nil {
		return q2Kernel{name: q2NameAVX2, fused: f}
	}
	return q2Kernel{name: q2NameGo, sums: q2SumsGo}
}

// q2KnownAnswer compares a tiled kernel (and its four-row variant, if
// any) with q2TileGo on a fixed random problem of both group sizes (every
// code, quants of ±127). As for the I2_S VNNI kernels (knownAnswer), a CPU
// that claims a feature but computes something else then costs speed,
// never correctness.
func q2KnownAnswer(f q2TileFunc, f4 q2Tile4Func) error {
	r := rand.New(rand.NewPCG(0x7132, 0x5f30))
	for _, group := range []int{quant.Q2Group, quant.Q2Group128} {
		cols := 3 * 128
		w := make([]byte, q2TileBytes(cols, group))
		for i := range w {
			w[i] = byte(r.Uint32())
		}
		for g := 0; g < cols/group; g++ { // finite scales
			for lane := 0; lane < q2TileRows; lane++ {
				binary.LittleEndian.PutUint16(w[g*q2TileRows*(2+group/4)+2*lane:], quant.F32ToF16(float32(r.Float64()+0.01)))
			}
		}
		var a q8Acts
		a.resize(4, cols)
		x := make([]float32, cols)
		for i := 0; i < 4; i++ {
			for j := range x {
				x[j] = float32(r.NormFloat64())
			}
			x[5+i], x[40+i] = 100, -100
			a.quantizeRow(i, x)
		}
		var want, got [4 * q2TileRows]float32
		q2Tile4Go(w, cols/group, group, &a, 0, &want)
		for i := 0; i < 4; i++ {
			f(w, cols/group, group, &a, i, (*[q2TileRows]float32)(got[i*q2TileRows:(i+1)*q2TileRows]))
		}
		if want != got {
			return fmt.Errorf("tiled Q2_0 kernel differs from the Go twin (group %d)", group)
		}
		if f4 != nil {
			got = [4 * q2TileRows]float32{}
			f4(w, cols/group, group, &a, 0, &got)
			if want != got {
				return fmt.Errorf("four-row tiled Q2_0 kernel differs from the Go twin (group %d)", group)
			}
		}
	}
	return nil
}

// q2Head computes logits with a Q2_0 output head the way llama.cpp does:
// the normalized hidden rows quantized to Q8_0, then the Q2_0·Q8_0 dot
// product per vocabulary row.
type q2Head struct {
	a       q8Acts
	k       q2Kernel
	scratch [][]int32 // per share
}

// prepareQ2Head, for a Q2_0 output head, repacks it into tiles for the
// engine's tiled Q2_0 kernel, if it has one: the head is then as fast per
// weight as the layers (the one-row kernel reduces every block of every
// row horizontally). A separate head's file bytes are released; a tied
// head keeps them for the embedding lookups, so that the tiles cost the
// head's size again.
func (e *Engine) prepareQ2Head(release func([]byte)) {
	h := e.head
	k := q2KernelFor(e.k.name)
	if !model.IsQ2_0(h.typ) || k.tile == nil {
		return
	}
	h.q2t = packQ2Tiles(h.data, h.rows, h.dim, q2Group(h.typ))
	h.q2k = k
	if h != e.embed {
		release(h.data)
	}
}

func (h *q2Head) prepare(t *headTask, set string) {
	dim := t.m.dim
	h.a.resize(t.nOut, dim)
	for o := 0; o < t.nOut; o++ {
		h.a.quantizeRow(o, t.h[o*dim:(o+1)*dim])
	}
	h.k = q2RowKernelFor(set)
	if t.m.q2t != nil {
		h.k = t.m.q2k
	}
	for len(h.scratch) < len(t.blkBuf) {
		h.scratch = append(h.scratch, nil)
	}
}

func (h *q2Head) run(t *headTask, part, lo, hi int) {
	m := t.m
	g := q2Group(m.typ)
	if m.q2t != nil {
		h.k.tiles(m.q2t, m.dim, g, &h.a, lo, hi, t.out, m.rows, 1)
		return
	}
	for v := lo; v < hi; v++ {
		row := m.data[v*m.rowB : (v+1)*m.rowB]
		for o := 0; o < t.nOut; o++ {
			t.out[o*m.rows+v] = h.k.dot(row, g, &h.a, o, &h.scratch[part])
		}
	}
}
