package bitnet

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// cappedEngine is the CPU engine behind engine.MaxBatcher, as the CUDA
// engine is (512 rows per pass), with a smaller cap. It hides the CPU
// engine's Batcher and ChunkInvariant, so a shared step runs its steps one
// State.Forward after another and the model treats the cuts as mattering,
// as on CUDA. Every Forward's token count is recorded.
type cappedEngine struct {
	engine.Engine
	max   int
	mu    *sync.Mutex
	calls *[]int
}

func (e cappedEngine) MaxBatch() int { return e.max }

func (e cappedEngine) NewState(n int) (engine.State, error) {
	st, err := e.Engine.NewState(n)
	if err != nil {
		return nil, err
	}
	return cappedState{State: st, e: e}, nil
}

type cappedState struct {
	engine.State
	e cappedEngine
}

func (s cappedState) Forward(ctx context.Context, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	s.e.mu.Lock()
	*s.e.calls = append(*s.e.calls, len(tokens))
	s.e.mu.Unlock()
	return s.State.Forward(ctx, tokens, want, dst)
}

// TestMaxBatchCapsCalls: a Model whose engine runs at most MaxBatch tokens
// per call lowers its batch size to that, and then no forward call of a
// session or of the shared steps passes more tokens, while a prompt longer
// than the cap gives the tokens it gives on the uncapped engine (exact
// mode, chunk invariant).
func TestMaxBatchCapsCalls(t *testing.T) {
	ctx := context.Background()
	path := writeTinyModel(t)
	const cap8 = 8
	prompts := [][]int32{
		{1, 5, 9, 13, 17, 21, 25, 29, 33, 37, 41, 45, 49, 53, 57, 61, 65, 69, 73, 77, 81}, // 21 tokens
		{2, 7, 12, 17, 22, 27, 32, 37, 42, 47, 52, 57, 62, 67, 72, 77, 82},                // 17
		{3, 4},
	}
	o := GenerateOptions{MaxTokens: 5, IgnoreEOS: true}

	ref, err := Load(ctx, path, WithDevice("cpu"), WithThreads(2), WithContextLength(64), WithBatchSize(16))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	want := make([][]int32, len(prompts))
	for i, p := range prompts {
		r, err := ref.GenerateTokens(ctx, p, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r.Tokens
	}

	m, err := Load(ctx, path, WithDevice("cpu"), WithThreads(2), WithContextLength(64), WithBatchSize(16))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.opts.ubatch != 16 || m.cutSensitive {
		t.Fatalf("CPU engine: batch size %d, cut sensitive %v; want 16, false", m.opts.ubatch, m.cutSensitive)
	}
	var mu sync.Mutex
	var calls []int
	m.sched.stop()
	m.eng = cappedEngine{Engine: m.eng, max: cap8, mu: &mu, calls: &calls}
	m.fitEngine()
	if m.opts.ubatch != cap8 || !m.cutSensitive {
		t.Fatalf("capped engine: batch size %d, cut sensitive %v; want %d, true", m.opts.ubatch, m.cutSensitive, cap8)
	}
	m.sched = newStepper(m.eng, m.opts.stepTokens, m.opts.ubatch, m.opts.logger)

	check := func(what string, got [][]int32) {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		if len(calls) == 0 {
			t.Fatalf("%s: no forward call recorded", what)
		}
		if mx := slices.Max(calls); mx > cap8 {
			t.Errorf("%s: a forward call of %d tokens, cap %d (calls %v)", what, mx, cap8, calls)
		}
		calls = calls[:0]
		for i := range prompts {
			if !slices.Equal(got[i], want[i]) {
				t.Errorf("%s: prompt %d gave %v, uncapped %v", what, i, got[i], want[i])
			}
		}
	}

	// One request at a time: each session feeds its prompt alone.
	alone := make([][]int32, len(prompts))
	for i, p := range prompts {
		r, err := m.GenerateTokens(ctx, p, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		alone[i] = r.Tokens
	}
	check("alone", alone)

	// Together: the prompts go through the shared steps.
	jobs := make([]StepJob, len(prompts))
	for i, p := range prompts {
		jobs[i] = StepJob{Prompt: p, Opts: o}
	}
	res, errs := GenerateInStep(ctx, m, jobs, time.Minute)
	together := make([][]int32, len(prompts))
	for i := range prompts {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		together[i] = res[i].Tokens
	}
	check("together", together)

	// A cap at or above the batch size changes nothing.
	m.eng = cappedEngine{Engine: m.eng.(cappedEngine).Engine, max: 64, mu: &mu, calls: &calls}
	m.fitEngine()
	if m.opts.ubatch != cap8 {
		t.Errorf("cap 64 over batch size %d: batch size now %d", cap8, m.opts.ubatch)
	}
}
