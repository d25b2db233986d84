package bitnet

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/sample"
	"github.com/bitnet-go/bitnet-go/synth"
)

// hostSampleEngine is the CPU engine with states that implement
// engine.DeviceSampler on the host, so that the device-sampled decode path
// (the policy in sched.go, the scheduler's Step.Sample rows) runs without a
// GPU: ForwardSample is Forward of the token, then greedy picks the arg max
// (sample.Greedy) and any other draw answers Host, which sends the session
// to its host fallback (LastLogits and the Go sampler). It hides the CPU
// engine's Batcher, so engine.ForwardBatch runs the sampled steps of a
// shared step through ForwardSample one after another. The CUDA engine's
// real batched device sampling is tested in package cuda and by
// TestDeviceSamplingShared (tag cuda).
type hostSampleEngine struct{ engine.Engine }

func (e hostSampleEngine) NewState(n int) (engine.State, error) {
	st, err := e.Engine.NewState(n)
	if err != nil {
		return nil, err
	}
	return &hostSampleState{State: st, logits: make([]float32, e.VocabSize())}, nil
}

type hostSampleState struct {
	engine.State
	logits []float32
}

func (s *hostSampleState) SamplesOnDevice() bool { return true }

func (s *hostSampleState) ForwardSample(ctx context.Context, token int32, p engine.SampleParams) (engine.SampleResult, error) {
	if _, err := s.Forward(ctx, []int32{token}, engine.LastLogits, s.logits); err != nil {
		return engine.SampleResult{}, err
	}
	if p.Temperature != 0 {
		return engine.SampleResult{Host: true, BadIndex: -1}, nil
	}
	return engine.SampleResult{ID: sample.Greedy(s.logits), BadIndex: -1}, nil
}

func (s *hostSampleState) LastLogits(dst []float32) error {
	copy(dst, s.logits)
	return nil
}

// TestSampledStepsShared: sessions whose decode steps sample "on the
// device" (hostSampleEngine) run them outside the shared steps when alone
// and inside them while another generation runs, with the same tokens both
// ways: greedy (the id comes back from the state) and seeded (the state
// answers Host and the session samples its copied logits).
func TestSampledStepsShared(t *testing.T) {
	ctx := context.Background()
	m, err := Load(ctx, writeTinyModel(t), WithDevice("cpu"), WithThreads(2), WithContextLength(64))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	m.sched.stop()
	m.eng = hostSampleEngine{m.eng}
	m.sched = newStepper(m.eng, m.opts.stepTokens, m.opts.ubatch, m.opts.logger)

	const n = 6
	jobs := []struct {
		prompt []int32
		p      SamplingParams
		dev    int // tokens sampled by the state
	}{
		{[]int32{1, 5, 9}, SamplingParams{}, n - 1},
		{[]int32{2, 7}, SamplingParams{Temperature: 0.9, TopK: 40, Seed: 7}, 0},
	}
	opts := func(i int) GenerateOptions {
		return GenerateOptions{MaxTokens: n, Sampling: jobs[i].p, IgnoreEOS: true}
	}
	alone := make([]Result, len(jobs))
	for i, j := range jobs {
		if alone[i], err = m.GenerateTokens(ctx, j.prompt, opts(i), nil); err != nil {
			t.Fatal(err)
		}
		if alone[i].DeviceSampled != j.dev {
			t.Fatalf("job %d alone: %d tokens sampled by the state, want %d", i, alone[i].DeviceSampled, j.dev)
		}
	}
	mid := m.BatchStats()
	if mid.Sampled != 0 {
		t.Fatalf("%d sampled rows in shared steps with one session at a time, want 0", mid.Sampled)
	}

	// Together, in step: both are inside Generate at every decision.
	steps := make([]StepJob, len(jobs))
	for i, j := range jobs {
		steps[i] = StepJob{Prompt: j.prompt, Opts: opts(i)}
	}
	together, errs := GenerateInStep(ctx, m, steps, time.Minute)
	for i := range jobs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if !slices.Equal(alone[i].Tokens, together[i].Tokens) {
			t.Errorf("job %d: alone %v, together %v", i, alone[i].Tokens, together[i].Tokens)
		}
		if together[i].DeviceSampled != jobs[i].dev {
			t.Errorf("job %d together: %d tokens sampled by the state, want %d", i, together[i].DeviceSampled, jobs[i].dev)
		}
	}
	st := m.BatchStats()
	sampled, shared := st.Sampled-mid.Sampled, st.SampledShared-mid.SampledShared
	t.Logf("together: %d sampled rows in shared steps, %d of them beside another sequence", sampled, shared)
	if want := uint64(len(jobs) * (n - 1)); sampled != want {
		t.Errorf("%d sampled rows went through the shared steps, want every decode step of both: %d", sampled, want)
	}
	if shared < uint64(len(jobs)) {
		t.Errorf("%d sampled rows beside another sequence, want at least one step with both (%d)", shared, len(jobs))
	}
}

// writeTinyModel writes the synthetic tiny preset (I2_S, seed 42) for the
// package's internal tests and returns its path.
func writeTinyModel(t *testing.T) string {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := synth.Write(context.Background(), path, cfg, synth.Options{Seed: 42, WeightType: gguf.TypeI2_S}); err != nil {
		t.Fatal(err)
	}
	return path
}
