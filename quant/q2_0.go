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
// commit 01243c587feceaa5d6a6c2305535ef2f549c48b8.
//
// PrismML's llama.cpp fork wrote the same codec with groups of 128 (34-byte
// blocks) under the same id 42 before upstream settled on 64; its current
// sources call that layout Q2_0_g128 (id 142). The *Group functions take the
// group size: Q2Group (64) or Q2Group128.
const (
	q2Block = 64
	q2Bytes = 18
)

// Group sizes of the two Q2_0 layouts.
const (
	Q2Group    = 64  // upstream llama.cpp's Q2_0 (18-byte blocks)
	Q2Group128 = 128 // PrismML's fork's Q2_0_g128 (34-byte blocks)
)

// Q2Size returns the encoded size of n Q2_0 values (n a multiple of 64).
func Q2Size(n int) int { return n / q2Block * q2Bytes }

// Q2SizeGroup returns the encoded size of n values in groups of group
// (Q2Group or Q2Group128): one F16 scale and group/4 code bytes per group.
func Q2SizeGroup(n, group int) int { return n / group * (2 + group/4) }

func q2Check(data []byte, rows, cols int) (int, error) {
	return q2CheckGroup(data, rows, cols, q2Block)
}

func q2CheckGroup(data []byte, rows, cols, group int) (int, error) {
	if group != Q2Group && group != Q2Group128 {
		return 0, fmt.Errorf("Q2_0: group size %d (want 64 or 128): %w", group, ErrShape)
	}
	n, err := elements(rows, cols)
	if err != nil {
		return 0, err
	}
	if cols%group != 0 {
		return 0, fmt.Errorf("Q2_0: %d columns, not a multiple of %d: %w", cols, group, ErrShape)
	}
	if data != nil && len(data) != Q2SizeGroup(n, group) {
		return 0, fmt.Errorf("Q2_0 %dx%d: %d bytes, want %d: %w", rows, cols, len(data), Q2SizeGroup(n, group), ErrSize)
	}
	return n / group, nil
}

// q2Code returns the code of element j of a Q2_0 block (any group size).
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
	return DequantizeQ2_0Group(data, rows, cols, q2Block, out)
}

// DequantizeQ2_0Group is DequantizeQ2_0 for groups of group values.
func DequantizeQ2_0Group(data []byte, rows, cols, group int, out []float32) error {
	nb, err := q2CheckGroup(data, rows, cols, group)
	if err != nil {
		return err
	}
	if len(out) != nb*group {
		return fmt.Errorf("Q2_0 %dx%d: output of %d: %w", rows, cols, len(out), ErrSize)
	}
	bb := 2 + group/4
	for b := range nb {
		blk := data[b*bb : (b+1)*bb]
		d := F16ToF32(binary.LittleEndian.Uint16(blk))
		for j := range group {
			out[b*group+j] = float32(int(q2Code(blk, j))-1) * d
		}
	}
	return nil
}

// EncodeQ2_0 packs t into Q2_0. Cols must be a multiple of 64; ScaleBlock
// must be 64, or 0 to give every block the one scale. Scales are rounded to
// the nearest F16.
func EncodeQ2_0(t *Ternary) ([]byte, error) { return EncodeQ2_0Group(t, q2Block) }

// EncodeQ2_0Group is EncodeQ2_0 for groups of group values (ScaleBlock 0 or
// group).
func EncodeQ2_0Group(t *Ternary, group int) ([]byte, error) {
	nb, err := q2CheckGroup(nil, t.Rows, t.Cols, group)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("Q2_0: %w", err)
	}
	if t.ScaleBlock != 0 && t.ScaleBlock != group {
		return nil, fmt.Errorf("Q2_0: scale block %d, want 0 or %d: %w", t.ScaleBlock, group, ErrScale)
	}
	bb := 2 + group/4
	out := make([]byte, nb*bb)
	for b := range nb {
		s := t.Scales[0]
		if t.ScaleBlock != 0 {
			s = t.Scales[b]
		}
		blk := out[b*bb : (b+1)*bb]
		binary.LittleEndian.PutUint16(blk, F32ToF16(s))
		for j, v := range t.Values[b*group : (b+1)*group] {
			blk[2+j/4] |= byte(v+1) << (2 * (j % 4))
		}
	}
	return out, nil
}

// DecodeQ2_0 unpacks Q2_0 data into a Ternary with one scale per 64 weights.
// Code 3 (+2) is not ternary: it returns ErrNotTernary.
func DecodeQ2_0(data []byte, rows, cols int) (*Ternary, error) {
	return DecodeQ2_0Group(data, rows, cols, q2Block)
}

// DecodeQ2_0Group is DecodeQ2_0 for groups of group values.
func DecodeQ2_0Group(data []byte, rows, cols, group int) (*Ternary, error) {
	nb, err := q2CheckGroup(data, rows, cols, group)
	if err != nil {
		return nil, err
	}
	bb := 2 + group/4
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, nb*group), ScaleBlock: group, Scales: make([]float32, nb)}
	for b := range nb {
		blk := data[b*bb : (b+1)*bb]
		t.Scales[b] = F16ToF32(binary.LittleEndian.Uint16(blk))
		for j := range group {
			c := q2Code(blk, j)
			if c == 3 {
				return nil, fmt.Errorf("Q2_0: element %d has code 3 (+2): %w", b*group+j, ErrNotTernary)
			}
			t.Values[b*group+j] = int8(c) - 1
		}
	}
	return t, nil
}
