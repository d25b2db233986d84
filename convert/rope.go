package convert

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
)

// RopeScaling is config.json's rope_scaling (or transformers' newer
// rope_parameters) as the converter reads it. Type is rope_type, or the
// older key type; an absent number is nil.
type RopeScaling struct {
	Type                          string
	Factor                        *float64
	OriginalMaxPositionEmbeddings *float64
	// llama3 only.
	LowFreqFactor, HighFreqFactor *float64
	// yarn only: written as llama.cpp's converter writes them when present.
	ExtrapolationFactor, AttentionFactor, BetaFast, BetaSlow *float64
}

// parseRopeScaling reads a rope_scaling / rope_parameters object; nil, an
// empty object or rope_type "default" (transformers' name for none) give nil.
func parseRopeScaling(v any) (*RopeScaling, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("config.json: rope_scaling is %T, want an object", v)
	}
	if full, ok := m["full_attention"].(map[string]any); ok {
		// transformers' per-layer-type rope_parameters: llama.cpp reads the
		// full-attention entry (and ignores sliding_attention's).
		m = full
	}
	r := &RopeScaling{}
	if t, ok := m["rope_type"].(string); ok {
		r.Type = t
	} else if t, ok := m["type"].(string); ok {
		r.Type = t
	}
	num := func(keys ...string) (*float64, error) {
		for _, k := range keys {
			x, ok := m[k]
			if !ok || x == nil {
				continue
			}
			f, ok := x.(float64)
			if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, fmt.Errorf("config.json: rope_scaling.%s = %v, want a number", k, x)
			}
			return &f, nil
		}
		return nil, nil
	}
	var err error
	for _, f := range []struct {
		dst  **float64
		keys []string
	}{
		{&r.Factor, []string{"factor"}},
		{&r.OriginalMaxPositionEmbeddings, []string{"original_max_position_embeddings"}},
		{&r.LowFreqFactor, []string{"low_freq_factor"}},
		{&r.HighFreqFactor, []string{"high_freq_factor"}},
		{&r.ExtrapolationFactor, []string{"extrapolation_factor"}},
		{&r.AttentionFactor, []string{"attention_factor", "attn_factor"}},
		{&r.BetaFast, []string{"beta_fast"}},
		{&r.BetaSlow, []string{"beta_slow"}},
	} {
		if *f.dst, err = num(f.keys...); err != nil {
			return nil, err
		}
	}
	if r.Type == "" || r.Type == "default" {
		return nil, nil
	}
	return r, nil
}

// ropeKeys writes the {arch}.rope.scaling.* keys of a linear or YaRN
// rope_scaling as llama.cpp's converter does (convert_hf_to_gguf.py's
// TextModel.set_gguf_parameters: type and factor; for YaRN
// original_context_length and the four optional tuning values), and
// returns the rope_freqs.weight values of a llama3 rope_scaling (nil
// otherwise). Other types are refused: llama.cpp's converter writes
// longrope differently, handles dynamic per model, and ignores the rest.
func (c *converter) ropeKeys(w *gguf.Writer) ([]float32, error) {
	r := c.cfg.Rope
	if r == nil {
		return nil, nil
	}
	k := c.fam.Key
	typ := strings.ToLower(r.Type)
	if !c.fam.RopeScaling {
		return nil, fmt.Errorf("%w: rope_scaling %q for architecture %s", ErrUnsupported, r.Type, c.fam.Arch)
	}
	if r.Factor == nil {
		return nil, fmt.Errorf("%w: rope_scaling %q without a factor", ErrUnsupported, r.Type)
	}
	f := *r.Factor
	if !(f > 0) || f > 1024 {
		return nil, fmt.Errorf("%w: rope_scaling factor %g out of range (0, 1024]", ErrUnsupported, f)
	}
	switch typ {
	case "linear":
		w.Set(k("rope.scaling.type"), gguf.StringValue("linear"))
		w.Set(k("rope.scaling.factor"), gguf.Float32Value(float32(f)))
		return nil, nil
	case "yarn":
		if r.OriginalMaxPositionEmbeddings == nil || !(*r.OriginalMaxPositionEmbeddings >= 1) || *r.OriginalMaxPositionEmbeddings > 1<<30 {
			return nil, fmt.Errorf("%w: rope_scaling yarn needs original_max_position_embeddings (a positive count)", ErrUnsupported)
		}
		w.Set(k("rope.scaling.type"), gguf.StringValue("yarn"))
		w.Set(k("rope.scaling.factor"), gguf.Float32Value(float32(f)))
		w.Set(k("rope.scaling.original_context_length"), gguf.Uint32Value(uint32(*r.OriginalMaxPositionEmbeddings)))
		for _, o := range []struct {
			key string
			v   *float64
		}{
			{"rope.scaling.yarn_ext_factor", r.ExtrapolationFactor}, {"rope.scaling.yarn_attn_factor", r.AttentionFactor},
			{"rope.scaling.yarn_beta_fast", r.BetaFast}, {"rope.scaling.yarn_beta_slow", r.BetaSlow},
		} {
			if o.v != nil {
				w.Set(k(o.key), gguf.Float32Value(float32(*o.v)))
			}
		}
		return nil, nil
	case "llama3":
		if !c.fam.RopeFreqs {
			// llama.cpp's converter computes the frequency factors only in
			// LlamaModel; other architectures would lose the scaling.
			return nil, fmt.Errorf("%w: rope_scaling llama3 for architecture %s (llama.cpp's converter writes its rope_freqs for llama only)", ErrUnsupported, c.fam.Arch)
		}
		return llama3RopeFreqs(c.cfg.RopeTheta, c.cfg.HeadDim, r)
	}
	return nil, fmt.Errorf("%w: rope_scaling type %q (linear, yarn and llama3 are implemented)", ErrUnsupported, r.Type)
}

// llama3RopeFreqs is LlamaModel.generate_extra_tensors of llama.cpp's
// converter: for each pair i of a head of dim values, freq = 1 /
// base^(2i/dim) and wavelen = 2π/freq; the factor is 1 for wavelengths
// under original/high_freq_factor, factor over original/low_freq_factor,
// and 1/((1-s)/factor + s) between, s = (original/wavelen - low) / (high -
// low). The converter computes in float32 (torch); so does this, with
// float32 rounding after each operation, so values may differ from torch's
// in the last bit where its float32 pow does.
func llama3RopeFreqs(base float64, dim int, r *RopeScaling) ([]float32, error) {
	get := func(p *float64, def float64) float64 {
		if p == nil {
			return def
		}
		return *p
	}
	factor := float32(get(r.Factor, 8))
	low := get(r.LowFreqFactor, 1)
	high := get(r.HighFreqFactor, 4)
	old := get(r.OriginalMaxPositionEmbeddings, 8192)
	if !(low > 0) || !(high > 0) || !(old >= 1) || low == high {
		return nil, fmt.Errorf("%w: rope_scaling llama3 with low_freq_factor %g, high_freq_factor %g, original_max_position_embeddings %g", ErrUnsupported, low, high, old)
	}
	lowWavelen := old / low
	highWavelen := old / high
	twoPi := float32(2 * math.Pi)
	out := make([]float32, dim/2)
	for i := range out {
		e := float32(2*i) / float32(dim)
		freq := 1 / float32(math.Pow(base, float64(e)))
		// torch's scalar / tensor is reciprocal(tensor) * scalar.
		wavelen := (1 / freq) * twoPi
		switch {
		case wavelen < float32(highWavelen):
			out[i] = 1
		case wavelen > float32(lowWavelen):
			out[i] = factor
		default:
			smooth := ((1/wavelen)*float32(old) - float32(low)) / float32(high-low)
			out[i] = 1 / ((1-smooth)/factor + smooth)
		}
	}
	return out, nil
}

// ropeFreqsTensor adds rope_freqs.weight (F32, one factor per pair).
func ropeFreqsTensor(w *gguf.Writer, ff []float32) error {
	b := make([]byte, 4*len(ff))
	for i, v := range ff {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{uint64(len(ff))}, b)
}
