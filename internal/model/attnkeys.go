package model

import (
	"fmt"
)

// checkAttentionKeys refuses files whose attention the forward pass here
// would compute differently from what the keys ask (llama.cpp's names):
//
//   - {arch}.attention.sliding_window: layers that see only the last n_swa
//     positions (Gemma 2/3's local layers; llama.cpp masks a key at distance
//     n_swa or more). With causal attention that changes nothing while the
//     sequence is at most n_swa long, so a file whose context_length is
//     within the window runs; a longer one is refused.
//   - {arch}.rope.freq_base_swa different from rope.freq_base: the local
//     layers rotate with another RoPE base, which this engine (one rotation
//     table for all layers) does not do.
//   - {arch}.attention.causal false: bidirectional attention (EmbeddingGemma,
//     llama.cpp's gemma-embedding); every engine here is causal.
//   - {arch}.attn_logit_softcapping other than 0 (Gemma 2).
func checkAttentionKeys(f Metadata, pre string, c Config) error {
	if key := pre + ".attention.sliding_window"; f.Has(key) {
		w, err := f.Uint64(key)
		if err != nil {
			return &Error{key, err}
		}
		if w > 0 && w < uint64(c.ContextLength) {
			return &Error{key, fmt.Errorf("%w: sliding-window attention over %d positions with a context of %d is not implemented (a context_length within the window runs)", ErrUnsupportedArch, w, c.ContextLength)}
		}
	}
	if key := pre + ".rope.freq_base_swa"; f.Has(key) {
		b, err := f.Float32(key)
		if err != nil {
			return &Error{key, err}
		}
		if b != c.RopeBase {
			return &Error{key, fmt.Errorf("%w: a RoPE base of %g for sliding-window layers and %g for the others is not implemented", ErrUnsupportedArch, b, c.RopeBase)}
		}
	}
	if key := pre + ".attention.causal"; f.Has(key) {
		bf, ok := f.(interface{ Bool(string) (bool, error) })
		if !ok {
			return &Error{key, fmt.Errorf("%w: cannot read the key", ErrUnsupportedArch)}
		}
		causal, err := bf.Bool(key)
		if err != nil {
			return &Error{key, err}
		}
		if !causal {
			return &Error{key, fmt.Errorf("%w: non-causal (bidirectional) attention is not implemented", ErrUnsupportedArch)}
		}
	}
	if key := pre + ".attn_logit_softcapping"; f.Has(key) {
		v, err := f.Float32(key)
		if err != nil {
			return &Error{key, err}
		}
		if v != 0 {
			return &Error{key, fmt.Errorf("%w: attention logit soft-capping %g is not implemented", ErrUnsupportedArch, v)}
		}
	}
	return nil
}
