package convert

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/synth"
)

// CheckpointConfig is the shape of a synthetic Hugging Face checkpoint.
type CheckpointConfig struct {
	Architecture                                 string // config.json architectures[0]; "" is BitNetForCausalLM
	HiddenAct                                    string // "" is relu2
	Layers, Hidden, FFN, Heads, KVHeads, HeadDim int    // HeadDim 0: Hidden/Heads
	Vocab                                        int    // tokens: 256 bytes + merges + Special control tokens
	Special                                      int    // at least 10
	Context                                      int
	RopeTheta                                    float64
	Tied                                         bool
	// Packed writes the linear weights in 2B-4T's layout (uint8, four 2-bit
	// codes per byte, plus a BF16 weight_scale) with LinearClass in
	// quantization_config; otherwise they are BF16 master weights.
	Packed      bool
	LinearClass string
	// Shards splits the tensors over this many safetensors files (0 or 1: one).
	Shards int
	Seed   uint64
	// InputNorms writes a BitNet-embedding checkpoint (Architecture
	// "Qwen3Model" or "Qwen3ForCausalLM"): every projection gets an input
	// RMSNorm "{proj}.norm.weight", config.json has model_type "qwen3", and
	// tensor names have no "model." prefix (a sentence-transformers
	// checkpoint of the bare model). Pooling ("mean", "cls", "lasttoken"),
	// if set, is written as sentence-transformers' modules.json and
	// 1_Pooling/config.json.
	InputNorms bool
	Pooling    string
	// SlidingWindow, for Architecture "Gemma3TextModel" or
	// "Gemma3ForCausalLM" (a Gemma3 backbone, with InputNorms
	// bitnet-embeddings-270m's layout; for Gemma3ForCausalLM packed weights
	// and a bitnet quantization_config are needed: four block norms
	// and QK norms stored as Gemma3RMSNorm's w of 1+w, GELU-tanh), sets
	// config.json's sliding_window with every second layer sliding; 0
	// writes all layers full_attention.
	SlidingWindow int
	// RopeScaling, if set, is written as config.json's rope_scaling.
	RopeScaling map[string]any
}

// isGemma3 reports whether the checkpoint is a Gemma3 one.
func (c CheckpointConfig) isGemma3() bool {
	return c.Architecture == "Gemma3TextModel" || c.Architecture == "Gemma3ForCausalLM"
}

// WriteCheckpoint writes config.json, tokenizer.json (a byte-level BPE
// vocabulary from synth.ByteLevelVocab with LLaMA-3's pre-tokenizer) and
// model*.safetensors for c into dir. Weights are seeded random: master
// weights N(0, 0.02) in BF16, packed weights uniform ternary, norms
// 1 + 0.1 N(0,1), embeddings N(0, 0.02). It is meant for tests.
func WriteCheckpoint(dir string, c CheckpointConfig) error {
	if c.Architecture == "" {
		c.Architecture = "BitNetForCausalLM"
	}
	if c.HiddenAct == "" && c.isGemma3() {
		c.HiddenAct = "gelu_pytorch_tanh"
	}
	if c.HiddenAct == "" {
		c.HiddenAct = "relu2"
		if c.Architecture == "LlamaForCausalLM" || c.Architecture == "Qwen3ForCausalLM" || c.Architecture == "Qwen3Model" {
			c.HiddenAct = "silu"
		}
	}
	hd := c.HeadDim
	if hd == 0 {
		hd = c.Hidden / c.Heads
	}
	cfg := map[string]any{
		"architectures": []string{c.Architecture}, "hidden_size": c.Hidden, "intermediate_size": c.FFN,
		"num_attention_heads": c.Heads, "num_key_value_heads": c.KVHeads, "num_hidden_layers": c.Layers,
		"max_position_embeddings": c.Context, "rms_norm_eps": 1e-5, "rope_theta": c.RopeTheta,
		"vocab_size": c.Vocab, "hidden_act": c.HiddenAct, "tie_word_embeddings": c.Tied,
		"torch_dtype": "bfloat16",
	}
	if c.HeadDim != 0 {
		cfg["head_dim"] = c.HeadDim
	}
	if c.RopeScaling != nil {
		cfg["rope_scaling"] = c.RopeScaling
	}
	if c.isGemma3() {
		cfg["model_type"] = "gemma3_text"
		cfg["hidden_activation"] = c.HiddenAct
		delete(cfg, "hidden_act")
		cfg["query_pre_attn_scalar"] = hd
		cfg["rope_local_base_freq"] = c.RopeTheta
		types := make([]string, c.Layers)
		for l := range types {
			types[l] = "full_attention"
			if c.SlidingWindow > 0 && l%2 == 0 {
				types[l] = "sliding_attention"
			}
		}
		cfg["layer_types"] = types
		if c.SlidingWindow > 0 {
			cfg["sliding_window"] = c.SlidingWindow
		}
		if c.InputNorms {
			if err := writePooling(dir, c.Pooling); err != nil {
				return err
			}
		}
	} else if c.InputNorms {
		cfg["model_type"] = "qwen3"
		if err := writePooling(dir, c.Pooling); err != nil {
			return err
		}
	}
	if c.LinearClass == "" {
		c.LinearClass = "bitlinear"
	}
	if c.Packed || c.Architecture == "LlamaForCausalLM" || c.Architecture == "Qwen3ForCausalLM" {
		cfg["quantization_config"] = map[string]any{"quant_method": "bitnet", "linear_class": c.LinearClass, "quantization_mode": "offline"}
	}
	if err := writeJSON(filepath.Join(dir, "config.json"), cfg); err != nil {
		return err
	}
	if err := writeTokenizerJSON(filepath.Join(dir, "tokenizer.json"), c.Vocab, c.Special, c.Seed); err != nil {
		return err
	}

	r := rand.New(rand.NewPCG(c.Seed, 0x636b7074))
	var ts []SafetensorsTensor
	bf16 := func(name string, n int, f func() float64, shape ...int64) {
		b := make([]byte, 2*n)
		for i := range n {
			binary.LittleEndian.PutUint16(b[2*i:], quant.F32ToBF16(float32(f())))
		}
		ts = append(ts, SafetensorsTensor{Name: name, DType: BF16, Shape: shape, Data: b})
	}
	gauss := func() float64 { return 0.02 * r.NormFloat64() }
	norm := func() float64 { return max(0.05, 1+0.1*r.NormFloat64()) }
	gemmaNorm := func() float64 { return 0.1 * r.NormFloat64() } // Gemma3RMSNorm scales by 1+w
	linear := func(name string, out, in int) {
		if !c.Packed {
			bf16(name, out*in, gauss, int64(out), int64(in))
			return
		}
		P := out / 4
		b := make([]byte, P*in)
		for row := range out {
			p, shift := row%P, 2*(row/P)
			for j := range in {
				b[p*in+j] |= byte(r.IntN(3)) << shift
			}
		}
		ts = append(ts, SafetensorsTensor{Name: name, DType: U8, Shape: []int64{int64(P), int64(in)}, Data: b})
		ws := 0.5 + 2*r.Float64() // the magnitude of 2B-4T's
		bf16(name+"_scale", 1, func() float64 { return ws }, 1)
	}
	H, F, V := c.Hidden, c.FFN, c.Vocab
	q, kv := c.Heads*hd, c.KVHeads*hd
	prefix := "model."
	if c.InputNorms {
		prefix = ""
	}
	bf16(prefix+"embed_tokens.weight", V*H, gauss, int64(V), int64(H))
	for l := range c.Layers {
		p := prefix + "layers." + strconv.Itoa(l) + "."
		if c.isGemma3() {
			for _, n := range []string{"input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm", "post_feedforward_layernorm"} {
				bf16(p+n+".weight", H, gemmaNorm, int64(H))
			}
			bf16(p+"self_attn.q_norm.weight", hd, gemmaNorm, int64(hd))
			bf16(p+"self_attn.k_norm.weight", hd, gemmaNorm, int64(hd))
		}
		if !c.isGemma3() {
			bf16(p+"input_layernorm.weight", H, norm, int64(H))
		}
		linear(p+"self_attn.q_proj.weight", q, H)
		linear(p+"self_attn.k_proj.weight", kv, H)
		linear(p+"self_attn.v_proj.weight", kv, H)
		linear(p+"self_attn.o_proj.weight", H, q)
		if !c.isGemma3() {
			bf16(p+"post_attention_layernorm.weight", H, norm, int64(H))
		}
		linear(p+"mlp.gate_proj.weight", F, H)
		linear(p+"mlp.up_proj.weight", F, H)
		linear(p+"mlp.down_proj.weight", H, F)
		if c.Architecture == "BitNetForCausalLM" || c.Architecture == "BitnetForCausalLM" {
			bf16(p+"self_attn.attn_sub_norm.weight", q, norm, int64(q))
			bf16(p+"mlp.ffn_sub_norm.weight", F, norm, int64(F))
		}
		if c.Architecture == "Qwen3ForCausalLM" || c.Architecture == "Qwen3Model" {
			bf16(p+"self_attn.q_norm.weight", hd, norm, int64(hd))
			bf16(p+"self_attn.k_norm.weight", hd, norm, int64(hd))
		}
		if c.InputNorms {
			for _, n := range []struct {
				proj string
				in   int
			}{{"self_attn.q_proj", H}, {"self_attn.k_proj", H}, {"self_attn.v_proj", H}, {"self_attn.o_proj", q},
				{"mlp.gate_proj", H}, {"mlp.up_proj", H}, {"mlp.down_proj", F}} {
				bf16(p+n.proj+".norm.weight", n.in, norm, int64(n.in))
			}
		}
	}
	if c.isGemma3() {
		bf16(prefix+"norm.weight", H, gemmaNorm, int64(H))
	} else {
		bf16(prefix+"norm.weight", H, norm, int64(H))
	}
	if !c.Tied {
		bf16("lm_head.weight", V*H, gauss, int64(V), int64(H))
	}
	shards := max(1, c.Shards)
	per := (len(ts) + shards - 1) / shards
	for s := range shards {
		part := ts[min(len(ts), s*per):min(len(ts), (s+1)*per)]
		name := "model.safetensors"
		if shards > 1 {
			name = fmt.Sprintf("model-%05d-of-%05d.safetensors", s+1, shards)
		}
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		err = WriteSafetensors(f, part, map[string]string{"format": "pt"})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// writePooling writes sentence-transformers' modules.json and the Pooling
// module's config.json for mode ("mean", "cls" or "lasttoken"; "" writes
// nothing).
func writePooling(dir, mode string) error {
	if mode == "" {
		return nil
	}
	mods := []map[string]any{
		{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
		{"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
		{"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
	}
	if err := writeJSON(filepath.Join(dir, "modules.json"), mods); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "1_Pooling"), 0o755); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, "1_Pooling", "config.json"), map[string]any{
		"pooling_mode_mean_tokens": mode == "mean", "pooling_mode_cls_token": mode == "cls",
		"pooling_mode_lasttoken": mode == "lasttoken", "include_prompt": true,
	})
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// llama3Split is LLaMA-3's pre-tokenizer regex as its tokenizer.json spells it.
const llama3Split = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// writeTokenizerJSON writes a tokenizer.json for synth.ByteLevelVocab.
func writeTokenizerJSON(path string, size, special int, seed uint64) error {
	v, err := synth.ByteLevelVocab(size, special, seed)
	if err != nil {
		return err
	}
	vocab := map[string]int{}
	var added []map[string]any
	for id, s := range v.Tokens {
		if int32(id) >= v.BOS { // the control tokens
			added = append(added, map[string]any{"id": id, "content": s, "single_word": false, "lstrip": false,
				"rstrip": false, "normalized": false, "special": true})
			continue
		}
		vocab[s] = id
	}
	bos := v.Tokens[v.BOS]
	doc := map[string]any{
		"version":      "1.0",
		"added_tokens": added,
		"normalizer":   nil,
		"pre_tokenizer": map[string]any{"type": "Sequence", "pretokenizers": []any{
			map[string]any{"type": "Split", "pattern": map[string]any{"Regex": llama3Split}, "behavior": "Isolated", "invert": false},
			map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false},
		}},
		"post_processor": map[string]any{"type": "TemplateProcessing",
			"single": []any{map[string]any{"SpecialToken": map[string]any{"id": bos, "type_id": 0}},
				map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}},
			"special_tokens": map[string]any{bos: map[string]any{"id": bos, "ids": []int32{v.BOS}, "tokens": []string{bos}}},
		},
		"decoder": map[string]any{"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": false, "byte_fallback": false, "ignore_merges": true,
			"vocab": vocab, "merges": v.Merges},
	}
	return writeJSON(path, doc)
}
