package bitnet

import (
	"context"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// simSeq is one sequence in a simulation of the scheduler's queue: a
// decoding stream (one token per request, back in the queue after each
// step) or a prompt of prompt tokens arriving at step arrive.
type simSeq struct {
	name   string
	prompt int // 0: a decoding stream
	arrive int
}

// simStep is what one simulated step gave each sequence, by name.
type simStep map[string]int

// simulate runs the scheduler's allocation over steps the way its loop
// keeps the queue: requests that are not done stay in place, finished
// decode rows come back at the end (their next token), and new prompts
// arrive at the end. It stops when every prompt is fed or after maxSteps.
func simulate(t *testing.T, s *stepper, seqs []simSeq, maxSteps int) []simStep {
	t.Helper()
	reqOf := map[*fwdReq]string{}
	mk := func(q simSeq) *fwdReq {
		n := max(q.prompt, 1)
		r := &fwdReq{tokens: make([]int32, n)}
		reqOf[r] = q.name
		return r
	}
	var queue []*fwdReq
	var out []simStep
	prompts := 0
	for _, q := range seqs {
		if q.prompt > 0 {
			prompts++
		}
	}
	done := 0
	var back []simSeq // decode rows that come back for the next step
	for step := 0; step < maxSteps && (done < prompts || prompts == 0); step++ {
		for _, q := range back {
			queue = append(queue, mk(q))
		}
		back = back[:0]
		for _, q := range seqs {
			if q.arrive == step {
				queue = append(queue, mk(q))
			}
		}
		alloc := s.allocate(queue)
		got := simStep{}
		total := 0
		for i, r := range queue {
			got[reqOf[r]] += alloc[i]
			r.fed += alloc[i]
			total += alloc[i]
		}
		limit := s.budget
		if s.wholeChunks {
			limit += s.ubatch // the oldest prompt's chunk goes whatever is left
		}
		if total > limit {
			t.Fatalf("step %d: %d tokens, over the limit of %d", step, total, limit)
		}
		out = append(out, got)
		kept := queue[:0]
		for _, r := range queue {
			if r.fed < len(r.tokens) {
				kept = append(kept, r)
				continue
			}
			name := reqOf[r]
			for _, q := range seqs {
				if q.name == name {
					if q.prompt == 0 {
						back = append(back, q)
					} else {
						done++
					}
				}
			}
		}
		queue = kept
	}
	return out
}

// TestAllocateWholeChunks: for an engine whose results depend on how a
// prompt is cut, prompts are fed only in the chunks they get alone (the
// batch size from where they start), the oldest one in every step, while
// every stream still advances by one token per step.
func TestAllocateWholeChunks(t *testing.T) {
	s := &stepper{budget: 128, ubatch: 512, wholeChunks: true}
	s.busy.Store(1)
	var seqs []simSeq
	streams := []string{"s0", "s1", "s2", "s3", "s4", "s5", "s6"}
	for _, n := range streams {
		seqs = append(seqs, simSeq{name: n})
	}
	seqs = append(seqs, simSeq{name: "A", prompt: 1100, arrive: 0}, simSeq{name: "B", prompt: 300, arrive: 1},
		simSeq{name: "C", prompt: 40, arrive: 1}, simSeq{name: "D", prompt: 2, arrive: 5})
	steps := simulate(t, s, seqs, 100)
	want := map[string][]int{"A": {512, 512, 76}, "B": {300}, "C": {40}, "D": {2}}
	got := map[string][]int{}
	for i, st := range steps {
		for _, n := range streams {
			if st[n] != 1 {
				t.Fatalf("step %d: stream %s got %d tokens, want 1", i, n, st[n])
			}
		}
		for _, p := range []string{"A", "B", "C", "D"} {
			if st[p] > 0 {
				got[p] = append(got[p], st[p])
			}
		}
	}
	for p, w := range want {
		if !slices.Equal(got[p], w) {
			t.Errorf("prompt %s fed in chunks %v, want %v (as alone)", p, got[p], w)
		}
	}
	// A is the oldest prompt until it is done: fed in each of the first 3 steps.
	for i := 0; i < 3; i++ {
		if steps[i]["A"] == 0 {
			t.Errorf("step %d: the oldest prompt got nothing", i)
		}
	}
}

// TestAllocateInterleavesPrefill: with 7 streams decoding and three long
// prompts arriving one after another, every step advances every stream by
// one token (a long prompt never stalls them), fills the step budget while
// prompt tokens remain, and prefills the prompts oldest first.
func TestAllocateInterleavesPrefill(t *testing.T) {
	s := &stepper{budget: 128, ubatch: 512}
	s.busy.Store(1) // streams are sampling between steps: no lone-request batch
	var seqs []simSeq
	streams := []string{"s0", "s1", "s2", "s3", "s4", "s5", "s6"}
	for _, n := range streams {
		seqs = append(seqs, simSeq{name: n})
	}
	seqs = append(seqs, simSeq{name: "A", prompt: 512, arrive: 0}, simSeq{name: "B", prompt: 512, arrive: 1},
		simSeq{name: "C", prompt: 300, arrive: 2})
	steps := simulate(t, s, seqs, 100)
	left := map[string]int{"A": 512, "B": 512, "C": 300}
	finished := map[string]int{}
	advancedDuringPrefill := 0
	for i, st := range steps {
		for _, n := range streams {
			if st[n] != 1 {
				t.Fatalf("step %d: stream %s got %d tokens, want 1", i, n, st[n])
			}
		}
		advancedDuringPrefill++
		remaining := 0
		for _, p := range []string{"A", "B", "C"} {
			remaining += left[p]
		}
		total := 0
		for _, v := range st {
			total += v
		}
		if remaining >= s.budget && total != s.budget {
			t.Errorf("step %d: %d of %d tokens used with %d prompt tokens waiting", i, total, s.budget, remaining)
		}
		// A prompt gets more than one token only when every older prompt
		// is fed completely by this step.
		for _, p := range []string{"A", "B", "C"} {
			if st[p] <= 1 {
				continue
			}
			for _, o := range []string{"A", "B", "C"} {
				if o < p && left[o]-st[o] > 0 {
					t.Errorf("step %d: %s got %d tokens while the older %s still waits for %d", i, p, st[p], o, left[o]-st[o])
				}
			}
		}
		for _, p := range []string{"A", "B", "C"} {
			left[p] -= st[p]
			if left[p] == 0 {
				if _, ok := finished[p]; !ok {
					finished[p] = i
				}
			}
		}
	}
	if len(finished) != 3 || !(finished["A"] < finished["B"] && finished["B"] < finished["C"]) {
		t.Fatalf("prompts finished at steps %v, want A < B < C", finished)
	}
	// 1324 prompt tokens next to 7 decode rows in steps of 128: the budget
	// is full until the last step, so ceil(1324 / 121) = 11 steps.
	if len(steps) != 11 {
		t.Errorf("%d steps, want 11", len(steps))
	}
	t.Logf("prompts finished at steps %v of %d; streams advanced in all %d steps of the prefill", finished, len(steps), advancedDuringPrefill)
}

// TestAllocateRoundRobin: with more streams waiting than one step holds,
// each stream waits at most ceil(streams / budget) steps for its turn.
func TestAllocateRoundRobin(t *testing.T) {
	for _, c := range []struct{ streams, budget int }{{300, 128}, {129, 128}, {10, 3}, {7, 7}} {
		s := &stepper{budget: c.budget, ubatch: 512}
		s.busy.Store(1)
		var seqs []simSeq
		for i := range c.streams {
			seqs = append(seqs, simSeq{name: string(rune('a'+i%26)) + string(rune('0'+i/26%10)) + string(rune('0'+i/260))})
		}
		rounds := 4 * ((c.streams + c.budget - 1) / c.budget)
		steps := simulate(t, s, seqs, rounds)
		maxGap := (c.streams + c.budget - 1) / c.budget
		for _, q := range seqs {
			last := -1
			for i, st := range steps {
				if st[q.name] > 0 {
					if i-last > maxGap {
						t.Fatalf("%d streams, budget %d: %s waited %d steps (to step %d), want <= %d", c.streams, c.budget, q.name, i-last, i, maxGap)
					}
					last = i
				}
			}
			if len(steps)-1-last >= maxGap {
				t.Fatalf("%d streams, budget %d: %s not served in the last %d steps", c.streams, c.budget, q.name, len(steps)-1-last)
			}
		}
	}
}

// TestSharedStepsPrefillBesideStream runs the real scheduler on the tiny
// model with steps of 8 tokens: a stream generates while two long prompts
// are prefilled. It counts, from the scheduler's own record of every step,
// the steps in which the stream advanced while a prompt was being
// prefilled, and checks that the older prompt got the chunks.
func TestSharedStepsPrefillBesideStream(t *testing.T) {
	ctx := context.Background()
	const budget = 8
	m, err := Load(ctx, writeTinyModel(t), WithDevice("cpu"), WithThreads(2), WithStepTokens(budget))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	stream, err := m.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	var long [2]*Session
	for i := range long {
		if long[i], err = m.NewSession(); err != nil {
			t.Fatal(err)
		}
		defer long[i].Close()
	}

	type row struct{ stream, p0, p1 int }
	var trace []row // written by the scheduler goroutine, read after it is idle
	var mu sync.Mutex
	m.sched.onStep = func(steps []engine.Step) {
		var r row
		total := 0
		for _, st := range steps {
			switch st.State {
			case stream.state:
				r.stream = len(st.Tokens)
			case long[0].state:
				r.p0 = len(st.Tokens)
			case long[1].state:
				r.p1 = len(st.Tokens)
			}
			total += len(st.Tokens)
		}
		if total > budget {
			t.Errorf("a step of %d tokens, over the budget of %d", total, budget)
		}
		mu.Lock()
		trace = append(trace, r)
		mu.Unlock()
	}

	const promptLen = 200
	rng := rand.New(rand.NewPCG(5, 6))
	prompt := func(n int) []int32 {
		p := make([]int32, n)
		for i := range p {
			p[i] = int32(1 + rng.IntN(m.m.Config.VocabSize-1))
		}
		return p
	}
	p0, p1 := prompt(promptLen), prompt(promptLen)
	started := make(chan struct{})
	var wg sync.WaitGroup
	var prefillErr [2]error
	wg.Add(1)
	go func() {
		defer wg.Done()
		// The first prompt starts once the stream runs; the second once the
		// first has been queued for a few steps.
		<-started
		var inner sync.WaitGroup
		inner.Add(1)
		go func() {
			defer inner.Done()
			prefillErr[0] = long[0].Append(ctx, p0)
		}()
		for {
			mu.Lock()
			seen := slices.ContainsFunc(trace, func(r row) bool { return r.p0 > 0 })
			mu.Unlock()
			if seen {
				break
			}
			time.Sleep(time.Millisecond)
		}
		prefillErr[1] = long[1].Append(ctx, p1)
		inner.Wait()
	}()
	n := 0
	res, err := stream.Generate(ctx, prompt(4), GenerateOptions{MaxTokens: 400, IgnoreEOS: true}, func(Token) error {
		if n++; n == 2 {
			close(started)
		}
		return nil
	})
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range prefillErr {
		if e != nil {
			t.Fatalf("prompt %d: %v", i, e)
		}
	}

	mu.Lock()
	defer mu.Unlock()
	fed := [2]int{}
	prefillSteps, streamAdvanced := 0, 0
	for i, r := range trace {
		if r.p0 > 0 || r.p1 > 0 {
			prefillSteps++
			if r.stream > 0 {
				streamAdvanced++
			}
		}
		// The second prompt gets more than a token only in the step that
		// finishes the first (or after it).
		if r.p1 > 1 && fed[0]+r.p0 < promptLen {
			t.Errorf("step %d: the younger prompt got %d tokens while the older had %d left", i, r.p1, promptLen-fed[0]-r.p0)
		}
		fed[0] += r.p0
		fed[1] += r.p1
	}
	if fed != [2]int{promptLen, promptLen} {
		t.Fatalf("prompt tokens fed in the recorded steps: %v, want %d each", fed, promptLen)
	}
	// 400 prompt tokens in steps of at most 8 tokens.
	if prefillSteps < 2*promptLen/budget {
		t.Errorf("the prompts were prefilled in %d steps, want >= %d", prefillSteps, 2*promptLen/budget)
	}
	t.Logf("%d steps in all; the prompts took %d steps, and the stream (%d tokens) advanced in %d of them",
		len(trace), prefillSteps, len(res.Tokens), streamAdvanced)
	// The stream is back in the queue before the next step starts unless
	// sampling outlasts the scheduler's short wait, so it advances in most
	// prefill steps; half is a bound that only a stalled stream misses.
	if streamAdvanced < prefillSteps/2 {
		t.Errorf("the stream advanced in %d of the %d steps that prefilled the prompts, want >= half", streamAdvanced, prefillSteps)
	}
}
