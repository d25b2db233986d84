package convert_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// TestConvertFalconELayout: a Falcon-E-shaped checkpoint (LlamaForCausalLM
// with quantization_config bitnet, packed bitlinear weights, a separate
// output head) converts to arch llama with exactly llama.cpp's tensor set:
// per layer seven ternary linears and two F32 norms, plus token_embd,
// output_norm and output. That is the census of TII's published Falcon-E
// I2_S files (24 layers: 168 I2_S, 49 F32, 2 F16 tensors), so Falcon-E has
// no per-linear norm tensors. A config with transformers' use_rms_norm set
// (an RMSNorm inside every BitLinear) is refused.
func TestConvertFalconELayout(t *testing.T) {
	c := convert.CheckpointConfig{Architecture: "LlamaForCausalLM", Layers: 2, Hidden: 256, FFN: 512, Heads: 2, KVHeads: 1,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 10000, Packed: true, LinearClass: "bitlinear", Seed: 11}
	dir := writeCkpt(t, c)
	f, res := convertTo(t, dir, gguf.TypeI2_S)
	assert.Equal(t, model.ArchLlama, res.Arch)
	arch, err := f.String("general.architecture")
	require.NoError(t, err)
	assert.Equal(t, "llama", arch)

	count := map[gguf.Type]int{}
	for _, ti := range f.Tensors() {
		count[ti.Type]++
	}
	assert.Equal(t, 7*c.Layers, count[gguf.TypeI2_S], "ternary linears")
	assert.Equal(t, 2*c.Layers+1, count[gguf.TypeF32], "norms")
	assert.Len(t, f.Tensors(), 9*c.Layers+3)
	for _, name := range []string{"token_embd.weight", "output_norm.weight", "output.weight"} {
		_, ok := f.Tensor(name)
		assert.True(t, ok, name)
	}

	raw, err := os.ReadFile(filepath.Join(dir, "config.json"))
	require.NoError(t, err)
	var cfg map[string]any
	require.NoError(t, json.Unmarshal(raw, &cfg))
	cfg["quantization_config"].(map[string]any)["use_rms_norm"] = true
	raw, err = json.Marshal(cfg)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), raw, 0o644))
	_, err = convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "x.gguf"), convert.Options{})
	require.ErrorIs(t, err, convert.ErrUnsupported)
	assert.Contains(t, err.Error(), "use_rms_norm")
}
