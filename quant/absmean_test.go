package quant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAbsmean(t *testing.T) {
	// mean|w| = 0.5: s = 2, scale = 0.5; 0.25*2 = 0.5 rounds to even (0),
	// 0.75*2 = 1.5 rounds to 2 and clamps to 1.
	w := []float32{0.25, -0.25, 0.75, -0.75, 0, 1.0, -1.0, 0}
	s, scale := AbsmeanScales(SumAbs(w), len(w))
	assert.Equal(t, float32(2), s)
	assert.Equal(t, float32(0.5), scale)
	v := make([]int8, len(w))
	AbsmeanValues(v, w, s)
	assert.Equal(t, []int8{0, 0, 1, -1, 0, 1, -1, 0}, v)

	// All zero: the mean is clamped at 1e-5, as in training.
	s, scale = AbsmeanScales(0, 4)
	assert.Equal(t, float32(1)/float32(1e-5), s)
	assert.Equal(t, 1/s, scale)

	// The scale is 1/(1/mean) in float32, which is not always the mean:
	// find one such mean to show the two differ and that the rule keeps it.
	found := false
	for b := math.Float32bits(0.012); b < math.Float32bits(0.012)+1<<20 && !found; b++ {
		m := math.Float32frombits(b)
		s, scale := AbsmeanScales(float64(m), 1)
		found = scale != m
		if found {
			assert.Equal(t, 1/s, scale)
		}
	}
	assert.True(t, found, "no mean with 1/(1/m) != m in float32 near 0.012 (mantissas above sqrt 2 can)")
}
