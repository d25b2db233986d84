package chat

import "strings"

// pyIsSpace reports whether r is whitespace by Python 3's str.isspace (which
// str.strip() and Jinja's trim filter use): bidirectional class WS, B or S,
// or category Zs. It differs from unicode.IsSpace by including the
// information separators U+001C..U+001F. The list was generated from
// CPython 3.11 (`[c for c in range(0x110000) if chr(c).isspace()]`).
func pyIsSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20:
		return true
	case r < 0x85:
		return false
	case r == 0x85, r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a,
		r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// pyStrip removes leading and trailing whitespace as Python's str.strip()
// does. Invalid UTF-8 bytes (which Python strings cannot hold) are not
// whitespace: they stop the trimming.
func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }
