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
// tokens' byte strings. Build it once per tokenizer; it is immutable and safe
// for concurrent use.
type Vocab struct {
	size   int
	tokens [][]byte // id -> bytes (nil: never allowed by the grammar)

	// Trie in breadth-first order; node 0 is the root.
	label    []byte
	childLo  []int32 // children of node i are childLo[i] .. childLo[i+1]-1
	endsLo   []int32 // tokens ending at node i are ends[endsLo[i]:endsLo[i+1]]
	ends     []int32
	maxDepth int
}

// NewVocab builds a Vocab from each token id's bytes. Tokens with no bytes
// (control tokens) are never allowed by a grammar; callers allow end-of-text
// tokens themselves when the grammar can end (see Matcher.Mask).
func NewVocab(tokens [][]byte) *Vocab {
	v := &Vocab{size: len(tokens), tokens: make([][]byte, len(tokens))}
	ids := make([]int32, 0, len(tokens))
	for i, t := range tokens {
		if len(t) > 0 {
			v.tokens[i] = slices.Clone(t)
			ids = append(ids, int32(i))
			v.maxDepth = max(v.maxDepth, len(t))
		}
	}
	slices.SortFunc(ids, func(a, b int32) int { return slices.Compare(v.tokens[a], v.tokens[b]) })
	// Build level by level: each node is a run of ids sharing a prefix.
	type span struct{ lo, hi, depth int32 } // ids[lo:hi] share ids' first depth bytes
	v.label = []byte{0}
	v.endsLo = []int32{0}
	queue := []span{{0, int32(len(ids)), 0}}
	for qi := 0; qi < len(queue); qi++ {
		sp := queue[qi]
		v.childLo = append(v.childLo, int32(len(queue)))
		lo := sp.lo
		// Tokens that end exactly at this node sort first in its run.
		for lo < sp.hi && int32(len(v.tokens[ids[lo]])) == sp.depth {
			v.ends = append(v.ends, ids[lo])
			lo++
		}
		v.endsLo = append(v.endsLo, int32(len(v.ends)))
		for lo < sp.hi {
			b := v.tokens[ids[lo]][sp.depth]
			hi := lo
			for hi < sp.hi && v.tokens[ids[hi]][sp.depth] == b {
				hi++
			}
			v.label = append(v.label, b)
			queue = append(queue, span{lo, hi, sp.depth + 1})
			lo = hi
		}
	}
	v.childLo = append(v.childLo, int32(len(queue)))
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

	walk []walkItem
}

type walkItem struct {
	node  int32
	state int32
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
	stack := append(mt.walk[:0], walkItem{0, s})
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		next := mt.m.states[it.state].next
		for c := v.childLo[it.node]; c < v.childLo[it.node+1]; c++ {
			t := unknown
			if next != nil {
				t = next[v.label[c]]
			}
			if t == unknown {
				t = mt.m.step(it.state, v.label[c])
				next = mt.m.states[it.state].next
			}
			if t < 0 {
				continue
			}
			for _, id := range v.ends[v.endsLo[c]:v.endsLo[c+1]] {
				mask[id>>6] |= 1 << (id & 63)
			}
			if v.childLo[c] < v.childLo[c+1] {
				stack = append(stack, walkItem{c, t})
			}
		}
	}
	mt.walk = stack
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
