package main

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

// TestConversation: a second turn feeds only the new message (the first
// turn stays cached), and a conversation longer than the context drops its
// oldest turns instead of failing. The example used to re-render the whole
// conversation, find that its tokens differ from the generated ones, reset
// the session and die on the second turn with "context window full".
func TestConversation(t *testing.T) {
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	ctx := context.Background()
	require.NoError(t, synth.Write(ctx, path, cfg, synth.Options{Seed: 3, WeightType: gguf.TypeI2_S}))
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2), bitnet.WithContextLength(256))
	require.NoError(t, err)
	defer m.Close()

	c, err := newConversation(m, "Be brief.", bitnet.GenerateOptions{MaxTokens: 40})
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Reply(ctx, "Hello there.", nil)
	require.NoError(t, err)
	first := c.sess.Tokens()

	res, err := c.Reply(ctx, "Tell me more.", nil)
	require.NoError(t, err)
	assert.Equal(t, first, c.sess.Tokens()[:len(first)], "the first turn stays cached")
	whole, err := m.RenderChat([]bitnet.Message{c.system, c.turns[0], c.turns[1], c.turns[2]})
	require.NoError(t, err)
	t.Logf("second turn fed %d tokens; the whole conversation renders to %d, the first turn held %d", res.PromptTokens, len(whole), len(first))
	assert.Less(t, res.PromptTokens, len(first), "only the new message is fed, not the conversation again")
	userOnly, err := c.continuation(bitnet.Message{Role: bitnet.RoleUser, Content: "Tell me more."})
	require.NoError(t, err)
	assert.LessOrEqual(t, res.PromptTokens, len(userOnly)+1, "the message, and an end-of-turn token owed by a cut reply")

	for i := range 12 {
		before := c.sess.Tokens()
		dropped := c.Dropped
		_, err := c.Reply(ctx, "And then what happened next?", nil)
		require.NoError(t, err, "turn %d", i+3)
		require.LessOrEqual(t, c.sess.Len(), c.sess.Cap())
		if c.Dropped == dropped {
			assert.True(t, slices.Equal(before, c.sess.Tokens()[:len(before)]), "turn %d reuses the cache", i+3)
		}
	}
	assert.Positive(t, c.Dropped, "14 turns of up to 40-token replies overflow a 256-token context")
	assert.Equal(t, bitnet.RoleUser, c.turns[0].Role)
}
