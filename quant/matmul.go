package quant

import "fmt"

// DotTernaryInt8 returns Σ w_i*q_i in int32, which cannot overflow for
// ternary w and len < 2^24. It panics if the lengths differ.
func DotTernaryInt8(w []int8, q []int8) int32 {
	if len(w) != len(q) {
		panic(fmt.Sprintf("quant: DotTernaryInt8: lengths %d and %d differ", len(w), len(q)))
	}
	var acc int32
	for i, v := range w {
		acc += int32(v) * int32(q[i])
	}
	return acc
}

// I2SDotCodes returns Σ code_i*q_i for one I2_S row (len(row)*4 == len(q),
// a multiple of 128) with the 2-bit codes (0, 1, 2 for -1, 0, +1) taken
// straight from the bytes: the integer bitnet.cpp's kernel computes and every
// fast kernel must reproduce. For codes 0..2 it equals
// DotTernaryInt8(values, q) + Σ q_i. A code 3 weighs 3 here (as in
// bitnet.cpp's kernel) although DecodeI2S reads it as 0. It panics on
// mismatched lengths.
func I2SDotCodes(row []byte, q []int8) int32 {
	if len(row)*4 != len(q) || len(q)%i2sBlock != 0 {
		panic(fmt.Sprintf("quant: I2SDotCodes: %d bytes for %d activations", len(row), len(q)))
	}
	var acc int32
	for b := 0; b < len(q); b += i2sBlock {
		blk := row[b/4 : b/4+32]
		for j, c := range blk {
			acc += int32(c>>6&3)*int32(q[b+j]) +
				int32(c>>4&3)*int32(q[b+32+j]) +
				int32(c>>2&3)*int32(q[b+64+j]) +
				int32(c&3)*int32(q[b+96+j])
		}
	}
	return acc
}

// MatMulRef is the reference ternary matmul every fast kernel is tested
// against. x holds rows activation rows of t.Cols values; y receives rows
// rows of t.Rows outputs (y[i*t.Rows+r] = output r of activation row i).
//
// Per activation row it quantizes x with QuantizeActivations (scale s,
// sum asum), then per weight row:
//   - one scale (ScaleBlock 0, I2_S): acc = DotTernaryInt8 over the row, and
//     y = ((float32(acc+asum) - float32(asum)) / s) * scale, which is
//     bitnet.cpp's expression with its code sum acc+asum;
//   - block scales: y = Σ_b (float32(acc_b) / s) * scale_b, one term per
//     scale block in column order, accumulated in float32 from 0.
//
// Every float32 operation is rounded on its own. It panics if t is invalid
// or the slice lengths do not match (programmer errors).
func MatMulRef(t *Ternary, x []float32, rows int, y []float32) {
	if err := t.Validate(); err != nil {
		panic("quant: MatMulRef: " + err.Error())
	}
	if rows < 0 || len(x) != rows*t.Cols || len(y) != rows*t.Rows {
		panic(fmt.Sprintf("quant: MatMulRef: %d activation rows of %d: len(x) = %d, len(y) = %d, want %d and %d",
			rows, t.Cols, len(x), len(y), rows*t.Cols, rows*t.Rows))
	}
	q := make([]int8, t.Cols)
	for i := range rows {
		s, asum := QuantizeActivations(x[i*t.Cols:(i+1)*t.Cols], q)
		out := y[i*t.Rows : (i+1)*t.Rows]
		for r := range t.Rows {
			w := t.Values[r*t.Cols : (r+1)*t.Cols]
			if t.ScaleBlock == 0 {
				acc := DotTernaryInt8(w, q)
				out[r] = float32(float32(float32(float32(acc+asum)-float32(asum))/s) * t.Scales[0])
				continue
			}
			var sum float32
			for c := 0; c < t.Cols; c += t.ScaleBlock {
				acc := DotTernaryInt8(w[c:c+t.ScaleBlock], q[c:c+t.ScaleBlock])
				term := float32(float32(float32(acc)/s) * t.Scales[(r*t.Cols+c)/t.ScaleBlock])
				sum = float32(sum + term)
			}
			out[r] = sum
		}
	}
}

// MatMulFloat64 returns W*x in float64 without any activation quantization:
// out[r] = Σ_c Values[r][c] * Scale(r, c) * x[c]. It is the "infinitely
// precise" reference for error measurements. It panics if len(x) != t.Cols
// or t is invalid.
func MatMulFloat64(t *Ternary, x []float64) []float64 {
	if err := t.Validate(); err != nil {
		panic("quant: MatMulFloat64: " + err.Error())
	}
	if len(x) != t.Cols {
		panic(fmt.Sprintf("quant: MatMulFloat64: len(x) = %d, want %d", len(x), t.Cols))
	}
	out := make([]float64, t.Rows)
	for r := range t.Rows {
		var sum float64
		for c := range t.Cols {
			if v := t.Values[r*t.Cols+c]; v != 0 {
				sum += float64(v) * float64(t.Scale(r, c)) * x[c]
			}
		}
		out[r] = sum
	}
	return out
}
