//go:build cuda

package cuda

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// Parity of the whole forward pass against the CPU engine's exact mode.
//
// fp32 reproduces the CPU's float64/float32 steps, so the int8 activation
// codes agree and the logits must match to 1e-5 of the row's largest |logit|
// at every position, fed as one batch (GEMM path) and token by token (GEMV
// path, CUDA graph). fp16/bf16 round the KV cache, which can flip activation
// codes; their bounds (mixedBounds) come from measurements (docs/CUDA.md), and
// the tests print the measured numbers.

const fp32Tol = 1e-5

type parityRun struct {
	batch, steps, mixed logitsDiff
	info                engine.Info
	notes               []string // the GPU engine's Notes
}

// runParity feeds one random prompt three ways to a fresh GPU state and to
// the CPU: all at once (all logits), token by token, and a prefix batch
// followed by single steps.
func runParity(t *testing.T, tm testModel, precision string, seed uint64) parityRun {
	m := buildModel(t, tm, seed)
	ref := cpuEngine(t, m)
	gpu := gpuEngine(t, m, precision)
	require.Equal(t, ref.VocabSize(), gpu.VocabSize())
	vocab := ref.VocabSize()
	var out parityRun
	out.info = gpu.Info()
	if e, ok := gpu.(*Engine); ok {
		out.notes = e.Notes()
	}
	r := rand.New(rand.NewPCG(seed, 77))
	n := 13 + r.IntN(9)
	if onSimulator() {
		// Batch, 4 single steps, a 2-token prefix then 2 steps: the first 4
		// positions of the 6 it ran before 2026-12-04's evening (the same
		// tokens, so the bounds measured at 6 hold).
		n = 4
	}
	prompt := make([]int32, n)
	for i := range prompt {
		prompt[i] = int32(r.IntN(vocab))
	}
	ctx := context.Background()
	// The capacity gives the decode attention several splits.
	const capTokens = 200

	want := make([]float32, n*vocab)
	cs, err := ref.NewState(capTokens)
	require.NoError(t, err)
	rows, err := cs.Forward(ctx, prompt, engine.AllLogits, want)
	require.NoError(t, err)
	require.Equal(t, n, rows)

	got := make([]float32, n*vocab)
	gs, err := gpu.NewState(capTokens)
	require.NoError(t, err)
	defer gs.Close()
	rows, err = gs.Forward(ctx, prompt, engine.AllLogits, got)
	require.NoError(t, err)
	require.Equal(t, n, rows)
	require.Equal(t, n, gs.Len())
	out.batch = compareLogits(t, got, want, vocab)

	steps := make([]float32, n*vocab)
	ss, err := gpu.NewState(capTokens)
	require.NoError(t, err)
	defer ss.Close()
	for i, tok := range prompt {
		_, err := ss.Forward(ctx, []int32{tok}, engine.LastLogits, steps[i*vocab:(i+1)*vocab])
		require.NoError(t, err)
	}
	out.steps = compareLogits(t, steps, want, vocab)
	if onSimulator() && precision != "fp32" {
		// The prefix+steps pass checks Clone and Truncate, which the fp32
		// run covers; on the simulator the mixed precisions stop here.
		return out
	}

	// Prefix batch (last logits only), then steps; and a clone continuing it.
	k := n / 2
	mixed := make([]float32, n*vocab)
	ms, err := gpu.NewState(capTokens)
	require.NoError(t, err)
	defer ms.Close()
	_, err = ms.Forward(ctx, prompt[:k], engine.LastLogits, mixed[(k-1)*vocab:k*vocab])
	require.NoError(t, err)
	clone, err := ms.Clone()
	require.NoError(t, err)
	defer clone.Close()
	for i := k; i < n; i++ {
		_, err := ms.Forward(ctx, prompt[i:i+1], engine.LastLogits, mixed[i*vocab:(i+1)*vocab])
		require.NoError(t, err)
	}
	out.mixed = compareLogits(t, mixed[(k-1)*vocab:], want[(k-1)*vocab:], vocab)
	// The clone holds the prefix: its next step must match the original's.
	cl := make([]float32, vocab)
	_, err = clone.Forward(ctx, prompt[k:k+1], engine.LastLogits, cl)
	require.NoError(t, err)
	assert.Equal(t, mixed[k*vocab:(k+1)*vocab], cl, "clone diverged from its source")
	// Truncate and replay: the same logits again (the graph is reused).
	require.NoError(t, ms.Truncate(k))
	again := make([]float32, vocab)
	_, err = ms.Forward(ctx, prompt[k:k+1], engine.LastLogits, again)
	require.NoError(t, err)
	assert.Equal(t, mixed[k*vocab:(k+1)*vocab], again, "replay after Truncate differs")
	return out
}

// parityModels are the models the parity tests run: all of them on a GPU, the
// tiny one on the simulator (each token there takes seconds).
func parityModels() []testModel {
	return simOr(testModels(), testModels()[:1])
}

func TestParityFP32(t *testing.T) {
	requireDevice(t)
	for i, tm := range parityModels() {
		t.Run(tm.name, func(t *testing.T) {
			p := runParity(t, tm, "fp32", uint64(100+i))
			t.Logf("fp32 %s: batch max rel %.3g, token-by-token %.3g, prefix+steps %.3g (top-1 %d/%d)",
				tm.name, p.batch.maxRel, p.steps.maxRel, p.mixed.maxRel, p.steps.top1Agree, p.steps.rows)
			assert.LessOrEqual(t, p.batch.maxRel, fp32Tol, "batch")
			assert.LessOrEqual(t, p.steps.maxRel, fp32Tol, "token by token")
			assert.LessOrEqual(t, p.mixed.maxRel, fp32Tol, "prefix then steps")
		})
	}
}

// Bounds for the mixed precisions. fp16 rounds the KV cache to 11 bits
// (relative 4.9e-4) and does norms, RoPE, attention and the head in float32
// instead of float64; a rounding difference before an int8 quantization can
// move an activation code by one step (1/127 of the row's max), and each such
// flip moves the logits by about a percent. Measured on GPGPU-Sim (functional
// mode, not a GPU; the tiny model, 2-core AMD EPYC VM, 2026-12-03): max
// relative error 0.0227 with top-1 6/6 (this test's seed, 6 positions);
// issue 15 reports 0.040 with top-1 21/21 over 21 positions from a similar
// simulator run. The bound is 1.5x the larger of the two.
//
// bf16 keeps 8 bits (relative rounding 3.9e-3, 8x fp16's) with the same
// float32 math. Measured the same way (scripts/cuda-sim-test.sh -run
// 'TestParityMixedPrecision' ./cuda, and seeds 300-302 of runParity in a
// scratch run): max relative error 0.0303 at this test's seed (fp16 0.0227),
// 0.0301, 0.0203 and 0.0254 at the others (fp16 0.0233, 0.0182, 0.0219),
// top-1 24/24 positions for both, batch and token by token alike. bf16 is
// 1.1-1.3x fp16, not 8x: on this model the float32 math both share, and the
// activation-code flips it causes, seem to weigh more than the cache's
// rounding. The bound is fp16's, 2x the largest bf16 value, since fp16's
// 21-position run went 1.8x above its 6-position one.
var mixedBounds = map[string]struct{ maxRel, top1Min float64 }{
	"fp16": {0.06, 0.8},
	"bf16": {0.06, 0.8},
}

func TestParityMixedPrecision(t *testing.T) {
	d := requireDevice(t)
	for _, prec := range []string{"fp16", "bf16"} {
		t.Run(prec, func(t *testing.T) {
			for i, tm := range parityModels() {
				t.Run(tm.name, func(t *testing.T) {
					p := runParity(t, tm, prec, uint64(200+i))
					assert.Equal(t, prec, p.info.Precision)
					assert.Equal(t, map[string]string{"fp16": "f16", "bf16": "bf16"}[prec], p.info.KVCache)
					// bf16 runs on every GPU the kernels are built for; below
					// compute capability 8.0 the notes say its KV-cache
					// writes round in software.
					if note := bf16Note(prec, d.ComputeCapability); note != "" {
						assert.Contains(t, p.notes, note)
						t.Logf("compute capability %s: note %q", d.ComputeCapability, note)
					} else {
						assert.NotContains(t, strings.Join(p.notes, "\n"), "precision bf16")
					}
					for _, c := range []struct {
						name string
						d    logitsDiff
					}{{"batch", p.batch}, {"token-by-token", p.steps}, {"prefix+steps", p.mixed}} {
						if c.d.rows == 0 {
							continue // not run (on the simulator)
						}
						agree := float64(c.d.top1Agree) / float64(c.d.rows)
						t.Logf("%s %s %s: max rel error %.4g, top-1 agreement %d/%d", prec, tm.name, c.name, c.d.maxRel, c.d.top1Agree, c.d.rows)
						b := mixedBounds[prec]
						assert.LessOrEqual(t, c.d.maxRel, b.maxRel, c.name)
						assert.GreaterOrEqual(t, agree, b.top1Min, c.name)
					}
				})
			}
		})
	}
}

// A prompt longer than one device batch goes through in chunks.
func TestChunkedPrefill(t *testing.T) {
	requireDevice(t)
	if onSimulator() {
		t.Skipf("SKIP: on GPGPU-Sim a %d-token prefill takes too long; the GEMM paths it chains are covered by TestKernelMatmul and TestParityFP32", maxBatch+37)
	}
	tm := testModels()[0]
	m := buildModel(t, tm, 9)
	ref := cpuEngine(t, m)
	gpu := gpuEngine(t, m, "fp32")
	vocab := ref.VocabSize()
	r := rand.New(rand.NewPCG(9, 9))
	prompt := make([]int32, maxBatch+37)
	for i := range prompt {
		prompt[i] = int32(r.IntN(vocab))
	}
	want := make([]float32, vocab)
	cs, err := ref.NewState(len(prompt) + 1)
	require.NoError(t, err)
	_, err = cs.Forward(context.Background(), prompt, engine.LastLogits, want)
	require.NoError(t, err)
	got := make([]float32, vocab)
	gs, err := gpu.NewState(len(prompt) + 1)
	require.NoError(t, err)
	defer gs.Close()
	_, err = gs.Forward(context.Background(), prompt, engine.LastLogits, got)
	require.NoError(t, err)
	d := compareLogits(t, got, want, vocab)
	t.Logf("chunked prefill of %d tokens: max rel %.3g", len(prompt), d.maxRel)
	assert.LessOrEqual(t, d.maxRel, fp32Tol)
}

func TestStateErrors(t *testing.T) {
	requireDevice(t)
	m := buildModel(t, testModels()[0], 1)
	gpu := gpuEngine(t, m, "fp16")
	s, err := gpu.NewState(4)
	require.NoError(t, err)
	defer s.Close()
	ctx := context.Background()
	buf := make([]float32, 5*gpu.VocabSize())
	_, err = s.Forward(ctx, []int32{1, 2, 3, 4, 5}, engine.LastLogits, buf)
	require.ErrorIs(t, err, engine.ErrContextFull)
	_, err = s.Forward(ctx, []int32{int32(gpu.VocabSize())}, engine.LastLogits, buf)
	require.Error(t, err)
	_, err = s.Forward(ctx, nil, engine.LastLogits, buf)
	require.Error(t, err)
	_, err = s.Forward(ctx, []int32{1}, engine.LastLogits, buf[:3])
	require.Error(t, err)
	require.Error(t, s.Truncate(1))
	_, err = s.Forward(ctx, []int32{1, 2}, engine.NoLogits, nil)
	require.NoError(t, err)
	require.Equal(t, 2, s.Len())
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = s.Forward(cctx, []int32{1}, engine.LastLogits, buf)
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, 2, s.Len())
	_, err = gpu.NewState(0)
	require.Error(t, err)
	info := gpu.Info()
	assert.Equal(t, "fp16", info.Precision)
	assert.Contains(t, info.Device, "cuda:0")
	t.Logf("engine info: %+v", info)
}

// States of one engine run concurrently on their own streams and give the
// same logits as when run alone.
func TestConcurrentStates(t *testing.T) {
	requireDevice(t)
	m := buildModel(t, testModels()[0], 11)
	// The states are compared with each other, not with the CPU, so any
	// precision will do: on the simulator fp16, whose float math it runs
	// several times faster than fp32's double.
	gpu := gpuEngine(t, m, simOr("fp32", "fp16"))
	vocab := gpu.VocabSize()
	prompts := make([][]int32, simOr(4, 2))
	r := rand.New(rand.NewPCG(11, 12))
	for i := range prompts {
		prompts[i] = make([]int32, simOr(6, 4)+i)
		for j := range prompts[i] {
			prompts[i][j] = int32(r.IntN(vocab))
		}
	}
	// GPGPU-Sim keeps a kernel's launch parameters with the kernel, not with
	// the launch, so two host threads launching one kernel at once race in
	// the simulator: it aborts (ptx_ir.h, param_info::add_data: "Assertion
	// `(!m_value_set) || (m_value.size == v.size)' failed") or runs a kernel
	// with the other thread's arguments (seen: 2 of 6 runs of this test, two
	// at a time, 2026-12-04). A GPU's runtime has no such limit. On the
	// simulator the goroutines therefore take turns call by call: the states
	// still interleave step by step, which checks that they are independent,
	// but their calls do not overlap.
	var turns sync.Mutex
	call := func(f func() error) error {
		if onSimulator() {
			turns.Lock()
			defer turns.Unlock()
		}
		return f()
	}
	if onSimulator() {
		t.Log("GPGPU-Sim: the concurrent states' calls take turns (the simulator is not safe for concurrent kernel launches); on a GPU they overlap")
	}
	run := func(p []int32) ([]float32, error) {
		var s engine.State
		if err := call(func() (err error) { s, err = gpu.NewState(64); return err }); err != nil {
			return nil, err
		}
		defer call(func() error { return s.Close() })
		out := make([]float32, vocab)
		if err := call(func() error {
			_, err := s.Forward(context.Background(), p[:3], engine.NoLogits, nil)
			return err
		}); err != nil {
			return nil, err
		}
		for _, tok := range p[3:] {
			if err := call(func() error {
				_, err := s.Forward(context.Background(), []int32{tok}, engine.LastLogits, out)
				return err
			}); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	want := make([][]float32, len(prompts))
	for i, p := range prompts {
		var err error
		want[i], err = run(p)
		require.NoError(t, err)
	}
	got := make([][]float32, len(prompts))
	errs := make([]error, len(prompts))
	done := make(chan int)
	for i := range prompts {
		go func(i int) {
			got[i], errs[i] = run(prompts[i])
			done <- i
		}(i)
	}
	for range prompts {
		<-done
	}
	for i := range prompts {
		require.NoError(t, errs[i])
		assert.Equal(t, want[i], got[i], "prompt %d", i)
	}
}
