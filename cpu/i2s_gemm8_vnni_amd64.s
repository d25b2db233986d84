#include "textflag.h"

// Four VPDPBUSD of one activation row's 128-byte block at off(DX) with the
// code planes Y11 (elements 0..31), Y10, Y9, Y8 (96..127), into int32 acc.
#define DP8(off, acc) \
	VPDPBUSD off(DX), Y11, acc \
	VPDPBUSD off+32(DX), Y10, acc \
	VPDPBUSD off+64(DX), Y9, acc \
	VPDPBUSD off+96(DX), Y8, acc

// Add the 8 int32 lanes of Y1 to the accumulators at base, base+ld, ...,
// base+7*ld (ld in bytes).
#define SCATTER8(base, ld) \
	MOVQ         base, R12 \
	VEXTRACTI128 $1, Y1, X2 \
	VMOVD        X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $1, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $2, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $3, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VMOVD        X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $1, X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $2, X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $3, X2, AX \
	ADDL         AX, (R12)

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

// Add the 4 int32 lanes of X1 to the accumulators at base, base+ld,
// base+2*ld, base+3*ld (ld in bytes).
#define SCATTER4(base, ld) \
	MOVQ         base, R12 \
	VMOVD        X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $1, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $2, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $3, X1, AX \
	ADDL         AX, (R12)

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

// Two weight rows' DP8 at once: each 32-byte activation vector at off(DX)
// is loaded once into tmp and feeds row A's plane (pa, accumulator a) and
// row B's plane (pb, accumulator b).
#define DP2(off, tmp, pa, pb, a, b) \
	VMOVDQU64 off(DX), tmp \
	VPDPBUSD tmp, pa, a \
	VPDPBUSD tmp, pb, b

#define DP16(off, a, b) \
	DP2(off, Y12, Y11, Y27, a, b) \
	DP2(off+32, Y14, Y10, Y26, a, b) \
	DP2(off+64, Y15, Y9, Y25, a, b) \
	DP2(off+96, Y28, Y8, Y24, a, b)

// Reduce the 8 accumulators Y0..Y7 (one per activation row) to Y1's 8 lanes,
// as i2sGemm8VNNI does after its block loop.
#define REDUCE8 \
	VPHADDD    Y1, Y0, Y0 \
	VPHADDD    Y3, Y2, Y2 \
	VPHADDD    Y5, Y4, Y4 \
	VPHADDD    Y7, Y6, Y6 \
	VPHADDD    Y2, Y0, Y0 \
	VPHADDD    Y6, Y4, Y4 \
	VPERM2I128 $0x20, Y4, Y0, Y1 \
	VPERM2I128 $0x31, Y4, Y0, Y2 \
	VPADDD     Y2, Y1, Y1

// func i2sGemm8x2VNNI(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8VNNI (same arguments and result) over pairs of weight rows; nrows
// must be even. Each activation vector is loaded once for both rows, and the
// 16 accumulators (Y16-Y23 need EVEX encodings: AVX-512VL) give VPDPBUSD
// twice as many independent chains as the one-row kernel, whose 8 chains of
// 4 dependent instructions per block barely cover its latency times its
// throughput (BenchmarkTernaryBatch). Integer sums: the order does not
// change the result. Each block prefetches the next pair's block.
TEXT ·i2sGemm8x2VNNI(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nrows+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	LEAQ  (BX)(BX*2), R14 // the next pair's second row, from the first
	SHRQ  $1, CX

	TESTQ CX, CX
	JZ    done2
	TESTQ R11, R11
	JZ    done2
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
	MOVQ   DI, DX
	MOVQ   R11, R10

pblock:
	PREFETCHT0 (R9)(BX*2)
	PREFETCHT0 (R9)(R14*1)
	VMOVDQU    (R9), Y8
	VMOVDQU64  (R9)(BX*1), Y24
	VPSRLW     $2, Y8, Y9
	VPSRLW     $4, Y8, Y10
	VPSRLW     $6, Y8, Y11
	VPAND      Y13, Y8, Y8
	VPAND      Y13, Y9, Y9
	VPAND      Y13, Y10, Y10
	VPAND      Y13, Y11, Y11
	VPSRLW     $2, Y24, Y25
	VPSRLW     $4, Y24, Y26
	VPSRLW     $6, Y24, Y27
	VPANDD     Y13, Y24, Y24
	VPANDD     Y13, Y25, Y25
	VPANDD     Y13, Y26, Y26
	VPANDD     Y13, Y27, Y27
	DP16(0, Y0, Y16)
	DP16(128, Y1, Y17)
	DP16(256, Y2, Y18)
	DP16(384, Y3, Y19)
	DP16(512, Y4, Y20)
	DP16(640, Y5, Y21)
	DP16(768, Y6, Y22)
	DP16(896, Y7, Y23)
	ADDQ       $32, R9
	ADDQ       $1024, DX
	DECQ       R10
	JNZ        pblock

	REDUCE8
	SCATTER8(R8, R13)
	VMOVDQU64 Y16, Y0
	VMOVDQU64 Y17, Y1
	VMOVDQU64 Y18, Y2
	VMOVDQU64 Y19, Y3
	VMOVDQU64 Y20, Y4
	VMOVDQU64 Y21, Y5
	VMOVDQU64 Y22, Y6
	VMOVDQU64 Y23, Y7
	REDUCE8
	ADDQ      $4, R8
	SCATTER8(R8, R13)
	ADDQ      $4, R8
	LEAQ      (SI)(BX*2), SI
	DECQ      CX
	JNZ       pair

done2:
	VZEROUPPER
	RET
