// ternary.cu: the ternary (2-bit weight x int8 activation) matmuls.
//
//  - repack: I2_S (the GGUF layout) -> T2W (common.cuh), once at upload.
//  - normquant: RMSNorm + per-token int8 quantization of a batch (prefill).
//  - gemv: decode (one token). Its input arrives normalized and quantized
//    (int8 codes, scale, sum), computed once per sublayer input by the
//    previous kernel's epilogue (NormQuant, internal.h); each warp streams
//    whole weight rows with 16-byte loads; each lane keeps the int8
//    activations of the 64-element chunks it owns in registers, so the inner
//    loop is one load and 16 __dp4a per 16 bytes of weights. The last block
//    to finish normalizes and quantizes the output (or the residual stream
//    it was added to) for the next GEMV.
//  - gemm: prefill. 128 weight rows x 64 tokens per block, K in steps of 128,
//    int8 tensor-core MMA (m16n8k32) on sm_80+, codes unpacked in registers
//    straight from the packed tile in shared memory.
// Integer accumulation in int32 is exact: |acc| <= 2*128*K.
#include "internal.h"

namespace bnc {

// ---------------------------------------------------------------------------
// Epilogues.
// ---------------------------------------------------------------------------
__device__ __forceinline__ void epi_one(const EpiParams &ep, int row, int tok, float y) {
    float *o = ep.out + (size_t)tok * ep.ld + row;
    if (ep.epi == EPI_RESID)
        *o = __fadd_rn(*o, y);
    else
        *o = y;
}

// epi_row finds where token tok of an EPI_QKV launch belongs: its position,
// its RoPE table and this layer's K and V caches (a batched forward's row
// has its own sequence's, ep.rows).
__device__ __forceinline__ void epi_row(const EpiParams &ep, int tok, int *pos, const float **rcos,
                                        const float **rsin, void **kc, void **vc) {
    if (ep.rows) {
        const BatchRow &r = ep.rows[tok];
        *pos = ep.row_pos[tok];
        *rcos = r.rope_cos, *rsin = r.rope_sin;
        *kc = r.kc + (size_t)ep.layer * r.layer_kv;
        *vc = r.vc + (size_t)ep.layer * r.layer_kv;
    } else {
        *pos = *ep.pos + tok;
        *rcos = ep.rope_cos, *rsin = ep.rope_sin;
        *kc = ep.kc, *vc = ep.vc;
    }
}

__device__ __forceinline__ void epi_pair(const EpiParams &ep, int p, int tok, int acc_a, int acc_b, float s,
                                         int asum) {
    if (ep.epi == EPI_GATEUP) {
        float g = finish_dot(acc_a, asum, s, ep.ws[0], ep.os[0]);
        float u = finish_dot(acc_b, asum, s, ep.ws[1], ep.os[1]);
        ep.out[(size_t)tok * ep.ld + p] = act_mul(ep.act, g, u, ep.exact);
        return;
    }
    int seg, ia, ib, ri;
    qkv_rows_of_pair(ep.shp, p, &seg, &ia, &ib, &ri);
    // Select without indexing the parameter arrays by a run-time value (that
    // would copy the whole parameter block to local memory).
    const float ws = seg == 0 ? ep.ws[0] : seg == 1 ? ep.ws[1] : ep.ws[2];
    const float os = seg == 0 ? ep.os[0] : seg == 1 ? ep.os[1] : ep.os[2];
    float a = finish_dot(acc_a, asum, s, ws, os);
    float b = finish_dot(acc_b, asum, s, ws, os);
    if (seg == 0 || (seg == 1 && ep.qknorm)) {
        // Q; or, with QK norms, un-rotated K too: qknorm_kernel needs whole
        // heads, so it rotates and stores them (K after Q in the row).
        float *q = ep.out + (size_t)tok * ep.ld + (seg == 0 ? 0 : ep.shp.qdim);
        if (ri >= 0 && !ep.qknorm) {
            int pos;
            const float *rcos, *rsin;
            void *kc, *vc;
            epi_row(ep, tok, &pos, &rcos, &rsin, &kc, &vc);
            const size_t ci = (size_t)pos * (ep.shp.rd / 2) + ri;
            rope_rotate(a, b, rcos[ci], rsin[ci], ep.exact);
        }
        q[ia] = a;
        q[ib] = b;
        return;
    }
    int pos;
    const float *rcos, *rsin;
    void *kc, *vc;
    epi_row(ep, tok, &pos, &rcos, &rsin, &kc, &vc);
    if (ri >= 0) {
        const size_t ci = (size_t)pos * (ep.shp.rd / 2) + ri;
        rope_rotate(a, b, rcos[ci], rsin[ci], ep.exact);
    }
    void *cache = seg == 1 ? kc : vc;
    const size_t base = (size_t)pos * ep.shp.kvdim;
    store_typed(cache, ep.cache_type, base + ia, a);
    store_typed(cache, ep.cache_type, base + ib, b);
}

// ---------------------------------------------------------------------------
// Per-head QK norms (model.Family.QKNorm, Qwen3): RMSNorm of each head of q
// and k with one weight per head dim, then RoPE, and k into the KV cache. The Q|K|V epilogue left q and k un-rotated in the output rows
// (ep.out: q at 0, k at qdim, ep.ld floats per row); one warp per head, four
// heads per block, one block row per token. Numerics as the CPU's
// State.positionHeads: rmsNormExact (float64 sum of squares and scale, one
// rounding per value) or float32 in the mixed precisions, then rope_rotate.
// ---------------------------------------------------------------------------
constexpr int kQKNormWarps = 4;

__global__ void __launch_bounds__(kQKNormWarps * 32)
    qknorm_kernel(EpiParams ep, const float *__restrict__ qw, const float *__restrict__ kw, float eps) {
    __shared__ float sh[kQKNormWarps][kMaxHeadDim];
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, tok = blockIdx.y;
    const int hd = ep.shp.hd, heads = ep.shp.qdim / hd, kvh = ep.shp.kvdim / hd;
    const int h = blockIdx.x * kQKNormWarps + warp;
    if (h >= heads + kvh) return;  // warp-uniform; no block barrier below
    const bool isk = h >= heads;
    const int hoff = (isk ? h - heads : h) * hd;
    float *x = ep.out + (size_t)tok * ep.ld + (isk ? ep.shp.qdim : 0) + hoff;
    const float *w = isk ? kw : qw;
    float *buf = sh[warp];
    if (ep.exact) {
        double ss = 0;
        for (int d = lane; d < hd; d += 32) ss = add_sq(ss, x[d]);
        ss = warp_sum(ss);
        const double sc = 1.0 / sqrt(ss / (double)hd + (double)eps);
        for (int d = lane; d < hd; d += 32) buf[d] = norm_value_exact(x[d], sc, w[d]);
    } else {
        float ss = 0;
        for (int d = lane; d < hd; d += 32) ss = add_sq(ss, x[d]);
        ss = warp_sum(ss);
        const float sc = 1.0f / sqrtf(ss / (float)hd + eps);
        for (int d = lane; d < hd; d += 32) buf[d] = norm_value_fast(x[d], sc, w[d]);
    }
    __syncwarp();
    int pos;
    const float *rcos, *rsin;
    void *kc, *vc;
    epi_row(ep, tok, &pos, &rcos, &rsin, &kc, &vc);
    for (int pih = lane; pih < hd / 2; pih += 32) {
        int ia, ib, ri;
        head_dims_of_pair(ep.shp, pih, &ia, &ib, &ri);
        float a = buf[ia], b = buf[ib];
        if (ri >= 0) {
            const size_t ci = (size_t)pos * (ep.shp.rd / 2) + ri;
            rope_rotate(a, b, rcos[ci], rsin[ci], ep.exact);
        }
        if (!isk) {
            x[ia] = a;
            x[ib] = b;
        } else {
            const size_t base = (size_t)pos * ep.shp.kvdim + hoff;
            store_typed(kc, ep.cache_type, base + ia, a);
            store_typed(kc, ep.cache_type, base + ib, b);
        }
    }
}

cudaError_t launch_qknorm(const EpiParams &ep, const float *qw, const float *kw, float eps, int n, cudaStream_t st) {
    const int heads = (ep.shp.qdim + ep.shp.kvdim) / ep.shp.hd;
    if (!ep.qknorm || n < 1 || ep.shp.hd > kMaxHeadDim || n > 65535) return cudaErrorInvalidValue;
    dim3 grid((heads + kQKNormWarps - 1) / kQKNormWarps, n);
    qknorm_kernel<<<grid, kQKNormWarps * 32, 0, st>>>(ep, qw, kw, eps);
    return cudaGetLastError();
}

// ---------------------------------------------------------------------------
// Repack I2_S -> T2W. One thread per output word (16 elements). For 16
// consecutive elements starting at a multiple of 16, I2_S keeps them in 16
// consecutive bytes of one 128-block at one shift.
// ---------------------------------------------------------------------------
__global__ void repack_kernel(const uint8_t *__restrict__ src, int rows, int K, const int *__restrict__ map,
                              uint32_t *__restrict__ dst) {
    const int wpr = K / 16;  // words per row
    const size_t total = (size_t)rows * wpr;
    for (size_t gw = (size_t)blockIdx.x * blockDim.x + threadIdx.x; gw < total; gw += (size_t)gridDim.x * blockDim.x) {
        const int r = (int)(gw / wpr), w = (int)(gw % wpr);
        size_t off;
        int shift;
        repack_src(r, w, K, &off, &shift);
        dst[(size_t)map[r] * wpr + w] = repack_word(*reinterpret_cast<const uint4 *>(src + off), shift);
    }
}

cudaError_t launch_repack(const uint8_t *src, int rows, int K, const int *map, uint8_t *dst, cudaStream_t st) {
    const size_t total = (size_t)rows * (K / 16);
    const int grid = (int)((total + 255) / 256 < 65535 ? (total + 255) / 256 : 65535);
    repack_kernel<<<grid, 256, 0, st>>>(src, rows, K, map, reinterpret_cast<uint32_t *>(dst));
    return cudaGetLastError();
}

// ---------------------------------------------------------------------------
// Batch RMSNorm + int8 quantization (prefill).
// ---------------------------------------------------------------------------
__global__ void __launch_bounds__(256) normquant_kernel(const float *__restrict__ x, int ldx, const float *__restrict__ w,
                                                        int K, float eps, int exact, int8_t *__restrict__ q,
                                                        float *__restrict__ scale, int *__restrict__ asum) {
    const int row = blockIdx.x;
    float s;
    int as;
    block_norm_quant(x + (size_t)row * ldx, w, K, eps, exact, q + (size_t)row * K, s, as);
    if (threadIdx.x == 0) {
        scale[row] = s;
        asum[row] = as;
    }
}

cudaError_t launch_normquant(const float *x, int ldx, const float *w, int K, float eps, int exact, int n, int8_t *q,
                             float *scale, int *asum, cudaStream_t st) {
    normquant_kernel<<<n, 256, 0, st>>>(x, ldx, w, K, eps, exact, q, scale, asum);
    return cudaGetLastError();
}

// ---------------------------------------------------------------------------
// Decode GEMV.
// ---------------------------------------------------------------------------
__device__ __forceinline__ int dot64(const uint4 &w, const int4 (&a)[4], int acc) {
    const uint32_t ws[4] = {w.x, w.y, w.z, w.w};
#pragma unroll
    for (int m = 0; m < 4; m++) {
        const uint32_t x = ws[m];
        acc = __dp4a((int)(x & 0x03030303u), a[m].x, acc);
        acc = __dp4a((int)((x >> 2) & 0x03030303u), a[m].y, acc);
        acc = __dp4a((int)((x >> 4) & 0x03030303u), a[m].z, acc);
        acc = __dp4a((int)((x >> 6) & 0x03030303u), a[m].w, acc);
    }
    return acc;
}

template <int CPL, bool PAIRED>
__device__ __forceinline__ void gemv_load(const uint4 *__restrict__ W, int nch, int u, int lane, uint4 (&wa)[CPL],
                                          uint4 (&wb)[CPL]) {
    const int r0 = PAIRED ? paired_row(u, 0) : u;
    const uint4 *w0 = W + (size_t)r0 * nch;
    const uint4 *w1 = W + (size_t)(r0 + 8) * nch;
#pragma unroll
    for (int i = 0; i < CPL; i++) {
        const int c = lane + 32 * i;
        if (c < nch) {
            wa[i] = __ldg(w0 + c);
            if (PAIRED) wb[i] = __ldg(w1 + c);
        }
    }
}

template <int CPL, bool PAIRED>
__global__ void __launch_bounds__(256) gemv_kernel(const uint4 *__restrict__ W, int K, const int8_t *__restrict__ q,
                                                   const float *__restrict__ qscale, const int *__restrict__ qsum,
                                                   EpiParams ep, NormQuant nq) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int nch = K >> 6;  // 64-element chunks per row = uint4 per row
    const int stride = gridDim.x * 8;
    int u = blockIdx.x * 8 + warp;

    // The first rows' weight loads go out before the activations' so their
    // latencies overlap.
    uint4 wa[CPL], wb[CPL];
#pragma unroll
    for (int i = 0; i < CPL; i++) wa[i] = wb[i] = make_uint4(0, 0, 0, 0);
    if (u < ep.units) gemv_load<CPL, PAIRED>(W, nch, u, lane, wa, wb);

    // The input was normalized and quantized once for all blocks (a NormQuant
    // epilogue of the kernel that produced it, or normquant_kernel): K bytes
    // from L2 per block, held in registers for every row this warp computes.
    const float s = *qscale;
    const int asum = *qsum;
    int4 a[CPL][4];
#pragma unroll
    for (int i = 0; i < CPL; i++) {
        const int c = lane + 32 * i;
        if (c < nch) {
            const int4 *p = reinterpret_cast<const int4 *>(q + c * 64);
#pragma unroll
            for (int m = 0; m < 4; m++) a[i][m] = __ldg(p + m);
        } else {
#pragma unroll
            for (int m = 0; m < 4; m++) a[i][m] = make_int4(0, 0, 0, 0);
        }
    }

    for (; u < ep.units; u += stride) {
        int acc0 = 0, acc1 = 0;
#pragma unroll
        for (int i = 0; i < CPL; i++) {
            if (lane + 32 * i < nch) {
                acc0 = dot64(wa[i], a[i], acc0);
                if (PAIRED) acc1 = dot64(wb[i], a[i], acc1);
            }
        }
        // Next rows' loads go out before this row's reduction and epilogue.
        if (u + stride < ep.units) gemv_load<CPL, PAIRED>(W, nch, u + stride, lane, wa, wb);
        acc0 = warp_sum(acc0);
        if (PAIRED) acc1 = warp_sum(acc1);
        if (lane == 0) {
            if (PAIRED)
                epi_pair(ep, u, 0, acc0, acc1, s, asum);
            else
                epi_one(ep, u, 0, finish_dot(acc0, asum, s, ep.ws[0], ep.os[0]));
        }
    }
    // The next GEMV's input: the output row (or the residual stream it was
    // added to), normalized and quantized once, by the last block to finish.
    if (nq.q) fused_norm_quant(nq, gridDim.x);
}

typedef void (*GemvFn)(const uint4 *, int, const int8_t *, const float *, const int *, EpiParams, NormQuant);

static GemvFn gemv_fn(int cpl, int paired) {
#define BNC_GEMV_CASE(C) \
    case C:              \
        return paired ? gemv_kernel<C, true> : gemv_kernel<C, false>;
    switch (cpl) {
        BNC_GEMV_CASE(1)
        BNC_GEMV_CASE(2)
        BNC_GEMV_CASE(3)
        BNC_GEMV_CASE(4)
        BNC_GEMV_CASE(5)
        BNC_GEMV_CASE(6)
        BNC_GEMV_CASE(7)
        BNC_GEMV_CASE(8)
    }
#undef BNC_GEMV_CASE
    return nullptr;
}

cudaError_t gemv_max_grid(int K, int paired, int sm_count, int *grid) {
    GemvFn f = gemv_fn(gemv_cpl(K), paired);
    if (!f) return cudaErrorInvalidValue;
    int per_sm = 0;
    cudaError_t e = cudaOccupancyMaxActiveBlocksPerMultiprocessor(&per_sm, f, 256, 0);
    if (e != cudaSuccess) return e;
    *grid = (per_sm > 0 ? per_sm : 1) * sm_count;
    return cudaSuccess;
}

cudaError_t launch_gemv(const DevMat &m, const int8_t *q, const float *scale, const int *asum, const EpiParams &ep,
                        const NormQuant &nq, int grid_cap, cudaStream_t st) {
    GemvFn f = gemv_fn(gemv_cpl(m.K), m.paired);
    if (!f || m.K % 128 != 0 || (nq.q && !nq.counter)) return cudaErrorInvalidValue;
    int grid = (ep.units + 7) / 8;
    if (grid_cap > 0 && grid > grid_cap) grid = grid_cap;
    if (grid < 1) grid = 1;
    f<<<grid, 256, 0, st>>>(reinterpret_cast<const uint4 *>(m.w), m.K, q, scale, asum, ep, nq);
    return cudaGetLastError();
}

// ---------------------------------------------------------------------------
// Prefill GEMM.
// ---------------------------------------------------------------------------
constexpr int kAStride = 128 + 16;  // bytes per token row of the activation tile (bank-conflict free B loads)

// mma_s8 accumulates a 16x8x32 int8 product: the PTX m16n8k32 fragment layout
// (A: a0 row g k 4t.., a1 row g+8, a2 row g k 16+4t.., a3 row g+8 k 16+4t..;
// B: b0 col g k 4t.., b1 col g k 16+4t..; C: c0,c1 row g cols 2t,2t+1, c2,c3
// row g+8). Before sm_80 the same result is computed with shuffles and __dp4a.
__device__ __forceinline__ void mma_s8(int (&c)[4], const uint32_t (&a)[4], const uint32_t (&b)[2]) {
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 800
    asm volatile(
        "mma.sync.aligned.m16n8k32.row.col.s32.s8.s8.s32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, "
        "{%0,%1,%2,%3};\n"
        : "+r"(c[0]), "+r"(c[1]), "+r"(c[2]), "+r"(c[3])
        : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));
#else
    const int lane = threadIdx.x & 31, g = lane >> 2, t = lane & 3;
#pragma unroll
    for (int q = 0; q < 4; q++) {
        int la, lb0, lb1;
        mma_emu_lanes(g, t, q, &la, &lb0, &lb1);
        const int a0 = (int)__shfl_sync(0xffffffffu, a[0], la), a1 = (int)__shfl_sync(0xffffffffu, a[1], la);
        const int a2 = (int)__shfl_sync(0xffffffffu, a[2], la), a3 = (int)__shfl_sync(0xffffffffu, a[3], la);
        const int b00 = (int)__shfl_sync(0xffffffffu, b[0], lb0), b01 = (int)__shfl_sync(0xffffffffu, b[1], lb0);
        const int b10 = (int)__shfl_sync(0xffffffffu, b[0], lb1), b11 = (int)__shfl_sync(0xffffffffu, b[1], lb1);
        c[0] = __dp4a(a2, b01, __dp4a(a0, b00, c[0]));
        c[1] = __dp4a(a2, b11, __dp4a(a0, b10, c[1]));
        c[2] = __dp4a(a3, b01, __dp4a(a1, b00, c[2]));
        c[3] = __dp4a(a3, b11, __dp4a(a1, b10, c[3]));
    }
#endif
}

// gemm_kernel multiplies a tile of kGemmRows weight rows by 16*NI token rows:
// 4 x 2 warps, each 32 weight rows by 8*NI tokens. Small batches (a few
// decode rows, short prompts) take NI = 1 or 2, so that no warp multiplies
// token rows that do not exist; the integer sums, and so the results, do not
// depend on NI.
//
// With sk.splits > 1, block z of a tile sums K steps [nk*z/splits,
// nk*(z+1)/splits) (GemmSplit).
template <int NI>
__global__ void __launch_bounds__(256) gemm_kernel(const uint8_t *__restrict__ W, int K, const int8_t *__restrict__ Q,
                                                   const float *__restrict__ scale, const int *__restrict__ asum, int n,
                                                   int paired, EpiParams ep, GemmSplit sk) {
    __shared__ __align__(16) uint8_t Ws[2][kGemmRows * 32];
    constexpr int kToks = 16 * NI;           // token rows per block
    constexpr int kChunks = kToks * 8;       // 16-byte chunks of the activation tile
    constexpr int kE = (kChunks + 255) / 256;  // chunks per thread
    __shared__ __align__(16) int8_t As[2][kToks * kAStride];

    const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const int g = lane >> 2, t = lane & 3;
    const int wm = warp & 3, wn = warp >> 2;  // 4 x 2 warps: 32 rows x 8*NI tokens each
    const int rb = blockIdx.x * kGemmRows, n0 = blockIdx.y * kToks;
    const size_t row_bytes = (size_t)(K >> 2);
    const int nk = K >> 7;
    int kb0 = 0, kb1 = nk;
    if (sk.splits > 1) {
        kb0 = (int)((long long)nk * blockIdx.z / sk.splits);
        kb1 = (int)((long long)nk * (blockIdx.z + 1) / sk.splits);
    }

    // Global -> register -> shared staging coordinates.
    const int wr = tid >> 1, wh = tid & 1;
    const uint8_t *wsrc = W + (size_t)(rb + wr) * row_bytes + wh * 16;
    int at[kE], ap[kE];
    bool aok[kE], ain[kE];
    const int8_t *asrc[kE];
#pragma unroll
    for (int e = 0; e < kE; e++) {
        const int idx = tid + 256 * e;
        ain[e] = kChunks % 256 == 0 || idx < kChunks;  // this thread stages a chunk of the tile
        at[e] = idx >> 3;
        ap[e] = idx & 7;
        aok[e] = ain[e] && n0 + at[e] < n;
        asrc[e] = Q + (size_t)(aok[e] ? n0 + at[e] : 0) * K + ap[e] * 16;
    }
    uint4 rw, ra[kE];
    auto gload = [&](int kb) {
        rw = __ldg(reinterpret_cast<const uint4 *>(wsrc + (size_t)kb * 32));
#pragma unroll
        for (int e = 0; e < kE; e++)
            ra[e] = aok[e] ? __ldg(reinterpret_cast<const uint4 *>(asrc[e] + (size_t)kb * 128)) : make_uint4(0, 0, 0, 0);
    };
    auto sstore = [&](int buf) {
        *reinterpret_cast<uint4 *>(&Ws[buf][wr * 32 + wh * 16]) = rw;
#pragma unroll
        for (int e = 0; e < kE; e++)
            if (ain[e]) *reinterpret_cast<uint4 *>(&As[buf][at[e] * kAStride + ap[e] * 16]) = ra[e];
    };

    int acc[2][NI][4];
#pragma unroll
    for (int mi = 0; mi < 2; mi++)
#pragma unroll
        for (int ni = 0; ni < NI; ni++)
#pragma unroll
            for (int r = 0; r < 4; r++) acc[mi][ni][r] = 0;

    gload(kb0);
    sstore(0);
    __syncthreads();
    for (int kb = kb0; kb < kb1; kb++) {
        const int buf = (kb - kb0) & 1;
        if (kb + 1 < kb1) gload(kb + 1);
#pragma unroll
        for (int s = 0; s < 4; s++) {  // k32 steps
            uint32_t a[2][4], b[NI][2];
#pragma unroll
            for (int mi = 0; mi < 2; mi++) {
                const uint8_t *wp = &Ws[buf][(wm * 32 + mi * 16 + g) * 32 + 8 * s];
                frag_a(*reinterpret_cast<const uint2 *>(wp), *reinterpret_cast<const uint2 *>(wp + 8 * 32), t, a[mi]);
            }
#pragma unroll
            for (int ni = 0; ni < NI; ni++) {
                const int8_t *bp = &As[buf][(wn * 8 * NI + ni * 8 + g) * kAStride + 32 * s + 4 * t];
                b[ni][0] = *reinterpret_cast<const uint32_t *>(bp);
                b[ni][1] = *reinterpret_cast<const uint32_t *>(bp + 16);
            }
#pragma unroll
            for (int mi = 0; mi < 2; mi++)
#pragma unroll
                for (int ni = 0; ni < NI; ni++) mma_s8(acc[mi][ni], a[mi], b[ni]);
        }
        if (kb + 1 < kb1) sstore(buf ^ 1);
        __syncthreads();
    }

    if (sk.splits > 1) {
        // Each thread stores its sums where the same thread of the tile's
        // other blocks will look for them; the last block to arrive adds them.
        const int tile = blockIdx.y * gridDim.x + blockIdx.x;
        int4 *mine = reinterpret_cast<int4 *>(sk.part) + ((size_t)(tile * sk.splits + blockIdx.z) * 256 + tid) * 2 * NI;
#pragma unroll
        for (int mi = 0; mi < 2; mi++)
#pragma unroll
            for (int ni = 0; ni < NI; ni++)
                mine[mi * NI + ni] = make_int4(acc[mi][ni][0], acc[mi][ni][1], acc[mi][ni][2], acc[mi][ni][3]);
        __shared__ int last;
        __threadfence();
        __syncthreads();
        if (tid == 0) last = atomicAdd(sk.counters + tile, 1) == sk.splits - 1;
        __syncthreads();
        if (!last) return;
        __threadfence();
        for (int z = 0; z < sk.splits; z++) {
            if (z == (int)blockIdx.z) continue;
            const int4 *other =
                reinterpret_cast<const int4 *>(sk.part) + ((size_t)(tile * sk.splits + z) * 256 + tid) * 2 * NI;
#pragma unroll
            for (int mi = 0; mi < 2; mi++)
#pragma unroll
                for (int ni = 0; ni < NI; ni++) {
                    const int4 v = __ldcg(other + mi * NI + ni);
                    acc[mi][ni][0] += v.x, acc[mi][ni][1] += v.y, acc[mi][ni][2] += v.z, acc[mi][ni][3] += v.w;
                }
        }
        if (tid == 0) sk.counters[tile] = 0;
    }

#pragma unroll
    for (int mi = 0; mi < 2; mi++) {
        const int R = rb + wm * 32 + mi * 16;  // first row of this 16-row tile
#pragma unroll
        for (int ni = 0; ni < NI; ni++) {
#pragma unroll
            for (int h = 0; h < 2; h++) {
                const int tok = n0 + wn * 8 * NI + ni * 8 + 2 * t + h;
                if (tok >= n) continue;
                const float s = scale[tok];
                const int as = asum[tok];
                if (paired) {
                    const int p = 8 * (R >> 4) + g;
                    if (p < ep.units) epi_pair(ep, p, tok, acc[mi][ni][h], acc[mi][ni][2 + h], s, as);
                } else {
                    const int r = R + g;
                    if (r < ep.units) epi_one(ep, r, tok, finish_dot(acc[mi][ni][h], as, s, ep.ws[0], ep.os[0]));
                    if (r + 8 < ep.units)
                        epi_one(ep, r + 8, tok, finish_dot(acc[mi][ni][2 + h], as, s, ep.ws[0], ep.os[0]));
                }
            }
        }
    }
}

// The narrowest tile that holds every token row: 16, 32, then 64 wide.
static int gemm_ni(int n) { return n <= 16 ? 1 : n <= 32 ? 2 : 4; }

size_t gemm_split_ints(int sm_count) {
    // gemm_splits keeps tiles x splits under 3 x sm_count blocks, each with
    // 256 threads of 8 x NI sums.
    return (size_t)(3 * (sm_count > 0 ? sm_count : 1)) * 256 * 8 * kGemmSplitNI;
}

int gemm_tiles(const DevMat &m, int n) {
    const int ni = gemm_ni(n);
    return m.rows_dev / kGemmRows * ((n + 16 * ni - 1) / (16 * ni));
}

size_t gemm_part_ints(const DevMat &m, int n, int splits) {
    return (size_t)gemm_tiles(m, n) * splits * 256 * 8 * gemm_ni(n);
}

int gemm_splits(const DevMat &m, int n, int sm_count) {
    if (gemm_ni(n) > kGemmSplitNI || sm_count < 1 || m.K % 128 != 0) return 1;
    const int tiles = gemm_tiles(m, n);
    if (tiles < 1 || tiles >= sm_count) return 1;
    // About two blocks per SM, each with at least one K step, within the
    // scratch: tiles * splits < 2 * sm_count + tiles < 3 * sm_count.
    int s = (2 * sm_count + tiles - 1) / tiles;
    if (s > kGemmMaxSplits) s = kGemmMaxSplits;
    if (s > (m.K >> 7)) s = m.K >> 7;
    return s < 1 ? 1 : s;
}

cudaError_t launch_gemm(const DevMat &m, const int8_t *q, const float *scale, const int *asum, int n,
                        const EpiParams &ep, cudaStream_t st, const GemmSplit &sk) {
    if (m.K % 128 != 0 || m.rows_dev % kGemmRows != 0 || n < 1) return cudaErrorInvalidValue;
    const int ni = gemm_ni(n);
    dim3 grid(m.rows_dev / kGemmRows, (n + 16 * ni - 1) / (16 * ni));
    if (grid.y > 65535) return cudaErrorInvalidValue;
    GemmSplit s = sk;
    if (s.splits > 1) {
        // The caller's scratch was sized by gemm_split_ints for tiles x
        // splits blocks of up to kGemmSplitNI; anything else is a bug.
        if (ni > kGemmSplitNI || !s.part || !s.counters || s.splits > (m.K >> 7)) return cudaErrorInvalidValue;
        grid.z = s.splits;
    } else {
        s.splits = 1;
    }
    switch (ni) {
    case 1: gemm_kernel<1><<<grid, 256, 0, st>>>(m.w, m.K, q, scale, asum, n, m.paired, ep, s); break;
    case 2: gemm_kernel<2><<<grid, 256, 0, st>>>(m.w, m.K, q, scale, asum, n, m.paired, ep, s); break;
    default: gemm_kernel<4><<<grid, 256, 0, st>>>(m.w, m.K, q, scale, asum, n, m.paired, ep, s); break;
    }
    return cudaGetLastError();
}

}  // namespace bnc
