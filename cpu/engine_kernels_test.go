package cpu

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// forEachKernelSet runs f as a subtest for every kernel set name, skipping
// (with the reason) those this CPU cannot run.
func forEachKernelSet(t *testing.T, f func(t *testing.T, set string)) {
	for _, set := range []string{KernelsRef, KernelsGo, KernelsAVX2, KernelsAVX512VNNI, KernelsLUT, KernelsCalibrate, KernelsAuto} {
		t.Run(set, func(t *testing.T) {
			switch {
			case set == KernelsAVX2 && !hasAVX2():
				t.Skip("SKIP: CPU lacks AVX2/FMA/F16C")
			case set == KernelsAVX512VNNI && !hasVNNI():
				t.Skip("SKIP: CPU lacks AVX512VNNI/BW/VL")
			}
			f(t, set)
		})
	}
}

// decodeAll feeds tokens one at a time and returns every row's logits.
func decodeAll(t testing.TB, e *Engine, tokens []int32) []float32 {
	t.Helper()
	st, err := e.NewState(len(tokens) + 8)
	require.NoError(t, err)
	V := e.VocabSize()
	out := make([]float32, len(tokens)*V)
	for i, tok := range tokens {
		_, err := st.Forward(context.Background(), []int32{tok}, engine.LastLogits, out[i*V:(i+1)*V])
		require.NoError(t, err)
	}
	return out
}

// TestKernelSetsMatchReferencePath: the whole model, in every kernel set and
// both numeric modes, as a batch (the tiled gemm path) and token by token
// (gemv), gives the reference kernel set's logits within 1e-5.
func TestKernelSetsMatchReferencePath(t *testing.T) {
	for _, wt := range []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ1_0} {
		m := tinyModel(t, wt, 31)
		tokens := randomTokens(rand.New(rand.NewPCG(31, uint64(wt))), 19, m.Config.VocabSize)
		for _, mode := range []engine.NumericMode{engine.Exact, engine.BitNetCpp} {
			ref := newEngine(t, m, Options{Threads: 2, Mode: mode, Kernels: KernelsRef})
			wantBatch := fullPass(t, ref, tokens)
			wantSeq := decodeAll(t, ref, tokens)
			V := ref.VocabSize()
			t.Run(wt.String()+"/"+mode.String(), func(t *testing.T) {
				forEachKernelSet(t, func(t *testing.T, set string) {
					e := newEngine(t, m, Options{Threads: 2, Mode: mode, Kernels: set})
					gotBatch := fullPass(t, e, tokens)
					gotSeq := decodeAll(t, e, tokens)
					worst := 0.0
					for i := range tokens {
						rb := relErr(gotBatch[i*V:(i+1)*V], wantBatch[i*V:(i+1)*V])
						rs := relErr(gotSeq[i*V:(i+1)*V], wantSeq[i*V:(i+1)*V])
						worst = math.Max(worst, math.Max(rb, rs))
						require.LessOrEqualf(t, rb, 1e-5, "batch row %d: %.3g", i, rb)
						require.LessOrEqualf(t, rs, 1e-5, "decode row %d: %.3g", i, rs)
					}
					t.Logf("worst max relative error vs ref kernels: %.3g", worst)
				})
			})
		}
	}
}

// TestHeadFormats: a Q8_0 or Q6_K output head gives the same logits in every
// kernel set as in the reference set (<= 1e-5), and stays close to the F16
// head (the quantization error, measured on the synthetic model).
func TestHeadFormats(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 41)
	tokens := randomTokens(rand.New(rand.NewPCG(41, 41)), 9, m.Config.VocabSize)
	f16 := fullPass(t, newEngine(t, m, Options{Threads: 2, Kernels: KernelsRef}), tokens)
	V := m.Config.VocabSize
	for _, hf := range []string{HeadQ8_0, HeadQ6_K} {
		t.Run(hf, func(t *testing.T) {
			refE := newEngine(t, m, Options{Threads: 2, Kernels: KernelsRef, HeadFormat: hf})
			require.Contains(t, refE.Info().Kernels["output"], map[string]string{HeadQ8_0: "q8_0", HeadQ6_K: "q6_k"}[hf])
			want := fullPass(t, refE, tokens)
			worstF16, agree := 0.0, 0
			for i := range tokens {
				worstF16 = math.Max(worstF16, relErr(want[i*V:(i+1)*V], f16[i*V:(i+1)*V]))
				if argmax(want[i*V:(i+1)*V]) == argmax(f16[i*V:(i+1)*V]) {
					agree++
				}
			}
			t.Logf("%s head vs F16 head: worst max relative error %.3g, top-1 agreement %d/%d", hf, worstF16, agree, len(tokens))
			assert.Less(t, worstF16, 0.05)
			forEachKernelSet(t, func(t *testing.T, set string) {
				got := fullPass(t, newEngine(t, m, Options{Threads: 2, Kernels: set, HeadFormat: hf}), tokens)
				for i := range tokens {
					require.LessOrEqual(t, relErr(got[i*V:(i+1)*V], want[i*V:(i+1)*V]), 1e-5, "row %d", i)
				}
			})
		})
	}
	_, err := New(context.Background(), m, Options{HeadFormat: "q3"})
	require.Error(t, err)
}

// TestDecodeAllocatesNothing: once a state has seen a position, decoding the
// next token allocates nothing (no goroutines, no buffers) in the matmuls,
// attention, head or pool.
func TestDecodeAllocatesNothing(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 51)
	// A memory-mapped file with a repacked head reads token rows with pread.
	mapped := tinyModelMode(t, gguf.TypeI2_S, 51, gguf.LoadMmap)
	require.NotNil(t, mapped.Embed.Reader)
	for _, tc := range []struct {
		set, head string
		m         *model.Model
	}{{KernelsAuto, HeadNative, m}, {KernelsLUT, HeadNative, m}, {KernelsAuto, HeadQ8_0, mapped}} {
		set := tc.set + "/" + tc.head
		e := newEngine(t, tc.m, Options{Threads: 2, Kernels: tc.set, HeadFormat: tc.head})
		st, err := e.NewState(512)
		require.NoError(t, err)
		out := make([]float32, e.VocabSize())
		ctx := context.Background()
		// Warm up past the KV cache's growth steps.
		for i := 0; i < 40; i++ {
			_, err := st.Forward(ctx, []int32{int32(i)}, engine.LastLogits, out)
			require.NoError(t, err)
		}
		require.NoError(t, st.Truncate(20))
		tok := []int32{7}
		allocs := testing.AllocsPerRun(10, func() {
			if _, err := st.Forward(ctx, tok, engine.LastLogits, out); err != nil {
				panic(err)
			}
			if err := st.Truncate(20); err != nil {
				panic(err)
			}
		})
		assert.Zero(t, allocs, "kernels %s", set)
	}
}

func TestKernelCountsAndInfo(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 61)
	e := newEngine(t, m, Options{Threads: 2})
	info := e.Info()
	for _, shape := range []string{"256x256", "128x256", "512x256", "256x512"} {
		assert.Contains(t, info.Kernels, shape)
	}
	assert.Contains(t, info.Kernels, "output")
	tokens := randomTokens(rand.New(rand.NewPCG(61, 61)), 3, m.Config.VocabSize)
	_ = decodeAll(t, e, tokens)
	counts := e.KernelCounts()
	var ternary uint64
	for name, c := range counts {
		if name != e.headName {
			ternary += c
		}
	}
	// Seven matrices per layer per forward call, one head per call.
	assert.Equal(t, uint64(7*m.Config.Layers*len(tokens)), ternary)
	assert.Equal(t, uint64(len(tokens)), counts[e.headName])
	assert.Positive(t, e.HeadBytes())
	assert.Positive(t, e.TernaryBytes())
}

// TestKVChunks: across KV cache chunk boundaries (kvChunk positions), the
// batch and token-by-token paths, every kernel set and a clone taken past a
// boundary agree with the reference kernels.
func TestKVChunks(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 71)
	n := kvChunk + 45
	tokens := randomTokens(rand.New(rand.NewPCG(71, 71)), n, m.Config.VocabSize)
	ref := newEngine(t, m, Options{Threads: 2, Kernels: KernelsRef})
	want := fullPass(t, ref, tokens)
	V := ref.VocabSize()
	e := newEngine(t, m, Options{Threads: 2})
	got := fullPass(t, e, tokens)
	for i := range tokens {
		require.LessOrEqual(t, relErr(got[i*V:(i+1)*V], want[i*V:(i+1)*V]), 1e-5, "batch row %d", i)
	}
	st, err := e.NewState(n + 5)
	require.NoError(t, err)
	ctx := context.Background()
	split := kvChunk + 3
	_, err = st.Forward(ctx, tokens[:split], engine.NoLogits, nil)
	require.NoError(t, err)
	fork, err := st.Clone()
	require.NoError(t, err)
	out := make([]float32, V)
	for _, s := range []engine.State{st, fork} {
		for i := split; i < n; i++ {
			_, err := s.Forward(ctx, tokens[i:i+1], engine.LastLogits, out)
			require.NoError(t, err)
			require.LessOrEqual(t, relErr(out, want[i*V:(i+1)*V]), 1e-5, "decode row %d", i)
		}
	}
}

// TestReleaseAndEmbeddingReader: with a repacked head, New hands the
// embedding's file bytes to Options.Release when rows can be read from
// Embed.Reader instead, reads token rows through the reader (a reader that
// fails shows it), and gives exactly the logits of the in-memory lookup.
// With the native head (the embedding is the head) nothing is released.
func TestReleaseAndEmbeddingReader(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 43)
	tokens := randomTokens(rand.New(rand.NewPCG(43, 43)), 7, m.Config.VocabSize)
	want := fullPass(t, newEngine(t, m, Options{Threads: 2, HeadFormat: HeadQ8_0}), tokens)

	var released [][]byte
	record := func(b []byte) { released = append(released, b) }
	mr := *m
	mr.Embed.Reader = bytes.NewReader(m.Embed.Data)
	mr.Output = mr.Embed
	e := newEngine(t, &mr, Options{Threads: 2, HeadFormat: HeadQ8_0, Release: record})
	require.Len(t, released, 1)
	assert.Equal(t, unsafe.SliceData(m.Embed.Data), unsafe.SliceData(released[0]), "the embedding's bytes")
	assert.Equal(t, want, fullPass(t, e, tokens))

	mr.Embed.Reader = failingReader{}
	mr.Output = mr.Embed
	st, err := newEngine(t, &mr, Options{Threads: 2, HeadFormat: HeadQ8_0}).NewState(8)
	require.NoError(t, err)
	_, err = st.Forward(context.Background(), tokens[:1], engine.LastLogits, make([]float32, m.Config.VocabSize))
	require.ErrorContains(t, err, "token_embd.weight row")

	released = nil
	mr.Embed.Reader = bytes.NewReader(m.Embed.Data)
	mr.Output = mr.Embed
	newEngine(t, &mr, Options{Threads: 2, Release: record})
	assert.Empty(t, released, "the native head reads the embedding in bulk")
}

type failingReader struct{}

func (failingReader) ReadAt([]byte, int64) (int, error) { return 0, errors.New("read failed") }
