package model_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// TestQwen3Q2_0: qwen3 takes Q2_0 linear weights and a Q2_0 embedding; the
// same tensors under a BitNet architecture are refused, and so is RoPE
// scaling the forward pass does not implement (longrope).
func TestQwen3Q2_0(t *testing.T) {
	f, m := convertedModel(t, convert.CheckpointConfig{
		Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128, FFN: 192, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, Seed: 8,
	}, gguf.TypeQ2_0)
	assert.Equal(t, gguf.TypeQ2_0, m.Layers[0].Down.Type)
	assert.Equal(t, 192, m.Layers[0].Down.In)
	assert.True(t, model.IsQ2_0(gguf.TypeQ2_0G128))
	assert.False(t, model.IsQ2_0(gguf.TypeTQ2_0))

	reload := func(edit func(w *gguf.Writer)) error {
		w := gguf.NewWriter()
		w.SetFrom(f, nil)
		for _, ti := range f.Tensors() {
			data, err := f.TensorData(ti.Name)
			require.NoError(t, err)
			require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, data))
		}
		edit(w)
		var buf writerBuf
		_, err := w.WriteTo(&buf)
		require.NoError(t, err)
		g, err := gguf.Parse(buf.b)
		require.NoError(t, err)
		_, err = model.FromGGUF(g, model.Options{})
		return err
	}
	err := reload(func(w *gguf.Writer) {
		for _, kv := range w.Metadata() {
			if len(kv.Key) > 6 && kv.Key[:6] == "qwen3." {
				w.Delete(kv.Key)
				w.Set("bitnet"+kv.Key[5:], kv.Value)
			}
		}
		w.Set("general.architecture", gguf.StringValue("bitnet"))
	})
	assert.True(t, errors.Is(err, model.ErrUnsupportedArch), err)
	assert.ErrorContains(t, err, "take Q2_0 weights")

	err = reload(func(w *gguf.Writer) {
		w.Set("qwen3.rope.scaling.type", gguf.StringValue("longrope"))
		w.Set("qwen3.rope.scaling.factor", gguf.Float32Value(4))
	})
	assert.True(t, errors.Is(err, model.ErrUnsupportedArch), err)
	assert.ErrorContains(t, err, `RoPE scaling "longrope" (per-dimension long/short factors) is not implemented`)
	require.NoError(t, reload(func(w *gguf.Writer) {
		w.Set("qwen3.rope.scaling.type", gguf.StringValue("yarn"))
		w.Set("qwen3.rope.scaling.factor", gguf.Float32Value(1))
	}))
}

type writerBuf struct{ b []byte }

func (w *writerBuf) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
