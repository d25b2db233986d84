package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
)

func TestRunConvert(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, convert.CheckpointConfig{
		Layers: 1, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 2, Vocab: 300, Special: 16,
		Context: 128, RopeTheta: 500000, Tied: true, Seed: 3,
	}))
	out := filepath.Join(t.TempDir(), "m.gguf")
	var stdout, stderr bytes.Buffer
	require.NoError(t, runConvert(context.Background(), []string{"-type", "tq1_0", dir, out}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "blk.0.ffn_down.weight        BF16 -> TQ1_0  ternarized: absmean")
	assert.Contains(t, stdout.String(), "(bitnet-b1.58, TQ1_0): 13 tensors, 7 linear (7 ternarized from master weights, 0 unpacked exactly)")

	stdout.Reset()
	require.NoError(t, runInspect(context.Background(), []string{out}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "family  BitNet b1.58 (bitnet.cpp) (bitnet-b1.58)")

	assert.ErrorIs(t, runConvert(context.Background(), []string{dir}, &stdout, &stderr), errUsage)
	assert.ErrorContains(t, runConvert(context.Background(), []string{"-type", "q4_0", dir, out}, &stdout, &stderr), "unknown -type")
}

func TestRunConvertAbsmean(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, convert.CheckpointConfig{
		Layers: 1, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 2, Vocab: 300, Special: 16,
		Context: 128, RopeTheta: 500000, Tied: true, Seed: 3,
	}))
	out := filepath.Join(t.TempDir(), "m.gguf")
	var stdout, stderr bytes.Buffer
	require.NoError(t, runConvert(context.Background(), []string{"-absmean", "torch", "-torch-threads", "2", dir, out}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "(torch order; exact ")

	assert.ErrorIs(t, runConvert(context.Background(), []string{"-absmean", "numpy", dir, out}, &stdout, &stderr), errUsage)
	assert.ErrorIs(t, runConvert(context.Background(), []string{"-torch-threads", "2", dir, out}, &stdout, &stderr), errUsage)
	assert.Contains(t, stderr.String(), "-torch-threads only apply with -absmean torch")
	assert.ErrorContains(t, runConvert(context.Background(), []string{"-absmean", "torch", "-torch-lanes", "4", dir, out}, &stdout, &stderr), "vector width 4")
}
