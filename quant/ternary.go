package quant

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Ternary is a decoded ternary weight matrix: the reference and testing form
// every encoded format converts to and from.
type Ternary struct {
	Rows, Cols int
	// Values holds Rows*Cols weights, row-major, each -1, 0 or +1.
	Values []int8
	// ScaleBlock is the number of consecutive elements within a row that
	// share one scale; 0 means one scale for the whole tensor (I2_S).
	ScaleBlock int
	// Scales holds one scale when ScaleBlock == 0, else Rows*Cols/ScaleBlock
	// scales in row-major block order. Weight (r, c) is
	// Values[r*Cols+c] * Scale(r, c).
	Scales []float32
}

// Scale returns the scale of weight (row, col). It panics if (row, col) is
// out of range, like a slice index.
func (t *Ternary) Scale(row, col int) float32 {
	if row < 0 || row >= t.Rows || col < 0 || col >= t.Cols {
		panic(fmt.Sprintf("quant: Ternary.Scale(%d, %d) out of range %dx%d", row, col, t.Rows, t.Cols))
	}
	if t.ScaleBlock == 0 {
		return t.Scales[0]
	}
	return t.Scales[(row*t.Cols+col)/t.ScaleBlock]
}

// UniformScale reports whether every block holding a non-zero weight has
// the same scale, and returns it: such a tensor is exactly one scale times
// its values (blocks of zeros may carry any scale). An all-zero tensor
// gives 0, true; a tensor with one scale (ScaleBlock 0) gives that scale.
// The backends use it to run block-scaled types with one tensor scale.
func (t *Ternary) UniformScale() (float32, bool) {
	if t.ScaleBlock == 0 {
		if len(t.Scales) == 0 {
			return 0, true
		}
		return t.Scales[0], true
	}
	var s float32
	found := false
	for b, sc := range t.Scales {
		nonzero := false
		for _, v := range t.Values[b*t.ScaleBlock : (b+1)*t.ScaleBlock] {
			if v != 0 {
				nonzero = true
				break
			}
		}
		if !nonzero {
			continue
		}
		if !found {
			s, found = sc, true
		} else if sc != s {
			return 0, false
		}
	}
	return s, true
}

// Validate reports whether t is well formed: a positive shape whose element
// count fits an int, Values of that length holding only -1, 0 and +1, and
// Scales matching ScaleBlock (which must divide Cols).
func (t *Ternary) Validate() error {
	n, err := elements(t.Rows, t.Cols)
	if err != nil {
		return err
	}
	if len(t.Values) != n {
		return fmt.Errorf("ternary %dx%d: %d values: %w", t.Rows, t.Cols, len(t.Values), ErrSize)
	}
	for i, v := range t.Values {
		if v < -1 || v > 1 {
			return fmt.Errorf("ternary: value %d at %d: %w", v, i, ErrNotTernary)
		}
	}
	switch {
	case t.ScaleBlock < 0:
		return fmt.Errorf("ternary: scale block %d: %w", t.ScaleBlock, ErrScale)
	case t.ScaleBlock == 0:
		if len(t.Scales) != 1 {
			return fmt.Errorf("ternary: %d scales with ScaleBlock 0, want 1: %w", len(t.Scales), ErrScale)
		}
	default:
		if t.Cols%t.ScaleBlock != 0 {
			return fmt.Errorf("ternary: scale block %d does not divide %d columns: %w", t.ScaleBlock, t.Cols, ErrScale)
		}
		if want := n / t.ScaleBlock; len(t.Scales) != want {
			return fmt.Errorf("ternary: %d scales, want %d: %w", len(t.Scales), want, ErrScale)
		}
	}
	return nil
}

// elements returns rows*cols, or ErrShape if either is not positive or the
// product (times 4, so byte counts of any format here fit too) overflows.
func elements(rows, cols int) (int, error) {
	if rows <= 0 || cols <= 0 || rows > math.MaxInt/4/cols {
		return 0, fmt.Errorf("shape %dx%d: %w", rows, cols, ErrShape)
	}
	return rows * cols, nil
}

// RandomTernary returns a rows x cols matrix with values drawn uniformly
// from {-1, 0, +1} and random positive scales: one float32 scale in
// [0.005, 0.1) when scaleBlock is 0, else one per block, each exactly
// representable in F16 (so F16-scaled formats round-trip it). It is meant
// for tests and synthetic models and panics on an invalid shape.
func RandomTernary(r *rand.Rand, rows, cols, scaleBlock int) *Ternary {
	n, err := elements(rows, cols)
	if err != nil || scaleBlock < 0 || (scaleBlock > 0 && cols%scaleBlock != 0) {
		panic(fmt.Sprintf("quant: RandomTernary(%d, %d, %d): invalid shape", rows, cols, scaleBlock))
	}
	t := &Ternary{Rows: rows, Cols: cols, Values: make([]int8, n), ScaleBlock: scaleBlock}
	for i := range t.Values {
		t.Values[i] = int8(r.IntN(3)) - 1
	}
	if scaleBlock == 0 {
		t.Scales = []float32{0.005 + 0.095*r.Float32()}
		return t
	}
	t.Scales = make([]float32, n/scaleBlock)
	for i := range t.Scales {
		t.Scales[i] = F16ToF32(F32ToF16(0.005 + 0.095*r.Float32()))
	}
	return t
}

// Ternarize maps weights to ternary values and one scale.
//
// If w is already ternary, every non-zero |w_i| equal to one c, it returns
// the signs, scale c (0 when w is all zero) and alreadyTernary = true: the
// result is exact. Otherwise it applies BitNet b1.58's absmean rule:
// scale = mean|w_i| accumulated in float64, values =
// clamp(round_half_even(w_i/scale), -1, 1) with the division in float64,
// and the returned scale is that mean rounded to float32. NaN weights map to
// 0; infinite ones make the scale infinite and every value 0. (The training
// code clamps the mean at 1e-5; this rule does not, and a zero scale gives
// ±1 for the non-zero weights.)
func Ternarize(w []float32) (values []int8, scale float32, alreadyTernary bool) {
	values = make([]int8, len(w))
	var c float32
	exact := true
	for _, v := range w {
		if v == 0 {
			continue
		}
		a := float32(math.Abs(float64(v)))
		if a != a || (c != 0 && a != c) { // NaN or a second magnitude
			exact = false
			break
		}
		c = a
	}
	if exact {
		for i, v := range w {
			switch {
			case v > 0:
				values[i] = 1
			case v < 0:
				values[i] = -1
			}
		}
		return values, c, true
	}
	var sum float64
	for _, v := range w {
		if v == v {
			sum += math.Abs(float64(v))
		}
	}
	mean := sum / float64(len(w))
	for i, v := range w {
		r := math.RoundToEven(float64(v) / mean)
		switch {
		case r >= 1:
			values[i] = 1
		case r <= -1:
			values[i] = -1
		}
	}
	return values, float32(mean), false
}
