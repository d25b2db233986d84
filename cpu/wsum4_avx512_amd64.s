#include "textflag.h"

// acc += v*w, multiply then add (wsumGo's two roundings, no FMA).
#define MA(v, w, t, acc) \
	VMULPD w, v, t \
	VADDPD t, acc, acc

// func wsumQuadF64AVX512(w4 *float64, v *float32, stride, npos, hd int, acc *float64)
//
// wsumF64AVX512 for the four heads of one KV group at once, which share
// their value rows: acc[l*hd+c] += w4[j*4+l]*float64(v[j*stride+c]) for j
// = 0..npos-1 in order, heads l = 0..3 and c < hd (a positive multiple of
// 32). Each value row is widened once for four heads, where the one-head
// loop widens it per head: the widening bounds that loop. Each lane keeps
// wsumGo's multiply-then-add in position order, so each head's sums are
// wsumGo's bit for bit (TestWsumQuad).
//
// Registers: Z0-Z15 the accumulators (head l, columns 8q..8q+7 of the
// block of 32 in Z(4l+q)), Z16-Z19 the widened values, Z20-Z23 the
// heads' weights, Z24-Z31 products.
TEXT ·wsumQuadF64AVX512(SB), NOSPLIT, $0-48
	MOVQ  w4+0(FP), SI
	MOVQ  v+8(FP), DX
	MOVQ  stride+16(FP), BX
	SHLQ  $2, BX
	MOVQ  npos+24(FP), CX
	MOVQ  hd+32(FP), R9
	MOVQ  acc+40(FP), DI
	TESTQ CX, CX
	JZ    done
	MOVQ  R9, R12
	SHLQ  $3, R12              // R12 = one head's accumulator bytes
	LEAQ  (R12)(R12*2), R13    // R13 = three heads'

cols:
	VMOVUPD (DI), Z0
	VMOVUPD 64(DI), Z1
	VMOVUPD 128(DI), Z2
	VMOVUPD 192(DI), Z3
	VMOVUPD (DI)(R12*1), Z4
	VMOVUPD 64(DI)(R12*1), Z5
	VMOVUPD 128(DI)(R12*1), Z6
	VMOVUPD 192(DI)(R12*1), Z7
	VMOVUPD (DI)(R12*2), Z8
	VMOVUPD 64(DI)(R12*2), Z9
	VMOVUPD 128(DI)(R12*2), Z10
	VMOVUPD 192(DI)(R12*2), Z11
	VMOVUPD (DI)(R13*1), Z12
	VMOVUPD 64(DI)(R13*1), Z13
	VMOVUPD 128(DI)(R13*1), Z14
	VMOVUPD 192(DI)(R13*1), Z15
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
	PREFETCHT0   64(R15)
	ADDQ         BX, R15
	VCVTPS2PD    (R10), Z16
	VCVTPS2PD    32(R10), Z17
	VCVTPS2PD    64(R10), Z18
	VCVTPS2PD    96(R10), Z19
	VBROADCASTSD (R8), Z20
	VBROADCASTSD 8(R8), Z21
	VBROADCASTSD 16(R8), Z22
	VBROADCASTSD 24(R8), Z23
	MA(Z16, Z20, Z24, Z0)
	MA(Z17, Z20, Z25, Z1)
	MA(Z18, Z20, Z26, Z2)
	MA(Z19, Z20, Z27, Z3)
	MA(Z16, Z21, Z28, Z4)
	MA(Z17, Z21, Z29, Z5)
	MA(Z18, Z21, Z30, Z6)
	MA(Z19, Z21, Z31, Z7)
	MA(Z16, Z22, Z24, Z8)
	MA(Z17, Z22, Z25, Z9)
	MA(Z18, Z22, Z26, Z10)
	MA(Z19, Z22, Z27, Z11)
	MA(Z16, Z23, Z28, Z12)
	MA(Z17, Z23, Z29, Z13)
	MA(Z18, Z23, Z30, Z14)
	MA(Z19, Z23, Z31, Z15)
	ADDQ         $32, R8
	ADDQ         BX, R10
	DECQ         R11
	JNZ          pos

	VMOVUPD Z0, (DI)
	VMOVUPD Z1, 64(DI)
	VMOVUPD Z2, 128(DI)
	VMOVUPD Z3, 192(DI)
	VMOVUPD Z4, (DI)(R12*1)
	VMOVUPD Z5, 64(DI)(R12*1)
	VMOVUPD Z6, 128(DI)(R12*1)
	VMOVUPD Z7, 192(DI)(R12*1)
	VMOVUPD Z8, (DI)(R12*2)
	VMOVUPD Z9, 64(DI)(R12*2)
	VMOVUPD Z10, 128(DI)(R12*2)
	VMOVUPD Z11, 192(DI)(R12*2)
	VMOVUPD Z12, (DI)(R13*1)
	VMOVUPD Z13, 64(DI)(R13*1)
	VMOVUPD Z14, 128(DI)(R13*1)
	VMOVUPD Z15, 192(DI)(R13*1)
	ADDQ    $256, DI
	ADDQ    $128, DX
	SUBQ    $32, R9
	JNZ     cols

done:
	VZEROUPPER
	RET
