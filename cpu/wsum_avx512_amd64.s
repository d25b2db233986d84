#include "textflag.h"

// func wsumF64AVX512(w *float64, v *float32, stride, npos, hd int, acc *float64)
//
// wsumF64AVX2 with ZMM registers: acc[c] += w[j]*float64(v[j*stride+c]) for
// j = 0..npos-1 in order and c < hd (a positive multiple of 32), each lane
// one column with the scalar loop's multiply-then-add, so acc equals
// wsumGo's bit for bit. Columns go 32 at a time (four accumulators). Half
// the instructions of the AVX2 loop per value: faster on cores with
// full-width AVX-512 units, about the same where they are split in two.
TEXT ·wsumF64AVX512(SB), NOSPLIT, $0-48
	MOVQ  w+0(FP), SI
	MOVQ  v+8(FP), DX
	MOVQ  stride+16(FP), BX
	SHLQ  $2, BX
	MOVQ  npos+24(FP), CX
	MOVQ  hd+32(FP), R9
	MOVQ  acc+40(FP), DI
	TESTQ CX, CX
	JZ    done

cols:
	VMOVUPD (DI), Z0
	VMOVUPD 64(DI), Z1
	VMOVUPD 128(DI), Z2
	VMOVUPD 192(DI), Z3
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
	VBROADCASTSD (R8), Z8
	VCVTPS2PD    (R10), Z4
	VCVTPS2PD    32(R10), Z5
	VCVTPS2PD    64(R10), Z6
	VCVTPS2PD    96(R10), Z7
	VMULPD       Z8, Z4, Z4
	VMULPD       Z8, Z5, Z5
	VMULPD       Z8, Z6, Z6
	VMULPD       Z8, Z7, Z7
	VADDPD       Z4, Z0, Z0
	VADDPD       Z5, Z1, Z1
	VADDPD       Z6, Z2, Z2
	VADDPD       Z7, Z3, Z3
	ADDQ         $8, R8
	ADDQ         BX, R10
	DECQ         R11
	JNZ          pos

	VMOVUPD Z0, (DI)
	VMOVUPD Z1, 64(DI)
	VMOVUPD Z2, 128(DI)
	VMOVUPD Z3, 192(DI)
	ADDQ    $256, DI
	ADDQ    $128, DX
	SUBQ    $32, R9
	JNZ     cols

done:
	VZEROUPPER
	RET
