#include "textflag.h"
#include "gemm_reduce_amd64.h"

// Eight VPDPBUSD: one activation row's 128-byte block at off(DX) against the
// code planes of two weight rows (A: Y11, Y10, Y9, Y8; B: Y27, Y26, Y25,
// Y24, elements 0..31 first), into int32 accA and accB. Each 32-byte load
// of activations serves both rows.
#define DP8X2(off, accA, accB) \
	VMOVDQU32 off(DX), Y12 \
	VPDPBUSD  Y12, Y11, accA \
	VPDPBUSD  Y12, Y27, accB \
	VMOVDQU32 off+32(DX), Y28 \
	VPDPBUSD  Y28, Y10, accA \
	VPDPBUSD  Y28, Y26, accB \
	VMOVDQU32 off+64(DX), Y29 \
	VPDPBUSD  Y29, Y9, accA \
	VPDPBUSD  Y29, Y25, accB \
	VMOVDQU32 off+96(DX), Y30 \
	VPDPBUSD  Y30, Y8, accA \
	VPDPBUSD  Y30, Y24, accB

// func i2sGemm8x2VNNI(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8VNNI (same layouts and results) for 2*npairs weight rows, two at a
// time: per block, 32 activation loads feed 64 VPDPBUSD instead of 32, so
// the loads no longer hold VPDPBUSD below its issue rate
// (BenchmarkVNNIPeak). Integer sums: the order cannot change a result.
// Prefetch: the same block four rows (two pairs) further on, for each row.
TEXT ·i2sGemm8x2VNNI(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  npairs+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	MOVQ  BX, R14
	SHLQ  $2, R14 // 4 rows ahead: the prefetch distance

	TESTQ CX, CX
	JZ    done
	TESTQ R11, R11
	JZ    done
	MOVL  $0x03030303, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13

pair:
	VPXOR  Y0, Y0, Y0
	VPXOR  Y1, Y1, Y1
	VPXOR  Y2, Y2, Y2
	VPXOR  Y3, Y3, Y3
	VPXOR  Y4, Y4, Y4
	VPXOR  Y5, Y5, Y5
	VPXOR  Y6, Y6, Y6
	VPXOR  Y7, Y7, Y7
	VPXORD Y16, Y16, Y16
	VPXORD Y17, Y17, Y17
	VPXORD Y18, Y18, Y18
	VPXORD Y19, Y19, Y19
	VPXORD Y20, Y20, Y20
	VPXORD Y21, Y21, Y21
	VPXORD Y22, Y22, Y22
	VPXORD Y23, Y23, Y23
	MOVQ   SI, R9
	LEAQ   (SI)(BX*1), R12
	MOVQ   DI, DX
	MOVQ   R11, R10

block:
	PREFETCHT0 (R9)(R14*1)
	PREFETCHT0 (R12)(R14*1)
	VMOVDQU    (R9), Y8
	VMOVDQU32  (R12), Y24
	VPSRLW     $2, Y8, Y9
	VPSRLW     $4, Y8, Y10
	VPSRLW     $6, Y8, Y11
	VPSRLW     $2, Y24, Y25
	VPSRLW     $4, Y24, Y26
	VPSRLW     $6, Y24, Y27
	VPAND      Y13, Y8, Y8
	VPAND      Y13, Y9, Y9
	VPAND      Y13, Y10, Y10
	VPAND      Y13, Y11, Y11
	VPANDD     Y13, Y24, Y24
	VPANDD     Y13, Y25, Y25
	VPANDD     Y13, Y26, Y26
	VPANDD     Y13, Y27, Y27
	DP8X2(0, Y0, Y16)
	DP8X2(128, Y1, Y17)
	DP8X2(256, Y2, Y18)
	DP8X2(384, Y3, Y19)
	DP8X2(512, Y4, Y20)
	DP8X2(640, Y5, Y21)
	DP8X2(768, Y6, Y22)
	DP8X2(896, Y7, Y23)
	ADDQ       $32, R9
	ADDQ       $32, R12
	ADDQ       $1024, DX
	DECQ       R10
	JNZ        block

	REDUCE8
	SCATTER8(R8, R13)
	VMOVDQA32 Y16, Y0
	VMOVDQA32 Y17, Y1
	VMOVDQA32 Y18, Y2
	VMOVDQA32 Y19, Y3
	VMOVDQA32 Y20, Y4
	VMOVDQA32 Y21, Y5
	VMOVDQA32 Y22, Y6
	VMOVDQA32 Y23, Y7
	REDUCE8
	LEAQ      4(R8), R10
	SCATTER8(R10, R13)
	ADDQ      $8, R8
	LEAQ      (SI)(BX*2), SI
	DECQ      CX
	JNZ       pair

done:
	VZEROUPPER
	RET

// func i2sGemm4x2VNNI(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm4VNNI (same layouts and results: the first four activation rows of
// the interleaved blocks, four accumulator rows) for 2*npairs weight rows,
// two at a time, as i2sGemm8x2VNNI does for eight.
TEXT ·i2sGemm4x2VNNI(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  npairs+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	MOVQ  BX, R14
	SHLQ  $2, R14 // 4 rows ahead: the prefetch distance

	TESTQ CX, CX
	JZ    done4
	TESTQ R11, R11
	JZ    done4
	MOVL  $0x03030303, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13

pair4:
	VPXOR  Y0, Y0, Y0
	VPXOR  Y1, Y1, Y1
	VPXOR  Y2, Y2, Y2
	VPXOR  Y3, Y3, Y3
	VPXORD Y16, Y16, Y16
	VPXORD Y17, Y17, Y17
	VPXORD Y18, Y18, Y18
	VPXORD Y19, Y19, Y19
	MOVQ   SI, R9
	LEAQ   (SI)(BX*1), R12
	MOVQ   DI, DX
	MOVQ   R11, R10

block4:
	PREFETCHT0 (R9)(R14*1)
	PREFETCHT0 (R12)(R14*1)
	VMOVDQU    (R9), Y8
	VMOVDQU32  (R12), Y24
	VPSRLW     $2, Y8, Y9
	VPSRLW     $4, Y8, Y10
	VPSRLW     $6, Y8, Y11
	VPSRLW     $2, Y24, Y25
	VPSRLW     $4, Y24, Y26
	VPSRLW     $6, Y24, Y27
	VPAND      Y13, Y8, Y8
	VPAND      Y13, Y9, Y9
	VPAND      Y13, Y10, Y10
	VPAND      Y13, Y11, Y11
	VPANDD     Y13, Y24, Y24
	VPANDD     Y13, Y25, Y25
	VPANDD     Y13, Y26, Y26
	VPANDD     Y13, Y27, Y27
	DP8X2(0, Y0, Y16)
	DP8X2(128, Y1, Y17)
	DP8X2(256, Y2, Y18)
	DP8X2(384, Y3, Y19)
	ADDQ       $32, R9
	ADDQ       $32, R12
	ADDQ       $1024, DX
	DECQ       R10
	JNZ        block4

	REDUCE4
	SCATTER4(R8, R13)
	VMOVDQA32 Y16, Y0
	VMOVDQA32 Y17, Y1
	VMOVDQA32 Y18, Y2
	VMOVDQA32 Y19, Y3
	REDUCE4
	LEAQ      4(R8), R10
	SCATTER4(R10, R13)
	ADDQ      $8, R8
	LEAQ      (SI)(BX*2), SI
	DECQ      CX
	JNZ       pair4

done4:
	VZEROUPPER
	RET
