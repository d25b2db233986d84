#include "textflag.h"

// func wsumF64AVX2(w *float64, v *float32, stride, npos, hd int, acc *float64)
//
// acc[c] += w[j]*float64(v[j*stride+c]) for j = 0..npos-1 in order and
// c < hd (a positive multiple of 16), stride in floats: each lane is one
// column with the scalar loop's multiply-then-add sequence, so acc equals
// wsumGo's bit for bit. Columns go 16 at a time (four accumulators).
TEXT ·wsumF64AVX2(SB), NOSPLIT, $0-48
	MOVQ  w+0(FP), SI
	MOVQ  v+8(FP), DX
	MOVQ  stride+16(FP), BX
	SHLQ  $2, BX
	MOVQ  npos+24(FP), CX
	MOVQ  hd+32(FP), R9
	MOVQ  acc+40(FP), DI
	TESTQ CX, CX
	JZ    done

cols:
	VMOVUPD (DI), Y0
	VMOVUPD 32(DI), Y1
	VMOVUPD 64(DI), Y2
	VMOVUPD 96(DI), Y3
	MOVQ    SI, R8
	MOVQ    DX, R10
	MOVQ    CX, R11
	MOVQ    BX, R15
	SHLQ    $4, R15
	ADDQ    DX, R15             // R15 = this column block of the row 16 positions on

pos:
	// Fetch ahead: the rows come from DRAM in a decode step (see
	// scoresQuadF64AVX512).
	PREFETCHT0   (R15)
	ADDQ         BX, R15
	VBROADCASTSD (R8), Y8
	VCVTPS2PD    (R10), Y4
	VCVTPS2PD    16(R10), Y5
	VCVTPS2PD    32(R10), Y6
	VCVTPS2PD    48(R10), Y7
	VMULPD       Y8, Y4, Y4
	VMULPD       Y8, Y5, Y5
	VMULPD       Y8, Y6, Y6
	VMULPD       Y8, Y7, Y7
	VADDPD       Y4, Y0, Y0
	VADDPD       Y5, Y1, Y1
	VADDPD       Y6, Y2, Y2
	VADDPD       Y7, Y3, Y3
	ADDQ         $8, R8
	ADDQ         BX, R10
	DECQ         R11
	JNZ          pos

	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	ADDQ    $128, DI
	ADDQ    $64, DX
	SUBQ    $16, R9
	JNZ     cols

done:
	VZEROUPPER
	RET
