#include "textflag.h"

// func i2sGemvVNNI(w *byte, rowBytes, nrows int, q *int8, acc *int32)
//
// The AVX512-VNNI version of i2sGemvAVX2: VPDPBUSD (EVEX-encoded, on YMM
// registers, so it needs AVX512-VNNI and AVX512-VL) multiplies the unsigned
// codes by the signed activations and adds groups of four products straight
// into int32 lanes, so there is no int16 stage to widen.
TEXT ·i2sGemvVNNI(SB), NOSPLIT, $0-40
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nrows+16(FP), CX
	MOVQ  q+24(FP), DI
	MOVQ  acc+32(FP), R8
	TESTQ CX, CX
	JZ    done
	MOVL  $0x03030303, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15

row:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ  DI, DX
	MOVQ  BX, R9

block:
	PREFETCHT0 2048(SI)
	VMOVDQU  (SI), Y4
	VPSRLW   $6, Y4, Y5
	VPSRLW   $4, Y4, Y6
	VPSRLW   $2, Y4, Y7
	VPAND    Y15, Y4, Y4
	VPAND    Y15, Y5, Y5
	VPAND    Y15, Y6, Y6
	VPAND    Y15, Y7, Y7
	VPDPBUSD (DX), Y5, Y0
	VPDPBUSD 32(DX), Y6, Y1
	VPDPBUSD 64(DX), Y7, Y2
	VPDPBUSD 96(DX), Y4, Y3
	ADDQ     $32, SI
	ADDQ     $128, DX
	SUBQ     $32, R9
	JNZ      block

	VPADDD       Y1, Y0, Y0
	VPADDD       Y3, Y2, Y2
	VPADDD       Y2, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0x4e, X0, X1
	VPADDD       X1, X0, X0
	VPSHUFD      $0xb1, X0, X1
	VPADDD       X1, X0, X0
	VMOVD        X0, (R8)
	ADDQ         $4, R8
	DECQ         CX
	JNZ          row

done:
	VZEROUPPER
	RET
