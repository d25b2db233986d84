package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// I2_S (bitnet.cpp, GGUF type 36), the x86 ACT_PARALLEL layout the official
// BitNet b1.58 GGUF uses. The rows*cols weights are taken as one flat
// sequence in blocks of 128; byte j (0..31) of a block holds element j at
// bits 7:6, element 32+j at bits 5:4, 64+j at bits 3:2 and 96+j at bits 1:0.
// Codes are 0 -> -1, 1 -> 0, 2 -> +1. After the rows*cols/4 code bytes comes
// a 32-byte tail: a little-endian float32 tensor scale, then 28 bytes that
// bitnet.cpp leaves uninitialised (we write zeros and ignore them on read).
const (
	i2sBlock = 128
	i2sTail  = 32
)

// I2SSize returns the encoded size of a rows x cols I2_S tensor:
// rows*cols/4 + 32.
func I2SSize(rows, cols int) int { return rows*cols/4 + i2sTail }

// i2sCheck validates an I2_S shape and data length and returns rows*cols.
func i2sCheck(data []byte, rows, cols int) (int, error) {
	n, err := elements(rows, cols)
	if err != nil {
		return 0, fmt.Errorf("I2_S: %w", err)
	}
	if n%i2sBlock != 0 {
		return 0, fmt.Errorf("I2_S: %dx%d elements not a multiple of %d: %w", rows, cols, i2sBlock, ErrShape)
	}
	if data != nil && len(data) != n/4+i2sTail {
		return 0, fmt.Errorf("I2_S %dx%d: %d bytes, want %d: %w", rows, cols, len(data), n/4+i2sTail, ErrSize)
	}
	return n, nil
}

// i2sCode returns the 2-bit code of flat element i.
func i2sCode(data []byte, i int) byte {
	b, k := i/i2sBlock, i%i2sBlock
	return data[b*32+k%32] >> (6 - 2*(k/32)) & 3
}

// EncodeI2S packs t into I2_S. rows*cols must be a multiple of 128 (for the
// rows to be separately addressable, as bitnet.cpp's kernels need, cols must
// be). t must have one scale (ScaleBlock 0, or every block scale equal).
func EncodeI2S(t *Ternary) ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("I2_S: %w", err)
	}
	n, err := i2sCheck(nil, t.Rows, t.Cols)
	if err != nil {
		return nil, err
	}
	scale := t.Scales[0]
	for _, s := range t.Scales {
		if math.Float32bits(s) != math.Float32bits(scale) {
			return nil, fmt.Errorf("I2_S holds one scale, got %d different: %w", len(t.Scales), ErrScale)
		}
	}
	out := make([]byte, n/4+i2sTail)
	for i, v := range t.Values {
		b, k := i/i2sBlock, i%i2sBlock
		out[b*32+k%32] |= byte(v+1) << (6 - 2*(k/32))
	}
	binary.LittleEndian.PutUint32(out[n/4:], math.Float32bits(scale))
	return out, nil
}

// DecodeI2S unpacks I2_S data (exactly I2SSize(rows, cols) bytes) into a
// Ternary with one scale. Code 3, which bitnet.cpp never writes, decodes as 0
// (bitnet.cpp's kernel would weigh it +2: see I2SDotCodes). Tail bytes 4..31
// are ignored.
func DecodeI2S(data []byte, rows, cols int) (*Ternary, error) {
	n, err := i2sCheck(data, rows, cols)
	if err != nil {
		return nil, err
	}
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, n), Scales: []float32{i2sScale(data, n)}}
	for i := range t.Values {
		t.Values[i] = i2sValue[i2sCode(data, i)]
	}
	return t, nil
}

// i2sValue maps a code to its ternary value; code 3 decodes as 0.
var i2sValue = [4]int8{-1, 0, 1, 0}

func i2sScale(data []byte, n int) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(data[n/4:]))
}

// I2SScale returns the tensor scale of I2_S data.
func I2SScale(data []byte, rows, cols int) (float32, error) {
	n, err := i2sCheck(data, rows, cols)
	if err != nil {
		return 0, err
	}
	return i2sScale(data, n), nil
}

// QuantizeI2S is bitnet.cpp's quantize_i2_s (x86 ACT_PARALLEL build) from
// float weights that are assumed to be ternary times one scale: the scale is
// max|w_i| (C fmax in float64, which skips NaN, then rounded to float32) and
// each code is 1 (zero) when |w_i| < 1e-6, else 2 when w_i*scale > 0 in
// float64, else 0. Only the signs survive: weights that are not ternary are
// not rounded to the nearest level (use Ternarize and EncodeI2S for that).
// A NaN weight gets code 0 (-1), as in bitnet.cpp. The tail's last 28 bytes
// are zero.
func QuantizeI2S(w []float32, rows, cols int) ([]byte, error) {
	n, err := i2sCheck(nil, rows, cols)
	if err != nil {
		return nil, err
	}
	if len(w) != n {
		return nil, fmt.Errorf("I2_S %dx%d: %d weights: %w", rows, cols, len(w), ErrSize)
	}
	var m float64
	for _, v := range w {
		m = cFmax(m, math.Abs(float64(v)))
	}
	out := make([]byte, n/4+i2sTail)
	for i, v := range w {
		code := byte(0)
		switch {
		case math.Abs(float64(v)) < 1e-6:
			code = 1
		case float64(v)*m > 0:
			code = 2
		}
		b, k := i/i2sBlock, i%i2sBlock
		out[b*32+k%32] |= code << (6 - 2*(k/32))
	}
	binary.LittleEndian.PutUint32(out[n/4:], math.Float32bits(float32(m)))
	return out, nil
}

// cFmax is C's fmax: a NaN argument is ignored.
func cFmax(a, b float64) float64 {
	switch {
	case a != a:
		return b
	case b != b:
		return a
	}
	return math.Max(a, b)
}

// DequantizeI2S writes the rows*cols weights value*scale to out (len(out)
// must be rows*cols), with code 3 as 0 like DecodeI2S.
func DequantizeI2S(data []byte, rows, cols int, out []float32) error {
	n, err := i2sCheck(data, rows, cols)
	if err != nil {
		return err
	}
	if len(out) != n {
		return fmt.Errorf("I2_S %dx%d: output of %d: %w", rows, cols, len(out), ErrSize)
	}
	s := i2sScale(data, n)
	for i := range out {
		out[i] = float32(i2sValue[i2sCode(data, i)]) * s
	}
	return nil
}
