package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// F16ToF32 converts an IEEE 754 binary16 value to float32. Every half is
// exactly representable; a NaN keeps its sign and payload and is made quiet,
// as x86's VCVTPH2PS (which ggml uses on F16C machines) does.
func F16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f && mant == 0:
		return math.Float32frombits(sign | 0x7f800000)
	case exp == 0x1f:
		return math.Float32frombits(sign | 0x7fc00000 | mant<<13)
	case exp == 0 && mant == 0:
		return math.Float32frombits(sign)
	case exp == 0:
		// Subnormal: normalise the significand into float32's normal range.
		e := uint32(127 - 15 + 1)
		for mant&0x400 == 0 {
			mant <<= 1
			e--
		}
		return math.Float32frombits(sign | e<<23 | (mant&0x3ff)<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
}

// F32ToF16 converts a float32 to IEEE 754 binary16 with round to nearest,
// ties to even, exactly like x86's VCVTPS2PH with rounding immediate 0
// (ggml's GGML_FP32_TO_FP16 on F16C machines): overflow gives infinity,
// results below the smallest normal become subnormals or signed zero, and a
// NaN keeps its sign and the top 10 payload bits and is made quiet. (ggml's
// portable fallback returns a canonical 0x7E00 NaN instead; finite and
// infinite values agree.)
func F32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23) & 0xff
	mant := b & 0x7fffff
	if exp == 0xff {
		if mant == 0 {
			return sign | 0x7c00
		}
		return sign | 0x7e00 | uint16(mant>>13)
	}
	if exp == 0 {
		// float32 subnormals are below half of the smallest half subnormal.
		return sign
	}
	m := mant | 0x800000 // 24-bit significand
	he := exp - 127 + 15 // biased half exponent if the result is normal
	if he >= 0x1f {
		return sign | 0x7c00
	}
	shift := 13
	if he < 1 {
		shift = 14 - he // subnormal result: fewer significand bits survive
		if shift > 24 {
			return sign // below half the smallest subnormal
		}
		he = 1 // the subnormal encoding below adds no exponent
	}
	q := m >> uint(shift)
	rem := m & (1<<uint(shift) - 1)
	half := uint32(1) << uint(shift-1)
	if rem > half || (rem == half && q&1 == 1) {
		q++
	}
	var r uint32
	if shift == 13 {
		// q includes the implicit bit (0x400); a carry to 0x800 bumps the exponent.
		r = uint32(he-1)<<10 + q
	} else {
		r = q // q == 0x400 after rounding is the smallest normal's encoding
	}
	if r >= 0x7c00 {
		return sign | 0x7c00
	}
	return sign | uint16(r)
}

// BF16ToF32 converts a bfloat16 to float32 (exact: the bits are shifted up).
func BF16ToF32(h uint16) float32 {
	return math.Float32frombits(uint32(h) << 16)
}

// F32ToBF16 converts a float32 to bfloat16 as ggml_compute_fp32_to_bf16
// does: round to nearest, ties to even, NaNs made quiet (sign and top
// payload bits kept), subnormals kept.
func F32ToBF16(f float32) uint16 {
	u := math.Float32bits(f)
	if u&0x7fffffff > 0x7f800000 {
		return uint16(u>>16) | 64
	}
	return uint16((u + (0x7fff + (u>>16)&1)) >> 16)
}

// DecodeF16 converts little-endian F16 data to float32; len(data) must be
// 2*len(out).
func DecodeF16(data []byte, out []float32) error {
	if len(data) != 2*len(out) {
		return fmt.Errorf("F16: %d bytes for %d values: %w", len(data), len(out), ErrSize)
	}
	for i := range out {
		out[i] = F16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
	}
	return nil
}

// EncodeF16 converts x to little-endian F16 data with F32ToF16.
func EncodeF16(x []float32) []byte {
	out := make([]byte, 2*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint16(out[2*i:], F32ToF16(v))
	}
	return out
}

// DecodeBF16 converts little-endian BF16 data to float32; len(data) must be
// 2*len(out).
func DecodeBF16(data []byte, out []float32) error {
	if len(data) != 2*len(out) {
		return fmt.Errorf("BF16: %d bytes for %d values: %w", len(data), len(out), ErrSize)
	}
	for i := range out {
		out[i] = BF16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
	}
	return nil
}

// EncodeBF16 converts x to little-endian BF16 data with F32ToBF16.
func EncodeBF16(x []float32) []byte {
	out := make([]byte, 2*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint16(out[2*i:], F32ToBF16(v))
	}
	return out
}
