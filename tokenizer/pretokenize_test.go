package tokenizer

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSplitLlamaCppDefaultDiffers covers inputs where llama.cpp's default BPE pre-tokenizer (what bitnet.cpp runs on
// the official GGUF, which has no tokenizer.ggml.pre) splits differently from LLaMA-3's regex. The expected pieces
// are reasoned from llama.cpp's src/llama-vocab.cpp and src/unicode.cpp (bitnet.cpp fork, branch merge-dev):
// unicode_regex_split applies "[\p{P}\$\+<=>\^~\|]+", then the GPT-2 regex (hand-written in
// unicode_regex_split_custom_gpt2), then "\p{N}+", then "[0-9][0-9][0-9]", each one only inside the pieces left by
// the previous ones. (They also agree with that code compiled and run; see testdata/tokenizer/README.md.)
func TestSplitLlamaCppDefaultDiffers(t *testing.T) {
	tests := []struct {
		name, in      string
		llama3, deflt []string
	}{
		// Regex 1 cuts every ASCII punctuation run out first, apostrophes included, so the GPT-2 contraction
		// alternatives never see "'t" or "'s".
		{"contraction", "don't", []string{"don", "'t"}, []string{"don", "'", "t"}},
		{"possessive", "it's", []string{"it", "'s"}, []string{"it", "'", "s"}},
		// LLaMA-3 takes an optional space before punctuation (" ?[^\s\p{L}\p{N}]+"); in default mode regex 1 has
		// already separated the space, which regex 2 then leaves alone as a lone trailing space.
		{"space before bracket", "a (b)", []string{"a", " (", "b", ")"}, []string{"a", " ", "(", "b", ")"}},
		{"space before dollar", " $100", []string{" $", "100"}, []string{" ", "$", "100"}},
		{"space before dots", " ...", []string{" ..."}, []string{" ", "..."}},
		// LLaMA-3 lets one non-letter lead a word ("[^\r\n\p{L}\p{N}]?\p{L}+"); GPT-2 only a space, and regex 1
		// isolates punctuation anyway.
		{"bracket before word", "(abc", []string{"(abc"}, []string{"(", "abc"}},
		{"abbreviation", "U.S.A.", []string{"U", ".S", ".A", "."}, []string{"U", ".", "S", ".", "A", "."}},
		{"em dash (\\p{P})", "a—b", []string{"a", "—b"}, []string{"a", "—", "b"}},
		{"euro sign (\\p{S}, not in regex 1)", "a€b", []string{"a", "€b"}, []string{"a", "€", "b"}},
		// The backquote is the one ASCII symbol regex 1 lacks: regex 2 treats it as a run of "other".
		{"backquote", "`code`", []string{"`code", "`"}, []string{"`", "code", "`"}},
		// LLaMA-3 keeps newlines after punctuation ("[\r\n]*") and groups newline runs ("\s*[\r\n]+"); GPT-2's
		// "\s+(?!\S)" leaves the last whitespace character for the next piece, and regex 1 ends pieces at ".".
		{"newline after dot", "foo.\n", []string{"foo", ".\n"}, []string{"foo", ".", "\n"}},
		{"blank line", "a\n\nb", []string{"a", "\n\n", "b"}, []string{"a", "\n", "\n", "b"}},
		{"tabs before word", "a\t\tb", []string{"a", "\t", "\tb"}, []string{"a", "\t", "\t", "b"}},
		{"no-break space before word", "x \u00a0y", []string{"x", " ", "\u00a0y"}, []string{"x", " ", "\u00a0", "y"}},
		// LLaMA-3 cuts any \p{N} run into threes; default mode keeps \p{N}+ runs (regex 3) and cuts out only ASCII
		// digit triples, leftmost first (regex 4).
		{"arabic-indic digits", "١٢٣٤٥", []string{"١٢٣", "٤٥"}, []string{"١٢٣٤٥"}},
		{"mixed digits", "1٢3456", []string{"1٢3", "456"}, []string{"1٢", "345", "6"}},
		// ... and agree on plain ASCII numbers, words and single spaces.
		{"ascii digits", "12345", []string{"123", "45"}, []string{"123", "45"}},
		{"thousands", "1,000,000", []string{"1", ",", "000", ",", "000"}, []string{"1", ",", "000", ",", "000"}},
		{"sentence", "Hello, world!", []string{"Hello", ",", " world", "!"}, []string{"Hello", ",", " world", "!"}},
		{"two spaces", "x  y", []string{"x", " ", " y"}, []string{"x", " ", " y"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.llama3, PreLlama3.Split(tc.in), "llama3")
			assert.Equal(t, tc.deflt, PreLlamaCppDefault.Split(tc.in), "llama.cpp default")
		})
	}
}

func TestSplitLlama3(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello world!", []string{"Hello", " world", "!"}},
		{"IT'S WE'LL", []string{"IT", "'S", " WE", "'LL"}},
		{"'ſa", []string{"'ſ", "a"}}, // Oniguruma's (?i) folds ſ to s
		{"  x", []string{" ", " x"}},
		{"x  ", []string{"x", "  "}},
		{"a\r\n\r\nb", []string{"a", "\r\n\r\n", "b"}},
		{"  \n  x", []string{"  \n", " ", " x"}},
		{"1234567", []string{"123", "456", "7"}},
		{"x!!!\n\ny", []string{"x", "!!!\n\n", "y"}},
		{"\u3000\u3000y", []string{"\u3000", "\u3000y"}},
		{"a\xffb", []string{"a", "\xffb"}}, // an invalid byte counts as "other", which may lead a word
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, nilIfEmpty(PreLlama3.Split(tc.in)), "%q", tc.in)
	}
}

func TestSplitGPT2(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello world!", []string{"Hello", " world", "!"}},
		{"I'm it's IT'S", []string{"I", "'m", " it", "'s", " IT", "'", "S"}}, // case-sensitive contractions
		{"a  b", []string{"a", " ", " b"}},
		{"a  ", []string{"a", "  "}},
		{" 12345 x", []string{" 12345", " x"}},
		{"x\n\ny", []string{"x", "\n", "\n", "y"}},
		{"(a)", []string{"(", "a", ")"}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, PreGPT2.Split(tc.in), "%q", tc.in)
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// randomText draws strings from characters every class boundary cares about, valid UTF-8 or (with invalid) not.
func randomText(r *rand.Rand, invalid bool) string {
	atoms := []string{"a", "Z", "ſ", "é", "\u0301", "中", "😀", "\u200d", "1", "٣", "²", " ", "  ", "\t", "\n", "\r",
		"\u00a0", "\u3000", "\u0085", "'", "'s", "'LL", "!", ".", "`", "$", "<|eot_id|>", "<|", "\U00010D40", "\U0002EBF0"}
	var b strings.Builder
	n := r.IntN(40)
	for range n {
		if invalid && r.IntN(8) == 0 {
			b.WriteByte(byte(r.IntN(256)))
			continue
		}
		b.WriteString(atoms[r.IntN(len(atoms))])
	}
	return b.String()
}

// TestSplitProperties: pieces are non-empty, rejoin to the input, and (for valid input) are valid UTF-8.
func TestSplitProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		s := randomText(r, i%2 == 1)
		for _, p := range []PreTokenizer{PreLlama3, PreLlamaCppDefault, PreGPT2, PreQwen2} {
			pieces := p.Split(s)
			require.Equal(t, s, strings.Join(pieces, ""), "%v %q", p, s)
			for _, piece := range pieces {
				require.NotEmpty(t, piece, "%v %q", p, s)
				if utf8.ValidString(s) {
					require.True(t, utf8.ValidString(piece), "%v %q", p, s)
				}
			}
		}
	}
}

func FuzzPreTokenize(f *testing.F) {
	for _, s := range []string{"", "Hello world!", "don't 12345 \n\n x", "a\xffb", "١٢٣4567", "  \r\n\t x", "'ſ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []PreTokenizer{PreLlama3, PreLlamaCppDefault, PreGPT2, PreQwen2} {
			pieces := p.Split(s)
			if got := strings.Join(pieces, ""); got != s {
				t.Fatalf("%v: pieces %q do not rejoin to %q", p, pieces, s)
			}
			for _, piece := range pieces {
				if piece == "" {
					t.Fatalf("%v: empty piece in %q", p, pieces)
				}
			}
		}
	})
}
