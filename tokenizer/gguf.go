package tokenizer

import (
	"fmt"
	"math"
)

// Metadata is the read access to GGUF key/value metadata that VocabFromMetadata needs. Getters return an error
// when the key is missing or has another type.
type Metadata interface {
	String(key string) (string, error)
	Strings(key string) ([]string, error)
	Int32s(key string) ([]int32, error)
	Float32s(key string) ([]float32, error)
	Uint32(key string) (uint32, error)
	Bool(key string) (bool, error)
	Has(key string) bool
}

// GGUF metadata keys of the tokenizer.
const (
	KeyModel          = "tokenizer.ggml.model"
	KeyPre            = "tokenizer.ggml.pre"
	KeyTokens         = "tokenizer.ggml.tokens"
	KeyTokenType      = "tokenizer.ggml.token_type"
	KeyScores         = "tokenizer.ggml.scores"
	KeyMerges         = "tokenizer.ggml.merges"
	KeyBOS            = "tokenizer.ggml.bos_token_id"
	KeyEOS            = "tokenizer.ggml.eos_token_id"
	KeyEOT            = "tokenizer.ggml.eot_token_id"
	KeyUNK            = "tokenizer.ggml.unknown_token_id"
	KeyPAD            = "tokenizer.ggml.padding_token_id"
	KeyAddBOS         = "tokenizer.ggml.add_bos_token"
	KeyAddEOS         = "tokenizer.ggml.add_eos_token"
	KeyAddSpacePrefix = "tokenizer.ggml.add_space_prefix"
)

// FromGGUF builds a Tokenizer from GGUF metadata: VocabFromMetadata then New.
func FromGGUF(md Metadata, opts ...Option) (*Tokenizer, error) {
	v, err := VocabFromMetadata(md)
	if err != nil {
		return nil, err
	}
	return New(v, opts...)
}

// VocabFromMetadata reads the tokenizer keys of a GGUF file. Absent optional keys get llama.cpp's defaults:
// special ids -1 (for "llama" vocabularies BOS 1, EOS 2 and UNK 0 when the vocabulary is that large), AddBOS true
// for "llama" vocabularies and the LLaMA-3 pre-tokenizer names, AddSpacePrefix true for "llama" vocabularies.
func VocabFromMetadata(md Metadata) (Vocab, error) {
	var v Vocab
	var err error
	if v.Model, err = md.String(KeyModel); err != nil {
		return Vocab{}, fmt.Errorf("tokenizer: %s: %w", KeyModel, err)
	}
	if v.Tokens, err = md.Strings(KeyTokens); err != nil {
		return Vocab{}, fmt.Errorf("tokenizer: %s: %w", KeyTokens, err)
	}
	optional := []struct {
		key  string
		read func() error
	}{
		{KeyTokenType, func() (err error) { v.Types, err = md.Int32s(KeyTokenType); return }},
		{KeyScores, func() (err error) { v.Scores, err = md.Float32s(KeyScores); return }},
		{KeyMerges, func() (err error) { v.Merges, err = md.Strings(KeyMerges); return }},
		{KeyPre, func() (err error) { v.Pre, err = md.String(KeyPre); return }},
	}
	for _, o := range optional {
		if md.Has(o.key) {
			if err := o.read(); err != nil {
				return Vocab{}, fmt.Errorf("tokenizer: %s: %w", o.key, err)
			}
		}
	}
	spm := v.Model == ModelLlama
	n := int32(len(v.Tokens))
	ids := []struct {
		key  string
		dst  *int32
		dflt int32 // llama.cpp's default for "llama" vocabularies
	}{{KeyBOS, &v.BOS, 1}, {KeyEOS, &v.EOS, 2}, {KeyEOT, &v.EOT, -1}, {KeyUNK, &v.UNK, 0}, {KeyPAD, &v.PAD, -1}}
	for _, s := range ids {
		*s.dst = -1
		if !md.Has(s.key) {
			if spm && s.dflt < n {
				*s.dst = s.dflt
			}
			continue
		}
		u, err := md.Uint32(s.key)
		if err != nil {
			return Vocab{}, fmt.Errorf("tokenizer: %s: %w", s.key, err)
		}
		if u > math.MaxInt32 {
			return Vocab{}, fmt.Errorf("%w: %s = %d", ErrInvalidVocab, s.key, u)
		}
		*s.dst = int32(u)
	}
	flags := []struct {
		key  string
		dst  *bool
		dflt bool
	}{
		{KeyAddBOS, &v.AddBOS, spm || kindNamed(v.Pre) != nil && kindNamed(v.Pre).addBOS},
		{KeyAddSpacePrefix, &v.AddSpacePrefix, spm},
		{KeyAddEOS, &v.AddEOS, false},
	}
	for _, f := range flags {
		*f.dst = f.dflt
		if md.Has(f.key) {
			if *f.dst, err = md.Bool(f.key); err != nil {
				return Vocab{}, fmt.Errorf("tokenizer: %s: %w", f.key, err)
			}
		}
	}
	return v, nil
}
