// Package tokenizer turns text into token ids and back for the byte-level BPE vocabularies used by BitNet b1.58
// models (LLaMA-3 style; Qwen2/Qwen3 style, with NFC normalization), and for SentencePiece-style ("llama")
// vocabularies such as LLaMA-2's.
//
// A Tokenizer is built from a Vocab (from GGUF metadata with VocabFromMetadata, or from a Hugging Face
// tokenizer.json with VocabFromHFJSON / LoadHFJSON / LoadFile). It is immutable after construction and safe for
// concurrent use by many goroutines.
//
// Byte-level ("gpt2") vocabularies follow Hugging Face tokenizers exactly by default: the scheme's normalizer and
// pre-tokenizer regex (implemented by hand, with the Unicode 16.0 classes of the Oniguruma engine that tokenizers
// uses; the schemes are listed in one table, preKinds), then BPE merges by rank, with ignore_merges where the
// scheme has it. PreLlamaCppDefault reproduces what bitnet.cpp does instead for GGUF files without a
// tokenizer.ggml.pre key (llama.cpp's default BPE regexes, no ignore_merges).
package tokenizer

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// Token types as stored in GGUF tokenizer.ggml.token_type.
const (
	TypeUndefined   int32 = 0 // treated as normal
	TypeNormal      int32 = 1
	TypeUnknown     int32 = 2
	TypeControl     int32 = 3
	TypeUserDefined int32 = 4
	TypeUnused      int32 = 5
	TypeByte        int32 = 6
)

// Vocabulary model names (GGUF tokenizer.ggml.model).
const (
	ModelGPT2  = "gpt2"  // byte-level BPE
	ModelLlama = "llama" // SentencePiece BPE (scores, ▁ for spaces, <0xXX> byte fallback)
)

// Errors returned (wrapped) by the constructors; test with errors.Is.
var (
	// ErrInvalidVocab reports a vocabulary that is inconsistent: unknown merge parts, ids out of range, duplicates.
	ErrInvalidVocab = errors.New("tokenizer: invalid vocabulary")
	// ErrUnsupported reports a vocabulary model, pre-tokenizer or file layout this package does not implement.
	ErrUnsupported = errors.New("tokenizer: unsupported")
)

// Vocab is the plain description of a vocabulary, as stored in GGUF metadata. New validates it.
type Vocab struct {
	Model  string    // "gpt2" (byte-level BPE) or "llama" (SentencePiece)
	Tokens []string  // token strings as stored (byte-level mapped for gpt2, ▁ for spaces for llama)
	Types  []int32   // token types (Type* constants); nil means all normal
	Scores []float32 // SentencePiece merge scores; nil means all zero
	Merges []string  // gpt2 only: "left right", in rank order

	BOS, EOS, EOT, UNK, PAD int32 // -1 when absent; New fills EOT from well-known names when it is -1
	AddBOS                  bool  // the model expects BOS at the start of a prompt
	AddEOS                  bool  // the model expects EOS at the end of an input (embedding models that pool the last token)

	Pre string // tokenizer.ggml.pre value, "" when absent

	// AddSpacePrefix applies to "llama" vocabularies only: prefix the text (and the text after each special token)
	// with a space, as SentencePiece's add_dummy_prefix. VocabFromMetadata sets it from
	// tokenizer.ggml.add_space_prefix, default true; set it yourself when you build a Vocab literal.
	AddSpacePrefix bool
}

// PreTokenizer selects how byte-level BPE text is split into words before merging.
type PreTokenizer int

const (
	// PreAuto picks from Vocab.Pre: "llama-bpe", "llama3", "llama-v3", "falcon3", "falcon_e" and "" (absent) give
	// PreLlama3, "qwen2" and "deepseek-r1-qwen" PreQwen2, "default" PreLlamaCppDefault, "gpt-2" PreGPT2; anything
	// else is ErrUnsupported.
	PreAuto PreTokenizer = iota
	// PreLlama3 is Hugging Face's LLaMA-3 pre-tokenizer with ignore_merges: the model's training truth.
	PreLlama3
	// PreLlamaCppDefault is llama.cpp's LLAMA_VOCAB_PRE_TYPE_DEFAULT (what bitnet.cpp uses for a GGUF without
	// tokenizer.ggml.pre): four regexes applied in turn, no ignore_merges. A compatibility mode.
	PreLlamaCppDefault
	// PreGPT2 is the GPT-2 regex 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+.
	PreGPT2
	// PreQwen2 is Hugging Face's Qwen2 / Qwen2.5 / Qwen3 scheme: NFC normalization, then LLaMA-3's regex with
	// single digits. Merges are ignored only when a tokenizer.json says so (llama.cpp never ignores them here).
	PreQwen2
)

// String returns the pre-tokenizer's name.
func (p PreTokenizer) String() string {
	switch p {
	case PreAuto:
		return "auto"
	case PreLlama3:
		return "llama3"
	case PreLlamaCppDefault:
		return "llamacpp-default"
	case PreGPT2:
		return "gpt2"
	case PreQwen2:
		return "qwen2"
	}
	return fmt.Sprintf("PreTokenizer(%d)", int(p))
}

type config struct {
	pre          PreTokenizer
	ignoreMerges *bool // from tokenizer.json; nil means the scheme's default (preKind.ignoreMergesDefault)
}

// Option configures New and the loaders.
type Option func(*config)

// WithPreTokenizer overrides the pre-tokenizer chosen from Vocab.Pre. It has no effect on "llama" vocabularies.
func WithPreTokenizer(p PreTokenizer) Option { return func(c *config) { c.pre = p } }

// EncodeOptions controls one Encode call.
type EncodeOptions struct {
	// AddBOS prepends the BOS token (when the vocabulary has one). Pass Tokenizer.AddBOS() to follow the model.
	AddBOS bool
	// AddEOS appends the EOS token (when the vocabulary has one). Pass Tokenizer.AddEOS() to follow the model.
	AddEOS bool
	// ParseSpecial matches control tokens (such as <|eot_id|>) written in the text as single tokens. Without it their
	// text is tokenized as ordinary text. User-defined tokens are always matched, as Hugging Face and llama.cpp do.
	ParseSpecial bool
}

// Tokenizer encodes and decodes text. It is immutable and safe for concurrent use.
type Tokenizer struct {
	v         Vocab // copy of the input; EOT filled in
	spm       bool  // "llama" vocabulary
	pre       PreTokenizer
	kind      *preKind // pre's entry in preKinds (nil for "llama" vocabularies)
	ignoreBPE bool     // ignore_merges: a whole pre-token found in the vocabulary is emitted directly

	types     []int32          // per id, never nil
	tokenToID map[string]int32 // token string as stored -> id

	// What each token decodes to (the bytes of a normal token, the text of a special one), all in one string:
	// token i is decoded[decodedOff[i]:decodedOff[i+1]].
	decoded    string
	decodedOff []uint32

	// byte-level BPE
	byteToID [256]int32          // id of the single-byte token for each byte
	merges   map[uint64]mergeRes // (left id, right id) -> rank and result

	// SentencePiece
	scores  []float32
	byteTok [256]int32 // <0xXX> tokens, -1 when absent

	specials  specialTrie
	hasAlways bool // some special token is matched even without ParseSpecial
}

type mergeRes struct {
	rank int32
	id   int32
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// eotNames are the texts llama.cpp recognises as end-of-turn when a file does not name one.
var eotNames = []string{"<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|endoftext|>", "<EOT>", "<｜end▁of▁sentence｜>"}

// New validates v and builds a Tokenizer. The Vocab's slices are copied.
func New(v Vocab, opts ...Option) (*Tokenizer, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	v = cloneVocab(v)
	n := len(v.Tokens)
	if n == 0 {
		return nil, fmt.Errorf("%w: no tokens", ErrInvalidVocab)
	}
	if n > 1<<31-1 {
		return nil, fmt.Errorf("%w: %d tokens", ErrInvalidVocab, n)
	}
	if v.Types != nil && len(v.Types) != n {
		return nil, fmt.Errorf("%w: %d token types for %d tokens", ErrInvalidVocab, len(v.Types), n)
	}
	if v.Scores != nil && len(v.Scores) != n {
		return nil, fmt.Errorf("%w: %d scores for %d tokens", ErrInvalidVocab, len(v.Scores), n)
	}
	for _, s := range []struct {
		name string
		id   int32
	}{{"bos", v.BOS}, {"eos", v.EOS}, {"eot", v.EOT}, {"unk", v.UNK}, {"pad", v.PAD}} {
		if s.id < -1 || s.id >= int32(n) {
			return nil, fmt.Errorf("%w: %s id %d out of range [0,%d)", ErrInvalidVocab, s.name, s.id, n)
		}
	}

	t := &Tokenizer{v: v, types: make([]int32, n), tokenToID: make(map[string]int32, n)}
	for i, s := range v.Tokens {
		if t.tokenToID[s] = int32(i); len(t.tokenToID) != i+1 {
			return nil, fmt.Errorf("%w: duplicate token %q at id %d", ErrInvalidVocab, s, i)
		}
		ty := TypeNormal
		if v.Types != nil && v.Types[i] != TypeUndefined {
			ty = v.Types[i]
		}
		if ty < TypeNormal || ty > TypeByte {
			return nil, fmt.Errorf("%w: token %d has type %d", ErrInvalidVocab, i, ty)
		}
		t.types[i] = ty
	}
	if t.v.EOT < 0 {
		for _, name := range eotNames {
			if id, ok := t.tokenToID[name]; ok {
				t.v.EOT = id
				break
			}
		}
	}

	var err error
	switch v.Model {
	case ModelGPT2:
		err = t.initBPE(cfg)
	case ModelLlama:
		err = t.initSPM()
	default:
		err = fmt.Errorf("%w: tokenizer model %q", ErrUnsupported, v.Model)
	}
	if err != nil {
		return nil, err
	}
	t.initSpecials()
	return t, nil
}

// cloneVocab deep-copies v. The token strings are copied into one block: the maps keyed by them then compare keys
// within a megabyte or so of memory, which makes loading a large vocabulary markedly faster.
func cloneVocab(v Vocab) Vocab {
	size := 0
	for _, s := range v.Tokens {
		size += len(s)
	}
	var b strings.Builder
	b.Grow(size)
	for _, s := range v.Tokens {
		b.WriteString(s)
	}
	all := b.String()
	tokens := make([]string, len(v.Tokens))
	off := 0
	for i, s := range v.Tokens {
		tokens[i] = all[off : off+len(s)]
		off += len(s)
	}
	v.Tokens = tokens
	if v.Types != nil {
		v.Types = append([]int32(nil), v.Types...)
	}
	if v.Scores != nil {
		v.Scores = append([]float32(nil), v.Scores...)
	}
	if v.Merges != nil {
		v.Merges = append([]string(nil), v.Merges...)
	}
	return v
}

// resolvePre maps Vocab.Pre to a pre-tokenizer when the caller asked for PreAuto.
func resolvePre(p PreTokenizer, pre string) (PreTokenizer, error) {
	if p != PreAuto {
		if kindOf(p) == nil {
			return 0, fmt.Errorf("%w: pre-tokenizer %v", ErrUnsupported, p)
		}
		return p, nil
	}
	if pre == "" {
		return PreLlama3, nil
	}
	if k := kindNamed(pre); k != nil {
		return k.pre, nil
	}
	return 0, fmt.Errorf("%w: tokenizer.ggml.pre %q", ErrUnsupported, pre)
}

func (t *Tokenizer) initBPE(cfg config) error {
	pre, err := resolvePre(cfg.pre, t.v.Pre)
	if err != nil {
		return err
	}
	t.pre, t.kind = pre, kindOf(pre)
	// llama.cpp applies ignore_merges only with the LLaMA-3 pre-tokenizer (so never in its default mode); a
	// tokenizer.json says so itself.
	t.ignoreBPE = t.kind.ignoreMergesDefault
	if cfg.ignoreMerges != nil {
		t.ignoreBPE = *cfg.ignoreMerges
	}
	t.ignoreBPE = t.ignoreBPE && t.kind.mayIgnoreMerges

	t.buildDecoded(func(dst []byte, i int) []byte {
		switch t.types[i] {
		case TypeNormal, TypeByte:
			return appendUnmapped(dst, t.v.Tokens[i])
		case TypeUnused:
			return dst
		}
		return append(dst, t.v.Tokens[i]...)
	})
	for b := range 256 {
		id, ok := t.tokenToID[string(byteRune[b])]
		if !ok {
			return fmt.Errorf("%w: no token for byte 0x%02x (%q)", ErrInvalidVocab, b, string(byteRune[b]))
		}
		t.byteToID[b] = id
	}

	res, err := t.resolveMerges()
	if err != nil {
		return err
	}
	t.merges = make(map[uint64]mergeRes, len(res))
	for rank := len(res) - 1; rank >= 0; rank-- { // backwards, so the lowest rank of a repeated pair wins
		m := res[rank]
		t.merges[pairKey(m[0], m[1])] = mergeRes{rank: int32(rank), id: m[2]}
	}
	return nil
}

// resolveMerges returns the ids of the left part, the right part and the result of every merge. The lookups are
// the bulk of loading a large vocabulary, so they are spread over GOMAXPROCS goroutines (the map is only read).
func (t *Tokenizer) resolveMerges() ([][3]int32, error) {
	res := make([][3]int32, len(t.v.Merges))
	workers := min(runtime.GOMAXPROCS(0), 1+len(res)/16384)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(res)/workers, (w+1)*len(res)/workers
		wg.Go(func() {
			buf := make([]byte, 0, 64)
			for rank := lo; rank < hi; rank++ {
				m := t.v.Merges[rank]
				// Split at the first space after the first byte, as llama.cpp does: a left part may start with a
				// space.
				sp := -1
				if len(m) > 1 {
					sp = strings.IndexByte(m[1:], ' ')
				}
				if sp < 0 {
					errs[w] = fmt.Errorf("%w: merge %d %q has no separator", ErrInvalidVocab, rank, m)
					return
				}
				a, b := m[:sp+1], m[sp+2:]
				buf = append(append(buf[:0], a...), b...)
				ia, oka := t.tokenToID[a]
				ib, okb := t.tokenToID[b]
				ic, okc := t.tokenToID[string(buf)]
				if !oka || !okb || !okc {
					errs[w] = fmt.Errorf("%w: merge %d %q refers to a token not in the vocabulary", ErrInvalidVocab, rank, m)
					return
				}
				res[rank] = [3]int32{ia, ib, ic}
			}
		})
	}
	wg.Wait()
	return res, errors.Join(errs...)
}

// buildDecoded fills decoded and decodedOff with what appendText appends for each token.
func (t *Tokenizer) buildDecoded(appendText func(dst []byte, i int) []byte) {
	n := len(t.v.Tokens)
	size := 0
	for _, s := range t.v.Tokens {
		size += len(s)
	}
	buf := make([]byte, 0, size)
	t.decodedOff = make([]uint32, n+1)
	for i := range n {
		buf = appendText(buf, i)
		t.decodedOff[i+1] = uint32(len(buf))
	}
	t.decoded = string(buf)
}

func (t *Tokenizer) initSPM() error {
	t.spm = true
	n := len(t.v.Tokens)
	t.scores = t.v.Scores
	if t.scores == nil {
		t.scores = make([]float32, n)
	}
	for i := range t.byteTok {
		t.byteTok[i] = -1
	}
	for i, s := range t.v.Tokens {
		if t.types[i] != TypeByte {
			continue
		}
		b, ok := parseByteToken(s)
		if !ok {
			return fmt.Errorf("%w: byte token %d is %q, want <0xXX>", ErrInvalidVocab, i, s)
		}
		if t.byteTok[b] < 0 {
			t.byteTok[b] = int32(i)
		}
	}
	t.buildDecoded(func(dst []byte, i int) []byte {
		s := t.v.Tokens[i]
		switch t.types[i] {
		case TypeNormal, TypeUserDefined:
			// Hugging Face's SentencePiece decoders turn "▁" into a space in added tokens too (Gemma's
			// user-defined runs of "▁"); llama.cpp copies user-defined tokens verbatim. This follows Hugging Face.
			return append(dst, strings.ReplaceAll(s, "▁", " ")...)
		case TypeByte:
			b, _ := parseByteToken(s)
			return append(dst, b)
		case TypeUnused:
			return dst
		}
		return append(dst, s...)
	})
	return nil
}

// parseByteToken parses SentencePiece's "<0xXX>".
func parseByteToken(s string) (byte, bool) {
	if len(s) != 6 || s[:3] != "<0x" || s[5] != '>' {
		return 0, false
	}
	var v byte
	for _, c := range []byte(s[3:5]) {
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | (c - '0')
		case c >= 'A' && c <= 'F':
			v = v<<4 | (c - 'A' + 10)
		case c >= 'a' && c <= 'f':
			v = v<<4 | (c - 'a' + 10)
		default:
			return 0, false
		}
	}
	return v, true
}

// initSpecials collects the tokens matched as a whole in input text: control and unknown tokens (only with
// ParseSpecial) and user-defined tokens (always), like llama.cpp's tokenizer_st_partition.
func (t *Tokenizer) initSpecials() {
	for i, ty := range t.types {
		if ty == TypeControl || ty == TypeUnknown || ty == TypeUserDefined {
			always := ty == TypeUserDefined
			t.specials.add(t.v.Tokens[i], int32(i), always)
			t.hasAlways = t.hasAlways || always
		}
	}
}

// VocabSize returns the number of tokens.
func (t *Tokenizer) VocabSize() int { return len(t.v.Tokens) }

// BOS returns the beginning-of-text token id, or -1.
func (t *Tokenizer) BOS() int32 { return t.v.BOS }

// EOS returns the end-of-text token id, or -1.
func (t *Tokenizer) EOS() int32 { return t.v.EOS }

// EOT returns the end-of-turn token id (such as <|eot_id|>), or -1.
func (t *Tokenizer) EOT() int32 { return t.v.EOT }

// AddBOS reports whether the model expects a BOS token at the start of a prompt.
func (t *Tokenizer) AddBOS() bool { return t.v.AddBOS }

// AddEOS reports whether the model expects an EOS token at the end of an input
// (tokenizer.ggml.add_eos_token; set for BitNet-embedding, whose last-token
// pooling reads the hidden state of that EOS).
func (t *Tokenizer) AddEOS() bool { return t.v.AddEOS }

// PreTokenizer returns the pre-tokenizer in use (PreAuto resolved). It is meaningless for "llama" vocabularies.
func (t *Tokenizer) PreTokenizer() PreTokenizer { return t.pre }

// IsControl reports whether id is a control token (type 3), such as <|begin_of_text|> or <|eot_id|>.
func (t *Tokenizer) IsControl(id int32) bool {
	return id >= 0 && int(id) < len(t.types) && t.types[id] == TypeControl
}

// TokenType returns the type of id (Type* constants), or TypeUndefined when id is out of range.
func (t *Tokenizer) TokenType(id int32) int32 {
	if id < 0 || int(id) >= len(t.types) {
		return TypeUndefined
	}
	return t.types[id]
}

// TokenID looks a token up by its exact vocabulary string (for example "<|eot_id|>" or "Ġworld").
func (t *Tokenizer) TokenID(piece string) (int32, bool) {
	id, ok := t.tokenToID[piece]
	return id, ok
}

// Token returns the vocabulary string of id as stored (byte-level mapped or with ▁).
func (t *Tokenizer) Token(id int32) (string, bool) {
	if id < 0 || int(id) >= len(t.v.Tokens) {
		return "", false
	}
	return t.v.Tokens[id], true
}

// TokenText returns the text one token stands for: its bytes (possibly an incomplete UTF-8 sequence) for normal
// and byte tokens, its literal text for control, unknown and user-defined tokens, "" for unused tokens.
// It reports false when id is out of range.
func (t *Tokenizer) TokenText(id int32) (string, bool) {
	if id < 0 || int(id) >= len(t.types) {
		return "", false
	}
	return t.decoded[t.decodedOff[id]:t.decodedOff[id+1]], true
}

// Vocab returns a copy of the vocabulary (EOT filled in when New found it by name), for example to write a GGUF.
func (t *Tokenizer) Vocab() Vocab { return cloneVocab(t.v) }
