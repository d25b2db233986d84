package tokenizer

import (
	"encoding/json"
	"fmt"
	"strings"
)

// checkSPMScheme reads the text handling of a byte_fallback (SentencePiece) tokenizer.json and reports whether
// it prefixes text with "▁" (GGUF's add_space_prefix). Two spellings are accepted:
//
//   - LLaMA-2 (and 1bitLLM bitnet_b1_58): the normalizer Sequence[Prepend("▁"), Replace(" ", "▁")], no
//     pre-tokenizer, and the decoder Sequence[Replace("▁", " "), ByteFallback, Fuse, Strip(" ", 1, 0)]. It prefixes
//     every fragment between added tokens with "▁" and turns spaces into "▁", which is what a "llama" Vocab with
//     AddSpacePrefix does (and llama.cpp); the decoder's Strip removes that prefix again.
//   - Gemma (Gemma3): the normalizer Replace(" ", "▁") alone, so no prefix; no pre-tokenizer or a Split on the
//     string " " (which the normalizer has already replaced everywhere, so it never splits anything), and the
//     decoder without the Strip. That is a "llama" Vocab with AddSpacePrefix false.
//
// The newer Metaspace pre-tokenizer is rejected: it prepends no "▁" to text that already starts with one (a leading
// space), and with prepend_scheme "first" none after an added token, neither of which a GGUF "llama" vocabulary can
// express (measured: 40 of the 786 test strings tokenize differently under Metaspace "always" in Hugging Face
// tokenizers). Any other normalizer, pre-tokenizer or decoder is ErrUnsupported.
func checkSPMScheme(normalizer, decoder json.RawMessage, p *hfPre) (prefix bool, err error) {
	n, err := parseNormalizer(normalizer)
	if err != nil {
		return false, err
	}
	isSpaceReplace := func(r hfNormalizer) bool {
		return r.Type == "Replace" && r.Pattern.String != nil && *r.Pattern.String == " " && r.Content == "▁"
	}
	switch {
	case n.Type == "Sequence" && len(n.Normalizers) == 2 && n.Normalizers[0].Type == "Prepend" &&
		n.Normalizers[0].Prepend == "▁" && isSpaceReplace(n.Normalizers[1]) && p == nil:
		prefix = true
	case isSpaceReplace(n) && (p == nil || p.Type == "Split" && p.Pattern.String != nil && *p.Pattern.String == " " &&
		p.Pattern.Regex == "" && !p.Invert && validSplitBehavior(p.Behavior)):
		prefix = false
	default:
		desc, _ := json.Marshal(p)
		return false, fmt.Errorf("%w: tokenizer.json with byte_fallback: normalizer %s, pre_tokenizer %s", ErrUnsupported, normalizer, desc)
	}
	if err := checkSPMDecoder(decoder, prefix); err != nil {
		return false, err
	}
	return prefix, nil
}

// validSplitBehavior reports whether b is one of Hugging Face's SplitDelimiterBehavior names. For a Split that
// never matches, every behaviour leaves the text whole.
func validSplitBehavior(b string) bool {
	switch b {
	case "Removed", "Isolated", "MergedWithPrevious", "MergedWithNext", "Contiguous":
		return true
	}
	return false
}

// hfDecoder is the part of a tokenizer.json decoder this package reads.
type hfDecoder struct {
	Type     string      `json:"type"`
	Decoders []hfDecoder `json:"decoders"`
	Pattern  struct {
		String *string `json:"String"`
	} `json:"pattern"`
	Content *string `json:"content"`
	Start   int     `json:"start"`
	Stop    int     `json:"stop"`
}

// checkSPMDecoder accepts the SentencePiece decoders Decode implements for a "llama" Vocab: "▁" back to a space,
// <0xXX> tokens to bytes, the pieces joined, and, when the normalizer prefixed a "▁" (prefix), one leading space
// stripped.
func checkSPMDecoder(raw json.RawMessage, prefix bool) error {
	var d hfDecoder
	if err := json.Unmarshal(raw, &d); err != nil || d.Type == "" {
		return fmt.Errorf("%w: tokenizer.json with byte_fallback: decoder %s", ErrUnsupported, raw)
	}
	steps := d.Decoders
	ok := d.Type == "Sequence" && len(steps) >= 3 &&
		steps[0].Type == "Replace" && steps[0].Pattern.String != nil && *steps[0].Pattern.String == "▁" &&
		steps[0].Content != nil && *steps[0].Content == " " &&
		steps[1].Type == "ByteFallback" && steps[2].Type == "Fuse"
	if prefix {
		ok = ok && len(steps) == 4 && steps[3].Type == "Strip" && steps[3].Content != nil && *steps[3].Content == " " &&
			steps[3].Start == 1 && steps[3].Stop == 0
	} else {
		ok = ok && len(steps) == 3
	}
	if !ok {
		return fmt.Errorf("%w: tokenizer.json with byte_fallback: decoder %s (space prefix %v)", ErrUnsupported, raw, prefix)
	}
	return nil
}

// spmFromMerges turns a Vocab read from a byte_fallback tokenizer.json into a "llama" (SentencePiece) Vocab:
// <0xXX> tokens become byte tokens, the unknown token unknown, and the merge ranks become scores. Hugging Face
// merges the lowest-ranked pair first; llama.cpp's SentencePiece tokenizer merges the adjacent pair whose
// concatenation has the highest score. Scoring each token by minus the rank of the first merge that makes it gives
// the same order whenever, as in files converted from SentencePiece models, every split of a token into two
// vocabulary pieces is listed as a merge. Tokens no merge makes get a score below all the others.
func spmFromMerges(v *Vocab, prefix bool) {
	v.Model, v.Pre, v.AddSpacePrefix = ModelLlama, "", prefix
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
