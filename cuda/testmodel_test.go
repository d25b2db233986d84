//go:build cuda

package cuda

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/cuda/internal/randmodel"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Test models and helpers. The models come from randmodel (random I2_S codes,
// code 3 included, random F16/BF16/F32 embeddings), built in memory; they can
// be replaced by the synth package's generator once its API is settled.

// requireDevice skips the test, saying why, when no CUDA device is usable.
func requireDevice(t testing.TB) Device {
	t.Helper()
	devs, err := Devices()
	if err != nil || len(devs) == 0 {
		if err == nil {
			err = ErrNoDevice
		}
		t.Skipf("SKIP: no CUDA device: %v", err)
	}
	return devs[0]
}

type testModel struct {
	name string
	cfg  model.Config
	opts randmodel.Options
}

// testModels are tiny configurations covering the shapes the kernels
// special-case: GQA groups of 2 and 3, partial RoPE, untied heads of each
// storage type, every activation, K of one and of several GEMV chunks.
func testModels() []testModel {
	a := randmodel.Tiny()
	b := randmodel.Tiny()
	b.Hidden, b.FFN, b.Heads, b.KVHeads, b.HeadDim, b.RopeDim = 384, 640, 3, 1, 128, 96
	b.Activation, b.VocabSize, b.RopeBase = model.SiLU, 517, 500000
	c := randmodel.Tiny()
	c.Hidden, c.FFN, c.Heads, c.KVHeads, c.HeadDim, c.RopeDim = 2176, 256, 17, 17, 128, 128
	c.Layers, c.Activation, c.VocabSize = 1, model.GELU, 130
	return []testModel{
		{"tiny-relu2-tied-f16", a, randmodel.Options{}},
		{"gqa3-silu-partialrope-untied-bf16", b, randmodel.Options{EmbedType: "bf16", Untied: true, HeadType: "bf16"}},
		{"wide-gelu-untied-f32", c, randmodel.Options{EmbedType: "f32", Untied: true, HeadType: "f32"}},
	}
}

func buildModel(t testing.TB, tm testModel, seed uint64) *model.Model {
	t.Helper()
	m, err := randmodel.New(tm.cfg, seed, tm.opts)
	require.NoError(t, err)
	return m
}

func cpuEngine(t testing.TB, m *model.Model) engine.Engine {
	t.Helper()
	e, err := cpu.New(context.Background(), m, cpu.Options{Mode: engine.Exact, Threads: 2})
	require.NoError(t, err)
	t.Cleanup(func() { e.Close() })
	return e
}

func gpuEngine(t testing.TB, m *model.Model, precision string) engine.Engine {
	t.Helper()
	e, err := New(context.Background(), m, Options{Precision: precision})
	require.NoError(t, err)
	t.Cleanup(func() { e.Close() })
	return e
}

// logitsDiff compares rows of logits: the largest |a-b| relative to the
// largest |b| of the row, and whether each row's arg max agrees.
type logitsDiff struct {
	maxRel    float64
	top1Agree int
	rows      int
}

func compareLogits(t testing.TB, got, want []float32, vocab int) logitsDiff {
	t.Helper()
	require.Equal(t, len(want), len(got))
	var d logitsDiff
	for r := 0; r < len(want)/vocab; r++ {
		g, w := got[r*vocab:(r+1)*vocab], want[r*vocab:(r+1)*vocab]
		var mx, diff float64
		for i := range w {
			require.False(t, math.IsNaN(float64(g[i])) || math.IsInf(float64(g[i]), 0), "row %d logit %d is %v", r, i, g[i])
			mx = math.Max(mx, math.Abs(float64(w[i])))
			diff = math.Max(diff, math.Abs(float64(g[i])-float64(w[i])))
		}
		if mx > 0 {
			d.maxRel = math.Max(d.maxRel, diff/mx)
		}
		if argmax(g) == argmax(w) {
			d.top1Agree++
		}
		d.rows++
	}
	return d
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
