// internal.h: what the .cu files of libbitnetcuda share on the host side:
// kernel parameter blocks, launchers (each kernel is launched only from the
// file that defines it, so no relocatable device code is needed) and error
// helpers. Not part of the C API.
#pragma once

#include <cuda_runtime.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "bitnet_cuda.h"
#include "common.cuh"

namespace bnc {

// Epilogues of the ternary matmuls.
enum Epi {
    EPI_STORE = 0,   // out[tok*ld + row] = y
    EPI_RESID = 1,   // out[tok*ld + row] += y (the residual stream)
    EPI_QKV = 2,     // RoPE Q and K, write Q to out, K and V into the KV cache
    EPI_GATEUP = 3,  // out[tok*ld + pair] = act(gate)*up
};

// BatchRow says where one row of a batched forward (rows of several states in
// one matmul) keeps its sequence's data: the QKV epilogue writes the row's K
// and V into its own state's cache and rotates with its state's RoPE table.
// A decode row's attention (launch_attention_rows) finds its state's split
// partials and counters here too.
struct BatchRow {
    uint8_t *kc, *vc;  // the state's K and V caches (layer 0; layers are layer_kv bytes apart)
    const float *rope_cos, *rope_sin;
    size_t layer_kv;
    void *part;     // the state's decode split partials
    int *counters;  // and split counters
    int nsplit;     // the state's decode splits (attn_decode_splits of its capacity)
};

struct EpiParams {
    int epi;
    int units;  // rows (EPI_STORE/RESID) or pairs (EPI_QKV/GATEUP) that exist
    float ws[3], os[3];  // weight and output scales per segment (QKV) or side (GATEUP)
    float *out;
    int ld;  // floats between output rows
    // EPI_GATEUP
    int act;
    int exact;
    // EPI_QKV
    QKVShape shp;
    void *kc, *vc;  // this layer's caches, [cap][kvdim] of cache_type
    int cache_type;
    const float *rope_cos, *rope_sin;  // [cap][rd/2]
    const int *pos;                    // device: position of token 0 of the batch
    // EPI_QKV of a batched forward: when rows is set, token tok is at
    // position row_pos[tok] of the state rows[tok] describes, and kc, vc,
    // rope_cos, rope_sin and pos are unused.
    const BatchRow *rows;
    const int *row_pos;
    int layer;
    // EPI_QKV with per-head QK norms (Qwen3): Q and K are written
    // un-rotated, K after Q in each output row (ld >= qdim + kvdim), for
    // launch_qknorm to normalize, rotate and store.
    int qknorm;
};

// NormQuant is one RMSNorm (weight w) + int8 quantization of a float row
// x[K] into q, *scale and *asum: the input of the next decode GEMV, computed
// once per sublayer input instead of once per GEMV block. Fused into the
// epilogue of the kernel that produces x: every block that wrote part of x
// arrives at *counter, and the last to arrive (which then sees all of x)
// computes it with the whole block and resets the counter for the next
// launch or graph replay. q == nullptr: nothing to do.
struct NormQuant {
    const float *x;
    const float *w;
    int K;
    float eps;
    int exact;
    int8_t *q;
    float *scale;
    int *asum;
    int *counter;  // device int, 0 between launches
};

#ifdef __CUDACC__
// fused_norm_quant is the NormQuant epilogue: called by every thread of each
// of `arrivals` blocks of NT threads after their writes to nq.x; the last
// block computes it. Deterministic: one block computes the whole row in a
// fixed order, whichever block that is, and the same bits as
// normquant_kernel (block_norm_quant's order does not depend on NT).
template <int NT = kNormThreads, int B = kNQBatch>
__device__ __forceinline__ void fused_norm_quant(const NormQuant &nq, int arrivals) {
    __shared__ int last;
    __threadfence();  // this block's writes to x before its arrival
    __syncthreads();
    if (threadIdx.x == 0) last = atomicAdd(nq.counter, 1) == arrivals - 1;
    __syncthreads();
    if (!last) return;
    __threadfence();
    float s;
    int as;
    block_norm_quant<true, NT, B>(nq.x, nq.w, nq.K, nq.eps, nq.exact, nq.q, s, as);
    if (threadIdx.x == 0) {
        *nq.scale = s;
        *nq.asum = as;
        *nq.counter = 0;
    }
}
#endif

// A ternary matrix on the device in the T2W layout, rows padded to a multiple
// of kGemmRows so the GEMM's tile loads never leave the allocation.
struct DevMat {
    uint8_t *w = nullptr;
    int rows_dev = 0;  // allocated rows
    int K = 0;
    int units = 0;  // logical rows, or pairs when paired
    int paired = 0;
    float ws[3] = {0, 0, 0}, os[3] = {1, 1, 1};
};

constexpr int kGemmRows = 128;  // GEMM tile rows (weights)
constexpr int kMaxCPL = 8;      // GEMV: K <= 64*32*kMaxCPL = 16384
constexpr int kHeadMaxTT = 8;   // output head: token rows per pass
constexpr int kMaxHeadDim = 256;

inline int gemv_cpl(int K) { return (K / 64 + 31) / 32; }

// ---- launchers (ternary.cu) ----
cudaError_t launch_repack(const uint8_t *src, int rows, int K, const int *map, uint8_t *dst, cudaStream_t st);
cudaError_t launch_normquant(const float *x, int ldx, const float *w, int K, float eps, int exact, int n, int8_t *q,
                             float *scale, int *asum, cudaStream_t st);
// launch_gemv: one token's ternary matmul of the quantized input (q, *scale,
// *asum from launch_normquant or a NormQuant epilogue), with the epilogue ep
// and, when nq.q is set, the norm+quantization of the output row for the next
// GEMV. grid_cap: the most blocks worth launching (0: no cap).
cudaError_t launch_gemv(const DevMat &m, const int8_t *q, const float *scale, const int *asum, const EpiParams &ep,
                        const NormQuant &nq, int grid_cap, cudaStream_t st);
// GemmSplit splits a GEMM's K among grid.z blocks per tile (split-K): a pass
// of a few rows has only rows/128 tiles per matrix, too few blocks to stream
// the weights at the GPU's bandwidth. Each block sums its K range in int32
// and stores the sums in part; the last block of a tile to arrive (counters,
// one int per tile, 0 between launches and reset by that block) adds the
// others' and runs the epilogue. Integer sums do not depend on the split, so
// the results are the unsplit GEMM's bit for bit.
struct GemmSplit {
    int splits = 1;
    int *part = nullptr;      // gemm_split_ints(sm_count) ints
    int *counters = nullptr;  // sm_count ints, zero
};
constexpr int kGemmMaxSplits = 8;
constexpr int kGemmSplitNI = 2;  // split only passes of up to 16*kGemmSplitNI rows
// gemm_split_ints: the ints of GemmSplit.part that gemm_splits may use.
size_t gemm_split_ints(int sm_count);
// gemm_splits: the K splits for a GEMM of m by n rows on sm_count SMs (1:
// do not split).
int gemm_splits(const DevMat &m, int n, int sm_count);
// gemm_tiles: the GEMM's tiles (blocks before any split) for n rows, one
// counter each; gemm_part_ints: the ints of GemmSplit.part it needs with
// `splits` K ranges (n <= 16*kGemmSplitNI).
int gemm_tiles(const DevMat &m, int n);
size_t gemm_part_ints(const DevMat &m, int n, int splits);
cudaError_t launch_gemm(const DevMat &m, const int8_t *q, const float *scale, const int *asum, int n,
                        const EpiParams &ep, cudaStream_t st, const GemmSplit &sk = GemmSplit());
cudaError_t gemv_max_grid(int K, int paired, int sm_count, int *grid);
// launch_qknorm: per-head RMSNorm (weights qw, kw: hd floats each) and RoPE
// of the n rows an EPI_QKV launch with ep.qknorm left in ep.out; q is
// rotated in place, k stored into the KV cache (ep: the same parameters).
cudaError_t launch_qknorm(const EpiParams &ep, const float *qw, const float *kw, float eps, int n, cudaStream_t st);

// ---- attention (attention.cu) ----
struct AttnParams {
    const float *q;
    int ldq;
    const void *kc, *vc;
    int kvdim, hd, heads, group;
    const int *pos;  // device: position of token 0
    int n, nsplit;
    float *out;
    int ldo;
    void *part;     // partial results when nsplit > 1: n*heads*nsplit*(hd+2) accumulators
    int *counters;  // n*heads zeros
    // Decode (n == 1) only: the norm+quantization of the output for the O
    // GEMV (NormQuant; q == nullptr: none). Its counter must not be one of
    // counters[0..n*heads).
    NormQuant nq;
};
// Decode attention: one block serves up to kAttnGroupHeads query heads of one
// KV head, so each K/V row is read once per group of 4; the positions are
// split by the current length, at least kAttnSplitMin per split.
constexpr int kAttnGroupHeads = 4;
constexpr int kAttnSplitMin = 16;
constexpr int kAttnMaxSplits = 64;
// Short sequences still spread over this many splits (of fewer positions):
// there the kernel waits on latency, not on the per-split work.
constexpr int kAttnShortSplits = 8;
// The number of decode splits for L visible positions, at most nsplit: L/16
// rounded up, but at least min(L, kAttnShortSplits); then as few as cover L
// with splits of the resulting length, so that no split is empty.
__host__ __device__ inline int attn_active_splits(int L, int nsplit) {
    int ns = (L + kAttnSplitMin - 1) / kAttnSplitMin;
    const int lo = L < kAttnShortSplits ? L : kAttnShortSplits;
    if (ns < lo) ns = lo;
    if (ns > nsplit) ns = nsplit;
    if (ns < 1) return 1;
    const int span = (L + ns - 1) / ns;
    return (L + span - 1) / span;
}
// The decode attention's grid height for a state of cap positions: the most
// splits any length up to cap uses (attn_active_splits before its last step,
// which only lowers the count, grows with L), at most kAttnMaxSplits.
// cuda/memory.go sizes a state's split partials with decodeSplits, the same
// rule in Go: change both together.
inline int attn_decode_splits(int cap) {
    int ns = (cap + kAttnSplitMin - 1) / kAttnSplitMin;
    const int lo = cap < kAttnShortSplits ? cap : kAttnShortSplits;
    if (ns < lo) ns = lo;
    return ns < 1 ? 1 : ns > kAttnMaxSplits ? kAttnMaxSplits : ns;
}
cudaError_t launch_attention(int cache_type, const AttnParams &p, cudaStream_t st);
// launch_attention_rows runs the decode attention of several states' decode
// rows in one launch (a batched forward's decode rows): row dec[z] of the
// pass (z < ndec) attends over its own state's cache (rows[dec[z]], at
// position pos[dec[z]]) exactly as launch_attention would for that state
// alone. p holds what the states share (kvdim, hd, heads, group) and the
// pass's query and output rows (q, ldq, out, ldo: row r at r*ldq, r*ldo);
// maxsplit is the largest nsplit of the rows, layer the layer whose caches
// to read. No fused norm+quantization (p.nq must be empty).
cudaError_t launch_attention_rows(int cache_type, const AttnParams &p, const BatchRow *rows, const int *pos,
                                  const int *dec, int ndec, int maxsplit, int layer, cudaStream_t st);
inline size_t attn_part_bytes(int cache_type, int n, int heads, int nsplit, int hd) {
    size_t acc = cache_type == BNC_TYPE_F32 ? sizeof(double) : sizeof(float);
    return (size_t)n * heads * nsplit * (hd + 2) * acc;
}

// ---- embedding and output head (head.cu) ----
// nq (n == 1 only; q == nullptr: none): the first layer's norm+quantization of
// the embedded row, fused.
cudaError_t launch_embed(int type, const void *E, int K, const int *tokens, int n, float *x, const NormQuant &nq,
                         cudaStream_t st);
// rows of x (ldx floats apart) -> out[rows][V].
cudaError_t launch_head(int wtype, const void *W, int V, int K, const float *x, int ldx, int rows,
                        const float *normw, float eps, int exact, float *out, int tt, int grid, cudaStream_t st);
// head_setup raises the kernel's shared-memory limit and returns the token rows
// per pass (tt) and the grids for one row and for tt rows.
cudaError_t head_setup(int wtype, int K, int exact, const cudaDeviceProp &prop, int *tt, int *grid1, int *gridT);

// ---- GPU-side sampling (sample.cu) ----
bool sample_supported(int vocab);
// p and res are device pointers (the decode graph copies p from pinned memory).
cudaError_t launch_sample(const float *logits, int V, const bnc_sample_params *p, bnc_sample_result *res,
                          cudaStream_t st);

// ---- errors ----
inline int set_err(char *err, int errlen, int code, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
inline int set_err(char *err, int errlen, int code, const char *fmt, ...) {
    if (err && errlen > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, (size_t)errlen, fmt, ap);
        va_end(ap);
    }
    return code;
}

// cuda_code maps a CUDA error to a status: no driver or device -> NO_DEVICE,
// allocation failures -> NO_MEMORY, anything else -> CUDA.
inline int cuda_code(cudaError_t e) {
    switch (e) {
    case cudaErrorNoDevice:
    case cudaErrorInsufficientDriver:
    case cudaErrorInvalidDevice:
    case cudaErrorNoKernelImageForDevice:
    case cudaErrorDevicesUnavailable:
    case cudaErrorSystemDriverMismatch:
    case cudaErrorCompatNotSupportedOnDevice:
        return BNC_ERR_NO_DEVICE;
    case cudaErrorMemoryAllocation:
        return BNC_ERR_NO_MEMORY;
    default:
        return BNC_ERR_CUDA;
    }
}

inline int cuda_err(char *err, int errlen, cudaError_t e, const char *what) {
    const char *hint = "";
    if (e == cudaErrorInsufficientDriver)
        hint = " (no NVIDIA driver found: libcuda.so.1 is missing or older than this build's CUDA runtime)";
    return set_err(err, errlen, cuda_code(e), "%s: %s (%s)%s", what, cudaGetErrorString(e), cudaGetErrorName(e), hint);
}

}  // namespace bnc

#define BNC_CHECK(call, err, errlen)                                            \
    do {                                                                        \
        cudaError_t e_ = (call);                                                \
        if (e_ != cudaSuccess) return bnc::cuda_err((err), (errlen), e_, #call); \
    } while (0)
