package tokenizer

import "unicode/utf8"

// GPT-2's byte-to-unicode table: printable Latin-1 bytes stand for themselves, the other 68 bytes are given the
// code points 256, 257, ... in byte order, so every byte-level token string is printable text.
var (
	byteRune [256]rune
	runeByte [256 + 68]int16 // inverse; -1 where a code point stands for no byte
)

func init() {
	for i := range runeByte {
		runeByte[i] = -1
	}
	n := rune(0)
	for b := range 256 {
		printable := (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF)
		r := rune(b)
		if !printable {
			r = 256 + n
			n++
		}
		byteRune[b] = r
		runeByte[r] = int16(b)
	}
}

// appendUnmapped appends the bytes a byte-level token string stands for. Characters outside the byte alphabet
// (only in malformed vocabularies) are kept as their own UTF-8.
func appendUnmapped(dst []byte, s string) []byte {
	for _, r := range s {
		if r >= 0 && int(r) < len(runeByte) && runeByte[r] >= 0 {
			dst = append(dst, byte(runeByte[r]))
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendMapped appends the byte-level token string for raw bytes s.
func appendMapped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = utf8.AppendRune(dst, byteRune[s[i]])
	}
	return dst
}
