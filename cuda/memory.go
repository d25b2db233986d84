//go:build cuda

package cuda

import (
	"fmt"

	"github.com/bitnet-go/bitnet-go/internal/model"
)

// MaxStateTokens is the largest state (KV cache) the CUDA engine creates: 2^24
// positions, far above any released BitNet model's context and small enough
// that sizes computed from it cannot overflow. A model file may claim any
// context_length; it is checked against this and against the device's memory
// before anything is sized from it (a RoPE table for 2^30 positions alone would
// be 1 TiB of host memory).
const MaxStateTokens = 1 << 24

// stateBytes is the device memory one state of maxTokens positions takes:
// the K and V caches (in the activation precision), the RoPE table, and the
// scratch for batches of up to maxBatch tokens (activations, int8 codes, the
// logits of up to 16 rows, the decode attention's split partials, the decode
// step's quantized GEMV inputs, the device sampler's buffers). It mirrors
// bnc_state_new in kernels/engine.cu; TestStateBytesMatchesDevice checks it
// against the bytes the device reports.
func stateBytes(cfg model.Config, vocab, precType, maxTokens int) uint64 {
	t := uint64(maxTokens)
	elem := uint64(4)
	if precType != typeF32 {
		elem = 2
	}
	kvDim := uint64(cfg.KVHeads * cfg.HeadDim)
	q := uint64(cfg.Heads * cfg.HeadDim)
	h, f := uint64(cfg.Hidden), uint64(cfg.FFN)
	half := uint64(cfg.RopeDim / 2)
	b := uint64(min(maxTokens, maxBatch))
	g := min(b, 16)
	maxK := max(h, q, f)
	nsplit := uint64(decodeSplits(maxTokens))
	acc := uint64(4)
	if precType == typeF32 {
		acc = 8
	}
	kv := 2 * uint64(cfg.Layers) * kvDim * t * elem
	rope := 2 * t * half * 4
	// The decode step's two quantized GEMV inputs (ping-pong: codes, scale,
	// sum) and the attention's split counters plus the quantization's arrival
	// counter come after the batch scratch.
	qkv := q // the Q|K|V output rows: q, and the un-rotated k with QK norms
	if cfg.Family.QKNorm {
		qkv += kvDim
	}
	scratch := b*(h+q+qkv+f)*4 + b*maxK + 2*b*4 + (b+1)*4 + g*uint64(vocab)*4 +
		uint64(cfg.Heads)*nsplit*(uint64(cfg.HeadDim)+2)*acc + (uint64(cfg.Heads)+1)*4 + 2*maxK + 2*4 + 2*4
	// The device sampler's parameter block and result (bnc_sample_params:
	// four doubles and two int32; bnc_sample_result: four 4-byte fields).
	const sampler = 40 + 16
	return kv + rope + scratch + sampler
}

// The decode attention's split rule, kept equal to kAttnSplitMin,
// kAttnShortSplits and kAttnMaxSplits in kernels/internal.h.
const (
	attnSplitMin    = 16 // positions per split, at least (long sequences)
	attnShortSplits = 8  // splits a short sequence still spreads over
	attnMaxSplits   = 64 // the most splits a state gets
)

// decodeSplits is the decode attention's grid height for a state of
// maxTokens positions, which sizes the state's split partials: maxTokens/16
// rounded up, at least min(maxTokens, 8), at most 64. It is
// attn_decode_splits in kernels/internal.h, which bnc_state_new uses; the two
// must change together (TestDecodeSplits checks this one by hand,
// TestStateBytesMatchesDevice both against the device's allocation).
func decodeSplits(maxTokens int) int {
	ns := (maxTokens + attnSplitMin - 1) / attnSplitMin
	ns = max(ns, min(maxTokens, attnShortSplits))
	return min(max(ns, 1), attnMaxSplits)
}

// checkStateSize rejects a state size that is not positive, above
// MaxStateTokens, or (when the device's memory is known) larger than the whole
// device, before any table is sized from it.
func checkStateSize(cfg model.Config, vocab, precType, maxTokens int, deviceTotal uint64) error {
	if maxTokens <= 0 {
		return fmt.Errorf("cuda: state size %d must be positive", maxTokens)
	}
	if maxTokens > MaxStateTokens {
		return fmt.Errorf("cuda: state of %d positions: the CUDA engine supports at most %d", maxTokens, MaxStateTokens)
	}
	if need := stateBytes(cfg, vocab, precType, maxTokens); deviceTotal > 0 && need > deviceTotal {
		return fmt.Errorf("%w: a state of %d positions needs %d MiB of device memory (KV cache and scratch), the device has %d MiB",
			ErrNoDevice, maxTokens, need>>20, deviceTotal>>20)
	}
	return nil
}
