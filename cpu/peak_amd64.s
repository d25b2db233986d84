#include "textflag.h"

// func vnniPeak(n int)
//
// n iterations of 8 independent register-only VPDPBUSD (YMM, 32 int8
// multiply-adds each): the instruction's throughput on this core, the
// ceiling of the VNNI ternary kernels when their weights are in cache.
TEXT ·vnniPeak(SB), NOSPLIT, $0-8
	MOVQ  n+0(FP), CX
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7
	VPXOR Y8, Y8, Y8
	VPXOR Y9, Y9, Y9
	TESTQ CX, CX
	JLE   done

loop:
	VPDPBUSD Y8, Y9, Y0
	VPDPBUSD Y8, Y9, Y1
	VPDPBUSD Y8, Y9, Y2
	VPDPBUSD Y8, Y9, Y3
	VPDPBUSD Y8, Y9, Y4
	VPDPBUSD Y8, Y9, Y5
	VPDPBUSD Y8, Y9, Y6
	VPDPBUSD Y8, Y9, Y7
	DECQ     CX
	JNZ      loop

done:
	VZEROUPPER
	RET

// func fmaPeak(n int)
//
// n iterations of 8 independent register-only VFMADD231PS (ZMM, 16 float32
// multiply-adds each): the ceiling of the float32 head kernels.
TEXT ·fmaPeak(SB), NOSPLIT, $0-8
	MOVQ   n+0(FP), CX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3
	VXORPS Z4, Z4, Z4
	VXORPS Z5, Z5, Z5
	VXORPS Z6, Z6, Z6
	VXORPS Z7, Z7, Z7
	VXORPS Z8, Z8, Z8
	VXORPS Z9, Z9, Z9
	TESTQ  CX, CX
	JLE    fdone

floop:
	VFMADD231PS Z8, Z9, Z0
	VFMADD231PS Z8, Z9, Z1
	VFMADD231PS Z8, Z9, Z2
	VFMADD231PS Z8, Z9, Z3
	VFMADD231PS Z8, Z9, Z4
	VFMADD231PS Z8, Z9, Z5
	VFMADD231PS Z8, Z9, Z6
	VFMADD231PS Z8, Z9, Z7
	DECQ        CX
	JNZ         floop

fdone:
	VZEROUPPER
	RET

// func cvtPeak(p *byte, n int)
//
// n iterations of 8 VCVTPH2PS (16 F16 values from 32 bytes at p to ZMM):
// the widening every F16 head kernel does per weight.
TEXT ·cvtPeak(SB), NOSPLIT, $0-16
	MOVQ  p+0(FP), SI
	MOVQ  n+8(FP), CX
	TESTQ CX, CX
	JLE   cdone

cloop:
	VCVTPH2PS (SI), Z0
	VCVTPH2PS 32(SI), Z1
	VCVTPH2PS 64(SI), Z2
	VCVTPH2PS 96(SI), Z3
	VCVTPH2PS (SI), Z4
	VCVTPH2PS 32(SI), Z5
	VCVTPH2PS 64(SI), Z6
	VCVTPH2PS 96(SI), Z7
	DECQ      CX
	JNZ       cloop

cdone:
	VZEROUPPER
	RET

// func vnniPeakZ(n int)
//
// vnniPeak with ZMM registers (64 int8 multiply-adds each): on cores with
// full-width AVX-512 units twice the YMM figure, on split ones the same.
TEXT ·vnniPeakZ(SB), NOSPLIT, $0-8
	MOVQ   n+0(FP), CX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	TESTQ  CX, CX
	JLE    zdone

zloop:
	VPDPBUSD Z8, Z9, Z0
	VPDPBUSD Z8, Z9, Z1
	VPDPBUSD Z8, Z9, Z2
	VPDPBUSD Z8, Z9, Z3
	VPDPBUSD Z8, Z9, Z4
	VPDPBUSD Z8, Z9, Z5
	VPDPBUSD Z8, Z9, Z6
	VPDPBUSD Z8, Z9, Z7
	DECQ     CX
	JNZ      zloop

zdone:
	VZEROUPPER
	RET
