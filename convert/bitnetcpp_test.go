package convert_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/crossval"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// smallCheckpoint is the shape of testdata/convert-small (README.md there):
// the bitnetcpp-small fixture's shape, as a Hugging Face checkpoint.
func smallCheckpoint(packed bool) convert.CheckpointConfig {
	return convert.CheckpointConfig{
		Layers: 3, Hidden: 512, FFN: 1536, Heads: 8, KVHeads: 2, Vocab: 1536, Special: 16,
		Context: 512, RopeTheta: 500000, Tied: true, Packed: packed, LinearClass: "autobitlinear", Seed: 2026,
	}
}

// smallLlama is testdata/convert-small's Llama-architecture checkpoint:
// Falcon3's features (head dim 256 with hidden 512 and 4 heads, separate
// output head, packed weights of the bitlinear class), BitNet b1.58 weights.
func smallLlama() convert.CheckpointConfig {
	return convert.CheckpointConfig{
		Architecture: "LlamaForCausalLM",
		Layers:       2, Hidden: 512, FFN: 1536, Heads: 4, KVHeads: 2, HeadDim: 256, Vocab: 1536, Special: 16,
		Context: 512, RopeTheta: 1000042, Tied: false, Packed: true, LinearClass: "bitlinear", Seed: 2027,
	}
}

// smallSiLU is testdata/convert-small's 1bitLLM-style checkpoint: BitNet
// b1.58 with SiLU (so upstream's arch "bitnet"), full multi-head attention,
// RoPE base 10000, BF16 master weights, tied head (bitnet.cpp's "bitnet"
// loader has no separate output.weight).
func smallSiLU() convert.CheckpointConfig {
	return convert.CheckpointConfig{
		HiddenAct: "silu", Layers: 3, Hidden: 512, FFN: 1536, Heads: 8, KVHeads: 8, Vocab: 1536, Special: 16,
		Context: 512, RopeTheta: 10000, Tied: true, Seed: 2028,
	}
}

// TestConvertedAgainstBitnetCpp converts the checkpoints of
// testdata/convert-small (regenerated here from their seeds), checks that the
// output is byte for byte the file bitnet.cpp was run on, and compares this
// package's engine in bitnetcpp mode with bitnet.cpp's logits for the prompt
// (one batch) and 8 greedy steps after it, under the bitnetcpp policy
// (max relative error 1e-4 per row).
func TestConvertedAgainstBitnetCpp(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		cfg  convert.CheckpointConfig
		sha  string
	}{
		{"master", smallCheckpoint(false), "3257774827ac6455a22d857ccdbf4a16196687a32fa23f0441cace4742d150ff"},
		{"packed", smallCheckpoint(true), "465fcaabd2651c19a64ee84a4ccf72fd40d1fd080e3fe60965615955e218043d"},
		{"llama", smallLlama(), "ff3457b8e42e00d0eb6db9fc898a1faf4f30202a82c93060160fd0f5aa44dc81"},
		{"bitnet", smallSiLU(), "cbefa0a2500d79724e74b855f31f81aa2f18f3db50ce07d365cfe7f9cab6a7ed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fix := filepath.Join("..", "testdata", "convert-small", tc.name+"-i2_s")
			prefill, err := crossval.ReadLogitsFile(fix + ".prefill.bin")
			require.NoError(t, err, "committed fixture")
			gen, err := crossval.ReadLogitsFile(fix + ".gen.bin")
			require.NoError(t, err, "committed fixture")

			dir := t.TempDir()
			require.NoError(t, convert.WriteCheckpoint(dir, tc.cfg))
			out := filepath.Join(t.TempDir(), "m.gguf")
			_, err = convert.Convert(ctx, dir, out, convert.Options{Type: gguf.TypeI2_S, Name: "convert-small-" + tc.name})
			require.NoError(t, err)
			raw, err := os.ReadFile(out)
			require.NoError(t, err)
			sum := sha256.Sum256(raw)
			require.Equal(t, tc.sha, hex.EncodeToString(sum[:]), "the converted file is not the one bitnet.cpp ran")

			f, err := gguf.Open(out)
			require.NoError(t, err)
			defer f.Close()
			m, err := model.FromGGUF(f, model.Options{})
			require.NoError(t, err)
			e, err := cpu.New(ctx, m, cpu.Options{Threads: 1, Mode: engine.BitNetCpp})
			require.NoError(t, err)
			defer e.Close()
			st, err := e.NewState(64)
			require.NoError(t, err)
			V := m.Config.VocabSize
			require.Equal(t, V, prefill.Vocab())
			n := prefill.Len()
			logits := make([]float32, n*V)
			_, err = st.Forward(ctx, prefill.Tokens, engine.AllLogits, logits)
			require.NoError(t, err)
			var worst float64
			for i := range n {
				s := crossval.CompareRow(logits[i*V:(i+1)*V], prefill.Row(i))
				worst = max(worst, float64(s.MaxRel))
			}
			next := argmax(logits[(n-1)*V:])
			for i := range gen.Len() {
				require.Equal(t, gen.Token(i), next, "greedy step %d", i)
				_, err = st.Forward(ctx, []int32{next}, engine.LastLogits, logits[:V])
				require.NoError(t, err)
				s := crossval.CompareRow(logits[:V], gen.Row(i))
				worst = max(worst, float64(s.MaxRel))
				next = argmax(logits[:V])
			}
			t.Logf("%s: worst max relative error %.3g over %d prefill rows and %d greedy steps", tc.name, worst, n, gen.Len())
			assert.LessOrEqual(t, worst, 1e-4)
		})
	}
}

func argmax(x []float32) int32 {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return int32(best)
}
