package bitnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/convert"
)

// schedCase is one concurrent generation: a prompt of random tokens and options.
type schedCase struct {
	prompt []int32
	opts   bitnet.GenerateOptions
}

func schedCases(m *bitnet.Model, n int, seed uint64) []schedCase {
	r := rand.New(rand.NewPCG(seed, 7))
	vocab := m.Info().Config.VocabSize
	var out []schedCase
	for i := 0; i < n; i++ {
		plen := 1 + r.IntN(12)
		if i%3 == 0 {
			plen = 20 + r.IntN(40) // longer than a step: prefilled in chunks
		}
		p := make([]int32, plen)
		for j := range p {
			p[j] = int32(1 + r.IntN(vocab-1))
		}
		o := bitnet.GenerateOptions{MaxTokens: 4 + r.IntN(14), IgnoreEOS: true}
		if i%2 == 1 {
			o.Sampling = bitnet.DefaultSampling()
			o.Sampling.Seed = uint64(100 + i)
		}
		out = append(out, schedCase{prompt: p, opts: o})
	}
	return out
}

// TestSharedStepsMatchAlone: generations run concurrently on one Model (shared
// steps, with small steps so that prompts are prefilled in chunks between
// decode rows) give exactly the tokens and final logits each gives alone on
// a Model without batching: on a BitNet b1.58 file and on a Gemma3 one
// (embedding scale, post-norms, QK norms), whose layer differs.
func TestSharedStepsMatchAlone(t *testing.T) {
	t.Run("bitnet-b1.58", func(t *testing.T) { testSharedStepsMatchAlone(t, tinyPath(t)) })
	// bitnetcpp mode rounds a one-token batch differently from a longer one
	// (ggml's F16 softmax and head input), so its results depend on how a
	// prompt is cut: the scheduler must cut it where it would alone.
	t.Run("bitnet-b1.58 bitnetcpp mode", func(t *testing.T) {
		testSharedStepsMatchAlone(t, tinyPath(t), bitnet.WithNumericMode(bitnet.BitNetCpp))
	})
	t.Run("gemma3", func(t *testing.T) {
		ck := filepath.Join(t.TempDir(), "ckpt")
		require.NoError(t, os.Mkdir(ck, 0o755))
		c, err := convert.SyntheticCheckpoint("gemma3", 3)
		require.NoError(t, err)
		require.NoError(t, convert.WriteCheckpoint(ck, c))
		path := filepath.Join(t.TempDir(), "gemma3.gguf")
		_, err = convert.Convert(context.Background(), ck, path, convert.Options{})
		require.NoError(t, err)
		testSharedStepsMatchAlone(t, path)
	})
}

func testSharedStepsMatchAlone(t *testing.T, path string, common ...bitnet.Option) {
	ctx := context.Background()
	load := func(opts ...bitnet.Option) *bitnet.Model {
		opts = append(append([]bitnet.Option{bitnet.WithDevice("cpu"), bitnet.WithThreads(2)}, common...), opts...)
		m, err := bitnet.Load(ctx, path, opts...)
		require.NoError(t, err)
		t.Cleanup(func() { m.Close() })
		return m
	}
	shared := load(bitnet.WithStepTokens(8))
	alone := load(bitnet.WithBatching(false))
	require.True(t, shared.BatchStats().Enabled)
	require.False(t, alone.BatchStats().Enabled)
	cases := schedCases(shared, 9, 1)

	type out struct {
		tokens []int32
		logits []float32
	}
	run := func(m *bitnet.Model, c schedCase) (out, error) {
		s, err := m.NewSession()
		if err != nil {
			return out{}, err
		}
		defer s.Close()
		res, err := s.Generate(ctx, c.prompt, c.opts, nil)
		return out{res.Tokens, append([]float32(nil), s.Logits()...)}, err
	}
	want := make([]out, len(cases))
	for i, c := range cases {
		var err error
		want[i], err = run(alone, c)
		require.NoError(t, err)
	}
	got := make([]out, len(cases))
	errs := make([]error, len(cases))
	var wg sync.WaitGroup
	for i, c := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = run(shared, c)
		}()
	}
	wg.Wait()
	for i := range cases {
		require.NoError(t, errs[i])
		assert.Equalf(t, want[i].tokens, got[i].tokens, "case %d", i)
		assert.Truef(t, equalBits(want[i].logits, got[i].logits), "case %d: logits differ", i)
	}
	st := shared.BatchStats()
	t.Logf("%d steps, %d sequence-steps (mean batch %.2f)", st.Steps, st.Rows, float64(st.Rows)/float64(st.Steps))
	assert.Greater(t, st.Rows, st.Steps, "concurrent generations never shared a step")
	assert.Zero(t, st.Running)
	assert.Zero(t, st.Waiting)
}

func equalBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(a[i] != a[i] && b[i] != b[i]) {
			return false
		}
	}
	return true
}

// TestSharedStepsCancelOne: cancelling some generations (mid-stream, and
// while queued before their first token) ends them with context.Canceled
// and leaves every other generation's output as it is alone.
func TestSharedStepsCancelOne(t *testing.T) {
	path := tinyPath(t)
	ctx := context.Background()
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2), bitnet.WithStepTokens(8))
	require.NoError(t, err)
	defer m.Close()
	cases := schedCases(m, 8, 2)
	for i := range cases {
		cases[i].opts.MaxTokens = 16
	}
	want := make([][]int32, len(cases))
	for i, c := range cases {
		res, err := m.GenerateTokens(ctx, c.prompt, c.opts, nil)
		require.NoError(t, err)
		want[i] = res.Tokens
	}
	cancelAt := map[int]int{1: 3, 4: 0, 6: 1} // case -> tokens seen before it cancels
	got := make([]bitnet.Result, len(cases))
	errs := make([]error, len(cases))
	var wg sync.WaitGroup
	for i, c := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithCancel(ctx)
			defer cancel()
			at, cancels := cancelAt[i]
			if cancels && at == 0 {
				cancel() // cancelled before it was ever scheduled
			}
			seen := 0
			got[i], errs[i] = m.GenerateTokens(cctx, c.prompt, c.opts, func(bitnet.Token) error {
				seen++
				if cancels && seen == at {
					cancel()
				}
				return nil
			})
		}()
	}
	wg.Wait()
	for i := range cases {
		if at, ok := cancelAt[i]; ok {
			require.ErrorIsf(t, errs[i], context.Canceled, "case %d", i)
			assert.LessOrEqualf(t, len(got[i].Tokens), at, "case %d ran on after its cancellation", i)
			continue
		}
		require.NoErrorf(t, errs[i], "case %d", i)
		assert.Equalf(t, want[i], got[i].Tokens, "case %d", i)
	}
}

// TestSharedStepsAfterClose: a generation on a closed Model fails with
// ErrClosed instead of hanging.
func TestSharedStepsAfterClose(t *testing.T) {
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	s, err := m.NewSession()
	require.NoError(t, err)
	defer s.Close()
	require.NoError(t, m.Close())
	err = s.Append(context.Background(), []int32{1, 2, 3})
	require.Truef(t, errors.Is(err, bitnet.ErrClosed), "%v", err)
	require.Zero(t, s.Len(), fmt.Sprint(s.Tokens()))
}

// TestStepTrace: with a logger enabled at debug level, the scheduler logs one
// "step" record per shared step, and their rows and tokens add up to what
// the generations fed: each prompt and each generated token but the last
// (which stays pending). Without debug level it logs none.
func TestStepTrace(t *testing.T) {
	path := tinyPath(t)
	ctx := context.Background()
	var buf syncBuffer
	lg := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2), bitnet.WithLogger(lg))
	require.NoError(t, err)
	defer m.Close()
	cases := schedCases(m, 4, 11)
	fed := 0
	var wg sync.WaitGroup
	for _, c := range cases {
		fed += len(c.prompt) + c.opts.MaxTokens - 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := m.GenerateTokens(ctx, c.prompt, c.opts, nil)
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	var steps, rows, tokens int
	dec := json.NewDecoder(strings.NewReader(buf.String()))
	for dec.More() {
		var rec struct {
			Msg     string  `json:"msg"`
			Rows    int     `json:"rows"`
			Tokens  int     `json:"tokens"`
			Logits  int     `json:"logits"`
			Sampled *int    `json:"sampled"`
			StepMS  float64 `json:"step_ms"`
			GapMS   float64 `json:"gap_ms"`
		}
		require.NoError(t, dec.Decode(&rec))
		if rec.Msg != "step" {
			continue
		}
		steps++
		rows += rec.Rows
		tokens += rec.Tokens
		assert.GreaterOrEqual(t, rec.Tokens, rec.Rows)
		assert.LessOrEqual(t, rec.Logits, rec.Rows)
		if assert.NotNil(t, rec.Sampled, "a step record without sampled") {
			assert.Zero(t, *rec.Sampled, "the CPU engine samples on the host")
		}
		assert.Positive(t, rec.StepMS)
		assert.GreaterOrEqual(t, rec.GapMS, 0.0)
	}
	st := m.BatchStats()
	assert.Equal(t, int(st.Steps), steps, "one record per step")
	assert.Equal(t, int(st.Rows), rows)
	assert.Equal(t, fed, tokens, "tokens fed: prompts plus generated tokens but the last of each")

	quiet, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(1),
		bitnet.WithLogger(slog.New(slog.NewJSONHandler(&buf, nil))))
	require.NoError(t, err)
	defer quiet.Close()
	n := len(buf.String())
	_, err = quiet.GenerateTokens(ctx, cases[0].prompt, cases[0].opts, nil)
	require.NoError(t, err)
	assert.NotContains(t, buf.String()[n:], `"msg":"step"`, "no step records below debug level")
}

// syncBuffer is a bytes.Buffer safe for the scheduler goroutine's writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
