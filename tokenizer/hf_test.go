package tokenizer

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hfCase is one string of testdata/tokenizer/llama3_cases.json with what Hugging Face tokenizers (and llama.cpp's
// own splitting code, for default_pieces) made of it; see testdata/tokenizer/README.md.
type hfCase struct {
	Text          string   `json:"text"`
	IDs           []int32  `json:"ids"`         // no special-token parsing
	IDsSpecial    []int32  `json:"ids_special"` // added tokens matched in the text
	DecodedSkip   string   `json:"decoded_skip_special"`
	Pieces        []string `json:"pieces"`         // LLaMA-3 pre-tokenizer output
	DefaultPieces []string `json:"default_pieces"` // llama.cpp LLAMA_VOCAB_PRE_TYPE_DEFAULT split
	DefaultIDs    []int32  `json:"default_ids"`    // BPE without ignore_merges over DefaultPieces
}

func loadCases(t *testing.T) []hfCase {
	t.Helper()
	raw, err := os.ReadFile("../testdata/tokenizer/llama3_cases.json")
	require.NoError(t, err)
	var f struct {
		Cases []hfCase `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.GreaterOrEqual(t, len(f.Cases), 200)
	return f.Cases
}

func TestMatchesHuggingFace(t *testing.T) {
	tk := llama3(t)
	for _, c := range loadCases(t) {
		t.Run("", func(t *testing.T) {
			pieces := PreLlama3.Split(c.Text)
			if len(c.Pieces) == 0 {
				assert.Empty(t, pieces, "pieces of %q", c.Text)
			} else {
				assert.Equal(t, c.Pieces, pieces, "pieces of %q", c.Text)
			}
			assert.Equal(t, c.IDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text)
			assert.Equal(t, c.IDsSpecial, nonNil(tk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "special ids of %q", c.Text)
			assert.Equal(t, c.Text, tk.Decode(c.IDs), "decode of %q", c.Text)
			assert.Equal(t, c.Text, tk.DecodeWith(c.IDsSpecial, DecodeOptions{Special: true}), "decode with specials of %q", c.Text)
			assert.Equal(t, c.DecodedSkip, tk.Decode(c.IDsSpecial), "decode skipping specials of %q", c.Text)
		})
	}
}

func TestMatchesLlamaCppDefault(t *testing.T) {
	tk, err := LoadFile(llama3Path, WithPreTokenizer(PreLlamaCppDefault))
	require.NoError(t, err)
	for _, c := range loadCases(t) {
		t.Run("", func(t *testing.T) {
			pieces := PreLlamaCppDefault.Split(c.Text)
			if len(c.DefaultPieces) == 0 {
				assert.Empty(t, pieces, "default pieces of %q", c.Text)
			} else {
				assert.Equal(t, c.DefaultPieces, pieces, "default pieces of %q", c.Text)
			}
			assert.Equal(t, c.DefaultIDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "default ids of %q", c.Text)
			assert.Equal(t, c.Text, tk.Decode(c.DefaultIDs))
		})
	}
}

func nonNil(ids []int32) []int32 {
	if ids == nil {
		return []int32{}
	}
	return ids
}
