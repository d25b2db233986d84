package tokenizer

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spmVocab is a small SentencePiece-style vocabulary laid out like LLaMA-2's: <unk>, <s>, </s>, the 256 byte
// tokens <0x00>..<0xFF>, then scored pieces.
func spmVocab() Vocab {
	v := Vocab{Model: ModelLlama, BOS: 1, EOS: 2, EOT: -1, UNK: 0, PAD: -1, AddBOS: true, AddSpacePrefix: true}
	add := func(s string, ty int32, score float32) {
		v.Tokens = append(v.Tokens, s)
		v.Types = append(v.Types, ty)
		v.Scores = append(v.Scores, score)
	}
	add("<unk>", TypeUnknown, 0)
	add("<s>", TypeControl, 0)
	add("</s>", TypeControl, 0)
	for b := range 256 {
		add(fmt.Sprintf("<0x%02X>", b), TypeByte, 0)
	}
	for _, p := range []struct {
		s     string
		score float32
	}{
		{"▁", -10}, {"h", -10}, {"e", -10}, {"l", -10}, {"o", -10}, {"w", -10}, {"r", -10}, {"d", -10}, {"a", -10},
		{"b", -10}, {"ll", -1}, {"llo", -0.5}, {"he", -2}, {"or", -2}, {"▁h", -3}, {"▁he", -1.5}, {"hello", -0.2},
		{"▁hello", -0.1}, {"lo", -4}, {"▁w", -3}, {"▁wor", -2.5}, {"ld", -6}, {"▁world", -0.3}, {"▁a", -5}, {"▁b", -5},
		{"▁▁", -7}, {"<tool>", 0},
	} {
		ty := TypeNormal
		if p.s == "<tool>" {
			ty = TypeUserDefined
		}
		add(p.s, ty, p.score)
	}
	return v
}

func TestSPMEncode(t *testing.T) {
	tk := mustNew(t, spmVocab())
	id := func(s string) int32 { i, ok := tk.TokenID(s); require.True(t, ok, s); return i }
	byteTok := func(b byte) int32 { return 3 + int32(b) }
	tests := []struct {
		in   string
		o    EncodeOptions
		want []int32
	}{
		// "▁hello▁world": ll (-1) first, then llo (-0.5); he and or tie at -2 and the leftmost (he) goes first, which
		// makes hello (-0.2) and then ▁hello (-0.1) possible; then or, ▁w, ▁wor and finally ld and ▁world.
		{"hello world", EncodeOptions{}, []int32{id("▁hello"), id("▁world")}},
		{"hello world", EncodeOptions{AddBOS: true}, []int32{1, id("▁hello"), id("▁world")}},
		// Characters that are not pieces fall back to their UTF-8 bytes.
		{"hi!", EncodeOptions{}, []int32{id("▁h"), byteTok('i'), byteTok('!')}},
		{"é", EncodeOptions{}, []int32{id("▁"), byteTok(0xC3), byteTok(0xA9)}},
		// Spaces become ▁; a leading space gives ▁▁hello, where ▁hello (-0.1) beats ▁▁ (-7).
		{" hello", EncodeOptions{}, []int32{id("▁"), id("▁hello")}},
		{"  b", EncodeOptions{}, []int32{id("▁▁"), id("▁b")}},
		{"a  b", EncodeOptions{}, []int32{id("▁a"), id("▁"), id("▁b")}},
		// Control tokens only with ParseSpecial; after one, the text gets its space prefix again (llama.cpp).
		{"<s>hello", EncodeOptions{ParseSpecial: true}, []int32{1, id("▁hello")}},
		{"</s>", EncodeOptions{}, []int32{id("▁"), byteTok('<'), byteTok('/'), byteTok('s'), byteTok('>')}},
		// User-defined tokens are always matched.
		{"a<tool>b", EncodeOptions{}, []int32{id("▁a"), id("<tool>"), id("▁b")}},
		{"", EncodeOptions{}, []int32{}},
		{"", EncodeOptions{AddBOS: true}, []int32{1}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tk.Encode(tc.in, tc.o), "%q", tc.in)
	}

	v := spmVocab()
	v.AddSpacePrefix = false
	noPrefix := mustNew(t, v)
	assert.Equal(t, []int32{id("hello")}, noPrefix.Encode("hello", EncodeOptions{}))
	assert.Equal(t, "hello", noPrefix.Decode([]int32{id("hello")}))
	assert.Equal(t, " hello", noPrefix.Decode([]int32{id("▁hello")}))

	v = spmVocab()
	for i := 3; i < 3+256; i++ {
		v.Types[i] = TypeNormal // no byte tokens: unknown characters become <unk>
		v.Tokens[i] = fmt.Sprintf("x%d", i)
	}
	noBytes := mustNew(t, v)
	assert.Equal(t, []int32{id("▁h"), 0}, noBytes.Encode("hé", EncodeOptions{}), "one <unk> for é")
	assert.Equal(t, []int32{id("▁a"), 0, 0, id("b")}, noBytes.Encode("aiib", EncodeOptions{}), "one <unk> per character")
}

func TestSPMDecode(t *testing.T) {
	tk := mustNew(t, spmVocab())
	id := func(s string) int32 { i, ok := tk.TokenID(s); require.True(t, ok, s); return i }
	ids := []int32{1, id("▁hello"), id("▁world"), 2}
	assert.Equal(t, "hello world", tk.Decode(ids), "the prefix space is removed")
	assert.Equal(t, "<s> hello world</s>", tk.DecodeWith(ids, DecodeOptions{Special: true}), "as Hugging Face's Strip after Fuse")
	text, ok := tk.TokenText(3 + 0x41)
	assert.True(t, ok)
	assert.Equal(t, "A", text)
	text, _ = tk.TokenText(id("▁world"))
	assert.Equal(t, " world", text)
	// Bytes across tokens come together in the stream.
	d := tk.NewStreamDecoder()
	assert.Equal(t, "", d.Next(3+0xC3))
	assert.Equal(t, "é", d.Next(3+0xA9))
	assert.Equal(t, " hello", d.Next(id("▁hello")), "only the first piece loses its space")
}

func TestSPMRoundTrip(t *testing.T) {
	tk := mustNew(t, spmVocab())
	r := rand.New(rand.NewPCG(9, 10))
	// No special tokens here: after one the encoder adds a space prefix (llama.cpp), which decoding keeps.
	atoms := []string{"hello", " ", "world", "a", "b", "l", "lo", "é", "中", "😀", "\n", "<", "s>", "  "}
	for range 1000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(atoms[r.IntN(len(atoms))])
		}
		s := b.String()
		assert.Equal(t, s, tk.Decode(tk.Encode(s, EncodeOptions{})), "%q", s)
		require.True(t, utf8.ValidString(tk.Decode(tk.Encode(s+"<tool>"+s, EncodeOptions{ParseSpecial: true}))))
	}
	assert.Equal(t, "a<tool> b", tk.Decode(tk.Encode("a<tool>b", EncodeOptions{})))
}

func TestSPMValidation(t *testing.T) {
	v := spmVocab()
	v.Tokens[3+5] = "<0xZZ>"
	_, err := New(v)
	assert.ErrorIs(t, err, ErrInvalidVocab)
}
