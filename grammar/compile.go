package grammar

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Element kinds of a compiled grammar.
const (
	kEnd   uint8 = iota // end of an alternative
	kRef                // rule reference
	kBytes              // one byte out of a set
)

// elem is one element of a compiled alternative.
type elem struct {
	kind uint8
	ref  int32     // kRef: the rule
	set  [4]uint64 // kBytes: the accepted bytes
}

func (e *elem) has(b byte) bool { return e.set[b>>6]&(1<<(b&63)) != 0 }

// Grammar is a compiled context-free grammar over bytes. It is immutable and
// safe for concurrent use; Matchers hold the per-generation state.
type Grammar struct {
	elems []elem    // every alternative's elements, each alternative ending in kEnd
	rules [][]int32 // rule -> start positions of its alternatives
	names []string  // rule names, for errors
	altOf []int32   // position -> rule owning it (for the reference recognizer)
	root  int32
}

// Rules is the number of rules after repetitions and character classes were
// rewritten into rules.
func (g *Grammar) Rules() int { return len(g.rules) }

type byteRange struct{ lo, hi byte }

type compiler struct {
	g       *Grammar
	classes map[string]int32 // class key -> synthesized rule
	pending [][][]byteRange  // synthesized rule -> alternatives (a nil first one stands for ascii)
	ascii   []elem           // synthesized rule -> its ASCII byte set, if any
}

func compile(rules []prule, root int32) (*Grammar, error) {
	g := &Grammar{root: root, rules: make([][]int32, len(rules)), names: make([]string, len(rules))}
	c := &compiler{g: g, classes: map[string]int32{}}
	for i, r := range rules {
		g.names[i] = r.name
	}
	for i, r := range rules {
		for _, alt := range r.alts {
			start := int32(len(g.elems))
			for _, it := range alt {
				if it.ref >= 0 {
					g.elems = append(g.elems, elem{kind: kRef, ref: it.ref})
					continue
				}
				c.class(it.cls)
			}
			g.elems = append(g.elems, elem{kind: kEnd})
			g.rules[i] = append(g.rules[i], start)
			if len(g.elems) > maxElements {
				return nil, fmt.Errorf("%w: over %d elements", ErrTooLarge, maxElements)
			}
		}
	}
	// Synthesized rules for multi-byte classes; they only hold bytes.
	for k, alts := range c.pending {
		id := len(rules) + k
		for j, seq := range alts {
			start := int32(len(g.elems))
			if j == 0 && seq == nil {
				g.elems = append(g.elems, c.ascii[k])
			}
			for _, br := range seq {
				g.elems = append(g.elems, bytesElem(br.lo, br.hi))
			}
			g.elems = append(g.elems, elem{kind: kEnd})
			g.rules[id] = append(g.rules[id], start)
		}
		if len(g.elems) > maxElements {
			return nil, fmt.Errorf("%w: over %d elements", ErrTooLarge, maxElements)
		}
	}
	g.altOf = make([]int32, len(g.elems))
	for r, alts := range g.rules {
		for _, a := range alts {
			for p := a; ; p++ {
				g.altOf[p] = int32(r)
				if g.elems[p].kind == kEnd {
					break
				}
			}
		}
	}
	if err := g.checkLeftRecursion(); err != nil {
		return nil, err
	}
	return g, nil
}

func bytesElem(lo, hi byte) elem {
	e := elem{kind: kBytes}
	for b := int(lo); b <= int(hi); b++ {
		e.set[b>>6] |= 1 << (b & 63)
	}
	return e
}

// class appends the elements matching one code point of cls: a byte set for
// an ASCII class, the bytes inline for a class with one UTF-8 sequence shape,
// else a reference to a synthesized rule with one alternative per shape.
func (c *compiler) class(cls []rng) {
	g := c.g
	if len(cls) == 0 { // matches nothing
		g.elems = append(g.elems, elem{kind: kBytes})
		return
	}
	if cls[len(cls)-1].hi < utf8.RuneSelf {
		e := elem{kind: kBytes}
		for _, r := range cls {
			o := bytesElem(byte(r.lo), byte(r.hi))
			for i := range e.set {
				e.set[i] |= o.set[i]
			}
		}
		g.elems = append(g.elems, e)
		return
	}
	var seqs [][]byteRange
	for _, r := range cls {
		seqs = appendUTF8Seqs(seqs, r.lo, r.hi)
	}
	// ASCII parts collapse into one single-byte alternative.
	var ascii elem
	ascii.kind = kBytes
	multi := seqs[:0:0]
	for _, s := range seqs {
		if len(s) == 1 && s[0].hi < utf8.RuneSelf {
			o := bytesElem(s[0].lo, s[0].hi)
			for i := range ascii.set {
				ascii.set[i] |= o.set[i]
			}
			continue
		}
		multi = append(multi, s)
	}
	hasASCII := ascii.set != [4]uint64{}
	if !hasASCII && len(multi) == 1 {
		for _, br := range multi[0] {
			g.elems = append(g.elems, bytesElem(br.lo, br.hi))
		}
		return
	}
	var key strings.Builder
	for _, r := range cls {
		fmt.Fprintf(&key, "%x-%x,", r.lo, r.hi)
	}
	id, ok := c.classes[key.String()]
	if !ok {
		id = int32(len(g.rules))
		c.classes[key.String()] = id
		g.rules = append(g.rules, nil)
		g.names = append(g.names, "class-"+key.String())
		if hasASCII {
			// The ASCII part is one alternative of one byte set.
			multi = append([][]byteRange{nil}, multi...)
		}
		c.pending = append(c.pending, multi)
		c.ascii = append(c.ascii, ascii)
	}
	g.elems = append(g.elems, elem{kind: kRef, ref: id})
}

// appendUTF8Seqs appends the byte-range sequences that encode exactly the
// code points [lo, hi] (surrogates excluded), splitting the range where the
// encoded length or a continuation byte's full range changes, as regex
// engines compile Unicode classes to byte automata.
func appendUTF8Seqs(dst [][]byteRange, lo, hi rune) [][]byteRange {
	if lo > hi {
		return dst
	}
	// Surrogates are not encodable.
	if lo <= 0xDFFF && hi >= 0xD800 {
		if lo < 0xD800 {
			dst = appendUTF8Seqs(dst, lo, 0xD7FF)
		}
		if hi > 0xDFFF {
			dst = appendUTF8Seqs(dst, 0xE000, hi)
		}
		return dst
	}
	// Split at encoded length boundaries.
	for _, b := range []rune{0x7F, 0x7FF, 0xFFFF} {
		if lo <= b && hi > b {
			dst = appendUTF8Seqs(dst, lo, b)
			return appendUTF8Seqs(dst, b+1, hi)
		}
	}
	if hi < utf8.RuneSelf {
		return append(dst, []byteRange{{byte(lo), byte(hi)}})
	}
	n := utf8.RuneLen(lo)
	for i := 1; i < n; i++ {
		m := rune(1)<<(6*i) - 1
		if lo&^m != hi&^m {
			if lo&m != 0 {
				dst = appendUTF8Seqs(dst, lo, lo|m)
				return appendUTF8Seqs(dst, (lo|m)+1, hi)
			}
			if hi&m != m {
				dst = appendUTF8Seqs(dst, lo, (hi&^m)-1)
				return appendUTF8Seqs(dst, hi&^m, hi)
			}
		}
	}
	var a, b [4]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], hi)
	seq := make([]byteRange, n)
	for i := range seq {
		seq[i] = byteRange{a[i], b[i]}
	}
	return append(dst, seq)
}

// nullable reports, for every rule, whether it derives the empty string.
func (g *Grammar) nullable() []bool {
	null := make([]bool, len(g.rules))
	for changed := true; changed; {
		changed = false
		for r, alts := range g.rules {
			if null[r] {
				continue
			}
			for _, a := range alts {
				if g.nullableFrom(a, null) {
					null[r], changed = true, true
					break
				}
			}
		}
	}
	return null
}

func (g *Grammar) nullableFrom(p int32, null []bool) bool {
	for ; g.elems[p].kind != kEnd; p++ {
		e := &g.elems[p]
		if e.kind == kBytes || !null[e.ref] {
			return false
		}
	}
	return true
}

// checkLeftRecursion rejects a rule that can reach itself without consuming
// a byte: expanding it would never reach a terminal.
func (g *Grammar) checkLeftRecursion() error {
	null := g.nullable()
	// left[r]: rules r can begin with.
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(g.rules))
	var visit func(r int32, path []int32) error
	visit = func(r int32, path []int32) error {
		color[r] = grey
		path = append(path, r)
		for _, a := range g.rules[r] {
			for p := a; g.elems[p].kind == kRef; p++ {
				t := g.elems[p].ref
				switch color[t] {
				case grey:
					names := make([]string, 0, len(path)+1)
					for _, x := range path {
						names = append(names, g.names[x])
					}
					return fmt.Errorf("%w: %s -> %s", ErrLeftRecursion, strings.Join(names, " -> "), g.names[t])
				case white:
					if err := visit(t, path); err != nil {
						return err
					}
				}
				if !null[t] {
					break
				}
			}
		}
		color[r] = black
		return nil
	}
	for r := range g.rules {
		if color[r] == white {
			if err := visit(int32(r), nil); err != nil {
				return err
			}
		}
	}
	return nil
}
