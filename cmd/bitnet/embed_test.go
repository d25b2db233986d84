package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbedCommand: synth -hf embedding, convert, embed: one unit-length
// vector per text, one JSON array per line; a generative model is refused.
func TestEmbedCommand(t *testing.T) {
	dir := t.TempDir()
	ck, out := filepath.Join(dir, "ck"), filepath.Join(dir, "emb.gguf")
	code, _, errOut := runCLI(t, "synth", "-hf", "embedding", "-quiet", "-o", ck)
	require.Equal(t, 0, code, errOut)
	code, _, errOut = runCLI(t, "convert", "-quiet", ck, out)
	require.Equal(t, 0, code, errOut)
	code, stdout, errOut := runCLI(t, "embed", "-m", out, "-t", "1", "-quiet", "hello", "query: what is BitNet?")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	for _, l := range lines {
		var v []float64
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		require.Len(t, v, 256)
		var ss float64
		for _, x := range v {
			ss += x * x
		}
		assert.InDelta(t, 1, math.Sqrt(ss), 1e-6)
	}
	assert.NotEqual(t, lines[0], lines[1])

	code, _, errOut = runCLI(t, "embed", "-m", tinyModelFile(t), "-t", "1", "-quiet", "hello")
	assert.NotEqual(t, 0, code)
	assert.Contains(t, errOut, "does not produce embeddings")
}

// TestEmbedCommandGemma3: the Gemma3 backbone through the same commands:
// synth -hf embedding-gemma3, convert, inspect names the family, embed
// prints unit-length vectors.
func TestEmbedCommandGemma3(t *testing.T) {
	dir := t.TempDir()
	ck, out := filepath.Join(dir, "ck"), filepath.Join(dir, "emb.gguf")
	code, _, errOut := runCLI(t, "synth", "-hf", "embedding-gemma3", "-quiet", "-o", ck)
	require.Equal(t, 0, code, errOut)
	code, _, errOut = runCLI(t, "convert", "-quiet", "-type", "tq2_0", ck, out)
	require.Equal(t, 0, code, errOut)
	code, stdout, errOut := runCLI(t, "inspect", out)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, stdout, "family  Gemma3-architecture ternary (gemma3): no sub-norms, FFN gelu, RoPE neox")
	code, stdout, errOut = runCLI(t, "embed", "-m", out, "-t", "1", "-quiet", "hello", "query: what is BitNet?")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	for _, l := range lines {
		var v []float64
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		require.Len(t, v, 256)
		var ss float64
		for _, x := range v {
			ss += x * x
		}
		assert.InDelta(t, 1, math.Sqrt(ss), 1e-6)
	}
	assert.NotEqual(t, lines[0], lines[1])
}
