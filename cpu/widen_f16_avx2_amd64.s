#include "textflag.h"

// func widenF16AVX2(dst *float32, src *uint16, n int)
//
// dst[i] = float32(src[i]) for i < n (a positive multiple of 8), F16C's
// VCVTPH2PS: exact for every half, NaNs made quiet (as quant.F16ToF32).
TEXT ·widenF16AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

thirtytwo:
	CMPQ      CX, $32
	JLT       eight
	VCVTPH2PS (SI), Y0
	VCVTPH2PS 16(SI), Y1
	VCVTPH2PS 32(SI), Y2
	VCVTPH2PS 48(SI), Y3
	VMOVUPS   Y0, (DI)
	VMOVUPS   Y1, 32(DI)
	VMOVUPS   Y2, 64(DI)
	VMOVUPS   Y3, 96(DI)
	ADDQ      $64, SI
	ADDQ      $128, DI
	SUBQ      $32, CX
	JMP       thirtytwo

eight:
	CMPQ      CX, $8
	JLT       done
	VCVTPH2PS (SI), Y0
	VMOVUPS   Y0, (DI)
	ADDQ      $16, SI
	ADDQ      $32, DI
	SUBQ      $8, CX
	JMP       eight

done:
	VZEROUPPER
	RET
