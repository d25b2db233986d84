#include "textflag.h"

// func scaleMulAVX2(dst, x, w *float32, n int, scale float64)
//
// dst[i] = float32((float64(x[i]) * scale) * float64(w[i])) for n values (a
// positive multiple of 8): the same operations, in the same order, as the
// scalar rmsNormExact, so the results are identical for a given scale.
TEXT ·scaleMulAVX2(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         w+16(FP), DX
	MOVQ         n+24(FP), CX
	VBROADCASTSD scale+32(FP), Y15

loop:
	VCVTPS2PD  (SI), Y0
	VCVTPS2PD  16(SI), Y1
	VCVTPS2PD  (DX), Y2
	VCVTPS2PD  16(DX), Y3
	VMULPD     Y15, Y0, Y0
	VMULPD     Y15, Y1, Y1
	VMULPD     Y2, Y0, Y0
	VMULPD     Y3, Y1, Y1
	VCVTPD2PSY Y0, X0
	VCVTPD2PSY Y1, X1
	VMOVUPS    X0, (DI)
	VMOVUPS    X1, 16(DI)
	ADDQ       $32, SI
	ADDQ       $32, DX
	ADDQ       $32, DI
	SUBQ       $8, CX
	JNZ        loop
	VZEROUPPER
	RET
