package convert_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// falcon3LlamaCppCheckpoint is a Llama-architecture BitNet checkpoint with
// Falcon3's features (head dim 256 > hidden/heads, GQA, a separate head,
// rope_theta 1000042), the one TestAgainstHFReference runs.
var falcon3LlamaCppCheckpoint = convert.CheckpointConfig{Architecture: "LlamaForCausalLM", Layers: 2, Hidden: 256, FFN: 512, Heads: 2, KVHeads: 1, HeadDim: 256,
	Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000042, Packed: true, LinearClass: "bitlinear", Seed: 92}

// tqBounds bounds one engine configuration's agreement with llama.cpp on a
// TQ file.
type tqBounds struct {
	maxLogP float64 // worst |Δ log p| over tokens with p > 1e-4
	maxKL   float64 // worst KL(llama.cpp || ours) in nats
	greedy  int     // steps (of 16) whose greedy token is llama.cpp's
}

// TestTQAgainstLlamaCpp: the converter's TQ2_0 and TQ1_0 files of a
// synthetic Qwen3 checkpoint (QK norms, tied head) and of a Falcon3-shaped
// Llama one, each byte-identical to the file upstream llama.cpp ran
// (SHA-256; testdata/tq-llamacpp/), run by the CPU engine fed the prompt and
// then llama.cpp's greedy tokens, give next-token log-probabilities within
// the bounds below at every step and llama.cpp's greedy token at the given
// number of the 16 steps.
//
// The two do not compute the same thing, so the bounds are not float32
// rounding: llama.cpp multiplies TQ weights with activations quantized as
// Q8_K (an int8 code and a float scale per 256 values, the scale from that
// block's largest magnitude), while BitNet b1.58 and this engine quantize
// each token's whole activation vector to int8 with one absmax scale. The
// two differ by a fraction of an int8 step per activation in inputs wider
// than 256; with llama.cpp's float16 roundings (which exact mode does not
// make) that moves log-probabilities by about 3e-2, the same order as Q2_0
// weights on Q8_0 activations in TestQ2_0AgainstLlamaCpp's exact mode
// (TestTQReferenceAgainstLlamaCpp attributes it). The bounds are about 1.5
// times the measured values (comments; 2026-12-03, 2-core AMD EPYC VM,
// AVX-512 VNNI). What they catch, measured with the float64 reference on
// these files: one ffn_down row negated or one q-norm weight vector set to
// ones moves log p by 0.18 to 0.47, two ffn_down rows swapped by 0.07 to
// 0.08; a 1% error in one matrix's scale (7e-3) passes here and is caught
// by TestAgainstHFReference (1e-5) and, for the Llama file, by
// TestTQReferenceAgainstLlamaCpp (2.5e-5).
//
// Greedy: a random synthetic model's next-token distribution is nearly
// flat, and at step 3 of the Qwen3 run llama.cpp's top two tokens are
// 1.8e-3 nats apart, under the activation-rounding difference, so exact
// mode picks the runner-up there (15 of 16); the test logs every step whose
// token differs with llama.cpp's top-two margin at that step. TQ1_0 and
// TQ2_0 hold the same ternary values and F16 block scales, so both types
// give the same numbers.
func TestTQAgainstLlamaCpp(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ck     convert.CheckpointConfig
		typ    gguf.Type
		arch   string
		bounds []tqBounds // bitnetcpp, exact
	}{
		// Measured, bitnetcpp then exact: |Δ log p| 3.26e-2, 3.05e-2; KL 5.2e-5, 5.1e-5; greedy 16, 15.
		{"qwen3-tq2_0", q2_0LlamaCppCheckpoint, gguf.TypeTQ2_0, model.ArchQwen3, []tqBounds{{5e-2, 8e-5, 16}, {5e-2, 8e-5, 15}}},
		{"qwen3-tq1_0", q2_0LlamaCppCheckpoint, gguf.TypeTQ1_0, model.ArchQwen3, []tqBounds{{5e-2, 8e-5, 16}, {5e-2, 8e-5, 15}}},
		// Measured: |Δ log p| 3.42e-2, 2.97e-2; KL 4.9e-5, 4.1e-5; greedy 16, 16.
		{"llama-tq2_0", falcon3LlamaCppCheckpoint, gguf.TypeTQ2_0, model.ArchLlama, []tqBounds{{5e-2, 8e-5, 16}, {5e-2, 8e-5, 16}}},
		{"llama-tq1_0", falcon3LlamaCppCheckpoint, gguf.TypeTQ1_0, model.ArchLlama, []tqBounds{{5e-2, 8e-5, 16}, {5e-2, 8e-5, 16}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			testTQAgainstLlamaCpp(t, "tq-llamacpp", tc.name, tc.ck, tc.typ, tc.arch, tc.bounds)
		})
	}
}

// testTQAgainstLlamaCpp converts ck to typ and compares the engine with
// testdata/FIXTURES/NAME.llamacpp.json.
func testTQAgainstLlamaCpp(t *testing.T, fixtures, name string, ck convert.CheckpointConfig, typ gguf.Type, arch string, bounds []tqBounds) {
	ctx := context.Background()
	// BITNET_TQ_GGUF_OUT: scripts/q2_0-llamacpp-ref.mjs runs the copies.
	c := convertForReference(t, ck, convert.Options{Type: typ, Name: name}, name, "BITNET_TQ_GGUF_OUT", nil)
	require.Equal(t, arch, c.res.Arch)
	ref := readLlamaCppRef(t, filepath.Join(fixtures, name+".llamacpp.json"), c.sha256)
	m := c.model
	require.Equal(t, typ, m.Layers[0].Q.Type)
	require.Equal(t, ck.Tied, m.Config.TiedOutput)
	V := m.Config.VocabSize

	for i, c := range []struct {
		name string
		mode engine.NumericMode
	}{
		{"bitnetcpp", engine.BitNetCpp},
		{"exact", engine.Exact},
	} {
		e, err := cpu.New(ctx, m, cpu.Options{Threads: 1, Mode: c.mode})
		require.NoError(t, err)
		st, err := e.NewState(64)
		require.NoError(t, err)
		logits := make([]float32, V)
		worstKL, worstLP := 0.0, 0.0
		same := 0
		for step := range 16 {
			in := ref.Prompt
			if step > 0 {
				in = ref.Tokens[step-1 : step]
			}
			_, err := st.Forward(ctx, in, engine.LastLogits, logits)
			require.NoError(t, err)
			lp := logSoftmax(logits)
			kl, mlp := againstProbs(ref.Probs[step], lp)
			worstKL, worstLP = math.Max(worstKL, kl), math.Max(worstLP, mlp)
			if arg := int32(slices.Index(logits, slices.Max(logits))); arg == ref.Tokens[step] {
				same++
			} else {
				t.Logf("%s, %s: step %d: greedy %d, llama.cpp's %d; llama.cpp's top-two margin %.2g nats",
					name, c.name, step, arg, ref.Tokens[step], topTwoMargin(ref.Probs[step]))
			}
		}
		t.Logf("%s, %s: 16 steps against llama.cpp: worst |Δ log p| (p > 1e-4) %.3g, worst KL(llama.cpp||ours) %.2g nats, greedy token = llama.cpp's at %d/16",
			name, c.name, worstLP, worstKL, same)
		assert.GreaterOrEqual(t, same, bounds[i].greedy, "%s: steps with llama.cpp's greedy token", c.name)
		assert.LessOrEqual(t, worstLP, bounds[i].maxLogP, c.name)
		assert.LessOrEqual(t, worstKL, bounds[i].maxKL, c.name)
		require.NoError(t, st.Close())
		require.NoError(t, e.Close())
	}
}

// topTwoMargin is log(p1/p2) for the two largest probabilities of p.
func topTwoMargin(p []float64) float64 {
	s := slices.Clone(p)
	slices.Sort(s)
	return math.Log(s[len(s)-1] / s[len(s)-2])
}

// applyQ8K is what llama.cpp's CPU backend does with TQ1_0/TQ2_0 weights,
// written from ggml's quantize_row_q8_K_ref and the TQ dot products in
// float64: per block of 256 inputs, max is the value of largest magnitude
// (the first one on ties), iscale = -127/max and q = min(127,
// round_half_even(iscale·x)) in float32, d = 1/iscale; then
// Σ_blocks d·Σ code·q times the weight scale (the block's F16 scale, the
// same in every block of these files). A product within 2e-5 of a rounding
// boundary sets tie.
func (l refLinear) applyQ8K(x []float64, tie *bool) []float64 {
	const qk = 256
	nb := len(x) / qk
	q := make([]float64, len(x))
	d := make([]float64, nb)
	for b := range nb {
		var amax, mx float32
		x32 := make([]float32, qk)
		for j := range x32 {
			x32[j] = float32(x[b*qk+j])
			if a := float32(math.Abs(float64(x32[j]))); a > amax {
				amax, mx = a, x32[j]
			}
		}
		if amax == 0 {
			continue
		}
		iscale := -127 / mx
		for j, v := range x32 {
			p := float64(iscale * v)
			if math.Abs(p-math.Floor(p)-0.5) < 2e-5 {
				*tie = true
			}
			q[b*qk+j] = min(127, math.RoundToEven(p))
		}
		d[b] = float64(1 / iscale)
	}
	y := make([]float64, l.rows)
	for r := range y {
		var acc float64
		for b := range nb {
			var s float64
			for j := range qk {
				s += float64(l.vals[r*l.cols+b*qk+j]) * q[b*qk+j]
			}
			acc += d[b] * s
		}
		y[r] = acc * l.scale
	}
	return y
}

// TestTQReferenceAgainstLlamaCpp attributes TestTQAgainstLlamaCpp's
// difference. hfRef, the float64 forward pass of the Hugging Face
// checkpoint, runs llama.cpp's prompt and greedy tokens four ways: with
// BitNet's per-token int8 activations (the model's own arithmetic, which the
// CPU engine matches within 1e-5 in TestAgainstHFReference) or llama.cpp's
// Q8_K ones (applyQ8K), each with or without llama.cpp's float16 roundings
// (hfRef.f16). For the Falcon3-shaped Llama file, Q8_K plus the float16
// roundings reproduce llama.cpp's log-probabilities to 1.4e-5, so there the
// whole difference is those two, which are not part of BitNet b1.58; with
// either missing it is 2e-2 to 3e-2. For the Qwen3 file the same reference
// stays 1.5e-2 away, not explained (docs/MODELS.md): exploratory runs tie
// it to its 4 heads of 128, not to the family (a Llama checkpoint with 4
// heads of 128 shows it too, the Qwen3 one with 2 heads of 256 gives
// 2.1e-4), and the same reference with Q8_0 activations matches
// llama.cpp's Q2_0 run of this Qwen3 checkpoint to 3e-7. Bounds are the
// measured values (comments, 2026-12-03) with a margin of about 1.5.
func TestTQReferenceAgainstLlamaCpp(t *testing.T) {
	type variant struct{ q8k, f16 bool }
	for _, tc := range []struct {
		name   string
		ck     convert.CheckpointConfig
		bounds map[variant]float64 // worst |Δ log p| (p > 1e-4)
	}{
		// Measured: Q8_K+f16 1.51e-2, int8+f16 3.44e-2, Q8_K 2.52e-2, int8 3.05e-2.
		{"qwen3-tq2_0", q2_0LlamaCppCheckpoint, map[variant]float64{{true, true}: 2.3e-2, {false, true}: 5e-2, {true, false}: 4e-2, {false, false}: 5e-2}},
		// Measured: Q8_K+f16 1.41e-5, int8+f16 3.42e-2, Q8_K 2.32e-2, int8 2.97e-2.
		{"llama-tq2_0", falcon3LlamaCppCheckpoint, map[variant]float64{{true, true}: 2.5e-5, {false, true}: 5e-2, {true, false}: 4e-2, {false, false}: 5e-2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeCkpt(t, tc.ck)
			raw, err := os.ReadFile(filepath.Join("..", "testdata", "tq-llamacpp", tc.name+".llamacpp.json"))
			require.NoError(t, err, "committed fixture")
			var ref llamaCppQ2
			require.NoError(t, json.Unmarshal(raw, &ref))
			worst := map[variant]float64{}
			for _, v := range []variant{{true, true}, {false, true}, {true, false}, {false, false}} {
				var worstKL float64
				worst[v], worstKL = hfRefAgainstLlamaCpp(t, dir, tc.ck, ref, v.q8k, v.f16)
				t.Logf("%s: float64 reference, %s activations, float16 roundings %v, against llama.cpp over 16 steps: worst |Δ log p| (p > 1e-4) %.3g, worst KL %.2g nats",
					tc.name, map[bool]string{true: "Q8_K", false: "per-token int8"}[v.q8k], v.f16, worst[v], worstKL)
			}
			for v, b := range tc.bounds {
				assert.LessOrEqual(t, worst[v], b, "%+v", v)
			}
		})
	}
}
