package cpu

import (
	"context"
	"fmt"
	"sync"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// Batched forward: many sequences advance in one pass. The rows of every step
// (a decode token, a prefill chunk) are stacked into one activation matrix, so
// each ternary matmul and the output head read their weights once for all of
// them; RoPE, the KV cache writes and attention run per row against the row's
// own sequence. Every per-row operation (quantization, the integer matmul
// sums and their finish, norms, attention, the head) depends on that row and
// its sequence only, so in exact mode a step's logits are bit-identical to
// State.Forward of the same tokens alone (TestForwardBatchMatchesForward).
//
// bitnetcpp mode is not batched: ggml rounds the softmax probabilities and the
// head input to F16 only when a batch holds a single token, so stacking rows
// would change those roundings. There ForwardBatch runs the steps one by one.

var _ engine.Batcher = (*Engine)(nil)

// ChunkInvariant reports whether results are the same however a sequence's
// tokens are cut into forward calls: in exact mode every per-row operation
// is (TestPrefillThenDecodeEqualsFullPass); bitnetcpp mode rounds a
// one-token batch as ggml does, unlike a longer one.
func (e *Engine) ChunkInvariant() bool { return !e.mode.BitNetCppFamily() }

// batchPool recycles batch scratch space between ForwardBatch calls.
type batchPool struct{ p sync.Pool }

func (b *batchPool) get(e *Engine) *batchRun {
	if r, ok := b.p.Get().(*batchRun); ok {
		return r
	}
	r := &batchRun{}
	r.s.e = e
	r.s.kvDim = e.cfg.KVHeads * e.cfg.HeadDim
	return r
}

func (b *batchPool) put(r *batchRun) { b.p.Put(r) }

// batchRun is the scratch space of one batched pass. s is a State without a
// KV cache: its scratch holds the stacked rows, so the single-sequence
// normQuant and matmul run on it unchanged.
type batchRun struct {
	s      State
	rows   []batchRow
	seqs   []batchSeq
	at     batchAttn
	logits []float32
}

// batchRow is one row of the stacked batch: its sequence and position.
type batchRow struct {
	st  *State
	pos int
}

// batchSeq is one accepted step: its rows [first, first+n) of the batch and
// its output rows [out, out+nOut) of the head.
type batchSeq struct {
	step      int
	st        *State
	first, n  int
	out, nOut int
	dst       []float32
}

// ForwardBatch advances every step's State by its tokens in one pass (see
// engine.Batcher). A rejected step gets Err and leaves its State unchanged.
func (e *Engine) ForwardBatch(ctx context.Context, steps []engine.Step) error {
	for i := range steps {
		steps[i].Rows, steps[i].Err, steps[i].Sampled = 0, nil, engine.SampleResult{}
	}
	if e.closed.Load() {
		return errClosed
	}
	if e.mode.BitNetCppFamily() {
		return e.forwardEach(ctx, steps)
	}
	r := e.batches.get(e)
	defer e.batches.put(r)
	r.seqs = r.seqs[:0]
	rows, outs := 0, 0
	for i := range steps {
		st := &steps[i]
		s, nOut, err := e.checkStep(st)
		if err == nil && r.has(s) {
			err = fmt.Errorf("cpu: the state appears twice in one batch")
		}
		if err != nil {
			st.Err = err
			continue
		}
		n := len(st.Tokens)
		r.seqs = append(r.seqs, batchSeq{step: i, st: s, first: rows, n: n, out: outs, nOut: nOut, dst: st.Dst})
		rows += n
		outs += nOut
	}
	switch len(r.seqs) {
	case 0:
		return nil
	case 1: // nothing to share: the single-sequence path, scratch and all
		q := &r.seqs[0]
		st := &steps[q.step]
		n, err := q.st.Forward(ctx, st.Tokens, st.Want, st.Dst)
		st.Rows = n
		return err
	}
	if err := r.forward(ctx, steps, rows, outs); err != nil {
		return err
	}
	for _, q := range r.seqs {
		steps[q.step].Rows = q.nOut
	}
	return nil
}

// has reports whether s is among the accepted sequences. A linear scan (a
// map would allocate on every step): a batch holds tens of sequences.
func (r *batchRun) has(s *State) bool {
	for _, q := range r.seqs {
		if q.st == s {
			return true
		}
	}
	return false
}

// forwardEach is ForwardBatch one step after another.
func (e *Engine) forwardEach(ctx context.Context, steps []engine.Step) error {
	for i := range steps {
		st := &steps[i]
		if _, _, err := e.checkStep(st); err != nil {
			st.Err = err
			continue
		}
		n, err := st.State.Forward(ctx, st.Tokens, st.Want, st.Dst)
		if err != nil {
			return err
		}
		st.Rows = n
	}
	return nil
}

// checkStep validates a step as State.Forward would and returns its state and
// the number of logit rows it wants.
func (e *Engine) checkStep(st *engine.Step) (*State, int, error) {
	s, ok := st.State.(*State)
	if !ok || s == nil || s.e != e {
		return nil, 0, fmt.Errorf("cpu: the state does not belong to this engine")
	}
	if s.closed {
		return nil, 0, fmt.Errorf("cpu: state is closed")
	}
	if st.Sample != nil {
		// The logits are in host memory already: the caller samples them.
		return nil, 0, fmt.Errorf("cpu: a device-sampled step: %w (the CPU engine writes the logits to Dst)", engine.ErrNoDeviceSampling)
	}
	n := len(st.Tokens)
	if n == 0 {
		return nil, 0, fmt.Errorf("cpu: forward of an empty batch")
	}
	if s.pos+n > s.max {
		return nil, 0, &engine.ContextFullError{Have: s.pos, Add: n, Max: s.max}
	}
	for i, t := range st.Tokens {
		if t < 0 || int(t) >= e.embed.rows {
			return nil, 0, fmt.Errorf("cpu: token %d at batch index %d is outside the vocabulary [0, %d)", t, i, e.embed.rows)
		}
	}
	nOut := 0
	switch st.Want {
	case engine.LastLogits:
		nOut = 1
	case engine.AllLogits:
		nOut = n
	case engine.NoLogits:
	default:
		return nil, 0, fmt.Errorf("cpu: unknown logits request %d", st.Want)
	}
	if len(st.Dst) < nOut*e.head.rows {
		return nil, 0, fmt.Errorf("cpu: logits buffer holds %d floats, need %d", len(st.Dst), nOut*e.head.rows)
	}
	return s, nOut, nil
}

// forward runs the accepted sequences r.seqs (n rows in all, nOut logit rows).
func (r *batchRun) forward(ctx context.Context, steps []engine.Step, n, nOut int) error {
	bs := &r.s
	e := bs.e
	cfg := e.cfg
	H, kvDim := cfg.Hidden, bs.kvDim
	sc := &bs.sc
	sc.size(&cfg, kvDim, n)
	half := cfg.RopeDim / 2
	r.rows = grow(r.rows, n)
	end := 0
	for _, q := range r.seqs {
		q.st.reserve(q.st.pos + q.n)
		end = max(end, q.st.pos+q.n)
		toks := steps[q.step].Tokens
		for j, t := range toks {
			i := q.first + j
			pos := q.st.pos + j
			r.rows[i] = batchRow{st: q.st, pos: pos}
			if err := e.embedRow(int(t), sc.x[i*H:(i+1)*H], &sc.eb); err != nil {
				return err
			}
			ropeExact(&cfg, pos, sc.cos[i*half:(i+1)*half], sc.sin[i*half:(i+1)*half])
		}
	}
	e.scaleEmbeddings(sc.x[:n*H])
	// attnTask sizes its score buffers for positions up to bs.pos+n: the
	// batch's State has no cache, so pos carries the furthest position seen.
	bs.pos = end
	for li := range e.layers {
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.closed.Load() {
			return errClosed
		}
		r.layer(li, n)
	}
	for _, q := range r.seqs {
		q.st.pos += q.n
	}
	if nOut == 0 {
		return nil
	}
	vocab := e.head.rows
	sc.hn = grow(sc.hn, nOut*H)
	for _, q := range r.seqs {
		for o := 0; o < q.nOut; o++ {
			src := q.first + q.n - q.nOut + o
			bs.norm(sc.hn[(q.out+o)*H:(q.out+o+1)*H], sc.x[src*H:(src+1)*H], e.m.OutputNorm)
		}
	}
	// One step with logits writes straight into its buffer; several go
	// through r.logits, since the head writes its rows contiguously.
	var out []float32
	direct := -1
	for i, q := range r.seqs {
		if q.nOut == nOut {
			direct = i
		}
	}
	if direct >= 0 {
		out = r.seqs[direct].dst[:nOut*vocab]
	} else {
		r.logits = grow(r.logits, nOut*vocab)
		out = r.logits
	}
	hd := &sc.hd
	hd.m, hd.k, hd.h, hd.nOut, hd.out = e.head, &e.k.head, sc.hn, nOut, out
	hd.blkBuf = grow(hd.blkBuf, e.threads)
	hd.prepare()
	e.headCount.Add(1)
	e.pool.parallelFor(vocab, 16, hd)
	if direct < 0 {
		for _, q := range r.seqs {
			copy(q.dst[:q.nOut*vocab], out[q.out*vocab:(q.out+q.nOut)*vocab])
		}
	}
	return nil
}

// layer is State.layer over the stacked rows, with RoPE, the cache writes
// and attention done per row in the row's own sequence. Per-projection input
// norms and Gemma3's post-norms are per row too, so every family batches.
func (r *batchRun) layer(li, n int) {
	bs := &r.s
	e := bs.e
	cfg := e.cfg
	lw := &e.layers[li]
	sc := &bs.sc
	H, qDim, kvDim, F := cfg.Hidden, cfg.Heads*cfg.HeadDim, bs.kvDim, cfg.FFN
	half := cfg.RopeDim / 2

	bs.projectQKV(lw, n)
	for i := 0; i < n; i++ {
		row := r.rows[i]
		cos, sin := sc.cos[i*half:(i+1)*half], sc.sin[i*half:(i+1)*half]
		bs.positionHeads(lw, sc.q[i*qDim:(i+1)*qDim], sc.kk[i*kvDim:(i+1)*kvDim], cos, sin)
		row.st.k[li].put(row.pos, kvDim, cfg.HeadDim, sc.kk[i*kvDim:(i+1)*kvDim])
		row.st.v[li].put(row.pos, kvDim, cfg.HeadDim, sc.vv[i*kvDim:(i+1)*kvDim])
	}
	r.at.at.set(bs, li, 0)
	r.at.rows, r.at.li = r.rows[:n], li
	e.pool.parallelFor(n*cfg.Heads, r.at.at.align(), &r.at)
	bs.normQuant(sc.att, lw.attnSubNorm, nil, n, qDim)
	bs.matmul([3]*ternaryMatrix{lw.o}, [3][]float32{sc.tmp})
	bs.postNorm(lw.attnPostNorm, sc.tmp, n)
	addTo(sc.x[:n*H], sc.tmp[:n*H])

	bs.projectGateUp(lw, n)
	bs.normQuant(sc.gate, lw.ffnSubNorm, sc.up, n, F)
	bs.matmul([3]*ternaryMatrix{lw.down}, [3][]float32{sc.tmp})
	bs.postNorm(lw.ffnPostNorm, sc.tmp, n)
	addTo(sc.x[:n*H], sc.tmp[:n*H])
}

// batchAttn is attnTask's (row, head) loop with each row attending over its
// own sequence's cache up to its own position.
type batchAttn struct {
	at   attnTask
	rows []batchRow
	li   int
}

func (t *batchAttn) run(part, lo, hi int) {
	s := t.at.s
	cfg := s.e.cfg
	hd, qDim := cfg.HeadDim, cfg.Heads*cfg.HeadDim
	group := cfg.Heads / cfg.KVHeads
	if w := t.at.quadHeads(); w > 0 {
		for u := lo; u < hi; u += w {
			i, h := u/cfg.Heads, u%cfg.Heads
			row := t.rows[i]
			o := i*qDim + h*hd
			t.at.headsFast4(part, s.sc.q[o:o+w*hd], &row.st.k[t.li], &row.st.v[t.li], (h/group)*hd, row.pos, s.sc.att[o:o+w*hd])
		}
		return
	}
	for u := lo; u < hi; u++ {
		i, h := u/cfg.Heads, u%cfg.Heads
		row := t.rows[i]
		K, V := &row.st.k[t.li], &row.st.v[t.li]
		q := s.sc.q[i*qDim+h*hd : i*qDim+(h+1)*hd]
		out := s.sc.att[i*qDim+h*hd : i*qDim+(h+1)*hd]
		if s.e.k.simdFloat {
			t.at.headFast(part, q, K, V, (h/group)*hd, row.pos, out)
		} else {
			t.at.headExact(part, q, K, V, (h/group)*hd, row.pos, out)
		}
	}
}
