package grammar

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// accepts runs text through a fresh Matcher (byte by byte, so no vocabulary
// is needed) and reports whether it is a viable prefix and a full sentence.
func accepts(g *Grammar, text string) (viable, complete bool) {
	mt := NewMatcher(g, NewVocab(nil))
	if err := mt.AcceptBytes([]byte(text)); err != nil {
		return false, false
	}
	return true, mt.CanEnd()
}

func mustParse(t testing.TB, src string) *Grammar {
	t.Helper()
	g, err := ParseGBNF(src)
	require.NoError(t, err, "grammar:\n%s", src)
	return g
}

const arithmetic = `root  ::= (expr "=" ws term "\n")+
expr  ::= term ([-+*/] term)*
term  ::= ident | num | "(" ws expr ")" ws
ident ::= [a-z] [a-z0-9_]* ws
num   ::= [0-9]+ ws
ws    ::= [ \t\n]*
`

func TestParseAndMatch(t *testing.T) {
	tests := []struct {
		name, grammar string
		full          []string // complete sentences
		prefix        []string // viable but incomplete
		bad           []string // not viable
	}{
		{"literal", `root ::= "ab" "c"`, []string{"abc"}, []string{"", "a", "ab"}, []string{"b", "abcd", "ac"}},
		{"alternation", "root ::= \"a\" | \"bc\"\n", []string{"a", "bc"}, []string{"b"}, []string{"c", "ab"}},
		{"star", `root ::= "x" [0-9]*`, []string{"x", "x0", "x0123456789"}, nil, []string{"0", "xa"}},
		{"plus", `root ::= [ab]+`, []string{"a", "abba"}, []string{""}, []string{"c"}},
		{"optional", `root ::= "a"? "b"`, []string{"b", "ab"}, []string{"a"}, []string{"aab", "ba"}},
		{"bounded", `root ::= "a"{2,3}`, []string{"aa", "aaa"}, []string{"a"}, []string{"aaaa"}},
		{"exact", `root ::= [0-9]{3}`, []string{"123"}, []string{"12"}, []string{"1234", "a"}},
		{"at-least", `root ::= "a"{2,}`, []string{"aa", "aaaaa"}, []string{"a"}, []string{"b"}},
		{"negated", `root ::= "\"" [^"\\]* "\""`, []string{`""`, `"héllo €"`}, []string{`"abc`}, []string{`"a"b`}},
		{"any", `root ::= . .`, []string{"ab", "é€"}, []string{"a", "\xc3"}, []string{"abc", "\xff"}},
		{"unicode-range", `root ::= [à-ÿ]`, []string{"à", "é", "ÿ"}, []string{"\xc3"}, []string{"a", "Ā", "\xc3\x80"}},
		{"escapes", `root ::= "\x41\u00e9\n\t\\\"" [\]\-]`, []string{"Aé\n\t\\\"]", "Aé\n\t\\\"-"}, nil, []string{"A\\"}},
		{"group-repeat", `root ::= ("ab" | "c")* "."`, []string{".", "abc.", "cab."}, []string{"ab", "a"}, []string{"b"}},
		{"comments", "# header\nroot ::= a | # trailing\n  b\na ::= \"1\"\nb ::= \"2\"\n", []string{"1", "2"}, nil, []string{"3"}},
		{"nested-newlines", "root ::= (\n  \"a\"\n  | \"b\"\n)\n", []string{"a", "b"}, nil, []string{"c"}},
		{"arithmetic", arithmetic, []string{"a=1\n", "(x+y)*2= 5\n"}, []string{"a", "a="}, []string{"=", "1a"}},
		{"empty-class", `root ::= [b-a] | "x"`, []string{"x"}, nil, []string{"a", "b"}},
		{"nullable-chain", "root ::= a b \"!\"\na ::= \"\" | \"a\"\nb ::= a a\n", []string{"!", "a!", "aaa!"}, nil, []string{"aaaa!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustParse(t, tt.grammar)
			check := func(s string, wantViable, wantComplete bool) {
				v, c := accepts(g, s)
				assert.Equal(t, wantViable, v, "viable %q", s)
				assert.Equal(t, wantComplete, c, "complete %q", s)
				rv, rc := RefViable(g, []byte(s))
				assert.Equal(t, wantViable, rv, "reference viable %q", s)
				assert.Equal(t, wantComplete, rc, "reference complete %q", s)
			}
			for _, s := range tt.full {
				check(s, true, true)
			}
			for _, s := range tt.prefix {
				check(s, true, false)
			}
			for _, s := range tt.bad {
				check(s, false, false)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ grammar, want string }{
		{`a ::= "x"`, "no root rule"},
		{`root ::= a`, `undefined rule "a"`},
		{`root ::= "abc`, "end of input"},
		{`root ::= [abc`, "end of input"},
		{`root ::= "\q"`, "unknown escape"},
		{`root ::= "\x4"`, "hex digits"},
		{`root ::= *`, "repetition"},
		{`root ::= ("a"`, "expecting ')'"},
		{`root = "a"`, "expecting ::="},
		{`root ::= "a"{3,2}`, "below the minimum"},
		{`root ::= "a"{5000}`, "too large"},
		{`root ::= <[12]>`, "token references"},
		{"root ::= \"a\" )", "expecting newline"},
		{"root ::= " + strings.Repeat("(", 300) + `"a"` + strings.Repeat(")", 300), "nested deeper"},
	}
	for _, tt := range tests {
		_, err := ParseGBNF(tt.grammar)
		require.Error(t, err, tt.grammar)
		assert.Contains(t, err.Error(), tt.want, tt.grammar)
		var se *SyntaxError
		assert.True(t, errors.As(err, &se), "%q: %T is not a *SyntaxError", tt.grammar, err)
	}
	for _, src := range []string{"root ::= root \"a\"\n", "root ::= a\na ::= b? root \"x\"\nb ::= \"b\"\n", "root ::= \"\" | x\nx ::= root* \"y\"\n"} {
		_, err := ParseGBNF(src)
		assert.ErrorIs(t, err, ErrLeftRecursion, src)
	}
}

func TestUTF8Seqs(t *testing.T) {
	// Every code point of a range is encoded by exactly one sequence, and
	// nothing outside it by any.
	ranges := []rng{{0, 0x10FFFF}, {0x80, 0x7FF}, {0x7F, 0x800}, {0xD000, 0xE100}, {0x1F600, 0x1F64F}, {0x10000, 0x10FFFF}, {0xFFFF, 0x10000}}
	matches := func(seqs [][]byteRange, b []byte) int {
		n := 0
		for _, s := range seqs {
			if len(s) != len(b) {
				continue
			}
			ok := true
			for i := range s {
				ok = ok && s[i].lo <= b[i] && b[i] <= s[i].hi
			}
			if ok {
				n++
			}
		}
		return n
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, rg := range ranges {
		seqs := appendUTF8Seqs(nil, rg.lo, rg.hi)
		for range 20000 {
			c := rune(r.IntN(0x110000))
			if c >= 0xD800 && c <= 0xDFFF {
				continue
			}
			want := 0
			if rg.lo <= c && c <= rg.hi {
				want = 1
			}
			assert.Equal(t, want, matches(seqs, []byte(string(c))), "U+%04X in [%X, %X]", c, rg.lo, rg.hi)
		}
		assert.Zero(t, matches(seqs, []byte{0xED, 0xA0, 0x80}), "a surrogate's encoding") // U+D800
	}
}

// randomGrammar writes a random GBNF grammar over a small alphabet with
// ASCII, two-byte and three-byte characters.
func randomGrammar(r *rand.Rand) string {
	nrules := 1 + r.IntN(4)
	lits := []string{`"a"`, `"b"`, `"ab"`, `"é"`, `"€"`, `""`, `"\""`}
	classes := []string{"[a-c]", "[^a]", "[é-ü]", "[a€]", ".", `[^"\\]`, "[b]"}
	var expr func(depth int) string
	expr = func(depth int) string {
		var parts []string
		for range 1 + r.IntN(3) {
			var s string
			switch k := r.IntN(10); {
			case k < 3:
				s = lits[r.IntN(len(lits))]
			case k < 5:
				s = classes[r.IntN(len(classes))]
			case k < 7:
				s = fmt.Sprintf("r%d", r.IntN(nrules))
			case depth < 2:
				s = "(" + expr(depth+1) + ")"
			default:
				s = lits[r.IntN(len(lits))]
			}
			switch r.IntN(8) {
			case 0:
				s += "*"
			case 1:
				s += "+"
			case 2:
				s += "?"
			case 3:
				s += fmt.Sprintf("{%d,%d}", r.IntN(2), 1+r.IntN(2))
			}
			parts = append(parts, s)
		}
		out := strings.Join(parts, " ")
		if r.IntN(3) == 0 {
			out += " | " + expr(depth+1)
		}
		return out
	}
	var b strings.Builder
	fmt.Fprintf(&b, "root ::= r0\n")
	for i := range nrules {
		fmt.Fprintf(&b, "r%d ::= %s\n", i, expr(0))
	}
	return b.String()
}

func randomVocab(r *rand.Rand, n int) [][]byte {
	alphabet := [][]byte{{'a'}, {'b'}, {'c'}, {'"'}, {'\\'}, {0xC3}, {0xA9}, {0xE2, 0x82}, {0xAC}, []byte("é"), []byte("€"), {0xFF}}
	toks := make([][]byte, n)
	for i := range toks {
		if i%17 == 16 {
			continue // a control token: no bytes
		}
		for range 1 + r.IntN(3) {
			toks[i] = append(toks[i], alphabet[r.IntN(len(alphabet))]...)
		}
	}
	return toks
}

// TestMatcherAgainstReference compares the fast matcher's token masks with
// the Earley reference, token by token, along random walks through random
// grammars and vocabularies.
func TestMatcherAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	grammars, steps, ambiguous := 0, 0, 0
	for grammars < 300 {
		src := randomGrammar(r)
		g, err := ParseGBNF(src)
		var se *SyntaxError
		if errors.Is(err, ErrLeftRecursion) || errors.As(err, &se) && strings.Contains(se.Msg, "before a repetition") {
			continue // as llama.cpp, these are errors; the generator does not avoid them
		}
		require.NoError(t, err, src)
		grammars++
		toks := randomVocab(r, 40+r.IntN(60))
		v := NewVocab(toks)
		mt := NewMatcher(g, v)
		var text []byte
		for step := 0; step < 10; step++ {
			mt.Allowed()
			if errors.Is(mt.Err(), ErrAmbiguous) {
				ambiguous++
				break
			}
			steps++
			_, complete := RefViable(g, text)
			require.Equal(t, complete, mt.CanEnd(), "CanEnd after %q\n%s", text, src)
			var allowed []int32
			for id, tok := range toks {
				want := false
				if len(tok) > 0 {
					want, _ = RefViable(g, append(append([]byte(nil), text...), tok...))
				}
				require.Equal(t, want, mt.Allows(int32(id)), "token %d %q after %q\n%s", id, tok, text, src)
				if want {
					allowed = append(allowed, int32(id))
				}
			}
			require.Equal(t, len(allowed), mt.AllowedCount())
			if len(allowed) == 0 {
				require.Equal(t, mt.Done(), complete && mt.AllowedCount() == 0 && mt.Done())
				break
			}
			id := allowed[r.IntN(len(allowed))]
			if r.IntN(4) == 0 { // exercise Clone
				mt = mt.Clone()
			}
			require.NoError(t, mt.Accept(id))
			text = append(text, toks[id]...)
		}
		// A token the mask forbids is rejected and leaves the state alone.
		for id, tok := range toks {
			if mt.Err() == nil && !mt.Allows(int32(id)) {
				before := mt.AllowedCount()
				require.ErrorIs(t, mt.Accept(int32(id)), ErrRejected, "token %q", tok)
				require.Equal(t, before, mt.AllowedCount())
				break
			}
		}
	}
	t.Logf("%d grammars, %d steps compared; %d walks stopped by ErrAmbiguous", grammars, steps, ambiguous)
	assert.Less(t, ambiguous, grammars/5, "too few walks ran to the end to be a good test")
}

func TestVocabTrie(t *testing.T) {
	toks := [][]byte{[]byte("ab"), []byte("a"), nil, []byte("abc"), []byte("b"), []byte("ab"), []byte("\xff")}
	v := NewVocab(toks)
	g := mustParse(t, `root ::= [a-c]*`)
	mt := NewMatcher(g, v)
	var got []int32
	for id := range toks {
		if mt.Allows(int32(id)) {
			got = append(got, int32(id))
		}
	}
	assert.Equal(t, []int32{0, 1, 3, 4, 5}, got)
}

func TestMask(t *testing.T) {
	toks := [][]byte{[]byte("{"), []byte("}"), []byte("x"), nil, nil}
	g := mustParse(t, `root ::= "{" "}"`)
	mt := NewMatcher(g, NewVocab(toks))
	end := []int32{3}
	logits := []float32{1, 2, 3, 4, 5, 6} // one more logit than tokens: masked too
	mt.Mask(logits, end)
	assert.Equal(t, []bool{false, true, true, true, true, true}, isInf(logits))
	require.NoError(t, mt.Accept(0))
	require.NoError(t, mt.Accept(1))
	assert.True(t, mt.Done())
	logits = []float32{1, 2, 3, 4, 5, 6}
	mt.Mask(logits, end)
	assert.Equal(t, []bool{true, true, true, false, true, true}, isInf(logits))
}

func isInf(l []float32) []bool {
	out := make([]bool, len(l))
	for i, v := range l {
		out[i] = v < -1e38
	}
	return out
}
