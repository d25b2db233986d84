#include "textflag.h"

// Two output-row pairs of one batch row: the x vectors at off(R13) (elements
// 0-15 and 16-31 of this 32) times both head rows' widened weights (Z24/Z25
// row 0, Z26/Z27 row 1) into accumulators a0, a1 (row 0) and b0, b1 (row 1).
#define FMA4(xaddr0, xaddr1, a0, a1, b0, b1) \
	VMOVUPS     xaddr0, Z28 \
	VFMADD231PS Z28, Z24, a0 \
	VFMADD231PS Z28, Z26, b0 \
	VMOVUPS     xaddr1, Z29 \
	VFMADD231PS Z29, Z25, a1 \
	VFMADD231PS Z29, Z27, b1

// Fold one (head row, batch row)'s two float32 accumulators za, zb into its
// float64 chunk sum at off(DX), exactly as dotF16AVX2 folds its four YMM
// accumulators: ((acc0+acc1) + (acc2+acc3)) widened and added to the sum.
#define FOLD(za, ya, zb, yb, off) \
	VEXTRACTF64X4 $1, za, Y24 \
	VADDPS        Y24, ya, Y24 \
	VEXTRACTF64X4 $1, zb, Y25 \
	VADDPS        Y25, yb, Y25 \
	VADDPS        Y25, Y24, Y24 \
	VCVTPS2PD     Y24, Z24 \
	VADDPD        off(DX), Z24, Z24 \
	VMOVUPD       Z24, off(DX)

// func dotF16R2x4ChunkAVX512(w *byte, rowB, npairs int, x *float32, xstride, n int, sums *float64, pf *byte)
//
// One chunk (n values, a positive multiple of 32 and at most 256: one of
// dotF16AVX2's float64 steps) of the dot products of 2*npairs consecutive F16
// head rows (w + r*rowB) with four activation rows (x + b*xstride bytes),
// added to sums[(r*4+b)*8 : +8], the eight float64 lanes dotF16AVX2 keeps
// for that product. Called chunk after chunk over a row's length, then
// reduced as dotF16AVX2 reduces its lanes (headF16R2x4AVX512), every result
// is the single-row kernel's bit for bit. Each widened weight vector serves
// four activation rows (dotF16R4x2AVX512: two), so the widening, which costs
// more than an FMA on this core (BenchmarkCvtPeak), is done half as often;
// a chunk of four activation rows (4 KiB) stays in L1 where their whole
// rows (40 KiB at 2560) did not.
//
// pf + r*rowB (same offsets as w) is prefetched as w is read: the caller
// passes the next block's rows on its first pass over a chunk.
//
// Registers: Z0-Z15 float32 accumulators, (row r, batch b) in Z(8r+2b) and
// Z(8r+2b+1); Z24-Z27 weights, Z28-Z29 x.
TEXT ·dotF16R2x4ChunkAVX512(SB), NOSPLIT, $0-64
	MOVQ w+0(FP), SI
	MOVQ rowB+8(FP), BX
	MOVQ npairs+16(FP), CX
	MOVQ x+24(FP), DI
	MOVQ xstride+32(FP), R10
	MOVQ n+40(FP), R8
	MOVQ sums+48(FP), DX
	MOVQ pf+56(FP), R14
	LEAQ (R10)(R10*2), R11
	TESTQ CX, CX
	JLE   done

pair:
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
	MOVQ   SI, R12
	MOVQ   DI, R13
	MOVQ   R8, R9
	MOVQ   R14, R15

loop:
	PREFETCHT0 (R15)
	PREFETCHT0 (R15)(BX*1)
	VCVTPH2PS (R12), Z24
	VCVTPH2PS 32(R12), Z25
	VCVTPH2PS (R12)(BX*1), Z26
	VCVTPH2PS 32(R12)(BX*1), Z27
	FMA4((R13), 64(R13), Z0, Z1, Z8, Z9)
	FMA4((R13)(R10*1), 64(R13)(R10*1), Z2, Z3, Z10, Z11)
	FMA4((R13)(R10*2), 64(R13)(R10*2), Z4, Z5, Z12, Z13)
	FMA4((R13)(R11*1), 64(R13)(R11*1), Z6, Z7, Z14, Z15)
	ADDQ $64, R12
	ADDQ $64, R15
	ADDQ $128, R13
	SUBQ $32, R9
	JNZ  loop

	FOLD(Z0, Y0, Z1, Y1, 0)
	FOLD(Z2, Y2, Z3, Y3, 64)
	FOLD(Z4, Y4, Z5, Y5, 128)
	FOLD(Z6, Y6, Z7, Y7, 192)
	FOLD(Z8, Y8, Z9, Y9, 256)
	FOLD(Z10, Y10, Z11, Y11, 320)
	FOLD(Z12, Y12, Z13, Y13, 384)
	FOLD(Z14, Y14, Z15, Y15, 448)
	ADDQ $512, DX
	LEAQ (SI)(BX*2), SI
	LEAQ (R14)(BX*2), R14
	DECQ CX
	JNZ  pair

done:
	VZEROUPPER
	RET
