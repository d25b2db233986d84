package cpu

import (
	"math"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// attnTask computes causal grouped-query attention for (row, head) units.
type attnTask struct {
	s      *State
	li, n  int
	scores [][]float32 // per share: scores over positions
	probs  [][]float64 // per share (exact mode)
}

func (t *attnTask) set(s *State, li, n int) {
	t.s, t.li, t.n = s, li, n
	threads := s.e.threads
	need := s.pos + n + 16
	if len(t.scores) < threads {
		t.scores = make([][]float32, threads)
		t.probs = make([][]float64, threads)
	}
	for i := 0; i < threads; i++ {
		t.scores[i] = grow(t.scores[i], need)
		t.probs[i] = grow(t.probs[i], need)
	}
}

func (t *attnTask) run(part, lo, hi int) {
	s := t.s
	cfg := s.e.cfg
	hd, qDim := cfg.HeadDim, cfg.Heads*cfg.HeadDim
	group := cfg.Heads / cfg.KVHeads
	K, V := s.k[t.li], s.v[t.li]
	for u := lo; u < hi; u++ {
		i, h := u/cfg.Heads, u%cfg.Heads
		g := h / group
		pos := s.pos + i // absolute position of this query; it sees 0..pos
		q := s.sc.q[i*qDim+h*hd : i*qDim+(h+1)*hd]
		out := s.sc.att[i*qDim+h*hd : i*qDim+(h+1)*hd]
		if s.e.mode == engine.BitNetCpp {
			t.headGGML(part, q, K, V, g*hd, pos, out)
		} else {
			t.headExact(part, q, K, V, g*hd, pos, out)
		}
	}
}

// headExact: scores, softmax and the weighted sum of values in float64.
func (t *attnTask) headExact(part int, q, K, V []float32, off, pos int, out []float32) {
	kvDim, hd := t.s.kvDim, len(q)
	p := t.probs[part][:pos+1]
	scale := 1 / math.Sqrt(float64(hd))
	mx := math.Inf(-1)
	for j := range p {
		k := K[j*kvDim+off : j*kvDim+off+hd]
		var d float64
		for c, qv := range q {
			d += float64(qv) * float64(k[c])
		}
		p[j] = d * scale
		mx = max(mx, p[j])
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
	for j, pj := range p {
		w := pj / sum
		v := V[j*kvDim+off : j*kvDim+off+hd]
		for c := range a {
			a[c] += w * float64(v[c])
		}
	}
	for c := range out {
		out[c] = float32(a[c])
	}
}

// headGGML follows ggml's non-flash attention: F16 q·k (inputs already rounded)
// summed to float32, times float32(1/sqrt(d)), softmax with ggml's vector expf
// and its 16-lane float32 partial sums, and for single-token batches the
// probabilities rounded to F16 before the product with the F16 values.
func (t *attnTask) headGGML(part int, q, K, V []float32, off, pos int, out []float32) {
	kvDim, hd := t.s.kvDim, len(q)
	w := t.scores[part][:pos+1]
	scale := 1 / float32(math.Sqrt(float64(hd)))
	mx := float32(math.Inf(-1))
	for j := range w {
		k := K[j*kvDim+off : j*kvDim+off+hd]
		var d float64
		for c, qv := range q {
			d += float64(qv) * float64(k[c])
		}
		w[j] = float32(d) * scale
		mx = max(mx, w[j])
	}
	var sum float64
	var lanes [16]float32
	for j0 := 0; j0 < len(w); j0 += 16 {
		for l := range lanes {
			lanes[l] = 0
			if j := j0 + l; j < len(w) {
				w[j] = expGGML(w[j] - mx)
				lanes[l] = w[j]
			}
		}
		sum += float64(reduce16(&lanes))
	}
	inv := float32(1 / sum)
	single := t.n == 1
	for j := range w {
		w[j] *= inv
		if single {
			w[j] = round16(w[j])
		}
	}
	var acc [256]float64
	a := acc[:hd]
	if hd > len(acc) {
		a = make([]float64, hd)
	}
	for c := range a {
		a[c] = 0
	}
	for j, pj := range w {
		v := V[j*kvDim+off : j*kvDim+off+hd]
		for c := range a {
			a[c] += float64(pj) * float64(v[c])
		}
	}
	for c := range out {
		out[c] = float32(a[c])
	}
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
