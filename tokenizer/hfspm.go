package tokenizer

import (
	"encoding/json"
	"fmt"
	"strings"
)

// checkSPMScheme accepts the tokenizer.json spelling of SentencePiece's LLaMA-2 text handling: the normalizer
// Sequence[Prepend("▁"), Replace(" ", "▁")] with no pre-tokenizer (LLaMA-2, 1bitLLM bitnet_b1_58). It prefixes
// every fragment between added tokens with "▁" and turns spaces into "▁", which is what a "llama" Vocab with
// AddSpacePrefix does (and llama.cpp). The newer Metaspace pre-tokenizer is rejected: it prepends no "▁" to text
// that already starts with one (a leading space), and with prepend_scheme "first" none after an added token,
// neither of which a GGUF "llama" vocabulary can express (measured: 40 of the 786 test strings tokenize differently
// under Metaspace "always" in Hugging Face tokenizers).
func checkSPMScheme(normalizer json.RawMessage, p *hfPre) error {
	n, err := parseNormalizer(normalizer)
	if err != nil {
		return err
	}
	legacy := n.Type == "Sequence" && len(n.Normalizers) == 2 &&
		n.Normalizers[0].Type == "Prepend" && n.Normalizers[0].Prepend == "▁" &&
		n.Normalizers[1].Type == "Replace" && n.Normalizers[1].Pattern.String != nil &&
		*n.Normalizers[1].Pattern.String == " " && n.Normalizers[1].Content == "▁"
	if legacy && p == nil {
		return nil
	}
	desc, _ := json.Marshal(p)
	return fmt.Errorf("%w: tokenizer.json with byte_fallback: normalizer %s, pre_tokenizer %s", ErrUnsupported, normalizer, desc)
}

// spmFromMerges turns a Vocab read from a byte_fallback tokenizer.json into a "llama" (SentencePiece) Vocab:
// <0xXX> tokens become byte tokens, the unknown token unknown, and the merge ranks become scores. Hugging Face
// merges the lowest-ranked pair first; llama.cpp's SentencePiece tokenizer merges the adjacent pair whose
// concatenation has the highest score. Scoring each token by minus the rank of the first merge that makes it gives
// the same order whenever, as in files converted from SentencePiece models, every split of a token into two
// vocabulary pieces is listed as a merge. Tokens no merge makes get a score below all the others.
func spmFromMerges(v *Vocab) {
	v.Model, v.Pre, v.AddSpacePrefix = ModelLlama, "", true
	id := make(map[string]int, len(v.Tokens))
	for i, s := range v.Tokens {
		id[s] = i
	}
	floor := -float32(len(v.Merges) + 1)
	v.Scores = make([]float32, len(v.Tokens))
	for i := range v.Scores {
		v.Scores[i] = floor
	}
	seen := make([]bool, len(v.Tokens))
	for rank, m := range v.Merges {
		sp := -1
		if len(m) > 1 {
			sp = strings.IndexByte(m[1:], ' ')
		}
		if sp < 0 {
			continue // New reports nothing for "llama" vocabularies; such a merge cannot change a score
		}
		if i, ok := id[m[:sp+1]+m[sp+2:]]; ok && !seen[i] {
			seen[i], v.Scores[i] = true, -float32(rank)
		}
	}
	v.Merges = nil
	for i, s := range v.Tokens {
		if _, ok := parseByteToken(s); ok && v.Types[i] == TypeNormal {
			v.Types[i] = TypeByte
		}
	}
	// The unknown token is usually also a special added token (control); SentencePiece and llama.cpp's GGUF files
	// type it unknown.
	if v.UNK >= 0 && (v.Types[v.UNK] == TypeNormal || v.Types[v.UNK] == TypeControl) {
		v.Types[v.UNK] = TypeUnknown
	}
}
