package convert

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// Gemma3-backbone BitNet-embedding checkpoints (microsoft's
// bitnet-embeddings-270m: Gemma3TextModel, model_type "gemma3_text", with an
// input RMSNorm on every BitLinear). They convert to arch "gemma3" with the
// tensor names of bitnet.cpp's utils/convert-bitnet-embedding-270m-to-gguf.py
// (four block norms, QK norms, seven "*_norm_in"), with three differences
// from that script, each because the script's output would run differently
// from the Hugging Face model it was converted from:
//
//   - Gemma3RMSNorm multiplies by 1+w, so the block norms, the q/k norms and
//     the final norm are written as 1+w (float32), as upstream llama.cpp's
//     Gemma3Model converter does (norm_shift); the script writes w itself
//     and its llama.cpp fork multiplies by w. BitLinear's own input norms
//     are written as they are (assumed plain RMSNorm weights, as in the
//     Qwen3 BitNet-embedding model; the checkpoint's modeling code could not
//     be read).
//   - Sliding-window layers: the script writes no sliding_window key, so
//     its fork runs every layer with full attention. Here config.json's
//     sliding_window, when some layer slides, becomes
//     gemma3.attention.sliding_window and caps context_length at the window,
//     where causal sliding-window attention equals full attention; local and
//     global RoPE bases must then be equal (rope_local_base_freq ==
//     rope_theta), else the checkpoint is refused.
//   - Features the engine lacks are refused instead of dropped:
//     bidirectional attention (use_bidirectional_attention, EmbeddingGemma),
//     attention logit soft-capping, a query_pre_attn_scalar other than
//     head_dim (llama.cpp scales queries by 1/sqrt(head_dim) for every Gemma3
//     size but 27B), an activation other than GELU's tanh form, and
//     sentence-transformers Dense modules after pooling.

// gemma3Config is what config.json says beyond HFConfig for Gemma3.
type gemma3Config struct {
	ModelType            string   `json:"model_type"`
	HiddenActivation     string   `json:"hidden_activation"`
	HiddenAct            string   `json:"hidden_act"`
	QueryPreAttnScalar   *float64 `json:"query_pre_attn_scalar"`
	SlidingWindow        int      `json:"sliding_window"`
	SlidingWindowPattern int      `json:"sliding_window_pattern"`
	LayerTypes           []string `json:"layer_types"`
	RopeLocalBaseFreq    float64  `json:"rope_local_base_freq"`
	Bidirectional        bool     `json:"use_bidirectional_attention"`
	AttnSoftcap          *float64 `json:"attn_logit_softcapping"`
}

// isGemma3 reports whether config.json describes a Gemma3 text model.
func (c *converter) isGemma3() bool {
	a := c.cfg.Architectures[0]
	return c.cfg.ModelType == "gemma3_text" || c.cfg.ModelType == "gemma3" || strings.HasPrefix(a, "Gemma3")
}

// gemma3Family checks a Gemma3 BitNet-embedding checkpoint's config.json
// and returns the gemma3 registry entry. It caps c.cfg's context at the
// sliding window (see above) and remembers the window for gemma3Keys.
func (c *converter) gemma3Family(dir string) (model.Family, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		return model.Family{}, err
	}
	var g gemma3Config
	if err := json.Unmarshal(raw, &g); err != nil {
		return model.Family{}, fmt.Errorf("config.json: %w", err)
	}
	act := g.HiddenActivation
	if act == "" {
		act = g.HiddenAct
	}
	if act == "" {
		act = "gelu_pytorch_tanh" // transformers' Gemma3TextConfig default
	}
	if act != "gelu_pytorch_tanh" && act != "gelu_new" {
		return model.Family{}, fmt.Errorf("%w: Gemma3 hidden_activation %q (llama.cpp's gemma3 runs GELU's tanh form, gelu_pytorch_tanh)", ErrUnsupported, act)
	}
	hd := c.cfg.HeadDim
	if g.QueryPreAttnScalar != nil && *g.QueryPreAttnScalar != float64(hd) {
		return model.Family{}, fmt.Errorf("%w: query_pre_attn_scalar %g differs from head_dim %d (the query scale is 1/sqrt(head_dim) here)", ErrUnsupported, *g.QueryPreAttnScalar, hd)
	}
	if g.QueryPreAttnScalar == nil && hd != 256 {
		return model.Family{}, fmt.Errorf("%w: no query_pre_attn_scalar (transformers' default 256) with head_dim %d", ErrUnsupported, hd)
	}
	if g.Bidirectional {
		return model.Family{}, fmt.Errorf("%w: use_bidirectional_attention (non-causal attention) is not implemented", ErrUnsupported)
	}
	if g.AttnSoftcap != nil && *g.AttnSoftcap != 0 {
		return model.Family{}, fmt.Errorf("%w: attn_logit_softcapping %g is not implemented", ErrUnsupported, *g.AttnSoftcap)
	}
	if err := refuseDense(dir); err != nil {
		return model.Family{}, err
	}
	sliding := false
	if len(g.LayerTypes) > 0 {
		if len(g.LayerTypes) != c.cfg.NumHiddenLayers {
			return model.Family{}, fmt.Errorf("config.json: %d layer_types for %d layers", len(g.LayerTypes), c.cfg.NumHiddenLayers)
		}
		for _, t := range g.LayerTypes {
			switch t {
			case "sliding_attention":
				sliding = true
			case "full_attention":
			default:
				return model.Family{}, fmt.Errorf("%w: layer type %q", ErrUnsupported, t)
			}
		}
	} else {
		// transformers derives the types from the pattern (every
		// sliding_window_pattern-th layer global, default 6).
		pat := g.SlidingWindowPattern
		if pat == 0 {
			pat = 6
		}
		sliding = pat > 1 && c.cfg.NumHiddenLayers > 0
	}
	if sliding {
		// transformers' Gemma3TextConfig defaults: sliding_window 4096,
		// rope_local_base_freq 10000.
		window, local := g.SlidingWindow, g.RopeLocalBaseFreq
		if window <= 0 {
			window = 4096
		}
		if local == 0 {
			local = 10000
		}
		if local != c.cfg.RopeTheta {
			return model.Family{}, fmt.Errorf("%w: rope_local_base_freq %g differs from rope_theta %g (per-layer RoPE bases are not implemented)", ErrUnsupported, local, c.cfg.RopeTheta)
		}
		g.SlidingWindow = window
		c.swa = window
		if c.cfg.MaxPositionEmbeddings > g.SlidingWindow {
			c.log("gemma3: context_length %d capped at the sliding window %d (sliding-window attention is not implemented; within the window it equals full attention)", c.cfg.MaxPositionEmbeddings, g.SlidingWindow)
			c.cfg.MaxPositionEmbeddings = g.SlidingWindow
		}
	}
	f, _ := model.LookupFamily(model.ArchGemma3)
	return f, nil
}

// refuseDense refuses a sentence-transformers checkpoint with Dense modules
// (EmbeddingGemma's 2_Dense/3_Dense projections after pooling), which the
// GGUF files and the Embed API here do not carry.
func refuseDense(dir string) error {
	raw, err := os.ReadFile(filepath.Join(dir, "modules.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var mods []struct {
		Path string `json:"path"`
		Type string `json:"type"`
	}
	if err := json.Unmarshal(raw, &mods); err != nil {
		return fmt.Errorf("modules.json: %w", err)
	}
	for _, m := range mods {
		if strings.HasSuffix(m.Type, ".Dense") || m.Type == "Dense" {
			return fmt.Errorf("%w: modules.json has a Dense module (%s): projection layers after pooling are not implemented", ErrUnsupported, m.Path)
		}
	}
	return nil
}

// gemma3Keys writes the EOS handling of a Gemma3 embedding model: Gemma's tokenizer_config.json says whether EOS is
// appended (add_eos_token; bitnet.cpp's script copies it through gguf-py's
// SpecialVocab) and names the EOS token.
func (c *converter) gemma3Keys(w *gguf.Writer, dir string, v *tokenizer.Vocab) error {
	tc := struct {
		AddEOS *bool           `json:"add_eos_token"`
		EOS    json.RawMessage `json:"eos_token"`
	}{}
	raw, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json"))
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	default:
		if err := json.Unmarshal(raw, &tc); err != nil {
			return fmt.Errorf("tokenizer_config.json: %w", err)
		}
	}
	var eos string
	if len(tc.EOS) > 0 {
		var obj struct {
			Content string `json:"content"`
		}
		if json.Unmarshal(tc.EOS, &eos) != nil && json.Unmarshal(tc.EOS, &obj) == nil {
			eos = obj.Content
		}
	}
	if eos != "" {
		for id, tok := range v.Tokens {
			if tok == eos {
				v.EOS = int32(id)
			}
		}
	}
	addEOS := tc.AddEOS != nil && *tc.AddEOS
	if addEOS && v.EOS < 0 {
		return fmt.Errorf("%w: tokenizer_config.json asks for an EOS token the vocabulary lacks", ErrUnsupported)
	}
	w.Set("tokenizer.ggml.add_eos_token", gguf.BoolValue(addEOS))
	c.log("gemma3 embedding model: EOS appended %v", addEOS)
	return nil
}

// gemma3Names maps a Gemma3 block tensor (after "model.layers.N.") to its
// GGUF name (after "blk.N.") and says whether it is a Gemma3RMSNorm weight
// (written as 1+w).
var gemma3Names = map[string]struct {
	gguf  string
	shift bool
}{
	"input_layernorm.weight":            {"attn_norm.weight", true},
	"post_attention_layernorm.weight":   {"post_attention_norm.weight", true},
	"pre_feedforward_layernorm.weight":  {"ffn_norm.weight", true},
	"post_feedforward_layernorm.weight": {"post_ffw_norm.weight", true},
	"self_attn.q_norm.weight":           {"attn_q_norm.weight", true},
	"self_attn.k_norm.weight":           {"attn_k_norm.weight", true},
}

// addGemma3Tensors adds a Gemma3 checkpoint's tensors in the order of
// bitnet.cpp's script's name map (input norms only for an embedding
// checkpoint), and the sliding window key.
func (c *converter) addGemma3Tensors(w *gguf.Writer) error {
	cfg := c.cfg
	H, F, V := cfg.HiddenSize, cfg.IntermediateSize, cfg.VocabSize
	q, kv := cfg.NumAttentionHeads*cfg.HeadDim, cfg.NumKeyValueHeads*cfg.HeadDim
	if c.swa > 0 {
		w.Set(c.fam.Key("attention.sliding_window"), gguf.Uint32Value(uint32(c.swa)))
	}
	use := func(hf string) (tensorRef, error) {
		ref, ok := c.ck.byName[hf]
		if !ok {
			return ref, fmt.Errorf("convert: tensor %q missing from the checkpoint", hf)
		}
		c.used[hf] = true
		c.res.Tensors++
		return ref, nil
	}
	ref, err := use("model.embed_tokens.weight")
	if err != nil {
		return err
	}
	if err := c.addEmbed(w, "token_embd.weight", ref, H, V); err != nil {
		return fmt.Errorf("convert: token_embd.weight: %w", err)
	}
	ref, err = use("model.norm.weight")
	if err != nil {
		return err
	}
	if err := c.addNormShifted(w, "output_norm.weight", ref, H, true); err != nil {
		return err
	}
	for l := range cfg.NumHiddenLayers {
		p, b := "model.layers."+strconv.Itoa(l)+".", "blk."+strconv.Itoa(l)+"."
		norm := func(hf string, n int) error {
			ref, err := use(p + hf)
			if err != nil {
				return err
			}
			m := gemma3Names[hf]
			return c.addNormShifted(w, b+m.gguf, ref, n, m.shift)
		}
		inNorm := func(proj, name string, n int) error {
			if !c.embedding { // a Gemma3ForCausalLM checkpoint has none
				return nil
			}
			ref, err := use(p + proj + ".norm.weight")
			if err != nil {
				return err
			}
			return c.addNormShifted(w, b+name, ref, n, false)
		}
		lin := func(proj, name string, in, out int) error {
			ref, err := use(p + proj + ".weight")
			if err != nil {
				return err
			}
			if err := c.addLinear(w, b+name, ref, in, out, nil); err != nil {
				return fmt.Errorf("convert: %s: %w", p+proj, err)
			}
			return nil
		}
		for _, step := range []func() error{
			func() error { return norm("input_layernorm.weight", H) },
			func() error { return norm("post_attention_layernorm.weight", H) },
			func() error { return norm("pre_feedforward_layernorm.weight", H) },
			func() error { return norm("post_feedforward_layernorm.weight", H) },
			func() error { return lin("self_attn.q_proj", "attn_q.weight", H, q) },
			func() error { return lin("self_attn.k_proj", "attn_k.weight", H, kv) },
			func() error { return lin("self_attn.v_proj", "attn_v.weight", H, kv) },
			func() error { return lin("self_attn.o_proj", "attn_output.weight", q, H) },
			func() error { return norm("self_attn.q_norm.weight", cfg.HeadDim) },
			func() error { return norm("self_attn.k_norm.weight", cfg.HeadDim) },
			func() error { return inNorm("self_attn.q_proj", "attn_q_norm_in.weight", H) },
			func() error { return inNorm("self_attn.k_proj", "attn_k_norm_in.weight", H) },
			func() error { return inNorm("self_attn.v_proj", "attn_v_norm_in.weight", H) },
			func() error { return inNorm("self_attn.o_proj", "attn_output_norm_in.weight", q) },
			func() error { return lin("mlp.gate_proj", "ffn_gate.weight", H, F) },
			func() error { return lin("mlp.up_proj", "ffn_up.weight", H, F) },
			func() error { return lin("mlp.down_proj", "ffn_down.weight", F, H) },
			func() error { return inNorm("mlp.gate_proj", "ffn_gate_norm_in.weight", H) },
			func() error { return inNorm("mlp.up_proj", "ffn_up_norm_in.weight", H) },
			func() error { return inNorm("mlp.down_proj", "ffn_down_norm_in.weight", F) },
		} {
			if err := step(); err != nil {
				return err
			}
		}
	}
	return nil
}

// addNormShifted adds a norm vector as F32, as 1+w when shift is set
// (Gemma3RMSNorm's weight; 1+w rounded once to float32).
func (c *converter) addNormShifted(w *gguf.Writer, name string, ref tensorRef, n int, shift bool) error {
	if !isFloat(ref.DType) || !shapeIs(ref.TensorInfo, int64(n)) {
		return fmt.Errorf("convert: %s: %w: %s %v, want a float vector of %d", ref.Name, ErrUnsupported, ref.DType, ref.Shape, n)
	}
	return w.AddTensorFunc(name, gguf.TypeF32, []uint64{uint64(n)}, func(out io.Writer) error {
		x := make([]float32, n)
		var buf []byte
		if err := c.readFloats(ref, 0, n, &buf, x); err != nil {
			return err
		}
		b := make([]byte, 4*n)
		for i, v := range x {
			if shift {
				v = float32(1 + float64(v))
			}
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		how := "F32"
		if shift {
			how = "F32 (1+w)"
		}
		c.log("%-28s %s -> %s", name, ref.DType, how)
		_, err := out.Write(b)
		return err
	})
}
