package bitnet

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// DefaultStepTokens is the default number of tokens one shared step may hold
// (WithStepTokens).
const DefaultStepTokens = 128

// Shared steps. A Model runs one scheduler goroutine (unless WithBatching(false)):
// every Session that feeds tokens (Generate, Chat, Stream, Append) hands its
// work to it, and each step advances every waiting sequence together in one
// engine.ForwardBatch call, so N concurrent generations read the weights once
// per token instead of N times. Each step gives every waiting sequence at
// least one token (those that waited longest first, round robin when more
// wait than the step holds) and spends the rest of the step's token budget on prompt chunks,
// oldest request first: a long prompt is prefilled over several steps and
// never stalls the running streams for longer than one step.
//
// After a step the scheduler waits briefly for the sequences it just served
// to come back with their next token (they sample and run callbacks in their
// own goroutines), so the streams stay in one batch instead of drifting
// apart; it never waits longer than a quarter of the last step's duration.
//
// Decode steps sampled on the device (an engine whose states implement
// engine.DeviceSampler: CUDA) take one of two paths, chosen per step by
// Session.shareSampled: while the session is the only sequence the model
// is running, its state's own ForwardSample (on a GPU one captured CUDA
// graph per step; there is nobody to share the weights with); while other
// sequences run (inside Generate, or feeding a prompt), a row of the shared
// step with engine.Step.Sample set, so N sessions read the weights once per
// step and still get only their token ids back. Both paths compute the
// same logits bit for bit and run the same device sampler on them
// (docs/CUDA.md, "Batched decode"), so the tokens do not depend on the path.

// stepper is a Model's scheduler. It holds no reference to the Model, so an
// unreachable Model's scheduler can be stopped by a cleanup.
type stepper struct {
	eng    engine.Engine
	budget int
	ubatch int // the step budget of a request that runs alone
	// wholeChunks: the engine's results depend on how a prompt is cut
	// (engine.ChunkInvariant), so prompts are fed only in the chunks they
	// get alone (allocateWhole).
	wholeChunks bool
	reqs        chan *fwdReq
	quit        chan struct{}
	done        chan struct{}
	once        sync.Once

	// busy counts sequences inside Generate that are not queued here: the
	// scheduler waits for them (briefly) before it starts a step.
	busy atomic.Int64
	// active counts sequences inside Generate or feeding tokens, queued or
	// not: more than one means a device-sampled step has company.
	active atomic.Int64

	running atomic.Int64 // sequences in the current step
	waiting atomic.Int64 // sequences queued for the next step
	steps   atomic.Uint64
	rows    atomic.Uint64
	sampled atomic.Uint64 // device-sampled rows
	shared  atomic.Uint64 // device-sampled rows in steps of two rows or more

	// onStep, when set (by tests, before the first request), sees every
	// step after it ran: which sequences it advanced and by how many tokens.
	onStep func([]engine.Step)

	// log receives one debug record per step when it is enabled at
	// slog.LevelDebug (WithLogger): the step's rows and tokens, how long the
	// scheduler gathered before it and how long it ran, and how long the
	// sequences it served spent in their callers (sampling, callbacks) before
	// they came back. It is how a server's step pattern is measured.
	log *slog.Logger
}

// fwdReq is one sequence's pending work: tokens to feed, logits wanted after
// the last of them, or (sample set) one token whose next token is sampled on
// the device into sampled.
type fwdReq struct {
	ctx     context.Context
	st      engine.State
	tokens  []int32
	want    engine.Logits // LastLogits or NoLogits
	dst     []float32
	sample  *engine.SampleParams
	sampled engine.SampleResult
	fed     int
	err     error
	reply   chan struct{}
}

func newStepper(eng engine.Engine, budget, ubatch int, log *slog.Logger) *stepper {
	ci, ok := eng.(engine.ChunkInvariant)
	s := &stepper{eng: eng, budget: budget, ubatch: ubatch, wholeChunks: !ok || !ci.ChunkInvariant(), log: log,
		reqs: make(chan *fwdReq), quit: make(chan struct{}), done: make(chan struct{})}
	go s.loop()
	return s
}

// stop ends the scheduler; queued requests fail with ErrClosed.
func (s *stepper) stop() {
	s.once.Do(func() { close(s.quit) })
	<-s.done
}

// forward feeds tokens to st through the scheduler and returns how many were
// fed: all of them, or those before a failure.
func (s *stepper) forward(ctx context.Context, st engine.State, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	r := &fwdReq{ctx: ctx, st: st, tokens: tokens, want: want, dst: dst, reply: make(chan struct{})}
	return s.submit(r)
}

// forwardSample feeds token to st through the scheduler and samples the next
// token on the device with p, as st's DeviceSampler.ForwardSample would.
func (s *stepper) forwardSample(ctx context.Context, st engine.State, token int32, p engine.SampleParams) (engine.SampleResult, error) {
	r := &fwdReq{ctx: ctx, st: st, tokens: []int32{token}, want: engine.LastLogits, sample: &p, reply: make(chan struct{})}
	_, err := s.submit(r)
	return r.sampled, err
}

// submit queues r and waits for the scheduler to finish it.
func (s *stepper) submit(r *fwdReq) (int, error) {
	select {
	case s.reqs <- r:
	case <-s.quit:
		return 0, ErrClosed
	}
	// The scheduler owns st until it replies, so the caller waits for the
	// reply even when ctx ends (the scheduler notices that within one step).
	<-r.reply
	return r.fed, r.err
}

func (s *stepper) loop() {
	defer close(s.done)
	var queue []*fwdReq
	var lastStep time.Duration
	// Step tracing (debug logging only): when each state was handed back to
	// its caller, and the longest time a state of this step stayed there.
	trace := s.log != nil && s.log.Enabled(context.Background(), slog.LevelDebug)
	var away map[engine.State]time.Time
	var awayMax time.Duration
	var stepEnd time.Time
	if trace {
		away = map[engine.State]time.Time{}
	}
	finish := func(r *fwdReq, err error) {
		r.err = err
		if trace {
			away[r.st] = time.Now()
		}
		s.busy.Add(1) // back in its caller's hands before the caller runs
		close(r.reply)
	}
	accept := func(r *fwdReq) {
		s.busy.Add(-1)
		if trace {
			if t, ok := away[r.st]; ok {
				awayMax = max(awayMax, time.Since(t))
				delete(away, r.st)
			}
		}
		queue = append(queue, r)
	}
	defer func() {
		for _, r := range queue {
			finish(r, ErrClosed)
		}
	}()
	for {
		if len(queue) == 0 {
			select {
			case r := <-s.reqs:
				accept(r)
			case <-s.quit:
				return
			}
		}
		// Gather: take whatever is queued, and give sequences still busy
		// sampling their next token a short while to join this step.
		wait := min(max(lastStep/4, time.Millisecond), 50*time.Millisecond)
		deadline := time.NewTimer(wait)
	gather:
		for {
			select {
			case r := <-s.reqs:
				accept(r)
				continue
			case <-s.quit:
				deadline.Stop()
				return
			default:
			}
			if s.busy.Load() <= 0 {
				break
			}
			select {
			case r := <-s.reqs:
				accept(r)
			case <-deadline.C:
				break gather
			case <-s.quit:
				deadline.Stop()
				return
			}
		}
		deadline.Stop()
		// Requests whose context ended leave now, between steps.
		kept := queue[:0]
		for _, r := range queue {
			if err := r.ctx.Err(); err != nil {
				finish(r, err)
				continue
			}
			kept = append(kept, r)
		}
		clear(queue[len(kept):])
		queue = kept
		if len(queue) == 0 {
			continue
		}
		alloc := s.allocate(queue)
		steps := make([]engine.Step, 0, len(queue))
		idx := make([]int, 0, len(queue))
		for i, r := range queue {
			k := alloc[i]
			if k == 0 {
				continue
			}
			want := engine.NoLogits
			if r.fed+k == len(r.tokens) {
				want = r.want
			}
			steps = append(steps, engine.Step{State: r.st, Tokens: r.tokens[r.fed : r.fed+k], Want: want, Dst: r.dst, Sample: r.sample})
			idx = append(idx, i)
		}
		s.waiting.Store(int64(len(queue) - len(steps)))
		s.running.Store(int64(len(steps)))
		var cpu0 time.Duration
		if trace {
			cpu0 = processCPU()
		}
		start := time.Now()
		err := engine.ForwardBatch(context.Background(), s.eng, steps)
		lastStep = time.Since(start)
		if trace {
			s.traceStep(steps, len(queue), start, stepEnd, lastStep, processCPU()-cpu0, awayMax)
			stepEnd, awayMax = time.Now(), 0
		}
		if s.onStep != nil {
			s.onStep(steps)
		}
		s.steps.Add(1)
		s.rows.Add(uint64(len(steps)))
		s.running.Store(0)
		failed := map[int]error{}
		for j, st := range steps {
			i := idx[j]
			switch {
			case err != nil:
				failed[i] = err
			case st.Err != nil:
				failed[i] = st.Err
			default:
				queue[i].fed += len(st.Tokens)
				if st.Sample != nil {
					queue[i].sampled = st.Sampled
					s.sampled.Add(1)
					if len(steps) > 1 {
						s.shared.Add(1)
					}
				}
			}
		}
		kept = queue[:0]
		for i, r := range queue {
			if e, ok := failed[i]; ok {
				finish(r, e)
				continue
			}
			if r.fed == len(r.tokens) {
				finish(r, nil)
				continue
			}
			kept = append(kept, r)
		}
		clear(queue[len(kept):])
		queue = kept
		s.waiting.Store(int64(len(queue)))
	}
}

// traceStep logs one step at debug level: rows (sequences advanced), the
// tokens fed and the rows that wanted logits (sampled: those of them sampled
// on the device), the queued sequences left out,
// the gap since the previous step ended (zero after an idle scheduler), the
// step's duration, the process's CPU time during the step (all goroutines:
// over the duration, the cores the process had) and the longest time one of
// its sequences spent in its caller since its previous step.
func (s *stepper) traceStep(steps []engine.Step, queued int, start, prevEnd time.Time, dur, cpu, awayMax time.Duration) {
	tokens, logits, sampled := 0, 0, 0
	for _, st := range steps {
		tokens += len(st.Tokens)
		if st.Want != engine.NoLogits {
			logits++
		}
		if st.Sample != nil {
			sampled++
		}
	}
	var gap time.Duration
	if !prevEnd.IsZero() {
		gap = start.Sub(prevEnd)
	}
	s.log.LogAttrs(context.Background(), slog.LevelDebug, "step",
		slog.Int("rows", len(steps)), slog.Int("tokens", tokens), slog.Int("logits", logits), slog.Int("sampled", sampled),
		slog.Int("left_out", queued-len(steps)), slog.Int64("start_us", start.UnixMicro()),
		slog.Float64("gap_ms", ms(gap)), slog.Float64("step_ms", ms(dur)), slog.Float64("cpu_ms", ms(cpu)), slog.Float64("away_max_ms", ms(awayMax)))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// allocate decides how many tokens each queued request feeds this step:
// one each first, from the front of the queue, then the rest of the budget
// to prompt chunks in queue order. The loop keeps the queue in waiting
// order: a request that is not done keeps its place, and a decode row that
// was served comes back at the end with its next token, so the front holds
// the rows that waited longest (round robin when more wait than the budget
// holds) and the oldest prompt gets the chunk (its prefill is not slowed by
// younger prompts that arrive meanwhile).
func (s *stepper) allocate(queue []*fwdReq) []int {
	alloc := make([]int, len(queue))
	left := s.budget
	if len(queue) == 1 && s.busy.Load() <= 0 {
		left = max(left, s.ubatch) // nobody to keep waiting: the model's batch size
	}
	if s.wholeChunks {
		return s.allocateWhole(queue, alloc, left)
	}
	for i := 0; i < len(queue) && left > 0; i++ {
		alloc[i] = 1
		left--
	}
	for i, r := range queue {
		if left == 0 {
			break
		}
		if alloc[i] == 0 {
			continue
		}
		more := min(len(r.tokens)-r.fed-alloc[i], left)
		alloc[i] += more
		left -= more
	}
	return alloc
}

// allocateWhole is allocate for an engine whose results depend on how a
// prompt is cut (CUDA: its decode and prefill attention kernels sum in
// different orders; the CPU's bitnetcpp mode rounds a one-token batch
// differently). A prompt is fed only in the chunks it gets alone, the
// model's batch size from where it starts, so its tokens and logits do not
// depend on the load. Decode rows (one-token requests) take one token each
// from the front of the queue while the budget lasts; then the oldest
// prompt gets its next chunk whatever is left (such a step can go over the
// budget by up to one chunk) and younger prompts theirs while they fit.
func (s *stepper) allocateWhole(queue []*fwdReq, alloc []int, left int) []int {
	for i, r := range queue {
		if len(r.tokens) == 1 && left > 0 {
			alloc[i] = 1
			left--
		}
	}
	oldest := true
	for i, r := range queue {
		if len(r.tokens) == 1 {
			continue
		}
		chunk := min(len(r.tokens)-r.fed, s.ubatch)
		if oldest || chunk <= left {
			alloc[i] = chunk
			left = max(left-chunk, 0)
		}
		oldest = false
	}
	return alloc
}

// BatchStats describes a Model's shared-step scheduler.
type BatchStats struct {
	Enabled bool
	Running int    // sequences in the step now running
	Waiting int    // sequences queued for a step
	Steps   uint64 // steps run since Load
	Rows    uint64 // sequence-steps run since Load (Rows/Steps is the mean batch)
	// Sampled counts the Rows that were decode rows sampled on the device
	// (CUDA), SampledShared those of them that ran in a step beside at
	// least one other sequence. A session decoding alone samples on the
	// device outside the shared steps, and is in neither.
	Sampled       uint64
	SampledShared uint64
}

// BatchStats reports the scheduler's state (zero with WithBatching(false)).
func (m *Model) BatchStats() BatchStats {
	s := m.sched
	if s == nil {
		return BatchStats{}
	}
	return BatchStats{Enabled: true, Running: int(s.running.Load()), Waiting: int(s.waiting.Load()),
		Steps: s.steps.Load(), Rows: s.rows.Load(), Sampled: s.sampled.Load(), SampledShared: s.shared.Load()}
}

// feed runs tokens on the session's state, keeping the logits of the last
// one in dst when want is LastLogits: through the Model's scheduler, or
// directly in batches of the model's batch size. It returns how many tokens
// were fed (all, or those before a failure).
func (s *Session) feed(ctx context.Context, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	if sch := s.m.sched; sch != nil {
		if !s.generating {
			sch.busy.Add(1)
			sch.active.Add(1)
			defer sch.busy.Add(-1)
			defer sch.active.Add(-1)
		}
		return sch.forward(ctx, s.state, tokens, want, dst)
	}
	ub := s.m.opts.ubatch
	for i := 0; i < len(tokens); i += ub {
		j := min(i+ub, len(tokens))
		w := engine.NoLogits
		if j == len(tokens) {
			w = want
		}
		if _, err := s.state.Forward(ctx, tokens[i:j], w, dst); err != nil {
			return i, err
		}
	}
	return len(tokens), nil
}

// generation marks the session as inside Generate: between its steps it is
// about to come back, so the scheduler waits for it briefly, and it counts
// as company for the device-sampled steps of other sessions.
func (s *Session) generation() (end func()) {
	sch := s.m.sched
	if sch == nil || s.generating {
		return func() {}
	}
	s.generating = true
	sch.busy.Add(1)
	sch.active.Add(1)
	return func() {
		s.generating = false
		sch.busy.Add(-1)
		sch.active.Add(-1)
	}
}

// shareSampled reports whether the session's next device-sampled decode
// step goes through the shared steps: when the Model batches and another
// sequence is running beside this one (the policy above stepper).
func (s *Session) shareSampled() bool {
	sch := s.m.sched
	return sch != nil && sch.active.Load() > 1
}

// forwardSample runs one device-sampled decode step of the session's state
// on the path shareSampled chooses.
func (s *Session) forwardSample(ctx context.Context, ds engine.DeviceSampler, token int32, p engine.SampleParams) (engine.SampleResult, error) {
	if s.shareSampled() {
		return s.m.sched.forwardSample(ctx, s.state, token, p)
	}
	return ds.ForwardSample(ctx, token, p)
}
