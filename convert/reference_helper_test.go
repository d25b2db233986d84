package convert_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
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
