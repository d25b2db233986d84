package cpu

// Q2_0 weights (llama.cpp's 2-bit type with one F16 scale per group of 64,
// or 128 in PrismML's fork; PrismML's Ternary-Bonsai models) multiply
// activations quantized to Q8_0, as llama.cpp's CPU backend does: its
// mul_mat converts the float input to the weight type's vec_dot_type (Q8_0)
// with quantize_row_q8_0 and calls ggml_vec_dot_q2_0_q8_0 per output value.
// x86 builds have no SIMD variant of that dot product: they run the scalar
// ggml_vec_dot_q2_0_q8_0_generic (ggml/src/ggml-cpu/quants.c), whose float
// arithmetic q2DotRef repeats step for step, so that logits match
// llama.cpp's closely. This is not BitNet's per-token int8 path: a Q2_0
// matrix reads acts.q8, which normQuant fills when the engine has Q2_0
// weights (Engine.q8).

import (
	"encoding/binary"
	"fmt"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// q8Acts holds activation rows quantized to Q8_0 (quant.QuantizeQ8_0Act):
// int8 quants, one F16-rounded scale per 32 values, and each block's quant
// sum (for q2DotGo).
type q8Acts struct {
	n, cols int
	qs      []int8
	d       []float32
	sum     []int32
}

func (a *q8Acts) resize(n, cols int) {
	a.n, a.cols = n, cols
	a.qs = grow(a.qs, n*cols)
	a.d = grow(a.d, n*cols/32)
	a.sum = grow(a.sum, n*cols/32)
}

// quantizeRow quantizes x (cols values) into row i.
func (a *q8Acts) quantizeRow(i int, x []float32) {
	c := a.cols
	qs, d, sum := a.qs[i*c:(i+1)*c], a.d[i*c/32:(i+1)*c/32], a.sum[i*c/32:(i+1)*c/32]
	// Lengths are checked when the matrices are prepared (cols % 64 == 0).
	_ = quant.QuantizeQ8_0Act(x[:c], qs, d)
	for b := range sum {
		var s int32
		for _, v := range qs[b*32 : (b+1)*32] {
			s += int32(v)
		}
		sum[b] = s
	}
}

// q2Group returns the group size of a Q2_0 type.
func q2Group(t gguf.Type) int {
	if t == gguf.TypeQ2_0G128 {
		return quant.Q2Group128
	}
	return quant.Q2Group
}

// q2RowBytes is the size of a row of cols Q2_0 values.
func q2RowBytes(cols, group int) int { return cols / group * (2 + group/4) }

// newQ2Matrix prepares a Q2_0 linear layer: its bytes are used in place.
func newQ2Matrix(l model.Linear) (*ternaryMatrix, error) {
	g := q2Group(l.Type)
	if l.In%g != 0 {
		return nil, fmt.Errorf("cpu: %s: input dimension %d is not a multiple of %s's group %d", l.Name, l.In, l.Type, g)
	}
	if want := q2RowBytes(l.In, g) * l.Out; len(l.Data) < want {
		return nil, fmt.Errorf("cpu: %s: %s data is %d bytes, want %d", l.Name, l.Type, len(l.Data), want)
	}
	return &ternaryMatrix{name: l.Name, rows: l.Out, cols: l.In, outScale: l.Scale,
		q2: l.Data[:q2RowBytes(l.In, g)*l.Out], q2Group: g}, nil
}

// q2DotRef is ggml_vec_dot_q2_0_q8_0_generic (and the fork's group-128
// twin, which has four Q8_0 blocks per group): per group, d0 = F16 scale;
// per Q8_0 block inside it, the integer Σ(code-1)·q, multiplied by the
// block's scale and summed in float32; that sum times d0 added to the
// result, group by group. Every float32 product is rounded on its own (the
// conversions stop Go from fusing them), as C without contraction does.
func q2DotRef(w []byte, group int, a *q8Acts, row int) float32 {
	bb := 2 + group/4
	sub := group / 32
	qs := a.qs[row*a.cols : (row+1)*a.cols]
	ds := a.d[row*a.cols/32 : (row+1)*a.cols/32]
	var sumf float32
	for i := 0; i < len(w)/bb; i++ {
		blk := w[i*bb : (i+1)*bb]
		d0 := quant.F16ToF32(binary.LittleEndian.Uint16(blk))
		var sumi float32
		for k := 0; k < sub; k++ {
			qy := qs[(i*sub+k)*32 : (i*sub+k+1)*32]
			var s int32
			for b := 0; b < 8; b++ {
				x := blk[2+k*8+b]
				s += (int32(x&3) - 1) * int32(qy[4*b])
				s += (int32(x>>2&3) - 1) * int32(qy[4*b+1])
				s += (int32(x>>4&3) - 1) * int32(qy[4*b+2])
				s += (int32(x>>6) - 1) * int32(qy[4*b+3])
			}
			sumi += float32(ds[i*sub+k] * float32(s))
		}
		sumf += float32(d0 * sumi)
	}
	return sumf
}

// q2DotGo is q2DotRef with the integer part as Σcode·q − Σq (the quant sum
// computed at quantization): the same integers, so the same float result,
// with one subtraction per block instead of one per weight.
func q2DotGo(w []byte, group int, a *q8Acts, row int) float32 {
	bb := 2 + group/4
	sub := group / 32
	qs := a.qs[row*a.cols : (row+1)*a.cols]
	ds := a.d[row*a.cols/32 : (row+1)*a.cols/32]
	sums := a.sum[row*a.cols/32 : (row+1)*a.cols/32]
	var sumf float32
	for i := 0; i < len(w)/bb; i++ {
		blk := w[i*bb : (i+1)*bb]
		d0 := quant.F16ToF32(binary.LittleEndian.Uint16(blk))
		var sumi float32
		for k := 0; k < sub; k++ {
			qy := qs[(i*sub+k)*32 : (i*sub+k+1)*32 : (i*sub+k+1)*32]
			codes := blk[2+k*8 : 2+k*8+8]
			var s int32
			for b, x := range codes {
				q := qy[4*b : 4*b+4 : 4*b+4]
				s += int32(x&3)*int32(q[0]) + int32(x>>2&3)*int32(q[1]) + int32(x>>4&3)*int32(q[2]) + int32(x>>6)*int32(q[3])
			}
			sumi += float32(ds[i*sub+k] * float32(s-sums[i*sub+k]))
		}
		sumf += float32(d0 * sumi)
	}
	return sumf
}

// q2Kernel runs Q2_0 matrices (ternaryMatrix.q2) on acts.q8.
type q2Kernel struct {
	name string
	dot  func(w []byte, group int, a *q8Acts, row int) float32
}

func (k q2Kernel) kname() string { return k.name }

func (k q2Kernel) prepare(m *ternaryMatrix) error {
	if m.q2 == nil {
		return fmt.Errorf("cpu: %s: the Q2_0 kernel needs Q2_0 weights", m.name)
	}
	return nil
}

func (k q2Kernel) prepareActs(*acts) {}

func (k q2Kernel) run(m *ternaryMatrix, a *acts, lo, hi int, out []float32, stride int, _ *partScratch) {
	rb := q2RowBytes(m.cols, m.q2Group)
	for r := lo; r < hi; r++ {
		w := m.q2[r*rb : (r+1)*rb]
		for i := 0; i < a.q8.n; i++ {
			y := k.dot(w, m.q2Group, &a.q8, i)
			if m.outScale != 1 {
				y *= m.outScale
			}
			out[i*stride+r] = y
		}
	}
}

// q2KernelFor returns the Q2_0 kernel of a kernel set: the reference for
// "ref", the Go twin otherwise (there is no SIMD Q2_0 kernel yet).
func q2KernelFor(set string) q2Kernel {
	if set == KernelsRef {
		return q2Kernel{name: "q2_0-ref", dot: q2DotRef}
	}
	return q2Kernel{name: "q2_0-go", dot: q2DotGo}
}

// q2Head computes logits with a Q2_0 output head the way llama.cpp does:
// the normalized hidden rows quantized to Q8_0, then the Q2_0·Q8_0 dot
// product per vocabulary row.
type q2Head struct {
	a   q8Acts
	dot func(w []byte, group int, a *q8Acts, row int) float32
}

func (h *q2Head) prepare(t *headTask) {
	dim := t.m.dim
	h.a.resize(t.nOut, dim)
	for o := 0; o < t.nOut; o++ {
		h.a.quantizeRow(o, t.h[o*dim:(o+1)*dim])
	}
	h.dot = q2DotGo
	if t.k.name == KernelsRef {
		h.dot = q2DotRef
	}
}

func (h *q2Head) run(t *headTask, lo, hi int) {
	m := t.m
	g := q2Group(m.typ)
	for v := lo; v < hi; v++ {
		row := m.data[v*m.rowB : (v+1)*m.rowB]
		for o := 0; o < t.nOut; o++ {
			t.out[o*m.rows+v] = h.dot(row, g, &h.a, o)
		}
	}
}
