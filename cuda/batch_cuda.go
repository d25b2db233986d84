//go:build cuda

package cuda

/*
#include "bitnet_cuda.h"
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"unsafe"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// maxPassRows is the most tokens, summed over its steps, that one device pass
// of ForwardBatch runs; bigger batches run in several passes.
const maxPassRows = maxBatch

var _ engine.Batcher = (*Engine)(nil)

// batchHandle owns the C batch scratch (engine-level, used by one
// ForwardBatch at a time under Engine.bmu).
type batchHandle struct {
	p    *C.bnc_batch
	rows int
}

// batchJob is one accepted step of a ForwardBatch call.
type batchJob struct {
	st    *engine.Step
	s     *State
	start int // the state's length before the call
	done  int // tokens of the step run so far
	rows  int // logit rows written so far
}

// headRows is the most rows one bnc_batch_head call computes logits for.
const headRows = 16

// logitRow is one logit row a pass owes: batch row row, written as row out
// of its step's Dst, or sampled on the device when the step asks for that
// (Step.Sample).
type logitRow struct {
	j        *batchJob
	row, out int
}

// passChunk is one job's part of one device pass: tokens done..done+n-1 of
// the step, at batch rows row..row+n-1.
type passChunk struct {
	j      *batchJob
	row, n int
}

// ForwardBatch advances every step's State by its tokens in shared device
// passes: each linear layer runs as one GEMM over the rows of all steps (the
// weights are read once per pass for all of them), attention runs per state
// over its own cache with the kernel its own Forward would use, and logits
// are computed only for the rows a step asks for. A step is run in the
// chunks its State.Forward would use (up to 512 tokens), so each step's
// logits equal those of State.Forward alone (bit for bit: see docs/CUDA.md,
// "Batched decode"). A step with Sample set (one decode row) is sampled on
// the device from its row's logits by the kernel ForwardSample runs, with
// the same result; its logits stay in its state's device buffer for
// LastLogits, and only the result crosses to the host. A rejected step
// (closed or foreign state, a state given twice, no tokens, a token outside
// the vocabulary, a full context, a small Dst, a sampled step that is not
// one LastLogits token) gets Err and leaves its state unchanged. Calls on
// one engine are serialized: the pass scratch belongs to the engine.
func (e *Engine) ForwardBatch(ctx context.Context, steps []engine.Step) error {
	jobs := make([]*batchJob, 0, len(steps))
	seen := make(map[*State]bool, len(steps))
	for i := range steps {
		st := &steps[i]
		st.Rows, st.Err, st.Sampled = 0, nil, engine.SampleResult{}
		s, err := e.checkStep(st, seen)
		if err != nil {
			st.Err = err
			continue
		}
		seen[s] = true
		jobs = append(jobs, &batchJob{st: st, s: s, start: s.pos})
	}
	if len(jobs) == 0 {
		return ctx.Err()
	}
	e.bmu.Lock()
	defer e.bmu.Unlock()
	if e.h.p == nil {
		return fmt.Errorf("cuda: %w", engine.ErrClosed)
	}
	// A failed pass leaves the states where they were: the positions it may
	// have written are past every state's length again.
	ok := false
	defer func() {
		if !ok {
			for _, j := range jobs {
				j.s.pos = j.start
				j.st.Rows, j.st.Sampled = 0, engine.SampleResult{}
			}
		}
	}()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		pass := e.planPass(jobs)
		if len(pass) == 0 {
			break
		}
		if err := e.runPass(pass); err != nil {
			return err
		}
	}
	for _, j := range jobs {
		j.st.Rows = j.rows
	}
	ok = true
	return nil
}

// checkStep validates one step as State.Forward would, before anything runs.
func (e *Engine) checkStep(st *engine.Step, seen map[*State]bool) (*State, error) {
	s, ok := st.State.(*State)
	if !ok || s == nil || s.e != e {
		return nil, errors.New("cuda: batch step: state does not belong to this engine")
	}
	if s.closed {
		return nil, errors.New("cuda: state is closed")
	}
	if seen[s] {
		return nil, errors.New("cuda: batch step: state appears twice in the batch")
	}
	if st.Sample != nil {
		if err := engine.CheckSampleStep(st); err != nil {
			return nil, fmt.Errorf("cuda: %w", err)
		}
		if !s.SamplesOnDevice() {
			return nil, fmt.Errorf("cuda: %w: the device sampler does not handle a vocabulary of %d", engine.ErrNoDeviceSampling, e.vocab)
		}
	}
	n := len(st.Tokens)
	if n == 0 {
		return nil, errors.New("cuda: forward of an empty batch")
	}
	if s.pos+n > s.max {
		return nil, &engine.ContextFullError{Have: s.pos, Add: n, Max: s.max}
	}
	for i, t := range st.Tokens {
		if t < 0 || int(t) >= e.vocab {
			return nil, fmt.Errorf("cuda: token %d at batch index %d is outside the vocabulary [0, %d)", t, i, e.vocab)
		}
	}
	nOut := 0
	switch st.Want {
	case engine.LastLogits:
		if st.Sample == nil { // a sampled row's logits stay on the device
			nOut = 1
		}
	case engine.AllLogits:
		nOut = n
	case engine.NoLogits:
	default:
		return nil, fmt.Errorf("cuda: unknown logits request %d", st.Want)
	}
	if len(st.Dst) < nOut*e.vocab {
		return nil, fmt.Errorf("cuda: logits buffer holds %d floats, need %d", len(st.Dst), nOut*e.vocab)
	}
	return s, nil
}

// planPass picks the next chunk of each unfinished job, in step order, while
// they fit in one pass. A chunk is what State.Forward would run in one device
// call (up to the state's batch size), so that the attention kernel chosen
// for it (decode for one row, prefill otherwise) is the one Forward uses.
func (e *Engine) planPass(jobs []*batchJob) []passChunk {
	var pass []passChunk
	rows := 0
	for _, j := range jobs {
		left := len(j.st.Tokens) - j.done
		if left == 0 {
			continue
		}
		n := min(left, j.s.batch)
		if rows+n > maxPassRows {
			continue
		}
		pass = append(pass, passChunk{j: j, row: rows, n: n})
		rows += n
	}
	return pass
}

// runPass runs one device pass and copies out the logits it owes.
func (e *Engine) runPass(pass []passChunk) error {
	rows := 0
	for _, c := range pass {
		rows += c.n
	}
	b, err := e.batchFor(rows)
	if err != nil {
		return err
	}
	states := make([]*C.bnc_state, len(pass))
	ntok := make([]C.int, len(pass))
	pos := make([]C.int, len(pass))
	tokens := make([]C.int32_t, 0, rows)
	for i, c := range pass {
		states[i] = c.j.s.h.p
		ntok[i] = C.int(c.n)
		pos[i] = C.int(c.j.s.pos)
		for _, t := range c.j.st.Tokens[c.j.done : c.j.done+c.n] {
			tokens = append(tokens, C.int32_t(t))
		}
	}
	fail := func(what string, rc C.int) error {
		return fmt.Errorf("cuda: batch %s: %w", what, statusError(rc, C.GoString(C.bnc_batch_error(b.p))))
	}
	rc := C.bnc_batch_run(b.p, C.int(len(pass)), &states[0], &ntok[0], &pos[0], &tokens[0])
	runtime.KeepAlive(states)
	runtime.KeepAlive(ntok)
	runtime.KeepAlive(pos)
	runtime.KeepAlive(tokens)
	if rc != C.BNC_OK {
		return fail("forward", rc)
	}
	// The logit rows each chunk owes, as State.Forward would compute them;
	// the head runs over up to headRows of them at once, whichever steps
	// they belong to (a row's logits do not depend on the others'). Rows
	// sampled on the device go through the head in groups of their own, so
	// that only the rows copied to the host cross PCIe.
	var want, samp []logitRow
	for _, c := range pass {
		j := c.j
		switch {
		case j.st.Want == engine.AllLogits:
			for r := 0; r < c.n; r++ {
				want = append(want, logitRow{j: j, row: c.row + r, out: j.rows + r})
			}
			j.rows += c.n
		case j.st.Want == engine.LastLogits && j.st.Sample != nil:
			samp = append(samp, logitRow{j: j, row: c.row + c.n - 1})
		case j.st.Want == engine.LastLogits && j.done+c.n == len(j.st.Tokens):
			want = append(want, logitRow{j: j, row: c.row + c.n - 1, out: 0})
			j.rows = 1
		}
	}
	if err := e.sampleRows(b, samp); err != nil {
		return err
	}
	if len(want) == 0 && len(samp) == 0 {
		if rc := C.bnc_batch_sync(b.p); rc != C.BNC_OK {
			return fail("forward", rc)
		}
	}
	v := e.vocab
	idx := make([]C.int, 0, headRows)
	for lo := 0; lo < len(want); lo += headRows {
		group := want[lo:min(len(want), lo+headRows)]
		idx = idx[:0]
		for _, w := range group {
			idx = append(idx, C.int(w.row))
		}
		if rc := C.bnc_batch_head(b.p, &idx[0], C.int(len(idx))); rc != C.BNC_OK {
			return fail("logits", rc)
		}
		host := unsafe.Slice((*float32)(unsafe.Pointer(C.bnc_batch_logits(b.p))), len(group)*v)
		for i, w := range group {
			copy(w.j.st.Dst[w.out*v:(w.out+1)*v], host[i*v:(i+1)*v])
		}
	}
	for _, c := range pass {
		c.j.s.pos += c.n
		c.j.done += c.n
	}
	return nil
}

// sampleRows computes the logits of the device-sampled rows of the last pass
// into their states' device buffers and samples them there, up to headRows
// rows per call, and sets each step's Sampled.
func (e *Engine) sampleRows(b *batchHandle, rows []logitRow) error {
	idx := make([]C.int, 0, headRows)
	states := make([]*C.bnc_state, 0, headRows)
	params := make([]C.bnc_sample_params, 0, headRows)
	res := make([]C.bnc_sample_result, headRows)
	for lo := 0; lo < len(rows); lo += headRows {
		group := rows[lo:min(len(rows), lo+headRows)]
		idx, states, params = idx[:0], states[:0], params[:0]
		for _, w := range group {
			idx = append(idx, C.int(w.row))
			states = append(states, w.j.s.h.p)
			params = append(params, cSampleParams(*w.j.st.Sample))
		}
		rc := C.bnc_batch_head_sample(b.p, &idx[0], C.int(len(idx)), &states[0], &params[0], &res[0])
		runtime.KeepAlive(idx)
		runtime.KeepAlive(states)
		runtime.KeepAlive(params)
		runtime.KeepAlive(res)
		if rc != C.BNC_OK {
			return fmt.Errorf("cuda: batch sampling: %w", statusError(rc, C.GoString(C.bnc_batch_error(b.p))))
		}
		for i, w := range group {
			w.j.st.Sampled = goSampleResult(res[i])
		}
	}
	return nil
}

// batchFor returns the engine's pass scratch with room for rows tokens,
// growing it (to the next multiple of 64 rows) when a pass needs more.
// Callers hold e.bmu.
func (e *Engine) batchFor(rows int) (*batchHandle, error) {
	b := e.h.batch
	if b != nil && b.rows >= rows {
		return b, nil
	}
	want := min(maxPassRows, (rows+63)/64*64)
	if b != nil {
		C.bnc_batch_free(b.p)
		e.h.batch = nil
	}
	var p *C.bnc_batch
	var eb errBuf
	if rc := C.bnc_batch_new(e.h.p, C.int(want), &p, eb.ptr(), eb.len()); rc != C.BNC_OK {
		return nil, fmt.Errorf("cuda: batch scratch of %d rows: %w", want, statusError(rc, eb.String()))
	}
	e.h.batch = &batchHandle{p: p, rows: want}
	return e.h.batch, nil
}
