#include "textflag.h"

// func q2DotAVX2(w *byte, n4, step, off2, g128 int, qp *int8, qsum *int32, d *float32) float32
//
// The whole of q2Dot for n4 steps of four 32-value blocks of one Q2_0 row.
// A step's blocks read their 8 code bytes at w+2, w+10, w+off2, w+off2+8;
// w advances step bytes (two 64-value groups: 36 and 20; one 128-value
// group: 34 and 18), qp (the quants in plane order, qp[8p+b] = q[4b+p]: see
// q8Acts.qp) 128 bytes. Per block the 8 code bytes are shifted right by 0,
// 2, 4 and 6 as one quadword each and masked with 3, so that byte b of
// plane p is the code of element 4b+p; VPMADDUBSW (|pair| <= 2·3·128) and
// VPMADDWD by 1 give 8 int32 partial sums, and two rounds of VPHADDD and a
// 128-bit add the four blocks' Σcode·q. Those, minus the blocks' quant sums
// (qsum), times their Q8_0
// scales (d) as float32 (VCVTDQ2PS is exact for these integers, VMULPS
// rounds each product as q2DotRef does); then per group the products summed
// in q2DotRef's order (two groups of two blocks per step, or one group of
// four summed left to right when g128 != 0), times the group's F16 scale
// (VCVTPH2PS), added to the running float32 total group by group.
TEXT ·q2DotAVX2(SB), NOSPLIT, $0-68
	MOVQ w+0(FP), SI
	MOVQ n4+8(FP), CX
	MOVQ step+16(FP), BX
	MOVQ off2+24(FP), DX
	MOVQ g128+32(FP), R11
	MOVQ qp+40(FP), DI
	MOVQ qsum+48(FP), R9
	MOVQ d+56(FP), R10
	VXORPS X7, X7, X7
	TESTQ CX, CX
	JZ   dotdone
	MOVL $0x03030303, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15
	MOVL $0x00010001, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14

dotloop:
	VMOVQ       2(SI), X0
	VPSRLQ      $2, X0, X1
	VPSRLQ      $4, X0, X2
	VPSRLQ      $6, X0, X3
	VPUNPCKLQDQ X1, X0, X0
	VPUNPCKLQDQ X3, X2, X2
	VINSERTI128 $1, X2, Y0, Y0
	VPAND       Y15, Y0, Y0
	VPMADDUBSW  (DI), Y0, Y0
	VPMADDWD    Y14, Y0, Y0

	VMOVQ       10(SI), X4
	VPSRLQ      $2, X4, X1
	VPSRLQ      $4, X4, X2
	VPSRLQ      $6, X4, X3
	VPUNPCKLQDQ X1, X4, X4
	VPUNPCKLQDQ X3, X2, X2
	VINSERTI128 $1, X2, Y4, Y4
	VPAND       Y15, Y4, Y4
	VPMADDUBSW  32(DI), Y4, Y4
	VPMADDWD    Y14, Y4, Y4

	VMOVQ       (SI)(DX*1), X5
	VPSRLQ      $2, X5, X1
	VPSRLQ      $4, X5, X2
	VPSRLQ      $6, X5, X3
	VPUNPCKLQDQ X1, X5, X5
	VPUNPCKLQDQ X3, X2, X2
	VINSERTI128 $1, X2, Y5, Y5
	VPAND       Y15, Y5, Y5
	VPMADDUBSW  64(DI), Y5, Y5
	VPMADDWD    Y14, Y5, Y5

	VMOVQ       8(SI)(DX*1), X6
	VPSRLQ      $2, X6, X1
	VPSRLQ      $4, X6, X2
	VPSRLQ      $6, X6, X3
	VPUNPCKLQDQ X1, X6, X6
	VPUNPCKLQDQ X3, X2, X2
	VINSERTI128 $1, X2, Y6, Y6
	VPAND       Y15, Y6, Y6
	VPMADDUBSW  96(DI), Y6, Y6
	VPMADDWD    Y14, Y6, Y6

	VPHADDD      Y4, Y0, Y0
	VPHADDD      Y6, Y5, Y5
	VPHADDD      Y5, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0

	// f[k] = d[k] * float32(sum[k] - qsum[k])
	VMOVDQU   (R9), X1
	VPSUBD    X1, X0, X0
	VCVTDQ2PS X0, X0
	VMOVUPS   (R10), X1
	VMULPS    X1, X0, X0

	TESTQ R11, R11
	JNZ   group128

	// Two groups of 64: sumi = f0+f1 and f2+f3, scales at w and w+18.
	VHADDPS   X0, X0, X1
	MOVWLZX   (SI), AX
	MOVWLZX   18(SI), R12
	SHLL      $16, R12
	ORL       R12, AX
	VMOVD     AX, X2
	VCVTPH2PS X2, X2
	VMULPS    X1, X2, X3
	VADDSS    X3, X7, X7
	VMOVSHDUP X3, X4
	VADDSS    X4, X7, X7
	JMP       next

group128:
	// One group of 128: sumi = ((f0+f1)+f2)+f3, scale at w.
	VMOVSHDUP X0, X1
	VADDSS    X1, X0, X2
	VMOVHLPS  X0, X0, X1
	VADDSS    X1, X2, X2
	VPSHUFD   $3, X0, X1
	VADDSS    X1, X2, X2
	MOVWLZX   (SI), AX
	VMOVD     AX, X3
	VCVTPH2PS X3, X3
	VMULSS    X2, X3, X3
	VADDSS    X3, X7, X7

next:
	ADDQ BX, SI
	ADDQ $128, DI
	ADDQ $16, R9
	ADDQ $16, R10
	DECQ CX
	JNZ  dotloop

dotdone:
	VMOVSS X7, ret+64(FP)
	VZEROUPPER
	RET
