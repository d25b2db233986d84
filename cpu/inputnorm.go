package cpu

import (
	"context"
	"fmt"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Per-projection input norms (BitNet-embedding): every BitLinear normalizes
// its own input, x -> rms(x)*w_in -> int8 -> ternary matmul, on top of the
// block's usual attention/FFN norm. So q, k and v (and gate and up) no longer
// share one quantized input: each projection quantizes its own normalized
// copy of h = rms(x)*block_norm. The o and down input norms are exactly
// BitNet's sub-norms (the same input, the same rms(x)*w), so the engine holds
// them in attnSubNorm and ffnSubNorm and the rest of the layer is unchanged.

// setInputNorms takes a model layer's seven input norms.
func (lw *layerWeights) setInputNorms(l model.Layer) {
	lw.in = l.In
	lw.attnSubNorm = l.In[model.InO]
	lw.ffnSubNorm = l.In[model.InDown]
}

// inProj is one projection with an input norm: its matrix, input norm
// weight and output buffer.
type inProj struct {
	m   *ternaryMatrix
	w   []float32
	out []float32
}

// projectInputNorms computes h = rms(x)*blockNorm for the n rows of sc.x,
// then each projection's output from rms(h)*w_in (up to three; a nil matrix
// ends the list). sc.tmp holds h: it is free until the o and down outputs.
func (s *State) projectInputNorms(blockNorm []float32, ps [3]inProj, n int) {
	sc := &s.sc
	H := s.e.cfg.Hidden
	h := sc.tmp[:n*H]
	for i := 0; i < n; i++ {
		s.norm(h[i*H:(i+1)*H], sc.x[i*H:(i+1)*H], blockNorm)
	}
	for _, p := range ps {
		if p.m == nil {
			break
		}
		s.normQuant(h, p.w, nil, n, H)
		s.matmul([3]*ternaryMatrix{p.m}, [3][]float32{p.out})
	}
}

var _ engine.HiddenForwarder = (*State)(nil)

// ForwardHidden runs tokens as Forward does (appending them to the cache) and
// writes each row's final hidden state after the output norm, Hidden floats
// per token, into dst: what an embedding model pools. No logits are computed.
func (s *State) ForwardHidden(ctx context.Context, tokens []int32, dst []float32) error {
	H := s.e.cfg.Hidden
	if len(dst) < len(tokens)*H {
		return fmt.Errorf("cpu: hidden-state buffer holds %d floats, need %d", len(dst), len(tokens)*H)
	}
	if _, err := s.Forward(ctx, tokens, engine.NoLogits, nil); err != nil {
		return err
	}
	// Forward leaves the residual stream of its rows in sc.x.
	for i := range tokens {
		s.norm(dst[i*H:(i+1)*H], s.sc.x[i*H:(i+1)*H], s.e.m.OutputNorm)
	}
	return nil
}
