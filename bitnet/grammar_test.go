package bitnet_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/grammar"
	"github.com/bitnet-go/bitnet-go/sample"
	"github.com/bitnet-go/bitnet-go/tokenizer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tiny model has random weights, so without the grammar its output is
// noise: every valid result here is the grammar's doing.
func TestGrammarConstrainsOutput(t *testing.T) {
	m := loadTiny(t)
	g, err := grammar.FromJSONSchema([]byte(`{"type":"object","properties":{"n":{"type":"integer"},"s":{"type":"string","maxLength":4},"e":{"enum":["x","y"]}},"required":["n","s","e"],"additionalProperties":false}`))
	require.NoError(t, err)
	for seed := range uint64(20) {
		sp := bitnet.DefaultSampling()
		sp.Seed = seed
		res, err := m.Generate(context.Background(), "hello", bitnet.GenerateOptions{MaxTokens: 200, Sampling: sp, Grammar: g})
		require.NoError(t, err)
		require.Equal(t, bitnet.FinishStop, res.FinishReason, "seed %d: %q", seed, res.Text)
		var v struct {
			N *int    `json:"n"`
			S *string `json:"s"`
			E *string `json:"e"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.Text), &v), "seed %d: %q", seed, res.Text)
		require.NotNil(t, v.N)
		require.NotNil(t, v.S)
		assert.LessOrEqual(t, len([]rune(*v.S)), 4)
		assert.Contains(t, []string{"x", "y"}, *v.E)
	}
}

func TestGrammarDoneWithoutEndTokens(t *testing.T) {
	m := loadTiny(t)
	g, err := grammar.ParseGBNF(`root ::= "ab" [0-9]`)
	require.NoError(t, err)
	res, err := m.Generate(context.Background(), "x", bitnet.GenerateOptions{MaxTokens: 50, IgnoreEOS: true, Grammar: g})
	require.NoError(t, err)
	assert.Equal(t, bitnet.FinishStop, res.FinishReason)
	assert.Regexp(t, `^ab[0-9]$`, res.Text)
}

func TestLogitBiasForcesAndBans(t *testing.T) {
	m := loadTiny(t)
	tok := m.Tokenizer()
	ids := tok.Encode("z", tokenizer.EncodeOptions{})
	require.Len(t, ids, 1)
	z := ids[0]
	res, err := m.Generate(context.Background(), "hello", bitnet.GenerateOptions{MaxTokens: 5, IgnoreEOS: true,
		Adjust: &sample.Adjust{Bias: map[int32]float32{z: 100}}})
	require.NoError(t, err)
	assert.Equal(t, []int32{z, z, z, z, z}, res.Tokens)

	greedy, err := m.Generate(context.Background(), "hello", bitnet.GenerateOptions{MaxTokens: 5, IgnoreEOS: true})
	require.NoError(t, err)
	first := greedy.Tokens[0]
	res, err = m.Generate(context.Background(), "hello", bitnet.GenerateOptions{MaxTokens: 5, IgnoreEOS: true,
		Adjust: &sample.Adjust{Bias: map[int32]float32{first: -100}}})
	require.NoError(t, err)
	assert.NotContains(t, res.Tokens, first)
}

func TestPresencePenaltyCountsGeneratedTokens(t *testing.T) {
	m := loadTiny(t)
	// A huge presence penalty makes every generated token unique (greedy).
	res, err := m.Generate(context.Background(), "hello", bitnet.GenerateOptions{MaxTokens: 40, IgnoreEOS: true,
		Adjust: &sample.Adjust{PresencePenalty: 1e6}})
	require.NoError(t, err)
	seen := map[int32]bool{}
	for _, id := range res.Tokens {
		assert.False(t, seen[id], "token %d repeated in %v", id, res.Tokens)
		seen[id] = true
	}
}
