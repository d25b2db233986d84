#include "textflag.h"

// func dotF16R4x2AVX512(w *byte, rowB int, x *float32, xstride, n int, out *[8]float64, pf *byte)
//
// dotF16AVX2 of four consecutive F16 head rows (w + r*rowB) against two
// activation rows (x, x + xstride bytes), out[r*2+b] = w_r·x_b, each summed
// exactly as dotF16AVX2 sums it, so each result is the same bit for bit:
// a ZMM accumulator holds two of its YMM accumulators side by side (lanes
// 0-7 elements 0-7 of each 32, lanes 8-15 elements 8-15; the second ZMM
// elements 16-31), and the 256-value float64 sums and the final reduction
// add the same halves in the same order. Each widened weight vector serves
// two rows and each x vector four: 2 bytes loaded per multiply-add, where
// the pair kernel (dotF16x2AVX2) loads 5. The two x rows (20 KiB at 2560)
// stay in L1 across a block of head rows; a tile of two head rows by four
// x rows (40 KiB of x) measured about 8% slower (BenchmarkHeadBatch-style
// loop, 2026-12-03). n is a positive multiple of 32. pf + r*rowB are
// prefetched as w is read.
//
// Registers: Z0-Z15 float32 accumulators (pair p = r*2+b in Z(2p), Z(2p+1)),
// Z16-Z23 float64 sums (pair p in Z(16+p)), Z24-Z27 weights, Z28-Z29 x;
// after the inner loop Z24-Z25 serve as scratch.
TEXT ·dotF16R4x2AVX512(SB), NOSPLIT, $0-56
	MOVQ w+0(FP), SI
	MOVQ rowB+8(FP), BX
	MOVQ x+16(FP), DI
	MOVQ xstride+24(FP), R10
	MOVQ n+32(FP), CX
	MOVQ pf+48(FP), R9
	LEAQ (BX)(BX*2), R13

	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23

chunk4:
	MOVQ CX, R8
	CMPQ R8, $256
	JLE  sized4
	MOVQ $256, R8

sized4:
	SUBQ R8, CX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15

loop4:
	PREFETCHT0 (R9)
	PREFETCHT0 (R9)(BX*1)
	PREFETCHT0 (R9)(BX*2)
	PREFETCHT0 (R9)(R13*1)
	VCVTPH2PS (SI), Z24
	VCVTPH2PS (SI)(BX*1), Z25
	VCVTPH2PS (SI)(BX*2), Z26
	VCVTPH2PS (SI)(R13*1), Z27
	VMOVUPS (DI), Z28
	VFMADD231PS Z28, Z24, Z0
	VFMADD231PS Z28, Z25, Z4
	VFMADD231PS Z28, Z26, Z8
	VFMADD231PS Z28, Z27, Z12
	VMOVUPS (DI)(R10*1), Z29
	VFMADD231PS Z29, Z24, Z2
	VFMADD231PS Z29, Z25, Z6
	VFMADD231PS Z29, Z26, Z10
	VFMADD231PS Z29, Z27, Z14
	VCVTPH2PS 32(SI), Z24
	VCVTPH2PS 32(SI)(BX*1), Z25
	VCVTPH2PS 32(SI)(BX*2), Z26
	VCVTPH2PS 32(SI)(R13*1), Z27
	VMOVUPS 64(DI), Z28
	VFMADD231PS Z28, Z24, Z1
	VFMADD231PS Z28, Z25, Z5
	VFMADD231PS Z28, Z26, Z9
	VFMADD231PS Z28, Z27, Z13
	VMOVUPS 64(DI)(R10*1), Z29
	VFMADD231PS Z29, Z24, Z3
	VFMADD231PS Z29, Z25, Z7
	VFMADD231PS Z29, Z26, Z11
	VFMADD231PS Z29, Z27, Z15
	ADDQ $64, SI
	ADDQ $64, R9
	ADDQ $128, DI
	SUBQ $32, R8
	JNZ  loop4

	VEXTRACTF64X4 $1, Z0, Y24
	VADDPS        Y24, Y0, Y24
	VEXTRACTF64X4 $1, Z1, Y25
	VADDPS        Y25, Y1, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z16, Z16
	VEXTRACTF64X4 $1, Z2, Y24
	VADDPS        Y24, Y2, Y24
	VEXTRACTF64X4 $1, Z3, Y25
	VADDPS        Y25, Y3, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z17, Z17
	VEXTRACTF64X4 $1, Z4, Y24
	VADDPS        Y24, Y4, Y24
	VEXTRACTF64X4 $1, Z5, Y25
	VADDPS        Y25, Y5, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z18, Z18
	VEXTRACTF64X4 $1, Z6, Y24
	VADDPS        Y24, Y6, Y24
	VEXTRACTF64X4 $1, Z7, Y25
	VADDPS        Y25, Y7, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z19, Z19
	VEXTRACTF64X4 $1, Z8, Y24
	VADDPS        Y24, Y8, Y24
	VEXTRACTF64X4 $1, Z9, Y25
	VADDPS        Y25, Y9, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z20, Z20
	VEXTRACTF64X4 $1, Z10, Y24
	VADDPS        Y24, Y10, Y24
	VEXTRACTF64X4 $1, Z11, Y25
	VADDPS        Y25, Y11, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z21, Z21
	VEXTRACTF64X4 $1, Z12, Y24
	VADDPS        Y24, Y12, Y24
	VEXTRACTF64X4 $1, Z13, Y25
	VADDPS        Y25, Y13, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z22, Z22
	VEXTRACTF64X4 $1, Z14, Y24
	VADDPS        Y24, Y14, Y24
	VEXTRACTF64X4 $1, Z15, Y25
	VADDPS        Y25, Y15, Y25
	VADDPS        Y25, Y24, Y24
	VCVTPS2PD     Y24, Z24
	VADDPD        Z24, Z23, Z23
	TESTQ CX, CX
	JNZ   chunk4

	MOVQ out+40(FP), AX
	VEXTRACTF64X4 $1, Z16, Y0
	VADDPD        Y0, Y16, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 0(AX)
	VEXTRACTF64X4 $1, Z17, Y0
	VADDPD        Y0, Y17, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 8(AX)
	VEXTRACTF64X4 $1, Z18, Y0
	VADDPD        Y0, Y18, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 16(AX)
	VEXTRACTF64X4 $1, Z19, Y0
	VADDPD        Y0, Y19, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 24(AX)
	VEXTRACTF64X4 $1, Z20, Y0
	VADDPD        Y0, Y20, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 32(AX)
	VEXTRACTF64X4 $1, Z21, Y0
	VADDPD        Y0, Y21, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 40(AX)
	VEXTRACTF64X4 $1, Z22, Y0
	VADDPD        Y0, Y22, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 48(AX)
	VEXTRACTF64X4 $1, Z23, Y0
	VADDPD        Y0, Y23, Y0
	VEXTRACTF128  $1, Y0, X1
	VADDPD        X1, X0, X0
	VPERMILPD     $1, X0, X1
	VADDSD        X1, X0, X0
	VMOVSD        X0, 56(AX)
	VZEROUPPER
	RET
