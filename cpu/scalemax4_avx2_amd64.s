#include "textflag.h"

// func scaleMax4AVX2(s *float64, n int, scale float64, mx *[4]float64, nan *[4]float64)
//
// s[4j+l] *= scale for j < n, with lane l's maximum in mx[l] (it starts
// at -Inf) and a non-zero nan[l] where lane l held a NaN: VMAXPD drops a
// NaN that Go's max keeps, so the caller marks those lanes. For other
// values the maxima are Go's max's but for the sign of a zero maximum, which
// the softmax's subtraction cannot see (exp(±0) = 1).
TEXT ·scaleMax4AVX2(SB), NOSPLIT, $0-40
	MOVQ         s+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSD scale+16(FP), Y15
	MOVQ         mx+24(FP), DI
	MOVQ         nan+32(FP), DX
	VMOVUPD      (DI), Y1
	VXORPD       Y2, Y2, Y2
	TESTQ        CX, CX
	JZ           done

loop:
	VMULPD  (SI), Y15, Y0
	VMOVUPD Y0, (SI)
	VMAXPD  Y0, Y1, Y1
	VCMPPD  $3, Y0, Y0, Y3
	VORPD   Y3, Y2, Y2
	ADDQ    $32, SI
	DECQ    CX
	JNZ     loop

done:
	VMOVUPD Y1, (DI)
	VMOVUPD Y2, (DX)
	VZEROUPPER
	RET
