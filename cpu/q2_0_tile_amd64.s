#include "textflag.h"

// Tiled Q2_0 kernels: the 16 rows of one tile (packQ2Tiles' layout) against
// one Q8_0 activation row. Per group of the tile: 16 F16 scales (32 bytes),
// then per 32-value block two 64-byte chunks, row r's 4 bytes at 4r, byte i
// holding at bits 2p the code of the block's element 16c+4p+i. Plane p of
// chunk c (shift right by 2p, mask 3) therefore multiplies the four
// activations at q+16c+4p, broadcast to every row's 32-bit lane, and a
// block's 8 plane products give each row's Σcode·q exactly. The float steps
// are q2Dot's, one row per lane: (Σcode·q − Σq) converted exactly, times
// the block's scale d, summed over the group's blocks from 0.0 in block
// order, times the row's F16 group scale, added to the row's total group by
// group. Every step is a separately rounded VMULPS or VADDPS (no FMA), so
// each lane equals q2DotRef bit for bit.

// func q2TileVNNIAsm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, out *[16]float32)
//
// AVX-512 (F, BW, VNNI): one row per lane of a ZMM register; VPDPBUSD with
// the 4 activations broadcast from memory, two accumulators per block.
TEXT ·q2TileVNNIAsm(SB), NOSPLIT, $0-56
	MOVQ w+0(FP), SI
	MOVQ ngroups+8(FP), CX
	MOVQ sub+16(FP), BX
	MOVQ q+24(FP), DI
	MOVQ qsum+32(FP), R9
	MOVQ d+40(FP), R10
	MOVQ out+48(FP), R8
	MOVL $0x03030303, AX
	VPBROADCASTD AX, Z31
	VPXORD Z30, Z30, Z30 // the rows' totals
	TESTQ CX, CX
	JZ   vdone

vgroup:
	VCVTPH2PS (SI), Z29 // the rows' group scales
	ADDQ $32, SI
	VPXORD Z28, Z28, Z28 // the group's sum over its blocks
	MOVQ BX, DX

vblock:
	VMOVDQU32 (SI), Z0
	VMOVDQU32 64(SI), Z1
	VPXORD    Z2, Z2, Z2
	VPXORD    Z3, Z3, Z3

	VPANDD         Z31, Z0, Z4
	VPANDD         Z31, Z1, Z5
	VPDPBUSD.BCST  (DI), Z4, Z2
	VPDPBUSD.BCST  16(DI), Z5, Z3
	VPSRLW         $2, Z0, Z4
	VPSRLW         $2, Z1, Z5
	VPANDD         Z31, Z4, Z4
	VPANDD         Z31, Z5, Z5
	VPDPBUSD.BCST  4(DI), Z4, Z2
	VPDPBUSD.BCST  20(DI), Z5, Z3
	VPSRLW         $4, Z0, Z4
	VPSRLW         $4, Z1, Z5
	VPANDD         Z31, Z4, Z4
	VPANDD         Z31, Z5, Z5
	VPDPBUSD.BCST  8(DI), Z4, Z2
	VPDPBUSD.BCST  24(DI), Z5, Z3
	VPSRLW         $6, Z0, Z4
	VPSRLW         $6, Z1, Z5
	VPANDD         Z31, Z4, Z4
	VPANDD         Z31, Z5, Z5
	VPDPBUSD.BCST  12(DI), Z4, Z2
	VPDPBUSD.BCST  28(DI), Z5, Z3
	VPADDD         Z3, Z2, Z2

	// sumi += d[k] * float32(Σcode·q − qsum[k])
	VPSUBD.BCST (R9), Z2, Z2
	VCVTDQ2PS   Z2, Z2
	VMULPS.BCST (R10), Z2, Z2
	VADDPS      Z2, Z28, Z28

	ADDQ $128, SI
	ADDQ $32, DI
	ADDQ $4, R9
	ADDQ $4, R10
	DECQ DX
	JNZ  vblock

	// sumf += d0 * sumi
	VMULPS Z28, Z29, Z28
	VADDPS Z28, Z30, Z30
	DECQ   CX
	JNZ    vgroup

vdone:
	VMOVUPS Z30, (R8)
	VZEROUPPER
	RET

// func q2TileAVX2Asm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, out *[16]float32)
//
// AVX2: rows 0-7 and 8-15 in two YMM halves. VPMADDUBSW pairs codes with
// the broadcast activations into int16 lanes, which add up to at most 16
// products of |code·q| <= 3·128 per lane (6144, no overflow); VPMADDWD by 1
// then gives each row's block sum.
TEXT ·q2TileAVX2Asm(SB), NOSPLIT, $0-56
	MOVQ w+0(FP), SI
	MOVQ ngroups+8(FP), CX
	MOVQ sub+16(FP), BX
	MOVQ q+24(FP), DI
	MOVQ qsum+32(FP), R9
	MOVQ d+40(FP), R10
	MOVQ out+48(FP), R8
	MOVL $0x03030303, AX
	VMOVD AX, X15
	VPBROADCASTD X15, Y15
	MOVL $0x00010001, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14
	VXORPS Y13, Y13, Y13 // totals, rows 0-7
	VXORPS Y12, Y12, Y12 // totals, rows 8-15
	TESTQ CX, CX
	JZ   adone

agroup:
	MOVQ   SI, R11 // the group's scales
	ADDQ   $32, SI
	VXORPS Y11, Y11, Y11 // sumi, rows 0-7
	VXORPS Y10, Y10, Y10 // sumi, rows 8-15
	MOVQ   BX, DX

ablock:
	VMOVDQU (SI), Y0   // chunk 0, rows 0-7
	VMOVDQU 32(SI), Y1 // chunk 0, rows 8-15
	VMOVDQU 64(SI), Y2 // chunk 1, rows 0-7
	VMOVDQU 96(SI), Y3 // chunk 1, rows 8-15

	// plane 0
	VPBROADCASTD (DI), Y6
	VPAND        Y15, Y0, Y7
	VPMADDUBSW   Y6, Y7, Y4
	VPAND        Y15, Y1, Y7
	VPMADDUBSW   Y6, Y7, Y5
	VPBROADCASTD 16(DI), Y6
	VPAND        Y15, Y2, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y4, Y4
	VPAND        Y15, Y3, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y5, Y5

	// planes 1-3: shift the chunks in place by 2 each time
	VPSRLW       $2, Y0, Y0
	VPSRLW       $2, Y1, Y1
	VPSRLW       $2, Y2, Y2
	VPSRLW       $2, Y3, Y3
	VPBROADCASTD 4(DI), Y6
	VPAND        Y15, Y0, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y4, Y4
	VPAND        Y15, Y1, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y5, Y5
	VPBROADCASTD 20(DI), Y6
	VPAND        Y15, Y2, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y4, Y4
	VPAND        Y15, Y3, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y5, Y5

	VPSRLW       $2, Y0, Y0
	VPSRLW       $2, Y1, Y1
	VPSRLW       $2, Y2, Y2
	VPSRLW       $2, Y3, Y3
	VPBROADCASTD 8(DI), Y6
	VPAND        Y15, Y0, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y4, Y4
	VPAND        Y15, Y1, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y5, Y5
	VPBROADCASTD 24(DI), Y6
	VPAND        Y15, Y2, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y4, Y4
	VPAND        Y15, Y3, Y7
	VPMADDUBSW   Y6, Y7, Y7
	VPADDW       Y7, Y5, Y5

	// plane 3 (word shifts bring the next byte's bits into bits 6-7: masked)
	VPSRLW       $2, Y0, Y0
	VPSRLW       $2, Y1, Y1
	VPSRLW       $2, Y2, Y2
	VPSRLW       $2, Y3, Y3
	VPAND        Y15, Y0, Y0
	VPAND        Y15, Y1, Y1
	VPAND        Y15, Y2, Y2
	VPAND        Y15, Y3, Y3
	VPBROADCASTD 12(DI), Y6
	VPMADDUBSW   Y6, Y0, Y7
	VPADDW       Y7, Y4, Y4
	VPMADDUBSW   Y6, Y1, Y7
	VPADDW       Y7, Y5, Y5
	VPBROADCASTD 28(DI), Y6
	VPMADDUBSW   Y6, Y2, Y7
	VPADDW       Y7, Y4, Y4
	VPMADDUBSW   Y6, Y3, Y7
	VPADDW       Y7, Y5, Y5

	VPMADDWD Y14, Y4, Y4
	VPMADDWD Y14, Y5, Y5

	// sumi += d[k] * float32(Σcode·q − qsum[k])
	VPBROADCASTD (R9), Y6
	VPSUBD       Y6, Y4, Y4
	VPSUBD       Y6, Y5, Y5
	VCVTDQ2PS    Y4, Y4
	VCVTDQ2PS    Y5, Y5
	VBROADCASTSS (R10), Y6
	VMULPS       Y6, Y4, Y4
	VMULPS       Y6, Y5, Y5
	VADDPS       Y4, Y11, Y11
	VADDPS       Y5, Y10, Y10

	ADDQ $128, SI
	ADDQ $32, DI
	ADDQ $4, R9
	ADDQ $4, R10
	DECQ DX
	JNZ  ablock

	// sumf += d0 * sumi
	VCVTPH2PS (R11), Y6
	VMULPS    Y11, Y6, Y6
	VADDPS    Y6, Y13, Y13
	VCVTPH2PS 16(R11), Y6
	VMULPS    Y10, Y6, Y6
	VADDPS    Y6, Y12, Y12
	DECQ      CX
	JNZ       agroup

adone:
	VMOVUPS Y13, (R8)
	VMOVUPS Y12, 32(R8)
	VZEROUPPER
	RET

// func q2Tile4VNNIAsm(w *byte, ngroups, sub int, q *int8, qsum *int32, d *float32, cols int, out *[64]float32)
//
// q2TileVNNIAsm for four activation rows at once (q, qsum and d rows cols,
// cols/32 and cols/32 entries apart; out[16i+r] for activation row i): each
// block's planes are extracted once and multiplied by every row's
// activations, one accumulator per activation row.
TEXT ·q2Tile4VNNIAsm(SB), NOSPLIT, $0-64
	MOVQ w+0(FP), SI
	MOVQ ngroups+8(FP), CX
	MOVQ sub+16(FP), BX
	MOVQ q+24(FP), DI
	MOVQ qsum+32(FP), R9
	MOVQ d+40(FP), R10
	MOVQ cols+48(FP), R12
	MOVQ out+56(FP), R8
	LEAQ (R12)(R12*2), R13 // 3·cols: the fourth activation row
	MOVQ R12, R14
	SHRQ $3, R14           // cols/32 entries of 4 bytes
	LEAQ (R14)(R14*2), R11
	MOVL $0x03030303, AX
	VPBROADCASTD AX, Z31
	VPXORD Z24, Z24, Z24 // the rows' totals, activation rows 0-3
	VPXORD Z25, Z25, Z25
	VPXORD Z26, Z26, Z26
	VPXORD Z27, Z27, Z27
	TESTQ CX, CX
	JZ   v4done

v4group:
	VCVTPH2PS (SI), Z29
	ADDQ $32, SI
	VPXORD Z20, Z20, Z20 // the group's sums, activation rows 0-3
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	MOVQ BX, DX

v4block:
	VMOVDQU32 (SI), Z0
	VMOVDQU32 64(SI), Z1
	VPANDD    Z31, Z0, Z4
	VPANDD    Z31, Z1, Z5
	VPSRLW    $2, Z0, Z2
	VPSRLW    $2, Z1, Z3
	VPANDD    Z31, Z2, Z6
	VPANDD    Z31, Z3, Z7
	VPSRLW    $4, Z0, Z2
	VPSRLW    $4, Z1, Z3
	VPANDD    Z31, Z2, Z8
	VPANDD    Z31, Z3, Z9
	VPSRLW    $6, Z0, Z2
	VPSRLW    $6, Z1, Z3
	VPANDD    Z31, Z2, Z10
	VPANDD    Z31, Z3, Z11

	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	VPDPBUSD.BCST (DI), Z4, Z12
	VPDPBUSD.BCST (DI)(R12*1), Z4, Z13
	VPDPBUSD.BCST (DI)(R12*2), Z4, Z14
	VPDPBUSD.BCST (DI)(R13*1), Z4, Z15
	VPDPBUSD.BCST 16(DI), Z5, Z12
	VPDPBUSD.BCST 16(DI)(R12*1), Z5, Z13
	VPDPBUSD.BCST 16(DI)(R12*2), Z5, Z14
	VPDPBUSD.BCST 16(DI)(R13*1), Z5, Z15
	VPDPBUSD.BCST 4(DI), Z6, Z12
	VPDPBUSD.BCST 4(DI)(R12*1), Z6, Z13
	VPDPBUSD.BCST 4(DI)(R12*2), Z6, Z14
	VPDPBUSD.BCST 4(DI)(R13*1), Z6, Z15
	VPDPBUSD.BCST 20(DI), Z7, Z12
	VPDPBUSD.BCST 20(DI)(R12*1), Z7, Z13
	VPDPBUSD.BCST 20(DI)(R12*2), Z7, Z14
	VPDPBUSD.BCST 20(DI)(R13*1), Z7, Z15
	VPDPBUSD.BCST 8(DI), Z8, Z12
	VPDPBUSD.BCST 8(DI)(R12*1), Z8, Z13
	VPDPBUSD.BCST 8(DI)(R12*2), Z8, Z14
	VPDPBUSD.BCST 8(DI)(R13*1), Z8, Z15
	VPDPBUSD.BCST 24(DI), Z9, Z12
	VPDPBUSD.BCST 24(DI)(R12*1), Z9, Z13
	VPDPBUSD.BCST 24(DI)(R12*2), Z9, Z14
	VPDPBUSD.BCST 24(DI)(R13*1), Z9, Z15
	VPDPBUSD.BCST 12(DI), Z10, Z12
	VPDPBUSD.BCST 12(DI)(R12*1), Z10, Z13
	VPDPBUSD.BCST 12(DI)(R12*2), Z10, Z14
	VPDPBUSD.BCST 12(DI)(R13*1), Z10, Z15
	VPDPBUSD.BCST 28(DI), Z11, Z12
	VPDPBUSD.BCST 28(DI)(R12*1), Z11, Z13
	VPDPBUSD.BCST 28(DI)(R12*2), Z11, Z14
	VPDPBUSD.BCST 28(DI)(R13*1), Z11, Z15

	// sumi += d[k] * float32(Σcode·q − qsum[k]), per activation row
	VPSUBD.BCST (R9), Z12, Z12
	VPSUBD.BCST (R9)(R14*1), Z13, Z13
	VPSUBD.BCST (R9)(R14*2), Z14, Z14
	VPSUBD.BCST (R9)(R11*1), Z15, Z15
	VCVTDQ2PS Z12, Z12
	VCVTDQ2PS Z13, Z13
	VCVTDQ2PS Z14, Z14
	VCVTDQ2PS Z15, Z15
	VMULPS.BCST (R10), Z12, Z12
	VMULPS.BCST (R10)(R14*1), Z13, Z13
	VMULPS.BCST (R10)(R14*2), Z14, Z14
	VMULPS.BCST (R10)(R11*1), Z15, Z15
	VADDPS Z12, Z20, Z20
	VADDPS Z13, Z21, Z21
	VADDPS Z14, Z22, Z22
	VADDPS Z15, Z23, Z23

	ADDQ $128, SI
	ADDQ $32, DI
	ADDQ $4, R9
	ADDQ $4, R10
	DECQ DX
	JNZ  v4block

	// sumf += d0 * sumi, per activation row
	VMULPS Z20, Z29, Z20
	VMULPS Z21, Z29, Z21
	VMULPS Z22, Z29, Z22
	VMULPS Z23, Z29, Z23
	VADDPS Z20, Z24, Z24
	VADDPS Z21, Z25, Z25
	VADDPS Z22, Z26, Z26
	VADDPS Z23, Z27, Z27
	DECQ CX
	JNZ  v4group

v4done:
	VMOVUPS Z24, (R8)
	VMOVUPS Z25, 64(R8)
	VMOVUPS Z26, 128(R8)
	VMOVUPS Z27, 192(R8)
	VZEROUPPER
	RET
