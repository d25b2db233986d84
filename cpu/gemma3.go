package cpu

import (
	"math"

	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Gemma3's additions to the layer (model.Family.PostNorms, EmbedScale), as
// llama.cpp's build_gemma3 computes them: token embeddings times
// sqrtf(n_embd) in float32, and an RMSNorm of the attention output (after
// the o projection) and of the FFN output (after the down projection)
// before each residual add. State.layer and the batched layer (batch.go)
// both apply them, row by row.

// scaleEmbeddings multiplies the embedding rows in x by sqrt(hidden) when
// the family scales its embeddings.
func (e *Engine) scaleEmbeddings(x []float32) {
	if !e.cfg.Family.EmbedScale {
		return
	}
	s := float32(math.Sqrt(float64(e.cfg.Hidden))) // sqrtf: correctly rounded either way
	for i := range x {
		x[i] *= s
	}
}

// postNorm RMS-normalizes, in place, each of the n rows (Hidden wide) of x
// with weight w; nothing when w is nil.
func (s *State) postNorm(w, x []float32, n int) {
	if w == nil {
		return
	}
	H := s.e.cfg.Hidden
	for i := 0; i < n; i++ {
		row := x[i*H : (i+1)*H]
		s.norm(row, row, w)
	}
}

// activate computes gate = act(gate) * up in place: activate's float32
// formulas, except GELU in the bitnetcpp modes, which is ggml's: its CPU
// backend (GGML_GELU_FP16) rounds the input to F16 and looks the result up
// in a table of F16 values of the tanh form, 0 at or below -10 and x at or
// above 10.
func (e *Engine) activate(gate, up []float32) {
	if e.cfg.Activation == model.ReLU2 { // every kernel set has relu2
		e.k.fl.relu2(gate, up) // the same float32 operations in every mode
		return
	}
	if e.cfg.Activation != model.GELU || !e.mode.BitNetCppFamily() {
		activate(e.cfg.Activation, gate, up)
		return
	}
	for i, g := range gate {
		switch {
		case g <= -10:
			gate[i] = 0
		case g >= 10:
			gate[i] = g * up[i]
		default:
			gate[i] = geluF16(round16(g)) * up[i]
		}
	}
}

// geluF16 is ggml_table_gelu_f16's entry for an F16-exact x: the tanh form
// in float32, rounded to F16. ggml calls tanhf; the float64 tanh rounded to
// float32 here can differ from a libm tanhf in the last bit, which moves the
// F16 result only where it falls on a rounding boundary.
func geluF16(x float32) float32 {
	const c, a = 0.79788456080286535587989211986876, 0.044715
	t := float32(math.Tanh(float64(c * x * (1 + a*x*x))))
	return round16(0.5 * x * (1 + t))
}
