//go:build cuda

package cuda

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"unsafe"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Host-side preparation of the weights before upload: everything becomes I2_S
// code bytes (which the device repacks into its own layout) plus one tensor
// scale, and the embedding/head one of F16, BF16 or F32.

// Storage type ids of the C API (BNC_TYPE_*).
const (
	typeF32  = 0
	typeF16  = 1
	typeBF16 = 2
)

// parsePrecision maps an Options.Precision to its name and type id.
func parsePrecision(p string) (string, int, error) {
	switch strings.ToLower(strings.TrimSpace(p)) {
	case "fp32", "f32", "float32":
		return "fp32", typeF32, nil
	case "", "fp16", "f16", "float16", "half":
		return "fp16", typeF16, nil
	case "bf16", "bfloat16":
		return "bf16", typeBF16, nil
	}
	return "", 0, fmt.Errorf("cuda: precision %q: want fp32, fp16 or bf16", p)
}

// ternaryCodes returns a linear layer as I2_S code bytes (rows*cols/4, the
// layout of the official file) and its tensor scale. I2_S data is used in
// place (code 3 is handled on the device); TQ1_0/TQ2_0 and float weights are
// converted the way the CPU engine converts them. note says what was done.
func ternaryCodes(l model.Linear) (codes []byte, scale float32, note string, err error) {
	n := l.Out * l.In / 4
	if l.In%128 != 0 {
		return nil, 0, "", fmt.Errorf("cuda: %s: input dimension %d is not a multiple of 128", l.Name, l.In)
	}
	var t *quant.Ternary
	switch l.Type {
	case gguf.TypeI2_S:
		if len(l.Data) < n+4 {
			return nil, 0, "", fmt.Errorf("cuda: %s: I2_S data is %d bytes, want %d", l.Name, len(l.Data), n+32)
		}
		return l.Data[:n], math.Float32frombits(binary.LittleEndian.Uint32(l.Data[n:])), "", nil
	case gguf.TypeTQ2_0:
		t, err = quant.DecodeTQ2(l.Data, l.Out, l.In)
	case gguf.TypeTQ1_0:
		t, err = quant.DecodeTQ1(l.Data, l.Out, l.In)
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16:
		w := make([]float32, l.Out*l.In)
		if err := decodeFloats(l.Type, l.Data, w); err != nil {
			return nil, 0, "", fmt.Errorf("cuda: %s: %w", l.Name, err)
		}
		vals, s, exact := quant.Ternarize(w)
		t = &quant.Ternary{Rows: l.Out, Cols: l.In, Values: vals, Scales: []float32{s}}
		note = l.Type.String() + " -> ternary"
		if !exact {
			note += " (absmean ternarized: weights were not ternary)"
		}
	default:
		return nil, 0, "", fmt.Errorf("cuda: %s: unsupported linear type %s", l.Name, l.Type)
	}
	if err != nil {
		return nil, 0, "", fmt.Errorf("cuda: %s: %w", l.Name, err)
	}
	if t.ScaleBlock != 0 {
		s, ok := t.UniformScale()
		if !ok {
			return nil, 0, "", fmt.Errorf("cuda: %s: %s blocks have different scales, which the GPU kernels do not support (the CPU backend does)", l.Name, l.Type)
		}
		t = &quant.Ternary{Rows: t.Rows, Cols: t.Cols, Values: t.Values, Scales: []float32{s}}
		note = l.Type.String() + " -> I2_S layout"
	}
	enc, err := quant.EncodeI2S(t)
	if err != nil {
		return nil, 0, "", fmt.Errorf("cuda: %s: %w", l.Name, err)
	}
	return enc[:n], t.Scales[0], note, nil
}

func decodeFloats(t gguf.Type, data []byte, out []float32) error {
	switch t {
	case gguf.TypeF32:
		if len(data) < 4*len(out) {
			return fmt.Errorf("F32 data too short: %d bytes for %d values", len(data), len(out))
		}
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		return nil
	case gguf.TypeF16:
		return quant.DecodeF16(data[:min(len(data), 2*len(out))], out)
	case gguf.TypeBF16:
		return quant.DecodeBF16(data[:min(len(data), 2*len(out))], out)
	}
	return fmt.Errorf("cannot decode %s", t)
}

// hostMatrix returns an embedding or head matrix in a type the device reads
// (F16, BF16, F32 as stored; Q8_0 and Q6_K dequantized to F32 exactly as the
// CPU engine reads them, at 4 bytes per weight).
func hostMatrix(e model.Embedding) (typ int, data []byte, note string, err error) {
	n := e.Rows * e.Dim
	switch e.Type {
	case gguf.TypeF16, gguf.TypeBF16:
		if len(e.Data) < 2*n {
			return 0, nil, "", fmt.Errorf("cuda: %s: %d bytes, want %d", e.Name, len(e.Data), 2*n)
		}
		typ = typeF16
		if e.Type == gguf.TypeBF16 {
			typ = typeBF16
		}
		return typ, e.Data[:2*n], "", nil
	case gguf.TypeF32:
		if len(e.Data) < 4*n {
			return 0, nil, "", fmt.Errorf("cuda: %s: %d bytes, want %d", e.Name, len(e.Data), 4*n)
		}
		return typeF32, e.Data[:4*n], "", nil
	case gguf.TypeQ8_0, gguf.TypeQ6_K:
		out := make([]float32, n)
		if e.Type == gguf.TypeQ8_0 {
			err = quant.DequantizeQ8_0(e.Data[:min(len(e.Data), quant.Q8Size(n))], out)
		} else {
			err = quant.DequantizeQ6K(e.Data[:min(len(e.Data), quant.Q6KSize(n))], out)
		}
		if err != nil {
			return 0, nil, "", fmt.Errorf("cuda: %s: %w", e.Name, err)
		}
		return typeF32, unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), 4*n), e.Type.String() + " -> F32", nil
	}
	return 0, nil, "", fmt.Errorf("cuda: %s: unsupported type %s", e.Name, e.Type)
}

// ropeTable holds each position's cos and sin for positions [0, cap) and
// pairs [0, RopeDim/2), computed on the host by model.Config.RopeAngles, the
// function the CPU's exact mode uses (float64, then rounded to float32; RoPE
// scaling and its magnitude factor included), position-major so a longer
// table's prefix serves a shorter state.
type ropeTable struct {
	cap      int
	cos, sin []float32
}

func newRopeTable(capacity int, cfg *model.Config) *ropeTable {
	half := cfg.RopeDim / 2
	t := &ropeTable{cap: capacity, cos: make([]float32, capacity*half), sin: make([]float32, capacity*half)}
	for p := 0; p < capacity; p++ {
		cfg.RopeAngles(p, t.cos[p*half:(p+1)*half], t.sin[p*half:(p+1)*half])
	}
	return t
}

// bf16Note is the engine note for precision bf16 on a GPU of compute
// capability cc ("7.5") below 8.0, which has no instruction for rounding a
// float to bf16: the KV-cache stores round in a few integer instructions
// (cuda_bf16.h's software path, the same bits as sm_80's cvt.rn.bf16.f32),
// while reading bf16 is a shift on every GPU. Correct, slower to write, and
// fp16 keeps 3 more mantissa bits: the note says so.
func bf16Note(prec, cc string) string {
	var major, minor int
	if prec != "bf16" {
		return ""
	}
	if _, err := fmt.Sscanf(cc, "%d.%d", &major, &minor); err != nil || major >= 8 {
		return ""
	}
	return fmt.Sprintf("precision bf16 on compute capability %s (below 8.0): KV-cache writes round to bf16 in software, correct but slower than sm_80's conversion instruction; fp16 is faster here and 8x finer", cc)
}
