package server

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/convert"
)

// embeddingModel converts a small synthetic BitNet-embedding checkpoint
// (Qwen3 backbone with per-projection input norms, last-token pooling) and
// loads it.
func embeddingModel(t *testing.T) *bitnet.Model {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, convert.CheckpointConfig{Architecture: "Qwen3Model", InputNorms: true,
		Pooling: "lasttoken", Layers: 1, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 2, HeadDim: 64, Vocab: 300, Special: 16,
		Context: 64, RopeTheta: 1000000, Tied: true, Seed: 5}))
	out := filepath.Join(t.TempDir(), "emb.gguf")
	_, err := convert.Convert(context.Background(), dir, out, convert.Options{})
	require.NoError(t, err)
	m, err := bitnet.Load(context.Background(), out, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	return m
}

type embeddingsReply struct {
	EmbeddingsResponse
	Error *APIError `json:"error"`
}

// TestEmbeddingsEndpoint: /v1/embeddings answers OpenAI's four input shapes
// with bitnet.Model.Embed's vectors (bit for bit), base64 encoding,
// usage.prompt_tokens, and OpenAI-shaped 400s for dimensions, an unknown
// encoding_format and an input longer than the context.
func TestEmbeddingsEndpoint(t *testing.T) {
	m := embeddingModel(t)
	ts := startWith(t, m, Options{ModelID: "emb"})
	ctx := context.Background()
	texts := []string{"Hello world", "query: what is BitNet?"}
	want, err := m.Embed(ctx, texts...)
	require.NoError(t, err)
	H := m.Info().Config.Hidden

	var r embeddingsReply
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"model": "emb", "input": texts[0]}), &r))
	assert.Equal(t, "list", r.Object)
	assert.Equal(t, "emb", r.Model)
	require.Len(t, r.Data, 1)
	assert.Equal(t, "embedding", r.Data[0].Object)
	assert.Equal(t, floats(t, r.Data[0].Embedding), want[0])
	assert.Len(t, want[0], H)
	assert.Equal(t, len(m.EmbeddingTokens(texts[0])), r.Usage.PromptTokens)
	assert.Equal(t, r.Usage.PromptTokens, r.Usage.TotalTokens)

	r = embeddingsReply{}
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"input": texts, "dimensions": H}), &r))
	require.Len(t, r.Data, 2)
	for i := range texts {
		assert.Equal(t, i, r.Data[i].Index)
		assert.Equal(t, want[i], floats(t, r.Data[i].Embedding))
	}

	ids := m.EmbeddingTokens(texts[1])
	for _, in := range []any{ids, [][]int32{ids, ids[:3]}} {
		r = embeddingsReply{}
		require.Equal(t, 200, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"input": in}), &r))
		assert.Equal(t, want[1], floats(t, r.Data[0].Embedding))
	}
	assert.Equal(t, len(ids)+3, r.Usage.PromptTokens)
	short, err := m.EmbedTokens(ctx, ids[:3])
	require.NoError(t, err)
	assert.Equal(t, short[0], floats(t, r.Data[1].Embedding))

	r = embeddingsReply{}
	require.Equal(t, 200, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"input": texts[0], "encoding_format": "base64"}), &r))
	s, ok := r.Data[0].Embedding.(string)
	require.True(t, ok, "base64 embedding is %T", r.Data[0].Embedding)
	b, err := base64.StdEncoding.DecodeString(s)
	require.NoError(t, err)
	require.Len(t, b, 4*H)
	for j := range H {
		require.Equal(t, want[0][j], math.Float32frombits(binary.LittleEndian.Uint32(b[4*j:])))
	}

	long := make([]int32, m.Info().ContextLen+1)
	for _, c := range []struct {
		body        map[string]any
		param, code string
	}{
		{map[string]any{"input": "x", "dimensions": 8}, "dimensions", "invalid_value"},
		{map[string]any{"input": "x", "encoding_format": "int8"}, "encoding_format", "invalid_value"},
		{map[string]any{"input": long}, "input", "context_length_exceeded"},
		{map[string]any{"input": []any{}}, "input", "invalid_value"},
		{map[string]any{"input": []any{1, "x"}}, "input", "invalid_type"},
		{map[string]any{"input": []int{1, 1 << 20}}, "input", "invalid_value"},
	} {
		r = embeddingsReply{}
		require.Equal(t, 400, decode(t, ts.post(t, "/v1/embeddings", c.body), &r), "%v", c.body)
		require.NotNil(t, r.Error)
		assert.Equal(t, c.param, *r.Error.Param, "%v", c.body)
		assert.Equal(t, c.code, *r.Error.Code, "%v", c.body)
	}
}

// TestEmbeddingsNotEmbeddingModel: a generative model answers 400
// model_not_supported on param model.
func TestEmbeddingsNotEmbeddingModel(t *testing.T) {
	ts := start(t, Options{})
	var r embeddingsReply
	require.Equal(t, 400, decode(t, ts.post(t, "/v1/embeddings", map[string]any{"input": "x"}), &r))
	require.NotNil(t, r.Error)
	assert.Equal(t, "model", *r.Error.Param)
	assert.Equal(t, "model_not_supported", *r.Error.Code)
	assert.Equal(t, typeInvalidRequest, r.Error.Type)
}

func floats(t *testing.T, v any) []float32 {
	t.Helper()
	xs, ok := v.([]any)
	require.True(t, ok, "embedding is %T", v)
	out := make([]float32, len(xs))
	for i, x := range xs {
		f, ok := x.(float64)
		require.True(t, ok)
		out[i] = float32(f)
	}
	return out
}
