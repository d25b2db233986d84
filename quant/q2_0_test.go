package quant

import (
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQ2_0Layout checks one hand-built block against the layout: F16 d, then
// element j at bits 2(j%4).. of byte j/4, value (code-1)*d.
func TestQ2_0Layout(t *testing.T) {
	blk := make([]byte, 18)
	binary.LittleEndian.PutUint16(blk, F32ToF16(0.5))
	// elements 0..3 in byte 0: codes 0, 1, 2, 3 -> 0b11_10_01_00
	blk[2] = 0xE4
	for j := 4; j < 64; j++ {
		blk[2+j/4] |= 1 << (2 * (j % 4)) // code 1: zero
	}
	out := make([]float32, 64)
	require.NoError(t, DequantizeQ2_0(blk, 1, 64, out))
	assert.Equal(t, []float32{-0.5, 0, 0.5, 1}, out[:4])
	for _, v := range out[4:] {
		assert.Zero(t, v)
	}
	_, err := DecodeQ2_0(blk, 1, 64)
	assert.True(t, errors.Is(err, ErrNotTernary), err)
	assert.Equal(t, 18, Q2Size(64))
}

// TestQ2_0Quantize: ggml's rule on hand-picked values (absmax scale,
// round half away from zero, code 3 for values near 2d cannot occur since
// |x| <= d), and the round trip of ternary weights.
func TestQ2_0Quantize(t *testing.T) {
	w := make([]float32, 64)
	w[0], w[1], w[2], w[3], w[4] = 0.8, -0.8, 0.4, -0.4, 0.39
	enc, err := QuantizeQ2_0(w, 1, 64)
	require.NoError(t, err)
	assert.Equal(t, F32ToF16(0.8), binary.LittleEndian.Uint16(enc))
	// 0.4/0.8 = 0.5 rounds away from zero to 1; 0.39/0.8 rounds to 0.
	codes := []byte{2, 0, 2, 0, 1}
	for j, c := range codes {
		assert.Equal(t, c, q2Code(enc, j), "element %d", j)
	}

	r := rand.New(rand.NewPCG(1, 2))
	tern := RandomTernary(r, 3, 128, 64)
	enc, err = EncodeQ2_0(tern)
	require.NoError(t, err)
	back, err := DecodeQ2_0(enc, 3, 128)
	require.NoError(t, err)
	assert.Equal(t, tern.Values, back.Values)
	assert.Equal(t, tern.Scales, back.Scales) // RandomTernary's block scales are F16-exact
	// Dequantized ternary floats quantize back to the same bytes when every
	// block holds its scale at least once.
	f := make([]float32, 3*128)
	require.NoError(t, DequantizeQ2_0(enc, 3, 128, f))
	for b := range 6 {
		f[b*64] = tern.Scales[b]
	}
	enc2, err := QuantizeQ2_0(f, 3, 128)
	require.NoError(t, err)
	f2 := make([]float32, len(f))
	require.NoError(t, DequantizeQ2_0(enc2, 3, 128, f2))
	assert.Equal(t, f, f2)

	_, err = QuantizeQ2_0(make([]float32, 96), 1, 96)
	assert.True(t, errors.Is(err, ErrShape), err)
	assert.True(t, errors.Is(DequantizeQ2_0(enc[:17], 1, 64, out64()), ErrSize))
	nan := make([]float32, 64)
	nan[3] = float32(math.NaN())
	nan[4] = 1
	enc, err = QuantizeQ2_0(nan, 1, 64)
	require.NoError(t, err)
	assert.Equal(t, byte(1), q2Code(enc, 3))
}

func out64() []float32 { return make([]float32, 64) }

// FuzzQ2_0: any block bytes dequantize without panic to (code-1)*d, decode
// either fails with ErrNotTernary (a code 3) or round-trips through
// EncodeQ2_0 to the same bytes.
func FuzzQ2_0(f *testing.F) {
	f.Add(make([]byte, 18))
	f.Add([]byte("\x00\x3c\xe4\x55\x55\x55\x55\x55\x55\x55\x55\x55\x55\x55\x55\x55\x55\xaa"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		n := len(raw) / 18
		if n == 0 {
			return
		}
		data := raw[:n*18]
		out := make([]float32, n*64)
		if err := DequantizeQ2_0(data, 1, n*64, out); err != nil {
			t.Fatal(err)
		}
		for b := range n {
			d := F16ToF32(binary.LittleEndian.Uint16(data[b*18:]))
			for j := range 64 {
				want := float32(int(q2Code(data[b*18:], j))-1) * d
				got := out[b*64+j]
				if math.Float32bits(got) != math.Float32bits(want) && !(got != got && want != want) {
					t.Fatalf("block %d element %d: %v, want %v", b, j, got, want)
				}
			}
		}
		tern, err := DecodeQ2_0(data, 1, n*64)
		if err != nil {
			if !errors.Is(err, ErrNotTernary) {
				t.Fatal(err)
			}
			return
		}
		// Scales that are NaN payloads or F16 values that do not survive a
		// float32 round trip bit for bit are compared by their F16 bits.
		enc, err := EncodeQ2_0(tern)
		if err != nil {
			t.Fatal(err)
		}
		for b := range n {
			if h := binary.LittleEndian.Uint16(data[b*18:]); F16ToF32(h) != F16ToF32(h) {
				copy(enc[b*18:b*18+2], data[b*18:b*18+2]) // NaN: any payload is NaN
			}
		}
		if string(enc) != string(data) {
			t.Fatalf("round trip changed the bytes")
		}
	})
}
