package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

// TestRun: concurrent generations share steps (more than one sequence per
// step on average) and give the texts they give one at a time, greedy.
func TestRun(t *testing.T) {
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	ctx := context.Background()
	require.NoError(t, synth.Write(ctx, path, cfg, synth.Options{Seed: 3, WeightType: gguf.TypeI2_S}))
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2), bitnet.WithContextLength(128))
	require.NoError(t, err)
	defer m.Close()

	o := bitnet.GenerateOptions{MaxTokens: 24, IgnoreEOS: true}
	prompts := []string{"Story 1: once upon a time", "The capital of France is", "1, 2, 3,", "Hello"}
	alone := make([]string, len(prompts))
	for i := range prompts {
		r, err := run(ctx, m, prompts[i:i+1], o)
		require.NoError(t, err)
		require.Equal(t, 24, r.tokens)
		alone[i] = r.texts[0]
	}
	before := m.BatchStats()
	r, err := run(ctx, m, prompts, o)
	require.NoError(t, err)
	assert.Equal(t, len(prompts)*24, r.tokens)
	assert.Equal(t, alone, r.texts, "the texts of the generations one at a time (greedy, exact mode)")
	st := m.BatchStats()
	steps, rows := st.Steps-before.Steps, st.Rows-before.Rows
	t.Logf("%d steps, %d rows", steps, rows)
	assert.Greater(t, float64(rows)/float64(steps), 1.5, "the generations shared steps")

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = run(cctx, m, prompts, o)
	assert.ErrorIs(t, err, context.Canceled)
}
