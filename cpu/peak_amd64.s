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
