package quant

import (
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuantizeQ8_0Act: x86's rule (id = 127/amax, ties to even) on values
// where it differs from quantize_row_q8_0_ref (QuantizeQ8_0: 1/d, ties away
// from zero), and agreement with the reference elsewhere within one step.
func TestQuantizeQ8_0Act(t *testing.T) {
	x := make([]float32, 32)
	x[0] = 127 // amax 127: id = 1, so x*id is x itself
	x[1], x[2], x[3], x[4] = 2.5, -2.5, 3.5, 0.5
	qs := make([]int8, 32)
	d := make([]float32, 1)
	require.NoError(t, QuantizeQ8_0Act(x, qs, d))
	assert.Equal(t, float32(1), d[0])
	assert.Equal(t, []int8{127, 2, -2, 4, 0}, qs[:5]) // half to even
	ref, err := QuantizeQ8_0(x)
	require.NoError(t, err)
	assert.Equal(t, []int8{127, 3, -3, 4, 1}, []int8{int8(ref[2]), int8(ref[3]), int8(ref[4]), int8(ref[5]), int8(ref[6])}) // half away

	r := rand.New(rand.NewPCG(3, 4))
	x = make([]float32, 32*40)
	for i := range x {
		x[i] = float32(r.NormFloat64()) * float32(math.Pow(10, float64(i/32%9-4)))
	}
	for b := 0; b < 3; b++ {
		clear(x[b*32 : b*32+32]) // all-zero blocks: d = 0, quants 0
	}
	qs = make([]int8, len(x))
	d = make([]float32, len(x)/32)
	require.NoError(t, QuantizeQ8_0Act(x, qs, d))
	ref, err = QuantizeQ8_0(x)
	require.NoError(t, err)
	diff := 0
	for b := range len(x) / 32 {
		blk := ref[b*34 : b*34+34]
		assert.Equal(t, F16ToF32(binary.LittleEndian.Uint16(blk)), d[b], "block %d scale", b)
		for j := range 32 {
			got, want := int(qs[b*32+j]), int(int8(blk[2+j]))
			assert.LessOrEqual(t, abs(got-want), 1, "block %d element %d", b, j)
			if got != want {
				diff++
			}
			// Dequantized, the quant is within half a step of x, plus what the
			// F16 rounding of d (subnormal for small blocks) moves 127 steps.
			if d[b] != 0 {
				var amax float64
				for _, v := range x[b*32 : b*32+32] {
					amax = max(amax, math.Abs(float64(v)))
				}
				exact := amax / 127
				assert.InDelta(t, x[b*32+j], float32(got)*d[b], 0.51*exact+128*math.Abs(float64(d[b])-exact))
			} else {
				assert.Zero(t, got)
			}
		}
	}
	t.Logf("%d of %d quants differ from quantize_row_q8_0_ref by one step", diff, len(x))

	err = QuantizeQ8_0Act(make([]float32, 33), make([]int8, 33), make([]float32, 2))
	assert.True(t, errors.Is(err, ErrShape), err)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// TestQ2_0Group128: the 128-value layout (34-byte blocks) round-trips
// ternary weights and dequantizes to (code-1)*d per group.
func TestQ2_0Group128(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tern := RandomTernary(r, 3, 256, 128)
	enc, err := EncodeQ2_0Group(tern, Q2Group128)
	require.NoError(t, err)
	require.Len(t, enc, Q2SizeGroup(3*256, Q2Group128))
	assert.Equal(t, 3*2*34, len(enc))
	back, err := DecodeQ2_0Group(enc, 3, 256, Q2Group128)
	require.NoError(t, err)
	assert.Equal(t, tern.Values, back.Values)
	assert.Equal(t, tern.Scales, back.Scales)
	f := make([]float32, 3*256)
	require.NoError(t, DequantizeQ2_0Group(enc, 3, 256, Q2Group128, f))
	for i, v := range tern.Values {
		assert.Equal(t, float32(v)*tern.Scales[i/128], f[i], i)
	}
	// A 64-value scale block does not fit groups of 128, 96 columns neither.
	_, err = EncodeQ2_0Group(RandomTernary(r, 1, 128, 64), Q2Group128)
	assert.True(t, errors.Is(err, ErrScale), err)
	_, err = DecodeQ2_0Group(make([]byte, 34), 1, 64, Q2Group128)
	assert.True(t, errors.Is(err, ErrShape), err)
	_, err = DecodeQ2_0Group(make([]byte, 34), 1, 128, 96)
	assert.True(t, errors.Is(err, ErrShape), err)
}
