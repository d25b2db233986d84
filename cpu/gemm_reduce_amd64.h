// Reductions shared by the VNNI gemm kernels (i2s_gemm8_vnni_amd64.s,
// i2s_gemm8x2_vnni_amd64.s, i2s_gemm8z_vnni_amd64.s). They clobber Y0..Y7
// (REDUCE8) or Y0..Y3 (REDUCE4), X1, X2, AX and R12.

// Sum each of the accumulators Y0..Y7 (activation rows 0..7) across its
// lanes into lane t of Y1.
#define REDUCE8 \
	VPHADDD    Y1, Y0, Y0 \
	VPHADDD    Y3, Y2, Y2 \
	VPHADDD    Y5, Y4, Y4 \
	VPHADDD    Y7, Y6, Y6 \
	VPHADDD    Y2, Y0, Y0 \
	VPHADDD    Y6, Y4, Y4 \
	VPERM2I128 $0x20, Y4, Y0, Y1 \
	VPERM2I128 $0x31, Y4, Y0, Y2 \
	VPADDD     Y2, Y1, Y1

// Add the 8 int32 lanes of Y1 to the accumulators at base, base+ld, ...,
// base+7*ld (ld in bytes).
#define SCATTER8(base, ld) \
	MOVQ         base, R12 \
	VEXTRACTI128 $1, Y1, X2 \
	VMOVD        X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $1, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $2, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $3, X1, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VMOVD        X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $1, X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $2, X2, AX \
	ADDL         AX, (R12) \
	ADDQ         ld, R12 \
	VPEXTRD      $3, X2, AX \
	ADDL         AX, (R12)

// Sum each of Y0..Y3 across its lanes into lane t of X1.
#define REDUCE4 \
	VPHADDD      Y1, Y0, Y0 \
	VPHADDD      Y3, Y2, Y2 \
	VPHADDD      Y2, Y0, Y0 \
	VEXTRACTI128 $1, Y0, X1 \
	VPADDD       X1, X0, X1

// Add the 4 int32 lanes of X1 to base, base+ld, base+2*ld, base+3*ld.
#define SCATTER4(base, ld) \
	MOVQ    base, R12 \
	VMOVD   X1, AX \
	ADDL    AX, (R12) \
	ADDQ    ld, R12 \
	VPEXTRD $1, X1, AX \
	ADDL    AX, (R12) \
	ADDQ    ld, R12 \
	VPEXTRD $2, X1, AX \
	ADDL    AX, (R12) \
	ADDQ    ld, R12 \
	VPEXTRD $3, X1, AX \
	ADDL    AX, (R12)
