package cpu

// acts is a batch of activation rows quantized to int8 the way bitnet.cpp does
// before every ternary matmul.
type acts struct {
	n, cols int
	q       []int8    // n*cols
	scale   []float32 // per row: 127/max|x|
	sum     []int32   // per row: sum of q
}

func (a *acts) resize(n, cols int) {
	a.n, a.cols = n, cols
	a.q = grow(a.q, n*cols)
	a.scale = grow(a.scale, n)
	a.sum = grow(a.sum, n)
}

// matmulTask computes out[i][r] for weight rows r in [lo, hi) and every
// activation row i: each thread streams its share of the weights once.
type matmulTask struct {
	m      *ternaryMatrix
	a      *acts
	out    []float32
	stride int // floats between output rows
	k      kernels
}

func (t *matmulTask) run(_, lo, hi int) {
	m, a := t.m, t.a
	rowBytes := m.cols / 4
	if m.blockScale != nil {
		t.runBlocks(lo, hi)
		return
	}
	for r := lo; r < hi; r++ {
		row := m.codes[r*rowBytes : (r+1)*rowBytes]
		for i := 0; i < a.n; i++ {
			acc := t.k.dotI2S(row, a.q[i*a.cols:(i+1)*a.cols])
			y := finish(acc, a.sum[i], a.scale[i], m.scale)
			if m.outScale != 1 {
				y *= m.outScale
			}
			t.out[i*t.stride+r] = y
		}
	}
}

// runBlocks handles weights with one scale per 256 elements (TQ types whose
// blocks differ): y = sum_b ((acc_b - asum_b) / s) * d_b in float32, block order.
func (t *matmulTask) runBlocks(lo, hi int) {
	m, a := t.m, t.a
	rowBytes := m.cols / 4
	nb := m.cols / blockScaleLen
	for r := lo; r < hi; r++ {
		row := m.codes[r*rowBytes : (r+1)*rowBytes]
		for i := 0; i < a.n; i++ {
			q := a.q[i*a.cols : (i+1)*a.cols]
			var y float32
			for b := 0; b < nb; b++ {
				qb := q[b*blockScaleLen : (b+1)*blockScaleLen]
				acc := t.k.dotI2S(row[b*blockScaleLen/4:(b+1)*blockScaleLen/4], qb)
				var asum int32
				for _, v := range qb {
					asum += int32(v)
				}
				y += float32(float32(acc-asum)/a.scale[i]) * m.blockScale[r*nb+b]
			}
			if m.outScale != 1 {
				y *= m.outScale
			}
			t.out[i*t.stride+r] = y
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
