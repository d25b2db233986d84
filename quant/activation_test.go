package quant

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refQuantizeActivations is an independent, straightforward float64 version
// of quantize_row_i8_s for finite input: the float32 product x*s is exact in
// float64 and then rounded to float32, as C computes it.
func refQuantizeActivations(x []float32) (float32, int32, []int8) {
	m := 1e-5
	for _, v := range x {
		m = math.Max(m, math.Abs(float64(v)))
	}
	s := float32(127 / m)
	q := make([]int8, len(x))
	var sum int32
	for i, v := range x {
		p := float64(float32(float64(v) * float64(s)))
		r := math.Max(-128, math.Min(127, math.RoundToEven(p)))
		q[i] = int8(r)
		sum += int32(r)
	}
	return s, sum, q
}

func TestQuantizeActivationsTies(t *testing.T) {
	// max 127 gives s = 1 exactly, so x.5 values are exact ties: half to even.
	x := []float32{127, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 126.5, -126.5, 3.4999998, 0.49999997}
	want := []int8{127, 0, 2, 2, 0, -2, -2, 126, -126, 3, 0}
	q := make([]int8, len(x))
	s, sum := QuantizeActivations(x, q)
	assert.Equal(t, float32(1), s)
	assert.Equal(t, want, q)
	var ws int32
	for _, v := range want {
		ws += int32(v)
	}
	assert.Equal(t, ws, sum)

	// max 63.5 gives s = 2: x.25 and x.75 land on ties.
	x = []float32{-63.5, 0.25, 0.75, 1.25, -0.25, -0.75}
	q = make([]int8, len(x))
	s, _ = QuantizeActivations(x, q)
	assert.Equal(t, float32(2), s)
	assert.Equal(t, []int8{-127, 0, 2, 2, 0, -2}, q)
}

func TestQuantizeActivationsSmall(t *testing.T) {
	// All |x| below 1e-5: the floor sets the scale, values stay tiny.
	x := []float32{0, 1e-6, -5e-6, 1e-5}
	q := make([]int8, 4)
	s, sum := QuantizeActivations(x, q)
	assert.Equal(t, float32(127/1e-5), s)
	assert.Equal(t, []int8{0, 13, -64, 127}, q)
	assert.Equal(t, int32(76), sum)
	// Empty input.
	s, sum = QuantizeActivations(nil, nil)
	assert.Equal(t, float32(127/1e-5), s)
	assert.Zero(t, sum)
}

func TestQuantizeActivationsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		n := 1 + r.IntN(600)
		x := make([]float32, n)
		scale := math.Pow(10, r.Float64()*12-6)
		for i := range x {
			x[i] = float32(r.NormFloat64() * scale)
			if r.IntN(10) == 0 {
				x[i] = float32(math.Round(r.NormFloat64()*50) + 0.5) // tie candidates
			}
		}
		ws, wsum, wq := refQuantizeActivations(x)
		q := make([]int8, n+3) // longer q is allowed
		s, sum := QuantizeActivations(x, q)
		require.Equal(t, math.Float32bits(ws), math.Float32bits(s))
		require.Equal(t, wsum, sum)
		require.Equal(t, wq, q[:n])
	}
}

// TestQuantizeActivationsGolden compares with bitnet.cpp's own
// quantize_row_i8_s (compiled from the fork's ggml-quants.c) on 16 rows of
// 256 values built to hit ties, the 1e-5 floor, subnormals and huge values.
// Row layout in acts.i8s: float32 scale, int32 sum, 256 int8.
func TestQuantizeActivationsGolden(t *testing.T) {
	x := floatsFromBytes(testdata(t, "golden/acts.bin"))
	want := testdata(t, "golden/acts.i8s")
	const n = 256
	require.Len(t, want, len(x)/n*(8+n))
	q := make([]int8, n)
	for r := range len(x) / n {
		w := want[r*(8+n):]
		s, sum := QuantizeActivations(x[r*n:(r+1)*n], q)
		require.Equal(t, binary.LittleEndian.Uint32(w), math.Float32bits(s), "row %d scale", r)
		require.Equal(t, int32(binary.LittleEndian.Uint32(w[4:])), sum, "row %d sum", r)
		for i := range n {
			require.Equal(t, int8(w[8+i]), q[i], "row %d element %d", r, i)
		}
	}
}

func TestQuantizeActivationsNonFinite(t *testing.T) {
	inf := float32(math.Inf(1))
	nan := float32(math.NaN())
	q := make([]int8, 3)
	s, sum := QuantizeActivations([]float32{1, inf, -2}, q)
	assert.Zero(t, s)
	assert.Zero(t, sum)
	assert.Equal(t, []int8{0, 0, 0}, q)
	// NaN replaces the running max (C MAX), the next element replaces it:
	// max becomes 1, so 100 clamps to 127.
	s, _ = QuantizeActivations([]float32{100, nan, 1}, q)
	assert.Equal(t, float32(127), s)
	assert.Equal(t, int8(127), q[0])
	assert.Equal(t, int8(127), q[2])
	// A trailing NaN makes the scale NaN; nothing panics and q stays in range.
	s, _ = QuantizeActivations([]float32{1, nan}, q)
	assert.True(t, s != s)
}

func TestQuantizeActivationsPanicsOnShortQ(t *testing.T) {
	assert.Panics(t, func() { QuantizeActivations(make([]float32, 4), make([]int8, 3)) })
}

func TestNearestInt(t *testing.T) {
	tests := []struct {
		f    float32
		want int32
	}{
		{0.5, 0}, {1.5, 2}, {2.5, 2}, {-0.5, 0}, {-2.5, -2}, {4194303, 4194303}, {-4194303, -4194303},
		{0.49999997, 0}, {-1.2, -1}, {126.7, 127},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, nearestInt(tc.f), "%g", tc.f)
	}
	// Outside ggml's asserted range the bit trick wraps; it must not panic.
	for _, f := range []float32{float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 1e30, -1e30} {
		v := nearestInt(f)
		assert.True(t, v >= -0x400000 && v < 0x400000)
	}
}
