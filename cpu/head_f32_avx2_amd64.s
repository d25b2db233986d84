#include "textflag.h"

// func dotF32AVX2(w *float32, x *float32, n int) float64
//
// dotF16AVX2 over a head row already widened to float32 (exactly): the same
// four float32 accumulators, the same 256-value chunks and float64 sums, in
// the same order, so the result is the same bit for bit. It lets a batch of
// output rows widen each head row once (a VCVTPH2PS per 8 weights per batch
// row was the head's bottleneck) instead of once per row.
TEXT ·dotF32AVX2(SB), NOSPLIT, $0-32
	MOVQ   w+0(FP), SI
	MOVQ   x+8(FP), DI
	MOVQ   n+16(FP), CX
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9

chunk:
	MOVQ   CX, R8
	CMPQ   R8, $256
	JLE    sized
	MOVQ   $256, R8

sized:
	SUBQ   R8, CX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3

loop:
	VMOVUPS     (SI), Y4
	VMOVUPS     32(SI), Y5
	VMOVUPS     64(SI), Y6
	VMOVUPS     96(SI), Y7
	VFMADD231PS (DI), Y4, Y0
	VFMADD231PS 32(DI), Y5, Y1
	VFMADD231PS 64(DI), Y6, Y2
	VFMADD231PS 96(DI), Y7, Y3
	ADDQ        $128, SI
	ADDQ        $128, DI
	SUBQ        $32, R8
	JNZ         loop

	VADDPS       Y1, Y0, Y0
	VADDPS       Y3, Y2, Y2
	VADDPS       Y2, Y0, Y0
	VCVTPS2PD    X0, Y4
	VEXTRACTF128 $1, Y0, X5
	VCVTPS2PD    X5, Y5
	VADDPD       Y4, Y8, Y8
	VADDPD       Y5, Y9, Y9
	TESTQ        CX, CX
	JNZ          chunk

	VADDPD       Y9, Y8, Y8
	VEXTRACTF128 $1, Y8, X9
	VADDPD       X9, X8, X8
	VPERMILPD    $1, X8, X9
	VADDSD       X9, X8, X8
	VMOVSD       X8, ret+24(FP)
	VZEROUPPER
	RET
