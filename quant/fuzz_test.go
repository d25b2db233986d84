package quant

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// Fuzz targets: decoders must never panic on arbitrary bytes and shapes, and
// whatever they accept must round-trip.

func FuzzDecodeI2S(f *testing.F) {
	f.Add(make([]byte, 64), 1, 128)
	f.Add(make([]byte, 96), 1, 256)
	f.Add([]byte{0xff, 0x1b, 0xe4}, 3, -5)
	f.Add(make([]byte, 160), 2, 256)
	f.Fuzz(func(t *testing.T, data []byte, rows, cols int) {
		checkI2S(t, data, rows, cols)
		if len(data) >= 32 && (len(data)-32)%32 == 0 && len(data) > 32 {
			checkI2S(t, data, 1, (len(data)-32)*4)
		}
	})
}

func checkI2S(t *testing.T, data []byte, rows, cols int) {
	tr, err := DecodeI2S(data, rows, cols)
	s, serr := I2SScale(data, rows, cols)
	out := make([]float32, max(0, min(rows*cols, 1<<16)))
	derr := DequantizeI2S(data, rows, cols, out)
	if err != nil {
		require.Error(t, serr)
		require.Error(t, derr)
		return
	}
	require.NoError(t, serr)
	require.NoError(t, tr.Validate())
	require.Equal(t, math.Float32bits(tr.Scales[0]), math.Float32bits(s))
	if derr == nil {
		for i, v := range tr.Values {
			require.Equal(t, math.Float32bits(float32(v)*s), math.Float32bits(out[i]))
		}
	}
	enc, err := EncodeI2S(tr)
	require.NoError(t, err)
	n := rows * cols / 4
	require.Equal(t, data[n:n+4], enc[n:n+4])
	for i := range n {
		// Code 3 re-encodes as 1 (zero); every other code is kept.
		want := data[i]
		for k := 0; k < 8; k += 2 {
			if want>>k&3 == 3 {
				want &^= 2 << k
			}
		}
		require.Equal(t, want, enc[i], "byte %d", i)
	}
}

func FuzzDecodeTQ2(f *testing.F) {
	f.Add(make([]byte, 66), 1, 256)
	f.Add(make([]byte, 132), 2, 256)
	f.Add([]byte{1, 2, 3}, 1, 1)
	f.Fuzz(func(t *testing.T, data []byte, rows, cols int) {
		checkTQ(t, tqFormats[0], data, rows, cols)
		if len(data) > 0 && len(data)%66 == 0 {
			checkTQ(t, tqFormats[0], data, 1, len(data)/66*256)
		}
	})
}

func FuzzDecodeTQ1(f *testing.F) {
	f.Add(make([]byte, 54), 1, 256)
	f.Add(make([]byte, 108), 1, 512)
	f.Add([]byte{1, 2, 3}, 1, 1)
	f.Fuzz(func(t *testing.T, data []byte, rows, cols int) {
		checkTQ(t, tqFormats[1], data, rows, cols)
		if len(data) > 0 && len(data)%54 == 0 {
			checkTQ(t, tqFormats[1], data, 1, len(data)/54*256)
		}
	})
}

func checkTQ(t *testing.T, f tqFormat, data []byte, rows, cols int) {
	tr, err := f.decode(data, rows, cols)
	out := make([]float32, max(0, min(rows*cols, 1<<16)))
	derr := f.dequantize(data, rows, cols, out)
	if err != nil {
		return
	}
	require.NoError(t, tr.Validate())
	if derr == nil {
		for i, v := range tr.Values {
			require.Equal(t, math.Float32bits(float32(v)*tr.Scales[i/256]), math.Float32bits(out[i]))
		}
	}
	enc, err := f.encode(tr)
	require.NoError(t, err)
	again, err := f.decode(enc, rows, cols)
	require.NoError(t, err)
	require.Equal(t, tr.Values, again.Values)
	want := append([]byte(nil), data...)
	for b := range tr.Scales {
		off := (b+1)*f.blockBytes - 2
		h := binary.LittleEndian.Uint16(data[off:])
		if h&0x7c00 == 0x7c00 && h&0x3ff != 0 {
			binary.LittleEndian.PutUint16(want[off:], h|0x200) // a NaN scale comes back quiet
		}
		require.Equal(t, want[off:off+2], enc[off:off+2])
	}
	if f.name == "TQ2_0" {
		require.Equal(t, want, enc, "TQ2_0 accepts only canonical data")
	}
}

func FuzzDequantizeQ8_0(f *testing.F) {
	f.Add(make([]byte, 34))
	f.Add([]byte{0x00, 0x3c, 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data) / 34 * 32
		out := make([]float32, n)
		if len(data)%34 != 0 {
			require.Error(t, DequantizeQ8_0(data, out))
			return
		}
		require.NoError(t, DequantizeQ8_0(data, out))
		for i := range out {
			b := i / 32
			d := F16ToF32(binary.LittleEndian.Uint16(data[b*34:]))
			require.Equal(t, math.Float32bits(float32(int8(data[b*34+2+i%32]))*d), math.Float32bits(out[i]))
		}
		require.Error(t, DequantizeQ8_0(data, make([]float32, n+32)))
	})
}

func FuzzDequantizeQ6K(f *testing.F) {
	f.Add(make([]byte, 210))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data) / 210 * 256
		out := make([]float32, n)
		err := DequantizeQ6K(data, out)
		if len(data)%210 != 0 {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		// Every output is d * scale * q with q in -32..31.
		for i, v := range out {
			b := data[i/256*210:]
			d := F16ToF32(binary.LittleEndian.Uint16(b[208:]))
			if d != d || math.IsInf(float64(d), 0) || v == 0 {
				continue
			}
			k := float64(v) / float64(d)
			require.LessOrEqual(t, math.Abs(k), 128*32*1.0001, "index %d", i)
		}
	})
}

func FuzzQuantizeActivations(f *testing.F) {
	f.Add([]byte{0, 0, 0x80, 0x3f, 0, 0, 0, 0xbf})
	f.Add([]byte{0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x7f, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		x := floatsFromBytes(data)
		q := make([]int8, len(x))
		s, sum := QuantizeActivations(x, q)
		var total int32
		for _, v := range q {
			total += int32(v)
		}
		require.Equal(t, total, sum)
		for _, v := range x {
			if v != v || math.IsInf(float64(v), 0) {
				return
			}
		}
		ws, wsum, wq := refQuantizeActivations(x)
		require.Equal(t, math.Float32bits(ws), math.Float32bits(s))
		require.Equal(t, wsum, sum)
		require.Equal(t, wq, q)
	})
}

// FuzzQuantizers feeds arbitrary floats to every quantizer: no panics, right
// sizes, and for finite input the ternary formats decode.
func FuzzQuantizers(f *testing.F) {
	f.Add([]byte{0, 0, 0x80, 0x3f, 0, 0, 0, 0xbf}, uint8(0))
	f.Add([]byte{0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x7f}, uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, rows uint8) {
		x := floatsFromBytes(data)
		finite := true
		for _, v := range x {
			finite = finite && !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0)
		}
		r := int(rows%4) + 1
		n := r * 256
		w := make([]float32, n)
		for i := range w {
			if len(x) > 0 {
				w[i] = x[i%len(x)]
			}
		}
		// The Append forms write over stale capacity and must give the same bytes.
		dirty := func(k int) []byte { return bytes.Repeat([]byte{0xa5}, k)[:0] }
		b, err := QuantizeQ8_0(w)
		require.NoError(t, err)
		require.NoError(t, DequantizeQ8_0(b, make([]float32, n)))
		a, err := AppendQ8_0(dirty(len(b)), w)
		require.NoError(t, err)
		require.Equal(t, b, a)
		b, err = QuantizeQ6K(w)
		require.NoError(t, err)
		require.NoError(t, DequantizeQ6K(b, make([]float32, n)))
		a, err = AppendQ6K(dirty(len(b)), w)
		require.NoError(t, err)
		require.Equal(t, b, a)
		for _, f := range tqFormats {
			b, err = f.quantize(w, r, 256)
			require.NoError(t, err)
			require.NoError(t, f.dequantize(b, r, 256, make([]float32, n)))
			if _, err := f.decode(b, r, 256); finite {
				require.NoError(t, err, f.name)
			}
		}
		b, err = QuantizeI2S(w, r, 256)
		require.NoError(t, err)
		_, err = DecodeI2S(b, r, 256)
		require.NoError(t, err)
	})
}

// FuzzF32ToF16 checks the conversions against exact big.Float rounding.
func FuzzF32ToF16(f *testing.F) {
	f.Add(uint32(0x3f800000))
	f.Add(uint32(0x477ff000))
	f.Fuzz(func(t *testing.T, bits uint32) {
		x := math.Float32frombits(bits)
		require.Equal(t, refF32ToF16(x), F32ToF16(x))
		require.Equal(t, refF32ToBF16(x), F32ToBF16(x))
	})
}
