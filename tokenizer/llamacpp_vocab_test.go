package tokenizer_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

const llamaCppVocabDir = "../testdata/tokenizer/llamacpp-vocab"

// llamaCppVocabCases reads llama.cpp's tokenizer test pair name.inp (strings
// separated by "\n__ggml_vocab_test__\n") and name.out (one line of
// space-separated ids per string), as its tests/test-tokenizer-0.cpp does.
func llamaCppVocabCases(t *testing.T, name string) ([]string, [][]int32) {
	t.Helper()
	inp, err := os.ReadFile(filepath.Join(llamaCppVocabDir, name+".inp"))
	require.NoError(t, err, "committed fixture")
	out, err := os.ReadFile(filepath.Join(llamaCppVocabDir, name+".out"))
	require.NoError(t, err, "committed fixture")
	texts := strings.Split(string(inp), "\n__ggml_vocab_test__\n")
	// The file ends with the separator's text and a newline, leaving an empty
	// last piece that is not a case.
	texts[len(texts)-1] = strings.TrimSuffix(texts[len(texts)-1], "\n__ggml_vocab_test__")
	if texts[len(texts)-1] == "" || texts[len(texts)-1] == "\n" {
		texts = texts[:len(texts)-1]
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	require.Len(t, lines, len(texts), "%s: .inp and .out have different numbers of cases", name)
	ids := make([][]int32, len(lines))
	for i, l := range lines {
		ids[i] = []int32{}
		for _, f := range strings.Fields(l) {
			v, err := strconv.Atoi(f)
			require.NoError(t, err)
			ids[i] = append(ids[i], int32(v))
		}
	}
	return texts, ids
}

// gunzipTo writes the gzip file src, uncompressed, into a temporary file and
// returns its path and the SHA-256 of its contents.
func gunzipTo(t *testing.T, src string) (string, string) {
	t.Helper()
	f, err := os.Open(src)
	require.NoError(t, err, "committed fixture")
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = io.Copy(&buf, zr)
	require.NoError(t, err)
	dst := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(src), ".gz"))
	require.NoError(t, os.WriteFile(dst, buf.Bytes(), 0o644))
	sum := sha256.Sum256(buf.Bytes())
	return dst, hex.EncodeToString(sum[:])
}

// TestLlamaCppVocabFiles encodes llama.cpp's own tokenizer test strings with
// the vocabularies llama.cpp ships for them and compares with its expected
// ids, which llama.cpp's convert_hf_to_gguf_update.py wrote with Hugging
// Face's tokenizers from the original tokenizer.json (Qwen1.5-7B for
// "qwen2", the same byte-level BPE vocabulary, merges and pre-tokenizer regex
// as Qwen2, Qwen2.5 and Qwen3; Llama-2-7b for "llama-spm"; Meta-Llama-3-8B
// for "llama-bpe"). The qwen2 and llama-spm cases load the vocabulary from
// llama.cpp's GGUF file (tokenizer.FromGGUF, the path a converted model
// takes); the llama-bpe ones use the committed LLaMA-3 tokenizer.json
// (LoadHFJSON), which is the same vocabulary. Like llama.cpp's test, no BOS
// is added and special tokens' text is ordinary text.
func TestLlamaCppVocabFiles(t *testing.T) {
	for _, tc := range []struct {
		name, sha256 string
	}{
		{"ggml-vocab-qwen2.gguf", "44c2f46b715f585c6ab513970e8a006bfa5badd6108560054921cf598d154d8c"},
		{"ggml-vocab-llama-spm.gguf", "16c3724582d59aa8bf84711894e833f916ee46a31d80e21312759c48bf8d0e69"},
		{"ggml-vocab-llama-bpe.gguf", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts, want := llamaCppVocabCases(t, tc.name)
			require.GreaterOrEqual(t, len(texts), 40)
			var tk *tokenizer.Tokenizer
			if tc.sha256 != "" {
				path, sum := gunzipTo(t, filepath.Join(llamaCppVocabDir, tc.name+".gz"))
				require.Equal(t, tc.sha256, sum, "not the vocabulary file the ids belong to")
				f, err := gguf.Open(path)
				require.NoError(t, err)
				defer f.Close()
				tk, err = tokenizer.FromGGUF(f)
				require.NoError(t, err)
			} else {
				path, _ := gunzipTo(t, "../testdata/tokenizer/tokenizer.json.gz")
				raw, err := os.ReadFile(path)
				require.NoError(t, err)
				tk, err = tokenizer.LoadHFJSON(bytes.NewReader(raw))
				require.NoError(t, err)
			}
			bad := 0
			for i, s := range texts {
				if !assert.Equal(t, want[i], nonNilIDs(tk.Encode(s, tokenizer.EncodeOptions{})), "ids of %q", s) {
					bad++
				}
			}
			t.Logf("%s: %d of %d llama.cpp test strings give its expected ids", tc.name, len(texts)-bad, len(texts))
		})
	}
}

func nonNilIDs(ids []int32) []int32 {
	if ids == nil {
		return []int32{}
	}
	return ids
}
