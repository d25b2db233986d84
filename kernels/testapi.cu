// testapi.cu: kernel-level entry points for the Go tests (compare each kernel
// with the CPU reference on random odd shapes) and for the benchmarks
// (per-kernel time and bandwidth with random device-generated data).
#include <string.h>

#include <algorithm>
#include <vector>

#include "internal.h"

using namespace bnc;

namespace {

// Buffers freed on every return path.
struct DevBufs {
    std::vector<void *> p;
    ~DevBufs() {
        for (void *x : p) cudaFree(x);
        cudaGetLastError();
    }
    template <typename T>
    cudaError_t alloc(T **out, size_t bytes) {
        *out = nullptr;
        void *v = nullptr;
        cudaError_t e = cudaMalloc(&v, bytes ? bytes : 16);
        if (e != cudaSuccess) return e;
        p.push_back(v);
        *out = (T *)v;
        return cudaMemset(v, 0, bytes ? bytes : 16);
    }
};

// split_scratch gives sk `splits` K ranges and the scratch they need for a
// GEMM of m by n rows (zeroed counters, one per tile), freed with b.
cudaError_t split_scratch(DevBufs &b, const DevMat &m, int n, int splits, GemmSplit *sk) {
    sk->splits = splits;
    cudaError_t e = b.alloc(&sk->part, gemm_part_ints(m, n, splits) * 4);
    return e != cudaSuccess ? e : b.alloc(&sk->counters, (size_t)gemm_tiles(m, n) * 4);
}

struct Events {
    cudaEvent_t a = nullptr, b = nullptr;
    ~Events() {
        if (a) cudaEventDestroy(a);
        if (b) cudaEventDestroy(b);
    }
};

__device__ __forceinline__ uint32_t hash32(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

// Random ternary codes (no code 3), random floats in [-1, 1), random small halves.
__global__ void fill_codes(uint32_t *p, size_t n, uint32_t seed) {
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x) {
        uint32_t x = hash32((uint32_t)i * 2654435761u ^ seed);
        uint32_t three = x & (x >> 1) & 0x55555555u;
        p[i] = x & ~(three << 1);
    }
}
__global__ void fill_floats(float *p, size_t n, uint32_t seed, float scale) {
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
        p[i] = ((float)(hash32((uint32_t)i ^ seed) % 20001u) - 10000.f) * 1e-4f * scale;
}
__global__ void fill_halves(__half *p, size_t n, uint32_t seed) {
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
        p[i] = __float2half_rn(((float)(hash32((uint32_t)i ^ seed) % 2001u) - 1000.f) * 2e-5f);
}

// The KV cache's write: store_typed, as the Q|K|V epilogue calls it.
__global__ void store_kernel(const float *x, int n, int t, void *out) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) store_typed(out, t, i, x[i]);
}

double median(std::vector<float> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

}  // namespace

#define T_CHECK(call) BNC_CHECK(call, err, errlen)

extern "C" {

int bnc_test_matmul(int dev, const uint8_t *i2s, int rows, int K, float wscale, float oscale, const float *x, int n,
                    const float *normw, float eps, int exact, int path, int act, float *out, float *ascale,
                    int32_t *asum, const float *next_normw, int8_t *next_q, float *next_scale, int32_t *next_asum,
                    char *err, int errlen) {
    if (rows < 1 || K < 128 || K % 128 != 0 || n < 1 || (path == 0 && n != 1) || path < 0 || path > 1 + kGemmMaxSplits ||
        (path > 1 && (n > 16 * kGemmSplitNI || path > K / 128)) ||
        gemv_cpl(K) > kMaxCPL || (act >= 0 && (rows % 2 != 0 || act > BNC_ACT_GELU)) ||
        (next_normw && (path != 0 || !next_q || !next_scale || !next_asum)))
        return set_err(err, errlen, BNC_ERR_INVALID, "bad matmul test shape rows=%d K=%d n=%d path=%d act=%d", rows, K,
                       n, path, act);
    T_CHECK(cudaSetDevice(dev));
    const int paired = act >= 0, units = paired ? rows / 2 : rows;
    DevMat m;
    m.K = K;
    m.units = units;
    m.paired = paired;
    m.rows_dev = (int)(((paired ? paired_rows(units) : units) + kGemmRows - 1) / kGemmRows * kGemmRows);
    for (int i = 0; i < 3; i++) m.ws[i] = wscale, m.os[i] = oscale;
    std::vector<int> map(rows);
    for (int r = 0; r < rows; r++) map[r] = paired ? paired_row(r % units, r / units) : r;

    DevBufs b;
    uint8_t *src, *w;
    int *dmap, *dpos, *dsum, *dnsum, *dcnt;
    float *dx, *dnorm, *dout, *dscale, *dnnorm, *dnscale;
    int8_t *dq, *dnq;
    const size_t cols = (size_t)units;
    T_CHECK(b.alloc(&src, (size_t)rows * K / 4));
    T_CHECK(b.alloc(&w, (size_t)m.rows_dev * K / 4));
    T_CHECK(b.alloc(&dmap, (size_t)rows * 4));
    T_CHECK(b.alloc(&dpos, 4));
    T_CHECK(b.alloc(&dx, (size_t)n * K * 4));
    T_CHECK(b.alloc(&dnorm, (size_t)K * 4));
    T_CHECK(b.alloc(&dout, (size_t)n * cols * 4));
    T_CHECK(b.alloc(&dq, (size_t)n * K));
    T_CHECK(b.alloc(&dscale, (size_t)n * 4));
    T_CHECK(b.alloc(&dsum, (size_t)n * 4));
    T_CHECK(b.alloc(&dnnorm, cols * 4));
    T_CHECK(b.alloc(&dnq, cols));
    T_CHECK(b.alloc(&dnscale, 4));
    T_CHECK(b.alloc(&dnsum, 4));
    T_CHECK(b.alloc(&dcnt, 4));
    m.w = w;
    T_CHECK(cudaMemcpy(src, i2s, (size_t)rows * K / 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dmap, map.data(), (size_t)rows * 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dx, x, (size_t)n * K * 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dnorm, normw, (size_t)K * 4, cudaMemcpyHostToDevice));
    // Poison the output: every element must be written.
    T_CHECK(cudaMemset(dout, 0xff, (size_t)n * cols * 4));
    T_CHECK(launch_repack(src, rows, K, dmap, w, 0));

    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.epi = paired ? EPI_GATEUP : EPI_STORE;
    ep.units = units;
    for (int i = 0; i < 3; i++) ep.ws[i] = wscale, ep.os[i] = oscale;
    ep.out = dout;
    ep.ld = (int)cols;
    ep.act = act < 0 ? 0 : act;
    ep.exact = exact;
    ep.pos = dpos;
    T_CHECK(launch_normquant(dx, K, dnorm, K, eps, exact, n, dq, dscale, dsum, 0));
    if (path == 0) {
        // The GEMV reads the codes normquant wrote; with next_normw it also
        // normalizes and quantizes its own output row (the fused epilogue the
        // decode step uses for the next GEMV's input).
        NormQuant nq;
        memset(&nq, 0, sizeof nq);
        if (next_normw) {
            T_CHECK(cudaMemcpy(dnnorm, next_normw, cols * 4, cudaMemcpyHostToDevice));
            nq.x = dout, nq.w = dnnorm, nq.K = (int)cols, nq.eps = eps, nq.exact = exact;
            nq.q = dnq, nq.scale = dnscale, nq.asum = dnsum, nq.counter = dcnt;
        }
        int grid = 0;
        cudaDeviceProp prop;
        T_CHECK(cudaGetDeviceProperties(&prop, dev));
        T_CHECK(gemv_max_grid(K, paired, prop.multiProcessorCount, &grid));
        T_CHECK(launch_gemv(m, dq, dscale, dsum, ep, nq, grid, 0));
    } else if (path == 1) {
        T_CHECK(launch_gemm(m, dq, dscale, dsum, n, ep, 0));
    } else {
        // Split-K into `path` K ranges, whatever gemm_splits would choose.
        const int tiles = gemm_tiles(m, n);
        GemmSplit sk;
        T_CHECK(split_scratch(b, m, n, path, &sk));
        T_CHECK(launch_gemm(m, dq, dscale, dsum, n, ep, 0, sk));
        T_CHECK(cudaDeviceSynchronize());
        std::vector<int> cnt(tiles);
        T_CHECK(cudaMemcpy(cnt.data(), sk.counters, (size_t)tiles * 4, cudaMemcpyDeviceToHost));
        for (int i = 0; i < tiles; i++)
            if (cnt[i] != 0)
                return set_err(err, errlen, BNC_ERR_CUDA, "split GEMM left tile %d's counter at %d, want 0", i, cnt[i]);
    }
    T_CHECK(cudaDeviceSynchronize());
    T_CHECK(cudaMemcpy(out, dout, (size_t)n * cols * 4, cudaMemcpyDeviceToHost));
    if (ascale) T_CHECK(cudaMemcpy(ascale, dscale, (size_t)n * 4, cudaMemcpyDeviceToHost));
    if (asum) T_CHECK(cudaMemcpy(asum, dsum, (size_t)n * 4, cudaMemcpyDeviceToHost));
    if (next_normw) {
        int cnt = -1;
        T_CHECK(cudaMemcpy(next_q, dnq, cols, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(next_scale, dnscale, 4, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(next_asum, dnsum, 4, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(&cnt, dcnt, 4, cudaMemcpyDeviceToHost));
        if (cnt != 0) return set_err(err, errlen, BNC_ERR_CUDA, "GEMV left its arrival counter at %d, want 0", cnt);
    }
    return BNC_OK;
}

int bnc_test_attention(int dev, int cache_type, int exact, const float *q, int n, int heads, int kv_heads, int hd,
                       const float *kc, const float *vc, int pos0, int nsplit, float *out, const float *normw,
                       int8_t *qout, float *qscale, int32_t *qsum, char *err, int errlen) {
    if (exact != (cache_type == BNC_TYPE_F32) || n < 1 || heads < 1 || kv_heads < 1 || heads % kv_heads != 0 ||
        hd % 32 != 0 || hd > kMaxHeadDim || pos0 < 0 || nsplit < 1 ||
        (normw && (n != 1 || !qout || !qscale || !qsum)))
        return set_err(err, errlen, BNC_ERR_INVALID, "bad attention test arguments");
    T_CHECK(cudaSetDevice(dev));
    const int P = pos0 + n, kvdim = kv_heads * hd, qdim = heads * hd;
    const size_t cn = (size_t)P * kvdim, es = cache_type == BNC_TYPE_F32 ? 4 : 2;
    std::vector<uint8_t> hk(cn * es), hv(cn * es);
    for (size_t i = 0; i < cn; i++) {
        switch (cache_type) {
        case BNC_TYPE_F16: {
            __half a = __float2half_rn(kc[i]), c = __float2half_rn(vc[i]);
            memcpy(&hk[2 * i], &a, 2);
            memcpy(&hv[2 * i], &c, 2);
            break;
        }
        case BNC_TYPE_BF16: {
            __nv_bfloat16 a = __float2bfloat16_rn(kc[i]), c = __float2bfloat16_rn(vc[i]);
            memcpy(&hk[2 * i], &a, 2);
            memcpy(&hv[2 * i], &c, 2);
            break;
        }
        default:
            memcpy(&hk[4 * i], &kc[i], 4);
            memcpy(&hv[4 * i], &vc[i], 4);
        }
    }
    DevBufs b;
    uint8_t *dk, *dv;
    float *dq, *dout, *dout2;
    int *dpos, *cnt, *dqsum;
    float *dnorm, *dqscale;
    int8_t *dqo;
    void *part;
    T_CHECK(b.alloc(&dk, cn * es));
    T_CHECK(b.alloc(&dv, cn * es));
    T_CHECK(b.alloc(&dq, (size_t)n * qdim * 4));
    T_CHECK(b.alloc(&dout, (size_t)n * qdim * 4));
    T_CHECK(b.alloc(&dout2, (size_t)n * qdim * 4));
    T_CHECK(b.alloc(&dpos, 4));
    T_CHECK(b.alloc(&cnt, ((size_t)n * heads + 1) * 4));  // + the NormQuant arrivals
    T_CHECK(b.alloc(&dnorm, (size_t)qdim * 4));
    T_CHECK(b.alloc(&dqo, (size_t)qdim));
    T_CHECK(b.alloc(&dqscale, 4));
    T_CHECK(b.alloc(&dqsum, 4));
    T_CHECK(b.alloc(&part, attn_part_bytes(cache_type, n, heads, nsplit, hd)));
    T_CHECK(cudaMemcpy(dk, hk.data(), cn * es, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dv, hv.data(), cn * es, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dq, q, (size_t)n * qdim * 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dpos, &pos0, 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemset(dout, 0xff, (size_t)n * qdim * 4));
    AttnParams p;
    memset(&p, 0, sizeof p);
    p.q = dq, p.ldq = qdim, p.kc = dk, p.vc = dv, p.kvdim = kvdim, p.hd = hd, p.heads = heads;
    p.group = heads / kv_heads, p.pos = dpos, p.n = n, p.nsplit = nsplit, p.out = dout, p.ldo = qdim;
    p.part = part, p.counters = cnt;
    if (normw) {
        T_CHECK(cudaMemcpy(dnorm, normw, (size_t)qdim * 4, cudaMemcpyHostToDevice));
        p.nq.x = dout, p.nq.w = dnorm, p.nq.K = qdim, p.nq.eps = 1e-5f, p.nq.exact = exact;
        p.nq.q = dqo, p.nq.scale = dqscale, p.nq.asum = dqsum, p.nq.counter = cnt + (size_t)n * heads;
    }
    T_CHECK(launch_attention(cache_type, p, 0));
    // A second launch must reuse the split counters (reset by the merging block)
    // and give identical results.
    p.out = dout2;
    p.nq.x = dout2;
    T_CHECK(launch_attention(cache_type, p, 0));
    T_CHECK(cudaDeviceSynchronize());
    std::vector<float> o2((size_t)n * qdim);
    T_CHECK(cudaMemcpy(out, dout, (size_t)n * qdim * 4, cudaMemcpyDeviceToHost));
    T_CHECK(cudaMemcpy(o2.data(), dout2, (size_t)n * qdim * 4, cudaMemcpyDeviceToHost));
    if (memcmp(out, o2.data(), (size_t)n * qdim * 4) != 0)
        return set_err(err, errlen, BNC_ERR_CUDA, "attention results differ between two launches (split counters?)");
    std::vector<int> c((size_t)n * heads + 1);
    T_CHECK(cudaMemcpy(c.data(), cnt, c.size() * 4, cudaMemcpyDeviceToHost));
    for (size_t i = 0; i < c.size(); i++)
        if (c[i] != 0) return set_err(err, errlen, BNC_ERR_CUDA, "attention left counter %zu at %d, want 0", i, c[i]);
    if (normw) {
        T_CHECK(cudaMemcpy(qout, dqo, (size_t)qdim, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(qscale, dqscale, 4, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(qsum, dqsum, 4, cudaMemcpyDeviceToHost));
        // The fused epilogue (a 128-thread block) must give the bits of the
        // separate 256-thread NormQuant kernel that prefill and batched decode
        // run on the same row: batched and single-state logits are identical.
        int8_t *dq2;
        float *ds2;
        int *da2;
        T_CHECK(b.alloc(&dq2, (size_t)qdim));
        T_CHECK(b.alloc(&ds2, 4));
        T_CHECK(b.alloc(&da2, 4));
        T_CHECK(launch_normquant(dout2, qdim, dnorm, qdim, 1e-5f, exact, 1, dq2, ds2, da2, 0));
        T_CHECK(cudaDeviceSynchronize());
        std::vector<int8_t> q2((size_t)qdim);
        float s2;
        int a2;
        T_CHECK(cudaMemcpy(q2.data(), dq2, (size_t)qdim, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(&s2, ds2, 4, cudaMemcpyDeviceToHost));
        T_CHECK(cudaMemcpy(&a2, da2, 4, cudaMemcpyDeviceToHost));
        if (memcmp(&s2, qscale, 4) != 0 || a2 != *qsum || memcmp(q2.data(), qout, (size_t)qdim) != 0)
            return set_err(err, errlen, BNC_ERR_CUDA,
                           "fused NormQuant differs from the NormQuant kernel: scale %.9g vs %.9g, sum %d vs %d",
                           (double)*qscale, (double)s2, (int)*qsum, a2);
    }
    return BNC_OK;
}

int bnc_test_head(int dev, int wtype, const void *w, int rows, int K, const float *x, int n, const float *normw,
                  float eps, int exact, float *out, char *err, int errlen) {
    if (rows < 1 || n < 1 || K % 128 != 0 || wtype < BNC_TYPE_F32 || wtype > BNC_TYPE_BF16)
        return set_err(err, errlen, BNC_ERR_INVALID, "bad head test arguments");
    T_CHECK(cudaSetDevice(dev));
    cudaDeviceProp prop;
    T_CHECK(cudaGetDeviceProperties(&prop, dev));
    int tt = 1, g1 = 0, gT = 0;
    T_CHECK(head_setup(wtype, K, exact, prop, &tt, &g1, &gT));
    const size_t wb = (size_t)rows * K * (wtype == BNC_TYPE_F32 ? 4 : 2);
    DevBufs b;
    void *dw;
    float *dx, *dn, *dout;
    T_CHECK(b.alloc(&dw, wb));
    T_CHECK(b.alloc(&dx, (size_t)n * K * 4));
    T_CHECK(b.alloc(&dn, (size_t)K * 4));
    T_CHECK(b.alloc(&dout, (size_t)n * rows * 4));
    T_CHECK(cudaMemcpy(dw, w, wb, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dx, x, (size_t)n * K * 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemcpy(dn, normw, (size_t)K * 4, cudaMemcpyHostToDevice));
    T_CHECK(cudaMemset(dout, 0xff, (size_t)n * rows * 4));
    T_CHECK(launch_head(wtype, dw, rows, K, dx, K, n, dn, eps, exact, dout, tt, n == 1 ? g1 : gT, 0));
    T_CHECK(cudaDeviceSynchronize());
    T_CHECK(cudaMemcpy(out, dout, (size_t)n * rows * 4, cudaMemcpyDeviceToHost));
    return BNC_OK;
}

int bnc_test_store(int dev, int type, const float *x, int n, void *out, char *err, int errlen) {
    if (n < 1 || type < BNC_TYPE_F32 || type > BNC_TYPE_BF16)
        return set_err(err, errlen, BNC_ERR_INVALID, "bad store test arguments");
    T_CHECK(cudaSetDevice(dev));
    const size_t ob = (size_t)n * (type == BNC_TYPE_F32 ? 4 : 2);
    DevBufs b;
    float *dx;
    void *dout;
    T_CHECK(b.alloc(&dx, (size_t)n * 4));
    T_CHECK(b.alloc(&dout, ob));
    T_CHECK(cudaMemcpy(dx, x, (size_t)n * 4, cudaMemcpyHostToDevice));
    store_kernel<<<std::min((n + 255) / 256, 64), 256>>>(dx, n, type, dout);
    T_CHECK(cudaGetLastError());
    T_CHECK(cudaDeviceSynchronize());
    T_CHECK(cudaMemcpy(out, dout, ob, cudaMemcpyDeviceToHost));
    return BNC_OK;
}

int bnc_bench_copy(int dev, uint64_t bytes, int iters, double *gbps, char *err, int errlen) {
    *gbps = 0;
    if (iters < 1 || bytes < 1024) return set_err(err, errlen, BNC_ERR_INVALID, "bad copy benchmark arguments");
    T_CHECK(cudaSetDevice(dev));
    DevBufs b;
    uint8_t *s, *d;
    T_CHECK(b.alloc(&s, bytes));
    T_CHECK(b.alloc(&d, bytes));
    Events ev;
    T_CHECK(cudaEventCreate(&ev.a));
    T_CHECK(cudaEventCreate(&ev.b));
    std::vector<float> ms;
    for (int i = -2; i < iters; i++) {
        T_CHECK(cudaEventRecord(ev.a));
        T_CHECK(cudaMemcpyAsync(d, s, bytes, cudaMemcpyDeviceToDevice));
        T_CHECK(cudaEventRecord(ev.b));
        T_CHECK(cudaEventSynchronize(ev.b));
        float t = 0;
        T_CHECK(cudaEventElapsedTime(&t, ev.a, ev.b));
        if (i >= 0) ms.push_back(t);
    }
    *gbps = 2.0 * (double)bytes / (median(ms) * 1e-3) / 1e9;
    return BNC_OK;
}

int bnc_bench_gemv(int dev, int rows, int K, int paired, int iters, double *us, char *err, int errlen) {
    *us = 0;
    if (rows < 2 || K % 128 != 0 || gemv_cpl(K) > kMaxCPL || iters < 1 || (paired && rows % 2))
        return set_err(err, errlen, BNC_ERR_INVALID, "bad GEMV benchmark arguments");
    T_CHECK(cudaSetDevice(dev));
    cudaDeviceProp prop;
    T_CHECK(cudaGetDeviceProperties(&prop, dev));
    DevMat m;
    m.K = K;
    m.paired = paired;
    m.units = paired ? rows / 2 : rows;
    m.rows_dev = (int)(((paired ? paired_rows(m.units) : m.units) + kGemmRows - 1) / kGemmRows * kGemmRows);
    m.ws[0] = m.ws[1] = 0.01f;
    // Several weight copies (round robin) so repeated runs do not read from L2.
    const size_t wbytes = (size_t)m.rows_dev * K / 4;
    const int copies = (int)std::min<size_t>(8, std::max<size_t>(1, (size_t)(256u << 20) / wbytes));
    DevBufs b;
    std::vector<uint8_t *> ws(copies);
    float *x, *nw, *out, *qs, *nw2, *qs2;
    int *pos, *qa, *qa2, *cnt;
    int8_t *q2;
    int8_t *q;
    for (int c = 0; c < copies; c++) {
        T_CHECK(b.alloc(&ws[c], wbytes));
        fill_codes<<<1024, 256>>>((uint32_t *)ws[c], wbytes / 4, 12345u + c);
    }
    T_CHECK(b.alloc(&x, (size_t)K * 4));
    T_CHECK(b.alloc(&nw, (size_t)K * 4));
    T_CHECK(b.alloc(&out, (size_t)m.units * 4));
    T_CHECK(b.alloc(&pos, 4));
    T_CHECK(b.alloc(&q, (size_t)K));
    T_CHECK(b.alloc(&qs, 4));
    T_CHECK(b.alloc(&qa, 4));
    fill_floats<<<64, 256>>>(x, K, 7u, 1.f);
    fill_floats<<<64, 256>>>(nw, K, 9u, 1.f);
    T_CHECK(cudaGetLastError());
    T_CHECK(b.alloc(&nw2, (size_t)m.units * 4));
    T_CHECK(b.alloc(&q2, (size_t)m.units));
    T_CHECK(b.alloc(&qs2, 4));
    T_CHECK(b.alloc(&qa2, 4));
    T_CHECK(b.alloc(&cnt, 4));
    fill_floats<<<64, 256>>>(nw2, m.units, 11u, 1.f);
    T_CHECK(launch_normquant(x, K, nw, K, 1e-5f, 0, 1, q, qs, qa, 0));
    // As in a decode step: the output row's norm+quantization for the next
    // GEMV runs in the epilogue and is part of the time.
    NormQuant nq;
    nq.x = out, nq.w = nw2, nq.K = m.units, nq.eps = 1e-5f, nq.exact = 0;
    nq.q = q2, nq.scale = qs2, nq.asum = qa2, nq.counter = cnt;
    int grid = 0;
    T_CHECK(gemv_max_grid(K, paired, prop.multiProcessorCount, &grid));
    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.epi = paired ? EPI_GATEUP : EPI_STORE;
    ep.units = m.units;
    ep.ws[0] = ep.ws[1] = 0.01f;
    ep.os[0] = ep.os[1] = 1.f;
    ep.out = out;
    ep.ld = m.units;
    ep.pos = pos;
    Events ev;
    T_CHECK(cudaEventCreate(&ev.a));
    T_CHECK(cudaEventCreate(&ev.b));
    std::vector<float> ms;
    for (int i = -3; i < iters; i++) {
        m.w = ws[(i + 3) % copies];
        T_CHECK(cudaEventRecord(ev.a));
        T_CHECK(launch_gemv(m, q, qs, qa, ep, nq, grid, 0));
        T_CHECK(cudaEventRecord(ev.b));
        T_CHECK(cudaEventSynchronize(ev.b));
        float t = 0;
        T_CHECK(cudaEventElapsedTime(&t, ev.a, ev.b));
        if (i >= 0) ms.push_back(t);
    }
    *us = median(ms) * 1e3;
    return BNC_OK;
}

int bnc_bench_gemm(int dev, int rows, int K, int n, int splits, int iters, double *us, int *used_splits, char *err,
                   int errlen) {
    *us = 0;
    if (used_splits) *used_splits = 1;
    if (rows < 1 || K % 128 != 0 || n < 1 || iters < 1 || splits < 0 || splits > kGemmMaxSplits ||
        (splits > 1 && (n > 16 * kGemmSplitNI || splits > K / 128)))
        return set_err(err, errlen, BNC_ERR_INVALID, "bad GEMM benchmark arguments");
    T_CHECK(cudaSetDevice(dev));
    DevMat m;
    m.K = K;
    m.units = rows;
    m.rows_dev = (rows + kGemmRows - 1) / kGemmRows * kGemmRows;
    m.ws[0] = 0.01f;
    DevBufs b;
    float *x, *nw, *out, *sc;
    int8_t *q;
    int *as, *pos;
    T_CHECK(b.alloc(&m.w, (size_t)m.rows_dev * K / 4));
    T_CHECK(b.alloc(&x, (size_t)n * K * 4));
    T_CHECK(b.alloc(&nw, (size_t)K * 4));
    T_CHECK(b.alloc(&out, (size_t)n * rows * 4));
    T_CHECK(b.alloc(&q, (size_t)n * K));
    T_CHECK(b.alloc(&sc, (size_t)n * 4));
    T_CHECK(b.alloc(&as, (size_t)n * 4));
    T_CHECK(b.alloc(&pos, 4));
    fill_codes<<<1024, 256>>>((uint32_t *)m.w, (size_t)m.rows_dev * K / 16, 99u);
    fill_floats<<<1024, 256>>>(x, (size_t)n * K, 5u, 1.f);
    fill_floats<<<64, 256>>>(nw, K, 6u, 1.f);
    T_CHECK(cudaGetLastError());
    T_CHECK(launch_normquant(x, K, nw, K, 1e-5f, 0, n, q, sc, as, 0));
    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.epi = EPI_STORE;
    ep.units = rows;
    ep.ws[0] = 0.01f;
    ep.os[0] = 1.f;
    ep.out = out;
    ep.ld = rows;
    ep.pos = pos;
    // splits 0: what a batched pass would choose on this device.
    GemmSplit sk;
    if (splits == 0) {
        cudaDeviceProp prop;
        T_CHECK(cudaGetDeviceProperties(&prop, dev));
        splits = gemm_splits(m, n, prop.multiProcessorCount);
    }
    if (splits > 1) T_CHECK(split_scratch(b, m, n, splits, &sk));
    if (used_splits) *used_splits = splits;
    Events ev;
    T_CHECK(cudaEventCreate(&ev.a));
    T_CHECK(cudaEventCreate(&ev.b));
    std::vector<float> ms;
    for (int i = -2; i < iters; i++) {
        T_CHECK(cudaEventRecord(ev.a));
        T_CHECK(launch_gemm(m, q, sc, as, n, ep, 0, sk));
        T_CHECK(cudaEventRecord(ev.b));
        T_CHECK(cudaEventSynchronize(ev.b));
        float t = 0;
        T_CHECK(cudaEventElapsedTime(&t, ev.a, ev.b));
        if (i >= 0) ms.push_back(t);
    }
    *us = median(ms) * 1e3;
    return BNC_OK;
}

int bnc_bench_head(int dev, int rows, int K, int iters, double *us, char *err, int errlen) {
    *us = 0;
    if (rows < 1 || K % 128 != 0 || iters < 1) return set_err(err, errlen, BNC_ERR_INVALID, "bad head benchmark arguments");
    T_CHECK(cudaSetDevice(dev));
    cudaDeviceProp prop;
    T_CHECK(cudaGetDeviceProperties(&prop, dev));
    int tt = 1, g1 = 0, gT = 0;
    T_CHECK(head_setup(BNC_TYPE_F16, K, 0, prop, &tt, &g1, &gT));
    DevBufs b;
    __half *w;
    float *x, *nw, *out;
    T_CHECK(b.alloc(&w, (size_t)rows * K * 2));
    T_CHECK(b.alloc(&x, (size_t)K * 4));
    T_CHECK(b.alloc(&nw, (size_t)K * 4));
    T_CHECK(b.alloc(&out, (size_t)rows * 4));
    fill_halves<<<1024, 256>>>(w, (size_t)rows * K, 3u);
    fill_floats<<<64, 256>>>(x, K, 4u, 1.f);
    fill_floats<<<64, 256>>>(nw, K, 8u, 1.f);
    T_CHECK(cudaGetLastError());
    Events ev;
    T_CHECK(cudaEventCreate(&ev.a));
    T_CHECK(cudaEventCreate(&ev.b));
    std::vector<float> ms;
    for (int i = -2; i < iters; i++) {
        T_CHECK(cudaEventRecord(ev.a));
        T_CHECK(launch_head(BNC_TYPE_F16, w, rows, K, x, K, 1, nw, 1e-5f, 0, out, tt, g1, 0));
        T_CHECK(cudaEventRecord(ev.b));
        T_CHECK(cudaEventSynchronize(ev.b));
        float t = 0;
        T_CHECK(cudaEventElapsedTime(&t, ev.a, ev.b));
        if (i >= 0) ms.push_back(t);
    }
    *us = median(ms) * 1e3;
    return BNC_OK;
}

}  // extern "C"
