package quant

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTernaryValidate(t *testing.T) {
	ok := func() *Ternary {
		return &Ternary{Rows: 2, Cols: 4, Values: []int8{1, 0, -1, 1, 0, 0, 1, -1}, Scales: []float32{0.5}}
	}
	tests := []struct {
		name   string
		modify func(*Ternary)
		err    error
	}{
		{"valid", func(*Ternary) {}, nil},
		{"block scales", func(t *Ternary) { t.ScaleBlock, t.Scales = 2, []float32{1, 2, 3, 4} }, nil},
		{"zero rows", func(t *Ternary) { t.Rows = 0 }, ErrShape},
		{"negative cols", func(t *Ternary) { t.Cols = -4 }, ErrShape},
		{"overflow", func(t *Ternary) { t.Rows, t.Cols = math.MaxInt/2, 3 }, ErrShape},
		{"short values", func(t *Ternary) { t.Values = t.Values[:7] }, ErrSize},
		{"value 2", func(t *Ternary) { t.Values[3] = 2 }, ErrNotTernary},
		{"value -2", func(t *Ternary) { t.Values[0] = -2 }, ErrNotTernary},
		{"no scale", func(t *Ternary) { t.Scales = nil }, ErrScale},
		{"two scales", func(t *Ternary) { t.Scales = []float32{1, 2} }, ErrScale},
		{"negative block", func(t *Ternary) { t.ScaleBlock = -1 }, ErrScale},
		{"block not dividing", func(t *Ternary) { t.ScaleBlock, t.Scales = 3, []float32{1, 2} }, ErrScale},
		{"wrong scale count", func(t *Ternary) { t.ScaleBlock, t.Scales = 2, []float32{1, 2} }, ErrScale},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := ok()
			tc.modify(tr)
			err := tr.Validate()
			if tc.err == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.err)
		})
	}
}

func TestTernaryScale(t *testing.T) {
	tr := &Ternary{Rows: 2, Cols: 4, Values: make([]int8, 8), ScaleBlock: 2, Scales: []float32{1, 2, 3, 4}}
	assert.Equal(t, float32(1), tr.Scale(0, 1))
	assert.Equal(t, float32(2), tr.Scale(0, 2))
	assert.Equal(t, float32(3), tr.Scale(1, 0))
	assert.Equal(t, float32(4), tr.Scale(1, 3))
	assert.Panics(t, func() { tr.Scale(2, 0) })
	assert.Panics(t, func() { tr.Scale(0, -1) })
	tr = &Ternary{Rows: 1, Cols: 4, Values: make([]int8, 4), Scales: []float32{7}}
	assert.Equal(t, float32(7), tr.Scale(0, 3))
}

func TestRandomTernary(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, sb := range []int{0, 256, 128, 32} {
		tr := RandomTernary(r, 5, 512, sb)
		require.NoError(t, tr.Validate())
		var counts [3]int
		for _, v := range tr.Values {
			counts[v+1]++
		}
		for _, c := range counts {
			assert.InDelta(t, 5*512/3, c, 150, "values roughly uniform")
		}
		for _, s := range tr.Scales {
			assert.Greater(t, s, float32(0))
			if sb != 0 {
				assert.Equal(t, s, F16ToF32(F32ToF16(s)), "block scales are F16-representable")
			}
		}
	}
	assert.Panics(t, func() { RandomTernary(r, 2, 100, 256) })
	assert.Panics(t, func() { RandomTernary(r, 0, 256, 0) })
}

func TestTernarize(t *testing.T) {
	// Exactly ternary: signs and the common magnitude.
	v, s, exact := Ternarize([]float32{0.25, 0, -0.25, float32(math.Copysign(0, -1)), 0.25})
	assert.True(t, exact)
	assert.Equal(t, float32(0.25), s)
	assert.Equal(t, []int8{1, 0, -1, 0, 1}, v)

	// All zero.
	v, s, exact = Ternarize([]float32{0, 0})
	assert.True(t, exact)
	assert.Zero(t, s)
	assert.Equal(t, []int8{0, 0}, v)

	// Absmean: mean|w| = (1+2+0.5+0.5+1)/5 = 1; w/1 rounded half to even.
	v, s, exact = Ternarize([]float32{1, -2, 0.5, -0.5, 1})
	assert.False(t, exact)
	assert.Equal(t, float32(1), s)
	assert.Equal(t, []int8{1, -1, 0, 0, 1}, v)

	// mean = (3+1+2)/3... = 2: 3/2 = 1.5 -> 2 -> clamp 1; 1/2 = 0.5 -> 0.
	v, s, exact = Ternarize([]float32{3, 1, -2})
	assert.False(t, exact)
	assert.Equal(t, float32(2), s)
	assert.Equal(t, []int8{1, 0, -1}, v)

	// NaN and Inf never panic.
	v, _, exact = Ternarize([]float32{float32(math.NaN()), 1, -1})
	assert.False(t, exact)
	assert.Equal(t, int8(0), v[0])
	v, s, _ = Ternarize([]float32{float32(math.Inf(1)), 1, -3})
	assert.True(t, math.IsInf(float64(s), 1))
	assert.Equal(t, []int8{0, 0, 0}, v)
	v, _, exact = Ternarize(nil)
	assert.True(t, exact)
	assert.Empty(t, v)
}

func TestTernarizeRoundTripsRandomTernary(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 50 {
		tr := RandomTernary(r, 1+r.IntN(9), 128*(1+r.IntN(4)), 0)
		w := make([]float32, len(tr.Values))
		for i, v := range tr.Values {
			w[i] = float32(v) * tr.Scales[0]
		}
		v, s, exact := Ternarize(w)
		require.True(t, exact)
		require.Equal(t, tr.Scales[0], s)
		require.Equal(t, tr.Values, v)
	}
}

func TestUniformScale(t *testing.T) {
	tests := []struct {
		name   string
		t      Ternary
		want   float32
		wantOK bool
	}{
		{"one tensor scale", Ternary{Rows: 1, Cols: 4, Values: []int8{1, 0, -1, 1}, Scales: []float32{0.5}}, 0.5, true},
		{"equal blocks", Ternary{Rows: 1, Cols: 4, ScaleBlock: 2, Values: []int8{1, 0, -1, 1}, Scales: []float32{2, 2}}, 2, true},
		{"zero block ignored", Ternary{Rows: 1, Cols: 4, ScaleBlock: 2, Values: []int8{0, 0, -1, 1}, Scales: []float32{7, 3}}, 3, true},
		{"different blocks", Ternary{Rows: 1, Cols: 4, ScaleBlock: 2, Values: []int8{1, 0, -1, 1}, Scales: []float32{2, 3}}, 0, false},
		{"all zero", Ternary{Rows: 1, Cols: 4, ScaleBlock: 2, Values: []int8{0, 0, 0, 0}, Scales: []float32{2, 3}}, 0, true},
	}
	for _, tt := range tests {
		s, ok := tt.t.UniformScale()
		if s != tt.want || ok != tt.wantOK {
			t.Errorf("%s: UniformScale() = %v, %v; want %v, %v", tt.name, s, ok, tt.want, tt.wantOK)
		}
	}
}
