package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
)

// TestConvertInspectQ2_0: `bitnet convert -type q2_0` on a Qwen3 BitNet
// checkpoint writes upstream Q2_0 linear weights, and `bitnet inspect` names
// the family and the type; a BitNet-architecture checkpoint is refused.
func TestConvertInspectQ2_0(t *testing.T) {
	dir := t.TempDir()
	ck := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(ck, convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128,
		FFN: 256, Heads: 2, KVHeads: 1, Vocab: 300, Special: 16, Context: 64, RopeTheta: 1e6, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 3}))
	out := filepath.Join(dir, "q2.gguf")
	var stdout, stderr bytes.Buffer
	require.NoError(t, runConvert(context.Background(), []string{"-type", "q2_0", "-quiet", ck, out}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "(qwen3, Q2_0): 13 tensors, 7 linear")
	stdout.Reset()
	require.NoError(t, runInspect(context.Background(), []string{out}, &stdout, &stderr), stderr.String())
	s := stdout.String()
	assert.Contains(t, s, "family  Qwen3-architecture ternary (qwen3): no sub-norms, FFN silu, RoPE neox, head tied or separate, QK-norm, optional per-projection input norms, ternary or Q2_0 weights only")
	assert.Regexp(t, regexp.MustCompile(`(?m)^  Q2_0\s+7 tensors\s+\d+ bytes`), s)
	assert.Regexp(t, regexp.MustCompile(`(?m)^\s+\d+  blk\.0\.attn_q\.weight\s+Q2_0\s+128 x 128\s+4608\s+\d+$`), s)

	// A YaRN checkpoint: inspect says so.
	yarn := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(yarn, convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 1, Hidden: 128,
		FFN: 256, Heads: 2, KVHeads: 1, Vocab: 300, Special: 16, Context: 64, RopeTheta: 1e6, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 3,
		RopeScaling: map[string]any{"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 16}}))
	yout := filepath.Join(dir, "yarn.gguf")
	require.NoError(t, runConvert(context.Background(), []string{"-type", "q2_0", "-quiet", yarn, yout}, &stdout, &stderr), stderr.String())
	stdout.Reset()
	require.NoError(t, runInspect(context.Background(), []string{yout}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "ternary or Q2_0 weights only; this file: RoPE scaling yarn x4\n")
	assert.NotContains(t, s, "RoPE scaling")
	// Llama 3.1's llama3 scaling: the converter writes rope_freqs.
	l3 := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(l3, convert.CheckpointConfig{Architecture: "LlamaForCausalLM", Layers: 1, Hidden: 256, FFN: 512,
		Heads: 2, KVHeads: 1, Vocab: 300, Special: 16, Context: 64, RopeTheta: 500000, Packed: true, LinearClass: "bitlinear", Seed: 5,
		RopeScaling: map[string]any{"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 32}}))
	lout := filepath.Join(dir, "llama3.gguf")
	require.NoError(t, runConvert(context.Background(), []string{"-type", "tq2_0", "-quiet", l3, lout}, &stdout, &stderr), stderr.String())
	stdout.Reset()
	require.NoError(t, runInspect(context.Background(), []string{lout}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "; this file: RoPE frequency factors (rope_freqs, llama3 scaling)\n")

	bn := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(bn, convert.CheckpointConfig{Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 2,
		Vocab: 300, Special: 16, Context: 64, RopeTheta: 1e4, Tied: true, Seed: 4}))
	err := runConvert(context.Background(), []string{"-type", "q2_0", "-quiet", bn, filepath.Join(dir, "x.gguf")}, &stdout, &stderr)
	assert.ErrorContains(t, err, "qwen3 only")
}
