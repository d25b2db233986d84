// attention.cu: causal grouped-query attention over the device KV cache.
//
// Decode (one query) has its own kernel, attn_decode_kernel (below). Prefill:
// one block of 4 warps per (head, query token, split). Each warp walks its
// share of the split's positions with an online softmax (running max, sum
// and weighted value sum); the 4 warps then merge in shared memory. With
// nsplit > 1 (decode: few queries, long cache) every split writes its partial
// (max, sum, values) and the last block to finish one (head, token) merges
// the partials in split order, so the result does not depend on which block
// finishes last, and resets the counter for the next launch (CUDA graph
// replays reuse it). The query position comes from device memory, so one
// captured decode graph serves every position.
//
// Precision: fp32 mode accumulates in double like the CPU's exact mode
// (scores, softmax and the weighted sum in float64); fp16/bf16 read the cache
// in that type and accumulate in float.
#include "internal.h"

namespace bnc {

constexpr int kAttnWarps = 4;
constexpr int kMaxDPL = kMaxHeadDim / 32;  // dims per lane

template <typename AT>
__device__ __forceinline__ AT exp_t(AT x);
template <>
__device__ __forceinline__ double exp_t<double>(double x) {
    return exp(x);
}
template <>
__device__ __forceinline__ float exp_t<float>(float x) {
    return expf(x);
}

template <typename CT, typename AT>
__global__ void __launch_bounds__(kAttnWarps * 32) attn_kernel(AttnParams p) {
    const int h = blockIdx.x, i = blockIdx.y, sidx = blockIdx.z;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int hd = p.hd, dpl = hd >> 5;
    const int L = *p.pos + i + 1;  // positions 0..L-1 are visible
    const int chunk = (L + p.nsplit - 1) / p.nsplit;
    const int j0 = sidx * chunk, j1 = min(L, j0 + chunk);
    const size_t koff = (size_t)(h / p.group) * hd;
    const CT *__restrict__ K = reinterpret_cast<const CT *>(p.kc);
    const CT *__restrict__ V = reinterpret_cast<const CT *>(p.vc);
    const AT scale = (AT)1 / sqrt((AT)hd);

    AT qv[kMaxDPL], acc[kMaxDPL];
    const float *q = p.q + (size_t)i * p.ldq + (size_t)h * hd;
#pragma unroll
    for (int e = 0; e < kMaxDPL; e++) {
        qv[e] = e < dpl ? (AT)q[lane + 32 * e] : (AT)0;
        acc[e] = 0;
    }
    AT m = -INFINITY, l = 0;
    for (int j = j0 + warp; j < j1; j += kAttnWarps) {
        const CT *kr = K + (size_t)j * p.kvdim + koff;
        const CT *vr = V + (size_t)j * p.kvdim + koff;
        AT d = 0, vv[kMaxDPL];
#pragma unroll
        for (int e = 0; e < kMaxDPL; e++) {
            if (e < dpl) {
                d += qv[e] * (AT)to_f(kr[lane + 32 * e]);
                vv[e] = (AT)to_f(vr[lane + 32 * e]);
            }
        }
        d = warp_sum(d) * scale;
        if (d > m) {  // new maximum: rescale what was summed so far
            const AT corr = exp_t<AT>(m - d);
            l *= corr;
#pragma unroll
            for (int e = 0; e < kMaxDPL; e++) acc[e] *= corr;
            m = d;
        }
        const AT pj = exp_t<AT>(d - m);
        l += pj;
#pragma unroll
        for (int e = 0; e < kMaxDPL; e++)
            if (e < dpl) acc[e] += pj * vv[e];
    }

    // Merge the warps.
    __shared__ AT sm_m[kAttnWarps], sm_l[kAttnWarps];
    __shared__ AT sm_acc[kAttnWarps][kMaxHeadDim];
    __shared__ AT red_m, red_l;
    __shared__ int is_last;
    if (lane == 0) {
        sm_m[warp] = m;
        sm_l[warp] = l;
    }
#pragma unroll
    for (int e = 0; e < kMaxDPL; e++)
        if (e < dpl) sm_acc[warp][lane + 32 * e] = acc[e];
    __syncthreads();
    if (threadIdx.x == 0) {
        AT M = -INFINITY;
        for (int w = 0; w < kAttnWarps; w++) M = max(M, sm_m[w]);
        AT S = 0;
        for (int w = 0; w < kAttnWarps; w++)
            if (sm_m[w] != -INFINITY) S += sm_l[w] * exp_t<AT>(sm_m[w] - M);
        red_m = M;
        red_l = S;
    }
    __syncthreads();
    const AT M = red_m, S = red_l;
    AT wgt[kAttnWarps];
#pragma unroll
    for (int w = 0; w < kAttnWarps; w++) wgt[w] = sm_m[w] != -INFINITY ? exp_t<AT>(sm_m[w] - M) : (AT)0;

    float *out = p.out + (size_t)i * p.ldo + (size_t)h * hd;
    if (p.nsplit == 1) {
        for (int d = threadIdx.x; d < hd; d += blockDim.x) {
            AT a = 0;
#pragma unroll
            for (int w = 0; w < kAttnWarps; w++) a += sm_acc[w][d] * wgt[w];
            out[d] = (float)(a / S);
        }
        return;
    }

    // Split: publish this split's partial, then the last block merges.
    const int unit = i * p.heads + h;
    AT *part = reinterpret_cast<AT *>(p.part) + ((size_t)unit * p.nsplit + sidx) * (hd + 2);
    for (int d = threadIdx.x; d < hd; d += blockDim.x) {
        AT a = 0;
#pragma unroll
        for (int w = 0; w < kAttnWarps; w++) a += sm_acc[w][d] * wgt[w];
        part[2 + d] = a;
    }
    if (threadIdx.x == 0) {
        part[0] = M;
        part[1] = S;
    }
    __threadfence();
    __syncthreads();
    if (threadIdx.x == 0) is_last = atomicAdd(&p.counters[unit], 1) == p.nsplit - 1;
    __syncthreads();
    if (!is_last) return;
    __threadfence();
    const AT *all = reinterpret_cast<const AT *>(p.part) + (size_t)unit * p.nsplit * (hd + 2);
    AT GM = -INFINITY;
    for (int s2 = 0; s2 < p.nsplit; s2++) GM = max(GM, __ldcg(all + (size_t)s2 * (hd + 2)));
    AT GS = 0;
    for (int s2 = 0; s2 < p.nsplit; s2++) {
        const AT ms = __ldcg(all + (size_t)s2 * (hd + 2));
        if (ms != -INFINITY) GS += __ldcg(all + (size_t)s2 * (hd + 2) + 1) * exp_t<AT>(ms - GM);
    }
    for (int d = threadIdx.x; d < hd; d += blockDim.x) {
        AT a = 0;
        for (int s2 = 0; s2 < p.nsplit; s2++) {
            const AT ms = __ldcg(all + (size_t)s2 * (hd + 2));
            if (ms != -INFINITY) a += __ldcg(all + (size_t)s2 * (hd + 2) + 2 + d) * exp_t<AT>(ms - GM);
        }
        out[d] = (float)(a / GS);
    }
    if (threadIdx.x == 0) p.counters[unit] = 0;
}

// ---------------------------------------------------------------------------
// Decode (one query token). One block of kDecWarps warps per (KV head, chunk
// of up to kAttnGroupHeads query heads of its group, split): each warp walks
// every kDecWarps-th position of the split, loads the K and V rows once and
// uses them for all the chunk's query heads (online softmax per head), so a
// GQA group of 4 reads its KV head once instead of four times. The number of
// splits follows the current length L = pos+1 (at least kAttnSplitMin
// positions each, at most p.nsplit, the grid's size for the capacity); the
// blocks of splits beyond it return at once, which keeps one captured graph
// valid at every position. With several splits the last block of a (KV
// head, chunk) to finish merges their partials in split order.
//
// Block size and split length trade blocks in flight against per-block fixed
// work (the warp merge, the partial writes, the final merge): 4 warps and
// splits of at least 16 positions (attn_active_splits; short sequences still
// get up to 8 splits) give 160 blocks at 512 positions at 2B: the fastest of
// the variants measured in GPGPU-Sim's RTX 2060 model (4 or 8 warps, 8 to 32
// positions; docs/CUDA.md, "Decode attention: more splits").
// ---------------------------------------------------------------------------
constexpr int kDecWarps = 4;

// DecPrefetch: how many of its positions a warp loads (K and V rows) before
// using the first. Each position's scores wait on its loads; one at a time,
// a warp's walk over its positions was a chain of memory round trips. The
// positions are still used one after the other in the same order, so the
// results are the same bits. Float accumulation only: the fp32 mode's double
// accumulators leave no registers for it. On an H200 (docs/CUDA.md) 4
// positions made tg128 9-12% shorter per token (8: no better); the batched
// kernel, with a grid per row, lost 2-3% at 64 rows with 4 (registers per
// block cost it blocks in flight) and takes 2.
template <typename AT>
struct DecPrefetch {
    static constexpr int one = sizeof(AT) == 4 ? 4 : 1;   // attn_decode_kernel
    static constexpr int rows = sizeof(AT) == 4 ? 2 : 1;  // attn_decode_rows_kernel
};

// NQB: how many elements the fused NormQuant epilogue loads at once (see
// block_norm_quant). The batched kernel, whose launcher refuses a NormQuant,
// keeps 1: it has no registers to spare, and 0 (no epilogue) or more made
// ptxas spill. PF: positions loaded ahead (DecPrefetch).
template <typename CT, typename AT, int DPL, int NQB = kNQBatch, int PF = DecPrefetch<AT>::one>
__device__ __forceinline__ void attn_decode(const AttnParams &p) {
    constexpr int G = kAttnGroupHeads;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int chunks = (p.group + G - 1) / G;
    const int kvh = blockIdx.x / chunks, hc = blockIdx.x % chunks, sidx = blockIdx.y;
    const int h0 = kvh * p.group + hc * G, ng = min(G, p.group - hc * G);
    const int hd = p.hd, dpl = hd >> 5;
    const int L = *p.pos + 1;
    const int ns = attn_active_splits(L, p.nsplit);
    if (sidx >= ns) return;  // beyond the current length's splits
    const int span = (L + ns - 1) / ns;
    const int j0 = sidx * span, j1 = min(L, j0 + span);
    const size_t koff = (size_t)kvh * hd;
    const CT *__restrict__ K = reinterpret_cast<const CT *>(p.kc);
    const CT *__restrict__ V = reinterpret_cast<const CT *>(p.vc);
    const AT scale = (AT)1 / sqrt((AT)hd);

    AT qv[G][DPL], acc[G][DPL], m[G], l[G];
#pragma unroll
    for (int g = 0; g < G; g++) {
        const float *q = p.q + (size_t)(h0 + min(g, ng - 1)) * hd;
#pragma unroll
        for (int e = 0; e < DPL; e++) {
            qv[g][e] = e < dpl ? (AT)q[lane + 32 * e] : (AT)0;
            acc[g][e] = 0;
        }
        m[g] = -INFINITY;
        l[g] = 0;
    }
    for (int j = j0 + warp; j < j1; j += PF * kDecWarps) {
        // This warp's next PF positions: their K and V elements in flight
        // together, then used in order.
        CT kb[PF][DPL], vb[PF][DPL];
#pragma unroll
        for (int f = 0; f < PF; f++) {
            const int jf = j + f * kDecWarps;
            if (jf < j1) {
                const CT *kr = K + (size_t)jf * p.kvdim + koff;
                const CT *vr = V + (size_t)jf * p.kvdim + koff;
#pragma unroll
                for (int e = 0; e < DPL; e++) {
                    if (e < dpl) {
                        kb[f][e] = kr[lane + 32 * e];
                        vb[f][e] = vr[lane + 32 * e];
                    }
                }
            }
        }
#pragma unroll
        for (int f = 0; f < PF; f++) {
            if (j + f * kDecWarps >= j1) break;  // the same for the whole warp
            // One K element at a time into every head's dot product, and one
            // V element at a time into every head's sum: no per-position row
            // arrays, which keeps the fp32 (double) instance of the 2B shape
            // in registers.
            AT d[G], pj[G];
#pragma unroll
            for (int g = 0; g < G; g++) d[g] = 0;
#pragma unroll
            for (int e = 0; e < DPL; e++) {
                if (e < dpl) {
                    const AT kx = (AT)to_f(kb[f][e]);
#pragma unroll
                    for (int g = 0; g < G; g++) d[g] += qv[g][e] * kx;
                }
            }
#pragma unroll
            for (int g = 0; g < G; g++) {
                pj[g] = 0;
                if (g >= ng) continue;
                const AT dg = warp_sum(d[g]) * scale;
                if (dg > m[g]) {  // new maximum: rescale what was summed so far
                    const AT corr = exp_t<AT>(m[g] - dg);
                    l[g] *= corr;
#pragma unroll
                    for (int e = 0; e < DPL; e++) acc[g][e] *= corr;
                    m[g] = dg;
                }
                pj[g] = exp_t<AT>(dg - m[g]);
                l[g] += pj[g];
            }
#pragma unroll
            for (int e = 0; e < DPL; e++) {
                if (e < dpl) {
                    const AT vx = (AT)to_f(vb[f][e]);
#pragma unroll
                    for (int g = 0; g < G; g++) acc[g][e] += pj[g] * vx;
                }
            }
        }
    }

    // Merge the warps into shared memory one after the other (fixed order).
    __shared__ AT s_acc[G][DPL * 32];
    __shared__ AT s_m[G], s_l[G];
    __shared__ int is_last;
    for (int w = 0; w < kDecWarps; w++) {
        if (warp == w) {
#pragma unroll
            for (int g = 0; g < G; g++) {
                if (g >= ng) break;
                if (w == 0) {
#pragma unroll
                    for (int e = 0; e < DPL; e++) s_acc[g][lane + 32 * e] = acc[g][e];
                    if (lane == 0) s_m[g] = m[g], s_l[g] = l[g];
                    continue;
                }
                const AT ma = s_m[g], la = s_l[g];
                const AT M = max(ma, m[g]);
                if (M == -INFINITY) continue;  // both empty
                const AT ca = ma == -INFINITY ? (AT)0 : exp_t<AT>(ma - M);
                const AT cb = m[g] == -INFINITY ? (AT)0 : exp_t<AT>(m[g] - M);
                __syncwarp();
#pragma unroll
                for (int e = 0; e < DPL; e++) {
                    AT *sa = &s_acc[g][lane + 32 * e];
                    *sa = *sa * ca + acc[g][e] * cb;
                }
                if (lane == 0) s_m[g] = M, s_l[g] = la * ca + l[g] * cb;
            }
        }
        __syncthreads();
    }

    if (ns == 1) {
        for (int g = 0; g < ng; g++) {
            float *out = p.out + (size_t)(h0 + g) * hd;
            for (int d = threadIdx.x; d < hd; d += blockDim.x) out[d] = (float)(s_acc[g][d] / s_l[g]);
        }
    } else {
        // Publish this split's partial per query head; the last split block
        // of this (KV head, chunk) merges them in split order.
        for (int g = 0; g < ng; g++) {
            AT *part = reinterpret_cast<AT *>(p.part) + ((size_t)(h0 + g) * p.nsplit + sidx) * (hd + 2);
            for (int d = threadIdx.x; d < hd; d += blockDim.x) part[2 + d] = s_acc[g][d];
            if (threadIdx.x == 0) {
                part[0] = s_m[g];
                part[1] = s_l[g];
            }
        }
        __threadfence();
        __syncthreads();
        if (threadIdx.x == 0) is_last = atomicAdd(&p.counters[blockIdx.x], 1) == ns - 1;
        __syncthreads();
        if (!is_last) return;
        __threadfence();
        // Merge: one warp per query head finds the global maximum and each
        // split's weight exp(m_s - GM) (lanes over splits), and sums l_s *
        // weight with a fixed shuffle tree; then every thread sums its
        // (head, dim) values over the splits in split order with those
        // weights from shared memory. The loads of different splits do not
        // depend on each other, so the unrolled loop keeps several in flight
        // instead of waiting on one L2 round trip per split. Nothing depends
        // on which block arrived last: the result is the same every launch.
        __shared__ AT s_w[G][kAttnMaxSplits];
        __shared__ AT s_gs[G];
        for (int g = warp; g < ng; g += kDecWarps) {
            const AT *all = reinterpret_cast<const AT *>(p.part) + (size_t)(h0 + g) * p.nsplit * (hd + 2);
            AT GM = -INFINITY;
            for (int s2 = lane; s2 < ns; s2 += 32) GM = max(GM, __ldcg(all + (size_t)s2 * (hd + 2)));
            GM = warp_max(GM);
            AT GS = 0;
            for (int s2 = lane; s2 < ns; s2 += 32) {
                const AT ms = __ldcg(all + (size_t)s2 * (hd + 2));
                const AT w = ms != -INFINITY ? exp_t<AT>(ms - GM) : (AT)0;
                s_w[g][s2] = w;
                GS += __ldcg(all + (size_t)s2 * (hd + 2) + 1) * w;
            }
            GS = warp_sum(GS);
            if (lane == 0) s_gs[g] = GS;
        }
        __syncthreads();
        for (int i = threadIdx.x; i < ng * hd; i += blockDim.x) {
            const int g = i / hd, d = i - g * hd;
            const AT *all = reinterpret_cast<const AT *>(p.part) + (size_t)(h0 + g) * p.nsplit * (hd + 2) + 2 + d;
            AT a = 0;
#pragma unroll 8
            for (int s2 = 0; s2 < ns; s2++) a += __ldcg(all + (size_t)s2 * (hd + 2)) * s_w[g][s2];
            p.out[(size_t)(h0 + g) * hd + d] = (float)(a / s_gs[g]);
        }
        if (threadIdx.x == 0) p.counters[blockIdx.x] = 0;
    }
    // The O GEMV's input: every (KV head, chunk) arrives once, after its
    // heads' outputs are written; the last normalizes and quantizes them.
    if (p.nq.q) fused_norm_quant<kDecWarps * 32, NQB>(p.nq, gridDim.x);
}

template <typename CT, typename AT, int DPL>
__global__ void __launch_bounds__(kDecWarps * 32) attn_decode_kernel(AttnParams p) {
    attn_decode<CT, AT, DPL>(p);
}

// One decode row of a batched pass per grid z: the row's own state's caches,
// position, split partials and counters, then the same code as
// attn_decode_kernel, so the result equals that state's own launch.
template <typename CT, typename AT, int DPL>
__global__ void __launch_bounds__(kDecWarps * 32)
    attn_decode_rows_kernel(AttnParams p, const BatchRow *__restrict__ rows, const int *__restrict__ pos,
                            const int *__restrict__ dec, int layer) {
    const int r = dec[blockIdx.z];
    const BatchRow row = rows[r];
    if ((int)blockIdx.y >= row.nsplit) return;  // the grid is as high as the most splits of any row
    p.q += (size_t)r * p.ldq;
    p.out += (size_t)r * p.ldo;
    p.kc = row.kc + (size_t)layer * row.layer_kv;
    p.vc = row.vc + (size_t)layer * row.layer_kv;
    p.pos = pos + r;
    p.part = row.part;
    p.counters = row.counters;
    p.nsplit = row.nsplit;
    attn_decode<CT, AT, DPL, 1, DecPrefetch<AT>::rows>(p);
}

template <typename CT, typename AT>
static cudaError_t launch_decode(const AttnParams &p, dim3 grid, cudaStream_t st) {
    const int dpl = p.hd / 32;
    if (dpl <= 1)
        attn_decode_kernel<CT, AT, 1><<<grid, kDecWarps * 32, 0, st>>>(p);
    else if (dpl <= 2)
        attn_decode_kernel<CT, AT, 2><<<grid, kDecWarps * 32, 0, st>>>(p);
    else if (dpl <= 4)
        attn_decode_kernel<CT, AT, 4><<<grid, kDecWarps * 32, 0, st>>>(p);
    else
        attn_decode_kernel<CT, AT, 8><<<grid, kDecWarps * 32, 0, st>>>(p);
    return cudaGetLastError();
}

template <typename CT, typename AT>
static cudaError_t launch_decode_rows(const AttnParams &p, dim3 grid, const BatchRow *rows, const int *pos,
                                      const int *dec, int layer, cudaStream_t st) {
    const int dpl = p.hd / 32;
    if (dpl <= 1)
        attn_decode_rows_kernel<CT, AT, 1><<<grid, kDecWarps * 32, 0, st>>>(p, rows, pos, dec, layer);
    else if (dpl <= 2)
        attn_decode_rows_kernel<CT, AT, 2><<<grid, kDecWarps * 32, 0, st>>>(p, rows, pos, dec, layer);
    else if (dpl <= 4)
        attn_decode_rows_kernel<CT, AT, 4><<<grid, kDecWarps * 32, 0, st>>>(p, rows, pos, dec, layer);
    else
        attn_decode_rows_kernel<CT, AT, 8><<<grid, kDecWarps * 32, 0, st>>>(p, rows, pos, dec, layer);
    return cudaGetLastError();
}

cudaError_t launch_attention_rows(int cache_type, const AttnParams &p, const BatchRow *rows, const int *pos,
                                  const int *dec, int ndec, int maxsplit, int layer, cudaStream_t st) {
    if (p.hd % 32 != 0 || p.hd > kMaxHeadDim || p.heads < 1 || p.group < 1 || p.heads % p.group != 0 ||
        p.nq.q || ndec < 1 || ndec > 65535 || maxsplit < 1 || maxsplit > kAttnMaxSplits)
        return cudaErrorInvalidValue;
    const int units = p.heads / p.group * ((p.group + kAttnGroupHeads - 1) / kAttnGroupHeads);
    dim3 grid(units, maxsplit, ndec);
    switch (cache_type) {
    case BNC_TYPE_F32:
        return launch_decode_rows<float, double>(p, grid, rows, pos, dec, layer, st);
    case BNC_TYPE_F16:
        return launch_decode_rows<__half, float>(p, grid, rows, pos, dec, layer, st);
    case BNC_TYPE_BF16:
        return launch_decode_rows<__nv_bfloat16, float>(p, grid, rows, pos, dec, layer, st);
    default:
        return cudaErrorInvalidValue;
    }
}

cudaError_t launch_attention(int cache_type, const AttnParams &p, cudaStream_t st) {
    if (p.hd % 32 != 0 || p.hd > kMaxHeadDim || p.nsplit < 1 || p.n < 1 || p.heads < 1 || p.group < 1)
        return cudaErrorInvalidValue;
    if (p.n > 65535 || p.nsplit > 65535 || (p.nq.q && (p.n != 1 || !p.nq.counter))) return cudaErrorInvalidValue;
    if (p.n == 1) {
        // The merge keeps one weight per split in shared memory.
        if (p.heads % p.group != 0 || p.nsplit > kAttnMaxSplits) return cudaErrorInvalidValue;
        const int units = p.heads / p.group * ((p.group + kAttnGroupHeads - 1) / kAttnGroupHeads);
        dim3 grid(units, p.nsplit);
        switch (cache_type) {
        case BNC_TYPE_F32:
            return launch_decode<float, double>(p, grid, st);
        case BNC_TYPE_F16:
            return launch_decode<__half, float>(p, grid, st);
        case BNC_TYPE_BF16:
            return launch_decode<__nv_bfloat16, float>(p, grid, st);
        default:
            return cudaErrorInvalidValue;
        }
    }
    dim3 grid(p.heads, p.n, p.nsplit);
    switch (cache_type) {
    case BNC_TYPE_F32:
        attn_kernel<float, double><<<grid, kAttnWarps * 32, 0, st>>>(p);
        break;
    case BNC_TYPE_F16:
        attn_kernel<__half, float><<<grid, kAttnWarps * 32, 0, st>>>(p);
        break;
    case BNC_TYPE_BF16:
        attn_kernel<__nv_bfloat16, float><<<grid, kAttnWarps * 32, 0, st>>>(p);
        break;
    default:
        return cudaErrorInvalidValue;
    }
    return cudaGetLastError();
}

}  // namespace bnc
