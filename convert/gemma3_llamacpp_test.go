package convert_test

import (
	"testing"

	"github.com/bitnet-go/bitnet-go/convert"
)

// gemma3LlamaCppCheckpoint is a synthetic ternary Gemma3ForCausalLM (no
// per-projection input norms: upstream llama.cpp's gemma3 has none; 2
// layers, hidden 256, 4 query heads on 1 KV head of 256, GELU-tanh, four
// block norms and QK norms stored as Gemma's w of 1+w, tied head, packed
// weights, sliding window 64 = context), whose `bitnet convert -type q2_0`
// output upstream llama.cpp ran (scripts/q2_0-llamacpp-ref.mjs).
var gemma3LlamaCppCheckpoint = convert.CheckpointConfig{Architecture: "Gemma3ForCausalLM", Layers: 2, Hidden: 256, FFN: 768,
	Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300, Special: 16, Context: 64, SlidingWindow: 64, RopeTheta: 10000,
	Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 21}

// TestGemma3AgainstLlamaCpp: the gemma3 entry's forward pass (embedding
// scale, Gemma3 norms with the converter's 1+w, QK norms, post-norms,
// GELU-tanh, query scale, NEOX RoPE) against upstream llama.cpp's own gemma3
// code on the same file, as TestQ2_0AgainstLlamaCpp does for qwen3: 16
// greedy tokens equal, next-token log-probabilities within the measured
// bounds, with the F16 embedding and with the tied embedding in Q2_0. In
// bitnetcpp mode (ggml's roundings, including its F16-table GELU) they
// agree to float32 rounding (<= 1e-6) at 15 of 16 steps (F16 embedding; the
// other differs by 3.4e-5, one flipped rounding) and at all 16 (Q2_0
// embedding); exact mode (float32 GELU, KV cache, query) within 1.8e-2.
// The synthetic model's greedy output repeats tokens (7, 7, then 290), as
// random Gemma3 weights tend to; the test compares all 300 probabilities of
// every step.
func TestGemma3AgainstLlamaCpp(t *testing.T) {
	t.Run("F16 embedding", func(t *testing.T) {
		// 3.37e-5, 3.37e-5, 1.71e-2; 15, 15, 0; 3.9e-7, 3.9e-7, 1.2e-5.
		testQ2_0AgainstLlamaCpp(t, gemma3LlamaCppCheckpoint, "gemma3-llamacpp", "gemma3-q2_0", false, []q2Bounds{{1e-4, 15, 1e-6}, {1e-4, 15, 1e-6}, {3e-2, 0, 3e-5}})
	})
	t.Run("Q2_0 embedding", func(t *testing.T) {
		// 7.92e-7, 7.92e-7, 1.74e-2; 16, 16, 0; 5e-7, 5e-7, 2e-5.
		testQ2_0AgainstLlamaCpp(t, gemma3LlamaCppCheckpoint, "gemma3-llamacpp", "gemma3-q2_0-embd", true, []q2Bounds{{2e-6, 16, 1e-6}, {2e-6, 16, 1e-6}, {3e-2, 0, 4e-5}})
	})
}
