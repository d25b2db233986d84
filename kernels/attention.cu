// attention.cu: causal grouped-query attention over the device KV cache.
//
// One block of 4 warps per (head, query token, split). Each warp walks its
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

cudaError_t launch_attention(int cache_type, const AttnParams &p, cudaStream_t st) {
    if (p.hd % 32 != 0 || p.hd > kMaxHeadDim || p.nsplit < 1 || p.n < 1 || p.heads < 1 || p.group < 1)
        return cudaErrorInvalidValue;
    if (p.n > 65535 || p.nsplit > 65535) return cudaErrorInvalidValue;
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
