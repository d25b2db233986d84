package quant

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQ8Q6KGoldenUpstream compares with upstream's quantize_row_q8_0_ref,
// quantize_row_q6_K_ref and their dequantizers compiled from the fork's
// ggml-quants.c (gcc 12 -O2 -mf16c -ffp-contract=off -DNDEBUG, x86-64) on
// the same inputs as TestTQGoldenUpstream. Dequantized outputs are compared
// by FNV-1a hash of their bits.
func TestQ8Q6KGoldenUpstream(t *testing.T) {
	tests := []struct {
		input, quant string
		quantize     func([]float32) ([]byte, error)
		dequantize   func([]byte, []float32) error
		hash         uint64
	}{
		{"weights.bin", "weights.q8_0", QuantizeQ8_0, DequantizeQ8_0, 0xaf02e3fc166237d3},
		{"nonfinite.bin", "nonfinite.q8_0", QuantizeQ8_0, DequantizeQ8_0, 0x5cc481519f5831c7},
		{"weights.bin", "weights.q6_K", QuantizeQ6K, DequantizeQ6K, 0x961c0faac35bb8d4},
		{"nonfinite.bin", "nonfinite.q6_K", QuantizeQ6K, DequantizeQ6K, 0x00c2e12c3829313c},
	}
	for _, tc := range tests {
		t.Run(tc.quant, func(t *testing.T) {
			x := floatsFromBytes(testdata(t, "golden/"+tc.input))
			want := testdata(t, "golden/"+tc.quant)
			got, err := tc.quantize(x)
			require.NoError(t, err)
			require.Equal(t, want, got)
			w := make([]float32, len(x))
			require.NoError(t, tc.dequantize(want, w))
			assert.Equal(t, tc.hash, fnvFloats(w))
		})
	}
}

func TestQ8_0Hand(t *testing.T) {
	x := make([]float32, 32)
	x[0], x[1], x[2], x[3] = 127, -63.5, 0.5, -1.5 // d = 1: roundf ties go away from zero
	b, err := QuantizeQ8_0(x)
	require.NoError(t, err)
	require.Len(t, b, 34)
	assert.Equal(t, uint16(0x3c00), binary.LittleEndian.Uint16(b))
	assert.Equal(t, []int8{127, -64, 1, -2, 0}, []int8{int8(b[2]), int8(b[3]), int8(b[4]), int8(b[5]), int8(b[6])})
	out := make([]float32, 32)
	require.NoError(t, DequantizeQ8_0(b, out))
	assert.Equal(t, []float32{127, -64, 1, -2, 0}, out[:5])

	b, err = QuantizeQ8_0(make([]float32, 64)) // zeros: d = 0, q = 0
	require.NoError(t, err)
	assert.Equal(t, make([]byte, 68), b)
}

func TestQ8_0Properties(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	for range 200 {
		n := 32 * (1 + r.IntN(20))
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64() * math.Pow(10, r.Float64()*6-3))
		}
		b, err := QuantizeQ8_0(x)
		require.NoError(t, err)
		require.Len(t, b, Q8Size(n))
		out := make([]float32, n)
		require.NoError(t, DequantizeQ8_0(b, out))
		for blk := range n / 32 {
			var amax float64
			for _, v := range x[blk*32 : blk*32+32] {
				amax = math.Max(amax, math.Abs(float64(v)))
			}
			// Half a step from rounding plus the F16 rounding of d (2^-11 relative, times 127 steps).
			tol := amax/127*0.5 + amax*math.Pow(2, -11) + 1e-30
			for i := blk * 32; i < blk*32+32; i++ {
				require.InDelta(t, x[i], out[i], tol)
			}
		}
		// Re-quantizing the dequantized values is stable.
		b2, err := QuantizeQ8_0(out)
		require.NoError(t, err)
		out2 := make([]float32, n)
		require.NoError(t, DequantizeQ8_0(b2, out2))
		requireSameBits(t, out, out2)
	}
}

func TestQ6KProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for range 30 {
		n := 256 * (1 + r.IntN(6))
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64())
		}
		b, err := QuantizeQ6K(x)
		require.NoError(t, err)
		require.Len(t, b, Q6KSize(n))
		out := make([]float32, n)
		require.NoError(t, DequantizeQ6K(b, out))
		var num, den float64
		for i := range x {
			d := float64(out[i] - x[i])
			num += d * d
			den += float64(x[i]) * float64(x[i])
		}
		rel := math.Sqrt(num / den)
		require.Less(t, rel, 0.03, "6-bit quantization of Gaussian data keeps ~1-2%% relative error")
	}
	b, err := QuantizeQ6K(make([]float32, 256))
	require.NoError(t, err)
	assert.Equal(t, make([]byte, 210), b)
}

func TestQ8Q6KErrors(t *testing.T) {
	_, err := QuantizeQ8_0(make([]float32, 33))
	assert.ErrorIs(t, err, ErrShape)
	_, err = QuantizeQ6K(make([]float32, 255))
	assert.ErrorIs(t, err, ErrShape)
	assert.ErrorIs(t, DequantizeQ8_0(make([]byte, 34), make([]float32, 64)), ErrSize)
	assert.ErrorIs(t, DequantizeQ8_0(make([]byte, 34), make([]float32, 31)), ErrSize)
	assert.ErrorIs(t, DequantizeQ6K(make([]byte, 209), make([]float32, 256)), ErrSize)
	assert.ErrorIs(t, DequantizeQ6K(make([]byte, 210), make([]float32, 128)), ErrSize)
	assert.Equal(t, 68, Q8Size(64))
	assert.Equal(t, 420, Q6KSize(512))
}

// TestAppendQuantizers: appending to a buffer whose spare capacity holds
// garbage gives the prefix followed by exactly what Quantize returns (all-zero
// blocks included), and allocates nothing when the capacity suffices.
func TestAppendQuantizers(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	x := make([]float32, 512)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	clear(x[256:]) // an all-zero Q6_K block and eight all-zero Q8_0 blocks
	tests := []struct {
		name     string
		quantize func([]float32) ([]byte, error)
		append   func([]byte, []float32) ([]byte, error)
	}{
		{"q8_0", QuantizeQ8_0, AppendQ8_0},
		{"q6_k", QuantizeQ6K, AppendQ6K},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := tc.quantize(x)
			require.NoError(t, err)
			buf := make([]byte, 3, 3+len(want))
			copy(buf, "abc")
			for i := 3; i < cap(buf); i++ {
				buf[:cap(buf)][i] = 0xa5
			}
			var got []byte
			allocs := testing.AllocsPerRun(5, func() { got, err = tc.append(buf, x) })
			require.NoError(t, err)
			assert.Zero(t, allocs)
			assert.Equal(t, append([]byte("abc"), want...), got)
			_, err = tc.append(buf, x[:17])
			require.ErrorIs(t, err, ErrShape)
		})
	}
}
