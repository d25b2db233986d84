package quant

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Q6_K (GGUF type 14): super-blocks of 256 values in 210 bytes: ql[128]
// (low 4 bits), qh[64] (high 2 bits), scales[16] (int8, one per 16 values),
// float16 d. Value = d * scale * (q - 32) with q in 0..63.
const (
	qkK       = 256
	q6kBytes  = 210
	q6kQh     = 128
	q6kScales = 192
	q6kD      = 208
)

// groupMaxEps is ggml's GROUP_MAX_EPS: a group whose max is below it is zero.
const groupMaxEps = float32(1e-15)

// Q6KSize returns the encoded size of n Q6_K values (n a multiple of 256).
func Q6KSize(n int) int { return n / qkK * q6kBytes }

// makeQxQuants is ggml's make_qx_quants with rmse_type 1 and no importance
// weights (what quantize_row_q6_K_ref calls): it fills L with levels in
// 0..2*nmax-1 and returns the group scale. Every float32 operation is
// rounded separately (see QuantizeQ6K).
func makeQxQuants(nmax int32, x []float32, L []int8) float32 {
	var maxv, amax float32
	for _, v := range x {
		ax := float32(math.Abs(float64(v)))
		if ax > amax {
			amax, maxv = ax, v
		}
	}
	if amax < groupMaxEps {
		for i := range x {
			L[i] = 0
		}
		return 0
	}
	level := func(iscale, v float32) int32 {
		return max(-nmax, min(nmax-1, nearestInt(float32(iscale*v))))
	}
	sums := func(iscale float32) (sumlx, suml2 float32) {
		for _, v := range x {
			l := float32(level(iscale, v))
			w := float32(v * v)
			sumlx = float32(sumlx + float32(float32(w*v)*l))
			suml2 = float32(suml2 + float32(float32(w*l)*l))
		}
		return sumlx, suml2
	}
	iscale := float32(float32(-nmax) / maxv)
	for i, v := range x {
		L[i] = int8(level(iscale, v) + nmax)
	}
	sumlx, suml2 := sums(iscale)
	var scale float32
	if suml2 != 0 {
		scale = float32(sumlx / suml2)
	}
	best := float32(scale * sumlx)
	for is := int32(-9); is <= 9; is++ {
		if is == 0 {
			continue
		}
		iscale = float32(-float32(float32(nmax)+float32(0.1*float32(is))) / maxv)
		sumlx, suml2 = sums(iscale)
		if suml2 > 0 && float32(sumlx*sumlx) > float32(best*suml2) {
			for i, v := range x {
				L[i] = int8(level(iscale, v) + nmax)
			}
			scale = float32(sumlx / suml2)
			best = float32(scale * sumlx)
		}
	}
	return scale
}

// QuantizeQ6K is upstream llama.cpp's quantize_row_q6_K_ref. len(x) must be
// a multiple of 256.
//
// Bit-exactness: every float32 operation is rounded on its own, which is
// what ggml computes when its C is compiled without FMA contraction (a
// target ISA without FMA, or -ffp-contract=off); checked against that build
// of the fork's ggml-quants.c. A build that contracts a*b+c into FMA (gcc or
// clang with -march=native on an FMA machine, their default contraction)
// can choose a different scale for an occasional 16-value group: on the
// golden test data, 1 of 16 super-blocks differed (17 of 3360 bytes). Both
// are valid Q6_K; dequantization is the same everywhere.
func QuantizeQ6K(x []float32) ([]byte, error) { return AppendQ6K(nil, x) }

// AppendQ6K appends the Q6_K encoding of x (see QuantizeQ6K) to dst and
// returns the extended slice: with enough capacity it writes in place and
// allocates nothing.
func AppendQ6K(dst []byte, x []float32) ([]byte, error) {
	if len(x)%qkK != 0 {
		return dst, fmt.Errorf("Q6_K: %d values not a multiple of %d: %w", len(x), qkK, ErrShape)
	}
	dst, out := extend(dst, Q6KSize(len(x)))
	var L [qkK]int8
	var scales [qkK / 16]float32
	for b := range len(x) / qkK {
		v := x[b*qkK : (b+1)*qkK]
		blk := out[b*q6kBytes : (b+1)*q6kBytes]
		var maxScale, maxAbsScale float32
		for ib := range qkK / 16 {
			s := makeQxQuants(32, v[16*ib:16*ib+16], L[16*ib:16*ib+16])
			scales[ib] = s
			if a := float32(math.Abs(float64(s))); a > maxAbsScale {
				maxAbsScale, maxScale = a, s
			}
		}
		if maxAbsScale < groupMaxEps {
			continue // the block stays all zero, d = +0
		}
		iscale := float32(-128 / maxScale)
		binary.LittleEndian.PutUint16(blk[q6kD:], F32ToF16(float32(1/iscale)))
		sc := blk[q6kScales : q6kScales+16]
		for ib := range qkK / 16 {
			sc[ib] = byte(int8(min(127, nearestInt(float32(iscale*scales[ib])))))
		}
		dh := F16ToF32(binary.LittleEndian.Uint16(blk[q6kD:]))
		for j := range qkK / 16 {
			d := float32(dh * float32(int8(sc[j])))
			if d == 0 {
				continue // keeps make_qx_quants' levels, as ggml does
			}
			for ii := range 16 {
				l := nearestInt(float32(v[16*j+ii] / d))
				L[16*j+ii] = int8(max(-32, min(31, l)) + 32)
			}
		}
		ql, qh := blk[:q6kQh], blk[q6kQh:q6kScales]
		for j := 0; j < qkK; j += 128 {
			for l := range 32 {
				q1 := byte(L[j+l]) & 0xf
				q2 := byte(L[j+l+32]) & 0xf
				q3 := byte(L[j+l+64]) & 0xf
				q4 := byte(L[j+l+96]) & 0xf
				ql[l] = q1 | q3<<4
				ql[l+32] = q2 | q4<<4
				qh[l] = byte(L[j+l])>>4 | byte(L[j+l+32])>>4<<2 | byte(L[j+l+64])>>4<<4 | byte(L[j+l+96])>>4<<6
			}
			ql, qh = ql[64:], qh[32:]
		}
	}
	return dst, nil
}

// DequantizeQ6K is upstream's dequantize_row_q6_K: out = d*scale*(q-32),
// multiplied left to right in float32. len(out) must be a multiple of 256
// and len(data) Q6KSize(len(out)).
func DequantizeQ6K(data []byte, out []float32) error {
	if len(out)%qkK != 0 || len(data) != Q6KSize(len(out)) {
		return fmt.Errorf("Q6_K: %d bytes for %d values: %w", len(data), len(out), ErrSize)
	}
	for b := range len(out) / qkK {
		blk := data[b*q6kBytes : (b+1)*q6kBytes]
		y := out[b*qkK : (b+1)*qkK]
		d := F16ToF32(binary.LittleEndian.Uint16(blk[q6kD:]))
		ql, qh, sc := blk[:q6kQh], blk[q6kQh:q6kScales], blk[q6kScales:q6kD]
		for n := 0; n < qkK; n += 128 {
			for l := range 32 {
				is := l / 16
				q1 := int8(ql[l]&0xf|(qh[l]>>0&3)<<4) - 32
				q2 := int8(ql[l+32]&0xf|(qh[l]>>2&3)<<4) - 32
				q3 := int8(ql[l]>>4|(qh[l]>>4&3)<<4) - 32
				q4 := int8(ql[l+32]>>4|(qh[l]>>6&3)<<4) - 32
				y[n+l] = float32(d*float32(int8(sc[is]))) * float32(q1)
				y[n+l+32] = float32(d*float32(int8(sc[is+2]))) * float32(q2)
				y[n+l+64] = float32(d*float32(int8(sc[is+4]))) * float32(q3)
				y[n+l+96] = float32(d*float32(int8(sc[is+6]))) * float32(q4)
			}
			ql, qh, sc = ql[64:], qh[32:], sc[8:]
		}
	}
	return nil
}
