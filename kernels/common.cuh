// common.cuh: layouts, numeric helpers and reductions shared by the kernels.
//
// Numeric contract (docs/CUDA.md): with precision fp32 ("exact") every step
// that the CPU engine's exact mode computes in float64 is computed in double
// here too, and every float32 step uses the same single roundings (the
// __f*_rn / __d*_rn intrinsics keep nvcc from contracting them into FMAs), so
// the GPU reproduces the CPU's int8 activation codes and its logits to ~1e-7.
// fp16/bf16 keep the KV cache in that type and do the rest in float32.
#pragma once

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <stdint.h>

#include "bitnet_cuda.h"

#define BNC_HD __host__ __device__ __forceinline__

// ---------------------------------------------------------------------------
// Ternary weight layout on the device ("T2W").
//
// Rows of K codes (0,1,2 for -1,0,+1) take K/4 bytes each. Each little-endian
// 32-bit word holds 16 consecutive elements: element 4j+b of the group sits in
// byte b at bits 2j..2j+1. So (w >> 2j) & 0x03030303 is four consecutive codes
// as four bytes: one __dp4a operand, or one int8 MMA A-fragment register.
// ---------------------------------------------------------------------------
BNC_HD int t2w_shift(int t) { return 8 * (t & 3) + 2 * (t >> 2); }

// repack_src locates the 16 I2_S bytes of T2W word w (elements 16w..16w+15)
// of row r: 128-element blocks of 32 bytes, byte j holding elements j, 32+j,
// 64+j, 96+j at bits 7:6, 5:4, 3:2, 1:0 (docs: formats.md).
BNC_HD void repack_src(int r, int w, int K, size_t *offset, int *shift) {
    const int k0 = 16 * w, blk = k0 / 128, i0 = k0 % 128;
    *shift = 6 - 2 * (i0 / 32);
    *offset = (size_t)r * (K / 4) + (size_t)blk * 32 + (i0 % 32);
}

// repack_word builds one T2W word from the 16 I2_S bytes holding those 16
// elements (at bit offset `shift` of each byte). Code 3, which bitnet.cpp
// never writes, becomes 1 (weight 0), as the CPU engine decodes it.
BNC_HD uint32_t repack_word(const uint4 &v, int shift) {
    const uint32_t by[4] = {v.x, v.y, v.z, v.w};
    uint32_t out = 0;
    for (int t = 0; t < 16; t++) {  // fully unrolled by nvcc at -O3
        uint32_t code = (by[t >> 2] >> (8 * (t & 3) + shift)) & 3u;
        if (code == 3) code = 1;
        out |= code << t2w_shift(t);
    }
    return out;
}

// frag_a unpacks the int8 MMA A fragment (m16n8k32) of lane (g, t) from the
// two T2W words of row g (lo) and row g+8 (hi) for one 32-element k step.
BNC_HD void frag_a(const uint2 &lo, const uint2 &hi, int t, uint32_t (&a)[4]) {
    a[0] = (lo.x >> (2 * t)) & 0x03030303u;  // row g,   k 4t..4t+3
    a[1] = (hi.x >> (2 * t)) & 0x03030303u;  // row g+8, k 4t..4t+3
    a[2] = (lo.y >> (2 * t)) & 0x03030303u;  // row g,   k 16+4t..
    a[3] = (hi.y >> (2 * t)) & 0x03030303u;  // row g+8, k 16+4t..
}

// Paired layout: matrices whose outputs are consumed two at a time (RoPE
// pairs, gate/up pairs) keep pair p's rows 8 apart inside a 16-row tile, so
// one int8 MMA fragment (rows g and g+8) and one decode warp see both.
BNC_HD int paired_row(int p, int side) { return 16 * (p >> 3) + 8 * side + (p & 7); }
BNC_HD int paired_rows(int pairs) { return 16 * ((pairs + 7) / 8); }

// The fused Q|K|V matrix: logical rows [0,qdim) are Q, then K, then V.
// rope_norm picks the RoPE pair layout (model.RopeKind): 0 rotates dims
// (i, i+rd/2) of a head (NEOX: the BitNet and Qwen families), 1 rotates
// (2i, 2i+1) (llama.cpp's LLAMA_ROPE_TYPE_NORM: the Llama family). Either
// way the dims past rd pair up as (rd+2j, rd+2j+1), so with rope_norm every
// pair of a head is two adjacent dims.
struct QKVShape {
    int qdim, kvdim, hd, rd;  // rd = rotated dims per head (even, <= hd)
    int rope_norm;
};

BNC_HD int qkv_pairs(const QKVShape &s) { return (s.qdim + 2 * s.kvdim) / 2; }

// Head-local pair of dim w.
BNC_HD void head_pair_of_dim(const QKVShape &s, int w, int *pih, int *side) {
    int half = s.rd / 2;
    if (s.rope_norm) {
        *pih = w / 2;
        *side = w % 2;
    } else if (w < s.rd) {
        *pih = w % half;
        *side = w / half;
    } else {
        *pih = half + (w - s.rd) / 2;
        *side = (w - s.rd) % 2;
    }
}

// head_dims_of_pair is the inverse within a head: the two dims of head-local
// pair pih and its RoPE frequency index (-1: not rotated).
BNC_HD void head_dims_of_pair(const QKVShape &s, int pih, int *ia, int *ib, int *ri) {
    const int half = s.rd / 2;
    if (s.rope_norm) {
        *ia = 2 * pih;
        *ib = *ia + 1;
        *ri = pih < half ? pih : -1;
    } else if (pih < half) {
        *ia = pih;
        *ib = pih + half;
        *ri = pih;
    } else {
        *ia = s.rd + 2 * (pih - half);
        *ib = *ia + 1;
        *ri = -1;
    }
}

// qkv_pair_of_row maps a logical Q|K|V row to its pair and side.
BNC_HD void qkv_pair_of_row(const QKVShape &s, int L, int *p, int *side) {
    if (L < s.qdim + s.kvdim) {
        int base = 0, off = L;
        if (L >= s.qdim) {
            base = s.qdim / 2;
            off = L - s.qdim;
        }
        int head = off / s.hd, pih;
        head_pair_of_dim(s, off % s.hd, &pih, side);
        *p = base + head * (s.hd / 2) + pih;
        return;
    }
    int off = L - s.qdim - s.kvdim;
    *p = (s.qdim + s.kvdim) / 2 + off / 2;
    *side = off % 2;
}

// qkv_rows_of_pair is the inverse: segment (0 Q, 1 K, 2 V), the two dims
// within the segment, and the RoPE frequency index (-1: not rotated).
BNC_HD void qkv_rows_of_pair(const QKVShape &s, int p, int *seg, int *ia, int *ib, int *ri) {
    int qp = s.qdim / 2, kp = s.kvdim / 2;
    if (p < qp + kp) {
        int off = p;
        *seg = 0;
        if (p >= qp) {
            off = p - qp;
            *seg = 1;
        }
        int hp = s.hd / 2, head = off / hp;
        head_dims_of_pair(s, off % hp, ia, ib, ri);
        *ia += head * s.hd;
        *ib += head * s.hd;
        return;
    }
    int off = p - qp - kp;
    *seg = 2;
    *ia = 2 * off;
    *ib = 2 * off + 1;
    *ri = -1;
}

// mma_emu_lanes: the lanes whose fragments lane (g, t) reads, in step q (0..3)
// of the pre-sm_80 emulation of m16n8k32: la holds rows g and g+8 at k ints
// q and 4+q (A), lb0 and lb1 hold columns 2t and 2t+1 at k ints q and 4+q (B).
BNC_HD void mma_emu_lanes(int g, int t, int q, int *la, int *lb0, int *lb1) {
    *la = 4 * g + q;
    *lb0 = 4 * (2 * t) + q;
    *lb1 = *lb0 + 4;
}

#ifdef __CUDACC__

// ---------------------------------------------------------------------------
// Storage conversions.
// ---------------------------------------------------------------------------
__device__ __forceinline__ float to_f(float x) { return x; }
__device__ __forceinline__ float to_f(__half x) { return __half2float(x); }
// bf16 -> f32 is exact: the 16 bits become the high half of the float. Written
// out because cuda_bf16.h's sm_75 path is inline PTX with an immediate in a
// vector operand ("mov.b32 %f, {0,%rs}") that GPGPU-Sim's PTX parser rejects.
__device__ __forceinline__ float to_f(__nv_bfloat16 x) {
    const __nv_bfloat16_raw r = x;
    return __uint_as_float((unsigned)r.x << 16);
}

template <typename T>
__device__ __forceinline__ T from_f(float x);
template <>
__device__ __forceinline__ float from_f<float>(float x) {
    return x;
}
template <>
__device__ __forceinline__ __half from_f<__half>(float x) {
    return __float2half_rn(x);
}
template <>
__device__ __forceinline__ __nv_bfloat16 from_f<__nv_bfloat16>(float x) {
    return __float2bfloat16_rn(x);
}

// store_typed writes x into element i of a buffer of storage type t.
__device__ __forceinline__ void store_typed(void *buf, int t, size_t i, float x) {
    switch (t) {
    case BNC_TYPE_F16:
        ((__half *)buf)[i] = __float2half_rn(x);
        break;
    case BNC_TYPE_BF16:
        ((__nv_bfloat16 *)buf)[i] = __float2bfloat16_rn(x);
        break;
    default:
        ((float *)buf)[i] = x;
    }
}

// ---------------------------------------------------------------------------
// Reductions. Xor butterflies leave the identical result in every lane
// (a+b == b+a exactly), and block results are combined in warp order by every
// thread: results are deterministic and identical across blocks and launches
// (the fused NormQuant epilogues give the same bits whichever block is last).
// ---------------------------------------------------------------------------
template <typename T>
__device__ __forceinline__ T warp_sum(T v) {
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
    return v;
}

template <typename T>
__device__ __forceinline__ T warp_max(T v) {
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) v = max(v, __shfl_xor_sync(0xffffffffu, v, o));
    return v;
}

template <typename T>
__device__ __forceinline__ T block_sum(T v) {
    __shared__ T sh[32];
    v = warp_sum(v);
    const int w = threadIdx.x >> 5, nw = blockDim.x >> 5;
    __syncthreads();  // the previous reduction's readers are done with sh
    if ((threadIdx.x & 31) == 0) sh[w] = v;
    __syncthreads();
    T r = sh[0];
    for (int i = 1; i < nw; i++) r += sh[i];
    return r;
}

template <typename T>
__device__ __forceinline__ T block_max(T v) {
    __shared__ T sh[32];
    v = warp_max(v);
    const int w = threadIdx.x >> 5, nw = blockDim.x >> 5;
    __syncthreads();
    if ((threadIdx.x & 31) == 0) sh[w] = v;
    __syncthreads();
    T r = sh[0];
    for (int i = 1; i < nw; i++) r = max(r, sh[i]);
    return r;
}

// ---------------------------------------------------------------------------
// RMSNorm and int8 activation quantization (the CPU's rmsNormExact followed by
// quant.QuantizeActivations, i.e. bitnet.cpp's quantize_row_i8_s).
// ---------------------------------------------------------------------------

// norm_value is element k of rmsnorm(x)*w given the row's scale.
__device__ __forceinline__ float norm_value_exact(float x, double sc, float w) {
    return __double2float_rn(__dmul_rn(__dmul_rn((double)x, sc), (double)w));
}
__device__ __forceinline__ float norm_value_fast(float x, float sc, float w) {
    return __fmul_rn(__fmul_rn(x, sc), w);
}

// ld_x reads element k of a row. CG (cache-global) reads through L2 only:
// needed when other blocks of the same launch wrote the row (the fused
// norm+quantize epilogues), since L1 is not coherent across SMs. Either way
// the value, and so every rounding below, is the same.
template <bool CG>
__device__ __forceinline__ float ld_x(const float *__restrict__ x, int k) {
    return CG ? __ldcg(x + k) : x[k];
}

// kNormThreads is the reduction width of a row's sum of squares: the sum is
// taken as a block of this many threads would take it (strided partial sums,
// a butterfly per warp, the warps in order) whatever the calling block's size,
// so that the 128-thread decode attention's fused NormQuant gives the same
// bits as the 256-thread kernels' and the prefill/batch normquant_kernel.
// Float addition is not associative: a block size that changed the order
// would change the scale in its last bit, and the fp16 batched logits with it.
constexpr int kNormThreads = 256;

// add_sq is ss + v*v: in double with each step rounded (exact mode), or one
// float FMA.
__device__ __forceinline__ double add_sq(double ss, float v) {
    const double d = (double)v;
    return __dadd_rn(ss, __dmul_rn(d, d));
}
__device__ __forceinline__ float add_sq(float ss, float v) { return fmaf(v, v, ss); }

// block_sumsq returns the sum of x[k]^2 over the row (every thread) in the
// order of a kNormThreads-thread block. NT is the block size (blockDim.x), a
// multiple of 32 dividing kNormThreads: thread t keeps the partials of the
// virtual threads t, t+NT, ..., and each of its warps holds whole virtual
// warps. A compile-time NT keeps the 256-thread case the single loop it was.
// With CG (a fused epilogue) and B > 1 each thread loads up to B elements
// before adding their squares, in the same order.
//
// kNQBatch is that B by default, and how many elements block_norm_quant's
// passes load before using them. Measured on sm_90 (an H200) only: older
// architectures keep one load at a time, as before, since ptxas spilled on
// sm_75 and sm_80 with more.
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 900
constexpr int kNQBatch = 1;
#else
constexpr int kNQBatch = 8;
#endif

template <bool CG, typename T, int NT, int B = kNQBatch>
__device__ __forceinline__ T block_sumsq(const float *__restrict__ x, int K) {
    static_assert(NT % 32 == 0 && kNormThreads % NT == 0, "block size must divide kNormThreads in warps");
    constexpr int R = kNormThreads / NT;
    __shared__ T sh[kNormThreads / 32];
    T ss[R];
#pragma unroll
    for (int r = 0; r < R; r++) {
        ss[r] = 0;
        int k = threadIdx.x + r * NT;
        if (CG && B > 1) {
            // The fused epilogues run this in one block while the rest of
            // the GPU waits: B loads in flight, then their squares added in
            // the same order as below (the same bits), instead of one L2
            // round trip per element.
            for (; k < K; k += B * kNormThreads) {
                float v[B];
#pragma unroll
                for (int j = 0; j < B; j++)
                    if (k + j * kNormThreads < K) v[j] = ld_x<CG>(x, k + j * kNormThreads);
#pragma unroll
                for (int j = 0; j < B; j++)
                    if (k + j * kNormThreads < K) ss[r] = add_sq(ss[r], v[j]);
            }
        }
        // Not unrolled: with the constant stride nvcc would unroll it, and
        // the extra loads in flight spill in head_kernel<float, double>.
#pragma unroll 1
        for (; k < K; k += kNormThreads) ss[r] = add_sq(ss[r], ld_x<CG>(x, k));
        ss[r] = warp_sum(ss[r]);
    }
    __syncthreads();  // an earlier call's readers are done with sh
    if ((threadIdx.x & 31) == 0) {
#pragma unroll
        for (int r = 0; r < R; r++) sh[(threadIdx.x + r * NT) >> 5] = ss[r];
    }
    __syncthreads();
    T sum = sh[0];
    for (int i = 1; i < kNormThreads / 32; i++) sum += sh[i];
    return sum;
}

// block_norm_scale returns 1/sqrt(mean(x^2)+eps) for one row (every thread
// of a block of NT threads).
template <bool CG = false, int NT = kNormThreads, int B = kNQBatch>
__device__ __forceinline__ double block_norm_scale_exact(const float *__restrict__ x, int K, float eps) {
    const double ss = block_sumsq<CG, double, NT, B>(x, K);
    return 1.0 / sqrt(ss / (double)K + (double)eps);
}
template <bool CG = false, int NT = kNormThreads, int B = kNQBatch>
__device__ __forceinline__ float block_norm_scale_fast(const float *__restrict__ x, int K, float eps) {
    const float ss = block_sumsq<CG, float, NT, B>(x, K);
    return 1.0f / sqrtf(ss / (float)K + eps);
}

// quant_code is clamp(round_half_even(h*s), -128, 127).
__device__ __forceinline__ int quant_code(float h, float s) {
    int r = __float2int_rn(__fmul_rn(h, s));
    return min(max(r, -128), 127);
}

// block_norm_quant's two passes over its thread's elements (stride
// blockDim.x): the largest |h| and the quantization, h = x (kNQNone) or
// rms(x)*w in exact or fast arithmetic. Each loads up to B elements of x (and
// w), the last batch cut at K, before using any: a fused epilogue runs this in one block while the rest of
// the GPU waits, and one L2 round trip per element made it most of a decode
// GEMV's time. The maximum and the integer sum are exact in any order.
constexpr int kNQNone = 0, kNQExact = 1, kNQFast = 2;

template <int MODE>
__device__ __forceinline__ float nq_h(float xv, float wv, double dsc, float fsc) {
    return MODE == kNQNone ? xv : MODE == kNQExact ? norm_value_exact(xv, dsc, wv) : norm_value_fast(xv, fsc, wv);
}

// nq_load loads the thread's elements k, k+st, ..., k+(B-1)*st below K of
// x (and w) into xv (and wv).
template <bool CG, int B, int MODE>
__device__ __forceinline__ void nq_load(const float *__restrict__ x, const float *__restrict__ w, int K, int k, int st,
                                        float (&xv)[B], float (&wv)[B]) {
#pragma unroll
    for (int j = 0; j < B; j++) {
        if (k + j * st < K) {
            xv[j] = ld_x<CG>(x, k + j * st);
            wv[j] = MODE == kNQNone ? 0.f : w[k + j * st];
        }
    }
}

template <bool CG, int B, int MODE>
__device__ __forceinline__ float nq_max(const float *__restrict__ x, const float *__restrict__ w, int K, double dsc,
                                        float fsc) {
    const int st = blockDim.x;
    float mx = 0.f;
    int k = threadIdx.x;
    for (; k < K; k += B * st) {
        float xv[B], wv[B];
        nq_load<CG, B, MODE>(x, w, K, k, st, xv, wv);
#pragma unroll
        for (int j = 0; j < B; j++)
            if (k + j * st < K) mx = fmaxf(mx, fabsf(nq_h<MODE>(xv[j], wv[j], dsc, fsc)));
    }
    return mx;
}

template <bool CG, int B, int MODE>
__device__ __forceinline__ int nq_quant(const float *__restrict__ x, const float *__restrict__ w, int K, double dsc,
                                        float fsc, float s, int8_t *q) {
    const int st = blockDim.x;
    int as = 0;
    int k = threadIdx.x;
    for (; k < K; k += B * st) {
        float xv[B], wv[B];
        nq_load<CG, B, MODE>(x, w, K, k, st, xv, wv);
#pragma unroll
        for (int j = 0; j < B; j++) {
            if (k + j * st < K) {
                const int r = quant_code(nq_h<MODE>(xv[j], wv[j], dsc, fsc), s);
                q[k + j * st] = (int8_t)r;
                as += r;
            }
        }
    }
    return as;
}

// block_norm_quant normalizes one row and quantizes it to int8 into q (shared
// or global memory); w == nullptr quantizes the row as it is (no norm). Every thread of the block must call it; all get s and
// asum. NT is the block size. The one order-sensitive reduction, the sum of
// squares, runs in the order of a kNormThreads-thread block whatever NT (the
// maximum and the integer sum are exact in any order), so the prefill kernel, the
// decode epilogues (256-thread GEMVs, 128-thread decode attention) and the
// earlier per-block GEMV prologue all produce the same bits.
template <bool CG = false, int NT = kNormThreads, int B = kNQBatch>
__device__ __forceinline__ void block_norm_quant(const float *__restrict__ x, const float *__restrict__ w, int K,
                                                 float eps, int exact, int8_t *q, float &s_out, int &asum_out) {
    float mx;
    double dsc = 0;
    float fsc = 0;
    if (!w) {
        // No norm (a family without sub-norms): the row itself is quantized,
        // as the CPU's normQuant does with a nil weight.
        mx = nq_max<CG, B, kNQNone>(x, w, K, dsc, fsc);
    } else if (exact) {
        dsc = block_norm_scale_exact<CG, NT, B>(x, K, eps);
        mx = nq_max<CG, B, kNQExact>(x, w, K, dsc, fsc);
    } else {
        fsc = block_norm_scale_fast<CG, NT, B>(x, K, eps);
        mx = nq_max<CG, B, kNQFast>(x, w, K, dsc, fsc);
    }
    mx = block_max(mx);
    // bitnet.cpp: m = max(1e-5, max|h|) in double; s = float(127/m).
    const double m = fmax(1e-5, (double)mx);
    const float s = __double2float_rn(127.0 / m);
    const int as = !w      ? nq_quant<CG, B, kNQNone>(x, w, K, dsc, fsc, s, q)
                   : exact ? nq_quant<CG, B, kNQExact>(x, w, K, dsc, fsc, s, q)
                           : nq_quant<CG, B, kNQFast>(x, w, K, dsc, fsc, s, q);
    asum_out = block_sum(as);
    s_out = s;
}

// block_norm writes rmsnorm(x)*w (float) into dst.
__device__ __forceinline__ void block_norm(const float *__restrict__ x, const float *__restrict__ w, int K, float eps,
                                           int exact, float *dst) {
    if (exact) {
        double sc = block_norm_scale_exact(x, K, eps);
        for (int k = threadIdx.x; k < K; k += blockDim.x) dst[k] = norm_value_exact(x[k], sc, w[k]);
    } else {
        float sc = block_norm_scale_fast(x, K, eps);
        for (int k = threadIdx.x; k < K; k += blockDim.x) dst[k] = norm_value_fast(x[k], sc, w[k]);
    }
}

// rope_rotate rotates the pair (a, b) by the angle whose cos and sin are c
// and sn: a*c - b*sn, a*sn + b*c. Exact mode as cpu.rotateNeoxExact and
// rotateNormExact (float64 products, exact, then one rounding); otherwise
// float32 FMAs.
__device__ __forceinline__ void rope_rotate(float &a, float &b, float c, float sn, int exact) {
    if (exact) {
        double x0 = a, x1 = b;
        double r0 = __dsub_rn(__dmul_rn(x0, (double)c), __dmul_rn(x1, (double)sn));
        double r1 = __dadd_rn(__dmul_rn(x0, (double)sn), __dmul_rn(x1, (double)c));
        a = __double2float_rn(r0);
        b = __double2float_rn(r1);
    } else {
        float r0 = fmaf(a, c, -b * sn);
        float r1 = fmaf(a, sn, b * c);
        a = r0;
        b = r1;
    }
}

// finish turns an integer dot product into the layer output as bitnet.cpp
// does: ((float(acc) - float(asum)) / s) * wscale, then the optional extra
// output scale (1 for I2_S files; exact either way).
__device__ __forceinline__ float finish_dot(int acc, int asum, float s, float ws, float os) {
    float y = __fdiv_rn(__fsub_rn((float)acc, (float)asum), s);
    return __fmul_rn(__fmul_rn(y, ws), os);
}

// act_mul is act(g)*u in the CPU engine's roundings (cpu.activate).
__device__ __forceinline__ float act_mul(int act, float g, float u, int exact) {
    switch (act) {
    case BNC_ACT_SILU: {
        float e = exact ? __double2float_rn(exp(-(double)g)) : expf(-g);
        return __fmul_rn(__fdiv_rn(g, __fadd_rn(1.0f, e)), u);
    }
    case BNC_ACT_GELU: {
        if (exact) {
            const double c = 0.7978845608028654;
            double x = (double)g;
            double cube = __dmul_rn(__dmul_rn(__dmul_rn(0.044715, x), x), x);
            double t = tanh(__dmul_rn(c, __dadd_rn(x, cube)));
            return __fmul_rn(__double2float_rn(__dmul_rn(__dmul_rn(0.5, x), __dadd_rn(1.0, t))), u);
        }
        const float c = 0.7978845608f;
        float t = tanhf(c * (g + 0.044715f * g * g * g));
        return 0.5f * g * (1.0f + t) * u;
    }
    default: {
        float r = g > 0.f ? g : 0.f;
        return __fmul_rn(__fmul_rn(r, r), u);
    }
    }
}

#endif  // __CUDACC__
