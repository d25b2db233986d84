package bitnet

import (
	"errors"
	"math"
	"testing"
)

// TestCheckFinite: the fast sum finds NaN and infinities anywhere, and a sum
// that overflows on finite logits is not an error.
func TestCheckFinite(t *testing.T) {
	const vocab = 7
	inf := float32(math.Inf(1))
	nan := float32(math.NaN())
	for _, bad := range []float32{nan, inf, -inf} {
		for idx := range 3 * vocab {
			l := make([]float32, 3*vocab)
			for i := range l {
				l[i] = float32(i) - 5
			}
			l[idx] = bad
			err := checkFinite(l, 10, vocab)
			var nf *NonFiniteError
			if !errors.As(err, &nf) || !errors.Is(err, ErrNonFinite) {
				t.Fatalf("%v at %d: err = %v", bad, idx, err)
			}
			if nf.Position != 10+idx/vocab || nf.TokenID != idx%vocab {
				t.Errorf("%v at %d: position %d token %d", bad, idx, nf.Position, nf.TokenID)
			}
		}
	}
	big := []float32{math.MaxFloat32, math.MaxFloat32, math.MaxFloat32, math.MaxFloat32, math.MaxFloat32}
	if err := checkFinite(big, 0, len(big)); err != nil {
		t.Errorf("finite logits whose sum overflows: %v", err)
	}
}
