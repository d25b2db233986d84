#include "textflag.h"

// q6kCtrl<>+32*j: VPSHUFB control that copies int16 word j of each 128-bit lane to all eight words.
DATA q6kCtrl<>+0(SB)/2, $0x0100
DATA q6kCtrl<>+2(SB)/2, $0x0100
DATA q6kCtrl<>+4(SB)/2, $0x0100
DATA q6kCtrl<>+6(SB)/2, $0x0100
DATA q6kCtrl<>+8(SB)/2, $0x0100
DATA q6kCtrl<>+10(SB)/2, $0x0100
DATA q6kCtrl<>+12(SB)/2, $0x0100
DATA q6kCtrl<>+14(SB)/2, $0x0100
DATA q6kCtrl<>+16(SB)/2, $0x0100
DATA q6kCtrl<>+18(SB)/2, $0x0100
DATA q6kCtrl<>+20(SB)/2, $0x0100
DATA q6kCtrl<>+22(SB)/2, $0x0100
DATA q6kCtrl<>+24(SB)/2, $0x0100
DATA q6kCtrl<>+26(SB)/2, $0x0100
DATA q6kCtrl<>+28(SB)/2, $0x0100
DATA q6kCtrl<>+30(SB)/2, $0x0100
DATA q6kCtrl<>+32(SB)/2, $0x0302
DATA q6kCtrl<>+34(SB)/2, $0x0302
DATA q6kCtrl<>+36(SB)/2, $0x0302
DATA q6kCtrl<>+38(SB)/2, $0x0302
DATA q6kCtrl<>+40(SB)/2, $0x0302
DATA q6kCtrl<>+42(SB)/2, $0x0302
DATA q6kCtrl<>+44(SB)/2, $0x0302
DATA q6kCtrl<>+46(SB)/2, $0x0302
DATA q6kCtrl<>+48(SB)/2, $0x0302
DATA q6kCtrl<>+50(SB)/2, $0x0302
DATA q6kCtrl<>+52(SB)/2, $0x0302
DATA q6kCtrl<>+54(SB)/2, $0x0302
DATA q6kCtrl<>+56(SB)/2, $0x0302
DATA q6kCtrl<>+58(SB)/2, $0x0302
DATA q6kCtrl<>+60(SB)/2, $0x0302
DATA q6kCtrl<>+62(SB)/2, $0x0302
DATA q6kCtrl<>+64(SB)/2, $0x0504
DATA q6kCtrl<>+66(SB)/2, $0x0504
DATA q6kCtrl<>+68(SB)/2, $0x0504
DATA q6kCtrl<>+70(SB)/2, $0x0504
DATA q6kCtrl<>+72(SB)/2, $0x0504
DATA q6kCtrl<>+74(SB)/2, $0x0504
DATA q6kCtrl<>+76(SB)/2, $0x0504
DATA q6kCtrl<>+78(SB)/2, $0x0504
DATA q6kCtrl<>+80(SB)/2, $0x0504
DATA q6kCtrl<>+82(SB)/2, $0x0504
DATA q6kCtrl<>+84(SB)/2, $0x0504
DATA q6kCtrl<>+86(SB)/2, $0x0504
DATA q6kCtrl<>+88(SB)/2, $0x0504
DATA q6kCtrl<>+90(SB)/2, $0x0504
DATA q6kCtrl<>+92(SB)/2, $0x0504
DATA q6kCtrl<>+94(SB)/2, $0x0504
DATA q6kCtrl<>+96(SB)/2, $0x0706
DATA q6kCtrl<>+98(SB)/2, $0x0706
DATA q6kCtrl<>+100(SB)/2, $0x0706
DATA q6kCtrl<>+102(SB)/2, $0x0706
DATA q6kCtrl<>+104(SB)/2, $0x0706
DATA q6kCtrl<>+106(SB)/2, $0x0706
DATA q6kCtrl<>+108(SB)/2, $0x0706
DATA q6kCtrl<>+110(SB)/2, $0x0706
DATA q6kCtrl<>+112(SB)/2, $0x0706
DATA q6kCtrl<>+114(SB)/2, $0x0706
DATA q6kCtrl<>+116(SB)/2, $0x0706
DATA q6kCtrl<>+118(SB)/2, $0x0706
DATA q6kCtrl<>+120(SB)/2, $0x0706
DATA q6kCtrl<>+122(SB)/2, $0x0706
DATA q6kCtrl<>+124(SB)/2, $0x0706
DATA q6kCtrl<>+126(SB)/2, $0x0706
DATA q6kCtrl<>+128(SB)/2, $0x0908
DATA q6kCtrl<>+130(SB)/2, $0x0908
DATA q6kCtrl<>+132(SB)/2, $0x0908
DATA q6kCtrl<>+134(SB)/2, $0x0908
DATA q6kCtrl<>+136(SB)/2, $0x0908
DATA q6kCtrl<>+138(SB)/2, $0x0908
DATA q6kCtrl<>+140(SB)/2, $0x0908
DATA q6kCtrl<>+142(SB)/2, $0x0908
DATA q6kCtrl<>+144(SB)/2, $0x0908
DATA q6kCtrl<>+146(SB)/2, $0x0908
DATA q6kCtrl<>+148(SB)/2, $0x0908
DATA q6kCtrl<>+150(SB)/2, $0x0908
DATA q6kCtrl<>+152(SB)/2, $0x0908
DATA q6kCtrl<>+154(SB)/2, $0x0908
DATA q6kCtrl<>+156(SB)/2, $0x0908
DATA q6kCtrl<>+158(SB)/2, $0x0908
DATA q6kCtrl<>+160(SB)/2, $0x0b0a
DATA q6kCtrl<>+162(SB)/2, $0x0b0a
DATA q6kCtrl<>+164(SB)/2, $0x0b0a
DATA q6kCtrl<>+166(SB)/2, $0x0b0a
DATA q6kCtrl<>+168(SB)/2, $0x0b0a
DATA q6kCtrl<>+170(SB)/2, $0x0b0a
DATA q6kCtrl<>+172(SB)/2, $0x0b0a
DATA q6kCtrl<>+174(SB)/2, $0x0b0a
DATA q6kCtrl<>+176(SB)/2, $0x0b0a
DATA q6kCtrl<>+178(SB)/2, $0x0b0a
DATA q6kCtrl<>+180(SB)/2, $0x0b0a
DATA q6kCtrl<>+182(SB)/2, $0x0b0a
DATA q6kCtrl<>+184(SB)/2, $0x0b0a
DATA q6kCtrl<>+186(SB)/2, $0x0b0a
DATA q6kCtrl<>+188(SB)/2, $0x0b0a
DATA q6kCtrl<>+190(SB)/2, $0x0b0a
DATA q6kCtrl<>+192(SB)/2, $0x0d0c
DATA q6kCtrl<>+194(SB)/2, $0x0d0c
DATA q6kCtrl<>+196(SB)/2, $0x0d0c
DATA q6kCtrl<>+198(SB)/2, $0x0d0c
DATA q6kCtrl<>+200(SB)/2, $0x0d0c
DATA q6kCtrl<>+202(SB)/2, $0x0d0c
DATA q6kCtrl<>+204(SB)/2, $0x0d0c
DATA q6kCtrl<>+206(SB)/2, $0x0d0c
DATA q6kCtrl<>+208(SB)/2, $0x0d0c
DATA q6kCtrl<>+210(SB)/2, $0x0d0c
DATA q6kCtrl<>+212(SB)/2, $0x0d0c
DATA q6kCtrl<>+214(SB)/2, $0x0d0c
DATA q6kCtrl<>+216(SB)/2, $0x0d0c
DATA q6kCtrl<>+218(SB)/2, $0x0d0c
DATA q6kCtrl<>+220(SB)/2, $0x0d0c
DATA q6kCtrl<>+222(SB)/2, $0x0d0c
DATA q6kCtrl<>+224(SB)/2, $0x0f0e
DATA q6kCtrl<>+226(SB)/2, $0x0f0e
DATA q6kCtrl<>+228(SB)/2, $0x0f0e
DATA q6kCtrl<>+230(SB)/2, $0x0f0e
DATA q6kCtrl<>+232(SB)/2, $0x0f0e
DATA q6kCtrl<>+234(SB)/2, $0x0f0e
DATA q6kCtrl<>+236(SB)/2, $0x0f0e
DATA q6kCtrl<>+238(SB)/2, $0x0f0e
DATA q6kCtrl<>+240(SB)/2, $0x0f0e
DATA q6kCtrl<>+242(SB)/2, $0x0f0e
DATA q6kCtrl<>+244(SB)/2, $0x0f0e
DATA q6kCtrl<>+246(SB)/2, $0x0f0e
DATA q6kCtrl<>+248(SB)/2, $0x0f0e
DATA q6kCtrl<>+250(SB)/2, $0x0f0e
DATA q6kCtrl<>+252(SB)/2, $0x0f0e
DATA q6kCtrl<>+254(SB)/2, $0x0f0e
GLOBL q6kCtrl<>(SB), RODATA|NOPTR, $256

// One 16-value group: int8 values (q-32) in the 128-bit register xsrc are
// widened, multiplied by the scale word that control coff/32 selects from Y11, multiplied pairwise with 16
// int16 activations at xoff(DI) and added to the int32 block sum Y12.
#define GROUP(xsrc, coff, xoff) \
	VPMOVSXBW xsrc, Y4 \
	VPSHUFB   q6kCtrl<>+coff(SB), Y11, Y6 \
	VPMULLW   Y6, Y4, Y4 \
	VPMADDWD  xoff(DI), Y4, Y4 \
	VPADDD    Y4, Y12, Y12

// One 128-value half of a super-block: ql at qlo(SI), qh at qho(SI), the
// eight scales at sco(SI), activations from xb(DI) (int16, 256 bytes).
#define HALF(qlo, qho, sco, xb) \
	VMOVDQU      qlo(SI), Y4 \
	VMOVDQU      qlo+32(SI), Y5 \
	VMOVDQU      qho(SI), Y6 \
	VPSLLW       $4, Y6, Y0 \
	VPAND        Y14, Y0, Y0 \
	VPAND        Y15, Y4, Y7 \
	VPOR         Y7, Y0, Y0 \
	VPSLLW       $2, Y6, Y1 \
	VPAND        Y14, Y1, Y1 \
	VPAND        Y15, Y5, Y7 \
	VPOR         Y7, Y1, Y1 \
	VPAND        Y14, Y6, Y2 \
	VPSRLW       $4, Y4, Y7 \
	VPAND        Y15, Y7, Y7 \
	VPOR         Y7, Y2, Y2 \
	VPSRLW       $2, Y6, Y3 \
	VPAND        Y14, Y3, Y3 \
	VPSRLW       $4, Y5, Y7 \
	VPAND        Y15, Y7, Y7 \
	VPOR         Y7, Y3, Y3 \
	VPSUBB       Y10, Y0, Y0 \
	VPSUBB       Y10, Y1, Y1 \
	VPSUBB       Y10, Y2, Y2 \
	VPSUBB       Y10, Y3, Y3 \
	VPMOVSXBW    sco(SI), X11 \
	VINSERTI128  $1, X11, Y11, Y11 \
	GROUP(X0, 0, xb) \
	VEXTRACTI128 $1, Y0, X5 \
	GROUP(X5, 32, xb+32) \
	GROUP(X1, 64, xb+64) \
	VEXTRACTI128 $1, Y1, X5 \
	GROUP(X5, 96, xb+96) \
	GROUP(X2, 128, xb+128) \
	VEXTRACTI128 $1, Y2, X5 \
	GROUP(X5, 160, xb+160) \
	GROUP(X3, 192, xb+192) \
	VEXTRACTI128 $1, Y3, X5 \
	GROUP(X5, 224, xb+224)

// func dotQ6KAVX2(w *byte, x *int16, nblk int) float64
//
// Σ_blocks d * Σ_groups sc_g * Σ_j (q_j-32)*x_j over nblk Q6_K super-blocks
// (210 bytes: ql[128], qh[64], int8 scales[16], F16 d) and int16 activations
// with |x| <= 16383. (q-32)*sc fits int16 (|.| <= 4096); a VPMADDWD pair sum
// is at most 2*4096*16383 and each int32 lane adds 16 of them per block, which
// stays below 2^31, so the block sum is exact. Block sums are scaled by d in
// float32 and flushed to float64 every 16 blocks.
TEXT ·dotQ6KAVX2(SB), NOSPLIT, $0-32
	MOVQ   w+0(FP), SI
	MOVQ   x+8(FP), DI
	MOVQ   nblk+16(FP), CX
	MOVL   $0x0f0f0f0f, AX
	VMOVD  AX, X15
	VPBROADCASTD X15, Y15
	MOVL   $0x30303030, AX
	VMOVD  AX, X14
	VPBROADCASTD X14, Y14
	MOVL   $0x20202020, AX
	VMOVD  AX, X10
	VPBROADCASTD X10, Y10
	VXORPD Y8, Y8, Y8

chunk:
	MOVQ   CX, R8
	CMPQ   R8, $16
	JLE    sized
	MOVQ   $16, R8

sized:
	SUBQ   R8, CX
	VXORPS Y13, Y13, Y13

block:
	PREFETCHT0   2048(SI)
	PREFETCHT0   2112(SI)
	PREFETCHT0   2176(SI)
	PREFETCHT0   2240(SI)
	VPXOR        Y12, Y12, Y12
	HALF(0, 128, 192, 0)
	HALF(64, 160, 200, 256)
	VCVTDQ2PS    Y12, Y12
	VPBROADCASTW 208(SI), X6
	VCVTPH2PS    X6, Y6
	VFMADD231PS  Y6, Y12, Y13
	ADDQ         $210, SI
	ADDQ         $512, DI
	DECQ         R8
	JNZ          block

	VCVTPS2PD    X13, Y4
	VEXTRACTF128 $1, Y13, X5
	VCVTPS2PD    X5, Y5
	VADDPD       Y5, Y4, Y4
	VADDPD       Y4, Y8, Y8
	TESTQ        CX, CX
	JNZ          chunk

	VEXTRACTF128 $1, Y8, X9
	VADDPD       X9, X8, X8
	VPERMILPD    $1, X8, X9
	VADDSD       X9, X8, X8
	VMOVSD       X8, ret+24(FP)
	VZEROUPPER
	RET
