// Package model reads a BitNet b1.58 model's hyperparameters and tensors out of a
// GGUF file and checks them: every tensor present, of a supported type, with the
// shape the architecture needs. It owns no compute; backends read it.
package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Architecture names accepted in general.architecture.
const (
	ArchBitNetB158 = "bitnet-b1.58" // microsoft/bitnet-b1.58-2B-4T (bitnet.cpp)
	ArchBitNet25   = "bitnet-25"    // the same architecture's name before 2025-04-23
	ArchBitNet     = "bitnet"       // upstream llama.cpp conversions (TQ1_0/TQ2_0, optional *.scale)
)

// Activation is the FFN gate's nonlinearity.
type Activation int

const (
	// ReLU2 is relu(x)^2, what BitNet b1.58 2B-4T was trained with.
	ReLU2 Activation = iota
	// SiLU is x*sigmoid(x), upstream llama.cpp's default for arch "bitnet".
	SiLU
	// GELU is the tanh approximation of GELU.
	GELU
)

// String returns the activation's name as written in GGUF metadata.
func (a Activation) String() string {
	switch a {
	case ReLU2:
		return "relu2"
	case SiLU:
		return "silu"
	case GELU:
		return "gelu"
	}
	return fmt.Sprintf("Activation(%d)", int(a))
}

// ParseActivation parses "relu2" ("relu_squared", "relu^2"), "silu" ("swish") or "gelu".
func ParseActivation(s string) (Activation, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "relu2", "relu_squared", "relu^2", "squared_relu", "relu²":
		return ReLU2, nil
	case "silu", "swish":
		return SiLU, nil
	case "gelu", "gelu_pytorch_tanh", "gelu_new":
		return GELU, nil
	}
	return 0, fmt.Errorf("unknown FFN activation %q (want relu2, silu or gelu)", s)
}

// Config holds the hyperparameters of a BitNet b1.58 model.
type Config struct {
	Arch     string // general.architecture
	Name     string // general.name, if any
	Layers   int
	Hidden   int // embedding_length
	FFN      int // feed_forward_length
	Heads    int
	KVHeads  int
	HeadDim  int
	RopeDim  int     // dimensions rotated per head (== HeadDim for BitNet)
	RopeBase float32 // rope.freq_base
	// RopeScaling is the file's RoPE scaling (YaRN, linear, llama3's
	// frequency factors) with llama.cpp's defaults resolved; RopeAngles
	// computes a position's rotation from it.
	RopeScaling   RopeScaling
	RMSEps        float32
	ContextLength int // trained context length
	VocabSize     int
	Activation    Activation
	TiedOutput    bool // the output head is token_embd (no output.weight)
	// InputNorms: every linear projection has its own input RMSNorm
	// (Layer.In), as in BitNet's embedding models.
	InputNorms bool
	// Pooling is {arch}.pooling_type: how an embedding model turns the
	// final hidden states into one vector. PoolingNone for a model that
	// does not embed.
	Pooling Pooling
	// Family is the architecture's registry entry: what the forward pass
	// does beyond these numbers (sub-norms, RoPE layout, ...).
	Family Family
}

// Linear is one weight matrix of a linear layer: Out rows of In inputs (GGUF
// dims {In, Out}), stored in the file's type.
type Linear struct {
	Name  string
	Type  gguf.Type
	In    int
	Out   int
	Data  []byte  // the tensor's bytes inside the file mapping: never copied
	Scale float32 // extra output multiplier from a "*.scale" tensor; 1 when absent
}

// Layer is one transformer block. AttnSubNorm and FFNSubNorm are nil for a
// family without sub-norms (Family.SubNorms); QNorm and KNorm (HeadDim
// weights each) are set only for a family with per-head QK norms
// (Family.QKNorm).
type Layer struct {
	AttnNorm, AttnSubNorm, FFNNorm, FFNSubNorm []float32
	QNorm, KNorm                               []float32
	Q, K, V, O                                 Linear
	Gate, Up, Down                             Linear
	// In holds the per-projection input norms (Config.InputNorms), in the
	// order q, k, v, o, gate, up, down; all nil otherwise.
	In [7][]float32
	// AttnPostNorm and FFNPostNorm are the output norms of a family with
	// Family.PostNorms (Gemma3); nil otherwise.
	AttnPostNorm, FFNPostNorm []float32
}

// Indices into Layer.In.
const (
	InQ = iota
	InK
	InV
	InO
	InGate
	InUp
	InDown
)

// Embedding is a vocabulary-sized matrix: Rows rows of Dim values (GGUF dims
// {Dim, Rows}) in the file's type. token_embd, and the output head.
type Embedding struct {
	Name string
	Type gguf.Type
	Dim  int
	Rows int
	Data []byte
	// Reader, when set, reads Data's bytes (offset 0 = Data[0]) from the file
	// instead of through the memory mapping, so that an engine that has
	// converted the matrix can still look up a row without mapping pages back
	// in. Set for memory-mapped files (gguf.File.TensorReaderAt).
	Reader io.ReaderAt
}

// Model is a validated model: configuration plus views of the tensors' bytes.
// It is immutable and its byte slices live as long as the gguf.File.
type Model struct {
	Config     Config
	Embed      Embedding
	Output     Embedding // == Embed when Config.TiedOutput
	OutputNorm []float32
	Layers     []Layer
}

// Options adjusts loading.
type Options struct {
	// Activation overrides the FFN activation read from (or defaulted for) the file.
	Activation *Activation
}

// Error reports a problem with the model file, naming the tensor or key.
type Error struct {
	What string // tensor name or metadata key
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("model: %s: %v", e.What, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// ErrUnsupportedArch is returned (wrapped) for an architecture this package does not run.
var ErrUnsupportedArch = errors.New("unsupported architecture")

// ErrMissingTensor is returned (wrapped) when a required tensor is absent.
var ErrMissingTensor = errors.New("missing tensor")

// ErrShape is returned (wrapped) when a tensor has the wrong shape or type.
var ErrShape = errors.New("wrong shape")

// Metadata is the part of *gguf.File that loading needs.
type Metadata interface {
	String(key string) (string, error)
	Uint64(key string) (uint64, error)
	Float32(key string) (float32, error)
	Has(key string) bool
	Tensor(name string) (gguf.TensorInfo, bool)
	TensorData(name string) ([]byte, error)
	Strings(key string) ([]string, error)
}

// FromGGUF reads and validates a model.
func FromGGUF(f Metadata, opts Options) (*Model, error) {
	cfg, err := readConfig(f)
	if err != nil {
		return nil, err
	}
	if opts.Activation != nil {
		cfg.Activation = *opts.Activation
	}
	fam := cfg.Family
	tn := fam.Tensors
	// Per-projection input norms are all or nothing: block 0's q input norm
	// decides, and the loader then requires (or refuses) them everywhere.
	if _, ok := f.Tensor(BlockPrefix(0) + tn.InputNorms[InQ]); ok && fam.InputNorms {
		cfg.InputNorms = true
	}
	m := &Model{Config: cfg}
	for _, name := range fam.Refused {
		if _, ok := f.Tensor(name); ok {
			return nil, &Error{name, fmt.Errorf("%w: architecture %s with this tensor is not implemented", ErrUnsupportedArch, fam.Arch)}
		}
	}
	l := loader{f: f, scales: fam.LinearScales, ternaryOnly: fam.TernaryOnly, q2: fam.Q2_0}
	if fam.RopeFreqs {
		l.ropeFreqs(ropeFreqsTensor, &m.Config)
	}

	m.Embed = l.embedding(tn.Embed, cfg.Hidden)
	if l.err != nil {
		return nil, l.err
	}
	if cfg.VocabSize == 0 {
		m.Config.VocabSize = m.Embed.Rows
	} else if m.Embed.Rows != cfg.VocabSize {
		return nil, &Error{tn.Embed, fmt.Errorf("%w: %d rows, vocabulary has %d tokens", ErrShape, m.Embed.Rows, cfg.VocabSize)}
	}
	cfg = m.Config
	_, hasOutput := f.Tensor(tn.Output)
	switch {
	case hasOutput && fam.Head == HeadTied:
		return nil, &Error{tn.Output, fmt.Errorf("%w: architecture %s ties the output head to %s", ErrShape, fam.Arch, tn.Embed)}
	case !hasOutput && fam.Head == HeadSeparate:
		return nil, &Error{tn.Output, ErrMissingTensor}
	case hasOutput:
		m.Output = l.embedding(tn.Output, cfg.Hidden)
		if l.err == nil && m.Output.Rows != cfg.VocabSize {
			return nil, &Error{tn.Output, fmt.Errorf("%w: %d rows, want vocab %d", ErrShape, m.Output.Rows, cfg.VocabSize)}
		}
	default:
		m.Output = m.Embed
		m.Config.TiedOutput = true
	}
	m.OutputNorm = l.norm(tn.OutputNorm, cfg.Hidden)

	q := cfg.Heads * cfg.HeadDim
	kv := cfg.KVHeads * cfg.HeadDim
	m.Layers = make([]Layer, cfg.Layers)
	for i := range m.Layers {
		p := BlockPrefix(i)
		ly := Layer{
			AttnNorm: l.norm(p+tn.AttnNorm, cfg.Hidden),
			FFNNorm:  l.norm(p+tn.FFNNorm, cfg.Hidden),
			Q:        l.linear(p+tn.Q, cfg.Hidden, q),
			K:        l.linear(p+tn.K, cfg.Hidden, kv),
			V:        l.linear(p+tn.V, cfg.Hidden, kv),
			O:        l.linear(p+tn.O, q, cfg.Hidden),
			Gate:     l.linear(p+tn.Gate, cfg.Hidden, cfg.FFN),
			Up:       l.linear(p+tn.Up, cfg.Hidden, cfg.FFN),
			Down:     l.linear(p+tn.Down, cfg.FFN, cfg.Hidden),
		}
		if fam.SubNorms {
			ly.AttnSubNorm = l.norm(p+tn.AttnSubNorm, q)
			ly.FFNSubNorm = l.norm(p+tn.FFNSubNorm, cfg.FFN)
		}
		if fam.PostNorms {
			ly.AttnPostNorm = l.norm(p+tn.AttnPostNorm, cfg.Hidden)
			ly.FFNPostNorm = l.norm(p+tn.FFNPostNorm, cfg.Hidden)
		}
		if fam.QKNorm {
			ly.QNorm = l.norm(p+tn.QNorm, cfg.HeadDim)
			ly.KNorm = l.norm(p+tn.KNorm, cfg.HeadDim)
		}
		if cfg.InputNorms {
			for j, n := range [7]int{cfg.Hidden, cfg.Hidden, cfg.Hidden, q, cfg.Hidden, cfg.Hidden, cfg.FFN} {
				ly.In[j] = l.norm(p+tn.InputNorms[j], n)
			}
		} else if fam.InputNorms {
			for _, name := range tn.InputNorms {
				if l.has(p + name) {
					l.fail(p+name, fmt.Errorf("%w: block 0 has no per-projection input norms, so no block may have them", ErrShape))
				}
			}
		}
		if l.err != nil {
			return nil, l.err
		}
		m.Layers[i] = ly
	}
	if l.err != nil {
		return nil, l.err
	}
	return m, nil
}

func readConfig(f Metadata) (Config, error) {
	arch, err := f.String("general.architecture")
	if err != nil {
		return Config{}, &Error{"general.architecture", err}
	}
	fam, ok := LookupFamily(arch)
	if !ok {
		return Config{}, &Error{"general.architecture", fmt.Errorf("%w %q (want one of %s)", ErrUnsupportedArch, arch, strings.Join(Archs(), ", "))}
	}
	c := Config{Arch: arch, Family: fam}
	pre := fam.KeyPrefix
	c.Name, _ = f.String("general.name")
	var errs []error
	need := func(key string) int {
		v, err := f.Uint64(pre + "." + key)
		if err != nil {
			errs = append(errs, &Error{pre + "." + key, err})
			return 0
		}
		if v == 0 || v > 1<<30 {
			errs = append(errs, &Error{pre + "." + key, fmt.Errorf("value %d out of range", v)})
			return 0
		}
		return int(v)
	}
	c.ContextLength = need("context_length")
	c.Hidden = need("embedding_length")
	c.Layers = need("block_count")
	c.FFN = need("feed_forward_length")
	c.Heads = need("attention.head_count")
	if f.Has(pre + ".attention.head_count_kv") {
		c.KVHeads = need("attention.head_count_kv")
	} else {
		c.KVHeads = c.Heads
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	if c.Heads%c.KVHeads != 0 {
		return Config{}, &Error{pre + ".attention.head_count_kv", fmt.Errorf("head_count %d is not a multiple of head_count_kv %d", c.Heads, c.KVHeads)}
	}
	switch {
	case fam.HeadDimKey && f.Has(pre+".attention.key_length"):
		c.HeadDim = need("attention.key_length")
		if len(errs) > 0 {
			return Config{}, errors.Join(errs...)
		}
		if c.HeadDim%2 != 0 || c.HeadDim > 1<<12 {
			return Config{}, &Error{pre + ".attention.key_length", fmt.Errorf("head dimension %d must be even and at most 4096", c.HeadDim)}
		}
	case c.Hidden%c.Heads != 0:
		return Config{}, &Error{pre + ".attention.head_count", fmt.Errorf("embedding_length %d is not a multiple of head_count %d", c.Hidden, c.Heads)}
	default:
		c.HeadDim = c.Hidden / c.Heads
	}
	c.RopeDim = c.HeadDim
	if f.Has(pre + ".rope.dimension_count") {
		c.RopeDim = need("rope.dimension_count")
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	if c.RopeDim > c.HeadDim || c.RopeDim%2 != 0 {
		return Config{}, &Error{pre + ".rope.dimension_count", fmt.Errorf("%d must be even and <= head dim %d", c.RopeDim, c.HeadDim)}
	}
	c.RopeBase = 10000
	if f.Has(pre + ".rope.freq_base") {
		v, err := f.Float32(pre + ".rope.freq_base")
		if err != nil {
			return Config{}, &Error{pre + ".rope.freq_base", err}
		}
		c.RopeBase = v
	}
	c.RMSEps = 1e-5
	if f.Has(pre + ".attention.layer_norm_rms_epsilon") {
		v, err := f.Float32(pre + ".attention.layer_norm_rms_epsilon")
		if err != nil {
			return Config{}, &Error{pre + ".attention.layer_norm_rms_epsilon", err}
		}
		c.RMSEps = v
	}
	if err := checkAttentionKeys(f, pre, c); err != nil {
		return Config{}, err
	}
	if !(c.RopeBase > 1) || math.IsInf(float64(c.RopeBase), 0) {
		return Config{}, &Error{pre + ".rope.freq_base", fmt.Errorf("%v out of range", c.RopeBase)}
	}
	// After the base check: YaRN's correction dimensions take its logarithm.
	if err := readRopeScaling(f, pre, &c); err != nil {
		return Config{}, err
	}
	if !(c.RMSEps > 0) || c.RMSEps > 1 {
		return Config{}, &Error{pre + ".attention.layer_norm_rms_epsilon", fmt.Errorf("%v out of range", c.RMSEps)}
	}
	if f.Has(pre + ".vocab_size") {
		c.VocabSize = need("vocab_size")
	} else if toks, err := f.Strings("tokenizer.ggml.tokens"); err == nil {
		c.VocabSize = len(toks)
	}
	if key := pre + ".pooling_type"; f.Has(key) {
		v, err := f.Uint64(key)
		if err != nil {
			return Config{}, &Error{key, err}
		}
		if v > uint64(PoolingLast) {
			return Config{}, &Error{key, fmt.Errorf("pooling type %d is not implemented (want 0 none, 1 mean, 2 cls or 3 last)", v)}
		}
		c.Pooling = Pooling(v)
	}
	// The activation: the family's default (ReLU² for BitNet b1.58, SiLU for
	// upstream's "bitnet" as in llama.cpp), which {arch}.hidden_activation
	// may override where the family reads it.
	c.Activation = fam.Activation
	if key := pre + ".hidden_activation"; fam.ActivationKey && f.Has(key) {
		s, err := f.String(key)
		if err != nil {
			return Config{}, &Error{key, err}
		}
		a, err := ParseActivation(s)
		if err != nil {
			return Config{}, &Error{key, err}
		}
		c.Activation = a
	}
	return c, nil
}

// loader collects the first error so the construction above stays readable.
type loader struct {
	f           Metadata
	scales      bool // the family allows "*.scale" tensors
	ternaryOnly bool // the family's linear weights must be ternary types
	q2          bool // the family also runs Q2_0 linear weights (Family.Q2_0)
	err         error
}

func (l *loader) fail(name string, err error) {
	if l.err == nil {
		l.err = &Error{name, err}
	}
}

func (l *loader) tensor(name string) (gguf.TensorInfo, []byte, bool) {
	if l.err != nil {
		return gguf.TensorInfo{}, nil, false
	}
	ti, ok := l.f.Tensor(name)
	if !ok {
		l.fail(name, ErrMissingTensor)
		return ti, nil, false
	}
	data, err := l.f.TensorData(name)
	if err != nil {
		l.fail(name, err)
		return ti, nil, false
	}
	return ti, data, true
}

func (l *loader) norm(name string, n int) []float32 {
	ti, data, ok := l.tensor(name)
	if !ok {
		return nil
	}
	// F16 norms: bitnet.cpp's embedding converter writes every norm as F16,
	// and ggml multiplies by them as float32, which is what this widening gives.
	if ti.Type != gguf.TypeF32 && ti.Type != gguf.TypeF16 || len(ti.Dims) < 1 || ti.Elements() != uint64(n) || ti.Dims[0] != uint64(n) {
		l.fail(name, fmt.Errorf("%w: %s %v, want F32 or F16 [%d]", ErrShape, ti.Type, ti.Dims, n))
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		if ti.Type == gguf.TypeF16 {
			out[i] = quant.F16ToF32(binary.LittleEndian.Uint16(data[2*i:]))
		} else {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	}
	return out
}

// LinearTypes are the weight types a linear layer may have.
var linearTypes = map[gguf.Type]bool{
	gguf.TypeI2_S: true, gguf.TypeTQ2_0: true, gguf.TypeTQ1_0: true,
	gguf.TypeF16: true, gguf.TypeF32: true, gguf.TypeBF16: true,
	gguf.TypeQ2_0: true, gguf.TypeQ2_0G128: true,
}

// IsQ2_0 reports whether t is one of the Q2_0 layouts (llama.cpp's 2-bit
// type with F16 group scales, upstream's 64-value groups or PrismML's 128):
// weights a backend multiplies with Q8_0 activations as llama.cpp does, not
// with BitNet's per-token int8 activations.
func IsQ2_0(t gguf.Type) bool { return t == gguf.TypeQ2_0 || t == gguf.TypeQ2_0G128 }

func (l *loader) linear(base string, in, out int) Linear {
	name := base + ".weight"
	ti, data, ok := l.tensor(name)
	if !ok {
		return Linear{}
	}
	if !linearTypes[ti.Type] {
		l.fail(name, fmt.Errorf("%w: type %s is not supported for a linear layer (want I2_S, TQ2_0, TQ1_0, Q2_0, F16, BF16 or F32)", ErrShape, ti.Type))
		return Linear{}
	}
	if IsQ2_0(ti.Type) && !l.q2 {
		l.fail(name, fmt.Errorf("%w: type %s: only families run with llama.cpp's Q8_0 activations (qwen3) take Q2_0 weights", ErrUnsupportedArch, ti.Type))
		return Linear{}
	}
	if l.ternaryOnly && ti.Type != gguf.TypeI2_S && ti.Type != gguf.TypeTQ2_0 && ti.Type != gguf.TypeTQ1_0 && !(l.q2 && IsQ2_0(ti.Type)) {
		want := "I2_S, TQ2_0 or TQ1_0"
		if l.q2 {
			want = "I2_S, TQ2_0, TQ1_0 or Q2_0"
		}
		l.fail(name, fmt.Errorf("%w: type %s: this architecture runs here only with ternary weights (%s)", ErrUnsupportedArch, ti.Type, want))
		return Linear{}
	}
	if !is2D(ti.Dims, in, out) {
		l.fail(name, fmt.Errorf("%w: dims %v, want [%d %d]", ErrShape, ti.Dims, in, out))
		return Linear{}
	}
	if ti.Type == gguf.TypeI2_S && in%128 != 0 {
		l.fail(name, fmt.Errorf("%w: I2_S needs an input dimension that is a multiple of 128, have %d", ErrShape, in))
		return Linear{}
	}
	lin := Linear{Name: name, Type: ti.Type, In: in, Out: out, Data: data, Scale: 1}
	if sname := base + ".scale"; l.scales && l.has(sname) {
		sti, sdata, ok := l.tensor(sname)
		if !ok {
			return Linear{}
		}
		if sti.Type != gguf.TypeF32 || sti.Elements() != 1 {
			l.fail(sname, fmt.Errorf("%w: %s %v, want one F32", ErrShape, sti.Type, sti.Dims))
			return Linear{}
		}
		lin.Scale = math.Float32frombits(binary.LittleEndian.Uint32(sdata))
	}
	return lin
}

func (l *loader) has(name string) bool {
	_, ok := l.f.Tensor(name)
	return ok
}

// embeddingTypes are the types an embedding/output matrix may have.
var embeddingTypes = map[gguf.Type]bool{
	gguf.TypeF16: true, gguf.TypeF32: true, gguf.TypeBF16: true, gguf.TypeQ8_0: true, gguf.TypeQ6_K: true,
	gguf.TypeQ2_0: true, gguf.TypeQ2_0G128: true,
}

func (l *loader) embedding(name string, dim int) Embedding {
	ti, data, ok := l.tensor(name)
	if !ok {
		return Embedding{}
	}
	if !embeddingTypes[ti.Type] {
		l.fail(name, fmt.Errorf("%w: type %s is not supported here (want F16, BF16, F32, Q8_0, Q6_K or Q2_0)", ErrShape, ti.Type))
		return Embedding{}
	}
	if len(ti.Dims) < 2 || ti.Dims[0] != uint64(dim) || ti.Elements()/uint64(dim) > 1<<31 {
		l.fail(name, fmt.Errorf("%w: dims %v, want [%d vocab]", ErrShape, ti.Dims, dim))
		return Embedding{}
	}
	e := Embedding{Name: name, Type: ti.Type, Dim: dim, Rows: int(ti.Elements() / uint64(dim)), Data: data}
	if f, ok := l.f.(mappedFile); ok && f.LoadMode() == gguf.LoadMmap {
		r, err := f.TensorReaderAt(name)
		if err != nil {
			l.fail(name, err)
			return Embedding{}
		}
		e.Reader = r
	}
	return e
}

// mappedFile is what a *gguf.File offers beyond Metadata for Embedding.Reader.
type mappedFile interface {
	LoadMode() gguf.LoadMode
	TensorReaderAt(name string) (*io.SectionReader, error)
}

func is2D(dims []uint64, ne0, ne1 int) bool {
	if len(dims) < 2 || dims[0] != uint64(ne0) || dims[1] != uint64(ne1) {
		return false
	}
	for _, d := range dims[2:] {
		if d != 1 {
			return false
		}
	}
	return true
}
