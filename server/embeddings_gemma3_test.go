package server

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/convert"
)

// TestEmbeddingsEndpointGemma3: the Gemma3-backbone BitNet-embedding model
// (arch gemma3, mean pooling) is served by the same endpoint, with
// bitnet.Model.Embed's vectors bit for bit.
func TestEmbeddingsEndpointGemma3(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, convert.CheckpointConfig{Architecture: "Gemma3TextModel", InputNorms: true,
		Pooling: "mean", Layers: 1, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300, Special: 16,
		Context: 64, SlidingWindow: 64, RopeTheta: 10000, Tied: true, Seed: 5}))
	out := filepath.Join(t.TempDir(), "emb.gguf")
	res, err := convert.Convert(context.Background(), dir, out, convert.Options{})
	require.NoError(t, err)
	require.Equal(t, "gemma3", res.Arch)
	m, err := bitnet.Load(context.Background(), out, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	ts := startWith(t, m, Options{ModelID: "emb"})
	texts := []string{"Hello world", "query: what is BitNet?"}
	want, err := m.Embed(context.Background(), texts...)
	require.NoError(t, err)

	var r embeddingsReply
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"model": "emb", "input": texts}), &r))
	require.Len(t, r.Data, 2)
	for i := range texts {
		assert.Equal(t, want[i], floats(t, r.Data[i].Embedding))
		assert.Len(t, want[i], 256)
	}
	assert.NotEqual(t, want[0], want[1])
}
