package tokenizer

// scratch is per-Encode working memory, so a Tokenizer needs no locks.
type scratch struct {
	ends []int
	ids  []int32
	aux  []int32
	next []int32
	prev []int32
	heap []mergeCand
	text []byte
}

// Encode returns the token ids of text. Invalid UTF-8 is accepted (byte-level vocabularies encode every byte).
func (t *Tokenizer) Encode(text string, o EncodeOptions) []int32 {
	out := make([]int32, 0, len(text)/4+2)
	if o.AddBOS && t.v.BOS >= 0 {
		out = append(out, t.v.BOS)
	}
	var sc scratch
	start := 0
	afterSpecial := true // SentencePiece: a space prefix at the start and after each special token, as llama.cpp
	if o.ParseSpecial || t.hasAlways {
		for i := 0; i < len(text); i++ {
			id, n := t.specials.match(text[i:], o.ParseSpecial)
			if n == 0 {
				continue
			}
			if i > start {
				out = t.encodeText(out, text[start:i], afterSpecial, &sc)
			}
			out = append(out, id)
			afterSpecial = true
			start = i + n
			i = start - 1
		}
	}
	if start < len(text) {
		out = t.encodeText(out, text[start:], afterSpecial, &sc)
	}
	if o.AddEOS && t.v.EOS >= 0 {
		out = append(out, t.v.EOS)
	}
	return out
}

// encodeText encodes a fragment that contains no special token.
func (t *Tokenizer) encodeText(out []int32, s string, afterSpecial bool, sc *scratch) []int32 {
	if t.spm {
		return t.encodeSPM(out, s, afterSpecial, sc)
	}
	s = t.kind.normalize(s)
	sc.ends = t.pre.appendEnds(sc.ends[:0], s)
	start := 0
	for _, e := range sc.ends {
		out = t.appendBPE(out, s[start:e], sc)
		start = e
	}
	return out
}

// mergeCand is a possible merge of the symbol at pos with the symbol after it.
type mergeCand struct {
	rank        int32
	pos         int32
	left, right int32 // the ids the pair had when queued: the candidate is stale when they changed
	id          int32 // the merged token
}

func (a mergeCand) less(b mergeCand) bool {
	return a.rank < b.rank || a.rank == b.rank && a.pos < b.pos
}

// appendBPE appends the ids of one pre-token (raw bytes). Merges are applied lowest rank first, leftmost first
// among equal ranks, as Hugging Face's BPE model and llama.cpp do.
func (t *Tokenizer) appendBPE(out []int32, word string, sc *scratch) []int32 {
	if len(word) == 1 {
		return append(out, t.byteToID[word[0]])
	}
	if t.ignoreBPE {
		sc.text = appendMapped(sc.text[:0], word)
		if id, ok := t.tokenToID[string(sc.text)]; ok && t.types[id] == TypeNormal {
			return append(out, id)
		}
	}
	n := len(word)
	ids, next, prev := grow(sc.ids, n), grow(sc.next, n), grow(sc.prev, n)
	sc.ids, sc.next, sc.prev = ids, next, prev
	for i := range n {
		ids[i] = t.byteToID[word[i]]
		next[i] = int32(i + 1)
		prev[i] = int32(i - 1)
	}
	next[n-1] = -1
	h := sc.heap[:0]
	for i := range n - 1 {
		if m, ok := t.merges[pairKey(ids[i], ids[i+1])]; ok {
			h = heapPush(h, mergeCand{rank: m.rank, pos: int32(i), left: ids[i], right: ids[i+1], id: m.id}, mergeCand.less)
		}
	}
	for len(h) > 0 {
		var c mergeCand
		c, h = heapPop(h, mergeCand.less)
		nx := next[c.pos]
		if ids[c.pos] != c.left || nx < 0 || ids[nx] != c.right {
			continue
		}
		ids[c.pos] = c.id
		ids[nx] = -1
		next[c.pos] = next[nx]
		if next[nx] >= 0 {
			prev[next[nx]] = c.pos
		}
		if p := prev[c.pos]; p >= 0 {
			if m, ok := t.merges[pairKey(ids[p], c.id)]; ok {
				h = heapPush(h, mergeCand{rank: m.rank, pos: p, left: ids[p], right: c.id, id: m.id}, mergeCand.less)
			}
		}
		if q := next[c.pos]; q >= 0 {
			if m, ok := t.merges[pairKey(c.id, ids[q])]; ok {
				h = heapPush(h, mergeCand{rank: m.rank, pos: c.pos, left: c.id, right: ids[q], id: m.id}, mergeCand.less)
			}
		}
	}
	sc.heap = h
	for i := int32(0); i >= 0; i = next[i] {
		out = append(out, ids[i])
	}
	return out
}

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, 2*n)
	}
	return s[:n]
}

// heapPush and heapPop keep a binary min-heap ordered by less.
func heapPush[T any](h []T, c T, less func(a, b T) bool) []T {
	h = append(h, c)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if !less(h[i], h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	return h
}

func heapPop[T any](h []T, less func(a, b T) bool) (T, []T) {
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(h) && less(h[l], h[m]) {
			m = l
		}
		if r := l + 1; r < len(h) && less(h[r], h[m]) {
			m = r
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	return top, h
}
