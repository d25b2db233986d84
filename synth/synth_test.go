package synth

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

var weightTypes = []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeF32, gguf.TypeF16}

func preset(t testing.TB, name string) Config {
	t.Helper()
	c, err := Preset(name)
	require.NoError(t, err)
	return c
}

// multiChunk is a shape whose large tensors span several generation chunks,
// so that ordering across workers is exercised.
var multiChunk = Config{
	Name: "multi", Layers: 1, Hidden: 1024, FFN: 3072, Heads: 8, KVHeads: 2, Vocab: 4096,
	ContextLength: 256, RopeBase: 10000, RMSEps: 1e-6, SpecialTokens: 10,
}

func TestPreset(t *testing.T) {
	tests := []struct {
		name                          string
		layers, hidden, ffn, heads    int
		kvHeads, headDim, vocab, nctx int
	}{
		{"tiny", 2, 256, 512, 4, 2, 64, 1024, 512},
		{"small", 3, 512, 1536, 8, 2, 64, 1536, 512},
		{"2b", 30, 2560, 6912, 20, 5, 128, 128256, 4096},
		{"2B", 30, 2560, 6912, 20, 5, 128, 128256, 4096},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := preset(t, tt.name)
			assert.Equal(t, tt.layers, c.Layers)
			assert.Equal(t, tt.hidden, c.Hidden)
			assert.Equal(t, tt.ffn, c.FFN)
			assert.Equal(t, tt.heads, c.Heads)
			assert.Equal(t, tt.kvHeads, c.KVHeads)
			assert.Equal(t, tt.headDim, c.HeadDim())
			assert.Equal(t, tt.vocab, c.Vocab)
			assert.Equal(t, tt.nctx, c.ContextLength)
			assert.Equal(t, float32(500000), c.RopeBase)
			assert.Equal(t, float32(1e-5), c.RMSEps)
			for _, wt := range weightTypes {
				assert.NoError(t, c.Validate(wt), wt.String())
			}
		})
	}
	_, err := Preset("huge")
	require.ErrorIs(t, err, ErrUnknownPreset)
	assert.Equal(t, []string{"2b", "small", "tiny"}, Presets())
}

func TestValidate(t *testing.T) {
	base := preset(t, "tiny")
	tests := []struct {
		name   string
		edit   func(*Config)
		typ    gguf.Type
		errIs  error
		errSub string
	}{
		{"no layers", func(c *Config) { c.Layers = 0 }, gguf.TypeI2_S, nil, "Layers"},
		{"huge hidden", func(c *Config) { c.Hidden = 1 << 21 }, gguf.TypeF32, nil, "Hidden"},
		{"heads not dividing hidden", func(c *Config) { c.Heads = 3 }, gguf.TypeF32, nil, "multiple of Heads"},
		{"odd head dim", func(c *Config) { c.Hidden, c.Heads, c.KVHeads = 252, 4, 2 }, gguf.TypeF32, nil, "odd"},
		{"kv heads", func(c *Config) { c.KVHeads = 3 }, gguf.TypeF32, nil, "KVHeads"},
		{"rope base", func(c *Config) { c.RopeBase = 1 }, gguf.TypeF32, nil, "RopeBase"},
		{"eps", func(c *Config) { c.RMSEps = 0 }, gguf.TypeF32, nil, "RMSEps"},
		{"eps NaN", func(c *Config) { c.RMSEps = float32(math.NaN()) }, gguf.TypeF32, nil, "RMSEps"},
		{"few specials", func(c *Config) { c.SpecialTokens = 9 }, gguf.TypeF32, nil, "SpecialTokens"},
		{"vocab too small", func(c *Config) { c.Vocab = 265 }, gguf.TypeF32, nil, "SpecialTokens"},
		{"i2s row length", func(c *Config) { c.Hidden, c.Heads, c.KVHeads = 192, 3, 1 }, gguf.TypeI2_S, nil, "multiples of 128"},
		{"tq row length", func(c *Config) { c.FFN = 384 }, gguf.TypeTQ2_0, nil, "multiples of 256"},
		{"tq1 row length", func(c *Config) { c.FFN = 384 }, gguf.TypeTQ1_0, nil, "multiples of 256"},
		{"type", func(c *Config) {}, gguf.TypeQ4_0, ErrWeightType, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.edit(&c)
			err := c.Validate(tt.typ)
			require.Error(t, err)
			if tt.errIs != nil {
				assert.ErrorIs(t, err, tt.errIs)
			}
			assert.Contains(t, err.Error(), tt.errSub)
			_, err = Bytes(context.Background(), c, Options{WeightType: tt.typ})
			assert.Error(t, err, "Bytes must validate too")
		})
	}
	// The same shapes are fine for types without the block constraint.
	c := base
	c.FFN = 384
	require.NoError(t, c.Validate(gguf.TypeI2_S))
	require.NoError(t, c.Validate(gguf.TypeF16))
}

func TestFileType(t *testing.T) {
	want := map[gguf.Type]uint32{gguf.TypeF32: 0, gguf.TypeF16: 1, gguf.TypeTQ1_0: 36, gguf.TypeTQ2_0: 37, gguf.TypeI2_S: 40}
	for typ, ft := range want {
		got, err := FileType(typ)
		require.NoError(t, err)
		assert.Equal(t, ft, got, typ.String())
	}
	_, err := FileType(gguf.TypeBF16)
	assert.ErrorIs(t, err, ErrWeightType)
}

func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	for _, cfg := range []Config{preset(t, "tiny"), multiChunk} {
		for _, wt := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ1_0} {
			t.Run(cfg.Name+"/"+wt.String(), func(t *testing.T) {
				a, err := Bytes(ctx, cfg, Options{Seed: 7, WeightType: wt, Workers: 1})
				require.NoError(t, err)
				b, err := Bytes(ctx, cfg, Options{Seed: 7, WeightType: wt, Workers: 5})
				require.NoError(t, err)
				assert.True(t, bytes.Equal(a, b), "same seed, different worker counts: files differ")
				c, err := Bytes(ctx, cfg, Options{Seed: 8, WeightType: wt})
				require.NoError(t, err)
				assert.False(t, bytes.Equal(a, c), "different seeds give the same file")
			})
		}
	}
}

func TestWriteFileMatchesBytes(t *testing.T) {
	ctx := context.Background()
	cfg := preset(t, "tiny")
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Write(ctx, path, cfg, Options{Seed: 3, WeightType: gguf.TypeTQ2_0}))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	want, err := Bytes(ctx, cfg, Options{Seed: 3, WeightType: gguf.TypeTQ2_0})
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got))
}

// TestLoads checks that every weight type of the small presets opens with
// gguf.Open and passes the model loader with the right shapes and types.
func TestLoads(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"tiny", "small"} {
		cfg := preset(t, name)
		for _, wt := range weightTypes {
			t.Run(name+"/"+wt.String(), func(t *testing.T) {
				path := filepath.Join(dir, name+"-"+wt.String()+".gguf")
				require.NoError(t, Write(ctx, path, cfg, Options{Seed: 11, WeightType: wt}))
				f, err := gguf.Open(path)
				require.NoError(t, err)
				defer f.Close()
				checkModel(t, f, cfg, wt)
			})
		}
	}
}

// checkModel checks a generated file's model, keys, tensor list and counts.
func checkModel(t *testing.T, f model.Metadata, cfg Config, wt gguf.Type) {
	t.Helper()
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	c := m.Config
	assert.Equal(t, Arch, c.Arch)
	assert.Equal(t, cfg.Name, c.Name)
	assert.Equal(t, cfg.Layers, c.Layers)
	assert.Equal(t, cfg.Hidden, c.Hidden)
	assert.Equal(t, cfg.FFN, c.FFN)
	assert.Equal(t, cfg.Heads, c.Heads)
	assert.Equal(t, cfg.KVHeads, c.KVHeads)
	assert.Equal(t, cfg.HeadDim(), c.HeadDim)
	assert.Equal(t, cfg.HeadDim(), c.RopeDim)
	assert.Equal(t, cfg.RopeBase, c.RopeBase)
	assert.Equal(t, cfg.RMSEps, c.RMSEps)
	assert.Equal(t, cfg.ContextLength, c.ContextLength)
	assert.Equal(t, cfg.Vocab, c.VocabSize)
	assert.Equal(t, model.ReLU2, c.Activation)
	assert.True(t, c.TiedOutput)
	assert.Equal(t, gguf.TypeF16, m.Embed.Type)
	assert.Equal(t, cfg.Vocab, m.Embed.Rows)
	require.Len(t, m.Layers, cfg.Layers)
	for _, l := range m.Layers {
		for _, lin := range []model.Linear{l.Q, l.K, l.V, l.O, l.Gate, l.Up, l.Down} {
			assert.Equal(t, wt, lin.Type, lin.Name)
			assert.Equal(t, float32(1), lin.Scale, lin.Name)
		}
		assert.Len(t, l.AttnSubNorm, cfg.Hidden)
		assert.Len(t, l.FFNSubNorm, cfg.FFN)
		for _, w := range l.AttnNorm {
			assert.True(t, w > 0 && w < 2, "norm weight %v", w)
		}
	}
	for _, key := range []string{"general.file_type", "general.quantization_version", Arch + ".vocab_size",
		"tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id", "tokenizer.ggml.padding_token_id",
		"tokenizer.ggml.add_bos_token", "tokenizer.ggml.merges", "tokenizer.ggml.token_type", "tokenizer.ggml.scores"} {
		assert.True(t, f.Has(key), key)
	}
	for _, key := range []string{"tokenizer.ggml.pre", "general.alignment", Arch + ".attention.key_length"} {
		assert.False(t, f.Has(key), key)
	}
	ft, err := f.Uint64("general.file_type")
	require.NoError(t, err)
	want, _ := FileType(wt)
	assert.Equal(t, uint64(want), ft)
	_, hasOutput := f.Tensor("output.weight")
	assert.False(t, hasOutput)
}

// writerMeta serves a Writer's metadata and tensor infos as a model.Metadata
// without generating the data: F32 tensors read as zeros, others as empty
// slices. It lets the 2b preset's layout be checked in milliseconds.
type writerMeta struct {
	kvs     map[string]gguf.Value
	tensors map[string]gguf.TensorInfo
}

func newWriterMeta(w *gguf.Writer) *writerMeta {
	m := &writerMeta{kvs: map[string]gguf.Value{}, tensors: map[string]gguf.TensorInfo{}}
	for _, kv := range w.Metadata() {
		m.kvs[kv.Key] = kv.Value
	}
	for _, ti := range w.Tensors() {
		m.tensors[ti.Name] = ti
	}
	return m
}

func (m *writerMeta) String(key string) (string, error) {
	if s, ok := m.kvs[key].Str(); ok {
		return s, nil
	}
	return "", fmt.Errorf("no string %s", key)
}

func (m *writerMeta) Uint64(key string) (uint64, error) {
	if u, ok := m.kvs[key].Uint64(); ok {
		return u, nil
	}
	return 0, fmt.Errorf("no integer %s", key)
}

func (m *writerMeta) Float32(key string) (float32, error) {
	if x, ok := m.kvs[key].Float64(); ok {
		return float32(x), nil
	}
	return 0, fmt.Errorf("no float %s", key)
}

func (m *writerMeta) Has(key string) bool { _, ok := m.kvs[key]; return ok }

func (m *writerMeta) Tensor(name string) (gguf.TensorInfo, bool) {
	ti, ok := m.tensors[name]
	return ti, ok
}

func (m *writerMeta) TensorData(name string) ([]byte, error) {
	ti, ok := m.tensors[name]
	if !ok {
		return nil, gguf.ErrTensorNotFound
	}
	if ti.Type == gguf.TypeF32 {
		return make([]byte, ti.Size), nil
	}
	return []byte{}, nil
}

func (m *writerMeta) Strings(key string) ([]string, error) {
	v := m.kvs[key]
	if et, ok := v.ElemType(); ok && et == gguf.ValueTypeString {
		return v.Interface().([]string), nil
	}
	return nil, fmt.Errorf("no strings %s", key)
}

// Test2BLayout checks the 2b preset's keys, tensors, types and sizes against
// the official file's (docs/MODEL.md) without writing 1.2 GB.
func Test2BLayout(t *testing.T) {
	cfg := preset(t, "2b")
	w, err := build(context.Background(), cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	meta := newWriterMeta(w)
	m, err := model.FromGGUF(meta, model.Options{})
	require.NoError(t, err)
	assert.Equal(t, 128, m.Config.HeadDim)
	assert.Equal(t, 128256, m.Config.VocabSize)

	infos := w.Tensors()
	require.Len(t, infos, 332)
	count := map[gguf.Type]int{}
	var data uint64
	for _, ti := range infos {
		count[ti.Type]++
		data += ti.Size
	}
	assert.Equal(t, map[gguf.Type]int{gguf.TypeF32: 121, gguf.TypeF16: 1, gguf.TypeI2_S: 210}, count)
	assert.Equal(t, "token_embd.weight", infos[0].Name)
	assert.Equal(t, []uint64{2560, 128256}, infos[0].Dims)
	assert.Equal(t, "output_norm.weight", infos[331].Name)
	shapes := map[string][]uint64{
		"blk.0.attn_q.weight": {2560, 2560}, "blk.0.attn_output.weight": {2560, 2560},
		"blk.0.attn_k.weight": {2560, 640}, "blk.0.attn_v.weight": {2560, 640},
		"blk.0.ffn_gate.weight": {2560, 6912}, "blk.0.ffn_up.weight": {2560, 6912},
		"blk.0.ffn_down.weight": {6912, 2560}, "blk.29.ffn_sub_norm.weight": {6912},
		"blk.29.attn_sub_norm.weight": {2560}, "blk.29.attn_norm.weight": {2560}, "blk.29.ffn_norm.weight": {2560},
	}
	for name, dims := range shapes {
		ti, ok := meta.Tensor(name)
		require.True(t, ok, name)
		assert.Equal(t, dims, ti.Dims, name)
	}
	// The official file is 1.19 GB; the data alone must be within 1%.
	assert.InDelta(t, 1.187e9, float64(data), 0.01*1.187e9)

	want := []string{
		"general.architecture", "general.name", Arch + ".vocab_size", Arch + ".context_length",
		Arch + ".embedding_length", Arch + ".block_count", Arch + ".feed_forward_length",
		Arch + ".rope.dimension_count", Arch + ".attention.head_count", Arch + ".attention.head_count_kv",
		"tokenizer.ggml.add_bos_token", Arch + ".attention.layer_norm_rms_epsilon", Arch + ".rope.freq_base",
		"general.file_type", "tokenizer.ggml.model", "tokenizer.ggml.tokens", "tokenizer.ggml.scores",
		"tokenizer.ggml.token_type", "tokenizer.ggml.merges", "tokenizer.ggml.bos_token_id",
		"tokenizer.ggml.eos_token_id", "tokenizer.ggml.padding_token_id", "general.quantization_version",
	}
	var keys []string
	for _, kv := range w.Metadata() {
		keys = append(keys, kv.Key)
	}
	assert.Equal(t, want, keys)
	u := func(k string) uint64 { v, err := meta.Uint64(k); require.NoError(t, err, k); return v }
	assert.Equal(t, uint64(128000), u("tokenizer.ggml.bos_token_id"))
	assert.Equal(t, uint64(128001), u("tokenizer.ggml.eos_token_id"))
	assert.Equal(t, uint64(128001), u("tokenizer.ggml.padding_token_id"))
	assert.Equal(t, uint64(40), u("general.file_type"))
	toks, err := meta.Strings("tokenizer.ggml.tokens")
	require.NoError(t, err)
	assert.Equal(t, "<|begin_of_text|>", toks[128000])
	assert.Equal(t, "<|eot_id|>", toks[128009])
	assert.Equal(t, "<|reserved_special_token_250|>", toks[128255])
}

// TestLarge2B writes the whole 2b preset (1.2 GB) and reads it back.
func TestLarge2B(t *testing.T) {
	if os.Getenv("BITNET_SYNTH_LARGE") == "" || testing.Short() {
		t.Skip("SKIP: writes 1.2 GB; set BITNET_SYNTH_LARGE=1 to run")
	}
	cfg := preset(t, "2b")
	path := filepath.Join(t.TempDir(), "2b.gguf")
	require.NoError(t, Write(context.Background(), path, cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S}))
	f, err := gguf.Open(path)
	require.NoError(t, err)
	defer f.Close()
	checkModel(t, f, cfg, gguf.TypeI2_S)
	assert.InDelta(t, 1.19e9, float64(f.Size()), 0.01*1.19e9)
}

// linearNames returns the names and (rows, cols) of a config's linear weights.
func linearNames(cfg Config) map[string][2]int {
	h, kv := cfg.Hidden, cfg.KVHeads*cfg.HeadDim()
	out := map[string][2]int{}
	for l := range cfg.Layers {
		p := fmt.Sprintf("blk.%d.", l)
		out[p+"attn_q.weight"] = [2]int{h, h}
		out[p+"attn_k.weight"] = [2]int{kv, h}
		out[p+"attn_v.weight"] = [2]int{kv, h}
		out[p+"attn_output.weight"] = [2]int{h, h}
		out[p+"ffn_gate.weight"] = [2]int{cfg.FFN, h}
		out[p+"ffn_up.weight"] = [2]int{cfg.FFN, h}
		out[p+"ffn_down.weight"] = [2]int{h, cfg.FFN}
	}
	return out
}

// dequant returns a linear weight as float32 values, whatever its type.
func dequant(t *testing.T, f *gguf.File, name string, rows, cols int) []float32 {
	t.Helper()
	ti, ok := f.Tensor(name)
	require.True(t, ok, name)
	data, err := f.TensorData(name)
	require.NoError(t, err)
	out := make([]float32, rows*cols)
	switch ti.Type {
	case gguf.TypeI2_S:
		err = quant.DequantizeI2S(data, rows, cols, out)
	case gguf.TypeTQ2_0:
		err = quant.DequantizeTQ2(data, rows, cols, out)
	case gguf.TypeTQ1_0:
		err = quant.DequantizeTQ1(data, rows, cols, out)
	case gguf.TypeF16:
		err = quant.DecodeF16(data, out)
	case gguf.TypeF32:
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	default:
		t.Fatalf("%s: type %s", name, ti.Type)
	}
	require.NoError(t, err, name)
	return out
}

func TestI2SValues(t *testing.T) {
	cfg := multiChunk
	const seed = 99
	b, err := Bytes(context.Background(), cfg, Options{Seed: seed, WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	f, err := gguf.Parse(b)
	require.NoError(t, err)
	scales := map[float32]bool{}
	for name, rc := range linearNames(cfg) {
		data, err := f.TensorData(name)
		require.NoError(t, err)
		tern, err := quant.DecodeI2S(data, rc[0], rc[1])
		require.NoError(t, err, name)
		require.NoError(t, tern.Validate(), name)
		s := tern.Scales[0]
		assert.Equal(t, LinearScale(seed, name), s, name)
		assert.True(t, s >= 0.01 && s < 0.05, "%s: scale %v", name, s)
		assert.Equal(t, s, quant.F16ToF32(quant.F32ToF16(s)), "%s: scale not F16-exact", name)
		assert.Equal(t, make([]byte, 28), data[len(data)-28:], "%s: tail padding", name)
		scales[s] = true
		var n [3]int
		for _, v := range tern.Values {
			n[v+1]++
		}
		for k, c := range n {
			frac := float64(c) / float64(len(tern.Values))
			assert.InDelta(t, 1.0/3, frac, 0.01, "%s: fraction of %d", name, k-1)
		}
	}
	assert.Greater(t, len(scales), 3, "scales should differ between tensors")
}

// TestWeightTypesAgree checks that one seed gives the same weights in every
// weight type, and the same everything else.
func TestWeightTypesAgree(t *testing.T) {
	ctx := context.Background()
	cfg := preset(t, "tiny")
	files := map[gguf.Type]*gguf.File{}
	for _, wt := range weightTypes {
		b, err := Bytes(ctx, cfg, Options{Seed: 5, WeightType: wt})
		require.NoError(t, err)
		files[wt], err = gguf.Parse(b)
		require.NoError(t, err)
	}
	ref := files[gguf.TypeF32]
	for name, rc := range linearNames(cfg) {
		want := dequant(t, ref, name, rc[0], rc[1])
		for _, wt := range weightTypes {
			got := dequant(t, files[wt], name, rc[0], rc[1])
			require.Equal(t, want, got, "%s in %s", name, wt)
		}
	}
	for _, ti := range ref.Tensors() {
		if ti.Type == gguf.TypeF32 && len(ti.Dims) == 2 {
			continue // a linear weight
		}
		want, _ := ref.TensorData(ti.Name)
		for _, wt := range weightTypes {
			got, err := files[wt].TensorData(ti.Name)
			require.NoError(t, err)
			require.True(t, bytes.Equal(want, got), "%s differs in %s", ti.Name, wt)
		}
	}
	for _, wt := range weightTypes {
		md := files[wt].Metadata()
		require.Len(t, md, len(ref.Metadata()))
		for i, kv := range ref.Metadata() {
			require.Equal(t, kv.Key, md[i].Key)
			if kv.Key != "general.file_type" {
				assert.Equal(t, kv.Value.String(), md[i].Value.String(), kv.Key)
			}
		}
	}
}

func TestProgressAndCancel(t *testing.T) {
	cfg := multiChunk
	var calls int
	var last, total int64
	_, err := Bytes(context.Background(), cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S, Progress: func(d, tot int64) {
		require.GreaterOrEqual(t, d, last)
		calls++
		last, total = d, tot
	}})
	require.NoError(t, err)
	assert.Greater(t, calls, 3*cfg.Layers)
	assert.Equal(t, total, last)

	w, err := build(context.Background(), cfg, Options{WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	var sum int64
	for _, ti := range w.Tensors() {
		sum += int64(ti.Size)
	}
	assert.Equal(t, sum, total)

	ctx, cancel := context.WithCancel(context.Background())
	path := filepath.Join(t.TempDir(), "x.gguf")
	err = Write(ctx, path, cfg, Options{WeightType: gguf.TypeI2_S, Progress: func(d, _ int64) {
		if d > 1<<20 {
			cancel()
		}
	}})
	require.ErrorIs(t, err, context.Canceled)
	_, statErr := os.Stat(path)
	assert.True(t, errors.Is(statErr, os.ErrNotExist), "no file after a cancelled write")
	entries, _ := os.ReadDir(filepath.Dir(path))
	assert.Empty(t, entries, "temporary file left behind")
}

// TestForwardNonDegenerate runs a float64 reference forward pass (the
// architecture of docs/DESIGN.md without int8 activation rounding) over the tiny
// preset and checks the logits are finite, of order 1 and not constant.
func TestForwardNonDegenerate(t *testing.T) {
	cfg := preset(t, "tiny")
	b, err := Bytes(context.Background(), cfg, Options{Seed: 2026, WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	f, err := gguf.Parse(b)
	require.NoError(t, err)
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)

	embed := make([]float32, cfg.Vocab*cfg.Hidden)
	require.NoError(t, quant.DecodeF16(m.Embed.Data, embed))
	lin := func(l model.Linear) []float32 {
		out := make([]float32, l.In*l.Out)
		require.NoError(t, quant.DequantizeI2S(l.Data, l.Out, l.In, out))
		return out
	}
	matvec := func(w []float32, x []float64, rows int) []float64 {
		y := make([]float64, rows)
		cols := len(x)
		for r := range rows {
			var s float64
			for c, xv := range x {
				s += float64(w[r*cols+c]) * xv
			}
			y[r] = s
		}
		return y
	}
	rms := func(x []float64, w []float32) []float64 {
		var ss float64
		for _, v := range x {
			ss += v * v
		}
		k := 1 / math.Sqrt(ss/float64(len(x))+float64(cfg.RMSEps))
		out := make([]float64, len(x))
		for i, v := range x {
			out[i] = v * k * float64(w[i])
		}
		return out
	}
	hd := cfg.HeadDim()
	rope := func(v []float64, pos int) {
		for h := 0; h < len(v)/hd; h++ {
			for i := range hd / 2 {
				th := float64(pos) * math.Pow(float64(cfg.RopeBase), -2*float64(i)/float64(hd))
				a, b := v[h*hd+i], v[h*hd+i+hd/2]
				v[h*hd+i] = a*math.Cos(th) - b*math.Sin(th)
				v[h*hd+i+hd/2] = a*math.Sin(th) + b*math.Cos(th)
			}
		}
	}
	type layerW struct{ q, k, v, o, g, u, d []float32 }
	lw := make([]layerW, cfg.Layers)
	for i, l := range m.Layers {
		lw[i] = layerW{lin(l.Q), lin(l.K), lin(l.V), lin(l.O), lin(l.Gate), lin(l.Up), lin(l.Down)}
	}
	tokens := []int{cfg.Vocab - cfg.SpecialTokens, 5, 100, 300, 700}
	kc := make([][][]float64, cfg.Layers)
	vc := make([][][]float64, cfg.Layers)
	var argmaxes []int
	for pos, tok := range tokens {
		x := make([]float64, cfg.Hidden)
		for i := range x {
			x[i] = float64(embed[tok*cfg.Hidden+i])
		}
		for li, l := range m.Layers {
			w := lw[li]
			h := rms(x, l.AttnNorm)
			q := matvec(w.q, h, cfg.Hidden)
			k := matvec(w.k, h, cfg.KVHeads*hd)
			v := matvec(w.v, h, cfg.KVHeads*hd)
			rope(q, pos)
			rope(k, pos)
			kc[li] = append(kc[li], k)
			vc[li] = append(vc[li], v)
			a := make([]float64, cfg.Hidden)
			for hq := range cfg.Heads {
				hk := hq / (cfg.Heads / cfg.KVHeads)
				sc := make([]float64, pos+1)
				mx := math.Inf(-1)
				for p := range pos + 1 {
					var s float64
					for i := range hd {
						s += q[hq*hd+i] * kc[li][p][hk*hd+i]
					}
					sc[p] = s / math.Sqrt(float64(hd))
					mx = math.Max(mx, sc[p])
				}
				var z float64
				for p := range sc {
					sc[p] = math.Exp(sc[p] - mx)
					z += sc[p]
				}
				for p := range sc {
					for i := range hd {
						a[hq*hd+i] += sc[p] / z * vc[li][p][hk*hd+i]
					}
				}
			}
			o := matvec(w.o, rms(a, l.AttnSubNorm), cfg.Hidden)
			for i := range x {
				x[i] += o[i]
			}
			h = rms(x, l.FFNNorm)
			g := matvec(w.g, h, cfg.FFN)
			u := matvec(w.u, h, cfg.FFN)
			for i := range g {
				r := math.Max(0, g[i])
				g[i] = r * r * u[i]
			}
			d := matvec(w.d, rms(g, l.FFNSubNorm), cfg.Hidden)
			for i := range x {
				x[i] += d[i]
			}
		}
		logits := matvec(embed, rms(x, m.OutputNorm), cfg.Vocab)
		var sum, sq float64
		best := 0
		for i, v := range logits {
			require.False(t, math.IsNaN(v) || math.IsInf(v, 0), "logit %d = %v", i, v)
			sum += v
			sq += v * v
			if v > logits[best] {
				best = i
			}
		}
		mean := sum / float64(len(logits))
		std := math.Sqrt(sq/float64(len(logits)) - mean*mean)
		assert.True(t, std > 0.2 && std < 5, "position %d: logit std %v", pos, std)
		t.Logf("pos %d std %.3f mean %.3f", pos, std, mean)
		argmaxes = append(argmaxes, best)
	}
	t.Logf("argmax per position: %v", argmaxes)
}

func TestTinyVocabLoads(t *testing.T) {
	cfg := preset(t, "tiny")
	b, err := Bytes(context.Background(), cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S})
	require.NoError(t, err)
	f, err := gguf.Parse(b)
	require.NoError(t, err)
	tok, err := tokenizer.FromGGUF(f)
	require.NoError(t, err)
	assert.Equal(t, cfg.Vocab, tok.VocabSize())
	assert.Equal(t, int32(1008), tok.BOS())
	assert.Equal(t, int32(1009), tok.EOS())
	assert.Equal(t, int32(1017), tok.EOT())
	assert.True(t, tok.AddBOS())
	for _, s := range []string{"Hello world!", "  spaces\tand\nnewlines ", "ünïcödé 😀 ∑", "<|eot_id|> plain", ""} {
		ids := tok.Encode(s, tokenizer.EncodeOptions{})
		assert.Equal(t, s, tok.Decode(ids), "round trip of %q", s)
	}
	ids := tok.Encode("<|begin_of_text|>hi<|eot_id|>", tokenizer.EncodeOptions{ParseSpecial: true})
	assert.Equal(t, int32(1008), ids[0])
	assert.Equal(t, int32(1017), ids[len(ids)-1])
}

func TestTokenizerJSON(t *testing.T) {
	const path = "../testdata/tokenizer/tokenizer.json.gz"
	// A committed fixture: missing is a failure, not a skip.
	_, err := os.Stat(path)
	require.NoError(t, err, "committed fixture "+path)
	cfg := preset(t, "tiny")
	b, err := Bytes(context.Background(), cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S, TokenizerJSON: path})
	require.NoError(t, err)
	f, err := gguf.Parse(b)
	require.NoError(t, err)
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	assert.Equal(t, 128256, m.Config.VocabSize)
	assert.Equal(t, 128256, m.Embed.Rows)
	merges, err := f.Strings("tokenizer.ggml.merges")
	require.NoError(t, err)
	assert.Len(t, merges, 280147)
	tok, err := tokenizer.FromGGUF(f)
	require.NoError(t, err)
	assert.Equal(t, int32(128000), tok.BOS())
	assert.Equal(t, int32(128001), tok.EOS())
	assert.Equal(t, int32(128009), tok.EOT())
	pad, err := f.Uint32("tokenizer.ggml.padding_token_id")
	require.NoError(t, err)
	assert.Equal(t, uint32(128001), pad)
	assert.Equal(t, []int32{9906, 1917, 0}, tok.Encode("Hello world!", tokenizer.EncodeOptions{}))
	assert.False(t, f.Has("tokenizer.ggml.pre"))
	addBOS, err := f.Bool("tokenizer.ggml.add_bos_token")
	require.NoError(t, err)
	assert.True(t, addBOS)

	_, err = Bytes(context.Background(), cfg, Options{TokenizerJSON: filepath.Join(t.TempDir(), "missing.json")})
	assert.ErrorIs(t, err, os.ErrNotExist)
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"model": {"type": "Unigram"}}`), 0o644))
	_, err = Bytes(context.Background(), cfg, Options{TokenizerJSON: bad})
	assert.Error(t, err)
}

func TestSpecialTokenName(t *testing.T) {
	want := map[int]string{
		0: "<|begin_of_text|>", 1: "<|end_of_text|>", 2: "<|reserved_special_token_0|>",
		5: "<|reserved_special_token_3|>", 6: "<|start_header_id|>", 7: "<|end_header_id|>",
		8: "<|reserved_special_token_4|>", 9: "<|eot_id|>", 10: "<|reserved_special_token_5|>",
		255: "<|reserved_special_token_250|>",
	}
	for i, s := range want {
		assert.Equal(t, s, SpecialTokenName(i), "index %d", i)
	}
	seen := map[string]bool{}
	for i := range 256 {
		s := SpecialTokenName(i)
		assert.False(t, seen[s], "duplicate %s", s)
		seen[s] = true
		assert.True(t, strings.HasPrefix(s, "<|") && strings.HasSuffix(s, "|>"))
	}
}

func BenchmarkWriteTiny(b *testing.B) {
	cfg := preset(b, "tiny")
	ctx := context.Background()
	var n int64
	for b.Loop() {
		var err error
		n, err = WriteTo(ctx, discard{}, cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// Write refuses a path that exists and is not a regular file: the rename at
// the end would replace it (as root, /dev/full became a regular file).
func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	cfg := preset(t, "tiny")
	// Not /dev/full itself: the tests run as root here, and a regression
	// would replace the machine's device node.
	for _, path := range []string{fifo, dir} {
		err := Write(context.Background(), path, cfg, Options{Seed: 1, WeightType: gguf.TypeI2_S})
		require.ErrorIs(t, err, outfile.ErrNotRegular, path)
	}
	st, err := os.Lstat(fifo)
	require.NoError(t, err)
	assert.NotZero(t, st.Mode()&os.ModeNamedPipe)
}
