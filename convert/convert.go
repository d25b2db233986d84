// Package convert turns a Hugging Face checkpoint folder (config.json,
// tokenizer.json, *.safetensors) of a BitNet b1.58 model into a GGUF file
// with ternary linear weights (I2_S, TQ2_0 or TQ1_0), in pure Go.
//
// Two weight layouts are read: float master weights (BF16, F16 or F32),
// which are ternarized with BitNet's absmean rule in the reference
// converters' float32 steps (quant.AbsmeanScales; the mean correctly rounded
// by default, or in torch's summation order with AbsmeanTorch to reproduce
// their files byte for byte), and the packed layout of
// microsoft/bitnet-b1.58-2B-4T (uint8 tensors of four 2-bit codes per byte
// plus a one-value "weight_scale"), which is already ternary and converts
// without loss. Conversion streams: each tensor is read from the
// safetensors files in chunks of about a million values while the GGUF file
// is written, so memory does not grow with the model.
//
// docs/MODELS.md lists the upstream sources the key names, tensor names and
// rules follow.
package convert

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
	"github.com/bitnet-go/bitnet-go/synth"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// Options controls a conversion.
type Options struct {
	// Type is the linear weights' type: gguf.TypeI2_S (the zero value
	// selects it), TypeTQ2_0 or TypeTQ1_0.
	Type gguf.Type
	// Name is general.name; empty uses the folder's name.
	Name string
	// Log, if set, receives one line per converted tensor.
	Log func(line string)
	// Absmean selects how the mean |w| of float master weights is
	// computed; the zero value is AbsmeanExact.
	Absmean AbsmeanMode
	// Torch is the torch setting AbsmeanTorch reproduces (thread count and
	// vector width; the zero value is one thread, 8 lanes).
	Torch quant.TorchConfig
}

// AbsmeanMode selects how a float master weight's mean |w|, from which its
// ternary values and scale follow, is computed.
type AbsmeanMode int

const (
	// AbsmeanExact is the correctly rounded mean: |w| summed in float64,
	// divided and rounded to float32 once. It does not depend on anything
	// but the weights.
	AbsmeanExact AbsmeanMode = iota
	// AbsmeanTorch is torch 1.13's float32 w.float().abs().mean() on the
	// CPU, bit for bit (quant.TorchSum), which is what bitnet.cpp's Python
	// pipeline and llama.cpp's BitNet converter compute. Torch sums in
	// float32 in an order set by its thread count and vector width
	// (Options.Torch), so its mean can be 1 ulp or more from the exact
	// one, and so can the scale; the ternary values can then differ too.
	// Choose it to reproduce those converters' files byte for byte.
	AbsmeanTorch
)

// ParseAbsmeanMode parses "exact" or "torch".
func ParseAbsmeanMode(s string) (AbsmeanMode, error) {
	switch s {
	case "exact":
		return AbsmeanExact, nil
	case "torch":
		return AbsmeanTorch, nil
	}
	return 0, fmt.Errorf("convert: absmean mode %q (want exact or torch)", s)
}

// String returns "exact" or "torch".
func (m AbsmeanMode) String() string {
	switch m {
	case AbsmeanExact:
		return "exact"
	case AbsmeanTorch:
		return "torch"
	}
	return "AbsmeanMode(" + strconv.Itoa(int(m)) + ")"
}

// Result summarizes a conversion.
type Result struct {
	Arch       string // general.architecture written
	Tensors    int    // tensors written
	Linear     int    // ternary linear weights written
	Ternarized int    // of which ternarized from float master weights
	Packed     int    // of which unpacked from the uint8 + weight_scale layout
	Skipped    []string
}

// chunkElems is how many values a tensor is processed in at a time.
const chunkElems = 1 << 20

// Convert converts the checkpoint in dir and writes outPath (atomically,
// through a temporary file).
func Convert(ctx context.Context, dir, outPath string, opts Options) (*Result, error) {
	cfg, err := ReadHFConfig(dir)
	if err != nil {
		return nil, err
	}
	ck, err := openCheckpoint(dir)
	if err != nil {
		return nil, err
	}
	defer ck.Close()
	c := &converter{ctx: ctx, cfg: cfg, ck: ck, opts: opts, res: &Result{}, dir: dir}
	c.embedding = ck.addModelPrefix()
	if c.opts.Type == 0 {
		c.opts.Type = gguf.TypeI2_S
	}
	if !slices.Contains([]gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeQ2_0}, c.opts.Type) {
		return nil, fmt.Errorf("convert: weight type %s (want I2_S, TQ2_0, TQ1_0 or Q2_0)", c.opts.Type)
	}
	switch c.opts.Absmean {
	case AbsmeanExact:
	case AbsmeanTorch:
		if _, err := quant.NewTorchSum(0, c.opts.Torch); err != nil {
			return nil, fmt.Errorf("convert: %w", err)
		}
	default:
		return nil, fmt.Errorf("convert: absmean mode %v (want exact or torch)", c.opts.Absmean)
	}
	if c.opts.Name == "" {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		c.opts.Name = filepath.Base(abs)
	}
	w, err := c.build(dir)
	if err != nil {
		return nil, err
	}
	if err := w.WriteFile(ctx, outPath); err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	return c.res, nil
}

type converter struct {
	ctx  context.Context
	cfg  *HFConfig
	ck   *checkpoint
	opts Options
	res  *Result
	fam  model.Family
	used map[string]bool
	// embedding: a BitNet-embedding checkpoint (per-projection input
	// norms; embedding.go).
	embedding bool
	dir       string // the checkpoint folder
	swa       int    // Gemma3's sliding window, 0 for none (gemma3.go)
}

func (c *converter) log(format string, args ...any) {
	if c.opts.Log != nil {
		c.opts.Log(fmt.Sprintf(format, args...))
	}
}

// family picks the GGUF architecture for the checkpoint.
func (c *converter) family() (model.Family, error) {
	a := c.cfg.Architectures[0]
	if q := c.cfg.QuantizationConfig; q != nil && q.UseRMSNorm {
		// transformers' BitLinear then normalizes its input before
		// quantizing it; the registry's families (and bitnet.cpp's) have no
		// such norm, so converting would silently change the model.
		return model.Family{}, fmt.Errorf("%w: quantization_config.use_rms_norm (an RMSNorm inside every BitLinear) is not implemented", ErrUnsupported)
	}
	if c.embedding {
		return c.embeddingFamily()
	}
	switch a {
	case "BitNetForCausalLM", "BitnetForCausalLM":
		act, err := model.ParseActivation(c.cfg.HiddenAct)
		if c.cfg.HiddenAct == "" {
			act, err = model.ReLU2, nil
		}
		if err != nil {
			return model.Family{}, fmt.Errorf("%w: config.json hidden_act %q", ErrUnsupported, c.cfg.HiddenAct)
		}
		// ReLU² is bitnet.cpp's bitnet-b1.58 (2B-4T); a SiLU model
		// (1bitLLM's) is upstream llama.cpp's "bitnet", which defaults to it.
		arch := model.ArchBitNetB158
		if act == model.SiLU {
			arch = model.ArchBitNet
		} else if act != model.ReLU2 {
			return model.Family{}, fmt.Errorf("%w: hidden_act %s for %s", ErrUnsupported, act, a)
		}
		f, _ := model.LookupFamily(arch)
		return f, nil
	case "Gemma3ForCausalLM": // a ternary Gemma3 without input norms (gemma3.go)
		if q := c.cfg.QuantizationConfig; q == nil || !strings.EqualFold(q.QuantMethod, "bitnet") {
			return model.Family{}, fmt.Errorf("%w: %s without quantization_config.quant_method \"bitnet\" is not a BitNet b1.58 checkpoint", ErrUnsupported, a)
		}
		return c.gemma3Family(c.dir)
	case "LlamaForCausalLM", "Qwen3ForCausalLM":
		// Falcon3-*-1.58bit and Llama3-8B-1.58 (and ternary Qwen3): such a
		// checkpoint is a BitNet one only when quantization_config says so.
		if q := c.cfg.QuantizationConfig; q == nil || !strings.EqualFold(q.QuantMethod, "bitnet") {
			return model.Family{}, fmt.Errorf("%w: %s without quantization_config.quant_method \"bitnet\" is not a BitNet b1.58 checkpoint", ErrUnsupported, a)
		}
		if act := strings.ToLower(c.cfg.HiddenAct); act != "" && act != "silu" {
			return model.Family{}, fmt.Errorf("%w: hidden_act %q for %s (llama.cpp runs SiLU)", ErrUnsupported, c.cfg.HiddenAct, a)
		}
		arch := model.ArchLlama
		if a == "Qwen3ForCausalLM" {
			arch = model.ArchQwen3
		}
		f, _ := model.LookupFamily(arch)
		return f, nil
	}
	return model.Family{}, fmt.Errorf("%w: architecture %q (want BitNetForCausalLM, or a BitNet LlamaForCausalLM or Qwen3ForCausalLM)", ErrUnsupported, a)
}

// build plans the output file: metadata now, tensor data when written.
func (c *converter) build(dir string) (*gguf.Writer, error) {
	fam, err := c.family()
	if err != nil {
		return nil, err
	}
	if c.opts.Type == gguf.TypeQ2_0 && !fam.Q2_0 {
		return nil, fmt.Errorf("%w: Q2_0 weights for arch %s (Q2_0 runs with llama.cpp's Q8_0 activations, not BitNet's per-token int8: qwen3 only)", ErrUnsupported, fam.Arch)
	}
	c.fam = fam
	c.res.Arch = fam.Arch
	vocab, err := readVocab(dir, c.cfg.VocabSize)
	if err != nil {
		return nil, err
	}
	ftype, err := synth.FileType(c.opts.Type)
	if err != nil {
		return nil, err
	}
	cfg := c.cfg
	w := gguf.NewWriter()
	// Keys in the order of bitnet.cpp's converter output (as synth writes them).
	k := fam.Key
	w.Set("general.architecture", gguf.StringValue(fam.Arch))
	w.Set("general.name", gguf.StringValue(c.opts.Name))
	w.Set(k("vocab_size"), gguf.Uint32Value(uint32(cfg.VocabSize)))
	w.Set(k("context_length"), gguf.Uint32Value(uint32(cfg.MaxPositionEmbeddings)))
	w.Set(k("embedding_length"), gguf.Uint32Value(uint32(cfg.HiddenSize)))
	w.Set(k("block_count"), gguf.Uint32Value(uint32(cfg.NumHiddenLayers)))
	w.Set(k("feed_forward_length"), gguf.Uint32Value(uint32(cfg.IntermediateSize)))
	w.Set(k("rope.dimension_count"), gguf.Uint32Value(uint32(cfg.HeadDim)))
	if cfg.HeadDim*cfg.NumAttentionHeads != cfg.HiddenSize {
		w.Set(k("attention.key_length"), gguf.Uint32Value(uint32(cfg.HeadDim)))
		w.Set(k("attention.value_length"), gguf.Uint32Value(uint32(cfg.HeadDim)))
	}
	w.Set(k("attention.head_count"), gguf.Uint32Value(uint32(cfg.NumAttentionHeads)))
	w.Set(k("attention.head_count_kv"), gguf.Uint32Value(uint32(cfg.NumKeyValueHeads)))
	w.Set("tokenizer.ggml.add_bos_token", gguf.BoolValue(vocab.AddBOS))
	w.Set(k("attention.layer_norm_rms_epsilon"), gguf.Float32Value(float32(cfg.RMSNormEps)))
	w.Set(k("rope.freq_base"), gguf.Float32Value(float32(cfg.RopeTheta)))
	ropeFreqs, err := c.ropeKeys(w)
	if err != nil {
		return nil, err
	}
	w.Set("general.file_type", gguf.Uint32Value(ftype))
	if c.embedding {
		if err := c.embeddingKeys(w, dir, &vocab); err != nil {
			return nil, err
		}
	}
	setVocab(w, vocab)
	w.Set("general.quantization_version", gguf.Uint32Value(2))

	if ropeFreqs != nil {
		// First, as llama.cpp's converter yields generate_extra_tensors
		// before the checkpoint's tensors.
		if err := ropeFreqsTensor(w, ropeFreqs); err != nil {
			return nil, err
		}
		c.res.Tensors++
	}
	if err := c.addTensors(w); err != nil {
		return nil, err
	}
	for _, n := range c.ck.names() {
		switch {
		case c.used[n]:
		case strings.HasSuffix(n, ".rotary_emb.inv_freq"):
			c.res.Skipped = append(c.res.Skipped, n)
		case n == "lm_head.weight" && cfg.Tied():
			c.res.Skipped = append(c.res.Skipped, n+" (tie_word_embeddings)")
		case n == "lm_head.weight" && c.embedding:
			c.res.Skipped = append(c.res.Skipped, n+" (an embedding model has no output head)")
		default:
			return nil, fmt.Errorf("%w: tensor %q has no place in a %s file", ErrUnsupported, n, fam.Arch)
		}
	}
	return w, nil
}

// readVocab reads tokenizer.json and pads the vocabulary to size with
// user-defined "[PAD<id>]" tokens, as llama.cpp's converter does.
func readVocab(dir string, size int) (tokenizer.Vocab, error) {
	v, err := readSentencePiece(dir)
	if errors.Is(err, os.ErrNotExist) {
		v, err = readTokenizerJSON(dir)
	}
	if err != nil {
		return tokenizer.Vocab{}, err
	}
	if len(v.Tokens) > size {
		// Added tokens past the embedding (Gemma3's tokenizer.json has <image_soft_token> at id 262144, one past a
		// vocab_size of 262144) are dropped, as llama.cpp's and bitnet.cpp's converters drop ids >= vocab_size;
		// model pieces or special ids past it are an error.
		for i := size; i < len(v.Tokens); i++ {
			if ty := v.Types[i]; ty != tokenizer.TypeControl && ty != tokenizer.TypeUserDefined && ty != tokenizer.TypeUnused {
				return tokenizer.Vocab{}, fmt.Errorf("tokenizer.json has %d tokens, config.json vocab_size %d", len(v.Tokens), size)
			}
		}
		for _, id := range []int32{v.BOS, v.EOS, v.EOT, v.UNK, v.PAD} {
			if int(id) >= size {
				return tokenizer.Vocab{}, fmt.Errorf("tokenizer.json special token %d (%q) is past config.json vocab_size %d", id, v.Tokens[id], size)
			}
		}
		v.Tokens, v.Types = v.Tokens[:size], v.Types[:size]
		if v.Scores != nil {
			v.Scores = v.Scores[:size]
		}
	}
	for i := len(v.Tokens); i < size; i++ {
		v.Tokens = append(v.Tokens, "[PAD"+strconv.Itoa(i)+"]")
		v.Types = append(v.Types, tokenizer.TypeUserDefined)
		if v.Scores != nil { // SentencePiece vocabularies: llama.cpp's converter scores padding -1000
			v.Scores = append(v.Scores, -1000)
		}
	}
	if v.PAD < 0 {
		v.PAD = v.EOS // as the official 2B-4T file
	}
	return v, nil
}

func readTokenizerJSON(dir string) (tokenizer.Vocab, error) {
	f, err := os.Open(filepath.Join(dir, "tokenizer.json"))
	if err != nil {
		return tokenizer.Vocab{}, err
	}
	defer f.Close()
	v, err := tokenizer.VocabFromHFJSON(f)
	if err != nil {
		return tokenizer.Vocab{}, fmt.Errorf("tokenizer.json: %w", err)
	}
	return v, nil
}

func setVocab(w *gguf.Writer, v tokenizer.Vocab) {
	w.Set("tokenizer.ggml.model", gguf.StringValue(v.Model))
	if v.Pre != "" {
		w.Set("tokenizer.ggml.pre", gguf.StringValue(v.Pre))
	}
	w.Set("tokenizer.ggml.tokens", gguf.StringsValue(v.Tokens))
	scores := v.Scores
	if scores == nil {
		scores = make([]float32, len(v.Tokens))
	}
	w.Set("tokenizer.ggml.scores", gguf.Float32sValue(scores))
	w.Set("tokenizer.ggml.token_type", gguf.Int32sValue(v.Types))
	if len(v.Merges) > 0 {
		w.Set("tokenizer.ggml.merges", gguf.StringsValue(v.Merges))
	}
	if v.Model == tokenizer.ModelLlama {
		// SentencePiece vocabularies (LLaMA-2 style, from a byte_fallback tokenizer.json): the "▁" prefix is
		// llama.cpp's default too, but written out it needs no default to be right.
		w.Set("tokenizer.ggml.add_space_prefix", gguf.BoolValue(v.AddSpacePrefix))
	}
	for _, id := range []struct {
		key string
		id  int32
	}{{"bos_token_id", v.BOS}, {"eos_token_id", v.EOS}, {"unknown_token_id", v.UNK}, {"padding_token_id", v.PAD}} {
		if id.id >= 0 {
			w.Set("tokenizer.ggml."+id.key, gguf.Uint32Value(uint32(id.id)))
		}
	}
}

// tensorKind says how a tensor is converted.
type tensorKind int

const (
	kindEmbed  tensorKind = iota // F16 matrix
	kindNorm                     // F32 vector
	kindLinear                   // ternary
)

// addTensors adds every output tensor, in llama.cpp's order.
func (c *converter) addTensors(w *gguf.Writer) error {
	cfg := c.cfg
	c.used = map[string]bool{}
	if c.fam.PostNorms {
		return c.addGemma3Tensors(w)
	}
	H, F, V := cfg.HiddenSize, cfg.IntermediateSize, cfg.VocabSize
	q, kv := cfg.NumAttentionHeads*cfg.HeadDim, cfg.NumKeyValueHeads*cfg.HeadDim
	type spec struct {
		hf      string
		kind    tensorKind
		in, out int // GGUF dims {in, out}; out 0 for a vector
	}
	specs := []spec{{"model.embed_tokens.weight", kindEmbed, H, V}}
	for l := range cfg.NumHiddenLayers {
		p := "model.layers." + strconv.Itoa(l) + "."
		specs = append(specs,
			spec{p + "input_layernorm.weight", kindNorm, H, 0},
			spec{p + "self_attn.q_proj.weight", kindLinear, H, q},
			spec{p + "self_attn.k_proj.weight", kindLinear, H, kv},
			spec{p + "self_attn.v_proj.weight", kindLinear, H, kv},
			spec{p + "self_attn.o_proj.weight", kindLinear, q, H},
		)
		if c.fam.SubNorms {
			specs = append(specs, spec{c.pick(p+"self_attn.attn_sub_norm.weight", p+"self_attn.inner_attn_ln.weight"), kindNorm, q, 0})
		}
		if c.fam.QKNorm {
			specs = append(specs, spec{p + "self_attn.q_norm.weight", kindNorm, cfg.HeadDim, 0},
				spec{p + "self_attn.k_norm.weight", kindNorm, cfg.HeadDim, 0})
		}
		if c.embedding {
			for _, n := range []struct {
				proj string
				in   int
			}{{"self_attn.q_proj", H}, {"self_attn.k_proj", H}, {"self_attn.v_proj", H}, {"self_attn.o_proj", q},
				{"mlp.gate_proj", H}, {"mlp.up_proj", H}, {"mlp.down_proj", F}} {
				specs = append(specs, spec{p + n.proj + ".norm.weight", kindNorm, n.in, 0})
			}
		}
		specs = append(specs,
			spec{p + "post_attention_layernorm.weight", kindNorm, H, 0},
			spec{p + "mlp.gate_proj.weight", kindLinear, H, F},
			spec{p + "mlp.up_proj.weight", kindLinear, H, F},
			spec{p + "mlp.down_proj.weight", kindLinear, F, H},
		)
		if c.fam.SubNorms {
			specs = append(specs, spec{c.pick(p+"mlp.ffn_sub_norm.weight", p+"mlp.ffn_layernorm.weight"), kindNorm, F, 0})
		}
	}
	specs = append(specs, spec{"model.norm.weight", kindNorm, H, 0})
	if !cfg.Tied() && !c.embedding {
		specs = append(specs, spec{"lm_head.weight", kindEmbed, H, V})
	}
	for _, s := range specs {
		ref, ok := c.ck.byName[s.hf]
		if !ok {
			return fmt.Errorf("convert: tensor %q missing from the checkpoint", s.hf)
		}
		name, ok := ggufName(s.hf)
		if !ok {
			return fmt.Errorf("convert: no GGUF name for %q", s.hf)
		}
		c.used[s.hf] = true
		var err error
		switch s.kind {
		case kindNorm:
			err = c.addNorm(w, name, ref, s.in)
		case kindEmbed:
			err = c.addEmbed(w, name, ref, s.in, s.out)
		case kindLinear:
			err = c.addLinear(w, name, ref, s.in, s.out, c.permutation(s.hf))
		}
		if err != nil {
			return fmt.Errorf("convert: %s: %w", s.hf, err)
		}
		c.res.Tensors++
	}
	return nil
}

// permutation returns, for attn_q and attn_k of a RopeNorm family, the
// source row of each output row: llama.cpp's converters permute these rows
// (LlamaModel.permute: per head, reshape (2, d/2) -> (d/2, 2)) so that RoPE
// on adjacent pairs computes what Hugging Face's rotate_half computes on
// pairs (i, i+d/2). nil means rows in order.
func (c *converter) permutation(hf string) func(int) int {
	if c.fam.Rope != model.RopeNorm {
		return nil
	}
	hd := c.cfg.HeadDim
	if !strings.HasSuffix(hf, ".q_proj.weight") && !strings.HasSuffix(hf, ".k_proj.weight") {
		return nil
	}
	half := hd / 2
	return func(r int) int {
		h, j := r/hd, r%hd // output row j = 2i + a of head h holds source row a*d/2 + i
		return h*hd + (j%2)*half + j/2
	}
}

// pick returns the first of names that the checkpoint has (else the first).
func (c *converter) pick(names ...string) string {
	for _, n := range names {
		if _, ok := c.ck.byName[n]; ok {
			return n
		}
	}
	return names[0]
}

func shapeIs(t TensorInfo, dims ...int64) bool {
	return slices.Equal(t.Shape, dims)
}

func isFloat(d DType) bool { return d == F32 || d == F16 || d == BF16 }

// readFloats reads n values starting at element off of a float tensor.
func (c *converter) readFloats(ref tensorRef, off, n int, buf *[]byte, dst []float32) error {
	sz := ref.DType.Size()
	*buf = slices.Grow((*buf)[:0], n*sz)[:n*sz]
	if err := ref.f.ReadAt(ref.TensorInfo, *buf, int64(off)*int64(sz)); err != nil {
		return err
	}
	b := *buf
	switch ref.DType {
	case F32:
		for i := range dst[:n] {
			dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		return nil
	case F16:
		return quant.DecodeF16(b, dst[:n])
	case BF16:
		return quant.DecodeBF16(b, dst[:n])
	}
	return fmt.Errorf("%w: dtype %s", ErrUnsupported, ref.DType)
}

func (c *converter) addNorm(w *gguf.Writer, name string, ref tensorRef, n int) error {
	if !isFloat(ref.DType) || !shapeIs(ref.TensorInfo, int64(n)) {
		return fmt.Errorf("%w: %s %v, want a float vector of %d", ErrUnsupported, ref.DType, ref.Shape, n)
	}
	return w.AddTensorFunc(name, gguf.TypeF32, []uint64{uint64(n)}, func(out io.Writer) error {
		x := make([]float32, n)
		var buf []byte
		if err := c.readFloats(ref, 0, n, &buf, x); err != nil {
			return err
		}
		b := make([]byte, 4*n)
		for i, v := range x {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		c.log("%-28s %s -> F32", name, ref.DType)
		_, err := out.Write(b)
		return err
	})
}

func (c *converter) addEmbed(w *gguf.Writer, name string, ref tensorRef, dim, rows int) error {
	if !isFloat(ref.DType) || !shapeIs(ref.TensorInfo, int64(rows), int64(dim)) {
		return fmt.Errorf("%w: %s %v, want a float [%d %d] matrix", ErrUnsupported, ref.DType, ref.Shape, rows, dim)
	}
	return w.AddTensorFunc(name, gguf.TypeF16, []uint64{uint64(dim), uint64(rows)}, func(out io.Writer) error {
		per := max(1, chunkElems/dim)
		x := make([]float32, per*dim)
		var buf []byte
		for r0 := 0; r0 < rows; r0 += per {
			if err := c.ctx.Err(); err != nil {
				return err
			}
			n := (min(rows, r0+per) - r0) * dim
			if err := c.readFloats(ref, r0*dim, n, &buf, x); err != nil {
				return err
			}
			if _, err := out.Write(quant.EncodeF16(x[:n])); err != nil {
				return err
			}
		}
		c.log("%-28s %s -> F16", name, ref.DType)
		return nil
	})
}

// addLinear adds one ternary weight, GGUF dims {in, out}: from float master
// weights (absmean) or from the packed layout with its weight_scale.
func (c *converter) addLinear(w *gguf.Writer, name string, ref tensorRef, in, out int, perm func(int) int) error {
	target := c.opts.Type
	block := 128
	switch target {
	case gguf.TypeTQ2_0, gguf.TypeTQ1_0:
		block = 256
	case gguf.TypeQ2_0:
		block = 64
	}
	if in%block != 0 {
		return fmt.Errorf("%w: %s needs rows of a multiple of %d weights, %s has %d", ErrUnsupported, target, block, name, in)
	}
	dims := []uint64{uint64(in), uint64(out)}
	switch {
	case isFloat(ref.DType):
		if !shapeIs(ref.TensorInfo, int64(out), int64(in)) {
			return fmt.Errorf("%w: shape %v, want [%d %d]", ErrShape, ref.Shape, out, in)
		}
		c.res.Linear++
		c.res.Ternarized++
		return w.AddTensorFunc(name, target, dims, func(dst io.Writer) error {
			return c.writeMaster(dst, name, ref, out, in, perm)
		})
	case ref.DType == U8:
		if out%4 != 0 || !shapeIs(ref.TensorInfo, int64(out/4), int64(in)) {
			return fmt.Errorf("%w: packed shape %v, want [%d %d]", ErrShape, ref.Shape, out/4, in)
		}
		sname := strings.TrimSuffix(ref.Name, ".weight") + ".weight_scale"
		sref, ok := c.ck.byName[sname]
		if !ok {
			return fmt.Errorf("%w: packed uint8 weights without %s", ErrUnsupported, sname)
		}
		c.used[sname] = true
		scale, how, err := c.packedScale(sref)
		if err != nil {
			return err
		}
		c.res.Linear++
		c.res.Packed++
		return w.AddTensorFunc(name, target, dims, func(dst io.Writer) error {
			return c.writePacked(dst, name, ref, out, in, scale, how, perm)
		})
	}
	return fmt.Errorf("%w: linear weight of dtype %s", ErrUnsupported, ref.DType)
}

// ErrShape is returned (wrapped) when a tensor's shape does not match config.json.
var ErrShape = errors.New("wrong shape")

// packedScale reads a weight_scale and turns it into the ternary values'
// multiplier. Hugging Face's two BitNet linear classes read it differently:
// AutoBitLinear (linear_class "autobitlinear", 2B-4T's) multiplies the
// output by it, BitLinear (the default "bitlinear") divides by it.
func (c *converter) packedScale(ref tensorRef) (float32, string, error) {
	if !isFloat(ref.DType) || ref.Elements() != 1 {
		return 0, "", fmt.Errorf("%w: %s is %s %v, want one float", ErrUnsupported, ref.Name, ref.DType, ref.Shape)
	}
	var v [1]float32
	var buf []byte
	if err := c.readFloats(ref, 0, 1, &buf, v[:]); err != nil {
		return 0, "", err
	}
	ws := v[0]
	if !(ws > 0) || math.IsInf(float64(ws), 0) {
		return 0, "", fmt.Errorf("%s = %v: want a positive finite scale", ref.Name, ws)
	}
	cls := "bitlinear"
	if q := c.cfg.QuantizationConfig; q != nil && q.LinearClass != "" {
		cls = strings.ToLower(q.LinearClass)
	}
	switch cls {
	case "autobitlinear":
		return ws, "scale = weight_scale (autobitlinear)", nil
	case "bitlinear":
		return 1 / ws, "scale = 1/weight_scale (bitlinear)", nil
	}
	return 0, "", fmt.Errorf("%w: quantization_config.linear_class %q", ErrUnsupported, cls)
}

// encoder writes ternary rows in the target type, chunk by chunk. I2_S's
// one scale goes into a tail after the last chunk.
type encoder struct {
	target gguf.Type
	cols   int
	scale  float32
	out    io.Writer
}

func (e *encoder) chunk(vals []int8) error {
	t := &quant.Ternary{Rows: len(vals) / e.cols, Cols: e.cols, Values: vals, Scales: []float32{e.scale}}
	var b []byte
	var err error
	switch e.target {
	case gguf.TypeI2_S:
		b, err = quant.EncodeI2S(t)
		b = b[:len(b)-32] // the tail is written once, by finish
	case gguf.TypeTQ2_0:
		b, err = quant.EncodeTQ2(t)
	case gguf.TypeTQ1_0:
		b, err = quant.EncodeTQ1(t)
	case gguf.TypeQ2_0:
		b, err = quant.EncodeQ2_0(t) // every 64-group gets the tensor's scale, rounded to F16
	default:
		err = fmt.Errorf("cannot write %s", e.target)
	}
	if err != nil {
		return err
	}
	_, err = e.out.Write(b)
	return err
}

func (e *encoder) finish() error {
	if e.target != gguf.TypeI2_S {
		return nil
	}
	var tail [32]byte
	binary.LittleEndian.PutUint32(tail[:], math.Float32bits(e.scale))
	_, err := e.out.Write(tail[:])
	return err
}

// writeMaster ternarizes float weights: a first pass for the absmean, a
// second to encode.
func (c *converter) writeMaster(dst io.Writer, name string, ref tensorRef, rows, cols int, perm func(int) int) error {
	per := max(1, chunkElems/cols)
	x := make([]float32, per*cols)
	var buf []byte
	var sum float64
	// torch sums the tensor as stored, before the Q/K row permutation.
	var ts *quant.TorchSum
	if c.opts.Absmean == AbsmeanTorch {
		var err error
		if ts, err = quant.NewTorchSum(rows*cols, c.opts.Torch); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	for r0 := 0; r0 < rows; r0 += per {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		n := (min(rows, r0+per) - r0) * cols
		if err := c.readFloats(ref, r0*cols, n, &buf, x); err != nil {
			return err
		}
		for i, v := range x[:n] {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return fmt.Errorf("%s: weight %d is %v", name, r0*cols+i, v)
			}
		}
		sum += quant.SumAbs(x[:n])
		if ts != nil {
			ts.AddAbs(x[:n])
		}
	}
	mean, how := float32(sum/float64(rows*cols)), ""
	if ts != nil {
		tsum, err := ts.Sum()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		mean = quant.TorchMean(tsum, rows*cols)
		how = fmt.Sprintf(" (torch order; exact %.9g)", sum/float64(rows*cols))
	}
	s, scale := quant.AbsmeanScalesOf(mean)
	e := &encoder{target: c.opts.Type, cols: cols, scale: scale, out: dst}
	vals := make([]int8, per*cols)
	for r0 := 0; r0 < rows; r0 += per {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		n := (min(rows, r0+per) - r0) * cols
		if perm == nil {
			if err := c.readFloats(ref, r0*cols, n, &buf, x); err != nil {
				return err
			}
		} else {
			for r := r0; r < r0+n/cols; r++ {
				if err := c.readFloats(ref, perm(r)*cols, cols, &buf, x[(r-r0)*cols:]); err != nil {
					return err
				}
			}
		}
		quant.AbsmeanValues(vals[:n], x[:n], s)
		if err := e.chunk(vals[:n]); err != nil {
			return err
		}
	}
	note := ""
	if c.opts.Type != gguf.TypeI2_S && quant.F16ToF32(quant.F32ToF16(scale)) != scale {
		note = " (rounded to F16 in each block)"
	}
	c.log("%-28s %s -> %s  ternarized: absmean %.9g%s, scale %.9g%s", name, ref.DType, c.opts.Type, mean, how, scale, note)
	return e.finish()
}

// writePacked unpacks the 2B-4T layout: packed row p, bits 2i..2i+1 hold
// row i*rows/4 + p, as code-1 (Hugging Face's unpack_weights).
func (c *converter) writePacked(dst io.Writer, name string, ref tensorRef, rows, cols int, scale float32, how string, perm func(int) int) error {
	P := rows / 4
	per := max(1, chunkElems/cols)
	vals := make([]int8, per*cols)
	row := make([]byte, cols)
	e := &encoder{target: c.opts.Type, cols: cols, scale: scale, out: dst}
	for r0 := 0; r0 < rows; r0 += per {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		r1 := min(rows, r0+per)
		for r := r0; r < r1; r++ {
			src := r
			if perm != nil {
				src = perm(r)
			}
			p, shift := src%P, 2*(src/P)
			if err := ref.f.ReadAt(ref.TensorInfo, row, int64(p)*int64(cols)); err != nil {
				return err
			}
			v := vals[(r-r0)*cols : (r-r0+1)*cols]
			for j, b := range row {
				code := b >> shift & 3
				if code == 3 {
					return fmt.Errorf("%s: row %d column %d has code 3, which is not ternary", name, src, j)
				}
				v[j] = int8(code) - 1
			}
		}
		if err := e.chunk(vals[:(r1-r0)*cols]); err != nil {
			return err
		}
	}
	note := ""
	if c.opts.Type != gguf.TypeI2_S && quant.F16ToF32(quant.F32ToF16(scale)) != scale {
		note = ", scale rounded to F16"
	}
	c.log("%-28s packed U8 -> %s  exact: %s = %.6g%s", name, c.opts.Type, how, scale, note)
	return e.finish()
}
