package quant

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Q8_0 (GGUF type 8): blocks of 32 values, each a float16 scale d followed
// by 32 int8 quants; value = q*d.
const (
	q8Block = 32
	q8Bytes = 34
)

// Q8Size returns the encoded size of n Q8_0 values (n a multiple of 32).
func Q8Size(n int) int { return n / q8Block * q8Bytes }

// cInt8 is a C float-to-int8_t conversion as x86-64 compilers emit it:
// cvttss2si to int32 (0x80000000 for NaN and out-of-range values), then the
// low byte.
func cInt8(f float32) int8 {
	if f != f || f >= 1<<31 || f < -(1<<31) {
		return 0 // low byte of 0x80000000
	}
	return int8(int32(f))
}

// QuantizeQ8_0 is upstream llama.cpp's quantize_row_q8_0_ref: per block
// amax = max|x| (C MAX), d = amax/127, q = roundf(x*(1/d)) (half away from
// zero) with the F16 d stored but the float32 d used for the quants. len(x)
// must be a multiple of 32. Non-finite input quantizes as x86-64 builds do
// (NaN and overflowing products give 0).
func QuantizeQ8_0(x []float32) ([]byte, error) { return AppendQ8_0(nil, x) }

// AppendQ8_0 appends the Q8_0 encoding of x (see QuantizeQ8_0) to dst and
// returns the extended slice: with enough capacity it writes in place and
// allocates nothing.
func AppendQ8_0(dst []byte, x []float32) ([]byte, error) {
	if len(x)%q8Block != 0 {
		return dst, fmt.Errorf("Q8_0: %d values not a multiple of %d: %w", len(x), q8Block, ErrShape)
	}
	dst, out := extend(dst, Q8Size(len(x)))
	for b := range len(x) / q8Block {
		v := x[b*q8Block : (b+1)*q8Block]
		blk := out[b*q8Bytes : (b+1)*q8Bytes]
		var amax float32
		for _, f := range v {
			amax = cMax32(amax, float32(math.Abs(float64(f))))
		}
		d := float32(amax / 127)
		var id float32
		if d != 0 {
			id = float32(1 / d)
		}
		binary.LittleEndian.PutUint16(blk, F32ToF16(d))
		for j, f := range v {
			blk[2+j] = byte(cInt8(float32(math.Round(float64(float32(f * id))))))
		}
	}
	return dst, nil
}

// DequantizeQ8_0 is upstream's dequantize_row_q8_0: out[i] = q_i*d.
// len(out) must be a multiple of 32 and len(data) Q8Size(len(out)).
func DequantizeQ8_0(data []byte, out []float32) error {
	if len(out)%q8Block != 0 || len(data) != Q8Size(len(out)) {
		return fmt.Errorf("Q8_0: %d bytes for %d values: %w", len(data), len(out), ErrSize)
	}
	for b := range len(out) / q8Block {
		blk := data[b*q8Bytes : (b+1)*q8Bytes]
		d := F16ToF32(binary.LittleEndian.Uint16(blk))
		for j := range q8Block {
			out[b*q8Block+j] = float32(int8(blk[2+j])) * d
		}
	}
	return nil
}

// extend appends n zero bytes to dst and returns the result and the new part.
func extend(dst []byte, n int) ([]byte, []byte) {
	dst = slices.Grow(dst, n)
	l := len(dst)
	dst = dst[:l+n]
	clear(dst[l:])
	return dst, dst[l:]
}
