// head.cu: token embedding lookup and the output head.
//
// The head (vocab x hidden, F16 in the official file: 657 MB, the largest
// single read of a decode step) is a bandwidth-bound GEMV: each block first
// normalizes up to `tt` residual rows into shared memory (redundantly per
// block, which is cheap next to the weights), then each warp streams whole
// vocabulary rows with 16-byte cache-streaming loads, four in flight per
// lane, and keeps one accumulator per token row. Batches of more rows than
// `tt` take several passes over the weights (only AllLogits asks for that).
#include "internal.h"

namespace bnc {

template <typename WT>
struct Vec;  // 16 bytes of weights -> floats
template <>
struct Vec<__half> {
    static constexpr int N = 8;
    __device__ __forceinline__ static void unpack(const uint4 &v, float (&f)[N]) {
        const uint32_t u[4] = {v.x, v.y, v.z, v.w};
#pragma unroll
        for (int i = 0; i < 4; i++) {
            __half2 h = *reinterpret_cast<const __half2 *>(&u[i]);
            float2 p = __half22float2(h);
            f[2 * i] = p.x;
            f[2 * i + 1] = p.y;
        }
    }
};
template <>
struct Vec<__nv_bfloat16> {
    static constexpr int N = 8;
    __device__ __forceinline__ static void unpack(const uint4 &v, float (&f)[N]) {
        const uint32_t u[4] = {v.x, v.y, v.z, v.w};
#pragma unroll
        for (int i = 0; i < 4; i++) {
            f[2 * i] = __uint_as_float(u[i] << 16);  // bf16 -> f32 is exact: the high half of the bits
            f[2 * i + 1] = __uint_as_float(u[i] & 0xffff0000u);
        }
    }
};
template <>
struct Vec<float> {
    static constexpr int N = 4;
    __device__ __forceinline__ static void unpack(const uint4 &v, float (&f)[N]) {
        f[0] = __uint_as_float(v.x);
        f[1] = __uint_as_float(v.y);
        f[2] = __uint_as_float(v.z);
        f[3] = __uint_as_float(v.w);
    }
};

__device__ __forceinline__ double fma_t(double a, double b, double c) { return fma(a, b, c); }
__device__ __forceinline__ float fma_t(float a, float b, float c) { return fmaf(a, b, c); }

template <typename WT, typename AT>
__global__ void __launch_bounds__(256) head_kernel(const WT *__restrict__ W, int V, int K, const float *__restrict__ x,
                                                   int ldx, int rows, const float *__restrict__ normw, float eps,
                                                   int exact, float *__restrict__ out, int tt) {
    extern __shared__ __align__(16) float hs[];  // tt rows of K
    constexpr int EPV = Vec<WT>::N;
    constexpr int U = 4;  // loads in flight per lane
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int nvec = K / EPV;
    for (int t0 = 0; t0 < rows; t0 += tt) {
        const int tn = min(tt, rows - t0);
        for (int t = 0; t < tn; t++) block_norm(x + (size_t)(t0 + t) * ldx, normw, K, eps, exact, hs + t * K);
        __syncthreads();
        for (int v = blockIdx.x * 8 + warp; v < V; v += gridDim.x * 8) {
            const uint4 *wr = reinterpret_cast<const uint4 *>(W + (size_t)v * K);
            AT acc[kHeadMaxTT];
#pragma unroll
            for (int t = 0; t < kHeadMaxTT; t++) acc[t] = 0;
            for (int c0 = lane; c0 < nvec; c0 += 32 * U) {
                uint4 w[U];
#pragma unroll
                for (int u = 0; u < U; u++)
                    if (c0 + 32 * u < nvec) w[u] = __ldcs(wr + c0 + 32 * u);
#pragma unroll
                for (int u = 0; u < U; u++) {
                    const int c = c0 + 32 * u;
                    if (c >= nvec) break;
                    float wf[EPV];
                    Vec<WT>::unpack(w[u], wf);
#pragma unroll
                    for (int t = 0; t < kHeadMaxTT; t++) {
                        if (t >= tn) break;
                        const float4 *hp = reinterpret_cast<const float4 *>(hs + t * K + c * EPV);
#pragma unroll
                        for (int e4 = 0; e4 < EPV / 4; e4++) {
                            const float4 h4 = hp[e4];
                            acc[t] = fma_t((AT)wf[4 * e4 + 0], (AT)h4.x, acc[t]);
                            acc[t] = fma_t((AT)wf[4 * e4 + 1], (AT)h4.y, acc[t]);
                            acc[t] = fma_t((AT)wf[4 * e4 + 2], (AT)h4.z, acc[t]);
                            acc[t] = fma_t((AT)wf[4 * e4 + 3], (AT)h4.w, acc[t]);
                        }
                    }
                }
            }
#pragma unroll
            for (int t = 0; t < kHeadMaxTT; t++) {
                if (t >= tn) break;
                const AT r = warp_sum(acc[t]);
                if (lane == t) out[(size_t)(t0 + t) * V + v] = (float)r;
            }
        }
        __syncthreads();  // hs is rewritten by the next pass
    }
}

static void *head_fn(int wtype, int exact) {
    switch (wtype) {
    case BNC_TYPE_F16:
        return exact ? (void *)head_kernel<__half, double> : (void *)head_kernel<__half, float>;
    case BNC_TYPE_BF16:
        return exact ? (void *)head_kernel<__nv_bfloat16, double> : (void *)head_kernel<__nv_bfloat16, float>;
    case BNC_TYPE_F32:
        return exact ? (void *)head_kernel<float, double> : (void *)head_kernel<float, float>;
    }
    return nullptr;
}

cudaError_t head_setup(int wtype, int K, int exact, const cudaDeviceProp &prop, int *tt, int *grid1, int *gridT) {
    void *f = head_fn(wtype, exact);
    if (!f) return cudaErrorInvalidValue;
    size_t optin = prop.sharedMemPerBlockOptin > 0 ? prop.sharedMemPerBlockOptin : prop.sharedMemPerBlock;
    // Leave room for the reductions' static shared memory.
    size_t avail = optin > 1024 ? optin - 1024 : optin;
    int t = (int)(avail / ((size_t)K * sizeof(float)));
    if (t > kHeadMaxTT) t = kHeadMaxTT;
    if (t < 1) return cudaErrorInvalidValue;
    size_t smem = (size_t)t * K * sizeof(float);
    if (smem > 48 * 1024) {
        cudaError_t e = cudaFuncSetAttribute(f, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)smem);
        if (e != cudaSuccess) return e;
    }
    int per1 = 0, perT = 0;
    cudaError_t e = cudaOccupancyMaxActiveBlocksPerMultiprocessor(&per1, f, 256, (size_t)K * sizeof(float));
    if (e != cudaSuccess) return e;
    e = cudaOccupancyMaxActiveBlocksPerMultiprocessor(&perT, f, 256, smem);
    if (e != cudaSuccess) return e;
    *tt = t;
    *grid1 = (per1 > 0 ? per1 : 1) * prop.multiProcessorCount;
    *gridT = (perT > 0 ? perT : 1) * prop.multiProcessorCount;
    return cudaSuccess;
}

cudaError_t launch_head(int wtype, const void *W, int V, int K, const float *x, int ldx, int rows, const float *normw,
                        float eps, int exact, float *out, int tt, int grid, cudaStream_t st) {
    void *f = head_fn(wtype, exact);
    if (!f || rows < 1 || tt < 1 || tt > kHeadMaxTT || K % 128 != 0) return cudaErrorInvalidValue;
    const int ttl = rows < tt ? rows : tt;
    const int need = (V + 7) / 8;
    if (grid < 1 || grid > need) grid = need;
    switch (wtype) {
    case BNC_TYPE_F16:
        if (exact)
            head_kernel<__half, double><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const __half *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
        else
            head_kernel<__half, float><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const __half *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
        break;
    case BNC_TYPE_BF16:
        if (exact)
            head_kernel<__nv_bfloat16, double><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const __nv_bfloat16 *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
        else
            head_kernel<__nv_bfloat16, float><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const __nv_bfloat16 *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
        break;
    default:
        if (exact)
            head_kernel<float, double><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const float *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
        else
            head_kernel<float, float><<<grid, 256, (size_t)ttl * K * sizeof(float), st>>>(
                (const float *)W, V, K, x, ldx, rows, normw, eps, exact, out, ttl);
    }
    return cudaGetLastError();
}

// ---------------------------------------------------------------------------
// Embedding lookup: x[row] = float(E[tokens[row]]).
// ---------------------------------------------------------------------------
__global__ void __launch_bounds__(256) embed_kernel(int type, const void *__restrict__ E, int K,
                                                    const int *__restrict__ tokens, float *__restrict__ x,
                                                    NormQuant nq) {
    const int row = blockIdx.x;
    const size_t base = (size_t)tokens[row] * K;
    float *xr = x + (size_t)row * K;
    for (int k = threadIdx.x; k < K; k += blockDim.x) {
        float v;
        switch (type) {
        case BNC_TYPE_F16:
            v = __half2float(((const __half *)E)[base + k]);
            break;
        case BNC_TYPE_BF16:
            v = __uint_as_float((uint32_t)((const uint16_t *)E)[base + k] << 16);
            break;
        default:
            v = ((const float *)E)[base + k];
        }
        xr[k] = v;
    }
    // Decode: the first layer's input, normalized and quantized once (one
    // block, so it is its own last arrival).
    if (nq.q) fused_norm_quant(nq, 1);
}

cudaError_t launch_embed(int type, const void *E, int K, const int *tokens, int n, float *x, const NormQuant &nq,
                         cudaStream_t st) {
    if (n < 1 || (nq.q && (n != 1 || !nq.counter))) return cudaErrorInvalidValue;
    embed_kernel<<<n, 256, 0, st>>>(type, E, K, tokens, x, nq);
    return cudaGetLastError();
}

}  // namespace bnc
