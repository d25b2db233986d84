package convert_test

import (
	"context"
	"encoding/binary"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/quant"
)

// llamaCppQ2 is testdata/q2_0-llamacpp/qwen3-q2_0.llamacpp.json: what
// upstream llama.cpp (through node-llama-cpp's prebuilt CPU binaries) gave
// on the file q2_0LlamaCppCheckpoint converts to: the greedy tokens after
// the prompt and, for each of the 16 steps, the next-token probabilities
// (softmax of the logits) by token id.
type llamaCppQ2 struct {
	refHeader
	Probs [][]float64 `json:"probs"`
}

// readLlamaCppRef reads the llama.cpp fixture testdata/REL made from the file
// with SHA-256 sha.
func readLlamaCppRef(t *testing.T, rel, sha string) llamaCppQ2 {
	t.Helper()
	var ref llamaCppQ2
	readReference(t, rel, sha, &ref)
	require.Len(t, ref.Probs, 16)
	return ref
}

// q2_0LlamaCppCheckpoint is the synthetic Qwen3 checkpoint (2 layers,
// hidden 256, head dim 128 > hidden/heads, GQA, tied head, packed ternary
// weights) whose `bitnet convert -type q2_0` output llama.cpp ran.
var q2_0LlamaCppCheckpoint = convert.CheckpointConfig{Architecture: "Qwen3ForCausalLM", Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 2, HeadDim: 128,
	Vocab: 300, Special: 16, Context: 64, RopeTheta: 1000000, Tied: true, Packed: true, LinearClass: "bitlinear", Seed: 96}

// TestQ2_0AgainstLlamaCpp: for two files (the converter's output with its
// F16 embedding, and the same with the tied embedding and head in Q2_0, as
// the published files have them), each byte-identical to the one llama.cpp
// ran (SHA-256), the CPU engine, fed the prompt and then llama.cpp's greedy
// tokens one at a time, gives the same 16 greedy tokens and next-token
// distributions close to llama.cpp's at every step. In bitnetcpp mode
// (ggml's float roundings; for a Q2_0 model also the F16 softmax
// probabilities in batches, as upstream llama.cpp has them) the
// log-probabilities agree to float32 rounding (<= 1e-6) at 14 of the 16
// steps with the F16 embedding (the other two differ by one flipped
// rounding) and at all 16 with the Q2_0 one, whether the prompt goes as one
// batch (as llama.cpp ran it) or token by token. Exact mode keeps the KV
// cache, the query and the head input in float32.
func TestQ2_0AgainstLlamaCpp(t *testing.T) {
	// Bounds from the measured values (2026-12-03), per configuration of
	// q2Configs: worst |Δ log p|, steps within 1e-6, worst KL.
	t.Run("F16 embedding", func(t *testing.T) {
		// 2.03e-3, 2.03e-3, 1.53e-2; 14, 14, 0; 1.9e-7, 1.9e-7, 1.4e-5.
		testQ2_0AgainstLlamaCpp(t, q2_0LlamaCppCheckpoint, "q2_0-llamacpp", "qwen3-q2_0", false, []q2Bounds{{4e-3, 14, 1e-6}, {4e-3, 14, 1e-6}, {3e-2, 0, 3e-5}})
	})
	// As in the published Ternary-Bonsai files: the (tied) embedding and head
	// in Q2_0 too, quantized by ggml's quantize_row_q2_0_ref rule.
	t.Run("Q2_0 embedding", func(t *testing.T) {
		// 6.4e-7, 6.4e-7, 2.23e-2; 16, 16, 0; 4.8e-7, 4.8e-7, 2e-5.
		testQ2_0AgainstLlamaCpp(t, q2_0LlamaCppCheckpoint, "q2_0-llamacpp", "qwen3-q2_0-embd", true, []q2Bounds{{2e-6, 16, 1e-6}, {2e-6, 16, 1e-6}, {4e-2, 0, 4e-5}})
	})
}

// q2Bounds bounds one engine configuration's agreement with llama.cpp.
type q2Bounds struct {
	maxLogP    float64 // worst |Δ log p| over tokens with p > 1e-4
	closeSteps int     // steps with |Δ log p| <= 1e-6
	maxKL      float64
}

// testQ2_0AgainstLlamaCpp converts ck to Q2_0 (general.name the fixture
// folder's first file's stem, as when the fixture was made), and compares
// the engine with testdata/FIXTURES/NAME.llamacpp.json.
func testQ2_0AgainstLlamaCpp(t *testing.T, ck convert.CheckpointConfig, fixtures, name string, q2Embed bool, bounds []q2Bounds) {
	ctx := context.Background()
	var edit func(*testing.T, string) string
	if q2Embed {
		edit = q2EmbeddingFile
	}
	// BITNET_Q2_0_GGUF_OUT: scripts/q2_0-llamacpp-ref.mjs runs the copies.
	c := convertForReference(t, ck, convert.Options{Type: gguf.TypeQ2_0, Name: strings.TrimSuffix(name, "-embd")}, name, "BITNET_Q2_0_GGUF_OUT", edit)
	ref := readLlamaCppRef(t, filepath.Join(fixtures, name+".llamacpp.json"), c.sha256)
	m := c.model
	V := m.Config.VocabSize
	if q2Embed {
		require.Equal(t, gguf.TypeQ2_0, m.Embed.Type)
		require.True(t, m.Config.TiedOutput)
	}

	for i, c := range refConfigs {
		e, err := cpu.New(ctx, m, cpu.Options{Threads: 1, Mode: c.mode})
		require.NoError(t, err)
		st, err := e.NewState(64)
		require.NoError(t, err)
		logits := make([]float32, V)
		worstKL, worstLP := 0.0, 0.0
		top1, close := 0, 0
		var greedy []int32
		for step := range 16 {
			in := ref.Prompt
			if step > 0 {
				in = ref.Tokens[step-1 : step]
			}
			forwardLast(t, st, in, c.ubatch1, logits)
			lp := logSoftmax(logits)
			// KL from llama.cpp's float32 probabilities (written with 9
			// digits, summing to 1 within 2e-7): noise below ~1e-6 nats.
			kl, mlp := againstProbs(ref.Probs[step], lp)
			worstKL, worstLP = math.Max(worstKL, kl), math.Max(worstLP, mlp)
			if mlp <= 1e-6 {
				close++
			}
			arg := int32(slices.Index(logits, slices.Max(logits)))
			greedy = append(greedy, arg)
			if arg == ref.Tokens[step] {
				top1++
			}
		}
		t.Logf("%s: 16 steps against llama.cpp: top-1 %d/16, worst |Δ log p| (p > 1e-4) %.3g, steps within 1e-6: %d, worst KL(llama.cpp||ours) %.2g nats",
			c.name, top1, worstLP, close, worstKL)
		assert.Equal(t, ref.Tokens, greedy, "%s: greedy tokens", c.name)
		assert.LessOrEqual(t, worstLP, bounds[i].maxLogP, c.name)
		assert.GreaterOrEqual(t, close, bounds[i].closeSteps, c.name)
		assert.LessOrEqual(t, worstKL, bounds[i].maxKL, c.name)
		require.NoError(t, e.Close())
	}
}

// q2EmbeddingFile rewrites the converted file at path with token_embd (the
// tied head) in Q2_0 by quant.QuantizeQ2_0 (ggml's quantize_row_q2_0_ref),
// the rest unchanged, and returns the new file's path.
func q2EmbeddingFile(t *testing.T, path string) string {
	f, err := gguf.Open(path)
	require.NoError(t, err)
	defer f.Close()
	w := gguf.NewWriter()
	w.SetFrom(f, nil)
	for _, ti := range f.Tensors() {
		data, err := f.TensorData(ti.Name)
		require.NoError(t, err)
		typ := ti.Type
		if ti.Name == "token_embd.weight" {
			require.Equal(t, gguf.TypeF16, ti.Type)
			cols, rows := int(ti.Dims[0]), int(ti.Dims[1])
			x := make([]float32, rows*cols)
			for i := range x {
				x[i] = quant.F16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
			}
			data, err = quant.QuantizeQ2_0(x, rows, cols)
			require.NoError(t, err)
			typ = gguf.TypeQ2_0
		}
		require.NoError(t, w.AddTensor(ti.Name, typ, ti.Dims, data))
	}
	out := filepath.Join(t.TempDir(), "q2-embd.gguf")
	require.NoError(t, w.WriteFile(context.Background(), out))
	return out
}

// logSoftmax returns log-probabilities of logits x, in float64.
func logSoftmax[F float32 | float64](x []F) []float64 {
	mx := float64(slices.Max(x))
	var s float64
	for _, v := range x {
		s += math.Exp(float64(v) - mx)
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v) - mx - math.Log(s)
	}
	return out
}

// againstProbs compares our log-probabilities lp with llama.cpp's
// probabilities: KL(llama.cpp || ours) and the largest |Δ log p| over the
// tokens llama.cpp gives more than 1e-4 (below that its 9-digit output is noise).
func againstProbs(probs, lp []float64) (kl, maxLogP float64) {
	for j, p := range probs {
		if p <= 0 {
			continue
		}
		kl += p * (math.Log(p) - lp[j])
		if p > 1e-4 {
			maxLogP = math.Max(maxLogP, math.Abs(math.Log(p)-lp[j]))
		}
	}
	return kl, maxLogP
}
