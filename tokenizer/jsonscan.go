package tokenizer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// vocabPair is one entry of model.vocab of a tokenizer.json.
type vocabPair struct {
	s  string
	id int32
}

// vocab reads model.vocab, {"token": id, ...}, into a slice: encoding/json's map decoding costs several times more
// on a 128k-entry vocabulary.
func (s *jsonScanner) vocab() ([]vocabPair, error) {
	var pairs []vocabPair
	if s.null() {
		return nil, nil
	}
	err := s.object(func(key string) error {
		id, err := s.int32()
		if err != nil {
			return fmt.Errorf("vocab %q: %w", key, err)
		}
		pairs = append(pairs, vocabPair{key, id})
		return nil
	})
	return pairs, err
}

// merges reads model.merges, ["a b", ...] or [["a", "b"], ...], as "a b" strings.
func (s *jsonScanner) merges() ([]string, error) {
	var out []string
	if s.null() {
		return nil, nil
	}
	if err := s.expect('['); err != nil {
		return nil, err
	}
	for first := true; ; first = false {
		if s.peek() == ']' {
			s.i++
			return out, nil
		}
		if !first {
			if err := s.expect(','); err != nil {
				return nil, err
			}
		}
		if s.peek() != '[' {
			str, err := s.str()
			if err != nil {
				return nil, err
			}
			out = append(out, str)
			continue
		}
		s.i++
		a, err := s.str()
		if err != nil {
			return nil, err
		}
		if err := s.expect(','); err != nil {
			return nil, err
		}
		c, err := s.str()
		if err != nil {
			return nil, err
		}
		if err := s.expect(']'); err != nil {
			return nil, fmt.Errorf("merge [%q, %q, ...]: %w", a, c, err)
		}
		// New splits "a b" at the first space after the first byte, so a may contain a space only there.
		if a == "" || c == "" || strings.IndexByte(a[1:], ' ') >= 0 {
			return nil, fmt.Errorf("merge [%q, %q] cannot be written as \"a b\"", a, c)
		}
		out = append(out, a+" "+c)
	}
}

// object reads a JSON object, calling value after each key with the scanner at the value, which value must read.
func (s *jsonScanner) object(value func(key string) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	for first := true; ; first = false {
		if s.peek() == '}' {
			s.i++
			return nil
		}
		if !first {
			if err := s.expect(','); err != nil {
				return err
			}
		}
		key, err := s.str()
		if err != nil {
			return err
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := value(key); err != nil {
			return err
		}
	}
}

// skipValue passes over one JSON value and returns its text, unchecked: callers hand it to encoding/json.
func (s *jsonScanner) skipValue() ([]byte, error) {
	s.skipSpace()
	start, depth := s.i, 0
	for s.i < len(s.b) {
		switch c := s.b[s.i]; c {
		case '"':
			if err := s.skipString(); err != nil {
				return nil, err
			}
		case '{', '[':
			depth++
			s.i++
		case '}', ']':
			if depth == 0 {
				return s.b[start:s.i], nil
			}
			depth--
			s.i++
		case ',':
			if depth == 0 {
				return s.b[start:s.i], nil
			}
			s.i++
		default:
			s.i++
		}
		if depth == 0 && s.i > start && (s.b[s.i-1] == '"' || s.b[s.i-1] == '}' || s.b[s.i-1] == ']') {
			return s.b[start:s.i], nil
		}
	}
	if depth != 0 || s.i == start {
		return nil, fmt.Errorf("%w: unexpected end of input", errJSONSyntax)
	}
	return s.b[start:s.i], nil
}

func (s *jsonScanner) skipString() error {
	for s.i++; s.i < len(s.b); s.i++ {
		switch s.b[s.i] {
		case '\\':
			s.i++
		case '"':
			s.i++
			return nil
		}
	}
	return fmt.Errorf("%w: unterminated string", errJSONSyntax)
}

var errJSONSyntax = errors.New("unexpected JSON")

// jsonScanner reads JSON strings, integers and punctuation from b.
type jsonScanner struct {
	b []byte
	i int
}

func (s *jsonScanner) skipSpace() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end.
func (s *jsonScanner) peek() byte {
	s.skipSpace()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

func (s *jsonScanner) expect(c byte) error {
	if s.peek() != c {
		return fmt.Errorf("%w at offset %d: want %q", errJSONSyntax, s.i, c)
	}
	s.i++
	return nil
}

func (s *jsonScanner) null() bool {
	if s.peek() == 'n' && len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "null" {
		s.i += 4
		return true
	}
	return false
}

func (s *jsonScanner) int32() (int32, error) {
	s.skipSpace()
	j := s.i
	for j < len(s.b) && (s.b[j] == '-' || s.b[j] >= '0' && s.b[j] <= '9') {
		j++
	}
	v, err := strconv.ParseInt(string(s.b[s.i:j]), 10, 32)
	if err != nil {
		return 0, fmt.Errorf("%w at offset %d: %w", errJSONSyntax, s.i, err)
	}
	s.i = j
	return int32(v), nil
}

// str reads a JSON string. As encoding/json does, invalid UTF-8 and unpaired surrogates become U+FFFD.
func (s *jsonScanner) str() (string, error) {
	if err := s.expect('"'); err != nil {
		return "", err
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		if c == '"' {
			if p := s.b[start:s.i]; utf8.Valid(p) {
				s.i++
				return string(p), nil
			}
			break
		}
		if c == '\\' || c < ' ' {
			break
		}
		s.i++
	}
	s.i = start
	var out []byte
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			return string(out), nil
		case c < ' ':
			return "", fmt.Errorf("%w at offset %d: control character in string", errJSONSyntax, s.i)
		case c == '\\':
			r, err := s.escape()
			if err != nil {
				return "", err
			}
			out = utf8.AppendRune(out, r)
		default:
			r, w := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && w == 1 {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, s.b[s.i:s.i+w]...)
			}
			s.i += w
		}
	}
	return "", fmt.Errorf("%w: unterminated string", errJSONSyntax)
}

// escape reads the escape sequence at s.b[s.i] (a backslash), joining UTF-16 surrogate pairs.
func (s *jsonScanner) escape() (rune, error) {
	if s.i+1 >= len(s.b) {
		return 0, fmt.Errorf("%w: unterminated escape", errJSONSyntax)
	}
	c := s.b[s.i+1]
	s.i += 2
	switch c {
	case '"', '\\', '/':
		return rune(c), nil
	case 'b':
		return '\b', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'u':
		r, ok := s.hex4()
		if !ok {
			return 0, fmt.Errorf("%w at offset %d: bad \\u escape", errJSONSyntax, s.i)
		}
		if utf16.IsSurrogate(r) {
			save := s.i
			if s.i+1 < len(s.b) && s.b[s.i] == '\\' && s.b[s.i+1] == 'u' {
				s.i += 2
				if r2, ok := s.hex4(); ok {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						return d, nil
					}
				}
			}
			s.i = save
			return utf8.RuneError, nil
		}
		return r, nil
	}
	return 0, fmt.Errorf("%w at offset %d: bad escape \\%c", errJSONSyntax, s.i, c)
}

func (s *jsonScanner) hex4() (rune, bool) {
	if s.i+4 > len(s.b) {
		return 0, false
	}
	var r rune
	for _, c := range s.b[s.i : s.i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	s.i += 4
	return r, true
}
