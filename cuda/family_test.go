//go:build cuda

package cuda

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cuda/internal/randmodel"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// The llama and qwen3 families on the GPU (variantOf): the block without
// sub-norms, adjacent-pair RoPE, per-head QK norms, against the CPU engine's
// exact mode at fp32.

// familyModels are random models of the two families: the llama block with
// Falcon3's head dimension 256 and a TQ1_0 variant on a GPU only (the
// simulator runs the two 64-wide ones).
func familyModels(t testing.TB) []testModel {
	of := func(arch string, hd, heads, kv int) model.Config {
		c, err := randmodel.Of(arch, hd)
		require.NoError(t, err)
		c.Heads, c.KVHeads = heads, kv
		return c
	}
	all := []testModel{
		{"llama-i2s-untied-f16", of(model.ArchLlama, 64, 4, 2), randmodel.Options{Untied: true}},
		{"qwen3-qknorm-tq2-tied-f16", of(model.ArchQwen3, 64, 4, 2), randmodel.Options{LinearType: "tq2_0"}},
		{"llama-hd256-tq2-untied-bf16", of(model.ArchLlama, 256, 2, 1), randmodel.Options{LinearType: "tq2_0", Untied: true, HeadType: "bf16"}},
		{"qwen3-partialrope-tq1-untied-f32", func() model.Config {
			c := of(model.ArchQwen3, 128, 4, 1)
			c.RopeDim = 96
			return c
		}(), randmodel.Options{LinearType: "tq1_0", EmbedType: "f32", Untied: true, HeadType: "f32"}},
	}
	return simOr(all, all[:2])
}

// TestParityFamilies compares, per family model, the GPU at fp32 with the
// CPU's exact mode: the prompt as one batch (prefill GEMM, the QK-norm
// kernel over several rows), token by token (decode GEMV), then greedy
// generation continuing the token-by-token state, whose tokens must be the
// CPU's and whose logits within fp32Tol.
func TestParityFamilies(t *testing.T) {
	requireDevice(t)
	for i, tm := range familyModels(t) {
		t.Run(tm.name, func(t *testing.T) {
			seed := uint64(400 + i)
			m := buildModel(t, tm, seed)
			ref := cpuEngine(t, m)
			gpu := gpuEngine(t, m, "fp32")
			vocab := ref.VocabSize()
			ctx := context.Background()
			r := rand.New(rand.NewPCG(seed, 5))
			n, gen := simOr(12, 3), simOr(16, 3)
			prompt := make([]int32, n)
			for j := range prompt {
				prompt[j] = int32(r.IntN(vocab))
			}
			const capTokens = 64

			want := make([]float32, n*vocab)
			cs, err := ref.NewState(capTokens)
			require.NoError(t, err)
			defer cs.Close()
			_, err = cs.Forward(ctx, prompt, engine.AllLogits, want)
			require.NoError(t, err)

			got := make([]float32, n*vocab)
			gs, err := gpu.NewState(capTokens)
			require.NoError(t, err)
			defer gs.Close()
			_, err = gs.Forward(ctx, prompt, engine.AllLogits, got)
			require.NoError(t, err)
			batch := compareLogits(t, got, want, vocab)

			ss, err := gpu.NewState(capTokens)
			require.NoError(t, err)
			defer ss.Close()
			for j, tok := range prompt {
				_, err := ss.Forward(ctx, []int32{tok}, engine.LastLogits, got[j*vocab:(j+1)*vocab])
				require.NoError(t, err)
			}
			steps := compareLogits(t, got, want, vocab)

			// Greedy: both continue from their last prompt row.
			cl, gl := want[(n-1)*vocab:], got[(n-1)*vocab:]
			var cpuToks, gpuToks []int32
			var greedy logitsDiff
			for j := 0; j < gen; j++ {
				ct, gt := int32(argmax(cl)), int32(argmax(gl))
				cpuToks, gpuToks = append(cpuToks, ct), append(gpuToks, gt)
				if ct != gt || j+1 == gen {
					break
				}
				cl, gl = make([]float32, vocab), make([]float32, vocab)
				_, err := cs.Forward(ctx, []int32{ct}, engine.LastLogits, cl)
				require.NoError(t, err)
				_, err = ss.Forward(ctx, []int32{gt}, engine.LastLogits, gl)
				require.NoError(t, err)
				d := compareLogits(t, gl, cl, vocab)
				greedy.maxRel = max(greedy.maxRel, d.maxRel)
				greedy.rows++
			}
			t.Logf("fp32 %s: batch max rel %.3g, token-by-token %.3g (top-1 %d/%d), greedy %d steps %.3g; greedy tokens cpu %v gpu %v",
				tm.name, batch.maxRel, steps.maxRel, steps.top1Agree, steps.rows, greedy.rows, greedy.maxRel, cpuToks, gpuToks)
			assert.LessOrEqual(t, batch.maxRel, fp32Tol, "batch")
			assert.LessOrEqual(t, steps.maxRel, fp32Tol, "token by token")
			assert.LessOrEqual(t, greedy.maxRel, fp32Tol, "greedy steps")
			assert.Equal(t, cpuToks, gpuToks, "greedy tokens")
			assert.Len(t, gpuToks, gen)
		})
	}
}

// TestForwardBatchFamilies: one shared pass of several states per family
// (ForwardBatch: a prefill chunk and a decode row, then two decode rows)
// gives each state the bits its own State.Forward gives, as
// TestForwardBatch checks for BitNet: the QKV epilogue and the QK-norm
// kernel find each row's own cache, position and RoPE table. The states
// are compared with each other, so on the simulator it runs in fp16, whose
// float math GPGPU-Sim runs several times faster than fp32's doubles.
func TestForwardBatchFamilies(t *testing.T) {
	requireDevice(t)
	for _, tm := range familyModels(t)[:2] {
		t.Run(tm.name, func(t *testing.T) {
			m := buildModel(t, tm, 31)
			gpu := gpuEngine(t, m, simOr("fp32", "fp16"))
			vocab := gpu.VocabSize()
			ctx := context.Background()
			toks := [][]int32{{3, 141, 59}, {26, 53}}
			rounds := [][]batchCase{
				{{0, 2, engine.AllLogits}, {1, 1, engine.LastLogits}},
				{{0, 1, engine.LastLogits}, {1, 1, engine.LastLogits}},
			}
			ref := make([]engine.State, len(toks))
			bat := make([]engine.State, len(toks))
			for i := range ref {
				var err error
				ref[i], err = gpu.NewState(40)
				require.NoError(t, err)
				defer ref[i].Close()
				bat[i], err = gpu.NewState(40)
				require.NoError(t, err)
				defer bat[i].Close()
			}
			done := make([]int, len(toks))
			for ri, round := range rounds {
				steps := make([]engine.Step, len(round))
				want := make([][]float32, len(round))
				for i, c := range round {
					rows := 1
					if c.want == engine.AllLogits {
						rows = c.n
					}
					in := toks[c.seq][done[c.seq] : done[c.seq]+c.n]
					want[i] = make([]float32, rows*vocab)
					_, err := ref[c.seq].Forward(ctx, in, c.want, want[i])
					require.NoError(t, err)
					steps[i] = engine.Step{State: bat[c.seq], Tokens: in, Want: c.want, Dst: make([]float32, rows*vocab)}
				}
				require.NoError(t, engine.ForwardBatch(ctx, gpu, steps))
				for i, c := range round {
					require.NoError(t, steps[i].Err, "round %d step %d", ri, i)
					assert.Equal(t, want[i], steps[i].Dst, "round %d step %d (sequence %d, %d tokens): logits differ from State.Forward", ri, i, c.seq, c.n)
					done[c.seq] += c.n
				}
			}
		})
	}
}
