package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Q2_0 (upstream llama.cpp, GGUF type 42): blocks of 64 weights, each an
// F16 scale d followed by 16 bytes of 2-bit codes, element j of the block at
// bits 2(j%4)+1:2(j%4) of byte j/4 (least significant first). value =
// (code-1)*d: codes 0, 1, 2 are -1, 0, +1, and code 3 is +2, which the
// format allows and ternary models (PrismML's Ternary-Bonsai) do not use.
// Source: ggml-org/llama.cpp ggml/src/ggml-common.h (QK2_0, block_q2_0) and
// ggml/src/ggml-quants.c (quantize_row_q2_0_ref, dequantize_row_q2_0) at
// commit 01243c587feceaa5d6a6c2305535ef2f549c48b8. PrismML's own fork
// reuses id 42 for groups of 128 (34-byte blocks); such files are not this
// format.
const (
	q2Block = 64
	q2Bytes = 18
)

// Q2Size returns the encoded size of n Q2_0 values (n a multiple of 64).
func Q2Size(n int) int { return n / q2Block * q2Bytes }

func q2Check(data []byte, rows, cols int) (int, error) {
	n, err := elements(rows, cols)
	if err != nil {
		return 0, err
	}
	if cols%q2Block != 0 {
		return 0, fmt.Errorf("Q2_0: %d columns, not a multiple of %d: %w", cols, q2Block, ErrShape)
	}
	if data != nil && len(data) != Q2Size(n) {
		return 0, fmt.Errorf("Q2_0 %dx%d: %d bytes, want %d: %w", rows, cols, len(data), Q2Size(n), ErrSize)
	}
	return n / q2Block, nil
}

// q2Code returns the code of element j (0..63) of a Q2_0 block.
func q2Code(blk []byte, j int) byte { return blk[2+j/4] >> (2 * (j % 4)) & 3 }

// QuantizeQ2_0 is ggml's quantize_row_q2_0_ref for a rows x cols matrix:
// per block d = max|x| (float32), id = 1/d (0 when d is 0), code =
// clamp(round_half_away(x*id)+1, 0, 3), and d stored as F16 (the codes use
// the unrounded d). A NaN weight gets code 1 (zero); C leaves that case
// undefined.
func QuantizeQ2_0(w []float32, rows, cols int) ([]byte, error) {
	nb, err := q2Check(nil, rows, cols)
	if err != nil {
		return nil, err
	}
	if len(w) != nb*q2Block {
		return nil, fmt.Errorf("Q2_0 %dx%d: %d weights: %w", rows, cols, len(w), ErrSize)
	}
	out := make([]byte, nb*q2Bytes)
	for b := range nb {
		x := w[b*q2Block : (b+1)*q2Block]
		var amax float32
		for _, v := range x {
			if a := float32(math.Abs(float64(v))); a > amax {
				amax = a
			}
		}
		var id float32
		if amax > 0 {
			id = 1 / amax
		}
		blk := out[b*q2Bytes : (b+1)*q2Bytes]
		binary.LittleEndian.PutUint16(blk, F32ToF16(amax))
		for j, v := range x {
			p := v * id
			q := 1
			if p == p {
				q = int(math.Round(float64(p))) + 1
			}
			q = max(0, min(3, q))
			blk[2+j/4] |= byte(q) << (2 * (j % 4))
		}
	}
	return out, nil
}

// DequantizeQ2_0 is ggml's dequantize_row_q2_0: (code-1)*d, code 3 as +2.
func DequantizeQ2_0(data []byte, rows, cols int, out []float32) error {
	nb, err := q2Check(data, rows, cols)
	if err != nil {
		return err
	}
	if len(out) != nb*q2Block {
		return fmt.Errorf("Q2_0 %dx%d: output of %d: %w", rows, cols, len(out), ErrSize)
	}
	for b := range nb {
		blk := data[b*q2Bytes : (b+1)*q2Bytes]
		d := F16ToF32(binary.LittleEndian.Uint16(blk))
		for j := range q2Block {
			out[b*q2Block+j] = float32(int(q2Code(blk, j))-1) * d
		}
	}
	return nil
}

// EncodeQ2_0 packs t into Q2_0. Cols must be a multiple of 64; ScaleBlock
// must be 64, or 0 to give every block the one scale. Scales are rounded to
// the nearest F16.
func EncodeQ2_0(t *Ternary) ([]byte, error) {
	nb, err := q2Check(nil, t.Rows, t.Cols)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("Q2_0: %w", err)
	}
	if t.ScaleBlock != 0 && t.ScaleBlock != q2Block {
		return nil, fmt.Errorf("Q2_0: scale block %d, want 0 or %d: %w", t.ScaleBlock, q2Block, ErrScale)
	}
	out := make([]byte, nb*q2Bytes)
	for b := range nb {
		s := t.Scales[0]
		if t.ScaleBlock != 0 {
			s = t.Scales[b]
		}
		blk := out[b*q2Bytes : (b+1)*q2Bytes]
		binary.LittleEndian.PutUint16(blk, F32ToF16(s))
		for j, v := range t.Values[b*q2Block : (b+1)*q2Block] {
			blk[2+j/4] |= byte(v+1) << (2 * (j % 4))
		}
	}
	return out, nil
}

// DecodeQ2_0 unpacks Q2_0 data into a Ternary with one scale per 64 weights.
// Code 3 (+2) is not ternary: it returns ErrNotTernary.
func DecodeQ2_0(data []byte, rows, cols int) (*Ternary, error) {
	nb, err := q2Check(data, rows, cols)
	if err != nil {
		return nil, err
	}
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, nb*q2Block), ScaleBlock: q2Block, Scales: make([]float32, nb)}
	for b := range nb {
		blk := data[b*q2Bytes : (b+1)*q2Bytes]
		t.Scales[b] = F16ToF32(binary.LittleEndian.Uint16(blk))
		for j := range q2Block {
			c := q2Code(blk, j)
			if c == 3 {
				return nil, fmt.Errorf("Q2_0: element %d has code 3 (+2): %w", b*q2Block+j, ErrNotTernary)
			}
			t.Values[b*q2Block+j] = int8(c) - 1
		}
	}
	return t, nil
}
