package tokenizer

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mapMetadata is an in-memory Metadata: the values a GGUF reader would return, by key.
type mapMetadata map[string]any

var errNoKey = errors.New("no such key")

func get[T any](m mapMetadata, key string) (T, error) {
	var zero T
	v, ok := m[key]
	if !ok {
		return zero, fmt.Errorf("%s: %w", key, errNoKey)
	}
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("%s is %T, not %T", key, v, zero)
	}
	return t, nil
}

func (m mapMetadata) String(k string) (string, error)      { return get[string](m, k) }
func (m mapMetadata) Strings(k string) ([]string, error)   { return get[[]string](m, k) }
func (m mapMetadata) Int32s(k string) ([]int32, error)     { return get[[]int32](m, k) }
func (m mapMetadata) Float32s(k string) ([]float32, error) { return get[[]float32](m, k) }
func (m mapMetadata) Uint32(k string) (uint32, error)      { return get[uint32](m, k) }
func (m mapMetadata) Bool(k string) (bool, error)          { return get[bool](m, k) }
func (m mapMetadata) Has(k string) bool                    { _, ok := m[k]; return ok }

// officialMetadata is the tokenizer metadata of ggml-model-i2_s.gguf (docs/MODEL.md): LLaMA-3 tokens, types and merges,
// no tokenizer.ggml.pre, bos 128000, eos and pad 128001, add_bos true, no eot key.
func officialMetadata(t *testing.T) mapMetadata {
	v := llama3(t).Vocab()
	return mapMetadata{
		KeyModel: "gpt2", KeyTokens: v.Tokens, KeyTokenType: v.Types, KeyMerges: v.Merges,
		KeyBOS: uint32(128000), KeyEOS: uint32(128001), KeyPAD: uint32(128001), KeyAddBOS: true,
	}
}

func TestFromGGUFOfficialLayout(t *testing.T) {
	md := officialMetadata(t)
	v, err := VocabFromMetadata(md)
	require.NoError(t, err)
	assert.Equal(t, "", v.Pre)
	assert.Equal(t, int32(-1), v.EOT)
	assert.Equal(t, int32(128001), v.PAD)
	assert.Equal(t, int32(-1), v.UNK)
	assert.True(t, v.AddBOS)
	assert.False(t, v.AddSpacePrefix)

	tk, err := FromGGUF(md)
	require.NoError(t, err)
	assert.Equal(t, PreLlama3, tk.PreTokenizer(), "no tokenizer.ggml.pre: Hugging Face's LLaMA-3 rules")
	assert.Equal(t, int32(128009), tk.EOT(), "found by name, as llama.cpp does")
	hf := llama3(t)
	for _, s := range []string{"Hello world!", "don't 12345 (x)", "<|eot_id|> a\n\nb", "١٢٣٤٥ `code`"} {
		for _, o := range []EncodeOptions{{}, {AddBOS: true, ParseSpecial: true}} {
			assert.Equal(t, hf.Encode(s, o), tk.Encode(s, o), "%q", s)
		}
	}
	// bitnet.cpp's reading of the same file.
	compat, err := FromGGUF(md, WithPreTokenizer(PreLlamaCppDefault))
	require.NoError(t, err)
	assert.Equal(t, []int32{15357, 6, 83}, compat.Encode("don't", EncodeOptions{}))
	assert.Equal(t, []int32{15357, 956}, tk.Encode("don't", EncodeOptions{}))

	md[KeyPre] = "default"
	tk, err = FromGGUF(md)
	require.NoError(t, err)
	assert.Equal(t, PreLlamaCppDefault, tk.PreTokenizer())
}

func TestVocabFromMetadataDefaults(t *testing.T) {
	spm := spmVocab()
	md := mapMetadata{KeyModel: "llama", KeyTokens: spm.Tokens, KeyTokenType: spm.Types, KeyScores: spm.Scores}
	v, err := VocabFromMetadata(md)
	require.NoError(t, err)
	assert.Equal(t, int32(1), v.BOS)
	assert.Equal(t, int32(2), v.EOS)
	assert.Equal(t, int32(0), v.UNK)
	assert.Equal(t, int32(-1), v.PAD)
	assert.True(t, v.AddBOS)
	assert.True(t, v.AddSpacePrefix)
	assert.Equal(t, spm.Scores, v.Scores)

	md[KeyAddSpacePrefix] = false
	md[KeyAddBOS] = false
	md[KeyEOT] = uint32(2)
	v, err = VocabFromMetadata(md)
	require.NoError(t, err)
	assert.False(t, v.AddSpacePrefix)
	assert.False(t, v.AddBOS)
	assert.Equal(t, int32(2), v.EOT)

	gpt := byteLevelVocab(nil)
	v, err = VocabFromMetadata(mapMetadata{KeyModel: "gpt2", KeyTokens: gpt.Tokens})
	require.NoError(t, err)
	assert.Equal(t, int32(-1), v.BOS)
	assert.False(t, v.AddBOS, "llama.cpp's default for a gpt2 vocabulary without a LLaMA-3 pre-tokenizer")
	v, err = VocabFromMetadata(mapMetadata{KeyModel: "gpt2", KeyTokens: gpt.Tokens, KeyPre: "llama-bpe"})
	require.NoError(t, err)
	assert.True(t, v.AddBOS)
}

func TestVocabFromMetadataErrors(t *testing.T) {
	tokens := byteLevelVocab(nil).Tokens
	tests := []struct {
		name string
		md   mapMetadata
	}{
		{"no model", mapMetadata{KeyTokens: tokens}},
		{"no tokens", mapMetadata{KeyModel: "gpt2"}},
		{"tokens wrong type", mapMetadata{KeyModel: "gpt2", KeyTokens: []int32{1}}},
		{"types wrong type", mapMetadata{KeyModel: "gpt2", KeyTokens: tokens, KeyTokenType: []uint32{1}}},
		{"bos wrong type", mapMetadata{KeyModel: "gpt2", KeyTokens: tokens, KeyBOS: int32(1)}},
		{"bos too large", mapMetadata{KeyModel: "gpt2", KeyTokens: tokens, KeyBOS: uint32(1 << 31)}},
		{"add_bos wrong type", mapMetadata{KeyModel: "gpt2", KeyTokens: tokens, KeyAddBOS: 1}},
	}
	for _, tc := range tests {
		_, err := VocabFromMetadata(tc.md)
		assert.Error(t, err, tc.name)
	}
	_, err := FromGGUF(mapMetadata{KeyModel: "gpt2", KeyTokens: tokens, KeyBOS: uint32(len(tokens))})
	assert.ErrorIs(t, err, ErrInvalidVocab, "id past the vocabulary")
	_, err = FromGGUF(mapMetadata{KeyModel: "t5", KeyTokens: tokens})
	assert.ErrorIs(t, err, ErrUnsupported)
	_, err = FromGGUF(mapMetadata{})
	assert.ErrorIs(t, err, errNoKey, "the Metadata error is wrapped")
}
