#include "textflag.h"

// Multiply-add of one activation row (its 128-byte block at off(DX)) with the
// four unpacked code planes Y11 (elements 0..31), Y10, Y9, Y8 (96..127),
// into the int16 accumulator acc.
#define MADD8(off, acc) \
	VPMADDUBSW off(DX), Y11, Y12 \
	VPADDW     Y12, acc, acc \
	VPMADDUBSW off+32(DX), Y10, Y12 \
	VPADDW     Y12, acc, acc \
	VPMADDUBSW off+64(DX), Y9, Y12 \
	VPADDW     Y12, acc, acc \
	VPMADDUBSW off+96(DX), Y8, Y12 \
	VPADDW     Y12, acc, acc

// Widen an int16 accumulator to int32 and add it to the int32 partial sums at off(SP).
#define WIDEN(off, acc) \
	VPMADDWD Y14, acc, acc \
	VPADDD   off(SP), acc, acc \
	VMOVDQU  acc, off(SP)

// Add the 8 int32 lanes of Y1 (rows t = 0..7 of one weight row) to the
// accumulators at base, base+ld, ..., base+7*ld (ld in bytes).
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

// func i2sGemm8AVX2(w *byte, rowBytes, nrows, nblk int, qi *int8, acc *int32, ldt int)
//
// acc[t*ldt+r] += Σ code·q for nrows weight rows (rowBytes apart, nblk 32-byte
// blocks each from w) and 8 activation rows stored block-interleaved in qi
// ([block][8 rows][128]). Each block of codes is unpacked once and used for
// the 8 rows. An int16 accumulator takes four pair sums (|.| <= 512) per
// block, so it is widened after at most 16 blocks (64 sums, >= -32768).
// Each block prefetches the same block three rows further on: the engine
// runs K-slices of long rows (rows rowBytes apart), whose short strided runs
// the hardware prefetcher does not follow (BenchmarkTernaryBatch, 2560x6912).
TEXT ·i2sGemm8AVX2(SB), NOSPLIT, $256-56
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ nrows+16(FP), CX
	MOVQ nblk+24(FP), R11
	MOVQ qi+32(FP), DI
	MOVQ acc+40(FP), R8
	MOVQ ldt+48(FP), R13
	SHLQ $2, R13
	LEAQ (BX)(BX*2), R14 // 3 rows ahead: the prefetch distance
	TESTQ CX, CX
	JZ   done
	TESTQ R11, R11
	JZ   done
	MOVL $0x03030303, AX
	VMOVD AX, X13
	VPBROADCASTD X13, Y13
	MOVL $0x00010001, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14

row:
	VPXOR   Y15, Y15, Y15
	VMOVDQU Y15, 0(SP)
	VMOVDQU Y15, 32(SP)
	VMOVDQU Y15, 64(SP)
	VMOVDQU Y15, 96(SP)
	VMOVDQU Y15, 128(SP)
	VMOVDQU Y15, 160(SP)
	VMOVDQU Y15, 192(SP)
	VMOVDQU Y15, 224(SP)
	MOVQ    SI, R9
	MOVQ    DI, DX
	MOVQ    R11, R10

chunk:
	MOVQ R10, R12
	CMPQ R12, $16
	JLE  sized
	MOVQ $16, R12

sized:
	SUBQ  R12, R10
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7

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
	MADD8(0, Y0)
	MADD8(128, Y1)
	MADD8(256, Y2)
	MADD8(384, Y3)
	MADD8(512, Y4)
	MADD8(640, Y5)
	MADD8(768, Y6)
	MADD8(896, Y7)
	ADDQ    $32, R9
	ADDQ    $1024, DX
	DECQ    R12
	JNZ     block

	WIDEN(0, Y0)
	WIDEN(32, Y1)
	WIDEN(64, Y2)
	WIDEN(96, Y3)
	WIDEN(128, Y4)
	WIDEN(160, Y5)
	WIDEN(192, Y6)
	WIDEN(224, Y7)
	TESTQ R10, R10
	JNZ   chunk

	// Y0..Y7 hold the int32 lane sums of rows t = 0..7: reduce each to one value.
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
