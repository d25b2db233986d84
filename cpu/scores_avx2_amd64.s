#include "textflag.h"

// Load columns off..off+3 of the four key rows at (r0..r3)(AX*1), widen them
// to float64 and transpose: Y4..Y7 = column 0..3, one position per lane.
#define TRANSPOSE4(r0, r1, r2, r3) \
	VCVTPS2PD  (r0)(AX*1), Y4 \
	VCVTPS2PD  (r1)(AX*1), Y5 \
	VCVTPS2PD  (r2)(AX*1), Y6 \
	VCVTPS2PD  (r3)(AX*1), Y7 \
	VUNPCKLPD  Y5, Y4, Y8 \
	VUNPCKHPD  Y5, Y4, Y9 \
	VUNPCKLPD  Y7, Y6, Y10 \
	VUNPCKHPD  Y7, Y6, Y11 \
	VPERM2F128 $0x20, Y10, Y8, Y4 \
	VPERM2F128 $0x20, Y11, Y9, Y5 \
	VPERM2F128 $0x31, Y10, Y8, Y6 \
	VPERM2F128 $0x31, Y11, Y9, Y7

// acc += q[c]*k[c] for the four columns in Y4..Y7, q broadcast in Y12..Y15:
// multiply, then add, column by column (the scalar loop's order).
#define MULADD4(acc) \
	VMULPD Y12, Y4, Y4 \
	VADDPD Y4, acc, acc \
	VMULPD Y13, Y5, Y5 \
	VADDPD Y5, acc, acc \
	VMULPD Y14, Y6, Y6 \
	VADDPD Y6, acc, acc \
	VMULPD Y15, Y7, Y7 \
	VADDPD Y7, acc, acc

// func scoresF64AVX2(q *float64, k *float32, stride, npos, hd int, out *float64)
//
// out[j] = Σ_c q[c]*float64(k[j*stride+c]) for j < npos (a positive multiple
// of 4) and hd a positive multiple of 4, stride in floats. Each lane holds one
// position and sums its products in column order with separate multiplies and
// adds, so out equals scoresGo bit for bit. Sixteen positions run at once
// (four independent add chains); the rest four at a time.
TEXT ·scoresF64AVX2(SB), NOSPLIT, $0-48
	MOVQ q+0(FP), SI
	MOVQ k+8(FP), DX
	MOVQ stride+16(FP), BX
	SHLQ $2, BX
	MOVQ npos+24(FP), CX
	MOVQ hd+32(FP), R9
	SHLQ $2, R9
	MOVQ out+40(FP), DI

sixteen:
	CMPQ   CX, $16
	JLT    four
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	MOVQ   DX, R10
	LEAQ   (R10)(BX*1), R11
	LEAQ   (R11)(BX*1), R12
	LEAQ   (R12)(BX*1), R13
	XORQ   AX, AX
	MOVQ   SI, R8

cols16:
	VBROADCASTSD (R8), Y12
	VBROADCASTSD 8(R8), Y13
	VBROADCASTSD 16(R8), Y14
	VBROADCASTSD 24(R8), Y15
	TRANSPOSE4(R10, R11, R12, R13)
	MULADD4(Y0)
	LEAQ         (R10)(BX*4), R10
	LEAQ         (R11)(BX*4), R11
	LEAQ         (R12)(BX*4), R12
	LEAQ         (R13)(BX*4), R13
	TRANSPOSE4(R10, R11, R12, R13)
	MULADD4(Y1)
	LEAQ         (R10)(BX*4), R10
	LEAQ         (R11)(BX*4), R11
	LEAQ         (R12)(BX*4), R12
	LEAQ         (R13)(BX*4), R13
	TRANSPOSE4(R10, R11, R12, R13)
	MULADD4(Y2)
	LEAQ         (R10)(BX*4), R10
	LEAQ         (R11)(BX*4), R11
	LEAQ         (R12)(BX*4), R12
	LEAQ         (R13)(BX*4), R13
	TRANSPOSE4(R10, R11, R12, R13)
	MULADD4(Y3)
	// Back to the first four rows, next four columns.
	MOVQ         BX, R14
	IMULQ        $12, R14
	SUBQ         R14, R10
	SUBQ         R14, R11
	SUBQ         R14, R12
	SUBQ         R14, R13
	ADDQ         $16, AX
	ADDQ         $32, R8
	CMPQ         AX, R9
	JLT          cols16

	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	ADDQ    $128, DI
	MOVQ    BX, R14
	SHLQ    $4, R14
	ADDQ    R14, DX
	SUBQ    $16, CX
	JMP     sixteen

four:
	TESTQ  CX, CX
	JZ     done
	VXORPD Y0, Y0, Y0
	MOVQ   DX, R10
	LEAQ   (R10)(BX*1), R11
	LEAQ   (R11)(BX*1), R12
	LEAQ   (R12)(BX*1), R13
	XORQ   AX, AX
	MOVQ   SI, R8

cols4:
	VBROADCASTSD (R8), Y12
	VBROADCASTSD 8(R8), Y13
	VBROADCASTSD 16(R8), Y14
	VBROADCASTSD 24(R8), Y15
	TRANSPOSE4(R10, R11, R12, R13)
	MULADD4(Y0)
	ADDQ         $16, AX
	ADDQ         $32, R8
	CMPQ         AX, R9
	JLT          cols4

	VMOVUPD Y0, (DI)
	ADDQ    $32, DI
	LEAQ    (DX)(BX*4), DX
	SUBQ    $4, CX
	JMP     four

done:
	VZEROUPPER
	RET
