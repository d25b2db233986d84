package quant

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDotTernaryInt8(t *testing.T) {
	assert.Equal(t, int32(0), DotTernaryInt8(nil, nil))
	assert.Equal(t, int32(127+128-5), DotTernaryInt8([]int8{1, -1, 0, 1}, []int8{127, -128, 99, -5}))
	w := make([]int8, 5000)
	q := make([]int8, 5000)
	for i := range w {
		w[i], q[i] = -1, -128
	}
	assert.Equal(t, int32(640000), DotTernaryInt8(w, q))
	assert.Panics(t, func() { DotTernaryInt8(w, q[:1]) })
}

// TestMatMulRefHand works a tiny case by hand. x = [127, -63.5, 1, 0.5] has
// max 127, so s = 1 and q = [127, -64, 1, 0] (ties to even), asum = 64.
func TestMatMulRefHand(t *testing.T) {
	x := []float32{127, -63.5, 1, 0.5}
	tr := &Ternary{Rows: 3, Cols: 4, Values: []int8{
		1, 1, 1, 1, //   127-64+1+0 = 64
		-1, 1, 0, 0, // -127-64     = -191
		0, -1, 0, 1, //  64
	}, Scales: []float32{0.5}}
	y := make([]float32, 3)
	MatMulRef(tr, x, 1, y)
	assert.Equal(t, []float32{32, -95.5, 32}, y)

	// Block scales: blocks of 2 columns, scales per (row, block).
	tr.ScaleBlock, tr.Scales = 2, []float32{1, 2, 0.5, 4, 3, 0.25}
	MatMulRef(tr, x, 1, y)
	// row 0: (127-64)*1 + (1+0)*2 = 65; row 1: -191*0.5 + 0 = -95.5; row 2: 64*3 + 0*0.25 = 192.
	assert.Equal(t, []float32{65, -95.5, 192}, y)
}

// TestMatMulRefMatchesBitnetExpression recomputes y from the I2_S bytes the
// way bitnet.cpp does: acc = I2SDotCodes, y = ((acc - asum)/s)*scale.
func TestMatMulRefMatchesBitnetExpression(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	for _, sh := range testShapes(128) {
		tr := RandomTernary(r, sh[0], sh[1], 0)
		data, err := EncodeI2S(tr)
		require.NoError(t, err)
		const batch = 3
		x := make([]float32, batch*sh[1])
		for i := range x {
			x[i] = float32(r.NormFloat64())
		}
		y := make([]float32, batch*sh[0])
		MatMulRef(tr, x, batch, y)
		q := make([]int8, sh[1])
		rowBytes := sh[1] / 4
		for b := range batch {
			s, asum := QuantizeActivations(x[b*sh[1]:(b+1)*sh[1]], q)
			for row := range sh[0] {
				acc := I2SDotCodes(data[row*rowBytes:(row+1)*rowBytes], q)
				require.Equal(t, DotTernaryInt8(tr.Values[row*sh[1]:(row+1)*sh[1]], q)+asum, acc)
				want := float32(float32(float32(float32(acc)-float32(asum))/s) * tr.Scales[0])
				require.Equal(t, math.Float32bits(want), math.Float32bits(y[b*sh[0]+row]))
			}
		}
	}
}

// TestMatMulRefAgainstFloat64: with activations that are already integers
// in [-127, 127] including one of magnitude 127, quantization is exact (s = 1)
// and MatMulRef must equal the float64 product up to float32 rounding.
func TestMatMulRefAgainstFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for _, sb := range []int{0, 256, 128} {
		for _, sh := range testShapes(256) {
			tr := RandomTernary(r, sh[0], sh[1], sb)
			x := make([]float32, sh[1])
			x64 := make([]float64, sh[1])
			for i := range x {
				x[i] = float32(r.IntN(255) - 127)
				x64[i] = float64(x[i])
			}
			x[0], x64[0] = 127, 127
			y := make([]float32, sh[0])
			MatMulRef(tr, x, 1, y)
			want := MatMulFloat64(tr, x64)
			for i := range y {
				// The integer dot products are exact and s = 1, so the only
				// errors are float32 roundings: one per block term (relative
				// 2^-24) and one per float32 addition, bounded by
				// (terms+1) * 2^-24 * Σ|term|.
				terms, sumAbs := 1, 0.0
				for c := range sh[1] {
					sumAbs += math.Abs(float64(tr.Values[i*sh[1]+c]) * float64(tr.Scale(i, c)) * x64[c])
				}
				if sb != 0 {
					terms = sh[1] / sb
				}
				tol := float64(terms+1) * math.Pow(2, -24) * sumAbs
				require.InDelta(t, want[i], float64(y[i]), tol, "scale block %d shape %v row %d", sb, sh, i)
			}
		}
	}
}

// TestMatMulRefQuantizationError: for Gaussian activations the int8
// quantization error stays small relative to the float64 product.
func TestMatMulRefQuantizationError(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	tr := RandomTernary(r, 64, 2560, 0)
	x := make([]float32, 2560)
	x64 := make([]float64, 2560)
	for i := range x {
		x[i] = float32(r.NormFloat64())
		x64[i] = float64(x[i])
	}
	y := make([]float32, 64)
	MatMulRef(tr, x, 1, y)
	want := MatMulFloat64(tr, x64)
	var num, den float64
	for i := range y {
		d := float64(y[i]) - want[i]
		num += d * d
		den += want[i] * want[i]
	}
	rel := math.Sqrt(num / den)
	t.Logf("relative error of int8 activations vs float64: %.3g", rel)
	assert.Less(t, rel, 0.02)
	assert.Greater(t, rel, 1e-5, "activation quantization is lossy for Gaussian input")
}

func TestMatMulPanics(t *testing.T) {
	tr := &Ternary{Rows: 2, Cols: 128, Values: make([]int8, 256), Scales: []float32{1}}
	assert.Panics(t, func() { MatMulRef(tr, make([]float32, 127), 1, make([]float32, 2)) })
	assert.Panics(t, func() { MatMulRef(tr, make([]float32, 128), 1, make([]float32, 3)) })
	assert.Panics(t, func() { MatMulRef(&Ternary{}, nil, 0, nil) })
	assert.Panics(t, func() { MatMulFloat64(tr, make([]float64, 3)) })
	assert.Panics(t, func() { I2SDotCodes(make([]byte, 32), make([]int8, 127)) })
	assert.NotPanics(t, func() { MatMulRef(tr, nil, 0, nil) })
}

func TestI2SDotCodesCode3(t *testing.T) {
	row := make([]byte, 32)
	row[0] = 0b11_00_00_00 // element 0 has code 3, the rest code 0
	q := make([]int8, 128)
	q[0], q[1] = 10, 1
	// bitnet.cpp's kernel: 3*10 + 0*1 = 30.
	assert.Equal(t, int32(30), I2SDotCodes(row, q))
}

func BenchmarkMatMulRef(b *testing.B) {
	r := rand.New(rand.NewPCG(29, 30))
	// One 2B-model attn_q-sized matmul for one token: 2560x2560.
	tr := RandomTernary(r, 2560, 2560, 0)
	x := make([]float32, 2560)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	y := make([]float32, 2560)
	b.SetBytes(int64(I2SSize(2560, 2560)))
	for b.Loop() {
		MatMulRef(tr, x, 1, y)
	}
}

func BenchmarkI2SDotCodes(b *testing.B) {
	r := rand.New(rand.NewPCG(31, 32))
	tr := RandomTernary(r, 2560, 2560, 0)
	data, _ := EncodeI2S(tr)
	q := make([]int8, 2560)
	for i := range q {
		q[i] = int8(r.IntN(256) - 128)
	}
	b.SetBytes(int64(len(data)))
	var sink int32
	for b.Loop() {
		for row := range 2560 {
			sink += I2SDotCodes(data[row*640:(row+1)*640], q)
		}
	}
	_ = sink
}
