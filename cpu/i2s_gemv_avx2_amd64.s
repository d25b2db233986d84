#include "textflag.h"

// func i2sGemvAVX2(w *byte, rowBytes, nrows int, q *int8, acc *int32)
//
// acc[r] = Σ code·q over nrows rows of I2_S codes (rowBytes apart, rowBytes a
// positive multiple of 32). Per 32-byte block the four 2-bit planes are
// unpacked with shifts and masks and multiplied by the activations with
// VPMADDUBSW (codes 0..2 unsigned, activations signed: |pair sum| <= 512).
// Two int16 accumulators each take two pair sums per block; after at most 16
// blocks (32 sums, |sum| <= 16384) they are widened to int32 with VPMADDWD.
// Software prefetch 2 KiB ahead: decoding streams every weight once from
// DRAM, and the hardware prefetcher alone left single-thread GEMV at ~6 GB/s
// against ~8.5 GB/s with it (BenchmarkTernaryGemv/.../dram, EPYC Zen3).
TEXT ·i2sGemvAVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ rowBytes+8(FP), BX
	MOVQ nrows+16(FP), CX
	MOVQ q+24(FP), DI
	MOVQ acc+32(FP), R8
	TESTQ CX, CX
	JZ   done
	MOVL $0x03030303, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15
	MOVL $0x00010001, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14

row:
	VPXOR Y0, Y0, Y0
	MOVQ  DI, DX
	MOVQ  BX, R9

chunk:
	MOVQ R9, R10
	CMPQ R10, $512
	JLE  sized
	MOVQ $512, R10

sized:
	SUBQ  R10, R9
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2

block:
	PREFETCHT0 2048(SI)
	VMOVDQU    (SI), Y3
	VPSRLW     $6, Y3, Y4
	VPSRLW     $4, Y3, Y5
	VPSRLW     $2, Y3, Y6
	VPAND      Y15, Y3, Y3
	VPAND      Y15, Y4, Y4
	VPAND      Y15, Y5, Y5
	VPAND      Y15, Y6, Y6
	VPMADDUBSW (DX), Y4, Y4
	VPMADDUBSW 32(DX), Y5, Y5
	VPMADDUBSW 64(DX), Y6, Y6
	VPMADDUBSW 96(DX), Y3, Y3
	VPADDW     Y4, Y1, Y1
	VPADDW     Y5, Y2, Y2
	VPADDW     Y6, Y1, Y1
	VPADDW     Y3, Y2, Y2
	ADDQ       $32, SI
	ADDQ       $128, DX
	SUBQ       $32, R10
	JNZ        block

	VPMADDWD Y14, Y1, Y1
	VPMADDWD Y14, Y2, Y2
	VPADDD   Y1, Y0, Y0
	VPADDD   Y2, Y0, Y0
	TESTQ    R9, R9
	JNZ      chunk

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
