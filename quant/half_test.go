package quant

import (
	"hash/fnv"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestF16ToF32Known(t *testing.T) {
	tests := []struct {
		h    uint16
		want float32
	}{
		{0x0000, 0},
		{0x3c00, 1},
		{0xc000, -2},
		{0x7bff, 65504},
		{0x0400, 6.103515625e-05},        // smallest normal
		{0x0001, 5.960464477539063e-08},  // smallest subnormal 2^-24
		{0x03ff, 6.0975551605224609e-05}, // largest subnormal
		{0x3555, 0.333251953125},
		{0x7c00, float32(math.Inf(1))},
		{0xfc00, float32(math.Inf(-1))},
	}
	for _, tc := range tests {
		assert.Equal(t, math.Float32bits(tc.want), math.Float32bits(F16ToF32(tc.h)), "%#04x", tc.h)
		assert.Equal(t, tc.h, F32ToF16(tc.want), "%g", tc.want)
	}
	assert.Equal(t, uint32(0x80000000), math.Float32bits(F16ToF32(0x8000)))
}

// TestF16RoundTripExhaustive checks every half: F16 -> F32 -> F16 is the
// identity except that signalling NaNs come back quiet.
func TestF16RoundTripExhaustive(t *testing.T) {
	for i := range 1 << 16 {
		h := uint16(i)
		f := F16ToF32(h)
		back := F32ToF16(f)
		if h&0x7c00 == 0x7c00 && h&0x3ff != 0 {
			require.True(t, f != f, "%#04x must decode to NaN", h)
			require.Equal(t, h|0x200, back, "NaN %#04x comes back quiet with its payload", h)
			continue
		}
		require.Equal(t, h, back, "%#04x -> %g", h, f)
	}
}

// TestF16ToF32Golden compares all 65536 conversions with x86's VCVTPH2PS
// (hash of the outputs of _cvtsh_ss, computed once with gcc -mf16c).
func TestF16ToF32Golden(t *testing.T) {
	out := make([]float32, 1<<16)
	for i := range out {
		out[i] = F16ToF32(uint16(i))
	}
	assert.Equal(t, uint64(0x5d79f1b086f30345), fnvFloats(out))
}

// halfValue returns the exact value of a non-negative finite half code,
// treating 0x7c00 as 65536 (the next value after 65504 for rounding).
func halfValue(code uint16) *big.Float {
	if code == 0x7c00 {
		return new(big.Float).SetPrec(200).SetInt64(65536)
	}
	return new(big.Float).SetPrec(200).SetFloat64(float64(F16ToF32(code)))
}

// refF32ToF16 rounds with exact arithmetic: nearest half, ties to the even
// code, overflow to infinity.
func refF32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	if f != f {
		return sign | 0x7e00 | uint16(b&0x7fffff>>13)
	}
	a := math.Abs(float64(f))
	if math.IsInf(a, 0) {
		return sign | 0x7c00
	}
	x := new(big.Float).SetPrec(200).SetFloat64(a)
	// Largest code in 0..0x7bff whose value is <= a.
	lo := uint16(sort.Search(0x7c00, func(c int) bool { return halfValue(uint16(c)).Cmp(x) > 0 }) - 1)
	hi := lo + 1
	dlo := new(big.Float).SetPrec(200).Sub(x, halfValue(lo))
	dhi := new(big.Float).SetPrec(200).Sub(halfValue(hi), x)
	switch c := dlo.Cmp(dhi); {
	case c < 0:
		return sign | lo
	case c > 0:
		return sign | hi
	case lo&1 == 0:
		return sign | lo
	}
	return sign | hi
}

func TestF32ToF16AgainstExactRounding(t *testing.T) {
	var inputs []float32
	// Every midpoint between consecutive halves (exact ties) and its float32
	// neighbours, both signs, plus every half itself.
	for c := uint16(0); c < 0x7c00; c++ {
		v := F16ToF32(c)
		var next float64 = 65536
		if c+1 < 0x7c00 {
			next = float64(F16ToF32(c + 1))
		}
		mid := float32((float64(v) + next) / 2)
		for _, x := range []float32{v, mid, math.Nextafter32(mid, 0), math.Nextafter32(mid, float32(math.Inf(1)))} {
			inputs = append(inputs, x, -x)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		inputs = append(inputs, math.Float32frombits(r.Uint32()))
	}
	for _, e := range []float32{65504, 65519.996, 65520, 65536, 1e10, 2.9802322e-08, 2.9802326e-08, 1e-8, 1e-45, 5.9604645e-08} {
		inputs = append(inputs, e, -e)
	}
	for _, x := range inputs {
		want := refF32ToF16(x)
		got := F32ToF16(x)
		if want != got {
			require.Failf(t, "F32ToF16", "%g (%#08x): want %#04x, got %#04x", x, math.Float32bits(x), want, got)
		}
	}
}

// TestF32ToF16Exhaustive compares all 2^32 conversions with x86's
// VCVTPS2PH imm 0 (FNV-1a hash of the little-endian outputs of
// _cvtss_sh(x, 0), computed once with gcc -mf16c on this project's Zen3).
func TestF32ToF16Exhaustive(t *testing.T) {
	skipUnlessExhaustive(t)
	h := fnv.New64a()
	buf := make([]byte, 0, 1<<16)
	for i := uint64(0); i < 1<<32; i++ {
		r := F32ToF16(math.Float32frombits(uint32(i)))
		buf = append(buf, byte(r), byte(r>>8))
		if len(buf) == cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	assert.Equal(t, uint64(0xe063384da55e2325), h.Sum64())
}

// skipUnlessExhaustive skips the 2^32-input tests (about a minute each on a
// busy 2-core machine) unless QUANT_EXHAUSTIVE=1.
func skipUnlessExhaustive(t *testing.T) {
	if os.Getenv("QUANT_EXHAUSTIVE") != "1" {
		t.Skip("SKIP: 2^32 conversions take about a minute; set QUANT_EXHAUSTIVE=1 to run")
	}
}

func TestBF16(t *testing.T) {
	tests := []struct {
		f    float32
		want uint16
	}{
		{1, 0x3f80},
		{-2, 0xc000},
		{math.Float32frombits(0x3f808000), 0x3f80}, // tie, even stays
		{math.Float32frombits(0x3f818000), 0x3f82}, // tie, odd rounds up
		{math.Float32frombits(0x3f808001), 0x3f81},
		{math.Float32frombits(0x7f7fffff), 0x7f80}, // max float32 rounds to Inf
		{math.Float32frombits(0x00000001), 0x0000}, // subnormal rounds to zero
		{math.Float32frombits(0x00018000), 0x0002},
		{float32(math.Inf(-1)), 0xff80},
		{math.Float32frombits(0x7f800001), 0x7fc0}, // signalling NaN made quiet
		{math.Float32frombits(0xffc12345), 0xffc1},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, F32ToBF16(tc.f), "%#08x", math.Float32bits(tc.f))
	}
	for i := range 1 << 16 {
		h := uint16(i)
		f := BF16ToF32(h)
		require.Equal(t, uint32(h)<<16, math.Float32bits(f))
		if h&0x7f80 == 0x7f80 && h&0x7f != 0 {
			require.Equal(t, h|0x40, F32ToBF16(f))
			continue
		}
		require.Equal(t, h, F32ToBF16(f), "%#04x", h)
	}
}

// refF32ToBF16 rounds with exact arithmetic (ties to even, overflow to Inf).
func refF32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if f != f {
		return uint16(b>>16) | 0x40
	}
	lo := uint16(b >> 16) // truncation: same sign, magnitude <= |f|
	if b&0xffff == 0 {
		return lo
	}
	hi := lo + 1
	x := new(big.Float).SetPrec(200).SetFloat64(math.Abs(float64(f)))
	vlo := new(big.Float).SetPrec(200).SetFloat64(math.Abs(float64(BF16ToF32(lo))))
	var vhi *big.Float
	if hi&0x7fff == 0x7f80 {
		vhi = new(big.Float).SetPrec(200).SetMantExp(big.NewFloat(1), 128)
	} else {
		vhi = new(big.Float).SetPrec(200).SetFloat64(math.Abs(float64(BF16ToF32(hi))))
	}
	dlo := new(big.Float).Sub(x, vlo)
	dhi := new(big.Float).Sub(vhi, x)
	switch c := dlo.Cmp(dhi); {
	case c < 0:
		return lo
	case c > 0:
		return hi
	case lo&1 == 0:
		return lo
	}
	return hi
}

func TestF32ToBF16AgainstExactRounding(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300000 {
		x := math.Float32frombits(r.Uint32())
		if r.IntN(4) == 0 {
			x = math.Float32frombits(math.Float32bits(x)&0xffff0000 | 0x8000) // exact tie
		}
		require.Equal(t, refF32ToBF16(x), F32ToBF16(x), "%#08x", math.Float32bits(x))
	}
}

// TestF32ToBF16Exhaustive compares all 2^32 conversions with ggml's
// ggml_compute_fp32_to_bf16 (hash computed once from the C function).
func TestF32ToBF16Exhaustive(t *testing.T) {
	skipUnlessExhaustive(t)
	h := fnv.New64a()
	buf := make([]byte, 0, 1<<16)
	for i := uint64(0); i < 1<<32; i++ {
		r := F32ToBF16(math.Float32frombits(uint32(i)))
		buf = append(buf, byte(r), byte(r>>8))
		if len(buf) == cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	assert.Equal(t, uint64(0xef0e78940a5e2325), h.Sum64())
}

func TestEncodeDecodeHalf(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 2, 7, 64, 1001} {
		x := make([]float32, n)
		for i := range x {
			x[i] = F16ToF32(uint16(r.IntN(0x7c00))) // finite halves: exact round trip
			if r.IntN(2) == 0 {
				x[i] = -x[i]
			}
		}
		b := EncodeF16(x)
		require.Len(t, b, 2*n)
		got := make([]float32, n)
		require.NoError(t, DecodeF16(b, got))
		requireSameBits(t, x, got)

		for i := range x {
			x[i] = BF16ToF32(uint16(r.Uint32()) &^ 0x7f80) // finite bfloat16s
		}
		b = EncodeBF16(x)
		require.Len(t, b, 2*n)
		require.NoError(t, DecodeBF16(b, got))
		requireSameBits(t, x, got)
	}
	require.ErrorIs(t, DecodeF16(make([]byte, 3), make([]float32, 1)), ErrSize)
	require.ErrorIs(t, DecodeBF16(make([]byte, 2), make([]float32, 2)), ErrSize)
}
