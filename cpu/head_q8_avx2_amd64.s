#include "textflag.h"

// One Q8_0 block at off(SI) times 32 int16 activations at xoff(DI): int32
// lane sums in Y0, scaled by the block's F16 d (broadcast to Y2) into acc.
#define Q8BLOCK(off, xoff, acc) \
	VPMOVSXBW    off+2(SI), Y0 \
	VPMOVSXBW    off+18(SI), Y1 \
	VPMADDWD     xoff(DI), Y0, Y0 \
	VPMADDWD     xoff+32(DI), Y1, Y1 \
	VPADDD       Y1, Y0, Y0 \
	VCVTDQ2PS    Y0, Y0 \
	VPBROADCASTW off(SI), X2 \
	VCVTPH2PS    X2, Y2 \
	VFMADD231PS  Y2, Y0, acc

// func dotQ8AVX2(w *byte, x *int16, nblk int) float64
//
// Σ_b d_b * Σ_j q_bj*x_j over nblk Q8_0 blocks (34 bytes: F16 d, 32 int8)
// and int16 activations (|x| <= 16383: a VPMADDWD pair sum is below 2^23,
// so the int32 block sum is exact). Block sums are scaled in float32 into two
// accumulators that are flushed to float64 every 16 blocks.
TEXT ·dotQ8AVX2(SB), NOSPLIT, $0-32
	MOVQ   w+0(FP), SI
	MOVQ   x+8(FP), DI
	MOVQ   nblk+16(FP), CX
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9

chunk:
	MOVQ   CX, R8
	CMPQ   R8, $16
	JLE    sized
	MOVQ   $16, R8

sized:
	SUBQ   R8, CX
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7

pair:
	PREFETCHT0 2048(SI)
	CMPQ R8, $2
	JLT  single
	Q8BLOCK(0, 0, Y6)
	Q8BLOCK(34, 64, Y7)
	ADDQ $68, SI
	ADDQ $128, DI
	SUBQ $2, R8
	JNZ  pair
	JMP  flush

single:
	Q8BLOCK(0, 0, Y6)
	ADDQ $34, SI
	ADDQ $64, DI

flush:
	VADDPS       Y7, Y6, Y6
	VCVTPS2PD    X6, Y4
	VEXTRACTF128 $1, Y6, X5
	VCVTPS2PD    X5, Y5
	VADDPD       Y4, Y8, Y8
	VADDPD       Y5, Y9, Y9
	TESTQ        CX, CX
	JNZ          chunk

	VADDPD       Y9, Y8, Y8
	VEXTRACTF128 $1, Y8, X9
	VADDPD       X9, X8, X8
	VPERMILPD    $1, X8, X9
	VADDSD       X9, X8, X8
	VMOVSD       X8, ret+24(FP)
	VZEROUPPER
	RET
