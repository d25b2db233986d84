package tokenizer

import (
	"slices"

	"golang.org/x/text/unicode/norm"
)

// qwen2Regex is the pattern of the Qwen2 / Qwen2.5 / Qwen3 tokenizer.json Split pre-tokenizer, which PreQwen2
// implements: LLaMA-3's regex with single digits (\p{N} instead of \p{N}{1,3}).
const qwen2Regex = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// preKind is one byte-level text-splitting scheme: the pre-tokenizer, the normalizer Hugging Face runs before it,
// and the names GGUF files give it. preKinds is the one place that maps between GGUF's tokenizer.ggml.pre, a
// tokenizer.json's normalizer and pre_tokenizer, and the code in pretokenize.go.
type preKind struct {
	pre PreTokenizer
	// names are the tokenizer.ggml.pre values llama.cpp maps to this scheme; names[0] is what VocabFromHFJSON
	// writes. llama.cpp's llama-vocab.cpp treats Falcon3's name as LLaMA-3's, ik_llama.cpp Falcon-E's too; so do we.
	names []string
	// splitRegex is the tokenizer.json Split pattern (Isolated, not inverted) that this scheme implements,
	// followed by a regex-free ByteLevel step; "" when the scheme is a single ByteLevel step with use_regex.
	splitRegex string
	nfc        bool // Hugging Face normalizes each text fragment to NFC before splitting (Qwen2's normalizer)
	// mayIgnoreMerges: a whole pre-token that is in the vocabulary is emitted directly when the file says
	// ignore_merges; ignoreMergesDefault is used when it does not say (GGUF files): llama.cpp's choice.
	mayIgnoreMerges, ignoreMergesDefault bool
	addBOS                               bool // llama.cpp's add_bos default for these names
}

var preKinds = [...]preKind{
	{pre: PreLlama3, names: []string{"llama-bpe", "llama3", "llama-v3", "falcon3", "falcon_e"}, splitRegex: llama3Regex,
		mayIgnoreMerges: true, ignoreMergesDefault: true, addBOS: true},
	{pre: PreQwen2, names: []string{"qwen2", "deepseek-r1-qwen"}, splitRegex: qwen2Regex, nfc: true,
		mayIgnoreMerges: true},
	{pre: PreGPT2, names: []string{"gpt-2"}},
	{pre: PreLlamaCppDefault, names: []string{"default"}},
}

// kindOf returns the table entry of a resolved pre-tokenizer.
func kindOf(p PreTokenizer) *preKind {
	for i := range preKinds {
		if preKinds[i].pre == p {
			return &preKinds[i]
		}
	}
	return nil
}

// kindNamed returns the table entry for a tokenizer.ggml.pre value, or nil.
func kindNamed(name string) *preKind {
	for i := range preKinds {
		if slices.Contains(preKinds[i].names, name) {
			return &preKinds[i]
		}
	}
	return nil
}

// normalize applies the scheme's normalizer to one text fragment.
func (k *preKind) normalize(s string) string {
	if k == nil || !k.nfc || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}
