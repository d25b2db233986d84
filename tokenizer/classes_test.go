package tokenizer

import (
	"bufio"
	"fmt"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// readClasses expands a run-length file of per-code-point classes ("start-hex class" per run) into one byte per
// code point.
func readClasses(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	out := make([]byte, 0, utf8.MaxRune+1)
	var prev byte
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var start int
		var c string
		_, err := fmt.Sscanf(sc.Text(), "%x %s", &start, &c)
		require.NoError(t, err)
		for len(out) < start {
			out = append(out, prev)
		}
		prev = c[0]
	}
	require.NoError(t, sc.Err())
	for len(out) <= utf8.MaxRune {
		out = append(out, prev)
	}
	return out
}

var classLetter = map[class]byte{clsLetter: 'L', clsNumber: 'N', clsSpace: 'S', clsOther: 'O'}

// TestClassHFAllCodePoints checks classHF on every code point against what Hugging Face tokenizers' regex engine
// did with it (testdata/tokenizer/classes_hf.txt, measured through the LLaMA-3 pre-tokenizer).
func TestClassHFAllCodePoints(t *testing.T) {
	want := readClasses(t, "../testdata/tokenizer/classes_hf.txt")
	bad := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if want[r] == '-' { // surrogates
			continue
		}
		if got := classLetter[classHF(r)]; got != want[r] {
			if bad++; bad <= 20 {
				t.Errorf("%U: classHF %c, Hugging Face %c", r, got, want[r])
			}
		}
	}
	require.Zero(t, bad, "code points classified differently")
}

// TestClassLlamaCppAllCodePoints checks the default mode's classes on every code point against llama.cpp's
// unicode_cpt_flags tables (testdata/tokenizer/classes_llamacpp.txt; P is \p{P}, not whitespace).
func TestClassLlamaCppAllCodePoints(t *testing.T) {
	want := readClasses(t, "../testdata/tokenizer/classes_llamacpp.txt")
	bad := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		w := want[r]
		if w == '-' {
			continue
		}
		wantClass := w
		if w == 'P' {
			wantClass = 'O'
		}
		got := classLetter[classLlamaCpp(r)]
		ok := got == wantClass
		if r >= utf8.RuneSelf { // ASCII punctuation and digits follow the regexes' own ASCII lists (TestLlamaCppASCII)
			ok = ok && llamaCppPunct(r) == (w == 'P') && llamaCppNumber(r) == (w == 'N')
		}
		if !ok {
			if bad++; bad <= 20 {
				t.Errorf("%U: got class %c punct %v number %v, llama.cpp %c", r, got, llamaCppPunct(r), llamaCppNumber(r), w)
			}
		}
	}
	require.Zero(t, bad, "code points classified differently")
}

// TestLlamaCppASCII pins the ASCII sets of llama.cpp's collapsed regexes: [\p{P}\$\+<=>\^~\|] is every printable
// ASCII non-alphanumeric except the backquote (its \p{P} stand-in list !-#%-*,-/:-;?-@[-]_{} lacks the symbols, and
// the regex adds back all but `), and \p{N} is 0-9.
func TestLlamaCppASCII(t *testing.T) {
	var punct, num []byte
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if llamaCppPunct(c) {
			punct = append(punct, byte(c))
		}
		if llamaCppNumber(c) {
			num = append(num, byte(c))
		}
	}
	require.Equal(t, `!"#$%&'()*+,-./:;<=>?@[\]^_{|}~`, string(punct))
	require.Equal(t, "0123456789", string(num))
}
