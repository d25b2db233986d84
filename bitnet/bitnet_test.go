package bitnet_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

// tinyPath writes the tiny synthetic preset once per test.
func tinyPath(t testing.TB) string {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 42, WeightType: gguf.TypeI2_S}))
	return path
}

func loadTiny(t testing.TB, opts ...bitnet.Option) *bitnet.Model {
	t.Helper()
	m, err := bitnet.Load(context.Background(), tinyPath(t), append([]bitnet.Option{bitnet.WithDevice("cpu"), bitnet.WithThreads(2)}, opts...)...)
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	return m
}

func TestLoadInfo(t *testing.T) {
	var stages []string
	m := loadTiny(t, bitnet.WithProgress(func(p bitnet.Progress) {
		if len(stages) == 0 || stages[len(stages)-1] != p.Stage {
			stages = append(stages, p.Stage)
		}
	}))
	info := m.Info()
	assert.Equal(t, "bitnet-b1.58", info.Config.Arch)
	assert.Equal(t, 2, info.Config.Layers)
	assert.Equal(t, 256, info.Config.Hidden)
	assert.Equal(t, "cpu", info.Engine.Device)
	assert.Equal(t, bitnet.LoadRAM, info.LoadMode)
	assert.Equal(t, "bitnet", info.ChatTemplate)
	assert.Contains(t, stages, "prepare")
}

func TestLoadErrors(t *testing.T) {
	ctx := context.Background()
	_, err := bitnet.Load(ctx, filepath.Join(t.TempDir(), "missing.gguf"))
	require.Error(t, err)
	_, err = bitnet.Load(ctx, tinyPath(t), bitnet.WithDevice("tpu"))
	require.ErrorContains(t, err, "device")
	_, err = bitnet.Load(ctx, tinyPath(t), bitnet.WithDevice("cuda:0"))
	require.Error(t, err, "without the cuda tag an explicit GPU request must fail")
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = bitnet.Load(cctx, tinyPath(t))
	require.ErrorIs(t, err, context.Canceled)
}

func TestGreedyIsDeterministic(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	a, err := m.Generate(ctx, "Hello world", bitnet.GenerateOptions{MaxTokens: 12, IgnoreEOS: true})
	require.NoError(t, err)
	b, err := m.Generate(ctx, "Hello world", bitnet.GenerateOptions{MaxTokens: 12, IgnoreEOS: true})
	require.NoError(t, err)
	assert.Equal(t, a.Tokens, b.Tokens)
	assert.Len(t, a.Tokens, 12)
	assert.Equal(t, bitnet.FinishLength, a.FinishReason)
	assert.Equal(t, m.Detokenize(a.Tokens), a.Text)
	assert.Greater(t, a.PromptTokens, 1)
}

func TestSeedDeterminism(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	p := bitnet.DefaultSampling()
	p.Seed = 7
	p.Temperature = 1.5
	run := func(seed uint64) []int32 {
		p.Seed = seed
		r, err := m.Generate(ctx, "Once upon", bitnet.GenerateOptions{MaxTokens: 16, Sampling: p, IgnoreEOS: true})
		require.NoError(t, err)
		return r.Tokens
	}
	a, b := run(7), run(7)
	assert.Equal(t, a, b, "same seed, same tokens")
	assert.NotEqual(t, a, run(8), "a different seed should change a 16-token sample at temperature 1.5")
}

// TestSessionMatchesOneShot: prefill + decode through a Session equals Generate,
// and a fork continues independently.
func TestSessionForkReset(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	want, err := m.Generate(ctx, "abc def", bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true})
	require.NoError(t, err)

	s, err := m.NewSession()
	require.NoError(t, err)
	defer s.Close()
	prompt := m.Tokenize("abc def")
	require.NoError(t, s.Append(ctx, prompt[:3]))
	fork, err := s.Fork()
	require.NoError(t, err)
	defer fork.Close()
	got, err := s.Generate(ctx, prompt[3:], bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true}, nil)
	require.NoError(t, err)
	assert.Equal(t, want.Tokens, got.Tokens)
	assert.Equal(t, len(prompt)+8, s.Len())

	got2, err := fork.Generate(ctx, prompt[3:], bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true}, nil)
	require.NoError(t, err)
	assert.Equal(t, want.Tokens, got2.Tokens)

	s.Reset()
	assert.Equal(t, 0, s.Len())
	got3, err := s.Generate(ctx, prompt, bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true}, nil)
	require.NoError(t, err)
	assert.Equal(t, want.Tokens, got3.Tokens)
}

func TestStreamMatchesGenerateAndBreakStops(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	o := bitnet.GenerateOptions{MaxTokens: 10, IgnoreEOS: true}
	want, err := m.Generate(ctx, "stream me", o)
	require.NoError(t, err)
	var text strings.Builder
	var ids []int32
	for tok, err := range m.Stream(ctx, "stream me", o) {
		require.NoError(t, err)
		text.WriteString(tok.Text)
		if tok.ID >= 0 {
			ids = append(ids, tok.ID)
		}
	}
	assert.Equal(t, want.Text, text.String())
	assert.Equal(t, want.Tokens, ids)

	n := 0
	for _, err := range m.Stream(ctx, "stream me", o) {
		require.NoError(t, err)
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

func TestCancellationWithinOneToken(t *testing.T) {
	m := loadTiny(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := 0
	res, err := m.GenerateStream(ctx, "cancel me", bitnet.GenerateOptions{MaxTokens: 100, IgnoreEOS: true}, func(tok bitnet.Token) error {
		seen++
		if seen == 3 {
			cancel()
		}
		return nil
	})
	require.ErrorIs(t, err, context.Canceled)
	assert.LessOrEqual(t, len(res.Tokens), 3, "no token after the one during which the context was cancelled")
}

func TestCallbackErrorStops(t *testing.T) {
	m := loadTiny(t)
	boom := errors.New("client went away")
	_, err := m.GenerateStream(context.Background(), "x", bitnet.GenerateOptions{MaxTokens: 50, IgnoreEOS: true}, func(bitnet.Token) error { return boom })
	require.ErrorIs(t, err, boom)
}

func TestStopStringsAndTokens(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	full, err := m.Generate(ctx, "Hello", bitnet.GenerateOptions{MaxTokens: 24, IgnoreEOS: true})
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(full.Text), 6)
	// Use a piece of the greedy output as a stop string: the output must end right before it.
	stop := full.Text[3:6]
	r, err := m.Generate(ctx, "Hello", bitnet.GenerateOptions{MaxTokens: 24, IgnoreEOS: true, Stop: []string{stop}})
	require.NoError(t, err)
	assert.Equal(t, bitnet.FinishStop, r.FinishReason)
	assert.Equal(t, stop, r.StopString)
	assert.Equal(t, full.Text[:strings.Index(full.Text, stop)], r.Text)
	assert.NotContains(t, r.Text, stop)

	// A stop token: the first greedy token that was not generated before it.
	k := 1
	for k < len(full.Tokens) && slices.Contains(full.Tokens[:k], full.Tokens[k]) {
		k++
	}
	require.Less(t, k, len(full.Tokens), "greedy output repeats one token")
	r2, err := m.Generate(ctx, "Hello", bitnet.GenerateOptions{MaxTokens: 24, IgnoreEOS: true, StopTokens: []int32{full.Tokens[k]}})
	require.NoError(t, err)
	assert.Equal(t, bitnet.FinishStop, r2.FinishReason)
	assert.Equal(t, full.Tokens[k], r2.StopToken)
	assert.Equal(t, full.Tokens[:k], r2.Tokens)
}

func TestContextFull(t *testing.T) {
	m := loadTiny(t, bitnet.WithContextLength(16))
	ctx := context.Background()
	r, err := m.Generate(ctx, "a b c", bitnet.GenerateOptions{MaxTokens: -1, IgnoreEOS: true})
	require.NoError(t, err)
	assert.Equal(t, bitnet.FinishContext, r.FinishReason)
	assert.Equal(t, 16, r.PromptTokens+len(r.Tokens))

	long := strings.Repeat("word ", 40)
	_, err = m.Generate(ctx, long, bitnet.GenerateOptions{MaxTokens: 4})
	require.ErrorIs(t, err, bitnet.ErrContextFull)
}

func TestChatTemplate(t *testing.T) {
	m := loadTiny(t)
	msgs := []bitnet.Message{{Role: bitnet.RoleSystem, Content: "Be brief."}, {Role: bitnet.RoleUser, Content: " Hi! "}}
	ids, err := m.RenderChat(msgs)
	require.NoError(t, err)
	tok := m.Tokenizer()
	eot, ok := tok.TokenID("<|eot_id|>")
	require.True(t, ok)
	assert.Equal(t, tok.BOS(), ids[0])
	assert.Equal(t, "System: Be brief.User: Hi!Assistant: ", m.Detokenize(ids))
	count := 0
	for _, id := range ids {
		if id == eot {
			count++
		}
	}
	assert.Equal(t, 2, count, "one <|eot_id|> after each message")

	r, err := m.Chat(context.Background(), msgs, bitnet.GenerateOptions{MaxTokens: 4})
	require.NoError(t, err)
	assert.Equal(t, len(ids), r.PromptTokens)

	_, err = m.Chat(context.Background(), []bitnet.Message{{Role: "wizard", Content: "x"}}, bitnet.GenerateOptions{})
	require.Error(t, err)
}

func TestBadOptions(t *testing.T) {
	m := loadTiny(t)
	_, err := m.Generate(context.Background(), "x", bitnet.GenerateOptions{Sampling: bitnet.SamplingParams{TopP: 2}})
	require.Error(t, err)
	_, err = m.Generate(context.Background(), "x", bitnet.GenerateOptions{TopLogprobs: -1})
	require.Error(t, err)
}

// TestKVCacheOption: the default cache type follows the numeric mode, an F16
// cache can be asked for in exact mode, and a bad name is a load error.
func TestKVCacheOption(t *testing.T) {
	assert.Equal(t, "f32", loadTiny(t).Info().Engine.KVCache)
	assert.Equal(t, "f16", loadTiny(t, bitnet.WithNumericMode(bitnet.BitNetCpp)).Info().Engine.KVCache)
	m := loadTiny(t, bitnet.WithKVCache("f16"))
	assert.Equal(t, "f16", m.Info().Engine.KVCache)
	r, err := m.Generate(context.Background(), "x", bitnet.GenerateOptions{MaxTokens: 3, IgnoreEOS: true})
	require.NoError(t, err)
	assert.Len(t, r.Tokens, 3)
	_, err = bitnet.Load(context.Background(), tinyPath(t), bitnet.WithKVCache("q4"))
	require.ErrorContains(t, err, "KV cache type")
}

func TestLogprobs(t *testing.T) {
	m := loadTiny(t)
	var toks []bitnet.Token
	_, err := m.GenerateStream(context.Background(), "x", bitnet.GenerateOptions{MaxTokens: 3, IgnoreEOS: true, Logprobs: true, TopLogprobs: 2}, func(tk bitnet.Token) error {
		toks = append(toks, tk)
		return nil
	})
	require.NoError(t, err)
	for _, tk := range toks {
		if tk.ID < 0 {
			continue
		}
		require.Len(t, tk.TopLogprobs, 2)
		// Greedy: the chosen token is the most likely one.
		assert.Equal(t, tk.TopLogprobs[0].ID, tk.ID)
		assert.InDelta(t, tk.TopLogprobs[0].Logprob, tk.Logprob, 1e-6)
		assert.LessOrEqual(t, tk.Logprob, float32(0))
	}
}

// TestConcurrentGeneration: one model, many goroutines, the same greedy output each (run with -race).
func TestConcurrentGeneration(t *testing.T) {
	m := loadTiny(t)
	ctx := context.Background()
	o := bitnet.GenerateOptions{MaxTokens: 6, IgnoreEOS: true}
	want, err := m.Generate(ctx, "shared model", o)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := m.Generate(ctx, "shared model", o)
			if err == nil && !assert.ObjectsAreEqual(want.Tokens, r.Tokens) {
				err = errors.New("different tokens under concurrency")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

func TestLoadModesAgree(t *testing.T) {
	path := tinyPath(t)
	ctx := context.Background()
	var outs [][]int32
	for _, lm := range []bitnet.LoadMode{bitnet.LoadMmap, bitnet.LoadRAM} {
		m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithLoadMode(lm))
		require.NoError(t, err)
		r, err := m.Generate(ctx, "modes", bitnet.GenerateOptions{MaxTokens: 5, IgnoreEOS: true})
		require.NoError(t, err)
		assert.Equal(t, lm, m.Info().LoadMode)
		outs = append(outs, r.Tokens)
		require.NoError(t, m.Close())
	}
	assert.Equal(t, outs[0], outs[1])
}

// TestMmapDropsRepackedHead: with a repacked head, a mapped file's F16
// embedding is dropped from the resident set after the repack (a note says
// so), and generation is unchanged: token rows are then read from the file.
func TestMmapDropsRepackedHead(t *testing.T) {
	path := tinyPath(t)
	ctx := context.Background()
	var outs [][]int32
	for _, lm := range []bitnet.LoadMode{bitnet.LoadMmap, bitnet.LoadRAM} {
		m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithLoadMode(lm), bitnet.WithHeadFormat("q8_0"))
		require.NoError(t, err)
		dropped := slices.ContainsFunc(m.Info().Notes, func(s string) bool { return strings.Contains(s, "dropped from the resident set") })
		assert.Equal(t, lm == bitnet.LoadMmap, dropped, "%v: notes %q", lm, m.Info().Notes)
		r, err := m.Generate(ctx, "modes", bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true})
		require.NoError(t, err)
		outs = append(outs, r.Tokens)
		require.NoError(t, m.Close())
	}
	assert.Equal(t, outs[0], outs[1])
}
