//go:build cuda

package bitnet_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/cuda"
)

// TestDeviceSampling: on a CUDA engine, decode steps sample on the device
// (only the token id comes back) and choose the same tokens as the host
// sampler on the same model, for greedy and for a seeded top-k/top-p/min-p
// run. Asking for logprobs keeps sampling on the host, which is the
// reference. On GPGPU-Sim (scripts/cuda-sim-test.sh ... ./bitnet) a
// one-token prompt keeps prefill on the decode path, which the simulator
// runs fastest.
func TestDeviceSampling(t *testing.T) {
	devs, err := cuda.Devices()
	if err != nil || len(devs) == 0 {
		t.Skipf("SKIP: no CUDA device: %v", err)
	}
	ctx := context.Background()
	m, err := bitnet.Load(ctx, tinyPath(t), bitnet.WithDevice("cuda:0"), bitnet.WithPrecision("fp32"), bitnet.WithContextLength(64))
	require.NoError(t, err)
	defer m.Close()
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
	devs, err := cuda.Devices()
	if err != nil || len(devs) == 0 {
		t.Skipf("SKIP: no CUDA device: %v", err)
	}
	ctx := context.Background()
	m, err := bitnet.Load(ctx, tinyPath(t), bitnet.WithDevice("cuda:0"), bitnet.WithPrecision("fp32"), bitnet.WithContextLength(64))
	require.NoError(t, err)
	defer m.Close()
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
		alone[i], err = m.GenerateTokens(ctx, j.prompt, opts(j), nil)
		require.NoError(t, err)
		require.Equal(t, n-1, alone[i].DeviceSampled)
	}
	mid := m.BatchStats()
	require.Zero(t, mid.Sampled-before.Sampled, "a session alone samples outside the shared steps")

	// Together: every token waits for the other generation's token of the
	// same index (at most 30 minutes: the simulator runs a step in minutes).
	var arrived [n]atomic.Int32
	var gates [n]chan struct{}
	for k := range gates {
		gates[k] = make(chan struct{})
	}
	barrier := func(tok bitnet.Token, k int) error {
		if tok.ID < 0 {
			return nil // the text released at the end
		}
		if arrived[k].Add(1) == int32(len(jobs)) {
			close(gates[k])
		}
		select {
		case <-gates[k]:
			return nil
		case <-time.After(30 * time.Minute):
			return fmt.Errorf("token %d: the other generation never came", k)
		}
	}
	together := make([]bitnet.Result, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := 0
			together[i], errs[i] = m.GenerateTokens(ctx, j.prompt, opts(j), func(tok bitnet.Token) error {
				if tok.ID < 0 {
					return nil
				}
				err := barrier(tok, k)
				k++
				return err
			})
		}()
	}
	wg.Wait()
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
