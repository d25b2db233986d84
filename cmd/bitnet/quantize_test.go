package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/synth"
)

func quantizeRun(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	require.NoError(t, runQuantize(context.Background(), args, &stdout, &stderr), stderr.String())
	return stdout.String()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

func openGGUF(t *testing.T, path string) *gguf.File {
	t.Helper()
	f, err := gguf.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// TestQuantizeChain converts a synthetic F32 (and F16) model to every
// ternary type and between them: each result must be byte-identical to the
// synthetic model written directly in that type (same seed), which also
// proves the metadata and the untouched tensors are preserved.
func TestQuantizeChain(t *testing.T) {
	dir := t.TempDir()
	const seed = 4
	direct := map[gguf.Type][]byte{}
	for _, wt := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0} {
		direct[wt] = readFile(t, synthFile(t, dir, "tiny", wt, seed))
	}
	for _, src := range []gguf.Type{gguf.TypeF32, gguf.TypeF16} {
		in := synthFile(t, dir, "tiny", src, seed)
		prev := in
		for i, target := range []string{"i2_s", "TQ2_0", "tq1_0", "I2_S", "tq1_0", "tq2_0"} {
			out := filepath.Join(dir, src.String()+"-"+strings.Repeat("x", i)+".gguf")
			report := quantizeRun(t, prev, out, target)
			tt, err := gguf.ParseType(target)
			require.NoError(t, err)
			assert.Contains(t, report, "14 linear tensors: 14 exact, 0 exact with scales rounded to F16, 0 ternarized")
			assert.Contains(t, report, "10 tensors copied")
			assert.True(t, bytes.Equal(direct[tt], readFile(t, out)), "%s -> ... -> %s differs from synth's %s file", src, target, tt)
			prev = out
		}
	}
}

// rewriteLinears copies the model at in to out, replacing every linear
// weight by what fn returns.
func rewriteLinears(t *testing.T, in, out string, fn func(name string, rows, cols int, data []byte) (gguf.Type, []byte)) {
	t.Helper()
	f := openGGUF(t, in)
	w := gguf.NewWriter()
	w.SetFrom(f, nil)
	for _, ti := range f.Tensors() {
		data, err := f.TensorData(ti.Name)
		require.NoError(t, err)
		typ := ti.Type
		if quantIsLinear(ti) {
			typ, data = fn(ti.Name, int(ti.Dims[1]), int(ti.Dims[0]), data)
		}
		require.NoError(t, w.AddTensor(ti.Name, typ, ti.Dims, data))
	}
	require.NoError(t, w.WriteFile(context.Background(), out))
}

func f32Bytes(x []float32) []byte {
	b := make([]byte, 4*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

func TestQuantizeTernarizesFloats(t *testing.T) {
	dir := t.TempDir()
	base := synthFile(t, dir, "tiny", gguf.TypeF32, 1)
	noisy := filepath.Join(dir, "noisy.gguf")
	want := map[string][]float32{}
	r := rand.New(rand.NewPCG(1, 1))
	rewriteLinears(t, base, noisy, func(name string, rows, cols int, _ []byte) (gguf.Type, []byte) {
		w := make([]float32, rows*cols)
		for i := range w {
			w[i] = float32(r.NormFloat64() * 0.02)
		}
		want[name] = w
		return gguf.TypeF32, f32Bytes(w)
	})
	for _, target := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0} {
		out := filepath.Join(dir, "out-"+target.String()+".gguf")
		report := quantizeRun(t, noisy, out, target.String())
		assert.Contains(t, report, "0 exact with scales rounded to F16, 14 ternarized")
		assert.Contains(t, report, "blk.0.attn_q.weight          F32 -> "+target.String()+"  ternarized: absmean scale")
		f := openGGUF(t, out)
		_, err := model.FromGGUF(f, model.Options{})
		require.NoError(t, err)
		assertSameMetadata(t, openGGUF(t, noisy), f, target)
		for name, w := range want {
			ti, _ := f.Tensor(name)
			rows, cols := int(ti.Dims[1]), int(ti.Dims[0])
			data, err := f.TensorData(name)
			require.NoError(t, err)
			got := decodeTernary(t, target, data, rows, cols)
			values, scale, exact := quant.Ternarize(w)
			require.False(t, exact)
			require.Equal(t, values, got.Values, name)
			wantScale := scale
			if target != gguf.TypeI2_S {
				wantScale = quant.F16ToF32(quant.F32ToF16(scale)) // TQ stores F16 scales
			}
			for _, s := range got.Scales {
				require.Equal(t, wantScale, s, name)
			}
		}
	}
}

// assertSameMetadata checks that out has in's keys and values, in order,
// except general.file_type, which must be target's.
func assertSameMetadata(t *testing.T, in, out *gguf.File, target gguf.Type) {
	t.Helper()
	a, b := in.Metadata(), out.Metadata()
	require.Len(t, b, len(a))
	for i, kv := range a {
		require.Equal(t, kv.Key, b[i].Key)
		if kv.Key == "general.file_type" {
			want, err := synth.FileType(target)
			require.NoError(t, err)
			got, _ := b[i].Value.Uint64()
			assert.Equal(t, uint64(want), got)
			continue
		}
		assert.Equal(t, kv.Value.Type(), b[i].Value.Type(), kv.Key)
		assert.Equal(t, kv.Value.Interface(), b[i].Value.Interface(), kv.Key)
	}
	for _, ti := range in.Tensors() {
		if quantIsLinear(ti) {
			continue
		}
		x, _ := in.TensorData(ti.Name)
		y, err := out.TensorData(ti.Name)
		require.NoError(t, err)
		require.True(t, bytes.Equal(x, y), "%s changed", ti.Name)
	}
}

func decodeTernary(t *testing.T, typ gguf.Type, data []byte, rows, cols int) *quant.Ternary {
	t.Helper()
	var tern *quant.Ternary
	var err error
	switch typ {
	case gguf.TypeI2_S:
		tern, err = quant.DecodeI2S(data, rows, cols)
	case gguf.TypeTQ2_0:
		tern, err = quant.DecodeTQ2(data, rows, cols)
	case gguf.TypeTQ1_0:
		tern, err = quant.DecodeTQ1(data, rows, cols)
	default:
		t.Fatalf("type %s", typ)
	}
	require.NoError(t, err)
	return tern
}

func TestQuantizeBlockScales(t *testing.T) {
	dir := t.TempDir()
	base := synthFile(t, dir, "tiny", gguf.TypeTQ2_0, 1)
	blocky := filepath.Join(dir, "blocky.gguf")
	want := map[string]*quant.Ternary{}
	r := rand.New(rand.NewPCG(2, 2))
	rewriteLinears(t, base, blocky, func(name string, rows, cols int, _ []byte) (gguf.Type, []byte) {
		tern := quant.RandomTernary(r, rows, cols, 256)
		want[name] = tern
		b, err := quant.EncodeTQ2(tern)
		require.NoError(t, err)
		return gguf.TypeTQ2_0, b
	})

	// TQ2_0 -> TQ1_0 keeps every block scale.
	out := filepath.Join(dir, "tq1.gguf")
	report := quantizeRun(t, blocky, out, "tq1_0")
	assert.Contains(t, report, "14 exact, 0 exact with scales rounded to F16, 0 ternarized")
	assert.Contains(t, report, "distinct block scales")
	f := openGGUF(t, out)
	for name, tern := range want {
		data, err := f.TensorData(name)
		require.NoError(t, err)
		got := decodeTernary(t, gguf.TypeTQ1_0, data, tern.Rows, tern.Cols)
		require.Equal(t, tern.Values, got.Values, name)
		require.Equal(t, tern.Scales, got.Scales, name)
	}

	// TQ -> F32 -> TQ: a float file that is ternary per block converts exactly.
	floats := filepath.Join(dir, "floats.gguf")
	rewriteLinears(t, blocky, floats, func(name string, rows, cols int, data []byte) (gguf.Type, []byte) {
		w := make([]float32, rows*cols)
		require.NoError(t, quant.DequantizeTQ2(data, rows, cols, w))
		return gguf.TypeF32, f32Bytes(w)
	})
	back := filepath.Join(dir, "back.gguf")
	report = quantizeRun(t, floats, back, "tq2_0")
	assert.Contains(t, report, "14 exact, 0 exact with scales rounded to F16, 0 ternarized")
	fb := openGGUF(t, back)
	fo := openGGUF(t, blocky)
	for name := range want {
		a, _ := fo.TensorData(name)
		b, _ := fb.TensorData(name)
		require.True(t, bytes.Equal(a, b), name)
	}

	// TQ2_0 -> I2_S must ternarize to one scale, and say so.
	out = filepath.Join(dir, "i2s.gguf")
	report = quantizeRun(t, blocky, out, "i2_s")
	assert.Contains(t, report, "different block scales, ternarized: absmean scale")
	assert.Contains(t, report, "14 ternarized")
	f = openGGUF(t, out)
	for name, tern := range want {
		data, err := f.TensorData(name)
		require.NoError(t, err)
		got := decodeTernary(t, gguf.TypeI2_S, data, tern.Rows, tern.Cols)
		w := make([]float32, tern.Rows*tern.Cols)
		for i := range w {
			w[i] = float32(tern.Values[i]) * tern.Scale(i/tern.Cols, i%tern.Cols)
		}
		values, scale, _ := quant.Ternarize(w)
		require.Equal(t, values, got.Values, name)
		require.Equal(t, scale, got.Scales[0], name)
	}
}

func TestQuantizeBF16AndScaleRounding(t *testing.T) {
	dir := t.TempDir()
	base := synthFile(t, dir, "tiny", gguf.TypeF32, 6)
	bf := filepath.Join(dir, "bf16.gguf")
	rewriteLinears(t, base, bf, func(name string, rows, cols int, data []byte) (gguf.Type, []byte) {
		w := make([]float32, rows*cols)
		for i := range w {
			w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		return gguf.TypeBF16, quant.EncodeBF16(w)
	})
	out := filepath.Join(dir, "i2s.gguf")
	report := quantizeRun(t, bf, out, "i2_s")
	assert.Contains(t, report, "14 exact, 0 exact with scales rounded to F16, 0 ternarized")
	ref := openGGUF(t, synthFile(t, dir, "tiny", gguf.TypeI2_S, 6))
	f := openGGUF(t, out)
	for _, ti := range ref.Tensors() {
		if !quantIsLinear(ti) {
			continue
		}
		rows, cols := int(ti.Dims[1]), int(ti.Dims[0])
		a, _ := ref.TensorData(ti.Name)
		b, _ := f.TensorData(ti.Name)
		want := decodeTernary(t, gguf.TypeI2_S, a, rows, cols)
		got := decodeTernary(t, gguf.TypeI2_S, b, rows, cols)
		require.Equal(t, want.Values, got.Values, ti.Name)
		assert.Equal(t, quant.BF16ToF32(quant.F32ToBF16(want.Scales[0])), got.Scales[0], ti.Name)
	}

	// I2_S scales of BF16 precision are F16-exact; make ones that are not
	// and check that TQ reports the rounding.
	odd := filepath.Join(dir, "odd.gguf")
	rewriteLinears(t, out, odd, func(name string, rows, cols int, data []byte) (gguf.Type, []byte) {
		b := bytes.Clone(data)
		binary.LittleEndian.PutUint32(b[len(b)-32:], math.Float32bits(0.0123456789))
		return gguf.TypeI2_S, b
	})
	report = quantizeRun(t, odd, filepath.Join(dir, "tq.gguf"), "tq2_0")
	assert.Contains(t, report, "0 exact, 14 exact with scales rounded to F16, 0 ternarized")
	assert.Contains(t, report, "exact values, 1 scales rounded to F16")
}

func TestQuantizeTokenEmbd(t *testing.T) {
	dir := t.TempDir()
	in := synthFile(t, dir, "tiny", gguf.TypeI2_S, 1)
	src := openGGUF(t, in)
	embData, err := src.TensorData("token_embd.weight")
	require.NoError(t, err)
	emb := make([]float32, len(embData)/2)
	require.NoError(t, quant.DecodeF16(embData, emb))
	tests := []struct {
		flag string
		typ  gguf.Type
		tol  float64
	}{
		{"q8_0", gguf.TypeQ8_0, 0.01},
		{"Q6_K", gguf.TypeQ6_K, 0.03},
		{"f16", gguf.TypeF16, 0},
		{"keep", gguf.TypeF16, 0},
	}
	for _, tt := range tests {
		t.Run(tt.flag, func(t *testing.T) {
			out := filepath.Join(dir, tt.flag+".gguf")
			report := quantizeRun(t, "-token-embd", tt.flag, in, out, "i2_s")
			if tt.typ != gguf.TypeF16 {
				assert.Contains(t, report, "token_embd.weight F16 -> "+tt.typ.String())
				assert.Contains(t, report, "9 tensors copied")
			} else {
				assert.Contains(t, report, "10 tensors copied")
				assert.True(t, bytes.Equal(readFile(t, in), readFile(t, out)))
			}
			f := openGGUF(t, out)
			m, err := model.FromGGUF(f, model.Options{})
			require.NoError(t, err)
			require.Equal(t, tt.typ, m.Embed.Type)
			got := make([]float32, len(emb))
			switch tt.typ {
			case gguf.TypeQ8_0:
				require.NoError(t, quant.DequantizeQ8_0(m.Embed.Data, got))
			case gguf.TypeQ6_K:
				require.NoError(t, quant.DequantizeQ6K(m.Embed.Data, got))
			default:
				require.NoError(t, quant.DecodeF16(m.Embed.Data, got))
			}
			var num, den float64
			for i := range emb {
				d := float64(got[i] - emb[i])
				num += d * d
				den += float64(emb[i]) * float64(emb[i])
			}
			assert.LessOrEqual(t, math.Sqrt(num/den), tt.tol)
		})
	}
	// Q8_0 back to F16 goes through floats row block by row block.
	q8 := filepath.Join(dir, "q8_0.gguf")
	back := filepath.Join(dir, "back.gguf")
	report := quantizeRun(t, q8, back, "i2_s")
	assert.Contains(t, report, "token_embd.weight Q8_0 -> F16")
}

func TestQuantizeErrors(t *testing.T) {
	dir := t.TempDir()
	in := synthFile(t, dir, "tiny", gguf.TypeI2_S, 1)
	out := filepath.Join(dir, "out.gguf")

	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	cfg.FFN = 384 // fine for I2_S (128), not for TQ (256)
	odd := filepath.Join(dir, "ffn384.gguf")
	require.NoError(t, synth.Write(context.Background(), odd, cfg, synth.Options{WeightType: gguf.TypeI2_S}))

	empty := filepath.Join(dir, "empty.gguf")
	require.NoError(t, gguf.NewWriter().WriteFile(context.Background(), empty))

	tests := []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"no args", nil, true, ""},
		{"two args", []string{in, out}, true, ""},
		{"bad flag", []string{"-x", in, out, "i2_s"}, true, ""},
		{"bad type", []string{in, out, "q4_0"}, false, "unknown TYPE"},
		{"unknown type", []string{in, out, "i3"}, false, "unknown TYPE"},
		{"bad embd", []string{"-token-embd", "q4_k", in, out, "i2_s"}, false, "-token-embd"},
		{"missing input", []string{filepath.Join(dir, "none.gguf"), out, "i2_s"}, false, "no such file"},
		{"tq shape", []string{odd, out, "tq2_0"}, false, "multiple of 256"},
		{"no linear", []string{empty, out, "i2_s"}, false, "no BitNet linear weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := runQuantize(context.Background(), tt.args, &bytes.Buffer{}, &stderr)
			require.Error(t, err)
			if tt.usage {
				assert.ErrorIs(t, err, errUsage)
				assert.Contains(t, stderr.String(), "Run 'bitnet quantize -h' for the flags.")
			} else {
				assert.NotErrorIs(t, err, errUsage)
				assert.Contains(t, err.Error(), tt.msg)
			}
			_, statErr := os.Stat(out)
			assert.True(t, os.IsNotExist(statErr), "no output on error")
		})
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = runQuantize(ctx, []string{in, out, "tq1_0"}, &bytes.Buffer{}, &bytes.Buffer{})
	assert.ErrorIs(t, err, context.Canceled)
	_, statErr := os.Stat(out)
	assert.True(t, os.IsNotExist(statErr))
}
