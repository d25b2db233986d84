package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/synth"
)

const quantizeUsage = `usage: bitnet quantize [-token-embd f16|q8_0|q6_k|keep] IN OUT TYPE

Converts the linear weights (blk.N.attn_q/k/v/output, ffn_gate/up/down) of a
BitNet b1.58 GGUF file to TYPE: I2_S, TQ2_0 or TQ1_0 (any case). Weights that
are ternary times one scale (per tensor, or per 256-block for TQ types) are
converted exactly; others (F32/F16/BF16/Q8_0/Q6_K from training, or TQ
weights with different block scales going to the one-scale I2_S) are
ternarized with BitNet's absmean rule, and the report says so per tensor.
token_embd (and output.weight, if any) becomes -token-embd; norms and every
other tensor are copied unchanged, as is all metadata but general.file_type.

flags:
`

// quantTargets are the TYPEs quantize writes.
var quantTargets = []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0}

// quantLinearSuffixes name the linear weights of a BitNet block.
var quantLinearSuffixes = []string{
	".attn_q.weight", ".attn_k.weight", ".attn_v.weight", ".attn_output.weight",
	".ffn_gate.weight", ".ffn_up.weight", ".ffn_down.weight",
}

// quantEmbedNames are the vocabulary matrices -token-embd applies to.
var quantEmbedNames = []string{"token_embd.weight", "output.weight"}

// quantOutcome classifies one linear tensor's conversion.
type quantOutcome int

const (
	quantExact      quantOutcome = iota // values and scales unchanged
	quantScaleRound                     // values unchanged, scales rounded to F16 (TQ)
	quantTernarized                     // absmean ternarization: values changed
	numQuantOutcomes
)

// runQuantize implements `bitnet quantize`.
func runQuantize(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("quantize", stdout, stderr, quantizeUsage,
		"bitnet quantize model-f32.gguf model-i2s.gguf I2_S",
		"bitnet quantize -token-embd q6_k model.gguf model-tq2.gguf tq2_0")
	embd := fs.String("token-embd", "f16", "type of token_embd (and output.weight): f16, q8_0, q6_k, or keep")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 3 {
		return usageErrorf(fs, "want IN OUT TYPE, got %d arguments", len(pos))
	}
	inPath, outPath := pos[0], pos[1]
	if err := outfile.Check(outPath); err != nil {
		return err
	}
	target, err := gguf.ParseType(pos[2])
	if err != nil || !slices.Contains(quantTargets, target) {
		return fmt.Errorf("unknown TYPE %q (want I2_S, TQ2_0 or TQ1_0)", pos[2])
	}
	var embType gguf.Type // 0 with keepEmb: copy as is
	keepEmb := false
	switch strings.ToLower(*embd) {
	case "keep":
		keepEmb = true
	case "f16":
		embType = gguf.TypeF16
	case "q8_0":
		embType = gguf.TypeQ8_0
	case "q6_k":
		embType = gguf.TypeQ6_K
	default:
		return fmt.Errorf("unknown -token-embd %q (want f16, q8_0, q6_k or keep)", *embd)
	}

	in, err := gguf.OpenContext(ctx, inPath)
	if err != nil {
		return err
	}
	defer in.Close()
	ftype, err := synth.FileType(target)
	if err != nil {
		return err
	}
	w := gguf.NewWriter()
	w.SetFrom(in, nil)
	w.Set("general.file_type", gguf.Uint32Value(ftype))
	w.Set("general.quantization_version", gguf.Uint32Value(2))

	infos := in.Tensors()
	var counts [numQuantOutcomes]int
	var linear, copied int
	var embNotes []string
	step := 0
	report := func(name, what string) {
		step++
		fmt.Fprintf(stdout, "[%3d/%d] %-28s %s\n", step, len(infos), name, what)
	}
	for _, ti := range infos {
		name := ti.Name
		switch {
		case quantIsLinear(ti):
			rows, cols, err := quantMatrix(ti)
			if err == nil {
				err = quantCheckShape(target, cols)
			}
			if err == nil {
				err = quantCheckSource(ti.Type)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			linear++
			src := ti.Type
			err = w.AddTensorFunc(name, target, ti.Dims, func(out io.Writer) error {
				data, err := in.TensorData(name)
				if err != nil {
					return err
				}
				enc, outcome, note, err := quantizeLinear(data, src, rows, cols, target)
				if err != nil {
					return err
				}
				counts[outcome]++
				report(name, fmt.Sprintf("%s -> %s  %s", src, target, note))
				_, err = out.Write(enc)
				return err
			})
			if err != nil {
				return err
			}
		case slices.Contains(quantEmbedNames, name) && !keepEmb && ti.Type != embType:
			rows, cols, err := quantMatrix(ti)
			if err == nil {
				err = quantCheckEmbed(ti.Type, embType, cols)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			src := ti.Type
			embNotes = append(embNotes, fmt.Sprintf("%s %s -> %s", name, src, embType))
			err = w.AddTensorFunc(name, embType, ti.Dims, func(out io.Writer) error {
				data, err := in.TensorData(name)
				if err != nil {
					return err
				}
				if err := quantConvertRows(ctx, out, data, src, embType, rows, cols); err != nil {
					return err
				}
				report(name, fmt.Sprintf("%s -> %s", src, embType))
				return nil
			})
			if err != nil {
				return err
			}
		default:
			data, err := in.TensorData(name)
			if err != nil {
				return err
			}
			if err := w.AddTensor(name, ti.Type, ti.Dims, data); err != nil {
				return err
			}
			copied++
		}
	}
	if linear == 0 {
		return fmt.Errorf("%s has no BitNet linear weights (blk.N.attn_q.weight, ...)", inPath)
	}
	if err := w.WriteFile(ctx, outPath); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s, general.file_type %d): %d linear tensors: %d exact, %d exact with scales rounded to F16, %d ternarized",
		outPath, target, ftype, linear, counts[quantExact], counts[quantScaleRound], counts[quantTernarized])
	if len(embNotes) > 0 {
		fmt.Fprintf(stdout, "; %s", strings.Join(embNotes, ", "))
	}
	fmt.Fprintf(stdout, "; %d tensors copied\n", copied)
	return nil
}

// quantIsLinear reports whether ti is one of a block's ternary linear weights.
func quantIsLinear(ti gguf.TensorInfo) bool {
	if !strings.HasPrefix(ti.Name, "blk.") || len(ti.Dims) < 2 {
		return false
	}
	for _, s := range quantLinearSuffixes {
		if strings.HasSuffix(ti.Name, s) {
			return true
		}
	}
	return false
}

// quantMatrix returns a tensor's rows (all dims after the first) and cols (ne0).
func quantMatrix(ti gguf.TensorInfo) (rows, cols int, err error) {
	n := ti.Elements()
	if len(ti.Dims) == 0 || n == 0 || n > math.MaxInt32*64 {
		return 0, 0, fmt.Errorf("unsupported shape %v", ti.Dims)
	}
	return int(n / ti.Dims[0]), int(ti.Dims[0]), nil
}

// quantCheckShape reports whether rows of cols weights fit the target's blocks.
func quantCheckShape(target gguf.Type, cols int) error {
	block := 128
	if target != gguf.TypeI2_S {
		block = 256
	}
	if cols%block != 0 {
		return fmt.Errorf("%s needs rows of a multiple of %d weights, these have %d", target, block, cols)
	}
	return nil
}

// quantCheckSource reports whether linear weights of type t can be read.
func quantCheckSource(t gguf.Type) error {
	switch t {
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16, gguf.TypeQ8_0, gguf.TypeQ6_K,
		gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0:
		return nil
	}
	return fmt.Errorf("cannot read %s weights (want F32, F16, BF16, Q8_0, Q6_K, I2_S, TQ2_0 or TQ1_0)", t)
}

// quantCheckEmbed reports whether an embedding can go from src to dst.
func quantCheckEmbed(src, dst gguf.Type, cols int) error {
	switch src {
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16, gguf.TypeQ8_0, gguf.TypeQ6_K:
	default:
		return fmt.Errorf("cannot convert a %s embedding (use -token-embd keep)", src)
	}
	if b := int(dst.BlockSize()); cols%b != 0 {
		return fmt.Errorf("%s needs rows of a multiple of %d values, these have %d", dst, b, cols)
	}
	return nil
}

// quantDecodeFloats dequantizes n = rows*cols values of type t.
func quantDecodeFloats(data []byte, t gguf.Type, rows, cols int) ([]float32, error) {
	out := make([]float32, rows*cols)
	var err error
	switch t {
	case gguf.TypeF32:
		if len(data) != 4*len(out) {
			return nil, fmt.Errorf("F32: %d bytes for %d values", len(data), len(out))
		}
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	case gguf.TypeF16:
		err = quant.DecodeF16(data, out)
	case gguf.TypeBF16:
		err = quant.DecodeBF16(data, out)
	case gguf.TypeQ8_0:
		err = quant.DequantizeQ8_0(data, out)
	case gguf.TypeQ6_K:
		err = quant.DequantizeQ6K(data, out)
	case gguf.TypeI2_S:
		err = quant.DequantizeI2S(data, rows, cols, out)
	case gguf.TypeTQ2_0:
		err = quant.DequantizeTQ2(data, rows, cols, out)
	case gguf.TypeTQ1_0:
		err = quant.DequantizeTQ1(data, rows, cols, out)
	default:
		err = fmt.Errorf("cannot decode %s", t)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// quantizeLinear converts one linear weight to target and says how.
func quantizeLinear(data []byte, src gguf.Type, rows, cols int, target gguf.Type) ([]byte, quantOutcome, string, error) {
	var t *quant.Ternary
	var err error
	switch src {
	case gguf.TypeI2_S:
		t, err = quant.DecodeI2S(data, rows, cols)
	case gguf.TypeTQ2_0:
		t, err = quant.DecodeTQ2(data, rows, cols)
	case gguf.TypeTQ1_0:
		t, err = quant.DecodeTQ1(data, rows, cols)
	}
	if err != nil && !errors.Is(err, quant.ErrNotTernary) {
		return nil, 0, "", err
	}
	outcome, note := quantExact, ""
	if t != nil && t.ScaleBlock != 0 && target == gguf.TypeI2_S {
		// I2_S holds one scale: fine if every block that has a non-zero
		// weight shares it, otherwise the weights must be re-ternarized.
		if s, ok := quantCommonScale(t); ok {
			t = &quant.Ternary{Rows: rows, Cols: cols, Values: t.Values, Scales: []float32{s}}
		} else {
			note = fmt.Sprintf("%d different block scales, ", quantDistinctScales(t))
			t = nil
		}
	}
	if t == nil {
		// Floats, TQ2_0 holding code 3, or TQ blocks with unequal scales.
		w, err := quantDecodeFloats(data, src, rows, cols)
		if err != nil {
			return nil, 0, "", err
		}
		values, scale, exact := quant.Ternarize(w)
		t = &quant.Ternary{Rows: rows, Cols: cols, Values: values, Scales: []float32{scale}}
		if !exact && target != gguf.TypeI2_S {
			// TQ keeps a scale per 256 weights: weights that are ternary
			// per block (a TQ file decoded to floats) convert exactly.
			if bt, ok := quantBlockTernary(w, rows, cols); ok {
				t, exact = bt, true
			}
		}
		if !exact {
			outcome = quantTernarized
			note += fmt.Sprintf("ternarized: absmean scale %.6g, relative error %.4f", scale, quantRelError(w, t))
		}
	}
	if outcome != quantTernarized && target != gguf.TypeI2_S {
		if n := quantF16Rounded(t.Scales); n > 0 {
			outcome = quantScaleRound
			note = fmt.Sprintf("exact values, %d scales rounded to F16", n)
		}
	}
	if outcome == quantExact {
		if t.ScaleBlock == 0 {
			note = fmt.Sprintf("exact, scale %.6g", t.Scales[0])
		} else if n := quantDistinctScales(t); n == 1 {
			note = fmt.Sprintf("exact, scale %.6g in every block", t.Scales[0])
		} else {
			note = fmt.Sprintf("exact, %d distinct block scales", n)
		}
	}
	var enc []byte
	switch target {
	case gguf.TypeI2_S:
		enc, err = quant.EncodeI2S(t)
	case gguf.TypeTQ2_0:
		enc, err = quant.EncodeTQ2(t)
	case gguf.TypeTQ1_0:
		enc, err = quant.EncodeTQ1(t)
	}
	if err != nil {
		return nil, 0, "", err
	}
	return enc, outcome, note, nil
}

// quantCommonScale returns the one scale of the blocks of t that hold a
// non-zero weight (0 when there are none).
func quantCommonScale(t *quant.Ternary) (float32, bool) {
	var s float32
	found := false
	for b, sc := range t.Scales {
		vals := t.Values[b*t.ScaleBlock : (b+1)*t.ScaleBlock]
		if !quantAnyNonZero(vals) {
			continue
		}
		if found && math.Float32bits(sc) != math.Float32bits(s) {
			return 0, false
		}
		s, found = sc, true
	}
	return s, true
}

func quantAnyNonZero(v []int8) bool {
	for _, x := range v {
		if x != 0 {
			return true
		}
	}
	return false
}

func quantDistinctScales(t *quant.Ternary) int {
	seen := map[uint32]bool{}
	for _, s := range t.Scales {
		seen[math.Float32bits(s)] = true
	}
	return len(seen)
}

// quantBlockTernary reports whether every 256-weight block of w is ternary
// times its own F16-representable scale, as in a TQ file decoded to floats,
// and returns that Ternary.
func quantBlockTernary(w []float32, rows, cols int) (*quant.Ternary, bool) {
	const block = 256
	if cols%block != 0 {
		return nil, false
	}
	t := &quant.Ternary{Rows: rows, Cols: cols, Values: make([]int8, len(w)), ScaleBlock: block, Scales: make([]float32, len(w)/block)}
	for b := range t.Scales {
		vals, s, exact := quant.Ternarize(w[b*block : (b+1)*block])
		if !exact || quant.F16ToF32(quant.F32ToF16(s)) != s {
			return nil, false
		}
		copy(t.Values[b*block:], vals)
		t.Scales[b] = s
	}
	return t, true
}

// quantF16Rounded counts the scales that F16 cannot hold exactly.
func quantF16Rounded(scales []float32) int {
	n := 0
	for _, s := range scales {
		if quant.F16ToF32(quant.F32ToF16(s)) != s {
			n++
		}
	}
	return n
}

// quantRelError returns ||w - t|| / ||w||, in float64.
func quantRelError(w []float32, t *quant.Ternary) float64 {
	var num, den float64
	for i, x := range w {
		d := float64(x) - float64(t.Values[i])*float64(t.Scale(i/t.Cols, i%t.Cols))
		num += d * d
		den += float64(x) * float64(x)
	}
	if den == 0 {
		return 0
	}
	return math.Sqrt(num / den)
}

// quantRowChunk is how many values quantConvertRows converts at a time.
const quantRowChunk = 1 << 20

// quantConvertRows re-encodes a rows x cols matrix from src to dst a few
// rows at a time, so a large embedding is never held as float32 whole.
func quantConvertRows(ctx context.Context, out io.Writer, data []byte, src, dst gguf.Type, rows, cols int) error {
	rowBytes, err := gguf.TensorBytes(src, []uint64{uint64(cols)})
	if err != nil {
		return err
	}
	if uint64(len(data)) != rowBytes*uint64(rows) {
		return fmt.Errorf("%d bytes for %d rows of %d %s bytes", len(data), rows, rowBytes, src)
	}
	per := max(1, quantRowChunk/cols)
	for r0 := 0; r0 < rows; r0 += per {
		if err := ctx.Err(); err != nil {
			return err
		}
		r1 := min(rows, r0+per)
		x, err := quantDecodeFloats(data[uint64(r0)*rowBytes:uint64(r1)*rowBytes], src, r1-r0, cols)
		if err != nil {
			return err
		}
		var enc []byte
		switch dst {
		case gguf.TypeF16:
			enc = quant.EncodeF16(x)
		case gguf.TypeQ8_0:
			enc, err = quant.QuantizeQ8_0(x)
		case gguf.TypeQ6_K:
			enc, err = quant.QuantizeQ6K(x)
		default:
			err = fmt.Errorf("cannot write %s", dst)
		}
		if err != nil {
			return err
		}
		if _, err := out.Write(enc); err != nil {
			return err
		}
	}
	return nil
}
