package tokenizer

// specialTrie finds special tokens in text: a byte trie, so that matching costs the same for any number of tokens
// sharing a prefix (LLaMA-3 has 256 starting with "<|").
type specialTrie struct {
	nodes []trieNode // nodes[0] is the root, once something was added
	first [256]int32 // the root's children by byte (0: none), so text bytes that start nothing cost one load
}

type trieNode struct {
	edges  []trieEdge
	id     int32 // the token ending here, or -1
	always bool  // matched even without ParseSpecial (user-defined)
}

type trieEdge struct {
	b    byte
	next int32
}

func (t *specialTrie) add(s string, id int32, always bool) {
	if s == "" {
		return
	}
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{id: -1})
	}
	n := int32(0)
	for i := 0; i < len(s); i++ {
		next := t.child(n, s[i])
		if next < 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{id: -1})
			if n == 0 {
				t.first[s[i]] = next
			} else {
				t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{s[i], next})
			}
		}
		n = next
	}
	if t.nodes[n].id < 0 { // a duplicate text keeps the first id
		t.nodes[n].id, t.nodes[n].always = id, always
	}
}

func (t *specialTrie) child(n int32, b byte) int32 {
	if n == 0 {
		if c := t.first[b]; c > 0 {
			return c
		}
		return -1
	}
	for _, e := range t.nodes[n].edges {
		if e.b == b {
			return e.next
		}
	}
	return -1
}

// match returns the longest special token that s starts with and may be matched (always, or parseSpecial), and
// its length; n is 0 when there is none. Trying every position in turn gives leftmost-longest matching, as Hugging
// Face's added-token splitting does.
func (t *specialTrie) match(s string, parseSpecial bool) (id int32, n int) {
	if len(s) == 0 || len(t.nodes) == 0 || t.first[s[0]] == 0 {
		return -1, 0
	}
	id, node := -1, int32(0)
	for i := 0; i < len(s); i++ {
		if node = t.child(node, s[i]); node < 0 {
			break
		}
		if nd := &t.nodes[node]; nd.id >= 0 && (parseSpecial || nd.always) {
			id, n = nd.id, i+1
		}
	}
	return id, n
}
