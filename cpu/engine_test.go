package cpu

import (
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/synth"
)

// tinyModel writes the tiny preset with the given weight type and loads it.
func tinyModel(t testing.TB, wt gguf.Type, seed uint64) *model.Model {
	t.Helper()
	return tinyModelMode(t, wt, seed, gguf.LoadRAM)
}

// tinyModelMode is tinyModel with the file opened in the given load mode.
func tinyModelMode(t testing.TB, wt gguf.Type, seed uint64, mode gguf.LoadMode) *model.Model {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: seed, WeightType: wt}))
	f, err := gguf.Open(path, gguf.WithLoadMode(mode))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	return m
}

func newEngine(t testing.TB, m *model.Model, opts Options) *Engine {
	t.Helper()
	e, err := New(context.Background(), m, opts)
	require.NoError(t, err)
	t.Cleanup(func() { e.Close() })
	return e
}

func randomTokens(r *rand.Rand, n, vocab int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(r.IntN(vocab))
	}
	return out
}

// fullPass runs tokens as one batch and returns every row's logits.
func fullPass(t testing.TB, e *Engine, tokens []int32) []float32 {
	t.Helper()
	st, err := e.NewState(len(tokens) + 8)
	require.NoError(t, err)
	out := make([]float32, len(tokens)*e.VocabSize())
	n, err := st.Forward(context.Background(), tokens, engine.AllLogits, out)
	require.NoError(t, err)
	require.Equal(t, len(tokens), n)
	return out
}

func relErr(a, b []float32) float64 { return maxRelErr(a, b) }

// TestPrefillThenDecodeEqualsFullPass: prefilling a prefix and decoding the rest
// token by token gives the logits one full-sequence pass gives, at every position.
func TestPrefillThenDecodeEqualsFullPass(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 7)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 4; trial++ {
		tokens := randomTokens(r, 5+r.IntN(20), V)
		want := fullPass(t, e, tokens)
		split := 1 + r.IntN(len(tokens)-1)
		st, err := e.NewState(64)
		require.NoError(t, err)
		got := make([]float32, len(tokens)*V)
		_, err = st.Forward(context.Background(), tokens[:split], engine.AllLogits, got)
		require.NoError(t, err)
		for i := split; i < len(tokens); i++ {
			_, err := st.Forward(context.Background(), tokens[i:i+1], engine.LastLogits, got[i*V:(i+1)*V])
			require.NoError(t, err)
		}
		for i := range tokens {
			r := relErr(got[i*V:(i+1)*V], want[i*V:(i+1)*V])
			require.LessOrEqualf(t, r, 1e-5, "trial %d position %d (split %d): %.3g", trial, i, split, r)
		}
	}
}

// TestThreadCountIndependence: the same logits, bit for bit, with 1, 2 and 3 threads.
func TestThreadCountIndependence(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 3)
	tokens := randomTokens(rand.New(rand.NewPCG(3, 4)), 17, m.Config.VocabSize)
	var ref []float32
	for _, threads := range []int{1, 2, 3} {
		got := fullPass(t, newEngine(t, m, Options{Threads: threads}), tokens)
		if ref == nil {
			ref = got
			continue
		}
		require.Equal(t, ref, got, "threads=%d", threads)
	}
}

// TestAgainstFloat64Reference: the model path agrees with an independent float64
// implementation of the forward pass within 1e-5 (relative to max |logit|),
// with every kernel set.
func TestAgainstFloat64Reference(t *testing.T) {
	for _, wt := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeF16} {
		t.Run(wt.String(), func(t *testing.T) {
			m := tinyModel(t, wt, 11)
			r := rand.New(rand.NewPCG(5, uint64(wt)))
			tokens := randomTokens(r, 12, m.Config.VocabSize)
			ref := newRef64(t, m)
			V := m.Config.VocabSize
			want := make([]float32, len(tokens)*V)
			for i, tok := range tokens {
				for j, v := range ref.step(t, tok) {
					want[i*V+j] = float32(v)
				}
			}
			forEachKernelSet(t, func(t *testing.T, set string) {
				got := fullPass(t, newEngine(t, m, Options{Threads: 2, Kernels: set}), tokens)
				worst := 0.0
				for i := range tokens {
					rel := relErr(got[i*V:(i+1)*V], want[i*V:(i+1)*V])
					worst = math.Max(worst, rel)
					require.LessOrEqualf(t, rel, 1e-5, "position %d: %.3g", i, rel)
				}
				t.Logf("%s, kernels %s: worst max relative error vs float64 reference over %d positions: %.3g", wt, set, len(tokens), worst)
			})
		})
	}
}

// TestWeightTypesAgree: the same ternary weights stored as I2_S, TQ2_0, TQ1_0,
// F16 or F32 give identical logits.
func TestWeightTypesAgree(t *testing.T) {
	var ref []float32
	tokens := randomTokens(rand.New(rand.NewPCG(9, 9)), 9, 1024)
	for _, wt := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeF16, gguf.TypeF32} {
		got := fullPass(t, newEngine(t, tinyModel(t, wt, 21), Options{Threads: 2}), tokens)
		if ref == nil {
			ref = got
			continue
		}
		assert.Equal(t, ref, got, "%s differs from I2_S", wt)
	}
}

func TestStateTruncateCloneAndLimits(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 5)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	tokens := randomTokens(rand.New(rand.NewPCG(6, 6)), 10, V)
	want := fullPass(t, e, tokens)
	ctx := context.Background()

	st, err := e.NewState(10)
	require.NoError(t, err)
	out := make([]float32, V)
	_, err = st.Forward(ctx, tokens[:6], engine.LastLogits, out)
	require.NoError(t, err)
	fork, err := st.Clone()
	require.NoError(t, err)

	// Diverge the original, then rewind it: the result must not depend on the detour.
	_, err = st.Forward(ctx, []int32{1, 2, 3}, engine.LastLogits, out)
	require.NoError(t, err)
	require.NoError(t, st.Truncate(6))
	_, err = st.Forward(ctx, tokens[6:], engine.LastLogits, out)
	require.NoError(t, err)
	assert.Equal(t, want[9*V:], out)

	// The fork was unaffected.
	_, err = fork.Forward(ctx, tokens[6:], engine.LastLogits, out)
	require.NoError(t, err)
	assert.Equal(t, want[9*V:], out)

	// Context limit, bad tokens, small buffers: errors, not panics.
	_, err = st.Forward(ctx, []int32{1}, engine.LastLogits, out)
	require.ErrorIs(t, err, engine.ErrContextFull)
	require.NoError(t, st.Truncate(0))
	_, err = st.Forward(ctx, []int32{int32(V)}, engine.LastLogits, out)
	require.Error(t, err)
	_, err = st.Forward(ctx, []int32{-1}, engine.LastLogits, out)
	require.Error(t, err)
	_, err = st.Forward(ctx, []int32{1, 2}, engine.AllLogits, out)
	require.Error(t, err)
	_, err = st.Forward(ctx, nil, engine.LastLogits, out)
	require.Error(t, err)
	require.Error(t, st.Truncate(5))

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = st.Forward(cctx, []int32{1}, engine.LastLogits, out)
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 0, st.Len(), "a cancelled forward leaves the state as it was")
}

// TestConcurrentStates runs several sequences on one engine at once (run with -race).
func TestConcurrentStates(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 8)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	r := rand.New(rand.NewPCG(8, 8))
	const n = 4
	prompts := make([][]int32, n)
	wants := make([][]float32, n)
	for i := range prompts {
		prompts[i] = randomTokens(r, 6+i, V)
		wants[i] = fullPass(t, e, prompts[i])
	}
	errs := make(chan error, n)
	gots := make([][]float32, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			st, err := e.NewState(32)
			if err != nil {
				errs <- err
				return
			}
			out := make([]float32, len(prompts[i])*V)
			for j, tok := range prompts[i] {
				if _, err := st.Forward(context.Background(), []int32{tok}, engine.LastLogits, out[j*V:(j+1)*V]); err != nil {
					errs <- err
					return
				}
			}
			gots[i] = out
			errs <- nil
		}(i)
	}
	for i := 0; i < n; i++ {
		require.NoError(t, <-errs)
	}
	for i := range gots {
		for j := range prompts[i] {
			require.LessOrEqual(t, relErr(gots[i][j*V:(j+1)*V], wants[i][j*V:(j+1)*V]), 1e-5)
		}
	}
}
