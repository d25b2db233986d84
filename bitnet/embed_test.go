package bitnet_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/convert"
)

// writeEmbeddingModel converts a small synthetic BitNet-embedding checkpoint
// (Qwen3 backbone, per-projection input norms, last-token pooling) into
// dir/emb.gguf.
func writeEmbeddingModel(dir string) (string, error) {
	ck := filepath.Join(dir, "ckpt")
	if err := os.Mkdir(ck, 0o755); err != nil {
		return "", err
	}
	if err := convert.WriteCheckpoint(ck, convert.CheckpointConfig{Architecture: "Qwen3Model", InputNorms: true,
		Pooling: "lasttoken", Layers: 1, Hidden: 256, FFN: 512, Heads: 4, KVHeads: 2, HeadDim: 64, Vocab: 300,
		Special: 16, Context: 32, RopeTheta: 1000000, Tied: true, Seed: 5}); err != nil {
		return "", err
	}
	out := filepath.Join(dir, "emb.gguf")
	_, err := convert.Convert(context.Background(), ck, out, convert.Options{})
	return out, err
}

// TestEmbedErrors: a generative model refuses Embed with ErrNoEmbeddings; an
// embedding model takes EOS-terminated text, refuses over-long and empty
// inputs with typed errors and a cancelled context with its error, and gives
// the same vector for the same input alone or in a batch.
func TestEmbedErrors(t *testing.T) {
	ctx := context.Background()
	tiny := loadTiny(t)
	_, err := tiny.Embed(ctx, "hello")
	require.ErrorIs(t, err, bitnet.ErrNoEmbeddings)
	assert.Equal(t, bitnet.PoolingNone, tiny.Pooling())

	path, err := writeEmbeddingModel(t.TempDir())
	require.NoError(t, err)
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	defer m.Close()
	assert.Equal(t, bitnet.PoolingLast, m.Pooling())
	ids := m.EmbeddingTokens("hello world")
	require.True(t, m.Tokenizer().AddEOS())
	assert.Equal(t, m.Tokenizer().EOS(), ids[len(ids)-1], "EOS appended for last-token pooling")

	both, err := m.Embed(ctx, "hello world", "another text")
	require.NoError(t, err)
	alone, err := m.Embed(ctx, "another text")
	require.NoError(t, err)
	assert.Equal(t, alone[0], both[1])
	assert.NotEqual(t, both[0], both[1])

	long := make([]int32, m.Info().ContextLen+1)
	_, err = m.EmbedTokens(ctx, []int32{1}, long)
	var tl *bitnet.InputTooLongError
	require.ErrorAs(t, err, &tl)
	assert.Equal(t, 1, tl.Index)
	assert.Equal(t, m.Info().ContextLen, tl.Max)
	require.ErrorIs(t, err, bitnet.ErrInputTooLong)

	_, err = m.EmbedTokens(ctx, []int32{})
	require.ErrorIs(t, err, bitnet.ErrEmptyInput)
	_, err = m.EmbedTokens(ctx, []int32{1 << 20})
	require.Error(t, err)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = m.Embed(cctx, "x")
	require.True(t, errors.Is(err, context.Canceled), "%v", err)

	require.NoError(t, m.Close())
	_, err = m.Embed(ctx, "x")
	require.ErrorIs(t, err, bitnet.ErrClosed)
}

// ExampleModel_Embed embeds a query and two documents with an embedding
// model and ranks the documents by cosine similarity (a dot product: the
// vectors have unit length). The model here is a synthetic one with random
// weights; in real use load BitNet-embedding-0.6B converted to GGUF, and
// give queries the one-sentence task instruction the model was trained with.
func ExampleModel_Embed() {
	dir, err := os.MkdirTemp("", "bitnet-embed-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path, err := writeEmbeddingModel(dir)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	m, err := bitnet.Load(ctx, path)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	vecs, err := m.Embed(ctx, "query: what is BitNet?", "BitNet uses ternary weights.", "Paris is in France.")
	if err != nil {
		log.Fatal(err)
	}
	var norm float64
	for _, v := range vecs[0] {
		norm += float64(v) * float64(v)
	}
	fmt.Printf("%d vectors of %d values, norm %.4f\n", len(vecs), len(vecs[0]), math.Sqrt(norm))
	for _, doc := range vecs[1:] {
		var dot float32
		for j := range doc {
			dot += vecs[0][j] * doc[j]
		}
		_ = dot // rank documents by dot
	}
	// Output: 3 vectors of 256 values, norm 1.0000
}
