package cpu

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/synth"
)

// TestForwardBatchMatchesForward: random mixes of sequences (counts, cached
// lengths, decode rows and odd-sized prefill chunks, every logits request)
// advanced by ForwardBatch give, bit for bit, the logits and caches that each
// State.Forward gives alone, in every kernel set, with both KV cache types,
// over several consecutive batched steps. bitnetcpp mode (run one by one)
// is checked the same way.
func TestForwardBatchMatchesForward(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 41)
	forEachKernelSet(t, func(t *testing.T, set string) {
		for _, c := range []struct {
			mode engine.NumericMode
			kv   string
		}{{engine.Exact, KVCacheF32}, {engine.Exact, KVCacheF16}, {engine.BitNetCpp, ""}} {
			e := newEngine(t, m, Options{Threads: 2, Kernels: set, Mode: c.mode, KVCache: c.kv})
			r := rand.New(rand.NewPCG(41, uint64(len(set))))
			checkForwardBatch(t, e, r, 400, 250, 40, fmt.Sprintf("%s mode %v kv %s", set, c.mode, c.kv))
		}
	})
}

// TestForwardBatchFamilies: TestForwardBatchMatchesForward's check in exact
// mode for the families whose layer differs from BitNet b1.58's: Gemma3
// (embeddings times sqrt(hidden), post-attention and post-FFN norms, QK
// norms, head dimension 256 on one KV head), per-projection input norms
// (Qwen3 and Gemma3 BitNet-embedding checkpoints) and Q2_0 weights (Q8_0
// activations), each converted from a synthetic Hugging Face checkpoint.
func TestForwardBatchFamilies(t *testing.T) {
	gemma, err := convert.SyntheticCheckpoint("gemma3", 51)
	require.NoError(t, err)
	gemmaIn := gemma
	gemmaIn.Architecture, gemmaIn.InputNorms, gemmaIn.Packed, gemmaIn.LinearClass = "Gemma3TextModel", true, false, ""
	qwenIn := convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", InputNorms: true, Layers: 2, Hidden: 256, FFN: 768,
		Heads: 4, KVHeads: 2, HeadDim: 128, Vocab: 300, Special: 16, Context: 128, RopeTheta: 1000000, Tied: true, Seed: 53}
	for _, c := range []struct {
		name string
		ckpt convert.CheckpointConfig
		typ  gguf.Type
	}{
		{"gemma3", gemma, gguf.TypeI2_S},
		{"gemma3-q2_0", gemma, gguf.TypeQ2_0},
		{"gemma3-input-norms", gemmaIn, gguf.TypeI2_S},
		{"qwen3-input-norms", qwenIn, gguf.TypeTQ2_0},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := convertedModel(t, c.ckpt, c.typ)
			forEachKernelSet(t, func(t *testing.T, set string) {
				for _, kv := range []string{KVCacheF32, KVCacheF16} {
					e := newEngine(t, m, Options{Threads: 2, Kernels: set, KVCache: kv})
					r := rand.New(rand.NewPCG(53, uint64(len(set))))
					checkForwardBatch(t, e, r, c.ckpt.Context, 0, 20, fmt.Sprintf("%s %s kv %s", c.name, set, kv))
				}
			})
		})
	}
}

// convertedModel writes the synthetic checkpoint c, converts it to a GGUF
// file with linear weights of type typ and loads it.
func convertedModel(t *testing.T, c convert.CheckpointConfig, typ gguf.Type) *model.Model {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, c))
	out := filepath.Join(t.TempDir(), "m.gguf")
	_, err := convert.Convert(context.Background(), dir, out, convert.Options{Type: typ})
	require.NoError(t, err)
	f, err := gguf.Open(out, gguf.WithLoadMode(gguf.LoadRAM))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	return m
}

// checkForwardBatch runs three trials of three consecutive ForwardBatch
// steps over 2 to 6 sequences of capacity maxLen (random cached prefixes
// below maxPre; the first sequence of the first trial starts at firstPre
// when that is above 0), each step a decode row or a prefill chunk of 2 to
// 10 tokens with a random logits request, and requires every step's logits,
// row count and length to equal State.Forward of the same tokens on a clone.
func checkForwardBatch(t *testing.T, e *Engine, r *rand.Rand, maxLen, firstPre, maxPre int, what string) {
	t.Helper()
	V := e.VocabSize()
	for trial := 0; trial < 3; trial++ {
		nseq := 2 + r.IntN(5)
		batched := make([]engine.State, nseq)
		alone := make([]engine.State, nseq)
		for i := range batched {
			st, err := e.NewState(maxLen)
			require.NoError(t, err)
			pre := r.IntN(maxPre)
			if i == 0 && trial == 0 && firstPre > 0 {
				pre = firstPre // e.g. crossing a KV chunk boundary during the steps
			}
			if pre > 0 {
				_, err = st.Forward(context.Background(), randomTokens(r, pre, V), engine.NoLogits, nil)
				require.NoError(t, err)
			}
			batched[i] = st
			alone[i], err = st.Clone()
			require.NoError(t, err)
		}
		for step := 0; step < 3; step++ {
			steps := make([]engine.Step, nseq)
			for i := range steps {
				n := 1
				if r.IntN(3) == 0 {
					n = 2 + r.IntN(9)
				}
				want := []engine.Logits{engine.LastLogits, engine.AllLogits, engine.NoLogits}[r.IntN(3)]
				rows := map[engine.Logits]int{engine.LastLogits: 1, engine.AllLogits: n}[want]
				steps[i] = engine.Step{State: batched[i], Tokens: randomTokens(r, n, V), Want: want, Dst: make([]float32, rows*V)}
			}
			require.NoError(t, e.ForwardBatch(context.Background(), steps))
			for i, st := range steps {
				require.NoError(t, st.Err)
				dst := make([]float32, len(st.Dst))
				n, err := alone[i].Forward(context.Background(), st.Tokens, st.Want, dst)
				require.NoError(t, err)
				require.Equal(t, n, st.Rows)
				require.Equalf(t, dst, st.Dst, "%s trial %d step %d seq %d (%d tokens at %d)",
					what, trial, step, i, len(st.Tokens), alone[i].Len()-len(st.Tokens))
				require.Equal(t, alone[i].Len(), batched[i].Len())
			}
		}
	}
}

// TestForwardBatchRejectsStepsAlone: an invalid step gets its own error and
// leaves its state as it was; the other steps run.
func TestForwardBatchRejectsStepsAlone(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 43)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	mk := func(n int) engine.State {
		st, err := e.NewState(n)
		require.NoError(t, err)
		return st
	}
	good, full, bad, other, sampled := mk(16), mk(2), mk(16), mk(16), mk(16)
	steps := []engine.Step{
		{State: good, Tokens: []int32{1, 2}, Want: engine.LastLogits, Dst: make([]float32, V)},
		{State: full, Tokens: []int32{1, 2, 3}, Want: engine.LastLogits, Dst: make([]float32, V)},
		{State: bad, Tokens: []int32{int32(V)}, Want: engine.LastLogits, Dst: make([]float32, V)},
		{State: other, Tokens: []int32{3}, Want: engine.LastLogits, Dst: make([]float32, 1)},
		{State: good, Tokens: []int32{4}, Want: engine.NoLogits},
		// The CPU engine does not sample on the device: the step is
		// rejected, not run with its logits dropped.
		{State: sampled, Tokens: []int32{3}, Want: engine.LastLogits, Dst: make([]float32, V), Sample: &engine.SampleParams{}},
	}
	require.NoError(t, e.ForwardBatch(context.Background(), steps))
	require.NoError(t, steps[0].Err)
	require.Equal(t, 1, steps[0].Rows)
	require.ErrorIs(t, steps[1].Err, engine.ErrContextFull)
	require.Error(t, steps[2].Err)
	require.Error(t, steps[3].Err)
	require.Error(t, steps[4].Err, "a state twice in one batch")
	require.ErrorIs(t, steps[5].Err, engine.ErrNoDeviceSampling)
	require.Equal(t, 2, good.Len())
	for _, st := range []engine.State{full, bad, other, sampled} {
		require.Equal(t, 0, st.Len())
	}
	want := make([]float32, V)
	ref := mk(16)
	_, err := ref.Forward(context.Background(), []int32{1, 2}, engine.LastLogits, want)
	require.NoError(t, err)
	require.Equal(t, want, steps[0].Dst)
}

// TestForwardBatchFallback: engine.ForwardBatch on an engine without a
// batched pass loops over the states and reports per-step errors the same way.
func TestForwardBatchFallback(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 47)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	type plain struct{ engine.Engine } // hides ForwardBatch
	a, err := e.NewState(8)
	require.NoError(t, err)
	b, err := e.NewState(8)
	require.NoError(t, err)
	c, err := e.NewState(8)
	require.NoError(t, err)
	steps := []engine.Step{
		{State: a, Tokens: []int32{5, 6}, Want: engine.AllLogits, Dst: make([]float32, 2*V)},
		{State: b, Tokens: []int32{-1}, Want: engine.LastLogits, Dst: make([]float32, V)},
		// A CPU state is no DeviceSampler: the loop rejects the step.
		{State: c, Tokens: []int32{5}, Want: engine.LastLogits, Sample: &engine.SampleParams{}},
		// A sampled step of two tokens is malformed whatever the state.
		{State: c, Tokens: []int32{5, 6}, Want: engine.LastLogits, Sample: &engine.SampleParams{}},
	}
	require.NoError(t, engine.ForwardBatch(context.Background(), plain{e}, steps))
	require.NoError(t, steps[0].Err)
	require.Equal(t, 2, steps[0].Rows)
	require.Error(t, steps[1].Err)
	require.ErrorIs(t, steps[2].Err, engine.ErrNoDeviceSampling)
	require.ErrorContains(t, steps[3].Err, "one token with LastLogits")
	require.Equal(t, 2, a.Len())
	require.Equal(t, 0, b.Len())
	require.Equal(t, 0, c.Len())
}

// BenchmarkDecodeBatch: one decode step for k sequences (benchCtx tokens
// cached each), as one ForwardBatch ("batched") or as k State.Forward calls
// ("sequential"), on 2 threads; tok/s is k tokens per step. The model is
// $BITNET_BENCH_MODEL (a GGUF file, e.g. from `bitnet synth -preset 2b`) or,
// without it, the tiny preset.
func BenchmarkDecodeBatch(b *testing.B) {
	var m *model.Model
	if path := os.Getenv("BITNET_BENCH_MODEL"); path != "" {
		f, err := gguf.Open(path, gguf.WithLoadMode(gguf.LoadRAM))
		require.NoError(b, err)
		b.Cleanup(func() { f.Close() })
		m, err = model.FromGGUF(f, model.Options{})
		require.NoError(b, err)
	} else {
		m = tinyModel(b, gguf.TypeI2_S, 9)
	}
	e := newEngine(b, m, Options{Threads: 2})
	ctx := context.Background()
	V := e.VocabSize()
	for _, k := range []int{1, 4, 8, 16} {
		sts := make([]engine.State, k)
		steps := make([]engine.Step, k)
		for i := range sts {
			st, err := e.NewState(benchCtx + 64)
			require.NoError(b, err)
			_, err = st.Forward(ctx, randomTokens(rand.New(rand.NewPCG(uint64(i), 1)), benchCtx, V), engine.NoLogits, nil)
			require.NoError(b, err)
			sts[i] = st
			steps[i] = engine.Step{State: st, Tokens: []int32{int32(i + 1)}, Want: engine.LastLogits, Dst: make([]float32, V)}
		}
		for _, batched := range []bool{false, true} {
			name := fmt.Sprintf("k=%d/sequential", k)
			if batched {
				name = fmt.Sprintf("k=%d/batched", k)
			}
			b.Run(name, func(b *testing.B) {
				cpu0 := processCPUTime()
				for i := 0; i < b.N; i++ {
					for _, st := range sts {
						require.NoError(b, st.Truncate(benchCtx))
					}
					if batched {
						require.NoError(b, e.ForwardBatch(ctx, steps))
						continue
					}
					for _, s := range steps {
						_, err := s.State.Forward(ctx, s.Tokens, s.Want, s.Dst)
						require.NoError(b, err)
					}
				}
				b.ReportMetric(float64(k*b.N)/b.Elapsed().Seconds(), "tok/s")
				// CPU time of all threads per step (0 where not measured):
				// over ns/op, the cores the step had.
				b.ReportMetric(float64((processCPUTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
			})
		}
	}
}

// TestHeadWideMatchesF16: widening an F16 head row once and running the
// float32 dot gives the F16 dot's result bit for bit, in every kernel set,
// for lengths with and without a tail.
func TestHeadWideMatchesF16(t *testing.T) {
	r := rand.New(rand.NewPCG(53, 59))
	forEachKernelSet(t, func(t *testing.T, set string) {
		k, err := selectKernels(set)
		require.NoError(t, err)
		for _, n := range []int{1, 31, 32, 33, 255, 256, 257, 2560, 2561} {
			w := make([]byte, 2*n)
			for i := 0; i < n; i++ {
				// Finite F16 values of either sign, exponent below 31.
				bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
				w[2*i], w[2*i+1] = byte(bits), byte(bits>>8)
			}
			x := make([]float32, n)
			for i := range x {
				x[i] = float32(r.NormFloat64())
			}
			wide := make([]float32, n)
			k.head.widen16(wide, w)
			want := k.head.f16(w, x)
			got := k.head.f32(wide, x)
			require.Equalf(t, math.Float64bits(want), math.Float64bits(got), "%s n=%d: %v vs %v", set, n, want, got)
		}
	})
}

// TestHeadPairMatchesF16: the two-row F16 head kernel gives, for each of its
// rows, the single-row kernel's result bit for bit, in every kernel set, for
// lengths with and without a tail and more than one 256-value chunk.
func TestHeadPairMatchesF16(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 67))
	forEachKernelSet(t, func(t *testing.T, set string) {
		k, err := selectKernels(set)
		require.NoError(t, err)
		for _, n := range []int{1, 31, 32, 33, 64, 255, 256, 257, 511, 2560, 2561, 2591} {
			w := make([]byte, 2*n)
			for i := 0; i < n; i++ {
				bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
				w[2*i], w[2*i+1] = byte(bits), byte(bits>>8)
			}
			x0, x1 := make([]float32, n), make([]float32, n)
			for i := range x0 {
				x0[i], x1[i] = float32(r.NormFloat64()), float32(r.NormFloat64()*100)
			}
			got0, got1 := k.head.f16x2(w, x0, x1, w)
			want0, want1 := k.head.f16(w, x0), k.head.f16(w, x1)
			require.Equalf(t, math.Float64bits(want0), math.Float64bits(got0), "%s n=%d row 0: %v vs %v", set, n, want0, got0)
			require.Equalf(t, math.Float64bits(want1), math.Float64bits(got1), "%s n=%d row 1: %v vs %v", set, n, want1, got1)
		}
	})
}

// TestHeadTileMatchesF16: the four-head-row by two-output-row F16 kernel
// gives each of its eight results bit for bit as the single-row kernel, in
// every kernel set that has it, for lengths with and without a tail and rows
// padded apart.
func TestHeadTileMatchesF16(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 73))
	forEachKernelSet(t, func(t *testing.T, set string) {
		k, err := selectKernels(set)
		require.NoError(t, err)
		if k.head.f16r4x2 == nil {
			t.Skipf("SKIP: kernel set %s has no four-by-two head kernel (its batches use the pair kernel)", set)
		}
		for _, n := range []int{1, 31, 32, 33, 64, 255, 256, 257, 511, 2560, 2561, 2591} {
			for _, pad := range []int{0, 6} {
				rowB := 2*n + pad
				w := make([]byte, 4*rowB)
				for i := 0; i+1 < len(w); i += 2 {
					bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
					w[i], w[i+1] = byte(bits), byte(bits>>8)
				}
				x := make([]float32, 2*n)
				for i := range x {
					x[i] = float32(r.NormFloat64() * float64(1+i/n*10))
				}
				var got [8]float64
				k.head.f16r4x2(w, rowB, x, n, &got, w)
				for row := 0; row < 4; row++ {
					for b := 0; b < 2; b++ {
						want := k.head.f16(w[row*rowB:row*rowB+2*n], x[b*n:(b+1)*n])
						require.Equalf(t, math.Float64bits(want), math.Float64bits(got[row*2+b]),
							"%s n=%d pad=%d row %d x %d: %v vs %v", set, n, pad, row, b, want, got[row*2+b])
					}
				}
			}
		}
	})
}

// TestHeadR2x4ChunkTwin: the 2x4 chunk kernel of each set that has one
// leaves the same float64 lanes as its Go twin, bit for bit, for chunk
// lengths 32 to 256, several row pairs, padded rows and non-zero starting
// sums.
func TestHeadR2x4ChunkTwin(t *testing.T) {
	r := rand.New(rand.NewPCG(89, 97))
	forEachKernelSet(t, func(t *testing.T, set string) {
		k, err := selectKernels(set)
		require.NoError(t, err)
		if k.head.f16r2x4 == nil {
			t.Skipf("SKIP: kernel set %s has no 2x4 head kernel (its batches use the pair kernels)", set)
		}
		for _, n := range []int{32, 64, 96, 224, 256} {
			for _, np := range []int{1, 3} {
				rowB := 2*n + 2*r.IntN(8)
				w := make([]byte, 2*np*rowB)
				for i := 0; i+1 < len(w); i += 2 {
					bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
					w[i], w[i+1] = byte(bits), byte(bits>>8)
				}
				xstride := n + r.IntN(5)
				x := make([]float32, 3*xstride+n)
				for i := range x {
					x[i] = float32(r.NormFloat64() * 10)
				}
				got := make([]float64, np*64)
				for i := range got {
					got[i] = r.NormFloat64()
				}
				want := slices.Clone(got)
				k.head.f16r2x4(w, rowB, np, x, xstride, n, got, w)
				headF16R2x4ChunkGo(w, rowB, np, x, xstride, n, want, w)
				for i := range want {
					require.Equalf(t, math.Float64bits(want[i]), math.Float64bits(got[i]), "%s n %d pairs %d lane %d: %v vs %v", set, n, np, i, want[i], got[i])
				}
			}
		}
	})
}

// TestHeadQuadsMatchF16: a batched F16 head (headTask.run, which takes
// four output rows at a time where the set has f16r2x4, then pairs, then an
// odd last row) gives every logit bit for bit as the single-row kernel, for
// lengths with and without a tail, row ranges with odd blocks and starts,
// and output-row counts around multiples of four.
func TestHeadQuadsMatchF16(t *testing.T) {
	r := rand.New(rand.NewPCG(79, 83))
	forEachKernelSet(t, func(t *testing.T, set string) {
		k, err := selectKernels(set)
		require.NoError(t, err)
		for _, dim := range []int{32, 33, 255, 256, 257, 511, 2560, 2591} {
			const rows = 37
			rowB := 2 * dim
			data := make([]byte, rows*rowB)
			for i := 0; i+1 < len(data); i += 2 {
				bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
				data[i], data[i+1] = byte(bits), byte(bits>>8)
			}
			m := &embedMatrix{name: "t", typ: gguf.TypeF16, rows: rows, dim: dim, rowB: rowB, data: data}
			for _, nOut := range []int{4, 5, 7, 8, 9, 12} {
				h := make([]float32, nOut*dim)
				for i := range h {
					h[i] = float32(r.NormFloat64() * float64(1+i/dim))
				}
				for _, span := range [][2]int{{0, rows}, {3, 30}} {
					out := make([]float32, nOut*rows)
					task := &headTask{m: m, k: &k.head, h: h, nOut: nOut, out: out, blkBuf: make([][256]float32, 1)}
					task.prepare()
					task.run(0, span[0], span[1])
					for o := 0; o < nOut; o++ {
						for v := span[0]; v < span[1]; v++ {
							want := float32(k.head.f16(data[v*rowB:v*rowB+2*dim], h[o*dim:(o+1)*dim]))
							require.Equalf(t, math.Float32bits(want), math.Float32bits(out[o*rows+v]),
								"%s dim %d nOut %d rows [%d,%d) out %d row %d: %v vs %v", set, dim, nOut, span[0], span[1], o, v, want, out[o*rows+v])
						}
					}
				}
			}
		}
	})
}

// TestForwardBatchAllocs: once its buffers have grown, a batched decode
// step allocates nothing.
func TestForwardBatchAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("SKIP: the race detector allocates on its own and sync.Pool drops items at random under it")
	}
	m := tinyModel(t, gguf.TypeI2_S, 79)
	e := newEngine(t, m, Options{Threads: 2})
	V := e.VocabSize()
	ctx := context.Background()
	steps := make([]engine.Step, 5)
	for i := range steps {
		st, err := e.NewState(256)
		require.NoError(t, err)
		steps[i] = engine.Step{State: st, Tokens: []int32{int32(i + 1)}, Want: engine.LastLogits, Dst: make([]float32, V)}
	}
	require.NoError(t, e.ForwardBatch(ctx, steps))
	allocs := testing.AllocsPerRun(20, func() {
		if err := e.ForwardBatch(ctx, steps); err != nil {
			t.Fatal(err)
		}
	})
	require.Zero(t, allocs)
}

// TestAttentionQuadsMatchHeads: on models whose KV groups hold four heads
// (the small preset: 8 heads, 2 KV heads) and three (6 heads, 2 KV heads),
// exact-mode attention that scores a group's heads together (scores4, three
// heads padded to four lanes) gives the logits of the one-head-at-a-time
// path bit for bit: a prompt that crosses a KV chunk
// boundary, decode steps after it, and batched steps of sequences at
// different positions, with an F32 and an F16 cache, in every kernel set
// that has scores4.
func TestAttentionQuadsMatchHeads(t *testing.T) {
	small, err := synth.Preset("small")
	require.NoError(t, err)
	require.Zero(t, (small.Heads/small.KVHeads)%4, "the small preset has KV groups of four heads")
	groups := map[string]synth.Config{"group4": small}
	g3 := small // 6 heads of 64 on 2 KV heads
	g3.Hidden, g3.Heads, g3.KVHeads = 384, 6, 2
	groups["group3"] = g3
	for _, name := range []string{"group4", "group3"} {
		t.Run(name, func(t *testing.T) {
			cfg := groups[name]
			require.Equal(t, quadWidth(cfg.Heads/cfg.KVHeads), min(cfg.Heads/cfg.KVHeads, 4))
			path := filepath.Join(t.TempDir(), name+".gguf")
			require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 5, WeightType: gguf.TypeI2_S}))
			f, err := gguf.Open(path, gguf.WithLoadMode(gguf.LoadRAM))
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			m, err := model.FromGGUF(f, model.Options{})
			require.NoError(t, err)
			testAttentionQuadsMatchHeads(t, m)
		})
	}
}

func testAttentionQuadsMatchHeads(t *testing.T, m *model.Model) {
	forEachKernelSet(t, func(t *testing.T, set string) {
		for _, kv := range []string{KVCacheF32, KVCacheF16} {
			quad := newEngine(t, m, Options{Threads: 2, Kernels: set, KVCache: kv})
			if quad.k.fl.scores4 == nil || !quad.k.simdFloat {
				t.Skipf("SKIP: kernel set %s scores one head at a time", set)
			}
			heads := newEngine(t, m, Options{Threads: 2, Kernels: set, KVCache: kv})
			heads.k.fl.scores4 = nil
			V := quad.VocabSize()
			r := rand.New(rand.NewPCG(5, uint64(len(kv))))
			prompt := randomTokens(r, 270, V)
			run := func(e *Engine) []float32 {
				var out []float32
				st, err := e.NewState(300)
				require.NoError(t, err)
				all := make([]float32, len(prompt)*V)
				_, err = st.Forward(context.Background(), prompt, engine.AllLogits, all)
				require.NoError(t, err)
				out = append(out, all...)
				others := make([]engine.State, 3)
				for i := range others {
					others[i], err = e.NewState(300)
					require.NoError(t, err)
					_, err = others[i].Forward(context.Background(), prompt[:1+40*i], engine.NoLogits, nil)
					require.NoError(t, err)
				}
				for step := 0; step < 4; step++ {
					steps := []engine.Step{{State: st, Tokens: prompt[step : step+1], Want: engine.LastLogits, Dst: make([]float32, V)}}
					for i, o := range others {
						steps = append(steps, engine.Step{State: o, Tokens: prompt[10+i : 12+i+step], Want: engine.AllLogits, Dst: make([]float32, (2+step)*V)})
					}
					require.NoError(t, e.ForwardBatch(context.Background(), steps))
					for _, s := range steps {
						require.NoError(t, s.Err)
						out = append(out, s.Dst...)
					}
				}
				return out
			}
			want, got := run(heads), run(quad)
			require.Equal(t, len(want), len(got))
			for i := range want {
				if math.Float32bits(want[i]) != math.Float32bits(got[i]) {
					t.Fatalf("%s kv %s: logit %d (row %d) %v with quads, %v one head at a time", set, kv, i, i/V, got[i], want[i])
				}
			}
		}
	})
}

// benchCtx is how many tokens each BenchmarkDecodeBatch sequence has cached
// before the measured step: $BITNET_BENCH_CTX, at least 16 (the default).
// Long contexts show the KV cache's reads, which come from DRAM.
var benchCtx = func() int {
	n, _ := strconv.Atoi(os.Getenv("BITNET_BENCH_CTX"))
	return max(n, 16)
}()
