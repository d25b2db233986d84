//go:build cuda

package bitnet_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/cuda"
)

// The CUDA engine is not chunk invariant (a one-token forward call runs the
// decode kernels): prompts in shared steps and from the prefix cache must
// be cut as they are alone. fp16, where the decode kernels' other summation
// order shows in the logits. Too slow for GPGPU-Sim (hundreds of forward
// calls); scripts/gpu-check.sh runs them on a GPU.

func requireCUDA(t *testing.T) {
	t.Helper()
	devs, err := cuda.Devices()
	if err != nil || len(devs) == 0 {
		t.Skipf("SKIP: no CUDA device: %v", err)
	}
}

func TestReusablePrefixCUDA(t *testing.T) {
	requireCUDA(t)
	const ub = 4
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cuda:0"), bitnet.WithPrecision("fp16"),
		bitnet.WithContextLength(64), bitnet.WithBatchSize(ub))
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	testReusablePrefix(t, m, ub, true)
}

func TestSharedStepsMatchAloneCUDA(t *testing.T) {
	requireCUDA(t)
	testSharedStepsMatchAlone(t, tinyPath(t), bitnet.WithDevice("cuda:0"), bitnet.WithPrecision("fp16"),
		bitnet.WithContextLength(128))
}
