package sample

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/bitnet-go/bitnet-go/internal/detmath"
)

// pcgStream is the fixed second PCG seed word; Params.Seed is the first.
const pcgStream = 0x9e3779b97f4a7c15

var negInf = float32(math.Inf(-1))

// Sampler draws tokens according to its Params. It owns its random generator
// and scratch buffers, so after the first call Sample does not allocate for
// the same vocabulary size. A Sampler is not safe for concurrent use: use one
// per generation.
//
// Sample takes the token history as an argument instead of keeping its own
// copy: the caller already holds the sequence (prompt plus generated tokens),
// and a Sampler without hidden history cannot drift out of sync with it.
type Sampler struct {
	p   Params
	src *rand.PCG
	rng *rand.Rand

	peek    rand.PCG   // a copy of src, for Offload's look at the next draw
	peekRng *rand.Rand // reads peek

	work    []float32 // penalized copy of the logits
	counts  []int32   // per-token occurrence counts; all zero between calls
	cands   []cand    // surviving candidates
	top     []cand    // top-p selection when top-k is off
	weights []float64 // exp((l - max)/T) of the candidates
}

// cand is a candidate token and its (possibly penalized) logit.
type cand struct {
	id    int32
	logit float32
}

// New validates p and returns a Sampler seeded from p.Seed.
func New(p Params) (*Sampler, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	s := &Sampler{p: p, src: rand.NewPCG(p.Seed, pcgStream)}
	s.rng = rand.New(s.src)
	s.peekRng = rand.New(&s.peek)
	return s, nil
}

// Params returns the parameters the Sampler was created with.
func (s *Sampler) Params() Params { return s.p }

// Sample returns the next token id for logits, the model's scores over the
// vocabulary, given history, the tokens already in the context (prompt and
// generated, oldest first) that the penalties look at. Ids in history outside
// [0, len(logits)) are ignored. Sample does not modify logits or history.
// It returns -1 only when logits is empty. See the package documentation for
// the order of the steps and the handling of NaN and infinities.
func (s *Sampler) Sample(logits []float32, history []int32) int32 {
	n := len(logits)
	if n == 0 {
		return -1
	}
	work := logits
	if s.p.penaltiesOn() && len(history) > 0 {
		work = s.penalize(logits, history)
	}
	if s.p.Temperature == 0 {
		if id := argmax(work); id >= 0 {
			return id
		}
		return Greedy(logits)
	}

	c, m, pick, sorted := s.filter(work)
	switch {
	case pick >= 0:
		return pick
	case len(c) == 0:
		return Greedy(logits)
	}

	// Temperature and the draw.
	t := float64(s.p.Temperature)
	s.weights = slices.Grow(s.weights[:0], len(c))[:len(c)]
	for i, x := range c {
		s.weights[i] = detmath.Exp((float64(x.logit) - m) / t)
	}
	u := s.rng.Float64()
	if !sorted {
		return c[drawChunked(c, s.weights, u)].id
	}
	var total float64
	for _, w := range s.weights {
		total += w
	}
	u *= total
	var cum float64
	for i, w := range s.weights {
		cum += w
		if u < cum {
			return c[i].id
		}
	}
	return c[len(c)-1].id // rounding left u at the very top
}

// Summation order. The weights are summed in a fixed order that a parallel
// device can reproduce exactly (the CUDA sampler, kernels/sample.cu): a list
// sorted by descending logit (top-k or top-p on) is summed one after the
// other, as a single GPU thread does for these short lists; a list in id
// order (every candidate, 128k of them for a large vocabulary) is summed per
// chunk of idChunk consecutive ids, each chunk one after the other from 0,
// and the chunk sums one after the other, so that one device thread per
// chunk computes the same partial sums.
const idChunk = 256

// sumChunked returns the sum of w (weights of c, in ascending id order) in
// the chunked order.
func sumChunked(c []cand, w []float64) float64 {
	var total, part float64
	chunk := int32(-1)
	for i, x := range c {
		if x.id/idChunk != chunk {
			total += part
			part, chunk = 0, x.id/idChunk
		}
		part += w[i]
	}
	return total + part
}

// drawChunked returns the index in c (ascending ids) of the candidate that
// the uniform u selects: the first whose cumulative weight exceeds u*total,
// the cumulative weight inside a chunk being the sum of the chunks before it
// plus the running sum inside it, both in the chunked order.
func drawChunked(c []cand, w []float64, u float64) int {
	u *= sumChunked(c, w)
	var base float64
	for i := 0; i < len(c); {
		chunk := c[i].id / idChunk
		j := i
		var part float64
		for ; j < len(c) && c[j].id/idChunk == chunk; j++ {
			part += w[j]
		}
		if u < base+part {
			var run float64
			for k := i; k < j; k++ {
				run += w[k]
				if u < base+run {
					return k
				}
			}
		}
		base += part
		i = j
	}
	return len(c) - 1 // rounding left u at the very top
}

// filter runs top-k, top-p and min-p over work. It returns the surviving
// candidates and the maximum logit m among them, or pick >= 0 when the
// answer is already decided (+Inf logits), or no candidates when nothing is
// finite or +Inf. sorted says that c is in descending logit order (top-k or
// top-p ran), else it is in ascending id order.
func (s *Sampler) filter(work []float32) (c []cand, m float64, pick int32, sorted bool) {
	n := len(work)

	// Top-k (or every finite candidate when top-k is off).
	k := s.p.TopK
	if k > 0 && k < n {
		s.cands = selectTopK(work, k, s.cands[:0], false)
		slices.SortFunc(s.cands, byLogitDesc)
		sorted = true
	} else {
		s.cands = s.cands[:0]
		for i, v := range work {
			if v > negInf { // false for NaN and -Inf
				s.cands = append(s.cands, cand{int32(i), v})
			}
		}
	}
	c = s.cands
	if len(c) == 0 {
		return nil, 0, -1, false
	}
	lmax := c[0].logit
	if !sorted {
		for _, x := range c[1:] {
			lmax = max(lmax, x.logit)
		}
	}
	if math.IsInf(float64(lmax), 1) {
		// +Inf candidates take all the mass, shared equally.
		j := 0
		for _, x := range c {
			if x.logit == lmax {
				c[j] = x
				j++
			}
		}
		return nil, 0, c[s.rng.IntN(j)].id, false
	}
	m = float64(lmax)

	topP := s.p.TopP > 0 && s.p.TopP < 1
	var z float64 // mass of the top-k survivors at temperature 1, for top-p
	if topP {
		s.weights = slices.Grow(s.weights[:0], len(c))[:len(c)]
		for i, x := range c {
			s.weights[i] = detmath.Exp(float64(x.logit) - m)
		}
		if sorted {
			for _, w := range s.weights {
				z += w
			}
		} else {
			z = sumChunked(c, s.weights)
		}
	}
	if s.p.MinP > 0 {
		// min-p keeps a prefix of the sorted order, as top-p does, so the two
		// filters together keep the shorter prefix; applying min-p first lets
		// top-p sort only its survivors when top-k is off.
		thr := m + math.Log(float64(s.p.MinP))
		j := 0
		for _, x := range c {
			if float64(x.logit) >= thr {
				c[j] = x
				j++
			}
		}
		c = c[:j]
	}
	if topP {
		target := float64(s.p.TopP) * z
		if sorted {
			return nucleus(c, m, target), m, -1, true
		}
		// Top-k is off: rather than sorting the whole vocabulary, select the
		// best 256, 1024, ... until their mass reaches the target. While
		// more than `size` tokens passed min-p, the best `size` of work all
		// passed it too, so selecting from work directly is right.
		for size := 256; ; size *= 4 {
			if size >= len(c) {
				slices.SortFunc(c, byLogitDesc)
				return nucleus(c, m, target), m, -1, true
			}
			s.top = selectTopK(work, size, s.top[:0], false)
			slices.SortFunc(s.top, byLogitDesc)
			if t := nucleus(s.top, m, target); len(t) < len(s.top) {
				return t, m, -1, true
			}
		}
	}
	return c, m, -1, sorted
}

// nucleus returns the shortest prefix of c (sorted by descending logit)
// whose mass sum(exp(l - m)) reaches target, or all of c if none does.
func nucleus(c []cand, m, target float64) []cand {
	var cum float64
	for i, x := range c {
		cum += detmath.Exp(float64(x.logit) - m)
		if cum >= target {
			return c[:i+1]
		}
	}
	return c
}

// penalize copies logits into s.work and applies the penalties over the
// window of history. Each distinct token is penalized once; only the
// frequency penalty uses the occurrence count.
func (s *Sampler) penalize(logits []float32, history []int32) []float32 {
	n := len(logits)
	s.work = slices.Grow(s.work[:0], n)[:n]
	copy(s.work, logits)
	if len(s.counts) < n {
		s.counts = make([]int32, n)
	}
	win := history
	if w := s.p.PenaltyWindow; w > 0 && len(win) > w {
		win = win[len(win)-w:]
	}
	for _, t := range win {
		if t >= 0 && int(t) < n {
			s.counts[t]++
		}
	}
	rp, fp, pp := s.p.RepeatPenalty, s.p.FrequencyPenalty, s.p.PresencePenalty
	repeat := s.p.repeatOn()
	for _, t := range win {
		if t < 0 || int(t) >= n || s.counts[t] == 0 {
			continue
		}
		cnt := s.counts[t]
		s.counts[t] = 0 // marks the token done and restores the all-zero state
		l := s.work[t]
		if repeat {
			if l > 0 {
				l /= rp
			} else {
				l *= rp
			}
		}
		l -= float32(cnt)*fp + pp
		s.work[t] = l
	}
	return s.work
}

// Greedy returns the id of the highest logit, ties going to the lowest id.
// NaN counts as -Inf. It returns 0 when every logit is -Inf or NaN and -1
// when logits is empty.
func Greedy(logits []float32) int32 {
	if len(logits) == 0 {
		return -1
	}
	if id := argmax(logits); id >= 0 {
		return id
	}
	return 0
}

// argmax returns the lowest id of the highest logit above -Inf, or -1 if
// there is none (all -Inf or NaN). It finds the maximum with four
// independent accumulators (about twice as fast as one compare-and-track
// loop on 128k logits), then the first index holding it.
func argmax(logits []float32) int32 {
	m0, m1, m2, m3 := negInf, negInf, negInf, negInf
	i := 0
	for ; i+4 <= len(logits); i += 4 {
		v := logits[i : i+4 : i+4]
		// NaN compares false, so it never becomes the maximum.
		if v[0] > m0 {
			m0 = v[0]
		}
		if v[1] > m1 {
			m1 = v[1]
		}
		if v[2] > m2 {
			m2 = v[2]
		}
		if v[3] > m3 {
			m3 = v[3]
		}
	}
	for _, v := range logits[i:] {
		if v > m0 {
			m0 = v
		}
	}
	m0 = max(m0, m1, m2, m3) // no NaN here
	if m0 == negInf {
		return -1
	}
	for i, v := range logits {
		if v == m0 {
			return int32(i)
		}
	}
	return -1 // unreachable
}

// byLogitDesc orders candidates by descending logit, then ascending id.
func byLogitDesc(a, b cand) int {
	if c := cmp.Compare(b.logit, a.logit); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// selectTopK returns in dst (reused) the k best entries of vals by
// (logit descending, id ascending), unordered, in one pass with a min-heap of
// size k whose root is the worst kept entry. NaN counts as -Inf; -Inf entries
// are kept only if keepNegInf.
func selectTopK(vals []float32, k int, dst []cand, keepNegInf bool) []cand {
	h := dst[:0]
	if k <= 0 {
		return h
	}
	i := 0
	for ; i < len(vals) && len(h) < k; i++ {
		v := vals[i]
		if !(v > negInf) { // NaN or -Inf
			if !keepNegInf {
				continue
			}
			v = negInf
		}
		h = append(h, cand{int32(i), v})
		siftUp(h, len(h)-1)
	}
	if len(h) < k {
		return h
	}
	// Ids now arrive in increasing order, so an entry must beat the root
	// strictly: an equal logit loses the tie. NaN and -Inf never beat it.
	// Checking four values before touching the heap roughly halves the time
	// of the common all-rejected case.
	root := h[0].logit
	for ; i+4 <= len(vals); i += 4 {
		v := vals[i : i+4 : i+4]
		if !(v[0] > root) && !(v[1] > root) && !(v[2] > root) && !(v[3] > root) {
			continue
		}
		for j, x := range v {
			if x > root {
				h[0] = cand{int32(i + j), x}
				siftDown(h, 0)
				root = h[0].logit
			}
		}
	}
	for ; i < len(vals); i++ {
		if x := vals[i]; x > root {
			h[0] = cand{int32(i), x}
			siftDown(h, 0)
			root = h[0].logit
		}
	}
	return h
}

// worse reports whether a ranks below b.
func worse(a, b cand) bool {
	return a.logit < b.logit || (a.logit == b.logit && a.id > b.id)
}

func siftUp(h []cand, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !worse(h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func siftDown(h []cand, i int) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && worse(h[r], h[l]) {
			m = r
		}
		if !worse(h[m], h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}
