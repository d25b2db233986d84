package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// Split returns the pre-tokens (words) of text in order; they concatenate back to text. PreAuto splits as
// PreLlama3. Text that is not valid UTF-8 is accepted: each invalid byte counts as a non-letter, non-digit,
// non-space character.
func (p PreTokenizer) Split(text string) []string {
	ends := p.appendEnds(nil, text)
	out := make([]string, len(ends))
	start := 0
	for i, e := range ends {
		out[i] = text[start:e]
		start = e
	}
	return out
}

// appendEnds appends the end offsets of the pre-tokens of s to dst.
func (p PreTokenizer) appendEnds(dst []int, s string) []int {
	switch p {
	case PreLlamaCppDefault:
		return appendEndsLlamaCppDefault(dst, s)
	case PreGPT2:
		for i := 0; i < len(s); {
			i = gpt2Next(s, i, classHF)
			dst = append(dst, i)
		}
		return dst
	}
	digits := 3
	if p == PreQwen2 {
		digits = 1
	}
	for i := 0; i < len(s); {
		i = llama3Next(s, i, digits)
		dst = append(dst, i)
	}
	return dst
}

// llama3Next returns the end of the pre-token that starts at s[i], following Hugging Face's LLaMA-3 regex
//
//	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
//
// with the alternatives tried in order and leftmost-first (backtracking) semantics. Every character is matched by
// some alternative, so there are no gaps between matches. digits is the 3 of \p{N}{1,3}; Qwen2's regex, otherwise
// the same, has \p{N} (digits 1).
func llama3Next(s string, i, digits int) int {
	r, w := decodeRune(s, i)
	if r == '\'' {
		if n := contractionLen(s[i+1:]); n > 0 {
			return i + 1 + n
		}
	}
	c := classHF(r)
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if c == clsLetter {
		return scanClass(s, i+w, clsLetter, classHF)
	}
	if c != clsNumber && r != '\r' && r != '\n' && i+w < len(s) {
		if r2, w2 := decodeRune(s, i+w); classHF(r2) == clsLetter {
			return scanClass(s, i+w+w2, clsLetter, classHF)
		}
	}
	// \p{N}{1,digits}
	if c == clsNumber {
		j := i + w
		for k := 1; k < digits && j < len(s); k++ {
			r2, w2 := decodeRune(s, j)
			if classHF(r2) != clsNumber {
				break
			}
			j += w2
		}
		return j
	}
	// ' ?[^\s\p{L}\p{N}]+[\r\n]*': the optional space is taken only when the run follows it.
	j := i
	if r == ' ' && i+1 < len(s) {
		if r2, _ := decodeRune(s, i+1); classHF(r2) == clsOther {
			j = i + 1
		}
	}
	if rj, wj := decodeRune(s, j); classHF(rj) == clsOther {
		j = scanClass(s, j+wj, clsOther, classHF)
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			j++
		}
		return j
	}
	// r is whitespace here. \s*[\r\n]+ ends after the last \r or \n of the run; \s+(?!\S) leaves the run's last
	// character for the next word when a non-space follows; \s+ takes a lone space before a non-space.
	end, lastNL, lastStart := i, -1, i
	for end < len(s) {
		r2, w2 := decodeRune(s, end)
		if classHF(r2) != clsSpace {
			break
		}
		if r2 == '\r' || r2 == '\n' {
			lastNL = end + w2
		}
		lastStart = end
		end += w2
	}
	switch {
	case lastNL > 0:
		return lastNL
	case end == len(s) || lastStart == i:
		return end
	}
	return lastStart
}

// contractionLen returns the length of s's prefix that completes a contraction after an apostrophe:
// s, t, m, d, re, ve or ll, compared case-insensitively with Unicode simple case folding (so "ſ" counts as "s",
// as in Oniguruma). It returns 0 when there is none.
func contractionLen(s string) int {
	if s == "" {
		return 0
	}
	r1, w1 := decodeRune(s, 0)
	if foldsTo(r1, 's') || foldsTo(r1, 't') || foldsTo(r1, 'm') || foldsTo(r1, 'd') {
		return w1
	}
	if w1 >= len(s) {
		return 0
	}
	r2, w2 := decodeRune(s, w1)
	if (foldsTo(r1, 'r') || foldsTo(r1, 'v')) && foldsTo(r2, 'e') || foldsTo(r1, 'l') && foldsTo(r2, 'l') {
		return w1 + w2
	}
	return 0
}

// foldsTo reports whether r equals the ASCII lower-case letter lower under simple case folding.
func foldsTo(r, lower rune) bool {
	if r == lower || r == lower-('a'-'A') {
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	for f := unicode.SimpleFold(lower); f != lower; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// scanClass returns the end of the run of characters of class c that starts at s[i].
func scanClass(s string, i int, c class, cls func(rune) class) int {
	for i < len(s) {
		r, w := decodeRune(s, i)
		if cls(r) != c {
			break
		}
		i += w
	}
	return i
}

// gpt2Next returns the end of the pre-token that starts at s[i] under the GPT-2 regex
// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+ (as llama.cpp's hand-written
// unicode_regex_split_custom_gpt2 implements it; s is one segment, its end is the end of the text).
func gpt2Next(s string, i int, cls func(rune) class) int {
	r, w := decodeRune(s, i)
	if r == '\'' && i+1 < len(s) {
		switch s[i+1] {
		case 's', 't', 'm', 'd':
			return i + 2
		}
		if i+2 < len(s) {
			switch s[i+1 : i+3] {
			case "re", "ve", "ll":
				return i + 3
			}
		}
	}
	// " ?X+" for X in letters, numbers, others: the space is taken when an X follows it.
	j, c := i, cls(r)
	if r == ' ' && i+1 < len(s) {
		if r2, _ := decodeRune(s, i+1); cls(r2) != clsSpace {
			j, c = i+1, cls(r2)
		}
	}
	if c != clsSpace {
		_, wj := decodeRune(s, j)
		return scanClass(s, j+wj, c, cls)
	}
	// \s+(?!\S) then \s+
	end, lastStart := i+w, i
	for end < len(s) {
		r2, w2 := decodeRune(s, end)
		if cls(r2) != clsSpace {
			break
		}
		lastStart = end
		end += w2
	}
	if end < len(s) && lastStart > i {
		return lastStart
	}
	return end
}

// appendEndsLlamaCppDefault splits s as llama.cpp's LLAMA_VOCAB_PRE_TYPE_DEFAULT does. unicode_regex_split applies
// four regexes in turn, each one only inside the pieces the previous ones produced, keeping both the matches and
// the text between them as pieces:
//
//  1. [\p{P}\$\+<=>\^~\|]+  (runs of punctuation, see llamaCppPunct)
//  2. 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)  (GPT-2, hand-written in llama.cpp)
//  3. \p{N}+  (runs of numbers, see llamaCppNumber)
//  4. [0-9][0-9][0-9]  (ASCII digit triples, leftmost first)
func appendEndsLlamaCppDefault(dst []int, s string) []int {
	for a := 0; a < len(s); {
		b := a
		r, _ := decodeRune(s, a)
		for punct := llamaCppPunct(r); b < len(s); {
			r2, w2 := decodeRune(s, b)
			if llamaCppPunct(r2) != punct {
				break
			}
			b += w2
		}
		seg := s[a:b]
		for c := 0; c < len(seg); {
			d := gpt2Next(seg, c, classLlamaCpp)
			dst = appendNumberSplits(dst, seg[c:d], a+c)
			c = d
		}
		a = b
	}
	return dst
}

// appendNumberSplits applies the default regexes 3 and 4 to piece p, which starts at offset base of the text.
func appendNumberSplits(dst []int, p string, base int) []int {
	for e := 0; e < len(p); {
		f := e
		r, _ := decodeRune(p, e)
		num := llamaCppNumber(r)
		for f < len(p) {
			r2, w2 := decodeRune(p, f)
			if llamaCppNumber(r2) != num {
				break
			}
			f += w2
		}
		if num {
			for k := e; k+3 <= f; k++ {
				if isDigit(p[k]) && isDigit(p[k+1]) && isDigit(p[k+2]) {
					if k > e {
						dst = append(dst, base+k)
					}
					dst = append(dst, base+k+3)
					e = k + 3
					k += 2
				}
			}
		}
		if e < f {
			dst = append(dst, base+f)
		}
		e = f
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
