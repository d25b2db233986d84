package convert

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// TestReadVocabDropsAddedTokensPastVocabSize: Gemma3's tokenizer.json has one added token more than a vocab_size
// of 262144 (<image_soft_token>, id 262144); llama.cpp's and bitnet.cpp's converters drop such ids.
// Added tokens past vocab_size are dropped; model pieces or special ids past it are refused.
func TestReadVocabDropsAddedTokensPastVocabSize(t *testing.T) {
	raw, err := os.ReadFile("../testdata/tokenizer/llama2_tokenizer.json")
	require.NoError(t, err)
	write := func(t *testing.T, edit func(doc map[string]any)) string {
		var doc map[string]any
		require.NoError(t, json.Unmarshal(raw, &doc))
		edit(doc)
		dir := t.TempDir()
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "tokenizer.json"), b, 0o644))
		return dir
	}
	var doc map[string]any
	require.NoError(t, json.Unmarshal(raw, &doc))
	n := len(doc["model"].(map[string]any)["vocab"].(map[string]any))
	addAt := func(id int, content string, special bool) func(map[string]any) {
		return func(d map[string]any) {
			d["added_tokens"] = append(d["added_tokens"].([]any), map[string]any{"id": id, "content": content, "special": special})
		}
	}

	v, err := readVocab(write(t, addAt(n, "<image_soft_token>", true)), n)
	require.NoError(t, err)
	assert.Len(t, v.Tokens, n)
	assert.Len(t, v.Types, n)
	assert.Len(t, v.Scores, n)
	_, err = tokenizer.New(v)
	require.NoError(t, err)

	_, err = readVocab(write(t, addAt(n, "<image_soft_token>", true)), n-1) // drops a model piece too
	assert.ErrorContains(t, err, "config.json vocab_size")
	_, err = readVocab(write(t, func(d map[string]any) {
		d["added_tokens"] = []any{} // </s> at id 2 is then an ordinary piece, and the special </s> at n is EOS
		addAt(n, "</s>", true)(d)
	}), n)
	assert.ErrorContains(t, err, "special token")
}
