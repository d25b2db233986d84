#include "textflag.h"

// func dotF16AVX2(w *byte, x *float32, n int) float64
//
// Σ f16(w[i]) * x[i] over n values (a positive multiple of 32): VCVTPH2PS
// widens eight F16 weights at a time and VFMADD231PS accumulates in four
// float32 accumulators; every 256 values (eight products per lane) they are
// summed and added to two float64 accumulators, so the float32 rounding error
// stays that of short sums.
// Prefetches 2 KiB ahead (the head is streamed from DRAM once per token).
TEXT ·dotF16AVX2(SB), NOSPLIT, $0-32
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
	PREFETCHT0  2048(SI)
	VCVTPH2PS   (SI), Y4
	VCVTPH2PS   16(SI), Y5
	VCVTPH2PS   32(SI), Y6
	VCVTPH2PS   48(SI), Y7
	VFMADD231PS (DI), Y4, Y0
	VFMADD231PS 32(DI), Y5, Y1
	VFMADD231PS 64(DI), Y6, Y2
	VFMADD231PS 96(DI), Y7, Y3
	ADDQ        $64, SI
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
