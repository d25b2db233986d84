package convert_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/quant"
)

// TestConvertAbsmeanTorch: with AbsmeanTorch, each linear weight's I2_S
// bytes are those of the float32 steps of bitnet.cpp's preprocess with the
// mean taken in torch's order for the configured threads and lanes
// (quant.TorchAbsmean over the whole tensor at once, while the converter
// streams it in chunks), and for some tensors that differs from the
// default exact mean.
func TestConvertAbsmeanTorch(t *testing.T) {
	c := tinyCheckpoint(false)
	dir := writeCkpt(t, c)
	differ := 0
	for _, cfg := range []quant.TorchConfig{{}, {Threads: 2}, {Threads: 3, Lanes: 16}} {
		out := filepath.Join(t.TempDir(), "out.gguf")
		_, err := convert.Convert(context.Background(), dir, out, convert.Options{Absmean: convert.AbsmeanTorch, Torch: cfg})
		require.NoError(t, err)
		f, err := gguf.Open(out)
		require.NoError(t, err)
		for l := range c.Layers {
			for g, h := range linearNames {
				name := fmt.Sprintf("blk.%d.%s.weight", l, g)
				ti, raw := hfTensor(t, dir, fmt.Sprintf("model.layers.%d.%s.weight", l, h))
				rows, cols := int(ti.Shape[0]), int(ti.Shape[1])
				w := make([]float32, rows*cols)
				require.NoError(t, quant.DecodeBF16(raw, w))
				mean, err := quant.TorchAbsmean(w, cfg)
				require.NoError(t, err)
				s := 1 / max(mean, 1e-5)
				pre := make([]float32, len(w))
				for i, x := range w {
					pre[i] = float32(max(-1, min(1, math.RoundToEven(float64(x*s))))) / s
				}
				want, err := quant.QuantizeI2S(pre, rows, cols)
				require.NoError(t, err)
				got, err := f.TensorData(name)
				require.NoError(t, err)
				require.Equal(t, want, got, "%s %+v", name, cfg)
				if _, exact := quant.AbsmeanScales(quant.SumAbs(w), len(w)); exact != 1/s {
					differ++
				}
			}
		}
		f.Close()
	}
	assert.Positive(t, differ, "torch's order never changed a scale: the test shows nothing")
	t.Logf("%d of %d (tensor, setting) scales differ from the exact mode's", differ, 3*c.Layers*len(linearNames))

	_, err := convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"),
		convert.Options{Absmean: convert.AbsmeanTorch, Torch: quant.TorchConfig{Lanes: 4}})
	assert.ErrorContains(t, err, "vector width 4")
	_, err = convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{Absmean: 7})
	assert.ErrorContains(t, err, "absmean mode")

	for _, s := range []string{"exact", "torch"} {
		m, err := convert.ParseAbsmeanMode(s)
		require.NoError(t, err)
		assert.Equal(t, s, m.String())
	}
	_, err = convert.ParseAbsmeanMode("numpy")
	assert.Error(t, err)
}
