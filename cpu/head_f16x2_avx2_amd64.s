#include "textflag.h"

// func dotF16x2AVX2(w *byte, x0, x1 *float32, n int, out *[2]float64, pf *byte)
//
// dotF16AVX2 of one F16 head row against two activation rows at once:
// out[0] = w·x0 and out[1] = w·x1, each summed exactly as dotF16AVX2 sums it
// (four float32 accumulators per row, float64 sums of every 256 values, the
// same final reduction), so each result is the same bit for bit. Each
// VCVTPH2PS serves two rows, and the two rows' eight independent FMA chains
// keep both FMA pipes busy where the single row's four chains wait on the
// FMA latency.
//
// pf is prefetched as w is read, a cache line per 64 bytes of w: the caller
// points it at a head row it reads later (the next block's), so the head's
// stream from DRAM overlaps the arithmetic instead of stalling it.
TEXT ·dotF16x2AVX2(SB), NOSPLIT, $0-48
	MOVQ   w+0(FP), SI
	MOVQ   x0+8(FP), DI
	MOVQ   x1+16(FP), DX
	MOVQ   n+24(FP), CX
	MOVQ   pf+40(FP), R9
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11

chunk:
	MOVQ   CX, R8
	CMPQ   R8, $256
	JLE    sized
	MOVQ   $256, R8

sized:
	SUBQ   R8, CX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7

loop:
	PREFETCHT0  (R9)
	VCVTPH2PS   (SI), Y12
	VCVTPH2PS   16(SI), Y13
	VFMADD231PS (DI), Y12, Y0
	VFMADD231PS (DX), Y12, Y4
	VFMADD231PS 32(DI), Y13, Y1
	VFMADD231PS 32(DX), Y13, Y5
	VCVTPH2PS   32(SI), Y12
	VCVTPH2PS   48(SI), Y13
	VFMADD231PS 64(DI), Y12, Y2
	VFMADD231PS 64(DX), Y12, Y6
	VFMADD231PS 96(DI), Y13, Y3
	VFMADD231PS 96(DX), Y13, Y7
	ADDQ        $64, SI
	ADDQ        $64, R9
	ADDQ        $128, DI
	ADDQ        $128, DX
	SUBQ        $32, R8
	JNZ         loop

	VADDPS       Y1, Y0, Y0
	VADDPS       Y3, Y2, Y2
	VADDPS       Y2, Y0, Y0
	VCVTPS2PD    X0, Y12
	VEXTRACTF128 $1, Y0, X13
	VCVTPS2PD    X13, Y13
	VADDPD       Y12, Y8, Y8
	VADDPD       Y13, Y9, Y9
	VADDPS       Y5, Y4, Y4
	VADDPS       Y7, Y6, Y6
	VADDPS       Y6, Y4, Y4
	VCVTPS2PD    X4, Y12
	VEXTRACTF128 $1, Y4, X13
	VCVTPS2PD    X13, Y13
	VADDPD       Y12, Y10, Y10
	VADDPD       Y13, Y11, Y11
	TESTQ        CX, CX
	JNZ          chunk

	MOVQ         out+32(FP), AX
	VADDPD       Y9, Y8, Y8
	VEXTRACTF128 $1, Y8, X9
	VADDPD       X9, X8, X8
	VPERMILPD    $1, X8, X9
	VADDSD       X9, X8, X8
	VMOVSD       X8, (AX)
	VADDPD       Y11, Y10, Y10
	VEXTRACTF128 $1, Y10, X11
	VADDPD       X11, X10, X10
	VPERMILPD    $1, X10, X11
	VADDSD       X11, X10, X10
	VMOVSD       X10, 8(AX)
	VZEROUPPER
	RET
