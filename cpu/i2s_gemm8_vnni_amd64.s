#include "textflag.h"
#include "gemm_reduce_amd64.h"

// Four VPDPBUSD of one activation row's 128-byte block at off(DX) with the
// code planes Y11 (elements 0..31), Y10, Y9, Y8 (96..127), into int32 acc.
#define DP8(off, acc) \
	VPDPBUSD off(DX), Y11, acc \
	VPDPBUSD off+32(DX), Y10, acc \
	VPDPBUSD off+64(DX), Y9, acc \
	VPDPBUSD off+96(DX), Y8, acc

// func i2sGemm8VNNI(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)
//
// The AVX512-VNNI version of i2sGemm8AVX2 (same arguments and result):
// VPDPBUSD accumulates in int32 directly.
// Each block prefetches the same block three rows further on: the engine
// runs K-slices of long rows (rows rowBytes apart), whose short strided runs
// the hardware prefetcher does not follow (BenchmarkTernaryBatch, 2560x6912).
TEXT ·i2sGemm8VNNI(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nrows+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	LEAQ  (BX)(BX*2), R14 // 3 rows ahead: the prefetch distance

	TESTQ CX, CX
	JZ    done
	TESTQ R11, R11
	JZ    done
	MOVL  $0x03030303, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13

row:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7
	MOVQ  SI, R9
	MOVQ  DI, DX
	MOVQ  R11, R10

block:
	PREFETCHT0 (R9)(R14*1)
	VMOVDQU (R9), Y8
	VPSRLW  $2, Y8, Y9
	VPSRLW  $4, Y8, Y10
	VPSRLW  $6, Y8, Y11
	VPAND   Y13, Y8, Y8
	VPAND   Y13, Y9, Y9
	VPAND   Y13, Y10, Y10
	VPAND   Y13, Y11, Y11
	DP8(0, Y0)
	DP8(128, Y1)
	DP8(256, Y2)
	DP8(384, Y3)
	DP8(512, Y4)
	DP8(640, Y5)
	DP8(768, Y6)
	DP8(896, Y7)
	ADDQ    $32, R9
	ADDQ    $1024, DX
	DECQ    R10
	JNZ     block

	VPHADDD    Y1, Y0, Y0
	VPHADDD    Y3, Y2, Y2
	VPHADDD    Y5, Y4, Y4
	VPHADDD    Y7, Y6, Y6
	VPHADDD    Y2, Y0, Y0
	VPHADDD    Y6, Y4, Y4
	VPERM2I128 $0x20, Y4, Y0, Y1
	VPERM2I128 $0x31, Y4, Y0, Y2
	VPADDD     Y2, Y1, Y1
	SCATTER8(R8, R13)
	ADDQ       $4, R8
	ADDQ       BX, SI
	DECQ       CX
	JNZ        row

done:
	VZEROUPPER
	RET

// func i2sGemm4VNNI(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8VNNI for the first four activation rows of the interleaved
// blocks (the same layout, 1024 bytes a block) and four accumulator rows:
// a batch of four or fewer rows, or the last four of a larger one, no
// longer pays for eight.
// Each block prefetches the same block three rows further on: the engine
// runs K-slices of long rows (rows rowBytes apart), whose short strided runs
// the hardware prefetcher does not follow (BenchmarkTernaryBatch, 2560x6912).
TEXT ·i2sGemm4VNNI(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nrows+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	LEAQ  (BX)(BX*2), R14 // 3 rows ahead: the prefetch distance

	TESTQ CX, CX
	JZ    done4
	TESTQ R11, R11
	JZ    done4
	MOVL  $0x03030303, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13

row4:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ  SI, R9
	MOVQ  DI, DX
	MOVQ  R11, R10

block4:
	PREFETCHT0 (R9)(R14*1)
	VMOVDQU (R9), Y8
	VPSRLW  $2, Y8, Y9
	VPSRLW  $4, Y8, Y10
	VPSRLW  $6, Y8, Y11
	VPAND   Y13, Y8, Y8
	VPAND   Y13, Y9, Y9
	VPAND   Y13, Y10, Y10
	VPAND   Y13, Y11, Y11
	DP8(0, Y0)
	DP8(128, Y1)
	DP8(256, Y2)
	DP8(384, Y3)
	ADDQ    $32, R9
	ADDQ    $1024, DX
	DECQ    R10
	JNZ     block4

	VPHADDD      Y1, Y0, Y0
	VPHADDD      Y3, Y2, Y2
	VPHADDD      Y2, Y0, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDD       X1, X0, X1
	SCATTER4(R8, R13)
	ADDQ       $4, R8
	ADDQ       BX, SI
	DECQ       CX
	JNZ        row4

done4:
	VZEROUPPER
	RET
