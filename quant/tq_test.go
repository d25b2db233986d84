package quant

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tqFormat struct {
	name       string
	size       func(rows, cols int) int
	encode     func(*Ternary) ([]byte, error)
	decode     func([]byte, int, int) (*Ternary, error)
	quantize   func([]float32, int, int) ([]byte, error)
	dequantize func([]byte, int, int, []float32) error
	blockBytes int
}

var tqFormats = []tqFormat{
	{"TQ2_0", TQ2Size, EncodeTQ2, DecodeTQ2, QuantizeTQ2, DequantizeTQ2, 66},
	{"TQ1_0", TQ1Size, EncodeTQ1, DecodeTQ1, QuantizeTQ1, DequantizeTQ1, 54},
}

func TestTQRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for _, f := range tqFormats {
		t.Run(f.name, func(t *testing.T) {
			for _, sh := range testShapes(256) {
				tr := RandomTernary(r, sh[0], sh[1], 256)
				b, err := f.encode(tr)
				require.NoError(t, err)
				require.Len(t, b, f.size(sh[0], sh[1]))
				require.Len(t, b, sh[0]*sh[1]/256*f.blockBytes)
				got, err := f.decode(b, sh[0], sh[1])
				require.NoError(t, err)
				require.Equal(t, tr, got, "%v", sh)

				// Dequantized floats are ternary*d; the upstream quantizer must
				// give back the very same bytes (every block has a non-zero
				// weight with overwhelming probability; zero blocks get d = 0).
				w := make([]float32, sh[0]*sh[1])
				require.NoError(t, f.dequantize(b, sh[0], sh[1], w))
				for i, v := range tr.Values {
					require.Equal(t, float32(v)*tr.Scales[i/256], w[i])
				}
				q, err := f.quantize(w, sh[0], sh[1])
				require.NoError(t, err)
				require.Equal(t, b, q, "%v", sh)
			}
		})
	}
}

// TestTQQuantizeTernaryTimesD: QuantizeTQ of ternary*d floats (d an F16
// value, at least one |w| = d per block) decodes back exactly.
func TestTQQuantizeTernaryTimesD(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	for _, f := range tqFormats {
		for range 20 {
			rows, cols := 1+r.IntN(6), 256*(1+r.IntN(4))
			tr := RandomTernary(r, rows, cols, 256)
			for b := range tr.Scales {
				tr.Values[b*256+r.IntN(256)] = 1 // make d the block's absmax
			}
			w := make([]float32, rows*cols)
			for i, v := range tr.Values {
				w[i] = float32(v) * tr.Scales[i/256]
			}
			b, err := f.quantize(w, rows, cols)
			require.NoError(t, err)
			got, err := f.decode(b, rows, cols)
			require.NoError(t, err)
			require.Equal(t, tr, got, f.name)
		}
	}
}

func TestTQBroadcastScale(t *testing.T) {
	for _, f := range tqFormats {
		tr := &Ternary{Rows: 2, Cols: 512, Values: make([]int8, 1024), Scales: []float32{0.1}}
		tr.Values[5] = 1
		b, err := f.encode(tr)
		require.NoError(t, err)
		got, err := f.decode(b, 2, 512)
		require.NoError(t, err)
		h := F16ToF32(F32ToF16(0.1)) // scales are rounded to F16
		assert.Equal(t, []float32{h, h, h, h}, got.Scales)
		assert.Equal(t, 256, got.ScaleBlock)
		assert.Equal(t, tr.Values, got.Values)

		tr.ScaleBlock, tr.Scales = 128, make([]float32, 8)
		_, err = f.encode(tr)
		assert.ErrorIs(t, err, ErrScale, f.name)
	}
}

// TestTQ2Layout checks TQ2_0 by hand: within each 128 half, byte m holds
// element m+32n at bits 2n+1:2n; code = value+1; d last.
func TestTQ2Layout(t *testing.T) {
	tr := &Ternary{Rows: 1, Cols: 256, Values: make([]int8, 256), ScaleBlock: 256, Scales: []float32{0.5}}
	tr.Values[0] = 1     // byte 0 bits 1:0 = 2
	tr.Values[32] = -1   // byte 0 bits 3:2 = 0
	tr.Values[97] = 1    // byte 1 bits 7:6 = 2
	tr.Values[128+3] = 1 // byte 35 bits 1:0 = 2
	b, err := EncodeTQ2(tr)
	require.NoError(t, err)
	assert.Equal(t, byte(0b01_01_00_10), b[0])
	assert.Equal(t, byte(0b10_01_01_01), b[1])
	assert.Equal(t, byte(0b01_01_01_10), b[35])
	assert.Equal(t, byte(0x55), b[2])
	assert.Equal(t, uint16(0x3800), binary.LittleEndian.Uint16(b[64:]))
}

// TestTQ1Layout checks TQ1_0 by hand on upstream's base-3 packing.
func TestTQ1Layout(t *testing.T) {
	tr := &Ternary{Rows: 1, Cols: 256, Values: make([]int8, 256), ScaleBlock: 256, Scales: []float32{1}}
	// All zero values: digits all 1. 11111 base 3 = 121 -> ceil(121*256/243) = 128.
	b, err := EncodeTQ1(tr)
	require.NoError(t, err)
	for i := range 48 {
		assert.Equal(t, byte(128), b[i])
	}
	// qh: 1111 base 3 = 40, times 3 = 120 -> ceil(120*256/243) = 127.
	for i := 48; i < 52; i++ {
		assert.Equal(t, byte(127), b[i])
	}
	assert.Equal(t, uint16(0x3c00), binary.LittleEndian.Uint16(b[52:]))

	// Element 0 is the most significant digit of qs[0]; element 32 the next.
	tr.Values[0], tr.Values[32] = 1, -1 // digits 2,0,1,1,1 = 2*81+0+9+3+1 = 175
	tr.Values[160+15+16] = 1            // qs[47] digit 1: 1,2,1,1,1 = 81+54+9+3+1 = 148
	tr.Values[240+3+12] = -1            // qh[3] digit 3: 1,1,1,0 -> 39*3 = 117
	b, err = EncodeTQ1(tr)
	require.NoError(t, err)
	assert.Equal(t, byte((175*256+242)/243), b[0])
	assert.Equal(t, byte((148*256+242)/243), b[47])
	assert.Equal(t, byte((117*256+242)/243), b[51])
	got, err := DecodeTQ1(b, 1, 256)
	require.NoError(t, err)
	assert.Equal(t, tr.Values, got.Values)
}

func TestTQ1AnyByteDecodes(t *testing.T) {
	// Every byte value decodes to digits 0..2 (upstream's formula), and
	// canonical bytes (what the encoder writes) decode to their digits.
	for b := range 256 {
		for n := range 5 {
			d := tq1Digits[b][n]
			require.True(t, d >= 0 && d <= 2)
		}
	}
	for v := range 243 {
		digits := []int32{int32(v / 81 % 3), int32(v / 27 % 3), int32(v / 9 % 3), int32(v / 3 % 3), int32(v % 3)}
		b := tq1Pack(digits)
		for n, d := range digits {
			require.Equal(t, int8(d), tq1Digits[b][n], "value %d digit %d", v, n)
		}
	}
}

func TestTQ2Code3(t *testing.T) {
	b := make([]byte, 66)
	for i := range 64 {
		b[i] = 0x55
	}
	b[10] = 0x57 // element 10 gets code 3
	binary.LittleEndian.PutUint16(b[64:], 0x3c00)
	_, err := DecodeTQ2(b, 1, 256)
	require.ErrorIs(t, err, ErrNotTernary)
	w := make([]float32, 256)
	require.NoError(t, DequantizeTQ2(b, 1, 256, w))
	assert.Equal(t, float32(2), w[10], "upstream dequantizes code 3 as +2d")
	assert.Equal(t, float32(0), w[11])
}

func TestTQErrors(t *testing.T) {
	for _, f := range tqFormats {
		good := make([]byte, f.size(2, 256))
		_, err := f.decode(good[:len(good)-1], 2, 256)
		assert.ErrorIs(t, err, ErrSize, f.name)
		_, err = f.decode(good, 2, 128)
		assert.ErrorIs(t, err, ErrShape, f.name)
		_, err = f.decode(good, 0, 256)
		assert.ErrorIs(t, err, ErrShape, f.name)
		_, err = f.decode(good, math.MaxInt/256, 256)
		assert.ErrorIs(t, err, ErrShape, f.name)
		assert.ErrorIs(t, f.dequantize(good, 2, 256, make([]float32, 511)), ErrSize, f.name)
		assert.ErrorIs(t, f.dequantize(good, 1, 256, make([]float32, 256)), ErrSize, f.name)
		_, err = f.quantize(make([]float32, 256), 2, 256)
		assert.ErrorIs(t, err, ErrSize, f.name)
		_, err = f.quantize(make([]float32, 384), 1, 384)
		assert.ErrorIs(t, err, ErrShape, f.name)
		_, err = f.encode(&Ternary{Rows: 1, Cols: 256, Values: make([]int8, 255), Scales: []float32{1}})
		assert.ErrorIs(t, err, ErrSize, f.name)
	}
}

// TestTQGoldenUpstream compares with upstream's quantize_row_tq{1,2}_0_ref
// and dequantize_row_tq{1,2}_0 compiled from the fork's ggml-quants.c (gcc
// 12, x86-64 with F16C) on 16 blocks of varied data (Gaussian, ternary*d,
// zeros, outliers, subnormals, huge values) and on data with NaN and
// infinities (glibc lroundf behaviour). Dequantized outputs are compared by
// FNV-1a hash of their bits.
func TestTQGoldenUpstream(t *testing.T) {
	tests := []struct {
		input, quant string
		f            tqFormat
		hash         uint64
	}{
		{"weights.bin", "weights.tq2_0", tqFormats[0], 0xf00c5495823dc819},
		{"weights.bin", "weights.tq1_0", tqFormats[1], 0xf00c5495823dc819},
		{"nonfinite.bin", "nonfinite.tq2_0", tqFormats[0], 0x9cd5a46a3f1f8dcf},
		{"nonfinite.bin", "nonfinite.tq1_0", tqFormats[1], 0x9cd5a46a3f1f8dcf},
	}
	for _, tc := range tests {
		t.Run(tc.quant, func(t *testing.T) {
			x := floatsFromBytes(testdata(t, "golden/"+tc.input))
			want := testdata(t, "golden/"+tc.quant)
			got, err := tc.f.quantize(x, 1, len(x))
			require.NoError(t, err)
			require.Equal(t, want, got)
			w := make([]float32, len(x))
			require.NoError(t, tc.f.dequantize(want, 1, len(x), w))
			assert.Equal(t, tc.hash, fnvFloats(w))
		})
	}
}
