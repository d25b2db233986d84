package cpu

import "math"

// attnTask computes causal grouped-query attention for (row, head) units.
type attnTask struct {
	s      *State
	li, n  int
	scores [][]float32 // per share: scores over positions
	probs  [][]float64 // per share (exact mode)
	q64    [][]float64 // per share: the query in float64 (exact mode, vector path)
	acc64  [][]float64 // per share: the weighted sum in float64 (exact mode, vector path)
	rows   [][]float32 // per share: one chunk of an F16 cache's head, widened
	acc32  [][]float32 // per share: ggml's float32 lanes per output column (bitnetcpp mode)
	qt     [][]float64 // per share: four queries transposed (exact mode, quad path)
	s4     [][]float64 // per share: their scores, interleaved
	kb     [][]float64 // per share: scores4's widened key rows
}

// quadHeads is how many heads of a KV group exact-mode attention takes in
// one headsFast4 call, 0 where it takes them one at a time (headFast): 4
// where every group holds a multiple of four heads, 3 where a group holds 3
// (12 heads on 4 KV heads, say), padded to four lanes. The set must
// have scores4. Units aligned to quadHeads never leave a group.
func (t *attnTask) quadHeads() int {
	e := t.s.e
	cfg := e.cfg
	if !e.k.simdFloat || e.k.fl.scores4 == nil || e.mode.BitNetCppFamily() || cfg.KVHeads <= 0 {
		return 0
	}
	return quadWidth(cfg.Heads / cfg.KVHeads)
}

// quadWidth is quadHeads for KV groups of group heads. A group of 3 in four
// lanes made a prompt of 1,024 tokens 1.28-1.30x faster (BenchmarkAttentionGroups:
// attention-heavy shapes, avx512vnni); a group of 2 in four lanes, measured
// the same way, was no faster than one head at a time, so it stays there.
func quadWidth(group int) int {
	switch {
	case group%4 == 0:
		return 4
	case group == 3:
		return 3
	}
	return 0
}

// align is the unit alignment for parallelFor: quadHeads on the quad path.
func (t *attnTask) align() int {
	return max(t.quadHeads(), 1)
}

func (t *attnTask) set(s *State, li, n int) {
	t.s, t.li, t.n = s, li, n
	threads := s.e.threads
	// Whole KV chunks: growing by the exact length would reallocate on
	// every decoded token.
	need := (s.pos + n + 16 + kvChunk - 1) / kvChunk * kvChunk
	if len(t.scores) < threads {
		t.scores = make([][]float32, threads)
		t.probs = make([][]float64, threads)
		t.q64 = make([][]float64, threads)
		t.acc64 = make([][]float64, threads)
		t.rows = make([][]float32, threads)
		t.acc32 = make([][]float32, threads)
		t.qt = make([][]float64, threads)
		t.s4 = make([][]float64, threads)
		t.kb = make([][]float64, threads)
	}
	hd := s.e.cfg.HeadDim
	for i := 0; i < threads; i++ {
		t.scores[i] = grow(t.scores[i], need)
		t.probs[i] = grow(t.probs[i], need)
		t.q64[i] = grow(t.q64[i], hd)
		t.acc64[i] = grow(t.acc64[i], hd)
		if s.e.kv16 {
			t.rows[i] = grow(t.rows[i], kvChunk*hd)
		}
		if s.e.mode.BitNetCppFamily() {
			t.acc32[i] = grow(t.acc32[i], f16Arr*16*hd) // one step of the widest build per column
		}
		if t.quadHeads() > 0 {
			t.qt[i] = grow(t.qt[i], 4*hd)
			t.s4[i] = grow(t.s4[i], 4*need)
			t.kb[i] = grow(t.kb[i], 24*hd)
			if s.e.k.fl.wsum4 != nil {
				t.acc64[i] = grow(t.acc64[i], 4*hd)
			}
		}
	}
}

func (t *attnTask) run(part, lo, hi int) {
	s := t.s
	cfg := s.e.cfg
	hd, qDim := cfg.HeadDim, cfg.Heads*cfg.HeadDim
	group := cfg.Heads / cfg.KVHeads
	K, V := &s.k[t.li], &s.v[t.li]
	if w := t.quadHeads(); w > 0 {
		for u := lo; u < hi; u += w {
			i, h := u/cfg.Heads, u%cfg.Heads
			o := i*qDim + h*hd
			t.headsFast4(part, s.sc.q[o:o+w*hd], K, V, (h/group)*hd, s.pos+i, s.sc.att[o:o+w*hd])
		}
		return
	}
	for u := lo; u < hi; u++ {
		i, h := u/cfg.Heads, u%cfg.Heads
		g := h / group
		pos := s.pos + i // absolute position of this query; it sees 0..pos
		q := s.sc.q[i*qDim+h*hd : i*qDim+(h+1)*hd]
		out := s.sc.att[i*qDim+h*hd : i*qDim+(h+1)*hd]
		switch {
		case s.e.mode.BitNetCppFamily():
			t.headGGML(part, q, K, V, g*hd, pos, out)
		case s.e.k.simdFloat:
			t.headFast(part, q, K, V, g*hd, pos, out)
		default:
			t.headExact(part, q, K, V, g*hd, pos, out)
		}
	}
}

// headExact: scores, softmax and the weighted sum of values in float64.
func (t *attnTask) headExact(part int, q []float32, K, V *kvStore, off, pos int, out []float32) {
	hd := len(q)
	p := t.probs[part][:pos+1]
	scale := 1 / math.Sqrt(float64(hd))
	mx := math.Inf(-1)
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		n := min(kvChunk, pos+1-c0)
		rows, stride := t.kvRows(part, K, c0, n, off, hd)
		for r := 0; r < n; r++ {
			k := rows[r*stride : r*stride+hd]
			var d float64
			for c, qv := range q {
				d += float64(qv) * float64(k[c])
			}
			j := c0 + r
			p[j] = d * scale
			mx = max(mx, p[j])
		}
	}
	var sum float64
	for j, v := range p {
		p[j] = math.Exp(v - mx)
		sum += p[j]
	}
	for c := range out {
		out[c] = 0
	}
	var acc [256]float64
	a := acc[:hd]
	if hd > len(acc) {
		a = make([]float64, hd)
	}
	for c := range a {
		a[c] = 0
	}
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		n := min(kvChunk, pos+1-c0)
		rows, stride := t.kvRows(part, V, c0, n, off, hd)
		for r := 0; r < n; r++ {
			w := p[c0+r] / sum
			v := rows[r*stride : r*stride+hd]
			for c := range a {
				a[c] += w * float64(v[c])
			}
		}
	}
	for c := range out {
		out[c] = float32(a[c])
	}
}

// headFast is headExact with its two long loops on the float kernels, which
// compute the same float64 operations in the same order: the result is
// identical to headExact's.
func (t *attnTask) headFast(part int, q []float32, K, V *kvStore, off, pos int, out []float32) {
	fl := &t.s.e.k.fl
	hd := len(q)
	q64 := t.q64[part][:hd]
	for c, v := range q {
		q64[c] = float64(v)
	}
	p := t.probs[part][:pos+1]
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		c1 := min(c0+kvChunk, pos+1)
		rows, stride := t.kvRows(part, K, c0, c1-c0, off, hd)
		fl.scores(q64, rows, stride, p[c0:c1])
	}
	t.softmaxValues(part, p, V, off, hd, out)
}

// headsFast4 is headFast for up to four heads of one KV group whose
// queries are q (w*hd values, head after head, w = 3 or 4): one scores4
// pass over the group's keys gives all w heads' scores, the same values
// headFast's scores give, then each head finishes as headFast does. Lanes
// past w hold a zero query and their results are dropped. out receives
// w*hd values.
func (t *attnTask) headsFast4(part int, q []float32, K, V *kvStore, off, pos int, out []float32) {
	fl := &t.s.e.k.fl
	hd := t.s.e.cfg.HeadDim
	w := len(q) / hd
	qt := t.qt[part][:4*hd]
	for l := 0; l < w; l++ {
		for c, v := range q[l*hd : (l+1)*hd] {
			qt[c*4+l] = float64(v)
		}
	}
	for l := w; l < 4; l++ { // the unused lanes' zero query (only these lanes: a quarter of the block)
		for c := range hd {
			qt[c*4+l] = 0
		}
	}
	s4 := t.s4[part][:4*(pos+1)]
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		c1 := min(c0+kvChunk, pos+1)
		rows, stride := t.kvRows(part, K, c0, c1-c0, off, hd)
		fl.scores4(qt, rows, stride, s4[4*c0:4*c1], t.kb[part])
	}
	p := t.probs[part][:pos+1]
	scale := 1 / math.Sqrt(float64(hd))
	if fl.wsum4 != nil {
		// softmaxValues' steps for the four heads at once, in s4's
		// interleaved layout (each head's values in the same order), then
		// one pass over the values for all four heads.
		p4 := s4
		t.softmax4(p4, fl.scaleMax4(p4, scale))
		a := t.acc64[part][:4*hd]
		clear(a)
		for c0 := 0; c0 <= pos; c0 += kvChunk {
			c1 := min(c0+kvChunk, pos+1)
			rows, stride := t.kvRows(part, V, c0, c1-c0, off, hd)
			fl.wsum4(p4[4*c0:4*c1], rows, stride, a) // continues the sums in position order
		}
		for i, v := range a[:w*hd] {
			out[i] = float32(v)
		}
		return
	}
	for l := 0; l < w; l++ {
		// softmaxValues' first pass, reading this head's scores out of s4.
		mx := math.Inf(-1)
		for j := range p {
			p[j] = s4[4*j+l] * scale
			mx = max(mx, p[j])
		}
		t.softmaxFrom(part, p, mx, V, off, hd, out[l*hd:(l+1)*hd])
	}
}

// softmaxValues finishes headFast from the raw scores p (q·k over positions
// 0..len(p)-1): scale, softmax and the weighted sum of values into out.
func (t *attnTask) softmaxValues(part int, p []float64, V *kvStore, off, hd int, out []float32) {
	scale := 1 / math.Sqrt(float64(hd))
	mx := math.Inf(-1)
	for j, d := range p {
		p[j] = d * scale
		mx = max(mx, p[j])
	}
	t.softmaxFrom(part, p, mx, V, off, hd, out)
}

// softmaxFrom is softmaxValues after its first pass: p holds the scaled
// scores and mx their maximum.
func (t *attnTask) softmaxFrom(part int, p []float64, mx float64, V *kvStore, off, hd int, out []float32) {
	fl := &t.s.e.k.fl
	pos := len(p) - 1
	t.softmax(p, mx)
	a := t.acc64[part][:hd]
	clear(a)
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		c1 := min(c0+kvChunk, pos+1)
		rows, stride := t.kvRows(part, V, c0, c1-c0, off, hd)
		fl.wsum(p[c0:c1], rows, stride, a) // continues the sum in position order
	}
	for c := range out {
		out[c] = float32(a[c])
	}
}

// softmax turns the scaled scores p, whose maximum is mx, into
// probabilities in place.
func (t *attnTask) softmax(p []float64, mx float64) {
	for j, v := range p {
		p[j] = v - mx
	}
	t.s.e.k.fl.exp(p, p)
	var sum float64
	for _, v := range p {
		sum += v
	}
	for j, pj := range p {
		p[j] = pj / sum
	}
}

// softmax4 is softmax for four heads' interleaved scaled scores (p4[j*4+l],
// head l, maximum mx[l]): the same operations in the same order per head.
func (t *attnTask) softmax4(p4 []float64, mx [4]float64) {
	for j := 0; j+4 <= len(p4); j += 4 {
		p := p4[j : j+4 : j+4]
		p[0], p[1], p[2], p[3] = p[0]-mx[0], p[1]-mx[1], p[2]-mx[2], p[3]-mx[3]
	}
	t.s.e.k.fl.exp(p4, p4)
	var s [4]float64
	for j := 0; j+4 <= len(p4); j += 4 {
		p := p4[j : j+4 : j+4]
		s[0], s[1], s[2], s[3] = s[0]+p[0], s[1]+p[1], s[2]+p[2], s[3]+p[3]
	}
	for j := 0; j+4 <= len(p4); j += 4 {
		p := p4[j : j+4 : j+4]
		p[0], p[1], p[2], p[3] = p[0]/s[0], p[1]/s[1], p[2]/s[2], p[3]/s[3]
	}
}

// headGGML follows ggml's non-flash attention (see ggmlattn.go): each score
// is ggml_vec_dot_f16 of the F16 query and key, times float32(1/sqrt(d));
// softmax with ggml's vector expf and its per-vector float32 partial sums;
// then the product with the F16 values as tinyBLAS computes it for a batch of
// two or more tokens, or, for a single token, with the probabilities rounded
// to F16 and ggml_vec_dot_f16 over the n_kv padded cache cells.
func (t *attnTask) headGGML(part int, q []float32, K, V *kvStore, off, pos int, out []float32) {
	g := t.s.e.gv
	hd := len(q)
	w := t.scores[part][:pos+1]
	scale := 1 / float32(math.Sqrt(float64(hd)))
	mx := float32(math.Inf(-1))
	for c0 := 0; c0 <= pos; c0 += kvChunk {
		n := min(kvChunk, pos+1-c0)
		rows, stride := t.kvRows(part, K, c0, n, off, hd)
		for r := 0; r < n; r++ {
			j := c0 + r
			w[j] = g.dotF16(q, rows[r*stride:r*stride+hd]) * scale
			mx = max(mx, w[j])
		}
	}
	// ggml_vec_soft_max_f32: one vector of exponentials at a time, its
	// horizontal sum added in double. Masked cells (past pos) give 0.
	var sum float64
	var buf [16]float32
	lanes := buf[:g.lanes]
	for j0 := 0; j0 < len(w); j0 += g.lanes {
		for l := range lanes {
			lanes[l] = 0
			if j := j0 + l; j < len(w) {
				w[j] = g.exp(w[j] - mx)
				lanes[l] = w[j]
			}
		}
		sum += float64(g.hsum(lanes))
	}
	inv := float32(1 / sum)
	single := t.n == 1
	// Upstream llama.cpp (the reference for Q2_0 models, q2_0.go) converts
	// the probabilities to F16 for batches too: its tinyBLAS takes the F16
	// values only with F16 probabilities.
	round := single || t.s.e.upstream
	for j := range w {
		w[j] *= inv
		if round {
			w[j] = round16(w[j])
		}
	}
	acc := t.acc32[part]
	clear(acc)
	if !single {
		for c0 := 0; c0 <= pos; c0 += kvChunk {
			n := min(kvChunk, pos+1-c0)
			rows, stride := t.kvRows(part, V, c0, n, off, hd)
			for r := 0; r < n; r++ {
				g.sgemmAcc(acc, c0+r, w[c0+r], rows[r*stride:r*stride+hd])
			}
		}
		g.sgemmFinish(acc, out)
		return
	}
	// One token: positions below the last whole step of n_kv go to the
	// vector accumulators, the rest to the double tail, after the reduction.
	np := min(nKVGGML(pos)&^(g.step()-1), pos+1)
	for c0 := 0; c0 < np; c0 += kvChunk {
		n := min(kvChunk, np-c0)
		rows, stride := t.kvRows(part, V, c0, n, off, hd)
		for r := 0; r < n; r++ {
			g.vecDotAcc(acc, c0+r, w[c0+r], rows[r*stride:r*stride+hd])
		}
	}
	sums := t.acc64[part][:hd]
	g.vecDotReduce(acc, sums)
	for c0 := np - np%kvChunk; c0 <= pos; c0 += kvChunk { // kvRows reads whole chunks from their start
		n := min(kvChunk, pos+1-c0)
		rows, stride := t.kvRows(part, V, c0, n, off, hd)
		for r := max(np-c0, 0); r < n; r++ {
			vecDotTail(sums, w[c0+r], rows[r*stride:r*stride+hd])
		}
	}
	for c := range out {
		out[c] = float32(sums[c])
	}
}

// kvRows returns n positions from c0 of K or V's head at column off (see
// kvStore.rows), widening an F16 cache into this share's buffer.
func (t *attnTask) kvRows(part int, c *kvStore, c0, n, off, hd int) ([]float32, int) {
	return c.rows(c0, n, off, hd, t.s.kvDim, t.rows[part], t.s.e.k.widenF16)
}

// reduce16 sums 16 float32 lanes in _mm512_reduce_add_ps's tree order.
func reduce16(l *[16]float32) float32 {
	var a [8]float32
	for i := range a {
		a[i] = l[i] + l[i+8]
	}
	var b [4]float32
	for i := range b {
		b[i] = a[i] + a[i+4]
	}
	return (b[0] + b[2]) + (b[1] + b[3])
}
