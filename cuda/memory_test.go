//go:build cuda

package cuda

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cuda/internal/randmodel"
)

// A hostile context_length (the GGUF loader accepts up to 2^30) must be
// rejected before anything is sized from it, without a GPU.
func TestCheckStateSize(t *testing.T) {
	cfg := randmodel.Preset2B()
	require.NoError(t, checkStateSize(cfg, cfg.VocabSize, typeF16, 4096, 0))
	require.Error(t, checkStateSize(cfg, cfg.VocabSize, typeF16, 0, 0))
	err := checkStateSize(cfg, cfg.VocabSize, typeF16, 1<<30, 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "at most")
	// 2^20 positions of the 2B model's fp32 KV cache: 150 GiB, more than an 80 GiB card.
	err = checkStateSize(cfg, cfg.VocabSize, typeF32, 1<<20, 80<<30)
	require.ErrorIs(t, err, ErrNoDevice)
	t.Logf("%v", err)
}

// The 2B model's KV cache per 4k session: 30 layers x 2 x 640 x 4096
// positions x 4 bytes (fp32) = 600 MiB, half that in fp16; scratch on top.
func TestStateBytes2B(t *testing.T) {
	cfg := randmodel.Preset2B()
	kv32 := uint64(30 * 2 * 640 * 4096 * 4)
	got := stateBytes(cfg, cfg.VocabSize, typeF32, 4096)
	assert.Greater(t, got, kv32)
	assert.Less(t, got, kv32+64<<20, "scratch of a 512-token batch is tens of MiB")
	got16 := stateBytes(cfg, cfg.VocabSize, typeF16, 4096)
	assert.Greater(t, got16, kv32/2)
	assert.Less(t, got16, got)
	t.Logf("2B state of 4096 positions: fp32 %d MiB, fp16 %d MiB", got>>20, got16>>20)
}

// decodeSplits follows attn_decode_splits (kernels/internal.h): capacity/16
// rounded up, at least min(capacity, 8), at most 64. Worked by hand.
func TestDecodeSplits(t *testing.T) {
	for _, c := range []struct{ capacity, want int }{
		{1, 1},     // one position: one split
		{2, 2},     // short: one split per position, up to 8
		{5, 5},     // the simulator test's small state
		{8, 8},     // eight positions, eight splits
		{16, 8},    // 16/16 = 1 split, raised to the short minimum of 8
		{128, 8},   // 128/16 = 8
		{129, 9},   // 129/16 rounded up
		{200, 13},  // 200/16 = 12.5 rounded up
		{1024, 64}, // 1024/16 = 64, the cap
		{1025, 64}, // 65, capped
		{4096, 64}, // 256, capped
		{MaxStateTokens, 64},
	} {
		assert.Equal(t, c.want, decodeSplits(c.capacity), "state of %d positions", c.capacity)
	}
}

// stateBytes must agree with what bnc_state_new allocates, or "auto" would
// admit a GPU on which sessions fail.
func TestStateBytesMatchesDevice(t *testing.T) {
	requireDevice(t)
	// BitNet, and qwen3, whose Q|K|V rows also hold the un-rotated k.
	for _, tm := range []testModel{testModels()[0], familyModels(t)[1]} {
		m := buildModel(t, tm, 1)
		for _, prec := range []string{"fp32", "fp16"} {
			e := gpuEngine(t, m, prec).(*Engine)
			for _, n := range []int{5, 200} {
				s, err := e.newState(n)
				require.NoError(t, err)
				want := stateBytes(e.cfg, e.vocab, e.ptype, n)
				got := s.deviceBytes()
				s.Close()
				assert.Equal(t, want, got, "%s %s state of %d positions", tm.name, prec, n)
			}
		}
	}
}

// New refuses a device on which one session of the planned size does not fit,
// wrapping ErrNoDevice with the numbers, so "auto" falls back to the CPU.
func TestNewChecksSessionMemory(t *testing.T) {
	dev := requireDevice(t)
	// The first test model whose largest session does not fit on this
	// device: on an H200 (143 GB) the tiny one's fits, the wide one's fp32
	// KV cache of MaxStateTokens positions (~290 GB) does not.
	var tm *testModel
	for _, c := range testModels() {
		if stateBytes(c.cfg, c.cfg.VocabSize, typeF32, MaxStateTokens) > dev.MemoryFree {
			tm = &c
			break
		}
	}
	if tm == nil {
		t.Skipf("SKIP: every test model's largest session fits in this device's %d MiB", dev.MemoryFree>>20)
	}
	m := buildModel(t, *tm, 1)
	_, err := New(context.Background(), m, Options{Precision: "fp32", Context: MaxStateTokens})
	require.ErrorIs(t, err, ErrNoDevice)
	assert.Contains(t, err.Error(), "session")
	t.Logf("%v", err)
	_, err = New(context.Background(), m, Options{Precision: "fp32", Context: MaxStateTokens + 1})
	require.ErrorIs(t, err, ErrNoDevice)
	m.Config.ContextLength = 1 << 30 // a hostile file: no OOM, a clear error
	_, err = New(context.Background(), m, Options{Precision: "fp32"})
	require.ErrorIs(t, err, ErrNoDevice)
}
