package grammar

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// regexToGBNF translates a JSON Schema pattern (an ECMA-262 regular
// expression subset: literals, escapes, classes, ., \d \w \s and their
// negations, groups, alternation, * + ? {m,n}) to a GBNF expression for the
// JSON string body, each character JSON-escaped where JSON requires it. The
// grammar generates exactly the strings the expression matches in full, so
// the output matches the pattern whether or not it is anchored. Characters a
// JSON string must escape are left out of classes and "."; they are still
// generated where the pattern spells them out.
func regexToGBNF(re string) (string, error) {
	p := &reParser{src: re}
	if strings.HasPrefix(p.src, "^") {
		p.pos = 1
	}
	e, err := p.alt()
	if err != nil {
		return "", err
	}
	if p.pos < len(p.src) && p.src[p.pos] == '$' && p.pos == len(p.src)-1 {
		p.pos++
	}
	if p.pos != len(p.src) {
		return "", fmt.Errorf("unexpected %q at offset %d", p.src[p.pos], p.pos)
	}
	return "(" + e + ")", nil
}

type reParser struct {
	src   string
	pos   int
	depth int // groups open
}

var errRegex = errors.New("unsupported regular expression")

func (p *reParser) alt() (string, error) {
	var alts []string
	for {
		s, err := p.seq()
		if err != nil {
			return "", err
		}
		alts = append(alts, s)
		if p.pos < len(p.src) && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		return strings.Join(alts, " | "), nil
	}
}

func (p *reParser) seq() (string, error) {
	var items []string
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '|' || c == ')' || (c == '$' && p.pos == len(p.src)-1) {
			break
		}
		atom, err := p.atom()
		if err != nil {
			return "", err
		}
		q, err := p.quant()
		if err != nil {
			return "", err
		}
		items = append(items, atom+q)
	}
	if len(items) == 0 {
		return `""`, nil
	}
	return strings.Join(items, " "), nil
}

func (p *reParser) quant() (string, error) {
	if p.pos >= len(p.src) {
		return "", nil
	}
	var q string
	switch p.src[p.pos] {
	case '*', '+', '?':
		q = p.src[p.pos : p.pos+1]
		p.pos++
	case '{':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return "", fmt.Errorf("%w: unclosed {", errRegex)
		}
		body := p.src[p.pos+1 : p.pos+end]
		lo, hi, comma := strings.Cut(body, ",")
		a, err := strconv.Atoi(lo)
		if err != nil || a > maxRepeat {
			return "", fmt.Errorf("%w: bad repetition {%s}", errRegex, body)
		}
		switch {
		case !comma:
			q = fmt.Sprintf("{%d}", a)
		case hi == "":
			q = fmt.Sprintf("{%d,}", a)
		default:
			b, err := strconv.Atoi(hi)
			if err != nil || b < a || b > maxRepeat {
				return "", fmt.Errorf("%w: bad repetition {%s}", errRegex, body)
			}
			q = fmt.Sprintf("{%d,%d}", a, b)
		}
		p.pos += end + 1
	default:
		return "", nil
	}
	if p.pos < len(p.src) && p.src[p.pos] == '?' { // lazy: same language
		p.pos++
	}
	return q, nil
}

var (
	classDigit = []rng{{'0', '9'}}
	classWord  = []rng{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	classSpace = []rng{{'\t', '\r'}, {' ', ' '}}
)

func (p *reParser) atom() (string, error) {
	c := p.src[p.pos]
	switch c {
	case '(':
		if p.depth++; p.depth > maxNesting {
			return "", fmt.Errorf("%w: groups nested deeper than %d", errRegex, maxNesting)
		}
		defer func() { p.depth-- }()
		p.pos++
		if strings.HasPrefix(p.src[p.pos:], "?:") {
			p.pos += 2
		} else if p.pos < len(p.src) && p.src[p.pos] == '?' {
			return "", fmt.Errorf("%w: lookaround and named groups", errRegex)
		}
		e, err := p.alt()
		if err != nil {
			return "", err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			return "", fmt.Errorf("%w: unclosed (", errRegex)
		}
		p.pos++
		return "(" + e + ")", nil
	case '[':
		return p.class()
	case '.':
		p.pos++
		return classExpr(complement([]rng{{'\n', '\n'}, {'\r', '\r'}, {0x2028, 0x2029}})), nil
	case '\\':
		cls, r, err := p.escape(false)
		if err != nil {
			return "", err
		}
		if cls != nil {
			return classExpr(cls), nil
		}
		return jsonChar(r), nil
	case '^', '$':
		return "", fmt.Errorf("%w: anchor inside the expression", errRegex)
	case '*', '+', '?', '{':
		return "", fmt.Errorf("%w: quantifier %q without an item", errRegex, c)
	}
	r, n := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += n
	return jsonChar(r), nil
}

// escape parses \x at p.pos: a class (\d ...) or one character.
func (p *reParser) escape(inClass bool) ([]rng, rune, error) {
	if p.pos+1 >= len(p.src) {
		return nil, 0, fmt.Errorf("%w: trailing backslash", errRegex)
	}
	c := p.src[p.pos+1]
	p.pos += 2
	switch c {
	case 'd':
		return classDigit, 0, nil
	case 'D':
		return complement(classDigit), 0, nil
	case 'w':
		return classWord, 0, nil
	case 'W':
		return complement(classWord), 0, nil
	case 's':
		return classSpace, 0, nil
	case 'S':
		return complement(classSpace), 0, nil
	case 'n':
		return nil, '\n', nil
	case 't':
		return nil, '\t', nil
	case 'r':
		return nil, '\r', nil
	case 'u', 'x':
		n := 4
		if c == 'x' {
			n = 2
		}
		if p.pos+n > len(p.src) {
			return nil, 0, fmt.Errorf("%w: short \\%c escape", errRegex, c)
		}
		v, err := strconv.ParseUint(p.src[p.pos:p.pos+n], 16, 32)
		if err != nil || (v >= 0xD800 && v <= 0xDFFF) {
			return nil, 0, fmt.Errorf("%w: bad \\%c escape", errRegex, c)
		}
		p.pos += n
		return nil, rune(v), nil
	case 'b', 'B':
		if !inClass {
			return nil, 0, fmt.Errorf("%w: word boundary", errRegex)
		}
	}
	if '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		return nil, 0, fmt.Errorf("%w: escape \\%c", errRegex, c)
	}
	return nil, rune(c), nil
}

func (p *reParser) class() (string, error) {
	p.pos++ // [
	neg := false
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		neg = true
		p.pos++
	}
	var cls []rng
	first := true
	for {
		if p.pos >= len(p.src) {
			return "", fmt.Errorf("%w: unclosed [", errRegex)
		}
		if p.src[p.pos] == ']' && !first {
			p.pos++
			break
		}
		first = false
		lo, set, err := p.classChar()
		if err != nil {
			return "", err
		}
		if set != nil {
			cls = append(cls, set...)
			continue
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			var set2 []rng
			hi, set2, err = p.classChar()
			if err != nil {
				return "", err
			}
			if set2 != nil || hi < lo {
				return "", fmt.Errorf("%w: bad class range", errRegex)
			}
		}
		cls = append(cls, rng{lo, hi})
	}
	cls = normalize(cls)
	if neg {
		cls = complement(cls)
	}
	return classExpr(cls), nil
}

func (p *reParser) classChar() (rune, []rng, error) {
	if p.src[p.pos] == '\\' {
		set, r, err := p.escape(true)
		return r, set, err
	}
	r, n := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += n
	return r, nil, nil
}

// classExpr is a GBNF expression for one character of cls inside a JSON
// string: the plain characters as a class, plus the escaped forms of the
// quote and the backslash if cls holds them. Other characters JSON must
// escape are left out.
func classExpr(cls []rng) string {
	cls = normalize(cls)
	plain := subtract(cls, []rng{{0, 0x1f}, {'"', '"'}, {'\\', '\\'}})
	var alts []string
	if len(plain) > 0 {
		var b strings.Builder
		b.WriteByte('[')
		for _, r := range plain {
			b.WriteString(classRune(r.lo))
			if r.hi != r.lo {
				b.WriteByte('-')
				b.WriteString(classRune(r.hi))
			}
		}
		b.WriteByte(']')
		alts = append(alts, b.String())
	}
	for _, c := range []rune{'"', '\\'} {
		if inClass(cls, c) {
			alts = append(alts, jsonChar(c))
		}
	}
	switch len(alts) {
	case 0:
		return "[b-a]" // nothing: the class held only characters JSON must escape
	case 1:
		return alts[0]
	}
	return "(" + strings.Join(alts, " | ") + ")"
}

func classRune(r rune) string {
	switch {
	case r < 0x20 || r == 0x7f || r == ']' || r == '[' || r == '\\' || r == '-' || r == '^' || r == '"':
		return fmt.Sprintf(`\x%02x`, r)
	case r >= 0xD800 && r <= 0xDFFF, r > 0xFFFF:
		return fmt.Sprintf(`\U%08x`, r)
	case r >= 0x80:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return string(r)
}

func inClass(cls []rng, c rune) bool {
	for _, r := range cls {
		if r.lo <= c && c <= r.hi {
			return true
		}
	}
	return false
}

// subtract returns a minus b (both normalized).
func subtract(a, b []rng) []rng {
	return complementUnion(complement(a), b)
}

func complementUnion(a, b []rng) []rng {
	return complement(normalize(append(append([]rng(nil), a...), b...)))
}

// jsonChar is a GBNF literal for c as it appears inside a JSON string.
func jsonChar(c rune) string {
	switch c {
	case '"':
		return gbnfLiteral(`\"`)
	case '\\':
		return gbnfLiteral(`\\`)
	case '\n':
		return gbnfLiteral(`\n`)
	case '\t':
		return gbnfLiteral(`\t`)
	case '\r':
		return gbnfLiteral(`\r`)
	}
	if c < 0x20 {
		return gbnfLiteral(fmt.Sprintf(`\u%04x`, c))
	}
	return gbnfLiteral(string(c))
}
