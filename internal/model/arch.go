package model

import (
	"fmt"
	"slices"
	"strings"
)

// RopeKind is how RoPE pairs the values of a head.
type RopeKind int

const (
	// RopeNeox rotates pairs (i, i+d/2): GPT-NeoX's layout, which Hugging
	// Face's rotate_half computes. llama.cpp's LLAMA_ROPE_TYPE_NEOX; the
	// BitNet and Qwen families.
	RopeNeox RopeKind = iota
	// RopeNorm rotates pairs (2i, 2i+1): llama.cpp's LLAMA_ROPE_TYPE_NORM,
	// used by arch "llama". llama.cpp's converters permute the rows of
	// attn_q and attn_k so that this gives the same result as Hugging Face's
	// rotate_half on the unpermuted weights.
	RopeNorm
)

// String returns "neox" or "norm".
func (k RopeKind) String() string {
	switch k {
	case RopeNeox:
		return "neox"
	case RopeNorm:
		return "norm"
	}
	return fmt.Sprintf("RopeKind(%d)", int(k))
}

// HeadKind says where the output head comes from.
type HeadKind int

const (
	// HeadOptional: output.weight when present, otherwise the tied token_embd.
	HeadOptional HeadKind = iota
	// HeadTied: always token_embd (an output.weight in the file is an error).
	HeadTied
	// HeadSeparate: output.weight must be present.
	HeadSeparate
)

// String names the head kind.
func (k HeadKind) String() string {
	switch k {
	case HeadOptional:
		return "tied or separate"
	case HeadTied:
		return "tied"
	case HeadSeparate:
		return "separate"
	}
	return fmt.Sprintf("HeadKind(%d)", int(k))
}

// TensorNames are the GGUF tensor names of a family. Block names are the
// part after "blk.N."; Layer names them with the block's prefix.
type TensorNames struct {
	Embed, Output, OutputNorm string

	AttnNorm, AttnSubNorm, FFNNorm, FFNSubNorm string // ".weight" included
	Q, K, V, O, Gate, Up, Down                 string // without ".weight" (a ".scale" may follow)
	QNorm, KNorm                               string // per-head QK norms, when the family has them
	// AttnPostNorm and FFNPostNorm normalize the attention and FFN outputs
	// before the residual add (Family.PostNorms; Gemma 2/3).
	AttnPostNorm, FFNPostNorm string
	// InputNorms are the per-projection input RMSNorm weights of BitNet's
	// embedding models ("{proj}_norm_in.weight"), in the order q, k, v, o,
	// gate, up, down.
	InputNorms [7]string
}

// BlockPrefix is the prefix of block i's tensor names.
func BlockPrefix(i int) string { return fmt.Sprintf("blk.%d.", i) }

// Family describes one GGUF general.architecture: everything about the
// forward pass that differs between the architectures this package loads.
// The loader reads keys and tensors through it, and backends branch on its
// fields (never on the architecture's name), so a new family that only
// recombines these features is one entry in the table below.
type Family struct {
	Arch      string // general.architecture
	Name      string // human-readable family name, for inspect and logs
	KeyPrefix string // prefix of the hyperparameter keys ("{prefix}.block_count")

	// SubNorms: the attention output and the FFN down projection have their
	// own RMSNorm on their input (attn_sub_norm, ffn_sub_norm), as in BitNet
	// b1.58. Without them the int8 activations are quantized from the raw
	// attention output and act(gate)*up.
	SubNorms bool
	// Activation is the FFN activation when the file does not name one.
	Activation Activation
	// ActivationKey: "{prefix}.hidden_activation" may override Activation.
	ActivationKey bool
	Rope          RopeKind
	Head          HeadKind
	// QKNorm: q and k get a per-head RMSNorm (attn_q_norm, attn_k_norm:
	// one weight per head dimension, shared by the heads) before RoPE, as in
	// Qwen3.
	QKNorm bool
	// LinearScales: a linear weight may have a one-float "{name}.scale"
	// tensor multiplying its output (upstream llama.cpp's bitnet arch).
	LinearScales bool
	// HeadDimKey: "{prefix}.attention.key_length" may set the head dimension
	// (Falcon3: 256 with hidden 3072 and 12 heads); otherwise it is
	// embedding_length / head_count.
	HeadDimKey bool
	// TernaryOnly: linear weights must be ternary (I2_S, TQ2_0, TQ1_0). For
	// "llama", whose files are mostly ordinary (non-BitNet) models, float or
	// k-quant weights mean the file is not a BitNet model, and ternarizing
	// them would silently give nonsense.
	TernaryOnly bool
	// ChatTemplate names the chat format (package chat) the family's
	// instruct models use, for files whose tokenizer.chat_template names
	// none that package recognises.
	ChatTemplate string
	// InputNorms: blocks may have an RMSNorm on the input of every linear
	// projection (Tensors.InputNorms), as BitNet-embedding's BitLinear
	// layers do: x -> rms(x)*w -> int8 -> ternary matmul. Either every
	// block has all seven or none has any; Config.InputNorms says which.
	InputNorms bool
	// Q2_0: with TernaryOnly, linear weights may also be llama.cpp's Q2_0
	// (PrismML's Ternary-Bonsai: Qwen3 quantization-aware trained to ternary
	// values, stored as Q2_0 and run by llama.cpp with Q8_0 activations).
	Q2_0 bool
	// PostNorms: the attention output (after the o projection) and the FFN
	// output (after the down projection) are RMS-normalized with their own
	// weights (Tensors.AttnPostNorm, FFNPostNorm) before they are added to
	// the residual stream, as llama.cpp's build_gemma3 does.
	PostNorms bool
	// EmbedScale: token embeddings are multiplied by sqrt(embedding_length)
	// in float32 before the first block (Gemma; llama.cpp's
	// ggml_scale(inpL, sqrtf(n_embd))).
	EmbedScale bool
	// RopeScaling: the file may scale RoPE ({prefix}.rope.scaling.type
	// linear or yarn, Config.RopeScaling), as llama.cpp's graph for the
	// architecture passes its freq_scale and YaRN parameters to ggml_rope_ext.
	RopeScaling bool
	// RopeFreqs: a "rope_freqs.weight" tensor may divide each pair's angle
	// by a factor (llama.cpp's llama graph passes it to ggml_rope_ext; its
	// converter writes Llama 3.1's "llama3" rope_type that way).
	RopeFreqs bool
	// Refused are tensors that must be absent because the forward pass here
	// does not implement them ("blk.0." names stand for every block).
	Refused []string
	Tensors TensorNames
}

// ropeFreqsTensor is llama.cpp's per-dimension RoPE frequency factors
// (LLM_TENSOR_ROPE_FREQS), read by families with Family.RopeFreqs and
// refused by the others, whose llama.cpp graphs pass no factors.
const ropeFreqsTensor = "rope_freqs.weight"

// bitnetTensors are the tensor names llama.cpp's converters write for the
// BitNet and Llama families (gguf-py's tensor_mapping).
var bitnetTensors = TensorNames{
	Embed: "token_embd.weight", Output: "output.weight", OutputNorm: "output_norm.weight",
	AttnNorm: "attn_norm.weight", AttnSubNorm: "attn_sub_norm.weight",
	FFNNorm: "ffn_norm.weight", FFNSubNorm: "ffn_sub_norm.weight",
	Q: "attn_q", K: "attn_k", V: "attn_v", O: "attn_output",
	Gate: "ffn_gate", Up: "ffn_up", Down: "ffn_down",
	QNorm: "attn_q_norm.weight", KNorm: "attn_k_norm.weight",
	InputNorms: [7]string{"attn_q_norm_in.weight", "attn_k_norm_in.weight", "attn_v_norm_in.weight",
		"attn_output_norm_in.weight", "ffn_gate_norm_in.weight", "ffn_up_norm_in.weight", "ffn_down_norm_in.weight"},
}

// ArchLlama is llama.cpp's "llama" architecture; with ternary weights it is
// how Falcon3-*-1.58bit and Llama3-8B-1.58 are distributed.
const ArchLlama = "llama"

// ArchQwen3 is llama.cpp's "qwen3" architecture.
const ArchQwen3 = "qwen3"

// ArchGemma3 is llama.cpp's "gemma3" architecture, the name bitnet.cpp's
// converter for BitNet-embedding-270M writes.
const ArchGemma3 = "gemma3"

// gemma3Tensors are the names bitnet.cpp's
// utils/convert-bitnet-embedding-270m-to-gguf.py writes (llama.cpp's gemma3
// names plus the seven per-projection input norms): Hugging Face's
// post_attention_layernorm is post_attention_norm here (not ffn_norm, which
// is pre_feedforward_layernorm), post_feedforward_layernorm is post_ffw_norm.
var gemma3Tensors = func() TensorNames {
	t := bitnetTensors
	t.AttnSubNorm, t.FFNSubNorm = "", ""
	t.AttnPostNorm, t.FFNPostNorm = "post_attention_norm.weight", "post_ffw_norm.weight"
	return t
}()

// families is the architecture registry: the one table from
// general.architecture to a forward-pass description.
var families = []Family{
	{
		Arch: ArchBitNetB158, Name: "BitNet b1.58 (bitnet.cpp)", KeyPrefix: ArchBitNetB158,
		SubNorms: true, Activation: ReLU2, ActivationKey: true, Rope: RopeNeox, Head: HeadOptional,
		LinearScales: true, HeadDimKey: true, ChatTemplate: "bitnet", RopeScaling: true,
		Refused: []string{ropeFreqsTensor}, Tensors: bitnetTensors,
	},
	{
		Arch: ArchBitNet25, Name: "BitNet b1.58 (bitnet.cpp, pre-2025-04 name)", KeyPrefix: ArchBitNet25,
		SubNorms: true, Activation: ReLU2, ActivationKey: true, Rope: RopeNeox, Head: HeadOptional,
		LinearScales: true, HeadDimKey: true, ChatTemplate: "bitnet", RopeScaling: true,
		Refused: []string{ropeFreqsTensor}, Tensors: bitnetTensors,
	},
	{
		// Upstream llama.cpp's BitnetModel: SiLU unless the file says otherwise.
		Arch: ArchBitNet, Name: "BitNet b1.58 (llama.cpp)", KeyPrefix: ArchBitNet,
		SubNorms: true, Activation: SiLU, ActivationKey: true, Rope: RopeNeox, Head: HeadOptional,
		LinearScales: true, HeadDimKey: true, ChatTemplate: "bitnet", RopeScaling: true,
		Refused: []string{ropeFreqsTensor}, Tensors: bitnetTensors,
	},
	{
		// Llama-architecture BitNet b1.58 (Falcon3-*-1.58bit, Llama3-8B-1.58):
		// llama.cpp's build_llama with ternary weights, whose matrix product
		// quantizes activations to int8 per token as for the BitNet archs.
		// No sub-norms; SiLU; RoPE on adjacent pairs (llama.cpp permutes the
		// q/k rows at conversion); output.weight usually separate.
		Arch: ArchLlama, Name: "Llama-architecture BitNet b1.58", KeyPrefix: ArchLlama,
		Activation: SiLU, Rope: RopeNorm, Head: HeadOptional, HeadDimKey: true, TernaryOnly: true,
		ChatTemplate: "llama3", RopeScaling: true, RopeFreqs: true,
		Refused: []string{"blk.0.attn_q.bias", "blk.0.attn_k.bias", "blk.0.attn_v.bias",
			"blk.0.attn_output.bias", "blk.0.ffn_gate_inp.weight"},
		Tensors: bitnetTensors,
	},
	{
		// Qwen3 with ternary weights: llama.cpp's build_qwen3 (RMSNorm of each
		// head of q and k before NEOX RoPE, SiLU, no sub-norms) with I2_S/TQ
		// weights, or with Q2_0 weights as PrismML's Ternary-Bonsai
		// (1.7B/4B/8B) are published. With per-projection input norms and
		// {arch}.pooling_type it is microsoft/BitNet-embedding-0.6B as
		// bitnet.cpp's converter writes it
		// (utils/convert-bitnet-embedding-to-gguf.py: arch "qwen3", I2_S,
		// F16 norms, no output.weight).
		Arch: ArchQwen3, Name: "Qwen3-architecture ternary", KeyPrefix: ArchQwen3,
		Activation: SiLU, Rope: RopeNeox, Head: HeadOptional, HeadDimKey: true, TernaryOnly: true, QKNorm: true, Q2_0: true,
		ChatTemplate: "qwen3", InputNorms: true, RopeScaling: true,
		Refused: []string{ropeFreqsTensor, "blk.0.attn_q.bias", "blk.0.attn_k.bias", "blk.0.attn_v.bias", "blk.0.ffn_gate_inp.weight"},
		Tensors: bitnetTensors,
	},
	{
		// Gemma3 with ternary weights: microsoft/BitNet-embedding-270M as
		// bitnet.cpp's converter writes it and its llama.cpp fork runs it
		// (src/models/gemma3.cpp): embeddings times sqrt(hidden), RMSNorm,
		// per-projection input norms, per-head q/k norms before NEOX RoPE,
		// query scale 1/sqrt(head_dim), post-attention norm, residual,
		// pre-FFN norm, GELU(tanh)(gate)*up, post-FFN norm, residual. Norm
		// weights multiply directly (a Gemma checkpoint's 1+w is the
		// converter's business). Dense projection heads (EmbeddingGemma's
		// sentence-transformers Dense modules, llama.cpp's dense_2/dense_3)
		// are not implemented and refused. Q2_0 weights (llama.cpp's Q8_0
		// activations) run as upstream llama.cpp runs them, which is how this
		// entry is compared with upstream's gemma3 code.
		Arch: ArchGemma3, Name: "Gemma3-architecture ternary", KeyPrefix: ArchGemma3,
		Activation: GELU, Rope: RopeNeox, Head: HeadOptional, HeadDimKey: true, TernaryOnly: true, QKNorm: true,
		InputNorms: true, PostNorms: true, EmbedScale: true, Q2_0: true,
		Refused: []string{ropeFreqsTensor, "dense_2.weight", "dense_3.weight", "blk.0.attn_q.bias", "blk.0.attn_k.bias",
			"blk.0.attn_v.bias", "blk.0.ffn_gate_inp.weight"},
		Tensors: gemma3Tensors,
	},
}

// LookupFamily returns the registry entry of a general.architecture value.
func LookupFamily(arch string) (Family, bool) {
	i := slices.IndexFunc(families, func(f Family) bool { return f.Arch == arch })
	if i < 0 {
		return Family{}, false
	}
	return families[i], true
}

// Families returns the registry, in table order.
func Families() []Family { return slices.Clone(families) }

// Archs returns the architecture names the registry knows, in table order.
func Archs() []string {
	out := make([]string, len(families))
	for i, f := range families {
		out[i] = f.Arch
	}
	return out
}

// Key returns the full metadata key of a hyperparameter ("block_count").
func (f Family) Key(name string) string { return f.KeyPrefix + "." + name }

// Features summarizes the forward pass in one line, for inspect and logs.
func (f Family) Features() string {
	var parts []string
	if f.SubNorms {
		parts = append(parts, "sub-norms")
	} else {
		parts = append(parts, "no sub-norms")
	}
	act := f.Activation.String()
	if f.ActivationKey {
		act += " (overridable)"
	}
	parts = append(parts, "FFN "+act, "RoPE "+f.Rope.String(), "head "+f.Head.String())
	if f.QKNorm {
		parts = append(parts, "QK-norm")
	}
	if f.InputNorms {
		parts = append(parts, "optional per-projection input norms")
	}
	if f.PostNorms {
		parts = append(parts, "post-attention/FFN norms")
	}
	if f.EmbedScale {
		parts = append(parts, "embeddings x sqrt(hidden)")
	}
	if f.LinearScales {
		parts = append(parts, "optional *.scale")
	}
	if f.TernaryOnly && f.Q2_0 {
		parts = append(parts, "ternary or Q2_0 weights only")
	} else if f.TernaryOnly {
		parts = append(parts, "ternary weights only")
	}
	return strings.Join(parts, ", ")
}
