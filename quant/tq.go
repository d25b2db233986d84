package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// TQ2_0 and TQ1_0 (upstream llama.cpp, GGUF types 35 and 34): blocks of 256
// weights, each with its own float16 scale d (the block's absmax when
// quantized from floats), value = (digit-1)*d. Blocks run over the flat
// tensor, so cols must be a multiple of 256 for each row to own whole blocks,
// which ggml requires of every block format.
//
// TQ2_0 block (66 bytes): qs[64] then d. Within each 128-weight half, byte m
// holds element m+32n at bits 2n+1:2n, n = 0..3.
//
// TQ1_0 block (54 bytes): qs[48], qh[4], d. Five base-3 digits per qs byte
// and four per qh byte, most significant digit first, stored as the byte
// ceil(v*256/243) so digit n of byte b is ((b*3^n mod 256)*3) >> 8. The
// first 32 qs bytes cover elements m+32n (n = 0..4) of the first 160, the
// next 16 cover 160+m+16n, and qh byte j covers 240+j+4n (n = 0..3).
const (
	tqBlock     = 256
	tq2Bytes    = 66
	tq1Bytes    = 54
	tq1QhOffset = 48
	tqDOffsetT2 = 64
	tqDOffsetT1 = 52
)

// TQ2Size returns the encoded size of a rows x cols TQ2_0 tensor.
func TQ2Size(rows, cols int) int { return rows * cols / tqBlock * tq2Bytes }

// TQ1Size returns the encoded size of a rows x cols TQ1_0 tensor.
func TQ1Size(rows, cols int) int { return rows * cols / tqBlock * tq1Bytes }

// tqCheck validates a TQ shape (and, if data is not nil, its length) and
// returns the number of blocks.
func tqCheck(name string, data []byte, rows, cols, blockBytes int) (int, error) {
	n, err := elements(rows, cols)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	if cols%tqBlock != 0 {
		return 0, fmt.Errorf("%s: %d columns not a multiple of %d: %w", name, cols, tqBlock, ErrShape)
	}
	nb := n / tqBlock
	if data != nil && len(data) != nb*blockBytes {
		return 0, fmt.Errorf("%s %dx%d: %d bytes, want %d: %w", name, rows, cols, len(data), nb*blockBytes, ErrSize)
	}
	return nb, nil
}

// tqBlockScales returns one F16-rounded scale per 256-element block of t.
func tqBlockScales(name string, t *Ternary) ([]uint16, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	nb := t.Rows * t.Cols / tqBlock
	d := make([]uint16, nb)
	switch t.ScaleBlock {
	case 0:
		h := F32ToF16(t.Scales[0])
		for i := range d {
			d[i] = h
		}
	case tqBlock:
		for i, s := range t.Scales {
			d[i] = F32ToF16(s)
		}
	default:
		return nil, fmt.Errorf("%s: scale block %d, want 0 or %d: %w", name, t.ScaleBlock, tqBlock, ErrScale)
	}
	return d, nil
}

// EncodeTQ2 packs t into TQ2_0. Cols must be a multiple of 256; ScaleBlock
// must be 256, or 0 to give every block the one scale. Scales are rounded to
// the nearest F16 (F32ToF16), so they round-trip exactly only when
// F16-representable.
func EncodeTQ2(t *Ternary) ([]byte, error) {
	nb, err := tqCheck("TQ2_0", nil, t.Rows, t.Cols, tq2Bytes)
	if err != nil {
		return nil, err
	}
	d, err := tqBlockScales("TQ2_0", t)
	if err != nil {
		return nil, err
	}
	out := make([]byte, nb*tq2Bytes)
	for b := range nb {
		blk := out[b*tq2Bytes : (b+1)*tq2Bytes]
		vals := t.Values[b*tqBlock : (b+1)*tqBlock]
		for i, v := range vals {
			h, k := i/128, i%128
			blk[h*32+k%32] |= byte(v+1) << (2 * (k / 32))
		}
		binary.LittleEndian.PutUint16(blk[tqDOffsetT2:], d[b])
	}
	return out, nil
}

// tq2Code returns the 2-bit code of element i (0..255) of a TQ2_0 block.
func tq2Code(blk []byte, i int) byte {
	h, k := i/128, i%128
	return blk[h*32+k%32] >> (2 * (k / 32)) & 3
}

// DecodeTQ2 unpacks TQ2_0 data (exactly TQ2Size bytes) into a Ternary with
// ScaleBlock 256. Code 3 (which upstream dequantizes as +2) is not ternary:
// it is reported as ErrNotTernary.
func DecodeTQ2(data []byte, rows, cols int) (*Ternary, error) {
	nb, err := tqCheck("TQ2_0", data, rows, cols, tq2Bytes)
	if err != nil {
		return nil, err
	}
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, nb*tqBlock), ScaleBlock: tqBlock, Scales: make([]float32, nb)}
	for b := range nb {
		blk := data[b*tq2Bytes : (b+1)*tq2Bytes]
		t.Scales[b] = F16ToF32(binary.LittleEndian.Uint16(blk[tqDOffsetT2:]))
		for i := range tqBlock {
			c := tq2Code(blk, i)
			if c == 3 {
				return nil, fmt.Errorf("TQ2_0: code 3 at element %d: %w", b*tqBlock+i, ErrNotTernary)
			}
			t.Values[b*tqBlock+i] = int8(c) - 1
		}
	}
	return t, nil
}

// DequantizeTQ2 is upstream's dequantize_row_tq2_0: out[i] = (code-1)*d, so
// code 3 gives 2*d. len(out) must be rows*cols.
func DequantizeTQ2(data []byte, rows, cols int, out []float32) error {
	nb, err := tqCheck("TQ2_0", data, rows, cols, tq2Bytes)
	if err != nil {
		return err
	}
	if len(out) != nb*tqBlock {
		return fmt.Errorf("TQ2_0 %dx%d: output of %d: %w", rows, cols, len(out), ErrSize)
	}
	for b := range nb {
		blk := data[b*tq2Bytes : (b+1)*tq2Bytes]
		d := F16ToF32(binary.LittleEndian.Uint16(blk[tqDOffsetT2:]))
		for i := range tqBlock {
			out[b*tqBlock+i] = float32(int8(tq2Code(blk, i))-1) * d
		}
	}
	return nil
}

// cMax32 is C's MAX macro on floats (see cMax).
func cMax32(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}

// lroundf emulates glibc's lroundf on x86-64: round half away from zero; a
// NaN, an infinity or a value beyond int64 gives math.MinInt64 (what the
// cvttss2si fallback returns).
func lroundf(x float32) int64 {
	if x != x || math.Abs(float64(x)) >= 1<<63 {
		return math.MinInt64
	}
	return int64(math.Round(float64(x)))
}

// tqDigit is upstream's ternary quantizer step: int xi = lroundf(x*id) + 1,
// with the long-to-int conversion keeping the low 32 bits.
func tqDigit(x, id float32) int32 {
	return int32(lroundf(float32(x*id)) + 1)
}

// tqAbsmax returns the block's d and 1/d as upstream computes them.
func tqAbsmax(x []float32) (d, id float32) {
	for _, v := range x {
		d = cMax32(d, float32(math.Abs(float64(v))))
	}
	if d != 0 {
		id = float32(1 / d)
	}
	return d, id
}

// QuantizeTQ2 is upstream llama.cpp's quantize_row_tq2_0_ref over the flat
// rows*cols weights: per block d = absmax (C MAX in float32), digit =
// lroundf(w*(1/d)) + 1 kept to 2 bits. Weights equal to ternary*d decode
// back exactly when d is F16-representable.
func QuantizeTQ2(w []float32, rows, cols int) ([]byte, error) {
	nb, err := tqCheck("TQ2_0", nil, rows, cols, tq2Bytes)
	if err != nil {
		return nil, err
	}
	if len(w) != nb*tqBlock {
		return nil, fmt.Errorf("TQ2_0 %dx%d: %d weights: %w", rows, cols, len(w), ErrSize)
	}
	out := make([]byte, nb*tq2Bytes)
	for b := range nb {
		x := w[b*tqBlock : (b+1)*tqBlock]
		blk := out[b*tq2Bytes : (b+1)*tq2Bytes]
		d, id := tqAbsmax(x)
		binary.LittleEndian.PutUint16(blk[tqDOffsetT2:], F32ToF16(d))
		for i, v := range x {
			h, k := i/128, i%128
			blk[h*32+k%32] += byte(tqDigit(v, id)&3) << (2 * (k / 32))
		}
	}
	return out, nil
}

// tq1Pos returns, for element i (0..255) of a TQ1_0 block, the byte that
// holds its digit and the digit's position (0 = most significant).
func tq1Pos(i int) (byteIdx, digit int) {
	switch {
	case i < 160:
		return i % 32, i / 32
	case i < 240:
		return 32 + (i-160)%16, (i - 160) / 16
	}
	return tq1QhOffset + (i-240)%4, (i - 240) / 4
}

// tq1Digits[b][n] is digit n of byte value b (upstream's decode formula).
var tq1Digits = func() (t [256][5]int8) {
	pow3 := [5]byte{1, 3, 9, 27, 81}
	for b := range 256 {
		for n := range 5 {
			q := byte(b) * pow3[n]
			t[b][n] = int8(uint16(q) * 3 >> 8)
		}
	}
	return t
}()

// tq1Pack stores base-3 digits (most significant first, each 0..2 modulo
// byte arithmetic, as upstream computes) as ceil(v*256/243); a qh byte has
// 4 digits and an implied trailing 0.
func tq1Pack(digits []int32) byte {
	var q byte
	for _, xi := range digits {
		q = q*3 + byte(xi)
	}
	if len(digits) == 4 {
		q *= 3
	}
	return byte((uint32(q)*256 + 242) / 243)
}

// EncodeTQ1 packs t into TQ1_0 (same rules as EncodeTQ2). The encoding is
// canonical: DecodeTQ1 accepts other byte values that decode to the same
// digits, and re-encoding normalises them.
func EncodeTQ1(t *Ternary) ([]byte, error) {
	nb, err := tqCheck("TQ1_0", nil, t.Rows, t.Cols, tq1Bytes)
	if err != nil {
		return nil, err
	}
	d, err := tqBlockScales("TQ1_0", t)
	if err != nil {
		return nil, err
	}
	out := make([]byte, nb*tq1Bytes)
	for b := range nb {
		vals := t.Values[b*tqBlock : (b+1)*tqBlock]
		tq1PackBlock(out[b*tq1Bytes:(b+1)*tq1Bytes], func(i int) int32 { return int32(vals[i]) + 1 })
		binary.LittleEndian.PutUint16(out[b*tq1Bytes+tqDOffsetT1:], d[b])
	}
	return out, nil
}

// tq1PackBlock fills qs and qh of one block from digit(i), i = 0..255.
func tq1PackBlock(blk []byte, digit func(i int) int32) {
	var ds [5]int32
	for m := range 32 {
		for n := range 5 {
			ds[n] = digit(m + 32*n)
		}
		blk[m] = tq1Pack(ds[:])
	}
	for m := range 16 {
		for n := range 5 {
			ds[n] = digit(160 + m + 16*n)
		}
		blk[32+m] = tq1Pack(ds[:])
	}
	for j := range 4 {
		for n := range 4 {
			ds[n] = digit(240 + j + 4*n)
		}
		blk[tq1QhOffset+j] = tq1Pack(ds[:4])
	}
}

// DecodeTQ1 unpacks TQ1_0 data (exactly TQ1Size bytes) into a Ternary with
// ScaleBlock 256. Every byte decodes to digits 0..2, so any data is ternary.
func DecodeTQ1(data []byte, rows, cols int) (*Ternary, error) {
	nb, err := tqCheck("TQ1_0", data, rows, cols, tq1Bytes)
	if err != nil {
		return nil, err
	}
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, nb*tqBlock), ScaleBlock: tqBlock, Scales: make([]float32, nb)}
	for b := range nb {
		blk := data[b*tq1Bytes : (b+1)*tq1Bytes]
		t.Scales[b] = F16ToF32(binary.LittleEndian.Uint16(blk[tqDOffsetT1:]))
		for i := range tqBlock {
			bi, n := tq1Pos(i)
			t.Values[b*tqBlock+i] = tq1Digits[blk[bi]][n] - 1
		}
	}
	return t, nil
}

// DequantizeTQ1 is upstream's dequantize_row_tq1_0: out[i] = (digit-1)*d.
// len(out) must be rows*cols.
func DequantizeTQ1(data []byte, rows, cols int, out []float32) error {
	nb, err := tqCheck("TQ1_0", data, rows, cols, tq1Bytes)
	if err != nil {
		return err
	}
	if len(out) != nb*tqBlock {
		return fmt.Errorf("TQ1_0 %dx%d: output of %d: %w", rows, cols, len(out), ErrSize)
	}
	for b := range nb {
		blk := data[b*tq1Bytes : (b+1)*tq1Bytes]
		d := F16ToF32(binary.LittleEndian.Uint16(blk[tqDOffsetT1:]))
		for i := range tqBlock {
			bi, n := tq1Pos(i)
			out[b*tqBlock+i] = float32(tq1Digits[blk[bi]][n]-1) * d
		}
	}
	return nil
}

// QuantizeTQ1 is upstream llama.cpp's quantize_row_tq1_0_ref over the flat
// rows*cols weights (d and digits as in QuantizeTQ2).
func QuantizeTQ1(w []float32, rows, cols int) ([]byte, error) {
	nb, err := tqCheck("TQ1_0", nil, rows, cols, tq1Bytes)
	if err != nil {
		return nil, err
	}
	if len(w) != nb*tqBlock {
		return nil, fmt.Errorf("TQ1_0 %dx%d: %d weights: %w", rows, cols, len(w), ErrSize)
	}
	out := make([]byte, nb*tq1Bytes)
	for b := range nb {
		x := w[b*tqBlock : (b+1)*tqBlock]
		blk := out[b*tq1Bytes : (b+1)*tq1Bytes]
		d, id := tqAbsmax(x)
		binary.LittleEndian.PutUint16(blk[tqDOffsetT1:], F32ToF16(d))
		tq1PackBlock(blk, func(i int) int32 { return tqDigit(x[i], id) })
	}
	return out, nil
}
