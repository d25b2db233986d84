package convert

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// HFConfig is the part of a Hugging Face config.json the converter reads.
type HFConfig struct {
	Architectures         []string `json:"architectures"`
	ModelType             string   `json:"model_type"`
	HiddenSize            int      `json:"hidden_size"`
	IntermediateSize      int      `json:"intermediate_size"`
	NumAttentionHeads     int      `json:"num_attention_heads"`
	NumKeyValueHeads      int      `json:"num_key_value_heads"`
	NumHiddenLayers       int      `json:"num_hidden_layers"`
	MaxPositionEmbeddings int      `json:"max_position_embeddings"`
	HeadDim               int      `json:"head_dim"`
	RMSNormEps            float64  `json:"rms_norm_eps"`
	RopeTheta             float64  `json:"rope_theta"`
	VocabSize             int      `json:"vocab_size"`
	HiddenAct             string   `json:"hidden_act"`
	TieWordEmbeddings     *bool    `json:"tie_word_embeddings"`
	RopeScaling           any      `json:"rope_scaling"`
	// RopeParameters is transformers' newer name for rope_scaling (with
	// rope_theta inside); llama.cpp's converter prefers it.
	RopeParameters any `json:"rope_parameters"`
	// Rope is the parsed scaling (nil for none), set by ReadHFConfig.
	Rope               *RopeScaling `json:"-"`
	QuantizationConfig *struct {
		QuantMethod      string `json:"quant_method"`
		LinearClass      string `json:"linear_class"`
		QuantizationMode string `json:"quantization_mode"`
		// UseRMSNorm is transformers' BitNetQuantConfig option that puts an
		// RMSNorm inside every BitLinear, on its input before the int8
		// activation quantization. No registry family has that norm, so a
		// checkpoint with it set is refused rather than run without it.
		UseRMSNorm bool `json:"use_rms_norm"`
	} `json:"quantization_config"`
}

// ErrUnsupported is returned (wrapped) for a checkpoint this converter does
// not handle (architecture, option, tensor type or shape).
var ErrUnsupported = errors.New("unsupported checkpoint")

// ReadHFConfig reads dir/config.json and checks the sizes the converter needs.
func ReadHFConfig(dir string) (*HFConfig, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	var c HFConfig
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("config.json: %w", err)
	}
	if c.NumKeyValueHeads == 0 {
		c.NumKeyValueHeads = c.NumAttentionHeads
	}
	for _, f := range []struct {
		name string
		v    int
	}{
		{"hidden_size", c.HiddenSize}, {"intermediate_size", c.IntermediateSize},
		{"num_attention_heads", c.NumAttentionHeads}, {"num_key_value_heads", c.NumKeyValueHeads},
		{"num_hidden_layers", c.NumHiddenLayers}, {"max_position_embeddings", c.MaxPositionEmbeddings},
		{"vocab_size", c.VocabSize},
	} {
		if f.v <= 0 || f.v > 1<<24 {
			return nil, fmt.Errorf("config.json: %s = %d out of range", f.name, f.v)
		}
	}
	if c.NumAttentionHeads%c.NumKeyValueHeads != 0 {
		return nil, fmt.Errorf("config.json: num_attention_heads %d is not a multiple of num_key_value_heads %d", c.NumAttentionHeads, c.NumKeyValueHeads)
	}
	if c.HeadDim == 0 {
		if c.HiddenSize%c.NumAttentionHeads != 0 {
			return nil, fmt.Errorf("config.json: hidden_size %d is not a multiple of num_attention_heads %d", c.HiddenSize, c.NumAttentionHeads)
		}
		c.HeadDim = c.HiddenSize / c.NumAttentionHeads
	}
	if c.HeadDim%2 != 0 || c.HeadDim > 1<<12 {
		return nil, fmt.Errorf("config.json: head dimension %d must be even", c.HeadDim)
	}
	if c.RMSNormEps <= 0 {
		c.RMSNormEps = 1e-5
	}
	rp := c.RopeParameters
	if rp == nil {
		rp = c.RopeScaling
	}
	if m, ok := rp.(map[string]any); ok && c.RopeTheta <= 0 {
		if th, ok := m["rope_theta"].(float64); ok {
			c.RopeTheta = th
		}
	}
	if c.RopeTheta <= 0 {
		c.RopeTheta = 10000
	}
	rope, err := parseRopeScaling(rp)
	if err != nil {
		return nil, err
	}
	c.Rope = rope
	if len(c.Architectures) != 1 {
		return nil, fmt.Errorf("%w: config.json architectures %v (want one)", ErrUnsupported, c.Architectures)
	}
	return &c, nil
}

// Tied reports whether the output head is the token embedding.
func (c *HFConfig) Tied() bool { return c.TieWordEmbeddings == nil || *c.TieWordEmbeddings }

// checkpoint is a folder's safetensors files, indexed by tensor name.
type checkpoint struct {
	files  []*SafetensorsFile
	byName map[string]tensorRef
}

type tensorRef struct {
	f *SafetensorsFile
	TensorInfo
}

// openCheckpoint opens every *.safetensors file of dir.
func openCheckpoint(dir string) (*checkpoint, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.safetensors"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.safetensors files", dir)
	}
	sort.Strings(paths)
	c := &checkpoint{byName: map[string]tensorRef{}}
	for _, p := range paths {
		f, err := OpenSafetensors(p)
		if err != nil {
			c.Close()
			return nil, err
		}
		c.files = append(c.files, f)
		for _, t := range f.Tensors {
			if prev, dup := c.byName[t.Name]; dup {
				c.Close()
				return nil, fmt.Errorf("tensor %q is in both %s and %s", t.Name, prev.f.Path, p)
			}
			c.byName[t.Name] = tensorRef{f, t}
		}
	}
	return c, nil
}

func (c *checkpoint) Close() error {
	var errs []error
	for _, f := range c.files {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}

// names returns the tensor names, sorted.
func (c *checkpoint) names() []string {
	out := make([]string, 0, len(c.byName))
	for n := range c.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// hfNames maps the Hugging Face names of one block's tensors (after
// "model.layers.N.") to GGUF's (after "blk.N."), as gguf-py's tensor_mapping
// does for these families. Two spellings of each BitNet sub-norm exist:
// 2B-4T's and 1bitLLM's.
var hfNames = map[string]string{
	"input_layernorm.weight":          "attn_norm.weight",
	"self_attn.q_proj.weight":         "attn_q.weight",
	"self_attn.k_proj.weight":         "attn_k.weight",
	"self_attn.v_proj.weight":         "attn_v.weight",
	"self_attn.o_proj.weight":         "attn_output.weight",
	"self_attn.attn_sub_norm.weight":  "attn_sub_norm.weight",
	"self_attn.inner_attn_ln.weight":  "attn_sub_norm.weight",
	"post_attention_layernorm.weight": "ffn_norm.weight",
	"mlp.gate_proj.weight":            "ffn_gate.weight",
	"mlp.up_proj.weight":              "ffn_up.weight",
	"mlp.down_proj.weight":            "ffn_down.weight",
	"mlp.ffn_sub_norm.weight":         "ffn_sub_norm.weight",
	"mlp.ffn_layernorm.weight":        "ffn_sub_norm.weight",
	"self_attn.q_norm.weight":         "attn_q_norm.weight",
	"self_attn.k_norm.weight":         "attn_k_norm.weight",
	// BitNet-embedding's per-projection input norms (BitLinear's own
	// RMSNorm), named as bitnet.cpp's convert-bitnet-embedding-to-gguf.py
	// names them.
	"self_attn.q_proj.norm.weight": "attn_q_norm_in.weight",
	"self_attn.k_proj.norm.weight": "attn_k_norm_in.weight",
	"self_attn.v_proj.norm.weight": "attn_v_norm_in.weight",
	"self_attn.o_proj.norm.weight": "attn_output_norm_in.weight",
	"mlp.gate_proj.norm.weight":    "ffn_gate_norm_in.weight",
	"mlp.up_proj.norm.weight":      "ffn_up_norm_in.weight",
	"mlp.down_proj.norm.weight":    "ffn_down_norm_in.weight",
}

// ggufName maps a Hugging Face tensor name to GGUF's; ok is false for a name
// the converter does not know.
func ggufName(name string) (string, bool) {
	switch name {
	case "model.embed_tokens.weight":
		return "token_embd.weight", true
	case "model.norm.weight":
		return "output_norm.weight", true
	case "lm_head.weight":
		return "output.weight", true
	}
	rest, ok := strings.CutPrefix(name, "model.layers.")
	if !ok {
		return "", false
	}
	num, suffix, ok := strings.Cut(rest, ".")
	if !ok || num == "" || strings.TrimLeft(num, "0123456789") != "" || (len(num) > 1 && num[0] == '0') {
		return "", false
	}
	g, ok := hfNames[suffix]
	if !ok {
		return "", false
	}
	return "blk." + num + "." + g, true
}
