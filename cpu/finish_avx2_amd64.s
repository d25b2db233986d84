#include "textflag.h"

// func finishAVX2(acc *int32, n int, asum int32, actScale, wScale, outScale float32, out *float32)
//
// out[i] = ((float32(acc[i]) - float32(asum)) / actScale) * wScale * outScale
// for n values (a positive multiple of 8): each step one IEEE float32
// operation, as the scalar finish does, so the results are identical.
TEXT ·finishAVX2(SB), NOSPLIT, $0-40
	MOVQ         acc+0(FP), SI
	MOVQ         n+8(FP), CX
	MOVL         asum+16(FP), AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	VCVTDQ2PS    Y15, Y15
	VBROADCASTSS actScale+20(FP), Y14
	VBROADCASTSS wScale+24(FP), Y13
	VBROADCASTSS outScale+28(FP), Y12
	MOVQ         out+32(FP), DI

loop:
	VCVTDQ2PS (SI), Y0
	VSUBPS    Y15, Y0, Y0
	VDIVPS    Y14, Y0, Y0
	VMULPS    Y13, Y0, Y0
	VMULPS    Y12, Y0, Y0
	VMOVUPS   Y0, (DI)
	ADDQ      $32, SI
	ADDQ      $32, DI
	SUBQ      $8, CX
	JNZ       loop
	VZEROUPPER
	RET
