#include "textflag.h"

// One position's broadcast key value times the four queries' column.
#define QFMA(addr, tmp, acc) \
	VBROADCASTSD addr, tmp \
	VFMADD231PD  tmp, Y8, acc

// func scoresQuadF64AVX2(qt *float64, k *float32, stride, npos, hd int, out *float64, kb *float64)
//
// out[j*4+l] = Σ_c qt[c*4+l]*float64(k[j*stride+c]) in c order, for four
// queries l (qt holds them transposed: column c of all four in one YMM) and
// npos positions j (at least 1); hd is a positive multiple of 4, stride in
// floats. Each lane is one query, so a key value is broadcast
// instead of transposing keys (scoresF64AVX2 spends most of its time on
// that), and one key row serves four queries.
//
// It uses VFMADD231PD where scoresGo multiplies, then adds: every qt value
// must be a float32 value (float64(q) for a float32 q, as headFast's are),
// so the product of two float32 values is exact in float64 and the fused
// multiply-add rounds exactly once where scoresGo rounds once, at the add.
// The results then equal scoresGo's bit for bit (TestScoresQuad).
//
// Eight positions at a time (eight independent FMA chains): their key rows
// are first widened into kb (8*hd float64s), so the inner loop is loads and
// FMAs only. A last block of r < 8 positions widens r rows and runs the
// same loop (the other chains read kb's older rows and are dropped), then
// copies its r results out through kb.
TEXT ·scoresQuadF64AVX2(SB), NOSPLIT, $0-56
	MOVQ qt+0(FP), SI
	MOVQ k+8(FP), DX
	MOVQ stride+16(FP), BX
	SHLQ $2, BX
	MOVQ npos+24(FP), CX
	MOVQ hd+32(FP), R9
	MOVQ out+40(FP), DI
	MOVQ kb+48(FP), R8
	MOVQ R9, R12
	SHLQ $3, R12            // R12 = hd*8: one widened row's bytes
	LEAQ (R12)(R12*2), R13  // R13 = 3 rows

block:
	// Widen the eight key rows at DX into kb (R15 walks a key row's
	// bytes, twice that its widened row's).
	MOVQ DX, R10
	MOVQ R8, R11
	MOVQ R9, R14
	SHLQ $2, R14            // R14 = hd*4: one key row's bytes
	MOVQ $8, AX
	CMPQ CX, AX
	CMOVQLT CX, AX          // AX = min(npos left, 8) rows

widenrow:
	XORQ R15, R15

widen:
	VCVTPS2PD (R10)(R15*1), Y0
	VMOVUPD   Y0, (R11)(R15*2)
	ADDQ      $16, R15
	CMPQ      R15, R14
	JLT       widen
	ADDQ      BX, R10
	ADDQ      R12, R11
	DECQ      AX
	JNZ       widenrow

	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	MOVQ   R8, R10
	LEAQ   (R8)(R12*4), R11
	MOVQ   SI, R14
	MOVQ   R9, R15

column:
	VMOVUPD (R14), Y8
	QFMA((R10), Y9, Y0)
	QFMA((R10)(R12*1), Y10, Y1)
	QFMA((R10)(R12*2), Y11, Y2)
	QFMA((R10)(R13*1), Y12, Y3)
	QFMA((R11), Y13, Y4)
	QFMA((R11)(R12*1), Y14, Y5)
	QFMA((R11)(R12*2), Y15, Y6)
	QFMA((R11)(R13*1), Y9, Y7)
	ADDQ $8, R10
	ADDQ $8, R11
	ADDQ $32, R14
	DECQ R15
	JNZ  column

	CMPQ    CX, $8
	JLT     partial
	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	VMOVUPD Y4, 128(DI)
	VMOVUPD Y5, 160(DI)
	VMOVUPD Y6, 192(DI)
	VMOVUPD Y7, 224(DI)
	ADDQ    $256, DI
	LEAQ    (DX)(BX*8), DX
	SUBQ    $8, CX
	JNZ     block
	JMP     done

partial:
	VMOVUPD Y0, (R8)
	VMOVUPD Y1, 32(R8)
	VMOVUPD Y2, 64(R8)
	VMOVUPD Y3, 96(R8)
	VMOVUPD Y4, 128(R8)
	VMOVUPD Y5, 160(R8)
	VMOVUPD Y6, 192(R8)
	VMOVUPD Y7, 224(R8)

copy:
	VMOVUPD (R8), Y0
	VMOVUPD Y0, (DI)
	ADDQ    $32, R8
	ADDQ    $32, DI
	DECQ    CX
	JNZ     copy

done:

	VZEROUPPER
	RET
