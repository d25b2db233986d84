package convert

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// BitNet-embedding checkpoints (microsoft/BitNet-embedding-0.6B: a Qwen3
// backbone whose BitLinear layers each carry an input RMSNorm,
// "{proj}.norm.weight"). They convert as bitnet.cpp's
// utils/convert-bitnet-embedding-to-gguf.py converts them: arch "qwen3" with
// seven "*_norm_in" tensors per block, no output head, {arch}.pooling_type
// from the sentence-transformers files (modules.json and the Pooling
// module's config.json; mean when absent, as that script), EOS
// <|endoftext|> appended to every input (tokenizer.ggml.add_eos_token),
// since last-token pooling reads that token's hidden state.

// inputNormSuffix marks a BitNet-embedding checkpoint.
const inputNormSuffix = ".self_attn.q_proj.norm.weight"

// addModelPrefix renames "layers.N..." / "embed_tokens.weight" /
// "norm.weight" to the "model."-prefixed names of a *ForCausalLM checkpoint
// (a sentence-transformers checkpoint of the bare Qwen3Model has no prefix;
// bitnet.cpp's script strips it) and reports whether the checkpoint has
// per-projection input norms.
func (c *checkpoint) addModelPrefix() bool {
	renamed := map[string]tensorRef{}
	for name, ref := range c.byName {
		if strings.HasPrefix(name, "layers.") || name == "embed_tokens.weight" || name == "norm.weight" {
			name = "model." + name
			ref.Name = name // ReadAt reads by offset; the name is for messages and weight_scale lookups
		}
		renamed[name] = ref
	}
	if len(renamed) == len(c.byName) {
		c.byName = renamed
	}
	_, ok := c.byName["model.layers.0"+inputNormSuffix]
	return ok
}

// embeddingFamily checks that an input-norm checkpoint has a Qwen3 or a
// Gemma3 (gemma3.go) backbone.
func (c *converter) embeddingFamily() (model.Family, error) {
	a := c.cfg.Architectures[0]
	if c.isGemma3() {
		return c.gemma3Family(c.dir)
	}
	if c.cfg.ModelType != "qwen3" && !strings.HasPrefix(a, "Qwen3") {
		return model.Family{}, fmt.Errorf("%w: per-projection input norms on model_type %q (%s): only the Qwen3 and Gemma3 backbones of BitNet-embedding are implemented", ErrUnsupported, c.cfg.ModelType, a)
	}
	if act := strings.ToLower(c.cfg.HiddenAct); act != "" && act != "silu" {
		return model.Family{}, fmt.Errorf("%w: hidden_act %q for a Qwen3 embedding model", ErrUnsupported, c.cfg.HiddenAct)
	}
	f, _ := model.LookupFamily(model.ArchQwen3)
	return f, nil
}

// embeddingKeys writes the pooling type and the EOS handling.
func (c *converter) embeddingKeys(w *gguf.Writer, dir string, v *tokenizer.Vocab) error {
	p, err := readPooling(dir)
	if err != nil {
		return err
	}
	w.Set(c.fam.Key("pooling_type"), gguf.Uint32Value(uint32(p)))
	if c.fam.Arch == model.ArchGemma3 {
		c.log("embedding model: pooling %s", p)
		return c.gemma3Keys(w, dir, v)
	}
	// Qwen3's tokenizer ends a sentence with <|endoftext|> (bitnet.cpp's
	// script overrides the EOS id to it), and the model pools that token.
	for id, tok := range v.Tokens {
		if tok == "<|endoftext|>" {
			v.EOS = int32(id)
		}
	}
	if v.EOS < 0 {
		return fmt.Errorf("%w: an embedding model needs an EOS token to append, tokenizer.json has none", ErrUnsupported)
	}
	w.Set("tokenizer.ggml.add_eos_token", gguf.BoolValue(true))
	c.log("embedding model: pooling %s, EOS %q appended to every input", p, v.Tokens[v.EOS])
	return nil
}

// readPooling reads the sentence-transformers pooling mode: modules.json
// names the Pooling module's folder, whose config.json sets one of
// pooling_mode_mean_tokens, pooling_mode_cls_token, pooling_mode_lasttoken.
func readPooling(dir string) (model.Pooling, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "modules.json"))
	if errors.Is(err, os.ErrNotExist) {
		return model.PoolingMean, nil
	}
	if err != nil {
		return 0, err
	}
	var mods []struct {
		Path string `json:"path"`
		Type string `json:"type"`
	}
	if err := json.Unmarshal(raw, &mods); err != nil {
		return 0, fmt.Errorf("modules.json: %w", err)
	}
	for _, m := range mods {
		if !strings.HasSuffix(m.Type, "Pooling") {
			continue
		}
		if strings.Contains(m.Path, "..") || filepath.IsAbs(m.Path) {
			return 0, fmt.Errorf("modules.json: pooling module path %q leaves the checkpoint folder", m.Path)
		}
		raw, err := os.ReadFile(filepath.Join(dir, m.Path, "config.json"))
		if errors.Is(err, os.ErrNotExist) {
			return model.PoolingMean, nil
		}
		if err != nil {
			return 0, err
		}
		var pc struct {
			Mean bool `json:"pooling_mode_mean_tokens"`
			CLS  bool `json:"pooling_mode_cls_token"`
			Last bool `json:"pooling_mode_lasttoken"`
		}
		if err := json.Unmarshal(raw, &pc); err != nil {
			return 0, fmt.Errorf("%s/config.json: %w", m.Path, err)
		}
		switch {
		case pc.Mean:
			return model.PoolingMean, nil
		case pc.CLS:
			return model.PoolingCLS, nil
		case pc.Last:
			return model.PoolingLast, nil
		}
		return 0, fmt.Errorf("%w: %s/config.json sets no mean, cls or last-token pooling", ErrUnsupported, m.Path)
	}
	return model.PoolingMean, nil
}
