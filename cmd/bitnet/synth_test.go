package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

// synthFile writes a synthetic model into dir and returns its path.
func synthFile(t *testing.T, dir, preset string, wt gguf.Type, seed uint64) string {
	t.Helper()
	cfg, err := synth.Preset(preset)
	require.NoError(t, err)
	path := filepath.Join(dir, preset+"-"+wt.String()+".gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: seed, WeightType: wt}))
	return path
}

func TestRunSynth(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		typ  string
		want gguf.Type
	}{{"i2_s", gguf.TypeI2_S}, {"TQ2_0", gguf.TypeTQ2_0}, {"tq1_0", gguf.TypeTQ1_0}, {"f32", gguf.TypeF32}, {"f16", gguf.TypeF16}}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			out := filepath.Join(dir, tt.typ+".gguf")
			var stdout, stderr bytes.Buffer
			err := runSynth(context.Background(), []string{"-preset", "tiny", "-type", tt.typ, "-seed", "3", "-o", out}, &stdout, &stderr)
			require.NoError(t, err, stderr.String())
			assert.Contains(t, stderr.String(), "wrote "+out)
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			cfg, _ := synth.Preset("tiny")
			want, err := synth.Bytes(context.Background(), cfg, synth.Options{Seed: 3, WeightType: tt.want})
			require.NoError(t, err)
			assert.True(t, bytes.Equal(want, got), "the command's file differs from synth.Bytes")
		})
	}

	out := filepath.Join(dir, "named.gguf")
	var stderr bytes.Buffer
	require.NoError(t, runSynth(context.Background(), []string{"-preset", "small", "-name", "mine", "-quiet", "-o", out}, &bytes.Buffer{}, &stderr))
	assert.Empty(t, stderr.String())
	f, err := gguf.Open(out)
	require.NoError(t, err)
	defer f.Close()
	name, err := f.String("general.name")
	require.NoError(t, err)
	assert.Equal(t, "mine", name)
	n, err := f.Uint64("bitnet-b1.58.block_count")
	require.NoError(t, err)
	assert.Equal(t, uint64(3), n)
}

func TestRunSynthErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.gguf")
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"no output", []string{"-preset", "tiny"}, true},
		{"extra argument", []string{"-o", out, "extra"}, true},
		{"bad flag", []string{"-nope"}, true},
		{"bad preset", []string{"-preset", "huge", "-o", out}, false},
		{"bad type", []string{"-type", "q4_0", "-o", out}, false},
		{"unknown type", []string{"-type", "zz", "-o", out}, false},
		{"missing tokenizer", []string{"-tokenizer", filepath.Join(dir, "none.json"), "-o", out}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := runSynth(context.Background(), tt.args, &bytes.Buffer{}, &stderr)
			require.Error(t, err)
			if tt.usage {
				assert.ErrorIs(t, err, errUsage)
				assert.Contains(t, stderr.String(), "Run 'bitnet synth -h' for the flags.")
			} else {
				assert.NotErrorIs(t, err, errUsage)
			}
			_, statErr := os.Stat(out)
			assert.True(t, os.IsNotExist(statErr), "no output on error")
		})
	}
}
