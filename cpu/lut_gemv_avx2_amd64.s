#include "textflag.h"

// Look up 32 indices (16 rows x 2 pairs) in the int16 tables split into low
// bytes at lo(DX) and high bytes at hi(DX), rebuild the words and add them to
// the int16 accumulators Y6 (rows 0..7) and Y7 (rows 8..15).
#define LOOKUP(idx, lo, hi) \
	VMOVDQU    lo(DX), Y2 \
	VMOVDQU    hi(DX), Y3 \
	VPSHUFB    idx, Y2, Y2 \
	VPSHUFB    idx, Y3, Y3 \
	VPUNPCKLBW Y3, Y2, Y4 \
	VPUNPCKHBW Y3, Y2, Y5 \
	VPADDW     Y4, Y6, Y6 \
	VPADDW     Y5, Y7, Y7

// Widen int16 accumulator src (two 128-bit halves for the same 8 rows) to
// int32 and add both halves to dst.
#define WIDEN(src, xsrc, dst) \
	VEXTRACTI128 $1, src, X4 \
	VPMOVSXWD    xsrc, Y5 \
	VPMOVSXWD    X4, Y4 \
	VPADDD       Y4, Y5, Y5 \
	VPADDD       Y5, dst, dst

// func lutGemvAVX2(w *byte, nquads, ngroups int, tbl *byte, acc *int32)
//
// Lookup-table ternary GEMV over weights repacked by packLUT: for each group
// of 16 rows and each quad of 4 weight pairs, 32 bytes hold 4-bit pair
// indices (3*c0+c1, codes 0..2); tbl holds, per quad, the int16 sums of the
// activation pairs for the 9 indices as four 32-byte shuffle tables (low
// bytes of pairs 0|1 and 2|3, then high bytes). acc[g*16+r] = Σ w·q (the
// signed ternary dot product). Lookups are at most 256 in magnitude; two per
// quad per lane, so int16 sums are widened every 32 quads.
TEXT ·lutGemvAVX2(SB), NOSPLIT, $0-40
	MOVQ  w+0(FP), SI
	MOVQ  nquads+8(FP), BX
	MOVQ  ngroups+16(FP), CX
	MOVQ  tbl+24(FP), DI
	MOVQ  acc+32(FP), R8
	TESTQ CX, CX
	JZ    done
	TESTQ BX, BX
	JZ    done
	MOVL  $0x0f0f0f0f, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15

group:
	VPXOR Y8, Y8, Y8
	VPXOR Y9, Y9, Y9
	MOVQ  DI, DX
	MOVQ  BX, R9

chunk:
	MOVQ  R9, R10
	CMPQ  R10, $32
	JLE   sized
	MOVQ  $32, R10

sized:
	SUBQ  R10, R9
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7

quad:
	PREFETCHT0 2048(SI)
	VMOVDQU (SI), Y0
	VPSRLW  $4, Y0, Y1
	VPAND   Y15, Y0, Y0
	VPAND   Y15, Y1, Y1
	LOOKUP(Y0, 0, 64)
	LOOKUP(Y1, 32, 96)
	ADDQ    $32, SI
	ADDQ    $128, DX
	DECQ    R10
	JNZ     quad

	WIDEN(Y6, X6, Y8)
	WIDEN(Y7, X7, Y9)
	TESTQ R9, R9
	JNZ   chunk

	VMOVDQU Y8, (R8)
	VMOVDQU Y9, 32(R8)
	ADDQ    $64, R8
	DECQ    CX
	JNZ     group

done:
	VZEROUPPER
	RET
