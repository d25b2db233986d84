package tokenizer

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mapped is the byte-level token string of raw text.
func mapped(s string) string { return string(appendMapped(nil, s)) }

// byteLevelVocab builds a small GPT-2 style vocabulary: the 256 byte tokens (ids 0-255, in byte order), one token
// per merge result in merge order (ids 256...), then extra tokens. Merges are given as raw text pairs.
func byteLevelVocab(merges [][2]string, extra ...string) Vocab {
	v := Vocab{Model: ModelGPT2, BOS: -1, EOS: -1, EOT: -1, UNK: -1, PAD: -1, Pre: "llama-bpe"}
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			v.Tokens = append(v.Tokens, s)
		}
	}
	for b := range 256 {
		add(string(byteRune[b]))
	}
	for _, m := range merges {
		v.Merges = append(v.Merges, mapped(m[0])+" "+mapped(m[1]))
		add(mapped(m[0] + m[1]))
	}
	for _, e := range extra {
		add(e)
	}
	return v
}

func mustNew(t *testing.T, v Vocab, opts ...Option) *Tokenizer {
	t.Helper()
	tk, err := New(v, opts...)
	require.NoError(t, err)
	return tk
}

func TestModelSampleIDs(t *testing.T) {
	tk := llama3(t)
	assert.Equal(t, []int32{9906, 1917, 0}, tk.Encode("Hello world!", EncodeOptions{}))
	assert.Equal(t, []int32{9906, 6631, 7099}, tk.Encode("Hello BitNet", EncodeOptions{}))
	assert.Equal(t, []int32{128000, 9906, 1917, 0}, tk.Encode("Hello world!", EncodeOptions{AddBOS: tk.AddBOS()}))
	assert.Equal(t, 128256, tk.VocabSize())
	assert.Equal(t, int32(128000), tk.BOS())
	assert.Equal(t, int32(128001), tk.EOS())
	assert.Equal(t, int32(128009), tk.EOT())
	assert.True(t, tk.AddBOS())
	assert.Equal(t, PreLlama3, tk.PreTokenizer())
	assert.True(t, tk.IsControl(128009))
	assert.False(t, tk.IsControl(9906))
	assert.False(t, tk.IsControl(-1))
	assert.False(t, tk.IsControl(1<<30))
	id, ok := tk.TokenID("<|eot_id|>")
	assert.True(t, ok)
	assert.Equal(t, int32(128009), id)
	id, ok = tk.TokenID("Ġworld")
	assert.True(t, ok)
	assert.Equal(t, int32(1917), id)
	_, ok = tk.TokenID(" world") // the vocabulary stores byte-level strings
	assert.False(t, ok)
	text, ok := tk.TokenText(1917)
	assert.True(t, ok)
	assert.Equal(t, " world", text)
	text, ok = tk.TokenText(128009)
	assert.True(t, ok)
	assert.Equal(t, "<|eot_id|>", text)
	_, ok = tk.TokenText(128256)
	assert.False(t, ok)
	tok, ok := tk.Token(1917)
	assert.True(t, ok)
	assert.Equal(t, "Ġworld", tok)
}

func TestBPEMergeOrder(t *testing.T) {
	// "abc" with merges ranked (b,c) before (a,b): bc merges first, then a+bc if that merge exists.
	v := byteLevelVocab([][2]string{{"b", "c"}, {"a", "b"}, {"a", "bc"}})
	tk := mustNew(t, v)
	id := func(s string) int32 { i, ok := tk.TokenID(mapped(s)); require.True(t, ok, s); return i }
	assert.Equal(t, []int32{id("abc")}, tk.Encode("abc", EncodeOptions{}))
	assert.Equal(t, []int32{id("ab"), id("ab")}, tk.Encode("abab", EncodeOptions{}))

	// Equal ranks (the same pair twice): leftmost first, so "aaa" is "aa" + "a".
	v = byteLevelVocab([][2]string{{"a", "a"}})
	tk = mustNew(t, v)
	aa, _ := tk.TokenID(mapped("aa"))
	assert.Equal(t, []int32{aa, 'a'}, tk.Encode("aaa", EncodeOptions{}))
	assert.Equal(t, []int32{aa, aa}, tk.Encode("aaaa", EncodeOptions{}))
}

func TestIgnoreMerges(t *testing.T) {
	// "abc" is in the vocabulary but no merge builds it from a, b, c: with ignore_merges (PreLlama3) the whole
	// pre-token is emitted, without it (PreLlamaCppDefault) BPE gives "ab" + "c".
	v := byteLevelVocab([][2]string{{"a", "b"}}, mapped("abc"))
	l3 := mustNew(t, v, WithPreTokenizer(PreLlama3))
	def := mustNew(t, v, WithPreTokenizer(PreLlamaCppDefault))
	abc, _ := l3.TokenID(mapped("abc"))
	ab, _ := l3.TokenID(mapped("ab"))
	assert.Equal(t, []int32{abc}, l3.Encode("abc", EncodeOptions{}))
	assert.Equal(t, []int32{ab, 'c'}, def.Encode("abc", EncodeOptions{}))
}

func TestSpecialTokens(t *testing.T) {
	v := byteLevelVocab(nil, "<|bos|>", "<|eot|>", "<|eot|>x", "<tool>", "<tool>x")
	v.Types = make([]int32, len(v.Tokens))
	for i := range v.Types {
		v.Types[i] = TypeNormal
	}
	n := len(v.Tokens)
	bos, eot, eotx, tool, toolx := int32(n-5), int32(n-4), int32(n-3), int32(n-2), int32(n-1)
	v.Types[bos], v.Types[eot], v.Types[eotx], v.Types[tool] = TypeControl, TypeControl, TypeControl, TypeUserDefined
	v.Types[toolx] = TypeControl
	v.BOS = bos
	tk := mustNew(t, v)
	assert.Equal(t, int32(-1), tk.EOT(), "no EOT id given and none of the known names")

	plain := func(s string) []int32 {
		var out []int32
		for i := 0; i < len(s); i++ {
			out = append(out, int32(s[i]))
		}
		return out
	}
	// Control tokens only with ParseSpecial; the longest match wins; user-defined tokens always.
	assert.Equal(t, plain("a<|eot|>"), tk.Encode("a<|eot|>", EncodeOptions{}))
	assert.Equal(t, []int32{'a', eot}, tk.Encode("a<|eot|>", EncodeOptions{ParseSpecial: true}))
	assert.Equal(t, []int32{eotx, 'y'}, tk.Encode("<|eot|>xy", EncodeOptions{ParseSpecial: true}))
	assert.Equal(t, append([]int32{tool}, plain("<|bos|>")...), tk.Encode("<tool><|bos|>", EncodeOptions{}))
	assert.Equal(t, []int32{bos, tool, bos}, tk.Encode("<tool><|bos|>", EncodeOptions{AddBOS: true, ParseSpecial: true}))
	// The longest token that may be matched: a control token only with ParseSpecial.
	assert.Equal(t, []int32{tool, 'x', 'y'}, tk.Encode("<tool>xy", EncodeOptions{}))
	assert.Equal(t, []int32{toolx, 'y'}, tk.Encode("<tool>xy", EncodeOptions{ParseSpecial: true}))
	assert.Equal(t, append(plain("<|eo"), eot), tk.Encode("<|eo<|eot|>", EncodeOptions{ParseSpecial: true}))
	assert.Equal(t, []int32{bos}, tk.Encode("", EncodeOptions{AddBOS: true}))
	assert.Empty(t, tk.Encode("", EncodeOptions{}))

	// Control tokens decode to "" unless asked; user-defined ones to their text.
	ids := []int32{bos, 'h', 'i', eot, tool}
	assert.Equal(t, "hi<tool>", tk.Decode(ids))
	assert.Equal(t, "<|bos|>hi<|eot|><tool>", tk.DecodeWith(ids, DecodeOptions{Special: true}))
}

func TestEOTByName(t *testing.T) {
	v := byteLevelVocab(nil, "<|im_end|>")
	tk := mustNew(t, v)
	assert.Equal(t, int32(len(v.Tokens)-1), tk.EOT())
	assert.Equal(t, int32(len(v.Tokens)-1), tk.Vocab().EOT)
	v.EOT = 5
	assert.Equal(t, int32(5), mustNew(t, v).EOT(), "an explicit EOT wins")
}

func TestNewValidation(t *testing.T) {
	base := func() Vocab { return byteLevelVocab([][2]string{{"a", "b"}}) }
	tests := []struct {
		name   string
		edit   func(v *Vocab)
		target error
	}{
		{"no tokens", func(v *Vocab) { v.Tokens = nil }, ErrInvalidVocab},
		{"types length", func(v *Vocab) { v.Types = []int32{1} }, ErrInvalidVocab},
		{"scores length", func(v *Vocab) { v.Scores = []float32{1} }, ErrInvalidVocab},
		{"bad type", func(v *Vocab) { v.Types = make([]int32, len(v.Tokens)); v.Types[3] = 9 }, ErrInvalidVocab},
		{"bos out of range", func(v *Vocab) { v.BOS = int32(len(v.Tokens)) }, ErrInvalidVocab},
		{"eos negative", func(v *Vocab) { v.EOS = -2 }, ErrInvalidVocab},
		{"duplicate token", func(v *Vocab) { v.Tokens = append(v.Tokens, v.Tokens[7]) }, ErrInvalidVocab},
		{"merge without space", func(v *Vocab) { v.Merges = append(v.Merges, "ab") }, ErrInvalidVocab},
		{"merge of unknown token", func(v *Vocab) { v.Merges = append(v.Merges, "zz q") }, ErrInvalidVocab},
		{"merge result unknown", func(v *Vocab) { v.Merges = append(v.Merges, "b c") }, ErrInvalidVocab},
		{"missing byte token", func(v *Vocab) { v.Tokens[0] = "something else" }, ErrInvalidVocab},
		{"unknown model", func(v *Vocab) { v.Model = "bert" }, ErrUnsupported},
		{"unknown pre", func(v *Vocab) { v.Pre = "chameleon" }, ErrUnsupported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := base()
			tc.edit(&v)
			_, err := New(v)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.target), "%v", err)
		})
	}
	_, err := New(base(), WithPreTokenizer(PreTokenizer(42)))
	assert.ErrorIs(t, err, ErrUnsupported)
}

func TestResolvePre(t *testing.T) {
	for pre, want := range map[string]PreTokenizer{"": PreLlama3, "llama3": PreLlama3, "llama-v3": PreLlama3,
		"llama-bpe": PreLlama3, "default": PreLlamaCppDefault, "gpt-2": PreGPT2} {
		v := byteLevelVocab(nil)
		v.Pre = pre
		assert.Equal(t, want, mustNew(t, v).PreTokenizer(), "%q", pre)
		assert.Equal(t, PreGPT2, mustNew(t, v, WithPreTokenizer(PreGPT2)).PreTokenizer(), "%q", pre)
	}
	assert.Equal(t, "llamacpp-default", PreLlamaCppDefault.String())
	assert.Equal(t, "PreTokenizer(9)", PreTokenizer(9).String())
}

func TestVocabIsACopy(t *testing.T) {
	v := byteLevelVocab([][2]string{{"a", "b"}})
	tk := mustNew(t, v)
	v.Tokens[0] = "changed"
	got := tk.Vocab()
	assert.Equal(t, string(byteRune[0]), got.Tokens[0])
	got.Tokens[1] = "changed too"
	again := tk.Vocab()
	assert.Equal(t, string(byteRune[1]), again.Tokens[1])
}

// TestRoundTripLlama3 is the property decode(encode(s)) == s on random text, and for invalid UTF-8 the exact bytes
// come back from AppendBytes (byte-level BPE encodes every byte).
func TestRoundTripLlama3(t *testing.T) {
	tk := llama3(t)
	def, err := New(tk.Vocab(), WithPreTokenizer(PreLlamaCppDefault))
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 2000 {
		s := randomText(r, i%3 == 2)
		for _, k := range []*Tokenizer{tk, def} {
			ids := k.Encode(s, EncodeOptions{})
			assert.Equal(t, s, string(k.AppendBytes(nil, ids, DecodeOptions{})), "%q", s)
			if utf8.ValidString(s) {
				assert.Equal(t, s, k.Decode(ids), "%q", s)
				assert.Equal(t, s, k.DecodeWith(k.Encode(s, EncodeOptions{ParseSpecial: true}), DecodeOptions{Special: true}), "%q", s)
			}
		}
	}
	// Any bytes at all.
	for range 500 {
		b := make([]byte, r.IntN(64))
		for j := range b {
			b[j] = byte(r.IntN(256))
		}
		assert.Equal(t, string(b), string(tk.AppendBytes(nil, tk.Encode(string(b), EncodeOptions{}), DecodeOptions{})))
	}
}

func TestConcurrentUse(t *testing.T) {
	tk := llama3(t)
	texts := make([]string, 64)
	want := make([][]int32, len(texts))
	r := rand.New(rand.NewPCG(5, 6))
	for i := range texts {
		texts[i] = fmt.Sprintf("%s %d %s", paragraph[:r.IntN(len(paragraph))], i, randomText(r, false))
		want[i] = tk.Encode(texts[i], EncodeOptions{ParseSpecial: true})
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				i := (g*31 + k) % len(texts)
				ids := tk.Encode(texts[i], EncodeOptions{ParseSpecial: true})
				if !assert.Equal(t, want[i], ids) {
					return
				}
				d := tk.NewStreamDecoderWith(DecodeOptions{Special: true})
				var got []byte
				for _, id := range ids {
					got = append(got, d.Next(id)...)
				}
				got = append(got, d.Flush()...)
				if !assert.Equal(t, texts[i], string(got)) {
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzEncode(f *testing.F) {
	for _, s := range []string{"", "Hello world!", "don't STOP 12345", "<|eot_id|>x<|begin_of_text|>", "a\xffb\xe2\x82",
		"  \r\n\t\u00a0\u3000 x", "١٢٣4567 `x` (y)", "👨‍👩‍👧 'ſa"} {
		f.Add(s)
	}
	tk, err := llama3Once()
	if err != nil {
		f.Fatal(err)
	}
	def, err := New(tk.Vocab(), WithPreTokenizer(PreLlamaCppDefault))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []*Tokenizer{tk, def} {
			ids := k.Encode(s, EncodeOptions{})
			for _, id := range ids {
				if id < 0 || int(id) >= k.VocabSize() || k.IsControl(id) {
					t.Fatalf("%v: bad id %d for %q", k.PreTokenizer(), id, s)
				}
			}
			if got := string(k.AppendBytes(nil, ids, DecodeOptions{})); got != s {
				t.Fatalf("%v: bytes %q != %q", k.PreTokenizer(), got, s)
			}
			if !utf8.ValidString(s) {
				continue
			}
			if got := k.Decode(ids); got != s {
				t.Fatalf("%v: decode %q != %q", k.PreTokenizer(), got, s)
			}
			sp := k.Encode(s, EncodeOptions{ParseSpecial: true, AddBOS: true})
			if got := k.DecodeWith(sp[1:], DecodeOptions{Special: true}); got != s {
				t.Fatalf("%v: decode with specials %q != %q", k.PreTokenizer(), got, s)
			}
		}
	})
}
