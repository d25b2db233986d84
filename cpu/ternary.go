package cpu

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync/atomic"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// ternaryMatrix is a linear layer's weights in the one layout the CPU kernels
// read: I2_S codes (0,1,2 for -1,0,+1; 128-element interleaved blocks, each row
// cols/4 bytes). I2_S tensors are used in place, other types are repacked once
// at load.
type ternaryMatrix struct {
	name       string
	rows, cols int
	codes      []byte    // rows*cols/4
	scale      float32   // per-tensor weight scale (used when blockScale == nil)
	blockScale []float32 // per 256-element block scales (TQ types with unequal scales), row-major
	outScale   float32   // extra output multiplier from a "*.scale" tensor (1 when absent)
	repacked   string    // how the weights were converted at load, "" when used in place
	kern       ternaryKernel
	count      *atomic.Uint64 // dispatches of kern on the owning engine
	lut        []byte         // lookup-table layout (packLUT), when kern is a lutKernel
	// q2 holds Q2_0 weights in the file's layout (q2_0.go), which run on
	// Q8_0 activations instead of codes; q2Group is their group size.
	q2      []byte
	q2Group int
	// q2t is q2 repacked into 16-row tiles (packQ2Tiles), when kern is a
	// tiled Q2_0 kernel.
	q2t []byte
}

const blockScaleLen = 256

// newTernaryMatrix prepares a linear layer for the CPU kernels.
func newTernaryMatrix(l model.Linear) (*ternaryMatrix, error) {
	if model.IsQ2_0(l.Type) {
		return newQ2Matrix(l)
	}
	m := &ternaryMatrix{name: l.Name, rows: l.Out, cols: l.In, outScale: l.Scale}
	if l.In%128 != 0 {
		return nil, fmt.Errorf("cpu: %s: input dimension %d is not a multiple of 128", l.Name, l.In)
	}
	switch l.Type {
	case gguf.TypeI2_S:
		n := l.Out * l.In / 4
		if len(l.Data) < n+4 {
			return nil, fmt.Errorf("cpu: %s: I2_S data is %d bytes, want %d", l.Name, len(l.Data), n+32)
		}
		m.codes = l.Data[:n]
		m.scale = math.Float32frombits(binary.LittleEndian.Uint32(l.Data[n:]))
		if hasCode3(m.codes) {
			// Code 3 is never written by bitnet.cpp; it decodes as 0. Repack so
			// the kernels, which multiply codes directly, see a 1 instead.
			m.codes = fixCode3(m.codes)
			m.repacked = "I2_S code 3 -> 1"
		}
		return m, nil
	case gguf.TypeTQ2_0, gguf.TypeTQ1_0:
		var t *quant.Ternary
		var err error
		if l.Type == gguf.TypeTQ2_0 {
			t, err = quant.DecodeTQ2(l.Data, l.Out, l.In)
		} else {
			t, err = quant.DecodeTQ1(l.Data, l.Out, l.In)
		}
		if err != nil {
			return nil, fmt.Errorf("cpu: %s: %w", l.Name, err)
		}
		return m.fromTernary(t, l.Type.String())
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16:
		w := make([]float32, l.Out*l.In)
		if err := decodeFloats(l.Type, l.Data, w); err != nil {
			return nil, fmt.Errorf("cpu: %s: %w", l.Name, err)
		}
		vals, scale, exact := quant.Ternarize(w)
		t := &quant.Ternary{Rows: l.Out, Cols: l.In, Values: vals, Scales: []float32{scale}}
		m2, err := m.fromTernary(t, l.Type.String())
		if err != nil {
			return nil, err
		}
		if !exact {
			m2.repacked += " (absmean ternarized: weights were not ternary)"
		}
		return m2, nil
	}
	return nil, fmt.Errorf("cpu: %s: unsupported linear type %s", l.Name, l.Type)
}

func (m *ternaryMatrix) fromTernary(t *quant.Ternary, from string) (*ternaryMatrix, error) {
	m.codes = make([]byte, m.rows*m.cols/4)
	for r := 0; r < m.rows; r++ {
		packRowI2S(m.codes[r*m.cols/4:(r+1)*m.cols/4], t.Values[r*m.cols:(r+1)*m.cols])
	}
	m.repacked = from + " -> I2_S layout"
	switch {
	case t.ScaleBlock == 0:
		m.scale = t.Scales[0]
	default:
		if t.ScaleBlock != blockScaleLen {
			return nil, fmt.Errorf("cpu: %s: scale block %d not supported", m.name, t.ScaleBlock)
		}
		// Most conversions give every block the same scale (all-zero blocks aside):
		// then one tensor scale is exact and the fast path applies.
		s, uniform := t.UniformScale()
		if uniform {
			m.scale = s
		} else {
			m.blockScale = append([]float32(nil), t.Scales...)
			m.repacked += " with per-block scales"
		}
	}
	return m, nil
}

// packRowI2S writes one row of ternary values in I2_S's interleaved layout.
func packRowI2S(dst []byte, vals []int8) {
	for b := 0; b < len(vals)/128; b++ {
		blk := vals[b*128 : (b+1)*128]
		out := dst[b*32 : (b+1)*32]
		for j := 0; j < 32; j++ {
			out[j] = byte(blk[j]+1)<<6 | byte(blk[32+j]+1)<<4 | byte(blk[64+j]+1)<<2 | byte(blk[96+j]+1)
		}
	}
}

func hasCode3(codes []byte) bool {
	i := 0
	for ; i+8 <= len(codes); i += 8 {
		x := binary.LittleEndian.Uint64(codes[i:])
		if x&(x>>1)&0x5555555555555555 != 0 {
			return true
		}
	}
	for ; i < len(codes); i++ {
		x := codes[i]
		if x&(x>>1)&0x55 != 0 {
			return true
		}
	}
	return false
}

func fixCode3(codes []byte) []byte {
	out := make([]byte, len(codes))
	for i, x := range codes {
		three := x & (x >> 1) & 0x55 // low bit of each field that holds 3
		out[i] = x &^ (three << 1)   // 3 (0b11) -> 1 (0b01)
	}
	return out
}

func decodeFloats(t gguf.Type, data []byte, out []float32) error {
	switch t {
	case gguf.TypeF32:
		if len(data) < 4*len(out) {
			return fmt.Errorf("F32 data too short")
		}
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	case gguf.TypeF16:
		if len(data) < 2*len(out) {
			return fmt.Errorf("F16 data too short")
		}
		for i := range out {
			out[i] = quant.F16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
		}
	case gguf.TypeBF16:
		if len(data) < 2*len(out) {
			return fmt.Errorf("BF16 data too short")
		}
		for i := range out {
			out[i] = quant.BF16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
		}
	case gguf.TypeQ8_0:
		return quant.DequantizeQ8_0(data, out)
	case gguf.TypeQ6_K:
		return quant.DequantizeQ6K(data, out)
	default:
		return fmt.Errorf("cannot decode %s", t)
	}
	return nil
}

// dotI2S returns sum(code_i * q_i) over one row of I2_S codes: the integer the
// model's matmul is built on (docs/FORMATS.md). Scalar reference kernel.
func dotI2S(row []byte, q []int8) int32 {
	var acc int32
	for b := 0; b < len(row)/32; b++ {
		blk := row[b*32 : b*32+32]
		qb := q[b*128 : b*128+128]
		for j, x := range blk {
			acc += int32(x>>6) * int32(qb[j])
			acc += int32(x>>4&3) * int32(qb[32+j])
			acc += int32(x>>2&3) * int32(qb[64+j])
			acc += int32(x&3) * int32(qb[96+j])
		}
	}
	return acc
}

// finish turns integer dot products into one output value the way bitnet.cpp
// does: ((acc - asum) / actScale) * wScale in float32.
func finish(acc, asum int32, actScale, wScale float32) float32 {
	return float32(float32(float32(acc)-float32(asum))/actScale) * wScale
}
