package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// class is what a pre-tokenizer regex can tell about one character: \p{L}, \p{N}, \s or anything else.
type class uint8

const (
	clsOther class = iota
	clsLetter
	clsNumber
	clsSpace
)

// asciiClass holds the classes of the ASCII characters (the same in every engine involved).
var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = clsLetter
		case c >= '0' && c <= '9':
			t[c] = clsNumber
		case c == ' ', c >= '\t' && c <= '\r':
			t[c] = clsSpace
		}
	}
	return t
}()

// Go 1.26's unicode package has Unicode 15.0.0 tables. Hugging Face tokenizers 0.22 (Oniguruma) classifies with
// Unicode 16.0 and llama.cpp's generated tables are Unicode 15.1, so the letters and numbers added since 15.0 are
// listed here. Ranges measured by running every code point through tokenizers' LLaMA-3 pre-tokenizer (see
// testdata/tokenizer/README.md); all are unassigned in Go's tables, so they only add to them.
var (
	// unicode151Letters is CJK Unified Ideographs Extension I, the only \p{L}/\p{N}/\p{P}/\s change in 15.1.
	unicode151Letters = &unicode.RangeTable{R32: []unicode.Range32{{Lo: 0x2EBF0, Hi: 0x2EE5D, Stride: 1}}}
	unicode16Letters  = &unicode.RangeTable{
		R16: []unicode.Range16{
			{Lo: 0x1C89, Hi: 0x1C8A, Stride: 1},
			{Lo: 0xA7CB, Hi: 0xA7CD, Stride: 1},
			{Lo: 0xA7DA, Hi: 0xA7DC, Stride: 1},
		},
		R32: []unicode.Range32{
			{Lo: 0x105C0, Hi: 0x105F3, Stride: 1},
			{Lo: 0x10D4A, Hi: 0x10D65, Stride: 1},
			{Lo: 0x10D6F, Hi: 0x10D85, Stride: 1},
			{Lo: 0x10EC2, Hi: 0x10EC4, Stride: 1},
			{Lo: 0x11380, Hi: 0x11389, Stride: 1},
			{Lo: 0x1138B, Hi: 0x1138B, Stride: 1},
			{Lo: 0x1138E, Hi: 0x1138E, Stride: 1},
			{Lo: 0x11390, Hi: 0x113B5, Stride: 1},
			{Lo: 0x113B7, Hi: 0x113B7, Stride: 1},
			{Lo: 0x113D1, Hi: 0x113D1, Stride: 1},
			{Lo: 0x113D3, Hi: 0x113D3, Stride: 1},
			{Lo: 0x11BC0, Hi: 0x11BE0, Stride: 1},
			{Lo: 0x13460, Hi: 0x143FA, Stride: 1},
			{Lo: 0x16100, Hi: 0x1611D, Stride: 1},
			{Lo: 0x16D40, Hi: 0x16D6C, Stride: 1},
			{Lo: 0x18CFF, Hi: 0x18CFF, Stride: 1},
			{Lo: 0x1E5D0, Hi: 0x1E5ED, Stride: 1},
			{Lo: 0x1E5F0, Hi: 0x1E5F0, Stride: 1},
		},
	}
	unicode16Numbers = &unicode.RangeTable{
		R32: []unicode.Range32{
			{Lo: 0x10D40, Hi: 0x10D49, Stride: 1},
			{Lo: 0x116D0, Hi: 0x116E3, Stride: 1},
			{Lo: 0x11BF0, Hi: 0x11BF9, Stride: 1},
			{Lo: 0x16130, Hi: 0x16139, Stride: 1},
			{Lo: 0x16D70, Hi: 0x16D79, Stride: 1},
			{Lo: 0x1CCF0, Hi: 0x1CCF9, Stride: 1},
			{Lo: 0x1E5F1, Hi: 0x1E5FA, Stride: 1},
		},
	}
)

// classHF classifies r as Hugging Face's Oniguruma regex engine does (Unicode 16.0): \s is Unicode White_Space
// (which is what unicode.IsSpace tests), \p{L} and \p{N} are the general categories.
func classHF(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsLetter(r), r >= 0x1C89 && unicode.In(r, unicode151Letters, unicode16Letters):
		return clsLetter
	case unicode.IsNumber(r), r >= 0x10D40 && unicode.Is(unicode16Numbers, r):
		return clsNumber
	}
	return clsOther
}

// classLlamaCpp classifies r as llama.cpp's unicode_cpt_flags tables do (Unicode 15.1).
func classLlamaCpp(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsLetter(r), r >= 0x2EBF0 && unicode.Is(unicode151Letters, r):
		return clsLetter
	case unicode.IsNumber(r):
		return clsNumber
	}
	return clsOther
}

// llamaCppPunct reports whether llama.cpp's default first regex [\p{P}\$\+<=>\^~\|]+ matches r. llama.cpp runs it
// with std::regex over a "collapsed" copy of the text in which ASCII stays as is and \p{P} becomes the fixed ASCII
// list !-#%-*,-/:-;?-@[-]_{} plus a stand-in byte for non-ASCII punctuation; with the explicit $+<=>^~| that is every
// ASCII punctuation or symbol character except the backquote, plus non-ASCII \p{P} that is not whitespace.
func llamaCppPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return r > ' ' && r < 0x7F && r != '`' && asciiClass[r] == clsOther
	}
	return !unicode.IsSpace(r) && unicode.IsPunct(r)
}

// llamaCppNumber reports whether llama.cpp's default third regex \p{N}+ matches r (collapsed text: ASCII digits,
// or non-ASCII \p{N} that is not whitespace).
func llamaCppNumber(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return !unicode.IsSpace(r) && unicode.IsNumber(r)
}

// decodeRune decodes the character at s[i:]. An invalid byte is reported as utf8.RuneError of width 1; callers
// classify it as "other" (Hugging Face never sees such input; llama.cpp rejects it).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
