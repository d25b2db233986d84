package cpu

// acts is a batch of activation rows quantized to int8 the way bitnet.cpp does
// before every ternary matmul, plus the derived layouts some kernels read.
type acts struct {
	n, cols int
	q       []int8    // n*cols
	scale   []float32 // per row: 127/max|x|
	sum     []int32   // per row: sum of q

	// qi is q regrouped for gemm8 kernels: groups of 8 rows (the last padded
	// with zeros), each stored block by block: [group][block][8 rows][128].
	qi  []int8
	ilv bool
	// lut holds the lookup tables of row 0 when n == 1 (built once per
	// quantization and shared by every LUT matmul that reads these acts).
	lut     []byte
	haveLUT bool
	// q8 is the same rows quantized to Q8_0 for Q2_0 matrices (q2_0.go),
	// filled only when the engine has some (Engine.q8).
	q8 q8Acts
}

func (a *acts) resize(n, cols int) {
	a.n, a.cols = n, cols
	a.q = grow(a.q, n*cols)
	a.scale = grow(a.scale, n)
	a.sum = grow(a.sum, n)
	a.ilv, a.haveLUT = false, false
}

// interleave fills qi from q (once per quantization).
func (a *acts) interleave() {
	if a.ilv {
		return
	}
	a.ilv = true
	groups := (a.n + 7) / 8
	nb := a.cols / 128
	a.qi = grow(a.qi, groups*8*a.cols)
	for g := 0; g < groups; g++ {
		dst := a.qi[g*8*a.cols : (g+1)*8*a.cols]
		for t := 0; t < 8; t++ {
			i := g*8 + t
			for b := 0; b < nb; b++ {
				d := dst[b*1024+t*128 : b*1024+t*128+128]
				if i < a.n {
					copy(d, a.q[i*a.cols+b*128:i*a.cols+b*128+128])
				} else {
					clear(d)
				}
			}
		}
	}
}

// ternaryKernel computes a ternary matmul over a range of weight rows.
type ternaryKernel interface {
	// kname names the kernel in Info().Kernels and KernelCounts.
	kname() string
	// prepare converts m's weights into the layout the kernel reads (once, at load).
	prepare(m *ternaryMatrix) error
	// prepareActs builds what the kernel needs from a before rows are split
	// over threads (called once per matmul dispatch, single-threaded).
	prepareActs(a *acts)
	// run writes out[i*stride+r] for weight rows r in [lo, hi) and every
	// activation row i of a. sc is scratch space owned by the calling share.
	run(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, sc *partScratch)
}

// partScratch is per-thread scratch space of a matmul.
type partScratch struct {
	acc []int32
}

// madKernel is the multiply-add method: codes 0..2 times int8 activations
// (VPMADDUBSW / VPDPBUSD on x86), the activation sum subtracted afterwards.
type madKernel struct {
	name string
	// gemv sets acc[r] = Σ code·q over len(acc) rows of w (rowBytes each,
	// rowBytes*4 == len(q)).
	gemv func(w []byte, rowBytes int, q []int8, acc []int32)
	// gemm8, if set, adds Σ code·q to acc[t*ldt+r] for nrows rows of w
	// (rowBytes apart), nblk 128-blocks starting at w[r*rowBytes], and 8
	// activation rows t interleaved as acts.qi ([block][8][128], nblk*1024 bytes).
	gemm8 func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int)
	// gemm4, if set, is gemm8 for activation rows 0..3 of the same layout
	// and acc rows 0..3: an 8-row group holding four rows or fewer runs it
	// instead of gemm8 on zero padding.
	gemm4 func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int)
	// finish sets out[i] = m.finish(acc[i], asum, actScale) for all i, with
	// wScale = m.scale and outScale = m.outScale (finishGo's arithmetic).
	finish func(acc []int32, asum int32, actScale, wScale, outScale float32, out []float32)
}

func (k madKernel) kname() string                { return k.name }
func (k madKernel) prepare(*ternaryMatrix) error { return nil }
func (k madKernel) useGemm(n int) bool           { return k.gemm8 != nil && n >= gemmMinRows }

func (k madKernel) prepareActs(a *acts) {
	if k.useGemm(a.n) {
		a.interleave()
	}
}

// Tiling of the gemm path: rows share one pass over a K-slice of the weights
// while every 8-row activation group streams through it.
const (
	gemmMinRows = 4  // fewer activation rows run gemv once per row
	gemmRowTile = 64 // weight rows per tile (BenchmarkTernaryGemm: 64 beat 16 and 32 by 10-40%)
	gemmBlkTile = 20 // 128-blocks per K-slice (20 KiB of activations per 8-row group, in L1)
)

func (k madKernel) run(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, sc *partScratch) {
	if m.blockScale != nil {
		runBlockScales(m, a, lo, hi, out, stride, k)
		return
	}
	rowBytes := m.cols / 4
	n := a.n
	if !k.useGemm(n) {
		sc.acc = grow(sc.acc, hi-lo)
		acc := sc.acc
		for i := 0; i < n; i++ {
			k.gemv(m.codes[lo*rowBytes:hi*rowBytes], rowBytes, a.q[i*a.cols:(i+1)*a.cols], acc)
			k.finish(acc, a.sum[i], a.scale[i], m.scale, m.outScale, out[i*stride+lo:i*stride+hi])
		}
		return
	}
	// Tiles of gemmRowTile weight rows: each K-slice of gemmBlkTile blocks is
	// read once from memory and then from cache by every 8-row activation
	// group; the slice of one group's activations stays in L1 across the rows.
	groups := (n + 7) / 8
	nb := m.cols / 128
	for r0 := lo; r0 < hi; r0 += gemmRowTile {
		r1 := min(r0+gemmRowTile, hi)
		nr := r1 - r0
		sc.acc = grow(sc.acc, groups*8*nr)
		acc := sc.acc
		clear(acc)
		for b0 := 0; b0 < nb; b0 += gemmBlkTile {
			b1 := min(b0+gemmBlkTile, nb)
			w := m.codes[r0*rowBytes+b0*32 : (r1-1)*rowBytes+b1*32]
			for g := 0; g < groups; g++ {
				qi := a.qi[g*8*a.cols+b0*1024 : g*8*a.cols+b1*1024]
				if k.gemm4 != nil && n-g*8 <= 4 {
					k.gemm4(w, rowBytes, nr, b1-b0, qi, acc[g*8*nr:(g*8+4)*nr], nr)
					continue
				}
				k.gemm8(w, rowBytes, nr, b1-b0, qi, acc[g*8*nr:(g+1)*8*nr], nr)
			}
		}
		for i := 0; i < n; i++ {
			k.finish(acc[i*nr:(i+1)*nr], a.sum[i], a.scale[i], m.scale, m.outScale, out[i*stride+r0:i*stride+r1])
		}
	}
}

// runBlockScales handles weights with one scale per 256 elements (TQ types
// whose blocks differ): y = Σ_b ((acc_b - asum_b) / s) * d_b in float32, block order.
func runBlockScales(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, k madKernel) {
	rowBytes := m.cols / 4
	nb := m.cols / blockScaleLen
	var acc [1]int32
	for r := lo; r < hi; r++ {
		row := m.codes[r*rowBytes : (r+1)*rowBytes]
		for i := 0; i < a.n; i++ {
			q := a.q[i*a.cols : (i+1)*a.cols]
			var y float32
			for b := 0; b < nb; b++ {
				qb := q[b*blockScaleLen : (b+1)*blockScaleLen]
				k.gemv(row[b*blockScaleLen/4:(b+1)*blockScaleLen/4], blockScaleLen/4, qb, acc[:])
				var asum int32
				for _, v := range qb {
					asum += int32(v)
				}
				y += float32(float32(acc[0]-asum)/a.scale[i]) * m.blockScale[r*nb+b]
			}
			if m.outScale != 1 {
				y *= m.outScale
			}
			out[i*stride+r] = y
		}
	}
}

// finishGo is the scalar finish over a row of accumulators. Multiplying by
// an outScale of 1 changes nothing, so it is applied unconditionally.
func finishGo(acc []int32, asum int32, actScale, wScale, outScale float32, out []float32) {
	out = out[:len(acc)]
	for i, v := range acc {
		out[i] = finish(v, asum, actScale, wScale) * outScale
	}
}

// matmulTask runs up to three matrices that read the same activations (q, k,
// v or gate, up) as one parallel loop over their concatenated rows, so that a
// layer needs fewer thread synchronisations.
type matmulTask struct {
	a     *acts
	nm    int
	mats  [3]*ternaryMatrix
	outs  [3][]float32
	off   [4]int // first row of each matrix in the concatenation
	parts []partScratch
}

func (t *matmulTask) set(a *acts, threads int, ms []*ternaryMatrix, outs [][]float32) {
	t.a, t.nm = a, len(ms)
	t.off[0] = 0
	for i, m := range ms {
		t.mats[i], t.outs[i] = m, outs[i]
		t.off[i+1] = t.off[i] + m.rows
	}
	if len(t.parts) < threads {
		t.parts = append(t.parts, make([]partScratch, threads-len(t.parts))...)
	}
}

func (t *matmulTask) rows() int { return t.off[t.nm] }

func (t *matmulTask) run(part, lo, hi int) {
	for i := 0; i < t.nm; i++ {
		a, b := max(lo, t.off[i]), min(hi, t.off[i+1])
		if a >= b {
			continue
		}
		m := t.mats[i]
		m.kern.run(m, t.a, a-t.off[i], b-t.off[i], t.outs[i], m.rows, &t.parts[part])
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
