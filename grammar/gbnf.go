package grammar

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits that keep a hostile grammar from exhausting memory, in the spirit of
// llama.cpp's repetition threshold.
const (
	maxRepeat   = 2000    // largest {m,n} bound kept as a bound (larger max: unbounded)
	maxElements = 1 << 20 // compiled grammar size
	maxRunes    = 0x10FFFF
	maxNesting  = 256 // parentheses
)

// SyntaxError is a GBNF parse error at a byte offset of the grammar text.
type SyntaxError struct {
	Offset int    // byte offset in the grammar text
	Line   int    // 1-based line of Offset
	Msg    string // what was expected or wrong
}

// Error implements error.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("grammar: line %d (byte %d): %s", e.Line, e.Offset, e.Msg)
}

// ErrLeftRecursion is wrapped by the error for a grammar with a left-recursive
// rule, which the pushdown matcher cannot run (as in llama.cpp).
var ErrLeftRecursion = errors.New("grammar: left recursion")

// ErrTooLarge is wrapped by the error for a grammar over the size limits.
var ErrTooLarge = errors.New("grammar: too large")

// rng is an inclusive range of code points.
type rng struct{ lo, hi rune }

// item is one symbol of a parsed alternative: a rule reference (ref >= 0) or a
// code point class (ref < 0).
type item struct {
	ref int32
	cls []rng
}

type prule struct {
	name    string
	alts    [][]item
	defined bool
}

type parser struct {
	src   string
	pos   int
	rules []prule
	ids   map[string]int32
	size  int // items produced, bounded by maxElements
	depth int // parentheses open
}

// fail aborts the parse with a *SyntaxError; ParseGBNF recovers it, so the
// panic never leaves the package.
func (p *parser) fail(at int, format string, args ...any) {
	line := 1 + strings.Count(p.src[:min(at, len(p.src))], "\n")
	panic(&SyntaxError{Offset: at, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// ParseGBNF parses a grammar in llama.cpp's GBNF notation and compiles it.
// The start rule is "root". Token references (<...>, <[id]>) are not
// supported.
func ParseGBNF(src string) (g *Grammar, err error) {
	p := &parser{src: src, ids: map[string]int32{}}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			g, err = nil, se
		}
	}()
	p.pos = p.space(0, true)
	for p.pos < len(src) {
		p.rule()
	}
	for i := range p.rules {
		if !p.rules[i].defined {
			p.fail(len(src), "undefined rule %q", p.rules[i].name)
		}
	}
	root, ok := p.ids["root"]
	if !ok {
		p.fail(len(src), "the grammar has no root rule")
	}
	return compile(p.rules, root)
}

func isWordChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || '0' <= c && c <= '9'
}

func (p *parser) at(i int) byte {
	if i < len(p.src) {
		return p.src[i]
	}
	return 0
}

// space skips blanks and comments, and newlines if newlineOK.
func (p *parser) space(i int, newlineOK bool) int {
	for i < len(p.src) {
		c := p.src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '#':
			for i < len(p.src) && p.src[i] != '\r' && p.src[i] != '\n' {
				i++
			}
		case newlineOK && (c == '\r' || c == '\n'):
			i++
		default:
			return i
		}
	}
	return i
}

func (p *parser) name(i int) int {
	j := i
	for j < len(p.src) && isWordChar(p.src[j]) {
		j++
	}
	if j == i {
		p.fail(i, "expecting a name")
	}
	return j
}

func (p *parser) symbol(name string) int32 {
	if id, ok := p.ids[name]; ok {
		return id
	}
	id := int32(len(p.rules))
	p.ids[name] = id
	p.rules = append(p.rules, prule{name: name})
	return id
}

func (p *parser) generated(base string) int32 {
	id := int32(len(p.rules))
	name := base + "_" + strconv.Itoa(int(id))
	p.ids[name] = id
	p.rules = append(p.rules, prule{name: name, defined: true})
	return id
}

func (p *parser) rule() {
	start := p.pos
	end := p.name(start)
	name := p.src[start:end]
	id := p.symbol(name)
	i := p.space(end, false)
	if !strings.HasPrefix(p.src[i:], "::=") {
		p.fail(i, "expecting ::=")
	}
	p.pos = p.space(i+3, true)
	p.alternates(name, id, false)
	switch p.at(p.pos) {
	case '\r':
		p.pos++
		if p.at(p.pos) == '\n' {
			p.pos++
		}
	case '\n':
		p.pos++
	case 0:
	default:
		p.fail(p.pos, "expecting newline or end")
	}
	p.pos = p.space(p.pos, true)
}

func (p *parser) alternates(name string, id int32, nested bool) {
	alts := [][]item{p.sequence(name, nested)}
	for p.at(p.pos) == '|' {
		p.pos = p.space(p.pos+1, true)
		alts = append(alts, p.sequence(name, nested))
	}
	p.rules[id].alts = alts
	p.rules[id].defined = true
}

func (p *parser) hex(i, n int) (rune, int) {
	if i+n > len(p.src) {
		p.fail(i, "expecting %d hex digits", n)
	}
	v, err := strconv.ParseUint(p.src[i:i+n], 16, 32)
	if err != nil {
		p.fail(i, "expecting %d hex digits", n)
	}
	if v > maxRunes {
		p.fail(i, "code point %#x is beyond U+10FFFF", v)
	}
	return rune(v), i + n
}

// char parses one character or escape at i.
func (p *parser) char(i int) (rune, int) {
	if i >= len(p.src) {
		p.fail(i, "unexpected end of input")
	}
	if p.src[i] == '\\' {
		switch p.at(i + 1) {
		case 'x':
			return p.hex(i+2, 2)
		case 'u':
			return p.hex(i+2, 4)
		case 'U':
			return p.hex(i+2, 8)
		case 't':
			return '\t', i + 2
		case 'r':
			return '\r', i + 2
		case 'n':
			return '\n', i + 2
		case '\\', '"', '[', ']', '-':
			return rune(p.src[i+1]), i + 2
		}
		p.fail(i, "unknown escape")
	}
	r, n := utf8.DecodeRuneInString(p.src[i:])
	if r == utf8.RuneError && n == 1 {
		p.fail(i, "invalid UTF-8")
	}
	return r, i + n
}

func (p *parser) grow(n int) {
	p.size += n
	if p.size > maxElements {
		panic(&SyntaxError{Offset: p.pos, Line: 1 + strings.Count(p.src[:p.pos], "\n"),
			Msg: fmt.Sprintf("%v: over %d symbols after expanding repetitions", ErrTooLarge, maxElements)})
	}
}

func (p *parser) sequence(name string, nested bool) []item {
	var seq []item
	last := 0
	repeat := func(lo, hi int, noMax bool) {
		if last == len(seq) {
			p.fail(p.pos, "expecting an item before a repetition operator")
		}
		prev := append([]item(nil), seq[last:]...)
		if lo == 0 {
			seq = seq[:last]
		}
		for i := 1; i < lo; i++ {
			p.grow(len(prev))
			seq = append(seq, prev...)
		}
		nOpt := 1
		if !noMax {
			nOpt = hi - lo
		}
		var lastRec int32 = -1
		for i := 0; i < nOpt; i++ {
			id := p.generated(name)
			alt := append([]item(nil), prev...)
			if i > 0 || noMax {
				ref := lastRec
				if noMax {
					ref = id
				}
				alt = append(alt, item{ref: ref})
			}
			p.grow(len(alt))
			p.rules[id].alts = [][]item{alt, nil}
			lastRec = id
		}
		if nOpt > 0 {
			seq = append(seq, item{ref: lastRec})
		}
	}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == '"':
			i := p.pos + 1
			last = len(seq)
			for p.at(i) != '"' {
				if i >= len(p.src) {
					p.fail(i, "unexpected end of input in a literal")
				}
				var r rune
				r, i = p.char(i)
				seq = append(seq, item{ref: -1, cls: []rng{{r, r}}})
				p.grow(1)
			}
			p.pos = p.space(i+1, nested)
		case c == '[':
			i := p.pos + 1
			neg := false
			if p.at(i) == '^' {
				neg, i = true, i+1
			}
			last = len(seq)
			var cls []rng
			for p.at(i) != ']' {
				if i >= len(p.src) {
					p.fail(i, "unexpected end of input in a character class")
				}
				var lo rune
				lo, i = p.char(i)
				hi := lo
				if p.at(i) == '-' && p.at(i+1) != ']' {
					if i+1 >= len(p.src) {
						p.fail(i, "unexpected end of input in a character class")
					}
					hi, i = p.char(i + 1)
				}
				if hi >= lo { // llama.cpp's [z-a] matches nothing
					cls = append(cls, rng{lo, hi})
				}
			}
			cls = normalize(cls)
			if neg {
				cls = complement(cls)
			}
			seq = append(seq, item{ref: -1, cls: cls})
			p.grow(1)
			p.pos = p.space(i+1, nested)
		case c == '<' || c == '!':
			p.fail(p.pos, "token references are not supported")
		case isWordChar(c):
			end := p.name(p.pos)
			id := p.symbol(p.src[p.pos:end])
			p.pos = p.space(end, nested)
			last = len(seq)
			seq = append(seq, item{ref: id})
			p.grow(1)
		case c == '(':
			if p.depth++; p.depth > maxNesting {
				p.fail(p.pos, "%v: parentheses nested deeper than %d", ErrTooLarge, maxNesting)
			}
			p.pos = p.space(p.pos+1, true)
			id := p.generated(name)
			p.alternates(name, id, true)
			last = len(seq)
			seq = append(seq, item{ref: id})
			p.grow(1)
			if p.at(p.pos) != ')' {
				p.fail(p.pos, "expecting ')'")
			}
			p.depth--
			p.pos = p.space(p.pos+1, nested)
		case c == '.':
			last = len(seq)
			seq = append(seq, item{ref: -1, cls: anyChar()})
			p.grow(1)
			p.pos = p.space(p.pos+1, nested)
		case c == '*':
			p.pos = p.space(p.pos+1, nested)
			repeat(0, 0, true)
		case c == '+':
			p.pos = p.space(p.pos+1, nested)
			repeat(1, 0, true)
		case c == '?':
			p.pos = p.space(p.pos+1, nested)
			repeat(0, 1, false)
		case c == '{':
			p.pos = p.space(p.pos+1, nested)
			lo := p.int()
			p.pos = p.space(p.pos, nested)
			hi, noMax := lo, false
			switch p.at(p.pos) {
			case '}':
				p.pos = p.space(p.pos+1, nested)
			case ',':
				p.pos = p.space(p.pos+1, nested)
				noMax = true
				if d := p.at(p.pos); '0' <= d && d <= '9' {
					hi, noMax = p.int(), false
					p.pos = p.space(p.pos, nested)
				}
				if p.at(p.pos) != '}' {
					p.fail(p.pos, "expecting '}'")
				}
				p.pos = p.space(p.pos+1, nested)
			default:
				p.fail(p.pos, "expecting ',' or '}'")
			}
			if lo > maxRepeat {
				p.fail(p.pos, "%v: repetition count %d is over %d", ErrTooLarge, lo, maxRepeat)
			}
			if !noMax && hi > maxRepeat {
				noMax = true
			}
			if !noMax && hi < lo {
				p.fail(p.pos, "repetition {%d,%d}: the maximum is below the minimum", lo, hi)
			}
			repeat(lo, hi, noMax)
		default:
			return seq
		}
	}
	return seq
}

func (p *parser) int() int {
	i := p.pos
	for i < len(p.src) && '0' <= p.src[i] && p.src[i] <= '9' {
		i++
	}
	if i == p.pos {
		p.fail(i, "expecting an integer")
	}
	n, err := strconv.Atoi(p.src[p.pos:i])
	if err != nil || n > 1<<30 {
		p.fail(p.pos, "integer out of range")
	}
	p.pos = i
	return n
}

// normalize sorts and merges ranges.
func normalize(cls []rng) []rng {
	if len(cls) < 2 {
		return cls
	}
	s := append([]rng(nil), cls...)
	// insertion sort: classes are short
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].lo < s[j-1].lo; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := s[:1]
	for _, r := range s[1:] {
		t := &out[len(out)-1]
		if r.lo <= t.hi+1 {
			t.hi = max(t.hi, r.hi)
		} else {
			out = append(out, r)
		}
	}
	return out
}

// complement returns the code points not in cls (sorted, merged), without
// surrogates, which valid UTF-8 cannot encode.
func complement(cls []rng) []rng {
	var out []rng
	next := rune(0)
	for _, r := range cls {
		if r.lo > next {
			out = append(out, rng{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= maxRunes {
		out = append(out, rng{next, maxRunes})
	}
	return out
}

func anyChar() []rng { return []rng{{0, maxRunes}} }
