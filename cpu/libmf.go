package cpu

import "math"

// bitnet.cpp's RoPE takes cos and sin of float32 angles with the C library's
// cosf and sinf (ggml's rope cache). On x86-64 Linux that is glibc's
// implementation (the algorithm of ARM's optimized-routines, glibc 2.28 and
// later), in the variant glibc selects on CPUs with FMA and AVX2: the angle is
// widened to double, reduced modulo pi/2 and a short polynomial evaluated
// with fused multiply-adds, then rounded to float32. Its results are within
// 0.56 ulp, not always the correctly rounded value float32(math.Cos(x)) is,
// and in bitnetcpp mode one ulp in a RoPE factor can flip an F16 rounding of
// Q or K and grow from there (measured: from position 120 on, on a 2560-wide
// model). cosfGlibc and sinfGlibc repeat that computation operation for
// operation; the constants are the algorithm's.

// sincosfTab is the algorithm's polynomial data. The second entry negates the
// cosine polynomial, which gives -cos for the quadrants that need it.
type sincosfTab struct {
	c0, c1, c2, c3, c4 float64 // cosine polynomial
	s1, s2, s3         float64 // sine polynomial
}

var sincosfTabs = [2]sincosfTab{
	{1, -0x1.ffffffd0c621cp-2, 0x1.55553e1068f19p-5, -0x1.6c087e89a359dp-10, 0x1.99343027bf8c3p-16,
		-0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
	{-1, 0x1.ffffffd0c621cp-2, -0x1.55553e1068f19p-5, 0x1.6c087e89a359dp-10, -0x1.99343027bf8c3p-16,
		-0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
}

// sincosfSign is the sign of the sine in quadrants 0..3.
var sincosfSign = [4]float64{1, -1, -1, 1}

const (
	sincosfHpiInv = 0x1.45F306DC9C883p+23 // 2/pi, scaled by 2^24
	sincosfHpi    = 0x1.921FB54442D18p0   // pi/2
	sincosfPi63   = 0x1.921FB54442D18p-62 // 2pi * 2^-64
)

// sincosfInvPio4 is 4/pi to 192 bits, 8 new bits per entry.
var sincosfInvPio4 = [24]uint32{
	0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e,
	0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529,
	0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
	0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0,
	0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599,
	0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
}

// abstop12 is the top 12 bits of x's representation without the sign.
func abstop12(x float32) uint32 { return (math.Float32bits(x) >> 20) & 0x7ff }

// sinfPoly evaluates the sine polynomial (n even) or the cosine polynomial
// (n odd) at x, x2 = x*x, with the FMA contractions of glibc's FMA build.
func sinfPoly(x, x2 float64, p *sincosfTab, n int) float32 {
	if n&1 == 0 {
		x3 := x * x2
		s1 := math.FMA(x2, p.s3, p.s2)
		x7 := x3 * x2
		s := math.FMA(x3, p.s1, x)
		return float32(math.FMA(s1, x7, s))
	}
	x4 := x2 * x2
	c2 := math.FMA(x2, p.c4, p.c3)
	c1 := math.FMA(x2, p.c1, p.c0)
	x6 := x4 * x2
	c := math.FMA(x4, p.c2, c1)
	return float32(math.FMA(c2, x6, c))
}

// reduceFast reduces x (|x| < 120) to [-pi/4, pi/4] with one fused
// multiply-subtract and returns it with the quadrant.
func reduceFast(x float64) (float64, int) {
	r := x * sincosfHpiInv
	n := int((int32(r) + 0x800000) >> 24) // int32(r) truncates, like cvttsd2si
	return math.FMA(-float64(n), sincosfHpi, x), n
}

// reduceLarge reduces the float32 with bits xi (|x| >= 120) with integer
// arithmetic on 4/pi to 192 bits; it returns the remainder and the quadrant.
func reduceLarge(xi uint32) (float64, int) {
	arr := sincosfInvPio4[(xi>>26)&15:]
	shift := (xi >> 23) & 7
	xi = (xi & 0xffffff) | 0x800000
	xi <<= shift
	res0 := uint64(xi * arr[0]) // 32-bit product, as in C
	res1 := uint64(xi) * uint64(arr[4])
	res2 := uint64(xi) * uint64(arr[8])
	res0 = (res2 >> 32) | (res0 << 32)
	res0 += res1
	n := (res0 + 1<<61) >> 62
	res0 -= n << 62
	return float64(int64(res0)) * sincosfPi63, int(n)
}

// sinfGlibc is glibc's sinf (x86-64, FMA variant) for finite x.
func sinfGlibc(y float32) float32 {
	x := float64(y)
	switch a := abstop12(y); {
	case a < abstop12(0x1.921FB6p-1): // |y| < pi/4
		if a < abstop12(0x1p-12) {
			return y
		}
		return sinfPoly(x, x*x, &sincosfTabs[0], 0)
	case a < abstop12(120):
		r, n := reduceFast(x)
		return sinfPoly(r*sincosfSign[n&3], r*r, &sincosfTabs[(n>>1)&1], n)
	case a < abstop12(float32(math.Inf(1))):
		xi := math.Float32bits(y)
		sign := int(xi >> 31)
		r, n := reduceLarge(xi)
		return sinfPoly(r*sincosfSign[(n+sign)&3], r*r, &sincosfTabs[((n+sign)>>1)&1], n)
	}
	return float32(math.NaN())
}

// cosfGlibc is glibc's cosf (x86-64, FMA variant) for finite x.
func cosfGlibc(y float32) float32 {
	x := float64(y)
	switch a := abstop12(y); {
	case a < abstop12(0x1.921FB6p-1):
		if a < abstop12(0x1p-12) {
			return 1
		}
		return sinfPoly(x, x*x, &sincosfTabs[0], 1)
	case a < abstop12(120):
		r, n := reduceFast(x)
		return sinfPoly(r*sincosfSign[n&3], r*r, &sincosfTabs[(n>>1)&1], n^1)
	case a < abstop12(float32(math.Inf(1))):
		xi := math.Float32bits(y)
		sign := int(xi >> 31)
		r, n := reduceLarge(xi)
		return sinfPoly(r*sincosfSign[(n+sign)&3], r*r, &sincosfTabs[((n+sign)>>1)&1], n^1)
	}
	return float32(math.NaN())
}
