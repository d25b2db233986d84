#include "textflag.h"
#include "gemm_reduce_amd64.h"

// Four ZMM VPDPBUSD: one activation row's 128-byte block at off(DX), each
// 32-byte plane broadcast to both halves, against the code planes of two
// weight rows (row A in the lower half of Z11, Z10, Z9, Z8, row B in the
// upper), into accP (planes 0, 1) and accQ (planes 2, 3): two accumulators
// per activation row, so sixteen independent chains hide VPDPBUSD's latency.
#define DPZ(off, accP, accQ) \
	VBROADCASTI64X4 off(DX), Z12 \
	VPDPBUSD        Z12, Z11, accP \
	VBROADCASTI64X4 off+32(DX), Z14 \
	VPDPBUSD        Z14, Z10, accP \
	VBROADCASTI64X4 off+64(DX), Z15 \
	VPDPBUSD        Z15, Z9, accQ \
	VBROADCASTI64X4 off+96(DX), Z24 \
	VPDPBUSD        Z24, Z8, accQ

// func i2sGemm8x2VNNIZ(w *byte, rowBytes, npairs, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8x2VNNI (same layouts, arguments and results) with ZMM registers:
// the two weight rows of a pair share one ZMM of code planes (row A in the
// lower half, row B in the upper) and each activation plane is broadcast
// to both halves, so one VPDPBUSD does both rows' 64 multiply-adds. On a
// core with full-width AVX-512 units that is twice the YMM kernel's
// multiply-adds per cycle (BenchmarkVNNIPeakZ against BenchmarkVNNIPeak).
// Integer sums: the order cannot change a result.
TEXT ·i2sGemm8x2VNNIZ(SB), NOSPLIT, $0-56
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
	JZ    zdone
	TESTQ R11, R11
	JZ    zdone
	MOVL  $0x03030303, AX
	VPBROADCASTD AX, Z13

zpair:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	MOVQ   SI, R9
	LEAQ   (SI)(BX*1), R12
	MOVQ   DI, DX
	MOVQ   R11, R10

zblock:
	PREFETCHT0      (R9)(R14*1)
	PREFETCHT0      (R12)(R14*1)
	VMOVDQU32       (R9), Y8
	VINSERTI64X4    $1, (R12), Z8, Z8
	VPSRLW          $2, Z8, Z9
	VPSRLW          $4, Z8, Z10
	VPSRLW          $6, Z8, Z11
	VPANDD          Z13, Z8, Z8
	VPANDD          Z13, Z9, Z9
	VPANDD          Z13, Z10, Z10
	VPANDD          Z13, Z11, Z11
	DPZ(0, Z0, Z16)
	DPZ(128, Z1, Z17)
	DPZ(256, Z2, Z18)
	DPZ(384, Z3, Z19)
	DPZ(512, Z4, Z20)
	DPZ(640, Z5, Z21)
	DPZ(768, Z6, Z22)
	DPZ(896, Z7, Z23)
	ADDQ            $32, R9
	ADDQ            $32, R12
	ADDQ            $1024, DX
	DECQ            R10
	JNZ             zblock

	// Both chains of each activation row together, then row B's halves
	// into Y16..Y23 and row A's (the low halves) reduced first.
	VPADDD        Z16, Z0, Z0
	VPADDD        Z17, Z1, Z1
	VPADDD        Z18, Z2, Z2
	VPADDD        Z19, Z3, Z3
	VPADDD        Z20, Z4, Z4
	VPADDD        Z21, Z5, Z5
	VPADDD        Z22, Z6, Z6
	VPADDD        Z23, Z7, Z7
	VEXTRACTI64X4 $1, Z0, Y16
	VEXTRACTI64X4 $1, Z1, Y17
	VEXTRACTI64X4 $1, Z2, Y18
	VEXTRACTI64X4 $1, Z3, Y19
	VEXTRACTI64X4 $1, Z4, Y20
	VEXTRACTI64X4 $1, Z5, Y21
	VEXTRACTI64X4 $1, Z6, Y22
	VEXTRACTI64X4 $1, Z7, Y23
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
	JNZ       zpair

zdone:
	VZEROUPPER
	RET

// Eight ZMM VPDPBUSD: one activation row's 128-byte block at off(DX), each
// plane broadcast to both halves, against the code planes of four weight
// rows: pair A|B in Z11, Z10, Z9, Z8 and pair C|D in Z31, Z30, Z29, Z28.
// Each broadcast serves both pairs, so the kernel loads half as many
// activations per multiply-add as i2sGemm8x2VNNIZ.
#define DPZ4(off, accAB, accCD) \
	VBROADCASTI64X4 off(DX), Z12 \
	VPDPBUSD        Z12, Z11, accAB \
	VPDPBUSD        Z12, Z31, accCD \
	VBROADCASTI64X4 off+32(DX), Z14 \
	VPDPBUSD        Z14, Z10, accAB \
	VPDPBUSD        Z14, Z30, accCD \
	VBROADCASTI64X4 off+64(DX), Z15 \
	VPDPBUSD        Z15, Z9, accAB \
	VPDPBUSD        Z15, Z29, accCD \
	VBROADCASTI64X4 off+96(DX), Z24 \
	VPDPBUSD        Z24, Z8, accAB \
	VPDPBUSD        Z24, Z28, accCD

// Move the upper halves of eight accumulators into Y24..Y31 (REDUCE8
// works on Y0..Y7; FROM24 brings them there).
#define UPPER8(z0, z1, z2, z3, z4, z5, z6, z7) \
	VEXTRACTI64X4 $1, z0, Y24 \
	VEXTRACTI64X4 $1, z1, Y25 \
	VEXTRACTI64X4 $1, z2, Y26 \
	VEXTRACTI64X4 $1, z3, Y27 \
	VEXTRACTI64X4 $1, z4, Y28 \
	VEXTRACTI64X4 $1, z5, Y29 \
	VEXTRACTI64X4 $1, z6, Y30 \
	VEXTRACTI64X4 $1, z7, Y31

#define FROM24 \
	VMOVDQA32 Y24, Y0 \
	VMOVDQA32 Y25, Y1 \
	VMOVDQA32 Y26, Y2 \
	VMOVDQA32 Y27, Y3 \
	VMOVDQA32 Y28, Y4 \
	VMOVDQA32 Y29, Y5 \
	VMOVDQA32 Y30, Y6 \
	VMOVDQA32 Y31, Y7

// func i2sGemm8x4VNNIZ(w *byte, rowBytes, nquads, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8x2VNNIZ for 4*nquads weight rows, four at a time (two ZMM pairs
// per block), each activation broadcast feeding two VPDPBUSD. Sixteen
// accumulators: activation row t's sums for rows A|B in Zt, for C|D in
// Z(16+t). Prefetch: the same block four rows (one quad) further on.
TEXT ·i2sGemm8x4VNNIZ(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nquads+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	MOVQ  BX, R14
	SHLQ  $2, R14         // 4 rows ahead: the prefetch distance
	LEAQ  (R14)(BX*1), R15 // 5 rows

	TESTQ CX, CX
	JZ    qdone
	TESTQ R11, R11
	JZ    qdone
	MOVL  $0x03030303, AX
	VPBROADCASTD AX, Z13

quad:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	MOVQ   SI, R9
	LEAQ   (SI)(BX*2), R12
	MOVQ   DI, DX
	MOVQ   R11, R10

qblock:
	PREFETCHT0      (R9)(R14*1)
	PREFETCHT0      (R9)(R15*1)
	PREFETCHT0      (R12)(R14*1)
	PREFETCHT0      (R12)(R15*1)
	VMOVDQU32       (R9), Y8
	VINSERTI64X4    $1, (R9)(BX*1), Z8, Z8
	VMOVDQU32       (R12), Y28
	VINSERTI64X4    $1, (R12)(BX*1), Z28, Z28
	VPSRLW          $2, Z8, Z9
	VPSRLW          $4, Z8, Z10
	VPSRLW          $6, Z8, Z11
	VPSRLW          $2, Z28, Z29
	VPSRLW          $4, Z28, Z30
	VPSRLW          $6, Z28, Z31
	VPANDD          Z13, Z8, Z8
	VPANDD          Z13, Z9, Z9
	VPANDD          Z13, Z10, Z10
	VPANDD          Z13, Z11, Z11
	VPANDD          Z13, Z28, Z28
	VPANDD          Z13, Z29, Z29
	VPANDD          Z13, Z30, Z30
	VPANDD          Z13, Z31, Z31
	DPZ4(0, Z0, Z16)
	DPZ4(128, Z1, Z17)
	DPZ4(256, Z2, Z18)
	DPZ4(384, Z3, Z19)
	DPZ4(512, Z4, Z20)
	DPZ4(640, Z5, Z21)
	DPZ4(768, Z6, Z22)
	DPZ4(896, Z7, Z23)
	ADDQ            $32, R9
	ADDQ            $32, R12
	ADDQ            $1024, DX
	DECQ            R10
	JNZ             qblock

	// Row A (low halves of Z0..Z7), B (their high halves), C and D (the
	// same of Z16..Z23), each reduced and added to its accumulator column.
	UPPER8(Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7)
	REDUCE8
	SCATTER8(R8, R13)
	FROM24
	REDUCE8
	LEAQ      4(R8), R10
	SCATTER8(R10, R13)
	UPPER8(Z16, Z17, Z18, Z19, Z20, Z21, Z22, Z23)
	VMOVDQA32 Y16, Y0
	VMOVDQA32 Y17, Y1
	VMOVDQA32 Y18, Y2
	VMOVDQA32 Y19, Y3
	VMOVDQA32 Y20, Y4
	VMOVDQA32 Y21, Y5
	VMOVDQA32 Y22, Y6
	VMOVDQA32 Y23, Y7
	REDUCE8
	LEAQ      8(R8), R10
	SCATTER8(R10, R13)
	FROM24
	REDUCE8
	LEAQ      12(R8), R10
	SCATTER8(R10, R13)
	ADDQ      $16, R8
	LEAQ      (SI)(BX*4), SI
	DECQ      CX
	JNZ       quad

qdone:
	VZEROUPPER
	RET

// DPZ4 for the four-row kernel: planes 0, 1 into accP, 2, 3 into accQ for
// pair A|B and accR, accS for pair C|D (four chains per activation row).
#define DPZ44(off, accP, accQ, accR, accS) \
	VBROADCASTI64X4 off(DX), Z12 \
	VPDPBUSD        Z12, Z11, accP \
	VPDPBUSD        Z12, Z31, accR \
	VBROADCASTI64X4 off+32(DX), Z14 \
	VPDPBUSD        Z14, Z10, accP \
	VPDPBUSD        Z14, Z30, accR \
	VBROADCASTI64X4 off+64(DX), Z15 \
	VPDPBUSD        Z15, Z9, accQ \
	VPDPBUSD        Z15, Z29, accS \
	VBROADCASTI64X4 off+96(DX), Z24 \
	VPDPBUSD        Z24, Z8, accQ \
	VPDPBUSD        Z24, Z28, accS

// func i2sGemm4x4VNNIZ(w *byte, rowBytes, nquads, nblk int, qi *int8, acc *int32, ldt int)
//
// i2sGemm8x4VNNIZ for the first four activation rows of the interleaved
// blocks (i2sGemm4VNNI's layouts): four weight rows at a time in two ZMM
// pairs, two accumulators per (activation row, pair), sixteen in all.
TEXT ·i2sGemm4x4VNNIZ(SB), NOSPLIT, $0-56
	MOVQ  w+0(FP), SI
	MOVQ  rowBytes+8(FP), BX
	MOVQ  nquads+16(FP), CX
	MOVQ  nblk+24(FP), R11
	MOVQ  qi+32(FP), DI
	MOVQ  acc+40(FP), R8
	MOVQ  ldt+48(FP), R13
	SHLQ  $2, R13
	MOVQ  BX, R14
	SHLQ  $2, R14
	LEAQ  (R14)(BX*1), R15

	TESTQ CX, CX
	JZ    q4done
	TESTQ R11, R11
	JZ    q4done
	MOVL  $0x03030303, AX
	VPBROADCASTD AX, Z13

quad4:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	MOVQ   SI, R9
	LEAQ   (SI)(BX*2), R12
	MOVQ   DI, DX
	MOVQ   R11, R10

q4block:
	PREFETCHT0      (R9)(R14*1)
	PREFETCHT0      (R9)(R15*1)
	PREFETCHT0      (R12)(R14*1)
	PREFETCHT0      (R12)(R15*1)
	VMOVDQU32       (R9), Y8
	VINSERTI64X4    $1, (R9)(BX*1), Z8, Z8
	VMOVDQU32       (R12), Y28
	VINSERTI64X4    $1, (R12)(BX*1), Z28, Z28
	VPSRLW          $2, Z8, Z9
	VPSRLW          $4, Z8, Z10
	VPSRLW          $6, Z8, Z11
	VPSRLW          $2, Z28, Z29
	VPSRLW          $4, Z28, Z30
	VPSRLW          $6, Z28, Z31
	VPANDD          Z13, Z8, Z8
	VPANDD          Z13, Z9, Z9
	VPANDD          Z13, Z10, Z10
	VPANDD          Z13, Z11, Z11
	VPANDD          Z13, Z28, Z28
	VPANDD          Z13, Z29, Z29
	VPANDD          Z13, Z30, Z30
	VPANDD          Z13, Z31, Z31
	DPZ44(0, Z0, Z4, Z16, Z20)
	DPZ44(128, Z1, Z5, Z17, Z21)
	DPZ44(256, Z2, Z6, Z18, Z22)
	DPZ44(384, Z3, Z7, Z19, Z23)
	ADDQ            $32, R9
	ADDQ            $32, R12
	ADDQ            $1024, DX
	DECQ            R10
	JNZ             q4block

	// Pair A|B's sums of activation rows 0..3 in Z0..Z3, C|D's in Z16..Z19.
	VPADDD        Z4, Z0, Z0
	VPADDD        Z5, Z1, Z1
	VPADDD        Z6, Z2, Z2
	VPADDD        Z7, Z3, Z3
	VPADDD        Z20, Z16, Z16
	VPADDD        Z21, Z17, Z17
	VPADDD        Z22, Z18, Z18
	VPADDD        Z23, Z19, Z19
	VEXTRACTI64X4 $1, Z0, Y24
	VEXTRACTI64X4 $1, Z1, Y25
	VEXTRACTI64X4 $1, Z2, Y26
	VEXTRACTI64X4 $1, Z3, Y27
	VEXTRACTI64X4 $1, Z16, Y28
	VEXTRACTI64X4 $1, Z17, Y29
	VEXTRACTI64X4 $1, Z18, Y30
	VEXTRACTI64X4 $1, Z19, Y31
	REDUCE4
	SCATTER4(R8, R13)
	VMOVDQA32 Y24, Y0
	VMOVDQA32 Y25, Y1
	VMOVDQA32 Y26, Y2
	VMOVDQA32 Y27, Y3
	REDUCE4
	LEAQ      4(R8), R10
	SCATTER4(R10, R13)
	VMOVDQA32 Y16, Y0
	VMOVDQA32 Y17, Y1
	VMOVDQA32 Y18, Y2
	VMOVDQA32 Y19, Y3
	REDUCE4
	LEAQ      8(R8), R10
	SCATTER4(R10, R13)
	VMOVDQA32 Y28, Y0
	VMOVDQA32 Y29, Y1
	VMOVDQA32 Y30, Y2
	VMOVDQA32 Y31, Y3
	REDUCE4
	LEAQ      12(R8), R10
	SCATTER4(R10, R13)
	ADDQ      $16, R8
	LEAQ      (SI)(BX*4), SI
	DECQ      CX
	JNZ       quad4

q4done:
	VZEROUPPER
	RET
