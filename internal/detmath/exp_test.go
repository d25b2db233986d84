package detmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// Exp is FreeBSD's algorithm, as math.Exp's portable code. Both it and
// math.Exp (on amd64 an assembly routine) are within 1 ulp of e**x, so they
// may differ by 2 ulp, never more; exact at 0, and math.Exp's special cases.
func TestExp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ulp := func(a, b float64) float64 {
		if a == b {
			return 0
		}
		return math.Abs(a-b) / math.Abs(math.Nextafter(b, math.Inf(1))-b)
	}
	worst := 0.0
	for i := 0; i < 200000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = -r.Float64() * 40 // the sampler's range: logit - max <= 0
		case 1:
			x = (r.Float64() - 0.5) * 1400
		case 2:
			x = -r.Float64() * 1e-8
		default:
			x = -r.ExpFloat64() * 100
		}
		got, want := Exp(x), math.Exp(x)
		if want < 0x1p-1022 { // subnormal results: compare absolutely
			if math.Abs(got-want) > 0x1p-1074 {
				t.Fatalf("Exp(%v) = %v, math.Exp %v", x, got, want)
			}
			continue
		}
		if u := ulp(got, want); u > worst {
			worst = u
		}
	}
	if worst > 2 {
		t.Fatalf("Exp differs from math.Exp by %v ulp", worst)
	}
	t.Logf("largest difference from math.Exp: %v ulp", worst)
	for _, c := range []struct{ x, want float64 }{
		{0, 1}, {math.Inf(-1), 0}, {math.Inf(1), math.Inf(1)}, {-800, 0}, {800, math.Inf(1)},
	} {
		if got := Exp(c.x); got != c.want {
			t.Errorf("Exp(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	if !math.IsNaN(Exp(math.NaN())) {
		t.Error("Exp(NaN) is not NaN")
	}
}
