package cuda

import (
	"fmt"

	"github.com/bitnet-go/bitnet-go/internal/model"
)

// blockVariant is what the CUDA kernels need to know about a model's
// architecture family (the C API's bnc_config fields of the same names).
type blockVariant struct {
	subNorms bool           // attn_sub_norm and ffn_sub_norm (BitNet b1.58)
	rope     model.RopeKind // RoPE pair layout
	qkNorm   bool           // per-head RMSNorm of q and k before RoPE (Qwen3)
}

// variantOf decides from the model's registry entry (its fields, never the
// architecture's name) whether the CUDA kernels run its forward pass, and
// how. The kernels implement the block of the BitNet b1.58 families, and of
// the llama and qwen3 families with ternary weights: with or without
// sub-norms, NEOX or adjacent-pair RoPE, with or without per-head QK norms,
// any of the three FFN activations, tied or separate F16/BF16/F32 heads,
// optional *.scale tensors and RoPE scaling (both folded in on the host).
// Anything else is refused with an error wrapping ErrNoDevice, so that
// device "auto" runs the model on the CPU, which implements it all. A Config
// built without the registry (Arch empty, as in some tests) is BitNet b1.58.
func variantOf(m *model.Model) (blockVariant, error) {
	cfg := m.Config
	fam := cfg.Family
	if fam.Arch == "" {
		return blockVariant{subNorms: true, rope: model.RopeNeox}, nil
	}
	refuse := func(what string) (blockVariant, error) {
		return blockVariant{}, fmt.Errorf("%w: the CUDA backend does not implement %s (%s); the CPU backend runs it",
			ErrNoDevice, what, fam.Name)
	}
	switch {
	case fam.Rope != model.RopeNeox && fam.Rope != model.RopeNorm:
		return refuse(fmt.Sprintf("RoPE layout %s", fam.Rope))
	case fam.PostNorms:
		return refuse("post-attention and post-FFN norms")
	case fam.EmbedScale:
		return refuse("embeddings scaled by sqrt(hidden)")
	case cfg.InputNorms:
		return refuse("per-projection input norms (*_norm_in)")
	case cfg.Pooling != model.PoolingNone:
		// Model.Embed needs hidden states (engine.HiddenForwarder), which
		// only the CPU engine returns.
		return refuse(fmt.Sprintf("embedding models (pooling %s: hidden-state output)", cfg.Pooling))
	case cfg.Activation != model.ReLU2 && cfg.Activation != model.SiLU && cfg.Activation != model.GELU:
		return refuse(fmt.Sprintf("FFN activation %s", cfg.Activation))
	case fam.QKNorm && cfg.HeadDim > 256:
		return refuse(fmt.Sprintf("QK norms of head dimension %d (at most 256)", cfg.HeadDim))
	}
	if model.IsQ2_0(m.Embed.Type) || model.IsQ2_0(m.Output.Type) {
		return refuse("Q2_0 embeddings or output heads (per-group scales, Q8_0 activations)")
	}
	for _, l := range m.Layers {
		for _, lin := range []model.Linear{l.Q, l.K, l.V, l.O, l.Gate, l.Up, l.Down} {
			if model.IsQ2_0(lin.Type) {
				return refuse(fmt.Sprintf("Q2_0 weights (%s: per-group scales, Q8_0 activations)", lin.Name))
			}
		}
		if fam.QKNorm && (len(l.QNorm) != cfg.HeadDim || len(l.KNorm) != cfg.HeadDim) {
			return blockVariant{}, fmt.Errorf("cuda: %s: QK norms of %d and %d values, want head dimension %d",
				fam.Name, len(l.QNorm), len(l.KNorm), cfg.HeadDim)
		}
	}
	return blockVariant{subNorms: fam.SubNorms, rope: fam.Rope, qkNorm: fam.QKNorm}, nil
}
