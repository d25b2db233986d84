package tokenizer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// llama3Regex is the pattern of the LLaMA-3 tokenizer.json Split pre-tokenizer, which PreLlama3 implements.
const llama3Regex = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// Names used to find special tokens that tokenizer.json does not label.
var (
	bosNames = []string{"<|begin_of_text|>", "<s>", "<|startoftext|>", "<bos>"}
	eosNames = []string{"<|end_of_text|>", "</s>", "<|endoftext|>", "<eos>"}
)

type hfFile struct {
	AddedTokens []struct {
		ID      int32  `json:"id"`
		Content string `json:"content"`
		Special bool   `json:"special"`
	} `json:"added_tokens"`
	Normalizer    json.RawMessage `json:"normalizer"`
	Decoder       json.RawMessage `json:"decoder"`
	PreTokenizer  *hfPre          `json:"pre_tokenizer"`
	PostProcessor *hfPost         `json:"post_processor"`
	Model         struct {
		Type                    string
		Vocab                   []vocabPair
		Merges                  []string
		IgnoreMerges            bool
		ByteFallback            bool
		Dropout                 *float64
		UnkToken                *string
		ContinuingSubwordPrefix *string
		EndOfWordSuffix         *string
	}
}

type hfPre struct {
	Type          string  `json:"type"`
	PreTokenizers []hfPre `json:"pretokenizers"`
	Pattern       struct {
		Regex  string  `json:"Regex"`
		String *string `json:"String"`
	} `json:"pattern"`
	Behavior       string `json:"behavior"`
	Invert         bool   `json:"invert"`
	AddPrefixSpace bool   `json:"add_prefix_space"`
	UseRegex       bool   `json:"use_regex"`
}

type hfPost struct {
	Type       string   `json:"type"`
	Processors []hfPost `json:"processors"`
	Single     []struct {
		SpecialToken *struct {
			ID string `json:"id"`
		} `json:"SpecialToken"`
	} `json:"single"`
}

// LoadFile reads a Hugging Face tokenizer.json, plain or gzip-compressed (recognised by content, not name).
// GGUF files are read with VocabFromMetadata or FromGGUF instead.
func LoadFile(path string, opts ...Option) (*Tokenizer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(4); len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("tokenizer: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	} else if string(magic) == "GGUF" {
		return nil, fmt.Errorf("%w: %s is a GGUF file: use FromGGUF", ErrUnsupported, path)
	}
	t, err := LoadHFJSON(r, opts...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// LoadHFJSON reads a Hugging Face tokenizer.json (see VocabFromHFJSON) and builds a Tokenizer. The file's
// model.ignore_merges is honoured for the LLaMA-3 and Qwen2 pre-tokenizers.
func LoadHFJSON(r io.Reader, opts ...Option) (*Tokenizer, error) {
	f, err := readHF(r)
	if err != nil {
		return nil, err
	}
	v, err := f.vocab()
	if err != nil {
		return nil, err
	}
	ignore := f.Model.IgnoreMerges
	return New(v, append([]Option{func(c *config) { c.ignoreMerges = &ignore }}, opts...)...)
}

// VocabFromHFJSON reads a Hugging Face tokenizer.json into a Vocab that can be written to GGUF. A byte-level BPE
// model (LLaMA-3, Qwen2 or GPT-2 style, recognised by its normalizer and pre_tokenizer; see preKinds) gives a
// "gpt2" Vocab with Pre naming the scheme ("llama-bpe", "qwen2", "gpt-2"); a BPE model with byte_fallback and
// LLaMA-2's or Gemma's normalizer and decoder gives a "llama" (SentencePiece) Vocab, scored from the merge ranks
// (see spmFromMerges), with no Pre and AddSpacePrefix as the normalizer says (see checkSPMScheme). Other files
// are ErrUnsupported. Model tokens are normal, special added tokens control and other added tokens user-defined
// (as llama.cpp's converter does); ids missing from the file become unused "[PAD<id>]" tokens.
// BOS is the first special token of a TemplateProcessing post-processor, else found by name
// (<|begin_of_text|>, <s>, <|startoftext|>, <bos>), as is EOS (<|end_of_text|>, </s>, <|endoftext|>, <eos>); AddBOS is set when
// the template adds BOS or, as llama.cpp does for it, the pre-tokenizer is LLaMA-3's. EOT is found by name as New
// does (<|eot_id|>, <|im_end|>, ...). PAD is <pad> in SentencePiece vocabularies, else -1; set it as needed.
func VocabFromHFJSON(r io.Reader) (Vocab, error) {
	f, err := readHF(r)
	if err != nil {
		return Vocab{}, err
	}
	return f.vocab()
}

// readHF parses tokenizer.json. model.vocab and model.merges (almost all of the file) are read by jsonScanner in
// one pass; the other values are small and go through encoding/json.
func readHF(r io.Reader) (*hfFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: reading tokenizer.json: %w", err)
	}
	var f hfFile
	m := &f.Model
	top := map[string]any{
		"added_tokens": &f.AddedTokens, "normalizer": &f.Normalizer,
		"pre_tokenizer": &f.PreTokenizer, "post_processor": &f.PostProcessor, "decoder": &f.Decoder,
	}
	model := map[string]any{
		"type": &m.Type, "ignore_merges": &m.IgnoreMerges, "byte_fallback": &m.ByteFallback, "dropout": &m.Dropout,
		"unk_token": &m.UnkToken, "continuing_subword_prefix": &m.ContinuingSubwordPrefix,
		"end_of_word_suffix": &m.EndOfWordSuffix,
	}
	s := jsonScanner{b: data}
	err = s.object(func(key string) error {
		if key == "model" {
			return s.object(func(key string) (err error) {
				switch key {
				case "vocab":
					m.Vocab, err = s.vocab()
				case "merges":
					m.Merges, err = s.merges()
				default:
					err = s.decodeInto(key, model[key])
				}
				return err
			})
		}
		return s.decodeInto(key, top[key])
	})
	if err == nil && s.peek() != 0 {
		err = fmt.Errorf("%w at offset %d: data after the top-level object", errJSONSyntax, s.i)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: tokenizer.json: %w", ErrInvalidVocab, err)
	}
	return &f, nil
}

// decodeInto reads the next value and, when dst is not nil, unmarshals it into dst with encoding/json; values
// nobody reads are still checked to be valid JSON.
func (s *jsonScanner) decodeInto(key string, dst any) error {
	raw, err := s.skipValue()
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	if dst == nil {
		if !json.Valid(raw) {
			return fmt.Errorf("%s: %w", key, errJSONSyntax)
		}
		return nil
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	return nil
}

func (f *hfFile) vocab() (Vocab, error) {
	m := &f.Model
	if m.Type != "BPE" {
		return Vocab{}, fmt.Errorf("%w: tokenizer.json model type %q", ErrUnsupported, m.Type)
	}
	if m.Dropout != nil && *m.Dropout != 0 || m.ContinuingSubwordPrefix != nil && *m.ContinuingSubwordPrefix != "" ||
		m.EndOfWordSuffix != nil && *m.EndOfWordSuffix != "" {
		return Vocab{}, fmt.Errorf("%w: tokenizer.json BPE options (dropout, affixes)", ErrUnsupported)
	}
	// byte_fallback marks a SentencePiece vocabulary converted to Hugging Face's BPE (LLaMA-2 and its
	// descendants); anything else here is byte-level BPE.
	var pre string
	var err error
	var prefix bool
	if m.ByteFallback {
		prefix, err = checkSPMScheme(f.Normalizer, f.Decoder, f.PreTokenizer)
	} else {
		pre, err = hfPreName(f.Normalizer, f.PreTokenizer)
	}
	if err != nil {
		return Vocab{}, err
	}

	size := int32(0)
	for _, p := range m.Vocab {
		if p.id < 0 {
			return Vocab{}, fmt.Errorf("%w: token %q has id %d", ErrInvalidVocab, p.s, p.id)
		}
		size = max(size, p.id+1)
	}
	for _, a := range f.AddedTokens {
		if a.ID < 0 {
			return Vocab{}, fmt.Errorf("%w: added token %q has id %d", ErrInvalidVocab, a.Content, a.ID)
		}
		size = max(size, a.ID+1)
	}
	// Missing ids become [PAD] tokens; a file may not use that to make the vocabulary more than twice its size.
	if defined := len(m.Vocab) + len(f.AddedTokens); int(size) > 2*defined+256 {
		return Vocab{}, fmt.Errorf("%w: token ids up to %d for %d tokens", ErrInvalidVocab, size-1, defined)
	}
	v := Vocab{
		Model: ModelGPT2, Tokens: make([]string, size), Types: make([]int32, size), Pre: pre,
		BOS: -1, EOS: -1, EOT: -1, UNK: -1, PAD: -1,
	}
	for _, p := range m.Vocab {
		if v.Types[p.id] != TypeUndefined {
			return Vocab{}, fmt.Errorf("%w: id %d used by %q and %q", ErrInvalidVocab, p.id, v.Tokens[p.id], p.s)
		}
		v.Tokens[p.id], v.Types[p.id] = p.s, TypeNormal
	}
	for _, a := range f.AddedTokens {
		if v.Types[a.ID] != TypeUndefined && v.Tokens[a.ID] != a.Content {
			return Vocab{}, fmt.Errorf("%w: id %d used by %q and %q", ErrInvalidVocab, a.ID, v.Tokens[a.ID], a.Content)
		}
		v.Tokens[a.ID], v.Types[a.ID] = a.Content, TypeUserDefined
		if a.Special {
			v.Types[a.ID] = TypeControl
		}
	}
	for i, ty := range v.Types {
		if ty == TypeUndefined {
			v.Tokens[i], v.Types[i] = fmt.Sprintf("[PAD%d]", i), TypeUnused
		}
	}
	v.Merges = m.Merges

	// find prefers special (control) tokens: Gemma's vocabulary also has "</s>" and "<s>" as non-special
	// added tokens, while its real EOS is the special <eos>.
	find := func(names []string) int32 {
		for _, control := range []bool{true, false} {
			for _, name := range names {
				for id, s := range v.Tokens {
					if s == name && (!control || v.Types[id] == TypeControl) {
						return int32(id)
					}
				}
			}
		}
		return -1
	}
	if bos := templateBOS(f.PostProcessor); bos != "" {
		v.BOS, v.AddBOS = find([]string{bos}), true
	} else {
		v.BOS = find(bosNames)
		v.AddBOS = v.BOS >= 0 && pre != "" && kindNamed(pre).addBOS
	}
	v.EOS = find(eosNames)
	v.EOT = find(eotNames)
	if m.ByteFallback {
		// SentencePiece models name their padding piece; llama.cpp's converter writes its id.
		v.PAD = find([]string{"<pad>"})
	}
	if m.UnkToken != nil {
		v.UNK = find([]string{*m.UnkToken})
	}
	if m.ByteFallback {
		spmFromMerges(&v, prefix)
	}
	return v, nil
}

// hfPreName recognises the byte-level schemes of preKinds in a tokenizer.json's normalizer and pre_tokenizer and
// names them as GGUF's tokenizer.ggml.pre.
func hfPreName(normalizer json.RawMessage, p *hfPre) (string, error) {
	nrm, err := parseNormalizer(normalizer)
	if err != nil {
		return "", err
	}
	var steps []hfPre
	if p != nil {
		steps = []hfPre{*p}
		if p.Type == "Sequence" {
			steps = p.PreTokenizers
		}
	}
	for i := range preKinds {
		k := &preKinds[i]
		var match bool
		if k.splitRegex != "" {
			match = len(steps) == 2 && steps[0].Type == "Split" && steps[0].Pattern.Regex == k.splitRegex &&
				steps[0].Behavior == "Isolated" && !steps[0].Invert &&
				steps[1].Type == "ByteLevel" && !steps[1].AddPrefixSpace && !steps[1].UseRegex
		} else if k.pre == PreGPT2 {
			match = len(steps) == 1 && steps[0].Type == "ByteLevel" && !steps[0].AddPrefixSpace && steps[0].UseRegex
		}
		if !match {
			continue
		}
		// The normalizer is part of the scheme: a GGUF file records only the name, so a file whose normalizer
		// differs from what the name implies cannot be converted faithfully.
		if want := k.nfc; want != (nrm.Type == "NFC") || !want && nrm.Type != "" {
			return "", fmt.Errorf("%w: tokenizer.json normalizer %s with the %s pre-tokenizer", ErrUnsupported, normalizer, k.pre)
		}
		return k.names[0], nil
	}
	desc, _ := json.Marshal(p)
	return "", fmt.Errorf("%w: tokenizer.json pre_tokenizer %s", ErrUnsupported, desc)
}

// hfNormalizer is the part of a tokenizer.json normalizer this package reads.
type hfNormalizer struct {
	Type        string         `json:"type"`
	Normalizers []hfNormalizer `json:"normalizers"`
	Prepend     string         `json:"prepend"`
	Pattern     struct {
		String *string `json:"String"`
	} `json:"pattern"`
	Content string `json:"content"`
}

// parseNormalizer reads a normalizer; null or absent gives the zero value.
func parseNormalizer(raw json.RawMessage) (hfNormalizer, error) {
	var n hfNormalizer
	if b := bytes.TrimSpace(raw); len(b) == 0 || string(b) == "null" {
		return n, nil
	}
	if err := json.Unmarshal(raw, &n); err != nil {
		return n, fmt.Errorf("%w: tokenizer.json normalizer: %w", ErrInvalidVocab, err)
	}
	if n.Type == "" {
		return n, fmt.Errorf("%w: tokenizer.json normalizer without a type", ErrInvalidVocab)
	}
	return n, nil
}

// templateBOS returns the special token a TemplateProcessing post-processor puts before a single sequence.
func templateBOS(p *hfPost) string {
	if p == nil {
		return ""
	}
	if p.Type == "Sequence" {
		for i := range p.Processors {
			if s := templateBOS(&p.Processors[i]); s != "" {
				return s
			}
		}
		return ""
	}
	if p.Type == "TemplateProcessing" && len(p.Single) > 0 && p.Single[0].SpecialToken != nil {
		return p.Single[0].SpecialToken.ID
	}
	return ""
}
