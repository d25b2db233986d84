//go:build cuda

package bitnet_test

import (
	"context"
	"testing"

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
