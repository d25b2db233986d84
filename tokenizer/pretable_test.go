package tokenizer

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPreKindsTable: every name maps to its own entry and no name is listed twice; GGUF files with llama.cpp's names
// load with the right scheme and add_bos default.
func TestPreKindsTable(t *testing.T) {
	seen := map[string]bool{}
	for i := range preKinds {
		k := &preKinds[i]
		require.NotEmpty(t, k.names, "%v", k.pre)
		assert.Same(t, k, kindOf(k.pre))
		for _, n := range k.names {
			assert.False(t, seen[n], "name %q listed twice", n)
			seen[n] = true
			assert.Same(t, k, kindNamed(n))
			p, err := resolvePre(PreAuto, n)
			require.NoError(t, err)
			assert.Equal(t, k.pre, p)
		}
	}
	for _, tc := range []struct {
		pre    string
		want   PreTokenizer
		addBOS bool
	}{{"falcon3", PreLlama3, true}, {"falcon_e", PreLlama3, true}, {"llama-bpe", PreLlama3, true},
		{"qwen2", PreQwen2, false}, {"", PreLlama3, false}, {"default", PreLlamaCppDefault, false}} {
		md := officialMetadata(t)
		delete(md, KeyAddBOS)
		if tc.pre != "" {
			md[KeyPre] = tc.pre
		}
		v, err := VocabFromMetadata(md)
		require.NoError(t, err)
		assert.Equal(t, tc.addBOS, v.AddBOS, "add_bos default for %q", tc.pre)
		tk, err := New(v)
		require.NoError(t, err)
		assert.Equal(t, tc.want, tk.PreTokenizer(), "pre %q", tc.pre)
	}
	_, err := resolvePre(PreAuto, "chameleon")
	assert.ErrorIs(t, err, ErrUnsupported)
}

// TestHFSchemeRecognition edits the test tokenizers' normalizer and pre_tokenizer JSON: the accepted spellings
// load, the others are ErrUnsupported (never a silently different tokenizer).
func TestHFSchemeRecognition(t *testing.T) {
	load := func(name string, edit func(d map[string]any)) (Vocab, error) {
		raw, err := os.ReadFile("../testdata/tokenizer/" + name + "_tokenizer.json")
		require.NoError(t, err)
		var d map[string]any
		require.NoError(t, json.Unmarshal(raw, &d))
		edit(d)
		b, err := json.Marshal(d)
		require.NoError(t, err)
		return VocabFromHFJSON(strings.NewReader(string(b)))
	}
	metaspace := func(scheme string, split bool) func(d map[string]any) {
		return func(d map[string]any) {
			d["normalizer"] = nil
			d["pre_tokenizer"] = map[string]any{"type": "Metaspace", "replacement": "▁", "prepend_scheme": scheme, "split": split}
		}
	}
	for _, tc := range []struct {
		name, file string
		edit       func(d map[string]any)
		want       error
		pre        string
	}{
		{"qwen2 as is", "qwen2", func(map[string]any) {}, nil, "qwen2"},
		{"qwen2 without NFC", "qwen2", func(d map[string]any) { d["normalizer"] = nil }, ErrUnsupported, ""},
		{"qwen2 with NFKC", "qwen2", func(d map[string]any) { d["normalizer"] = map[string]any{"type": "NFKC"} }, ErrUnsupported, ""},
		{"llama2 as is", "llama2", func(map[string]any) {}, nil, ""},
		{"llama2 Metaspace always", "llama2", metaspace("always", false), ErrUnsupported, ""},
		{"llama2 Metaspace first", "llama2", metaspace("first", false), ErrUnsupported, ""},
		{"llama2 Metaspace splitting", "llama2", metaspace("always", true), ErrUnsupported, ""},
		{"llama2 NFC", "llama2", func(d map[string]any) { d["normalizer"] = map[string]any{"type": "NFC"} }, ErrUnsupported, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := load(tc.file, tc.edit)
			if tc.want != nil {
				assert.True(t, errors.Is(err, tc.want), "got %v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.pre, v.Pre)
		})
	}
}
