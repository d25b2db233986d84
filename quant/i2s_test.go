package quant

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestI2SLayout checks the byte layout by hand: element j at bits 7:6 of
// byte j, 32+j at 5:4, 64+j at 3:2, 96+j at 1:0; codes -1->0, 0->1, +1->2.
func TestI2SLayout(t *testing.T) {
	tr := &Ternary{Rows: 1, Cols: 256, Values: make([]int8, 256), Scales: []float32{0.5}}
	tr.Values[0] = 1    // byte 0 bits 7:6 = 2
	tr.Values[32] = -1  // byte 0 bits 5:4 = 0
	tr.Values[97] = 1   // byte 1 bits 1:0 = 2
	tr.Values[128] = -1 // block 1, byte 32 bits 7:6 = 0
	tr.Values[255] = 1  // block 1, byte 63 bits 1:0 = 2
	b, err := EncodeI2S(tr)
	require.NoError(t, err)
	require.Len(t, b, 64+32)
	assert.Equal(t, byte(0b10_00_01_01), b[0])
	assert.Equal(t, byte(0b01_01_01_10), b[1])
	assert.Equal(t, byte(0b01_01_01_01), b[2])
	assert.Equal(t, byte(0b00_01_01_01), b[32])
	assert.Equal(t, byte(0b01_01_01_10), b[63])
	assert.Equal(t, math.Float32bits(0.5), binary.LittleEndian.Uint32(b[64:]))
	assert.Equal(t, make([]byte, 28), b[68:])
	assert.Equal(t, 96, I2SSize(1, 256))
}

func TestI2SRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	shapes := testShapes(128)
	shapes = append(shapes, [2]int{2, 64}, [2]int{4, 96}, [2]int{8, 16}) // flat multiple of 128 only
	for _, sh := range shapes {
		tr := RandomTernary(r, sh[0], sh[1], 0)
		b, err := EncodeI2S(tr)
		require.NoError(t, err, "%v", sh)
		require.Len(t, b, I2SSize(sh[0], sh[1]))
		got, err := DecodeI2S(b, sh[0], sh[1])
		require.NoError(t, err)
		require.Equal(t, tr, got, "%v", sh)
		s, err := I2SScale(b, sh[0], sh[1])
		require.NoError(t, err)
		require.Equal(t, tr.Scales[0], s)

		// Dequantize gives value*scale; QuantizeI2S of that is bitnet.cpp's
		// quantizer and must give back the same bytes.
		w := make([]float32, sh[0]*sh[1])
		require.NoError(t, DequantizeI2S(b, sh[0], sh[1], w))
		for i, v := range tr.Values {
			require.Equal(t, float32(v)*tr.Scales[0], w[i])
		}
		q, err := QuantizeI2S(w, sh[0], sh[1])
		require.NoError(t, err)
		require.Equal(t, b, q, "%v", sh)
	}
}

func TestI2SUniformBlockScales(t *testing.T) {
	tr := &Ternary{Rows: 1, Cols: 256, Values: make([]int8, 256), ScaleBlock: 128, Scales: []float32{2, 2}}
	b, err := EncodeI2S(tr)
	require.NoError(t, err)
	s, err := I2SScale(b, 1, 256)
	require.NoError(t, err)
	assert.Equal(t, float32(2), s)
	tr.Scales[1] = 3
	_, err = EncodeI2S(tr)
	require.ErrorIs(t, err, ErrScale)
}

func TestI2SErrors(t *testing.T) {
	good := make([]byte, I2SSize(2, 128))
	tests := []struct {
		name       string
		data       []byte
		rows, cols int
		err        error
	}{
		{"short", good[:len(good)-1], 2, 128, ErrSize},
		{"long", append(good, 0), 2, 128, ErrSize},
		{"no tail", good[:64], 2, 128, ErrSize},
		{"not multiple of 128", make([]byte, 25+32), 1, 100, ErrShape},
		{"zero rows", good, 0, 128, ErrShape},
		{"negative", good, -2, -128, ErrShape},
		{"huge", good, math.MaxInt / 64, 128, ErrShape},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeI2S(tc.data, tc.rows, tc.cols)
			require.ErrorIs(t, err, tc.err)
			_, err = I2SScale(tc.data, tc.rows, tc.cols)
			require.ErrorIs(t, err, tc.err)
			require.Error(t, DequantizeI2S(tc.data, tc.rows, tc.cols, make([]float32, 256)))
		})
	}
	require.ErrorIs(t, DequantizeI2S(good, 2, 128, make([]float32, 255)), ErrSize)
	_, err := QuantizeI2S(make([]float32, 255), 2, 128)
	require.ErrorIs(t, err, ErrSize)
	_, err = EncodeI2S(&Ternary{Rows: 1, Cols: 100, Values: make([]int8, 100), Scales: []float32{1}})
	require.ErrorIs(t, err, ErrShape)
	_, err = EncodeI2S(&Ternary{Rows: 1, Cols: 128, Values: make([]int8, 128)})
	require.ErrorIs(t, err, ErrScale)
}

func TestI2SCode3DecodesAsZero(t *testing.T) {
	b := make([]byte, I2SSize(1, 128))
	for i := range 32 {
		b[i] = 0b11_10_01_00 // elements j, 32+j, 64+j, 96+j = code 3, 2, 1, 0
	}
	tr, err := DecodeI2S(b, 1, 128)
	require.NoError(t, err)
	for j := range 32 {
		assert.Equal(t, []int8{0, 1, 0, -1}, []int8{tr.Values[j], tr.Values[32+j], tr.Values[64+j], tr.Values[96+j]})
	}
}

func TestQuantizeI2SFromFloats(t *testing.T) {
	// Sign only: values below 1e-6 are zero, everything else +-1; the scale
	// is max|w| rounded to float32; NaN is skipped by fmax and coded -1.
	w := make([]float32, 128)
	w[0], w[1], w[2], w[3], w[4] = 0.3, -0.1, 5e-7, -9e-7, float32(math.NaN())
	w[5] = -0.7
	b, err := QuantizeI2S(w, 1, 128)
	require.NoError(t, err)
	tr, err := DecodeI2S(b, 1, 128)
	require.NoError(t, err)
	assert.Equal(t, []int8{1, -1, 0, 0, -1, -1, 0}, tr.Values[:7])
	assert.Equal(t, float32(0.7), tr.Scales[0])
}

// TestI2SGoldenBitnetCpp reads two I2_S tensors written by bitnet.cpp's own
// quantizer (extracted byte for byte from the fixture
// bitnetcpp-small/small-i2_s.gguf): the decoded scale must equal the one
// recorded in small.json, re-encoding must reproduce the code bytes and the
// scale (bitnet.cpp leaves tail bytes 4..31 uninitialised: they are not
// compared), and QuantizeI2S of the dequantized floats must too.
func TestI2SGoldenBitnetCpp(t *testing.T) {
	var meta struct {
		Scales map[string]float32 `json:"scales"`
	}
	require.NoError(t, json.Unmarshal(testdata(t, "small.json"), &meta))
	const rows, cols = 128, 512 // ne0 = 512, ne1 = 128
	for _, name := range []string{"blk.0.attn_k.weight", "blk.2.attn_v.weight"} {
		t.Run(name, func(t *testing.T) {
			data := testdata(t, name+".i2s")
			require.Len(t, data, I2SSize(rows, cols))
			n := rows * cols / 4
			require.NotEqual(t, make([]byte, 28), data[n+4:], "fixture keeps bitnet.cpp's garbage tail")

			tr, err := DecodeI2S(data, rows, cols)
			require.NoError(t, err)
			require.Equal(t, meta.Scales[name], tr.Scales[0])
			var counts [3]int
			for _, v := range tr.Values {
				counts[v+1]++
			}
			t.Logf("values -1/0/+1: %v", counts)
			for _, c := range counts {
				require.Greater(t, c, rows*cols/5, "a random ternary tensor uses every value")
			}
			for i := range n {
				for k := 0; k < 8; k += 2 {
					require.NotEqual(t, byte(3), data[i]>>k&3, "bitnet.cpp never writes code 3")
				}
			}

			enc, err := EncodeI2S(tr)
			require.NoError(t, err)
			require.Equal(t, data[:n+4], enc[:n+4])

			w := make([]float32, rows*cols)
			require.NoError(t, DequantizeI2S(data, rows, cols, w))
			q, err := QuantizeI2S(w, rows, cols)
			require.NoError(t, err)
			require.Equal(t, data[:n+4], q[:n+4])
		})
	}
}
