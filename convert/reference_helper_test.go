package convert_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// refHeader is what every external reference fixture (llama.cpp, the BitNet
// llama.cpp fork) records besides its numbers: the program that wrote it,
// the SHA-256 of the GGUF file it ran (the converter's output in the test),
// the prompt and the 16 greedy tokens that followed it.
type refHeader struct {
	Generator   string  `json:"generator"`
	ModelSHA256 string  `json:"model_sha256"`
	Prompt      []int32 `json:"prompt"`
	Tokens      []int32 `json:"tokens"`
}

func (h *refHeader) header() *refHeader { return h }

// readReference reads the committed fixture testdata/REL into ref and checks
// that it holds 16 greedy tokens and was made from the file with SHA-256 sha.
func readReference(t *testing.T, rel, sha string, ref interface{ header() *refHeader }) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", rel))
	require.NoError(t, err, "committed fixture")
	require.NoError(t, json.Unmarshal(raw, ref))
	h := ref.header()
	require.Len(t, h.Tokens, 16, rel)
	require.Equal(t, h.ModelSHA256, sha, "%s: the converter's output changed: regenerate the reference (docs/MODELS.md)", rel)
}

// converted is a synthetic checkpoint as the test converted it: the GGUF
// file, its SHA-256 (which the reference fixture must name), the converter's
// result and the loaded model.
type converted struct {
	path   string
	sha256 string
	res    *convert.Result
	model  *model.Model
}

// convertForReference writes checkpoint ck, converts it with opts to
// NAME.gguf, passes the file through edit when edit is not nil (edit returns
// the path of the file to use), and loads it. When the environment variable
// outEnv names a folder, the file is also copied there: the scripts that
// regenerate the fixtures run those copies in the external program.
func convertForReference(t *testing.T, ck convert.CheckpointConfig, opts convert.Options, name, outEnv string, edit func(t *testing.T, path string) string) converted {
	t.Helper()
	dir := writeCkpt(t, ck)
	out := filepath.Join(t.TempDir(), name+".gguf")
	res, err := convert.Convert(context.Background(), dir, out, opts)
	require.NoError(t, err)
	if edit != nil {
		out = edit(t, out)
	}
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	if dst := os.Getenv(outEnv); dst != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dst, name+".gguf"), b, 0o644))
	}
	sum := sha256.Sum256(b)
	f, err := gguf.Open(out)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	return converted{path: out, sha256: hex.EncodeToString(sum[:]), res: res, model: m}
}

// refConfigs are the engine configurations the reference tests run: the
// bitnetcpp mode with the prompt fed one token at a time (upstream llama.cpp
// without llamafile, and so the BitNet fork, runs a batch's attention row
// by row, the same as one-token steps) and as one batch (batched attention
// as bitnet.cpp's tinyBLAS computes it), and the exact mode.
var refConfigs = []struct {
	name    string
	mode    engine.NumericMode
	ubatch1 bool // the prompt one token at a time
}{
	{"bitnetcpp, prompt token by token", engine.BitNetCpp, true},
	{"bitnetcpp, prompt as one batch", engine.BitNetCpp, false},
	{"exact, prompt as one batch", engine.Exact, false},
}

// forwardLast feeds in to st and writes the last token's logits to logits;
// with oneByOne the tokens before the last go one at a time.
func forwardLast(t *testing.T, st engine.State, in []int32, oneByOne bool, logits []float32) {
	t.Helper()
	ctx := context.Background()
	if oneByOne {
		for _, tok := range in[:len(in)-1] {
			_, err := st.Forward(ctx, []int32{tok}, engine.NoLogits, nil)
			require.NoError(t, err)
		}
		in = in[len(in)-1:]
	}
	_, err := st.Forward(ctx, in, engine.LastLogits, logits)
	require.NoError(t, err)
}

// hfRefAgainstLlamaCpp runs the float64 Hugging Face-level reference on the
// checkpoint in dir (written from ck) with llama.cpp's Q8_K activations or
// BitNet's per-token int8 (q8k) and with or without float16 roundings
// (f16), fed ref's prompt and greedy tokens, and returns its worst |Δ log p|
// (p > 1e-4) and KL against ref's probabilities over the 16 steps.
func hfRefAgainstLlamaCpp(t *testing.T, dir string, ck convert.CheckpointConfig, ref llamaCppQ2, q8k, f16 bool) (worstLogP, worstKL float64) {
	t.Helper()
	r := newHFRef(t, dir, ck, true)
	r.f16 = f16
	for k, l := range r.lin {
		l.q8k = q8k
		r.lin[k] = l
	}
	var logits []float64
	for _, tok := range ref.Prompt {
		logits = r.step(tok)
	}
	for step := range 16 {
		if step > 0 {
			logits = r.step(ref.Tokens[step-1])
		}
		kl, mlp := againstProbs(ref.Probs[step], logSoftmax(logits))
		worstLogP, worstKL = math.Max(worstLogP, mlp), math.Max(worstKL, kl)
	}
	return worstLogP, worstKL
}
