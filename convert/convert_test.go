package convert_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// tinyCheckpoint is a 2B-4T-shaped checkpoint (GQA 4/2 heads, ReLU², sub-norms,
// tied head) small enough for unit tests.
func tinyCheckpoint(packed bool) convert.CheckpointConfig {
	return convert.CheckpointConfig{
		Layers: 2, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 2, Vocab: 400, Special: 16,
		Context: 256, RopeTheta: 500000, Tied: true, Packed: packed, LinearClass: "autobitlinear",
		Shards: 2, Seed: 7,
	}
}

func writeCkpt(t *testing.T, c convert.CheckpointConfig) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, c))
	return dir
}

func convertTo(t *testing.T, dir string, typ gguf.Type) (*gguf.File, *convert.Result) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.gguf")
	res, err := convert.Convert(context.Background(), dir, out, convert.Options{Type: typ})
	require.NoError(t, err)
	f, err := gguf.Open(out)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f, res
}

// hfTensor reads a tensor of the checkpoint back through the package's reader.
func hfTensor(t *testing.T, dir, name string) (convert.TensorInfo, []byte) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.safetensors"))
	require.NoError(t, err)
	for _, p := range paths {
		sf, err := convert.OpenSafetensors(p)
		require.NoError(t, err)
		for _, ti := range sf.Tensors {
			if ti.Name == name {
				b := make([]byte, ti.Size)
				require.NoError(t, sf.ReadAt(ti, b, 0))
				sf.Close()
				return ti, b
			}
		}
		sf.Close()
	}
	t.Fatalf("tensor %s not in %s", name, dir)
	return convert.TensorInfo{}, nil
}

var linearNames = map[string]string{
	"attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj",
	"attn_output": "self_attn.o_proj", "ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj",
}

// TestConvertMasterI2S: BF16 master weights become the I2_S bytes of
// bitnet.cpp's pipeline as the project models it: absmean ternarization in
// float32 (preprocess-huggingface-bitnet.py: w' = round(w*s).clamp(-1,1)/s),
// then quant.QuantizeI2S (the project's port of bitnet.cpp's
// quantize_i2_s) of those float weights.
func TestConvertMasterI2S(t *testing.T) {
	c := tinyCheckpoint(false)
	dir := writeCkpt(t, c)
	f, res := convertTo(t, dir, gguf.TypeI2_S)
	assert.Equal(t, model.ArchBitNetB158, res.Arch)
	assert.Equal(t, 14, res.Linear)
	assert.Equal(t, 14, res.Ternarized)
	for l := range c.Layers {
		for g, h := range linearNames {
			name := "blk." + string(rune('0'+l)) + "." + g + ".weight"
			ti, raw := hfTensor(t, dir, "model.layers."+string(rune('0'+l))+"."+h+".weight")
			rows, cols := int(ti.Shape[0]), int(ti.Shape[1])
			w := make([]float32, rows*cols)
			require.NoError(t, quant.DecodeBF16(raw, w))
			// The reference's float32 steps, written out here.
			var sum float64
			for _, x := range w {
				sum += math.Abs(float64(x))
			}
			mean := max(float32(sum/float64(len(w))), 1e-5)
			s := 1 / mean
			pre := make([]float32, len(w))
			for i, x := range w {
				v := max(-1, min(1, math.RoundToEven(float64(x*s))))
				pre[i] = float32(v) / s
			}
			want, err := quant.QuantizeI2S(pre, rows, cols)
			require.NoError(t, err)
			got, err := f.TensorData(name)
			require.NoError(t, err)
			require.Equal(t, want, got, name)
		}
	}
	// Norms are the BF16 values widened; the embedding is F16.
	_, raw := hfTensor(t, dir, "model.layers.1.mlp.ffn_sub_norm.weight")
	want := make([]float32, c.FFN)
	require.NoError(t, quant.DecodeBF16(raw, want))
	got, err := f.TensorData("blk.1.ffn_sub_norm.weight")
	require.NoError(t, err)
	for i, v := range want {
		require.Equal(t, v, math.Float32frombits(binary.LittleEndian.Uint32(got[4*i:])))
	}
	ti, ok := f.Tensor("token_embd.weight")
	require.True(t, ok)
	assert.Equal(t, gguf.TypeF16, ti.Type)
	assert.Equal(t, []uint64{uint64(c.Hidden), uint64(c.Vocab)}, ti.Dims)
	_, hasOut := f.Tensor("output.weight")
	assert.False(t, hasOut)
}

// TestConvertPackedExact: the uint8 + weight_scale layout converts without
// loss to each type: the decoded ternary values are the checkpoint's codes
// minus one (in Hugging Face's row order) and the scale is weight_scale
// (autobitlinear) or its inverse (bitlinear).
func TestConvertPackedExact(t *testing.T) {
	for _, cls := range []string{"autobitlinear", "bitlinear"} {
		c := tinyCheckpoint(true)
		c.LinearClass = cls
		dir := writeCkpt(t, c)
		for _, typ := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0} {
			f, res := convertTo(t, dir, typ)
			assert.Equal(t, 14, res.Packed, "%s %s", cls, typ)
			for g, h := range linearNames {
				name := "blk.1." + g + ".weight"
				ti, packed := hfTensor(t, dir, "model.layers.1."+h+".weight")
				_, wsRaw := hfTensor(t, dir, "model.layers.1."+h+".weight_scale")
				ws := quant.BF16ToF32(binary.LittleEndian.Uint16(wsRaw))
				scale := ws
				if cls == "bitlinear" {
					scale = 1 / ws
				}
				P, cols := int(ti.Shape[0]), int(ti.Shape[1])
				rows := 4 * P
				data, err := f.TensorData(name)
				require.NoError(t, err)
				var tern *quant.Ternary
				switch typ {
				case gguf.TypeI2_S:
					tern, err = quant.DecodeI2S(data, rows, cols)
				case gguf.TypeTQ2_0:
					tern, err = quant.DecodeTQ2(data, rows, cols)
				case gguf.TypeTQ1_0:
					tern, err = quant.DecodeTQ1(data, rows, cols)
				}
				require.NoError(t, err)
				for r := range rows {
					for j := range cols {
						code := packed[(r%P)*cols+j] >> (2 * (r / P)) & 3
						require.Equal(t, int8(code)-1, tern.Values[r*cols+j], "%s %s (%d,%d)", name, typ, r, j)
					}
				}
				wantScale := scale
				if typ != gguf.TypeI2_S {
					wantScale = quant.F16ToF32(quant.F32ToF16(scale))
				}
				for r := 0; r < rows; r += 17 {
					require.Equal(t, wantScale, tern.Scale(r, 0), name)
				}
			}
		}
	}
}

// TestConvertedModelRuns loads converted files with the CPU engine: the
// vocabulary is the tokenizer.json's, and I2_S and TQ2_0 files of one
// packed checkpoint (weights and F16-exact scales identical) give the same
// greedy tokens and logits within float32 rounding.
func TestConvertedModelRuns(t *testing.T) {
	ctx := context.Background()
	c := tinyCheckpoint(true)
	dir := writeCkpt(t, c)
	logits := map[gguf.Type][][]float32{}
	for _, typ := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0} {
		f, _ := convertTo(t, dir, typ)
		m, err := model.FromGGUF(f, model.Options{})
		require.NoError(t, err)
		assert.Equal(t, model.ReLU2, m.Config.Activation)
		assert.Equal(t, c.Vocab, m.Config.VocabSize)
		tok, err := tokenizer.FromGGUF(f)
		require.NoError(t, err)
		ids := tok.Encode("Hello, world", tokenizer.EncodeOptions{AddBOS: true})
		require.NotEmpty(t, ids)
		e, err := cpu.New(ctx, m, cpu.Options{Threads: 1, Kernels: "ref"})
		require.NoError(t, err)
		st, err := e.NewState(64)
		require.NoError(t, err)
		buf := make([]float32, m.Config.VocabSize)
		_, err = st.Forward(ctx, ids, engine.LastLogits, buf)
		require.NoError(t, err)
		for range 8 {
			logits[typ] = append(logits[typ], append([]float32(nil), buf...))
			next := int32(0)
			for i, v := range buf {
				require.False(t, math.IsNaN(float64(v)) || math.IsInf(float64(v), 0))
				if v > buf[next] {
					next = int32(i)
				}
			}
			_, err = st.Forward(ctx, []int32{next}, engine.LastLogits, buf)
			require.NoError(t, err)
		}
		require.NoError(t, e.Close())
	}
	a, b := logits[gguf.TypeI2_S], logits[gguf.TypeTQ2_0]
	var spread float64
	for s := range a {
		lo, hi := a[s][0], a[s][0]
		for i := range a[s] {
			assert.InDelta(t, a[s][i], b[s][i], 1e-4, "step %d logit %d", s, i)
			lo, hi = min(lo, a[s][i]), max(hi, a[s][i])
		}
		spread = max(spread, float64(hi-lo))
	}
	assert.Greater(t, spread, 0.1, "logits are not constant")
}

func TestConvertErrors(t *testing.T) {
	c := tinyCheckpoint(false)
	c.Architecture = "MambaForCausalLM"
	dir := writeCkpt(t, c)
	_, err := convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{})
	require.ErrorIs(t, err, convert.ErrUnsupported)
	assert.Contains(t, err.Error(), "MambaForCausalLM")

	c = tinyCheckpoint(false)
	c.FFN = 384 // not a multiple of 256
	dir = writeCkpt(t, c)
	_, err = convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{Type: gguf.TypeTQ2_0})
	require.ErrorIs(t, err, convert.ErrUnsupported)
	assert.True(t, strings.Contains(err.Error(), "multiple of 256"), err)

	// A packed byte holding code 3 (not ternary) and a NaN master weight are
	// refused with the tensor's name; so is a tensor the family has no place for.
	for _, tc := range []struct {
		name   string
		packed bool
		edit   func(ts []convert.SafetensorsTensor) []convert.SafetensorsTensor
		want   string
	}{
		{"code 3", true, func(ts []convert.SafetensorsTensor) []convert.SafetensorsTensor {
			for i := range ts {
				if ts[i].Name == "model.layers.0.mlp.up_proj.weight" {
					ts[i].Data[5] |= 3 << 4
				}
			}
			return ts
		}, "code 3"},
		{"NaN", false, func(ts []convert.SafetensorsTensor) []convert.SafetensorsTensor {
			for i := range ts {
				if ts[i].Name == "model.layers.1.self_attn.k_proj.weight" {
					binary.LittleEndian.PutUint16(ts[i].Data[6:], 0x7fc0) // BF16 NaN
				}
			}
			return ts
		}, "blk.1.attn_k.weight: weight 3 is NaN"},
		{"extra tensor", false, func(ts []convert.SafetensorsTensor) []convert.SafetensorsTensor {
			return append(ts, convert.SafetensorsTensor{Name: "model.layers.0.mlp.gate_proj.bias", DType: convert.BF16, Shape: []int64{1}, Data: []byte{0, 0}})
		}, "model.layers.0.mlp.gate_proj.bias"},
	} {
		c := tinyCheckpoint(tc.packed)
		c.Shards = 1
		dir := writeCkpt(t, c)
		path := filepath.Join(dir, "model.safetensors")
		sf, err := convert.OpenSafetensors(path)
		require.NoError(t, err)
		var ts []convert.SafetensorsTensor
		for _, ti := range sf.Tensors {
			b := make([]byte, ti.Size)
			require.NoError(t, sf.ReadAt(ti, b, 0))
			ts = append(ts, convert.SafetensorsTensor{Name: ti.Name, DType: ti.DType, Shape: ti.Shape, Data: b})
		}
		require.NoError(t, sf.Close())
		ts = tc.edit(ts)
		var buf bytes.Buffer
		require.NoError(t, convert.WriteSafetensors(&buf, ts, nil))
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		_, err = convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{})
		require.Error(t, err, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
	}
}
