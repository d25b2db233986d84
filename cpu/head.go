package cpu

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// f16Table maps every F16 bit pattern to its float32 value (256 KiB, built once).
var f16Table = sync.OnceValue(func() *[1 << 16]float32 {
	var t [1 << 16]float32
	for i := range t {
		t[i] = quant.F16ToF32(uint16(i))
	}
	return &t
})

func newEmbedMatrix(e model.Embedding) (*embedMatrix, error) {
	m := &embedMatrix{name: e.Name, typ: e.Type, rows: e.Rows, dim: e.Dim, data: e.Data}
	switch e.Type {
	case gguf.TypeF32:
		m.rowB = 4 * e.Dim
	case gguf.TypeF16, gguf.TypeBF16:
		m.rowB = 2 * e.Dim
	case gguf.TypeQ8_0:
		if e.Dim%32 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q8_0 row of %d is not a multiple of 32", e.Name, e.Dim)
		}
		m.rowB = e.Dim / 32 * 34
	case gguf.TypeQ6_K:
		if e.Dim%256 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q6_K row of %d is not a multiple of 256", e.Name, e.Dim)
		}
		m.rowB = e.Dim / 256 * 210
	default:
		return nil, fmt.Errorf("cpu: %s: unsupported embedding type %s", e.Name, e.Type)
	}
	if len(e.Data) < m.rowB*e.Rows {
		return nil, fmt.Errorf("cpu: %s: %d bytes, want %d", e.Name, len(e.Data), m.rowB*e.Rows)
	}
	return m, nil
}

// row writes row r as float32 into out.
func (m *embedMatrix) row(r int, out []float32) error {
	b := m.data[r*m.rowB : (r+1)*m.rowB]
	switch m.typ {
	case gguf.TypeF16:
		t := f16Table()
		for i := range out[:m.dim] {
			out[i] = t[binary.LittleEndian.Uint16(b[2*i:])]
		}
		return nil
	}
	return decodeFloats(m.typ, b, out[:m.dim])
}

// dot returns row r · x in float64.
func (m *embedMatrix) dot(r int, x []float32, buf *[256]float32) float64 {
	b := m.data[r*m.rowB : (r+1)*m.rowB]
	var s float64
	switch m.typ {
	case gguf.TypeF16:
		t := f16Table()
		for i, v := range x[:m.dim] {
			s += float64(t[binary.LittleEndian.Uint16(b[2*i:])]) * float64(v)
		}
	case gguf.TypeF32:
		for i, v := range x[:m.dim] {
			s += float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))) * float64(v)
		}
	case gguf.TypeBF16:
		for i, v := range x[:m.dim] {
			s += float64(quant.BF16ToF32(binary.LittleEndian.Uint16(b[2*i:]))) * float64(v)
		}
	case gguf.TypeQ8_0:
		for blk := 0; blk < m.dim/32; blk++ {
			bb := b[blk*34 : blk*34+34]
			d := float64(quant.F16ToF32(binary.LittleEndian.Uint16(bb)))
			var acc float64
			for j := 0; j < 32; j++ {
				acc += float64(int8(bb[2+j])) * float64(x[blk*32+j])
			}
			s += d * acc
		}
	case gguf.TypeQ6_K:
		for blk := 0; blk < m.dim/256; blk++ {
			_ = quant.DequantizeQ6K(b[blk*210:blk*210+210], buf[:])
			for j, w := range buf {
				s += float64(w) * float64(x[blk*256+j])
			}
		}
	}
	return s
}

// headTask computes logits[o][v] = head_v · h_o for vocab rows v in [lo, hi).
type headTask struct {
	m      *embedMatrix
	h      []float32 // nOut rows of dim
	nOut   int
	out    []float32 // nOut rows of m.rows
	blkBuf [][256]float32
}

func (t *headTask) run(part, lo, hi int) {
	buf := &t.blkBuf[part]
	dim := t.m.dim
	for v := lo; v < hi; v++ {
		for o := 0; o < t.nOut; o++ {
			t.out[o*t.m.rows+v] = float32(t.m.dot(v, t.h[o*dim:(o+1)*dim], buf))
		}
	}
}
