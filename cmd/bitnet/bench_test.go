package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

func TestExpandListArgs(t *testing.T) {
	got, err := expandListArgs([]string{"-m", "x.gguf", "-t", "1,2", "-load-mode=mmap,ram", "-r", "3"}, benchListFlags)
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"-m", "x.gguf", "-t=1", "-load-mode=mmap", "-r", "3"},
		{"-m", "x.gguf", "-t=1", "-load-mode=ram", "-r", "3"},
		{"-m", "x.gguf", "-t=2", "-load-mode=mmap", "-r", "3"},
		{"-m", "x.gguf", "-t=2", "-load-mode=ram", "-r", "3"},
	}, got)
	_, err = expandListArgs([]string{"-t"}, benchListFlags)
	require.Error(t, err)
	_, err = expandListArgs([]string{"-t", "1,,2"}, benchListFlags)
	require.Error(t, err)
}

func TestBenchJSON(t *testing.T) {
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S}))
	var out, errOut bytes.Buffer
	err = runBench(context.Background(), []string{"-m", path, "-p", "8", "-n", "4", "-r", "2", "-t", "1,2",
		"-head", "native,q8_0", "-bw-size", "8", "-device", "cpu", "-o", "json"}, &out, &errOut)
	require.NoError(t, err, errOut.String())
	var res []benchResult
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	require.Len(t, res, 8) // 2 thread counts x 2 heads x (pp, tg)
	for _, r := range res {
		assert.Positive(t, r.Median)
		assert.LessOrEqual(t, r.Min, r.Median)
		assert.GreaterOrEqual(t, r.Max, r.Median)
		assert.Len(t, r.Samples, 2)
		assert.Positive(t, r.BytesToken)
		assert.Positive(t, r.ReadBW)
		assert.NotEmpty(t, r.Kernels)
		if r.Test == "tg4" {
			assert.Positive(t, r.Fraction)
		}
	}
	assert.Less(t, res[2].BytesToken, res[0].BytesToken, "a Q8_0 head reads fewer bytes than F16")

	out.Reset()
	require.NoError(t, runBench(context.Background(), []string{"-m", path, "-p", "4", "-n", "2", "-r", "1", "-bw-size", "8", "-device", "cpu"}, &out, &errOut))
	assert.Contains(t, out.String(), "| t/s median |")
	assert.Contains(t, out.String(), "read bandwidth")
	require.ErrorIs(t, runBench(context.Background(), []string{"-m", path, "-o", "xml"}, &out, &errOut), errUsage)

	// Head evaluation: the native head is the reference, Q8_0 is compared with it.
	text := filepath.Join(t.TempDir(), "text.txt")
	require.NoError(t, os.WriteFile(text, []byte("The quick brown fox jumps over the lazy dog. It was the best of times, it was the worst of times."), 0o644))
	out.Reset()
	require.NoError(t, runBench(context.Background(), []string{"-m", path, "-p", "0", "-n", "0", "-bw-size", "0", "-device", "cpu",
		"-head", "native,q8_0", "-head-eval", text, "-o", "json"}, &out, &errOut), errOut.String())
	res = nil
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	require.Len(t, res, 1)
	assert.Equal(t, "head-eval", res[0].Test)
	assert.Greater(t, res[0].Top1Agree, 0.5)
	assert.Positive(t, res[0].MeanKL)
	assert.Less(t, res[0].MeanKL, 0.1)
	require.Error(t, runBench(context.Background(), []string{"-m", path, "-p", "0", "-n", "0", "-bw-size", "0", "-device", "cpu",
		"-head", "q8_0", "-head-eval", text}, &out, &errOut), "no native reference")
}

func TestKLDivergence(t *testing.T) {
	p := []float32{1, 2, 3}
	assert.InDelta(t, 0, klDivergence(p, p), 1e-12)
	assert.InDelta(t, 0, klDivergence(p, []float32{11, 12, 13}), 1e-12, "shift-invariant")
	assert.Greater(t, klDivergence(p, []float32{3, 2, 1}), 0.5)
}
