//go:build cuda

package bitnet_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// TestDeviceSampling: on a CUDA engine, decode steps sample on the device
// (only the token id comes back) and choose the same tokens as the host
// sampler on the same model, for greedy and for a seeded top-k/top-p/min-p
// run. Asking for logprobs keeps sampling on the host, which is the
// reference. On GPGPU-Sim (scripts/cuda-sim-test.sh ... ./bitnet) a
// one-token prompt keeps prefill on the decode path, which the simulator
// runs fastest.
func TestDeviceSampling(t *testing.T) {
	ctx := context.Background()
	m := loadTinyCUDA(t)
	const n = 4
	for _, p := range []bitnet.SamplingParams{
		{},
		{Temperature: 0.9, TopK: 40, TopP: 0.9, MinP: 0.02, Seed: 7},
	} {
		host, err := m.GenerateTokens(ctx, []int32{1}, bitnet.GenerateOptions{MaxTokens: n, Sampling: p, IgnoreEOS: true, Logprobs: true}, nil)
		require.NoError(t, err)
		dev, err := m.GenerateTokens(ctx, []int32{1}, bitnet.GenerateOptions{MaxTokens: n, Sampling: p, IgnoreEOS: true}, nil)
		require.NoError(t, err)
		t.Logf("%+v: host %v, device %v (%d sampled on the device)", p, host.Tokens, dev.Tokens, dev.DeviceSampled)
		require.Equal(t, 0, host.DeviceSampled)
		require.Equal(t, n-1, dev.DeviceSampled, "the first token comes from the prefill's logits on the host, the rest from the device")
		require.Equal(t, host.Tokens, dev.Tokens)
	}
}

// TestDeviceSamplingShared: two concurrent seeded generations on a CUDA model
// that sample on the device give the same tokens as each alone, and their
// device-sampled decode steps go through the shared steps while both run
// (BatchStats.Sampled, SampledShared), whereas alone they do not. A barrier
// in the token callback keeps the two in step, so both are inside Generate
// whenever one of them decides how to run its next decode step.
func TestDeviceSamplingShared(t *testing.T) {
	ctx := context.Background()
	m := loadTinyCUDA(t)
	const n = 3 // the first token from the prefill's logits on the host, n-1 on the device
	type job struct {
		prompt []int32
		p      bitnet.SamplingParams
	}
	jobs := []job{
		{[]int32{1}, bitnet.SamplingParams{Temperature: 0.9, TopK: 40, TopP: 0.9, MinP: 0.02, Seed: 7}},
		{[]int32{2}, bitnet.SamplingParams{}},
	}
	opts := func(j job) bitnet.GenerateOptions {
		return bitnet.GenerateOptions{MaxTokens: n, Sampling: j.p, IgnoreEOS: true}
	}
	alone := make([]bitnet.Result, len(jobs))
	before := m.BatchStats()
	for i, j := range jobs {
		var err error
		alone[i], err = m.GenerateTokens(ctx, j.prompt, opts(j), nil)
		require.NoError(t, err)
		require.Equal(t, n-1, alone[i].DeviceSampled)
	}
	mid := m.BatchStats()
	require.Zero(t, mid.Sampled-before.Sampled, "a session alone samples outside the shared steps")

	// Together, in step (at most 30 minutes a token: the simulator runs a
	// step in minutes).
	steps := make([]bitnet.StepJob, len(jobs))
	for i, j := range jobs {
		steps[i] = bitnet.StepJob{Prompt: j.prompt, Opts: opts(j)}
	}
	together, errs := bitnet.GenerateInStep(ctx, m, steps, 30*time.Minute)
	after := m.BatchStats()
	for i := range jobs {
		require.NoError(t, errs[i])
		t.Logf("%+v: alone %v, together %v (%d sampled on the device)", jobs[i].p, alone[i].Tokens, together[i].Tokens, together[i].DeviceSampled)
		require.Equal(t, alone[i].Tokens, together[i].Tokens, "generation %d: tokens differ when run beside another", i)
		require.Equal(t, n-1, together[i].DeviceSampled)
	}
	sampled, shared := after.Sampled-mid.Sampled, after.SampledShared-mid.SampledShared
	t.Logf("together: %d device-sampled rows through the shared steps, %d of them beside another sequence; %d steps, %d rows",
		sampled, shared, after.Steps-mid.Steps, after.Rows-mid.Rows)
	require.Equal(t, uint64(len(jobs)*(n-1)), sampled, "every device-sampled step of the two goes through the shared steps")
	require.GreaterOrEqual(t, shared, uint64(len(jobs)), "at least one step sampled both sequences")
}

// loadTinyCUDA loads the tiny model on the first CUDA device in fp32 with
// 64-position sessions, or skips the test when there is no device.
func loadTinyCUDA(t *testing.T) *bitnet.Model {
	t.Helper()
	requireCUDA(t)
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cuda:0"), bitnet.WithPrecision("fp32"), bitnet.WithContextLength(64))
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	return m
}
