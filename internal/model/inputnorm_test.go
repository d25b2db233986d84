package model_test

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// TestInputNorms loads a converted BitNet-embedding checkpoint (arch qwen3
// with per-projection input norms) and checks the loader's rules: the seven
// norms per block with their input sizes, the pooling type, F16 norms (as
// bitnet.cpp's converter writes them) read as their values, a block missing
// one norm refused by name, and a pooling type past "last" refused.
func TestInputNorms(t *testing.T) {
	f, m := convertedModel(t, convert.CheckpointConfig{Architecture: "Qwen3Model", InputNorms: true,
		Pooling: "lasttoken", Layers: 2, Hidden: 256, FFN: 384, Heads: 4, KVHeads: 2, HeadDim: 128, Vocab: 300,
		Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Seed: 7}, 0)
	c := m.Config
	assert.Equal(t, model.ArchQwen3, c.Arch)
	assert.True(t, c.InputNorms)
	assert.Equal(t, model.PoolingLast, c.Pooling)
	assert.Contains(t, c.Family.Features(), "input norms")
	for j, n := range []int{256, 256, 256, 512, 256, 256, 384} {
		assert.Len(t, m.Layers[1].In[j], n, "input norm %d", j)
	}
	qIn := m.Layers[0].In[model.InQ]

	rewrite := func(edit func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error, keys ...func(w *gguf.Writer)) (*model.Model, error) {
		w := gguf.NewWriter()
		w.SetFrom(f, nil)
		for _, k := range keys {
			k(w)
		}
		for _, ti := range f.Tensors() {
			data, err := f.TensorData(ti.Name)
			require.NoError(t, err)
			require.NoError(t, edit(w, ti, data))
		}
		var buf bytes.Buffer
		_, err := w.WriteTo(&buf)
		require.NoError(t, err)
		g, err := gguf.Parse(buf.Bytes())
		require.NoError(t, err)
		return model.FromGGUF(g, model.Options{})
	}
	same := func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		return w.AddTensor(ti.Name, ti.Type, ti.Dims, data)
	}
	// F16 norms.
	m16, err := rewrite(func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		if ti.Type == gguf.TypeF32 && len(ti.Dims) == 1 {
			x := make([]float32, ti.Elements())
			for i := range x {
				x[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
			}
			return w.AddTensor(ti.Name, gguf.TypeF16, ti.Dims, quant.EncodeF16(x))
		}
		return same(w, ti, data)
	})
	require.NoError(t, err)
	for i, v := range m16.Layers[0].In[model.InQ] {
		require.Equal(t, quant.F16ToF32(quant.F32ToF16(qIn[i])), v)
	}
	// One norm missing in block 1.
	_, err = rewrite(func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		if ti.Name == "blk.1.ffn_up_norm_in.weight" {
			return nil
		}
		return same(w, ti, data)
	})
	require.ErrorIs(t, err, model.ErrMissingTensor)
	assert.Contains(t, err.Error(), "blk.1.ffn_up_norm_in.weight")
	// Block 0 without them, block 1 with them.
	_, err = rewrite(func(w *gguf.Writer, ti gguf.TensorInfo, data []byte) error {
		if ti.Name == "blk.0.attn_q_norm_in.weight" {
			return nil
		}
		return same(w, ti, data)
	})
	require.ErrorIs(t, err, model.ErrShape)
	// Pooling type 4 (rank) is not implemented.
	_, err = rewrite(same, func(w *gguf.Writer) { w.Set("qwen3.pooling_type", gguf.Uint32Value(4)) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "qwen3.pooling_type")
}
