#include "textflag.h"

// func q2SumsAVX2(w *byte, n4, step, off2 int, qp *int8, sums *int32)
//
// For n4 steps of four 32-value blocks of one Q2_0 row: sums[j] = Σ code·q
// over block j (codes 0..3 unsigned, q the block's Q8_0 quants in plane
// order: qp[8p+b] = q[4b+p], see q8Acts.qp). A step's blocks read their 8
// code bytes at w+2, w+10, w+off2, w+off2+8; w advances step bytes (two
// 64-value groups: 36 and 20; one 128-value group: 34 and 18), qp 128 bytes,
// sums 16 bytes. Per block the 8 bytes are shifted right by 0, 2, 4 and 6
// as one quadword each and masked with 3: byte b of plane p is then the
// code of element 4b+p. VPMADDUBSW (|pair| <= 2·3·128) and VPMADDWD by 1
// give 8 int32 partial sums; two rounds of VPHADDD and one 128-bit add
// reduce the four blocks' vectors to their four sums. Integer sums: the
// result equals q2SumsGo exactly.
TEXT ·q2SumsAVX2(SB), NOSPLIT, $0-48
	MOVQ w+0(FP), SI
	MOVQ n4+8(FP), CX
	MOVQ step+16(FP), BX
	MOVQ off2+24(FP), DX
	MOVQ qp+32(FP), DI
	MOVQ sums+40(FP), R8
	TESTQ CX, CX
	JZ   done
	MOVL $0x03030303, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15
	MOVL $0x00010001, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14

loop:
	// block 0
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

	// block 1
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

	// block 2
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

	// block 3
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

	// Y0 = [b0 pairs, b1 pairs | ...], Y5 = [b2, b3 | ...], then one more
	// round: per 128-bit lane [b0, b1, b2, b3] partial sums.
	VPHADDD      Y4, Y0, Y0
	VPHADDD      Y6, Y5, Y5
	VPHADDD      Y5, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VMOVDQU      X0, (R8)

	ADDQ BX, SI
	ADDQ $128, DI
	ADDQ $16, R8
	DECQ CX
	JNZ  loop

done:
	VZEROUPPER
	RET
