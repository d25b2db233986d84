package grammar

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// Vocab is a tokenizer vocabulary prepared for matching: a trie of the
// tokens' byte strings laid out in preorder, so that a walk over it is a
// forward scan that skips a dead subtree in one jump. Build it once per
// tokenizer; it is immutable and safe for concurrent use.
type Vocab struct {
	size   int
	tokens [][]byte // id -> bytes (nil: never allowed by the grammar)

	// Trie nodes in preorder (the root is implicit): node i extends its
	// parent, the last node before it with depth depth[i]-1, by label[i];
	// its subtree is nodes i .. i+subtree[i]-1.
	label    []byte
	depth    []uint16
	subtree  []int32
	token    []int32           // the token ending at node i, or -1
	dups     map[int32][]int32 // further tokens with the same bytes as token[i]
	maxDepth int
}

// NewVocab builds a Vocab from each token id's bytes. Tokens with no bytes
// (control tokens) are never allowed by a grammar; callers allow end-of-text
// tokens themselves when the grammar can end (see Matcher.Mask).
func NewVocab(tokens [][]byte) *Vocab {
	v := &Vocab{size: len(tokens), tokens: make([][]byte, len(tokens)), dups: map[int32][]int32{}}
	ids := make([]int32, 0, len(tokens))
	for i, t := range tokens {
		if len(t) > 0 {
			v.tokens[i] = slices.Clone(t)
			ids = append(ids, int32(i))
			v.maxDepth = max(v.maxDepth, len(t))
		}
	}
	if v.maxDepth > math.MaxUint16 {
		v.maxDepth = math.MaxUint16 // longer tokens are left out below
	}
	slices.SortStableFunc(ids, func(a, b int32) int { return slices.Compare(v.tokens[a], v.tokens[b]) })
	// Inserting sorted strings in order numbers the nodes in preorder.
	path := make([]int32, 0, v.maxDepth) // node at each depth of the current path
	closeTo := func(d int) {
		for len(path) > d {
			n := path[len(path)-1]
			v.subtree[n] = int32(len(v.label)) - n
			path = path[:len(path)-1]
		}
	}
	var prev []byte
	for _, id := range ids {
		t := v.tokens[id]
		if len(t) > math.MaxUint16 {
			v.tokens[id] = nil
			continue
		}
		lcp := 0
		for lcp < len(t) && lcp < len(prev) && t[lcp] == prev[lcp] {
			lcp++
		}
		if lcp == len(t) && len(t) == len(prev) { // same bytes as the previous token
			n := path[len(path)-1]
			v.dups[n] = append(v.dups[n], id)
			continue
		}
		closeTo(lcp)
		for d := lcp; d < len(t); d++ {
			path = append(path, int32(len(v.label)))
			v.label = append(v.label, t[d])
			v.depth = append(v.depth, uint16(d+1))
			v.subtree = append(v.subtree, 0)
			v.token = append(v.token, -1)
		}
		v.token[path[len(path)-1]] = id
		prev = t
	}
	closeTo(0)
	return v
}

// Size is the number of token ids.
func (v *Vocab) Size() int { return v.size }

// ErrRejected is wrapped by Matcher.Accept for a token the grammar does not
// allow in the current state.
var ErrRejected = errors.New("grammar: token not allowed")

// Matcher tracks one generation's position in a Grammar and masks the
// tokens that cannot continue it. A Matcher is not safe for concurrent use;
// make one per generation. Its memory grows with the distinct parser states
// the generation visits.
type Matcher struct {
	g     *Grammar
	v     *Vocab
	m     *machine
	state int32

	walk  []int32       // the state at each depth of the trie walk
	nexts []*[256]int32 // and its transition table
}

// NewMatcher returns a Matcher at the start of g.
func NewMatcher(g *Grammar, v *Vocab) *Matcher {
	m := newMachine(g)
	return &Matcher{g: g, v: v, m: m, state: m.start()}
}

// Err returns the error that made the Matcher unable to continue (wrapping
// ErrAmbiguous), or nil. Once set, masks are empty and Accept fails; callers
// should check it after Mask or Allowed and stop generating.
func (mt *Matcher) Err() error { return mt.m.err }

// CanEnd reports whether the text so far is a complete sentence of the
// grammar, so an end-of-text token may follow.
func (mt *Matcher) CanEnd() bool { return mt.state >= 0 && mt.m.states[mt.state].accept }

// Done reports whether the text so far is complete and nothing can follow it.
func (mt *Matcher) Done() bool { return mt.state >= 0 && mt.m.states[mt.state].final }

// Allowed returns the bitset of tokens (bit id%64 of word id/64) that can
// continue the text. The slice is owned by the Matcher and must not be
// modified.
func (mt *Matcher) Allowed() []uint64 {
	if mt.state < 0 {
		return make([]uint64, (mt.v.size+63)/64)
	}
	st := &mt.m.states[mt.state]
	if st.mask == nil {
		mask := mt.compute(mt.state)
		mt.m.states[mt.state].mask = mask
		return mask
	}
	return st.mask
}

// compute walks the vocabulary trie from state s along memoized byte
// transitions; a subtree is skipped as soon as its prefix dies.
func (mt *Matcher) compute(s int32) []uint64 {
	v := mt.v
	mask := make([]uint64, (v.size+63)/64)
	states := slices.Grow(mt.walk[:0], v.maxDepth+1)[:v.maxDepth+1]
	nexts := slices.Grow(mt.nexts[:0], v.maxDepth+1)[:v.maxDepth+1] // states[d]'s transition table
	m := mt.m
	states[0], nexts[0] = s, m.table(s)
	for i, n := 0, len(v.label); i < n; {
		d := v.depth[i]
		t := nexts[d-1][v.label[i]]
		if t == unknown {
			t = m.step(states[d-1], v.label[i])
		}
		if t < 0 {
			i += int(v.subtree[i])
			continue
		}
		states[d], nexts[d] = t, m.table(t)
		if id := v.token[i]; id >= 0 {
			mask[id>>6] |= 1 << (id & 63)
			if len(v.dups) > 0 {
				for _, dup := range v.dups[int32(i)] {
					mask[dup>>6] |= 1 << (dup & 63)
				}
			}
		}
		i++
	}
	mt.nexts = nexts
	mt.walk = states
	return mask
}

// Mask sets to -Inf the logits of tokens that cannot continue the text. The
// end tokens (end of text, end of turn; the first 8 count) keep their logits
// only when the text is complete. If the text is complete and nothing can follow, only the end
// tokens are left.
func (mt *Matcher) Mask(logits []float32, end []int32) {
	allowed := mt.Allowed()
	negInf := float32(math.Inf(-1))
	canEnd := mt.CanEnd()
	var keep [8]float32 // end tokens' logits, restored when the text can end
	if canEnd {
		for i, id := range end[:min(len(end), len(keep))] {
			if id >= 0 && int(id) < len(logits) {
				keep[i] = logits[id]
			}
		}
	}
	n := min(len(logits), mt.v.size)
	for w := 0; w*64 < n; w++ {
		word := allowed[w]
		if word == math.MaxUint64 {
			continue
		}
		base := w * 64
		lim := min(64, n-base)
		for b := 0; b < lim; b++ {
			if word&(1<<b) == 0 {
				logits[base+b] = negInf
			}
		}
	}
	for i := n; i < len(logits); i++ {
		logits[i] = negInf
	}
	if canEnd {
		for i, id := range end[:min(len(end), len(keep))] {
			if id >= 0 && int(id) < len(logits) {
				logits[id] = keep[i]
			}
		}
	}
}

// Allows reports whether token id can continue the text.
func (mt *Matcher) Allows(id int32) bool {
	if id < 0 || int(id) >= mt.v.size {
		return false
	}
	return mt.Allowed()[id>>6]&(1<<(id&63)) != 0
}

// AllowedCount returns how many tokens can continue the text.
func (mt *Matcher) AllowedCount() int {
	n := 0
	for _, w := range mt.Allowed() {
		n += bits.OnesCount64(w)
	}
	return n
}

// Accept advances past token id. It returns an error wrapping ErrRejected,
// and leaves the state unchanged, if the grammar does not allow the token.
func (mt *Matcher) Accept(id int32) error {
	if id < 0 || int(id) >= mt.v.size || len(mt.v.tokens[id]) == 0 {
		return fmt.Errorf("%w: token %d has no text", ErrRejected, id)
	}
	return mt.AcceptBytes(mt.v.tokens[id])
}

// AcceptBytes advances past raw text.
func (mt *Matcher) AcceptBytes(b []byte) error {
	s := mt.state
	for i, c := range b {
		if s < 0 {
			break
		}
		s = mt.m.step(s, c)
		if mt.m.err != nil {
			return mt.m.err
		}
		if s == dead {
			return fmt.Errorf("%w: byte %d (%q) of %q", ErrRejected, i, c, b)
		}
	}
	if s < 0 {
		return fmt.Errorf("%w: %q", ErrRejected, b)
	}
	mt.state = s
	return nil
}

// Clone returns an independent Matcher in the same state (for forked
// generations). The copy starts with empty caches.
func (mt *Matcher) Clone() *Matcher {
	c := NewMatcher(mt.g, mt.v)
	c.state = c.m.importState(mt.m, mt.state)
	return c
}

// importState copies state s of machine o into m.
func (m *machine) importState(o *machine, s int32) int32 {
	if s < 0 {
		return s
	}
	var copyNode func(id int32) int32
	copyNode = func(id int32) int32 {
		if id == 0 {
			return 0
		}
		n := o.nodes[id]
		return m.node(n.pos, copyNode(n.parent))
	}
	m.begin()
	for _, k := range o.states[s].stacks {
		m.out = append(m.out, copyNode(k))
	}
	return m.finish()
}

// VocabFromTokenizer builds the Vocab of a tokenizer: each token's raw bytes
// as it decodes alone; control tokens have none.
func VocabFromTokenizer(tk *tokenizer.Tokenizer) *Vocab {
	n := tk.VocabSize()
	toks := make([][]byte, n)
	for i := range toks {
		if tk.IsControl(int32(i)) {
			continue
		}
		toks[i] = tk.AppendBytes(nil, []int32{int32(i)}, tokenizer.DecodeOptions{})
	}
	return NewVocab(toks)
}
