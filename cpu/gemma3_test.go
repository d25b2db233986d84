package cpu

import (
	"math"
	"testing"

	"github.com/bitnet-go/bitnet-go/quant"
)

// TestGELUF16Table: geluF16, ggml's F16 GELU table entry, against the tanh
// form evaluated in float64 and rounded once to F16, for every finite F16
// input in (-10, 10): equal, or apart by one F16 step (the float32
// evaluation landing on the other side of a rounding boundary) or by the
// float32 rounding of 1+tanh for large negative inputs; the count of
// differing entries is bounded near the measured one.
func TestGELUF16Table(t *testing.T) {
	n, off := 0, 0
	for b := 0; b < 1<<16; b++ {
		x := quant.F16ToF32(uint16(b))
		if math.IsNaN(float64(x)) || x <= -10 || x >= 10 {
			continue
		}
		n++
		xd := float64(x)
		want := round16(float32(0.5 * xd * (1 + math.Tanh(math.Sqrt(2/math.Pi)*xd*(1+0.044715*xd*xd)))))
		got := geluF16(x)
		if got == want {
			continue
		}
		off++
		// One F16 step, or (for x below about -4, where 1+tanh cancels) the
		// float32 rounding of 1+t times x/2.
		if d := math.Abs(float64(got - want)); d > math.Abs(float64(want))/512 && d > math.Abs(xd)*0x1p-23 {
			t.Fatalf("gelu(%g): table %g, float64 %g", x, got, want)
		}
	}
	t.Logf("%d F16 inputs, %d differ from the float64 value", n, off)
	if off > 300 { // measured 268 of 37,376
		t.Fatalf("%d of %d entries differ from the float64 value", off, n)
	}
}
