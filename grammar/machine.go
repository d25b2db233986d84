package grammar

import (
	"errors"
	"fmt"
	"slices"
	"unsafe"
)

// Stack ids: 0 is the empty stack (the root rule is complete); others index
// machine.nodes. A node is a grammar position over a parent stack.
type node struct {
	pos    int32
	parent int32
}

// ErrAmbiguous is wrapped by Matcher.Err when the grammar is too ambiguous
// to track: its parse stacks multiplied beyond the machine's bounds.
var ErrAmbiguous = errors.New("grammar: too ambiguous")

const (
	dead    int32 = -1 // no stack survives
	unknown int32 = -2 // transition not computed yet
)

// dstate is an interned parser state: a sorted set of stacks whose tops are
// byte sets (or the empty stack).
type dstate struct {
	stacks []int32
	accept bool        // holds the empty stack
	final  bool        // only the empty stack: nothing more can follow
	next   *[256]int32 // memoized byte transitions, allocated on first use
	mask   []uint64    // allowed tokens, computed on first use
}

// machine is the pushdown automaton of a Grammar with interned stacks and
// states, so that identical states share transitions and token masks. It
// grows with the states a generation visits; it is not safe for concurrent
// use.
type machine struct {
	g       *Grammar
	nodes   []node
	nodeIDs map[node]int32
	states  []dstate
	stateID map[string]int32

	// err is set, and sticks, when a state needs more stacks than maxStacks
	// or the machine more nodes than maxNodes: a highly ambiguous grammar
	// multiplies its stacks with every byte, as in llama.cpp's matcher.
	err error

	// scratch
	seen map[int32]struct{}
	out  []int32
}

// Bounds on a machine's growth.
const (
	maxStacks = 1024
	maxNodes  = 1 << 20
)

func newMachine(g *Grammar) *machine {
	m := &machine{g: g, nodes: []node{{}}, nodeIDs: map[node]int32{}, stateID: map[string]int32{},
		seen: map[int32]struct{}{}}
	return m
}

func (m *machine) node(pos, parent int32) int32 {
	k := node{pos, parent}
	if id, ok := m.nodeIDs[k]; ok {
		return id
	}
	id := int32(len(m.nodes))
	m.nodes = append(m.nodes, k)
	m.nodeIDs[k] = id
	return id
}

// start returns the initial state.
func (m *machine) start() int32 {
	m.begin()
	for _, a := range m.g.rules[m.g.root] {
		m.expand(m.node(a, 0))
	}
	return m.finish()
}

func (m *machine) begin() {
	clear(m.seen)
	m.out = m.out[:0]
}

// expand adds to m.out the stacks reachable from stack s without consuming a
// byte whose tops are byte sets, or the empty stack.
func (m *machine) expand(s int32) {
	for {
		if _, ok := m.seen[s]; ok {
			return
		}
		m.seen[s] = struct{}{}
		if s == 0 {
			m.out = append(m.out, 0)
			return
		}
		if len(m.out) >= maxStacks || len(m.nodes) >= maxNodes {
			if m.err == nil {
				m.err = fmt.Errorf("%w: over %d parse stacks in one state or %d in all", ErrAmbiguous, maxStacks, maxNodes)
			}
			return
		}
		n := m.nodes[s]
		e := &m.g.elems[n.pos]
		switch e.kind {
		case kBytes:
			m.out = append(m.out, s)
			return
		case kEnd:
			s = n.parent
			continue
		}
		// A reference at the end of an alternative returns straight to the
		// parent (a tail call), keeping right recursion flat.
		cont := n.parent
		if m.g.elems[n.pos+1].kind != kEnd {
			cont = m.node(n.pos+1, n.parent)
		}
		for _, a := range m.g.rules[e.ref] {
			m.expand(m.node(a, cont))
		}
		return
	}
}

// finish interns the stacks in m.out as a state.
func (m *machine) finish() int32 {
	if len(m.out) == 0 || m.err != nil {
		return dead
	}
	slices.Sort(m.out)
	key := unsafe.String((*byte)(unsafe.Pointer(&m.out[0])), len(m.out)*4)
	if id, ok := m.stateID[key]; ok {
		return id
	}
	st := dstate{stacks: slices.Clone(m.out)}
	st.accept = st.stacks[0] == 0
	st.final = st.accept && len(st.stacks) == 1
	id := int32(len(m.states))
	m.states = append(m.states, st)
	m.stateID[string(unsafe.Slice((*byte)(unsafe.Pointer(&st.stacks[0])), len(st.stacks)*4))] = id
	return id
}

// table returns state s's transition table, allocating it (all unknown) on
// first use. The table is stable: step fills it in place.
func (m *machine) table(s int32) *[256]int32 {
	st := &m.states[s]
	if st.next == nil {
		st.next = new([256]int32)
		for i := range st.next {
			st.next[i] = unknown
		}
	}
	return st.next
}

// step returns the state after byte b from state s, or dead.
func (m *machine) step(s int32, b byte) int32 {
	next := m.table(s)
	if t := next[b]; t != unknown {
		return t
	}
	st := &m.states[s]
	m.begin()
	for _, k := range st.stacks {
		if k == 0 {
			continue
		}
		n := m.nodes[k]
		if m.g.elems[n.pos].has(b) {
			m.expand(m.node(n.pos+1, n.parent))
		}
	}
	t := m.finish()
	next[b] = t // the table is not moved when m.states grows
	return t
}
