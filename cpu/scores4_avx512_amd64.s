#include "textflag.h"

// Permutation indexes (VPERMPD / VPERMT2PD lanes).
DATA scoresDup<>+0(SB)/8, $0
DATA scoresDup<>+8(SB)/8, $0
DATA scoresDup<>+16(SB)/8, $1
DATA scoresDup<>+24(SB)/8, $1
DATA scoresDup<>+32(SB)/8, $2
DATA scoresDup<>+40(SB)/8, $2
DATA scoresDup<>+48(SB)/8, $3
DATA scoresDup<>+56(SB)/8, $3
GLOBL scoresDup<>(SB), RODATA|NOPTR, $64

DATA scoresLo<>+0(SB)/8, $0
DATA scoresLo<>+8(SB)/8, $8
DATA scoresLo<>+16(SB)/8, $1
DATA scoresLo<>+24(SB)/8, $9
DATA scoresLo<>+32(SB)/8, $2
DATA scoresLo<>+40(SB)/8, $10
DATA scoresLo<>+48(SB)/8, $3
DATA scoresLo<>+56(SB)/8, $11
GLOBL scoresLo<>(SB), RODATA|NOPTR, $64

DATA scoresHi<>+0(SB)/8, $4
DATA scoresHi<>+8(SB)/8, $12
DATA scoresHi<>+16(SB)/8, $5
DATA scoresHi<>+24(SB)/8, $13
DATA scoresHi<>+32(SB)/8, $6
DATA scoresHi<>+40(SB)/8, $14
DATA scoresHi<>+48(SB)/8, $7
DATA scoresHi<>+56(SB)/8, $15
GLOBL scoresHi<>(SB), RODATA|NOPTR, $64

DATA scoresOut<>+0(SB)/8, $0
DATA scoresOut<>+8(SB)/8, $2
DATA scoresOut<>+16(SB)/8, $4
DATA scoresOut<>+24(SB)/8, $6
DATA scoresOut<>+32(SB)/8, $1
DATA scoresOut<>+40(SB)/8, $3
DATA scoresOut<>+48(SB)/8, $5
DATA scoresOut<>+56(SB)/8, $7
GLOBL scoresOut<>(SB), RODATA|NOPTR, $64

// One pair's broadcast key values (column c of positions j, j+1) times the
// four queries' duplicated column.
#define PFMA(addr, tmp, acc) \
	VBROADCASTF64X2 addr, tmp \
	VFMADD231PD     tmp, Z8, acc

// func scoresQuadF64AVX512(qt *float64, k *float32, stride, npos, hd int, out *float64, kb *float64)
//
// scoresQuadF64AVX2 with two positions per register: out[j*4+l] =
// Σ_c qt[c*4+l]*float64(k[j*stride+c]) in c order, for four queries l and
// npos positions j (at least 1); hd is a positive multiple of 8, stride in
// floats. Each float64 lane is one (query, position): lanes hold
// [q0 q0 q1 q1 q2 q2 q3 q3] of a column against [k_j k_j' k_j k_j' ...] of
// positions j, j' = j+1, so one FMA does eight of scoresGo's
// multiply-adds, each lane still summing its own query's products in c
// order. The FMA is exact for the reason given at scoresQuadF64AVX2 (every
// qt value a float32 value), so the results equal scoresGo's bit for bit
// (TestScoresQuad).
//
// kb (24*hd float64s) holds the duplicated query columns (8*hd), then the
// block's key rows widened and interleaved by pairs (16*hd: column c of
// pair p at 2*(p*hd+c)). Sixteen positions at a time (eight independent
// FMA chains); a last block of r < 16 widens its r rows (an odd last row
// pairs with itself), runs the same loop (the other chains read older rows
// and are dropped) and copies its r results out through kb.
TEXT ·scoresQuadF64AVX512(SB), NOSPLIT, $0-56
	MOVQ      qt+0(FP), SI
	MOVQ      k+8(FP), DX
	MOVQ      stride+16(FP), BX
	SHLQ      $2, BX                // BX = key row stride in bytes
	MOVQ      npos+24(FP), CX
	MOVQ      hd+32(FP), R9
	MOVQ      out+40(FP), DI
	MOVQ      kb+48(FP), R8
	VMOVDQU64 scoresDup<>(SB), Z31
	VMOVDQU64 scoresLo<>(SB), Z30
	VMOVDQU64 scoresHi<>(SB), Z29
	VMOVDQU64 scoresOut<>(SB), Z28

	// kb[0:8*hd]: column c of the four queries as [q0 q0 q1 q1 q2 q2 q3 q3].
	MOVQ R8, R11
	MOVQ R9, R14

dup:
	VMOVUPD (SI), Y0
	VPERMPD Z0, Z31, Z0
	VMOVUPD Z0, (R11)
	ADDQ    $32, SI
	ADDQ    $64, R11
	DECQ    R14
	JNZ     dup

	MOVQ R11, R12                   // R12 = the widened keys, just past the columns
	MOVQ R9, R13
	SHLQ $4, R13                    // R13 = hd*16: one widened pair's bytes
	SHLQ $2, R9                     // R9 = hd*4: one key row's bytes

block:
	// Widen min(npos left, 16) rows at DX into interleaved pairs at R12.
	MOVQ    $16, AX
	CMPQ    CX, AX
	CMOVQLT CX, AX
	MOVQ    DX, R10
	MOVQ    R12, R11

widenpair:
	MOVQ R10, SI
	CMPQ AX, $1
	JEQ  oddrow
	ADDQ BX, SI

oddrow:
	XORQ R14, R14
	MOVQ BX, R15
	SHLQ $5, R15
	ADDQ R10, R15                   // R15 = the row 32 positions on

widen:
	// The cache's rows are contiguous (stride hd): a pair's 2*hd*4 bytes
	// from R15 are the pair two blocks on, fetched while these two blocks
	// compute. Without it the loop waits on DRAM for every block: a decode
	// step reads each sequence's cache after the weights evicted it.
	PREFETCHT0 (R15)(R14*2)
	VCVTPS2PD (R10)(R14*1), Z0
	VCVTPS2PD (SI)(R14*1), Z1
	VMOVAPD   Z0, Z2
	VPERMT2PD Z1, Z29, Z2
	VPERMT2PD Z1, Z30, Z0
	VMOVUPD   Z0, (R11)(R14*4)
	VMOVUPD   Z2, 64(R11)(R14*4)
	ADDQ      $32, R14
	CMPQ      R14, R9
	JLT       widen
	LEAQ      (R10)(BX*2), R10
	ADDQ      R13, R11
	SUBQ      $2, AX
	JG        widenpair

	LEAQ   (R13)(R13*2), R15        // R15 = 3 pairs
	VPXORQ Z16, Z16, Z16
	VPXORQ Z17, Z17, Z17
	VPXORQ Z18, Z18, Z18
	VPXORQ Z19, Z19, Z19
	VPXORQ Z20, Z20, Z20
	VPXORQ Z21, Z21, Z21
	VPXORQ Z22, Z22, Z22
	VPXORQ Z23, Z23, Z23
	MOVQ   R8, R14                  // column cursor; the columns end at R12
	MOVQ   R12, R10                 // pairs 0-3
	LEAQ   (R12)(R13*4), R11        // pairs 4-7

column:
	VMOVUPD (R14), Z8
	PFMA((R10), Z9, Z16)
	PFMA((R10)(R13*1), Z10, Z17)
	PFMA((R10)(R13*2), Z11, Z18)
	PFMA((R10)(R15*1), Z12, Z19)
	PFMA((R11), Z13, Z20)
	PFMA((R11)(R13*1), Z14, Z21)
	PFMA((R11)(R13*2), Z15, Z22)
	PFMA((R11)(R15*1), Z9, Z23)
	ADDQ $64, R14
	ADDQ $16, R10
	ADDQ $16, R11
	CMPQ R14, R12
	JNE  column

	// Lanes [l0j l0j' l1j l1j' ...] to out's order [l0j l1j l2j l3j l0j' ...].
	VPERMPD Z16, Z28, Z16
	VPERMPD Z17, Z28, Z17
	VPERMPD Z18, Z28, Z18
	VPERMPD Z19, Z28, Z19
	VPERMPD Z20, Z28, Z20
	VPERMPD Z21, Z28, Z21
	VPERMPD Z22, Z28, Z22
	VPERMPD Z23, Z28, Z23
	CMPQ    CX, $16
	JLT     partial
	VMOVUPD Z16, (DI)
	VMOVUPD Z17, 64(DI)
	VMOVUPD Z18, 128(DI)
	VMOVUPD Z19, 192(DI)
	VMOVUPD Z20, 256(DI)
	VMOVUPD Z21, 320(DI)
	VMOVUPD Z22, 384(DI)
	VMOVUPD Z23, 448(DI)
	ADDQ    $512, DI
	LEAQ    (DX)(BX*8), DX
	LEAQ    (DX)(BX*8), DX
	SUBQ    $16, CX
	JNZ     block
	JMP     done

partial:
	VMOVUPD Z16, (R12)
	VMOVUPD Z17, 64(R12)
	VMOVUPD Z18, 128(R12)
	VMOVUPD Z19, 192(R12)
	VMOVUPD Z20, 256(R12)
	VMOVUPD Z21, 320(R12)
	VMOVUPD Z22, 384(R12)
	VMOVUPD Z23, 448(R12)

copy:
	VMOVUPD (R12), Y0
	VMOVUPD Y0, (DI)
	ADDQ    $32, R12
	ADDQ    $32, DI
	DECQ    CX
	JNZ     copy

done:
	VZEROUPPER
	RET
