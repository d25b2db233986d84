package tokenizer

import "unicode/utf8"

// spmCand is a possible merge of the symbols left and right whose texts together are a vocabulary piece.
type spmCand struct {
	score       float32
	left, right int32
	size        int32 // bytes of the merged text: the candidate is stale when the symbols changed
}

// less orders the heap: highest score first, leftmost first among equal scores (llama.cpp's llm_bigram_spm).
func (a spmCand) less(b spmCand) bool {
	return a.score > b.score || a.score == b.score && a.left < b.left
}

// encodeSPM tokenizes one fragment the way llama.cpp's SPM tokenizer does: spaces become ▁ (with one prepended when
// the vocabulary adds a space prefix and the fragment starts the text or follows a special token), the characters
// are merged pairwise, best-scoring vocabulary piece first, and what is left unknown falls back to <0xXX> tokens.
func (t *Tokenizer) encodeSPM(out []int32, s string, afterSpecial bool, sc *scratch) []int32 {
	buf := sc.text[:0]
	if t.v.AddSpacePrefix && afterSpecial {
		buf = append(buf, "▁"...)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			buf = append(buf, "▁"...)
		} else {
			buf = append(buf, s[i])
		}
	}
	sc.text = buf

	// Symbols start as characters; a merged-away symbol is left empty.
	var n int
	for i := 0; i < len(buf); n++ {
		_, w := utf8.DecodeRune(buf[i:])
		i += w
	}
	start, end := grow(sc.ids, n), grow(sc.aux, n)
	next, prev := grow(sc.next, n), grow(sc.prev, n)
	sc.ids, sc.aux, sc.next, sc.prev = start, end, next, prev
	for i, k := 0, 0; i < len(buf); k++ {
		_, w := utf8.DecodeRune(buf[i:])
		start[k], end[k] = int32(i), int32(i+w)
		next[k], prev[k] = int32(k+1), int32(k-1)
		i += w
	}
	if n > 0 {
		next[n-1] = -1
	}
	var h []spmCand
	try := func(l, r int32) {
		if l < 0 || r < 0 {
			return
		}
		if id, ok := t.spmPiece(buf[start[l]:end[r]]); ok {
			h = heapPush(h, spmCand{score: t.scores[id], left: l, right: r, size: end[r] - start[l]}, spmCand.less)
		}
	}
	for k := 1; k < n; k++ {
		try(int32(k-1), int32(k))
	}
	for len(h) > 0 {
		var c spmCand
		c, h = heapPop(h, spmCand.less)
		l, r := c.left, c.right
		if end[l] <= start[l] || end[r] <= start[r] || end[l]-start[l]+end[r]-start[r] != c.size {
			continue
		}
		end[l] = end[r]
		start[r], end[r] = 0, 0 // merged away
		next[l] = next[r]
		if next[r] >= 0 {
			prev[next[r]] = l
		}
		try(prev[l], l)
		try(l, next[l])
	}
	for k := int32(0); n > 0 && k >= 0; k = next[k] {
		piece := buf[start[k]:end[k]]
		if id, ok := t.spmPiece(piece); ok {
			out = append(out, id)
			continue
		}
		// Byte fallback; a character whose bytes are not all in the vocabulary is one <unk>, as in SentencePiece.
		complete := true
		for _, b := range piece {
			complete = complete && t.byteTok[b] >= 0
		}
		switch {
		case complete:
			for _, b := range piece {
				out = append(out, t.byteTok[b])
			}
		case t.v.UNK >= 0:
			out = append(out, t.v.UNK)
		}
	}
	return out
}

// spmPiece looks up a SentencePiece piece: a normal or user-defined token (never a control or byte token's text).
func (t *Tokenizer) spmPiece(p []byte) (int32, bool) {
	id, ok := t.tokenToID[string(p)]
	return id, ok && (t.types[id] == TypeNormal || t.types[id] == TypeUserDefined)
}
