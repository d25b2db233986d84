#include "textflag.h"

// func relu2MulAVX2(gate, up *float32, n int)
//
// gate[i] = (r*r) * up[i] with r = max(gate[i], 0), in float32, for n a
// positive multiple of 8: relu2Go's operations (no FMA), so its results
// bit for bit. VMAXPS returns its second source when either is NaN, so
// gate goes there and a NaN stays a NaN, as with Go's max; for -0 it
// returns -0 where Go's max returns +0, and r*r is +0 for both.
TEXT ·relu2MulAVX2(SB), NOSPLIT, $0-24
	MOVQ   gate+0(FP), DI
	MOVQ   up+8(FP), SI
	MOVQ   n+16(FP), CX
	VXORPS Y15, Y15, Y15

loop:
	VMOVUPS (DI), Y0
	VMAXPS  Y0, Y15, Y0
	VMULPS  Y0, Y0, Y0
	VMULPS  (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	SUBQ    $8, CX
	JNZ     loop
	VZEROUPPER
	RET
