package grammar

// earleyItem is a position in an alternative and the input offset where the
// alternative began.
type earleyItem struct{ pos, origin int32 }

// RefViable is the reference recognizer: an Earley parser over the compiled
// grammar, run from scratch on text. viable reports whether text is a prefix
// of some sentence the matcher can continue (the parse has live items);
// complete whether text itself is a sentence. It is slow (cubic) and shares
// no code with the Matcher's stacks, DFA or trie.
func RefViable(g *Grammar, text []byte) (viable, complete bool) {
	sets := make([][]earleyItem, len(text)+1)
	has := make([]map[earleyItem]bool, len(text)+1)
	add := func(i int, it earleyItem) {
		if has[i] == nil {
			has[i] = map[earleyItem]bool{}
		}
		if !has[i][it] {
			has[i][it] = true
			sets[i] = append(sets[i], it)
		}
	}
	for _, a := range g.rules[g.root] {
		add(0, earleyItem{a, 0})
	}
	for i := 0; i <= len(text); i++ {
		// Predict and complete until nothing changes; the repeated passes
		// handle rules that complete without consuming input.
		for n := -1; n != len(sets[i]); {
			n = len(sets[i])
			for j := 0; j < len(sets[i]); j++ {
				it := sets[i][j]
				e := &g.elems[it.pos]
				switch e.kind {
				case kRef:
					for _, a := range g.rules[e.ref] {
						add(i, earleyItem{a, int32(i)})
					}
				case kEnd:
					r := g.altOf[it.pos]
					for k := 0; k < len(sets[it.origin]); k++ {
						p := sets[it.origin][k]
						if pe := &g.elems[p.pos]; pe.kind == kRef && pe.ref == r {
							add(i, earleyItem{p.pos + 1, p.origin})
						}
					}
				}
			}
		}
		if len(sets[i]) == 0 {
			return false, false
		}
		if i == len(text) {
			break
		}
		for _, it := range sets[i] {
			if e := &g.elems[it.pos]; e.kind == kBytes && e.has(text[i]) {
				add(i+1, earleyItem{it.pos + 1, it.origin})
			}
		}
	}
	for _, it := range sets[len(text)] {
		if it.origin == 0 && g.elems[it.pos].kind == kEnd && g.altOf[it.pos] == g.root {
			complete = true
		}
	}
	return true, complete
}
