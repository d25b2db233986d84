// sample.cu: the next token chosen on the device from the logits the head
// just wrote, so a decode step returns 4 bytes (the token id) instead of
// vocab floats. It implements the Go sampler (package sample) for greedy,
// temperature, top-k, top-p and min-p, and chooses exactly the token
// sample.Sampler.Sample chooses from the same logits with the same seed:
//
//   - the host passes the uniform variate the Go sampler's draw would use
//     (sample.Sampler.Offload peeks it from the session's generator) and
//     log(min_p) as Go computes it;
//   - every weight uses det_exp, the operation-by-operation copy of
//     internal/detmath.Exp, with __d*_rn intrinsics so that nvcc contracts
//     nothing into an FMA;
//   - every sum runs in the order the Go sampler uses: lists sorted by logit
//     (top-k or top-p on, at most kSortCap entries here) one element after
//     the other in a single thread; lists in id order (all candidates) per
//     chunk of kIdChunk ids (one thread per chunk) and then chunk after chunk.
//
// What it does not do, returning BNC_SAMPLE_HOST so that the host copies the
// logits and runs the Go sampler: +Inf logits (the Go sampler shares them
// with rng.IntN, a variable number of draws), top-k above kSortCap, and a
// top-p nucleus (or min-p survivor set under top-p) longer than kSortCap.
// Penalties, logit bias, grammar masks and logprobs never reach it (the
// session keeps those on the host).
//
// One block of 1024 threads: the logits (513 KB for 128k tokens, just
// written by the head, so in L2) are read a few times — one pass for the
// maximum, argmax, candidate count and first non-finite index, up to four
// radix-select passes for the top-N threshold, one gather pass, and one or
// two passes of chunked exp sums in id order when no sorted list is used.
#include <math.h>

#include "internal.h"

namespace bnc {

namespace {

constexpr int kSampleThreads = 1024;
constexpr int kSortCap = 2048;     // longest sorted candidate list on the device
constexpr int kIdChunk = 256;      // = sample.idChunk
constexpr int kMaxChunks = 2048;   // vocab <= kMaxChunks * kIdChunk (524288)

// ---- det_exp: internal/detmath.Exp, rounding for rounding ----------------

// pow2 is 2**j for -1022 <= j <= 1023, built from its exponent bits.
__device__ __forceinline__ double pow2(int j) { return __hiloint2double((j + 1023) << 20, 0); }

// det_ldexp is Go's math.Ldexp(y, k) for the y in [0.5, 2) that expmulti
// passes and -1075 <= k <= 1024, by multiplications with exact powers of
// two instead of Go's exponent-field arithmetic (same value, and no 64-bit
// bit-field instructions, which GPGPU-Sim gets wrong): a normal result is
// exact either way; a subnormal one is y*2**(k+53) (exact) times 2**-53, the
// one rounding Go's code also makes; an overflow is +Inf in both.
__device__ double det_ldexp(double y, int k) {
    if (k > 1000) return __dmul_rn(__dmul_rn(y, pow2(k - 1000)), pow2(1000));
    if (k < -1000) return __dmul_rn(__dmul_rn(y, pow2(k + 53)), pow2(-53));
    return __dmul_rn(y, pow2(k));
}

__device__ double det_exp(double x) {
    const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10,
                 log2e = 1.44269504088896338700e+00;
    const double overflow = 7.09782712893383973096e+02, underflow = -7.45133219101941108420e+02,
                 nearZero = 1.0 / (1 << 28);
    const double p1 = 1.66666666666666657415e-01, p2 = -2.77777777770155933842e-03,
                 p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06,
                 p5 = 4.13813679705723846039e-08;
    if (isnan(x) || x == INFINITY) return x;
    if (x == -INFINITY) return 0;
    if (x > overflow) return INFINITY;
    if (x < underflow) return 0;
    if (-nearZero < x && x < nearZero) return __dadd_rn(1, x);
    int k = 0;
    if (x < 0)
        k = (int)__dsub_rn(__dmul_rn(log2e, x), 0.5);
    else if (x > 0)
        k = (int)__dadd_rn(__dmul_rn(log2e, x), 0.5);
    const double hi = __dsub_rn(x, __dmul_rn((double)k, ln2Hi));
    const double lo = __dmul_rn((double)k, ln2Lo);
    const double r = __dsub_rn(hi, lo);
    const double t = __dmul_rn(r, r);
    double q = __dadd_rn(p4, __dmul_rn(t, p5));
    q = __dadd_rn(p3, __dmul_rn(t, q));
    q = __dadd_rn(p2, __dmul_rn(t, q));
    q = __dadd_rn(p1, __dmul_rn(t, q));
    const double c = __dsub_rn(r, __dmul_rn(t, q));
    const double rc = __dmul_rn(r, c);
    const double y = __dsub_rn(1, __dsub_rn(__dsub_rn(lo, __ddiv_rn(rc, __dsub_rn(2, c))), hi));
    return det_ldexp(y, k);
}

// ---- keys ------------------------------------------------------------------

// is_cand: a token the Go sampler may draw (v > -Inf; false for NaN).
__device__ __forceinline__ bool is_cand(float v) { return v > -INFINITY; }

// key maps a candidate logit to an unsigned integer in the same order; -0
// becomes +0, since the Go sampler orders them as equal (ties to the lower id).
__device__ __forceinline__ uint32_t key_of(float v) {
    if (v == 0) v = 0;
    const uint32_t b = __float_as_uint(v);
    return (b & 0x80000000u) ? ~b : (b | 0x80000000u);
}
__device__ __forceinline__ float val_of(uint32_t k) {
    return __uint_as_float((k & 0x80000000u) ? (k & 0x7fffffffu) : ~k);
}

// Block-wide reductions and scans (1024 threads = 32 warps).
__device__ __forceinline__ int block_scan_excl(int v, int *sm, int *total) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    int x = v;
#pragma unroll
    for (int o = 1; o < 32; o <<= 1) {
        // The indexed shuffle, which the other kernels use too and which
        // GPGPU-Sim is known to run correctly, rather than __shfl_up_sync.
        const int y = __shfl_sync(0xffffffffu, x, (lane - o) & 31);
        if (lane >= o) x += y;
    }
    if (lane == 31) sm[warp] = x;
    __syncthreads();
    if (warp == 0) {
        int w = sm[lane];
#pragma unroll
        for (int o = 1; o < 32; o <<= 1) {
            const int y = __shfl_sync(0xffffffffu, w, (lane - o) & 31);
            if (lane >= o) w += y;
        }
        sm[lane] = w;  // inclusive
    }
    __syncthreads();
    const int before = (warp ? sm[warp - 1] : 0) + x - v;
    *total = sm[31];
    __syncthreads();
    return before;
}

struct ArgMax {
    float v;
    int i;
};
__device__ __forceinline__ ArgMax better(ArgMax a, ArgMax b) {
    // Higher value wins; equal values (including -0 == +0) go to the lower id.
    if (b.v > a.v || (b.v == a.v && b.i < a.i)) return b;
    return a;
}

struct SampleSmem {
    // The sorted list as two arrays (key, id): GPGPU-Sim mixes up the halves
    // of 64-bit values packed from two 32-bit ones.
    uint32_t lkey[kSortCap];
    int lid[kSortCap];
    double buf[kMaxChunks];              // chunk sums, then the weights of the list
    int hist[256];
    int scan[32];
    ArgMax am[32];
    int cnt[32], bad[32];
    double dsh;
    int ish[4];
};

__global__ void __launch_bounds__(kSampleThreads) sample_kernel(const float *__restrict__ logits, int V,
                                                                 const bnc_sample_params *__restrict__ pp,
                                                                 bnc_sample_result *__restrict__ res) {
    __shared__ SampleSmem sm;
    const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const bnc_sample_params p = *pp;

    // Pass 1: argmax over candidates, candidate count, first non-finite index.
    ArgMax am{-INFINITY, 0x7fffffff};
    int ncand = 0, bad = 0x7fffffff;
    for (int i = tid; i < V; i += kSampleThreads) {
        const float v = logits[i];
        if (is_cand(v)) {
            ncand++;
            am = better(am, ArgMax{v, i});
        }
        if (!isfinite(v) && i < bad) bad = i;
    }
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) {
        ArgMax b{__shfl_xor_sync(0xffffffffu, am.v, o), __shfl_xor_sync(0xffffffffu, am.i, o)};
        am = better(am, b);
        ncand += __shfl_xor_sync(0xffffffffu, ncand, o);
        bad = min(bad, __shfl_xor_sync(0xffffffffu, bad, o));
    }
    if (lane == 0) sm.am[warp] = am, sm.cnt[warp] = ncand, sm.bad[warp] = bad;
    __syncthreads();
    if (warp == 0) {
        am = sm.am[lane], ncand = sm.cnt[lane], bad = sm.bad[lane];
#pragma unroll
        for (int o = 16; o > 0; o >>= 1) {
            ArgMax b{__shfl_xor_sync(0xffffffffu, am.v, o), __shfl_xor_sync(0xffffffffu, am.i, o)};
            am = better(am, b);
            ncand += __shfl_xor_sync(0xffffffffu, ncand, o);
            bad = min(bad, __shfl_xor_sync(0xffffffffu, bad, o));
        }
        if (lane == 0) sm.am[0] = am, sm.cnt[0] = ncand, sm.bad[0] = bad;
    }
    __syncthreads();
    am = sm.am[0], ncand = sm.cnt[0], bad = sm.bad[0];
    bnc_sample_result out;
    out.bad = bad == 0x7fffffff ? -1 : bad;
    out.bad_value = bad == 0x7fffffff ? 0.f : logits[bad];
    out.status = BNC_SAMPLE_DONE;
    out.id = 0;

    // Greedy, or nothing to draw from: the argmax, or 0 (sample.Greedy).
    if (p.temperature == 0 || ncand == 0) {
        if (tid == 0) {
            out.id = ncand ? am.i : 0;
            *res = out;
        }
        return;
    }
    if (am.v == INFINITY) {  // +Inf candidates share the mass via rng.IntN: the host does it
        if (tid == 0) {
            out.status = BNC_SAMPLE_HOST;
            *res = out;
        }
        return;
    }
    const double m = (double)am.v;
    const double thr = p.min_p ? __dadd_rn(m, p.log_min_p) : -INFINITY;
    const double t = p.temperature;
    const bool sorted = p.top_k > 0 || p.top_p > 0;

    if (!sorted) {
        // Every candidate with a logit >= thr, in id order: chunk sums of
        // exp((l - m)/t), then the draw.
        const int nch = (V + kIdChunk - 1) / kIdChunk;
        for (int j = tid; j < nch; j += kSampleThreads) {
            double part = 0;
            const int hi = min(V, (j + 1) * kIdChunk);
            for (int i = j * kIdChunk; i < hi; i++) {
                const float v = logits[i];
                if (is_cand(v) && (double)v >= thr) part = __dadd_rn(part, det_exp(__ddiv_rn(__dsub_rn((double)v, m), t)));
            }
            sm.buf[j] = part;
        }
        __syncthreads();
        if (tid == 0) {
            double total = 0;
            for (int j = 0; j < nch; j++) total = __dadd_rn(total, sm.buf[j]);
            const double u = __dmul_rn(p.u, total);
            double base = 0;
            bool found = false;
            out.status = BNC_SAMPLE_DREW;
            for (int j = 0; j < nch && !found; j++) {
                const double nb = __dadd_rn(base, sm.buf[j]);
                if (u < nb) {
                    // base + the running sum reaches nb at the chunk's last
                    // candidate, so the walk ends inside this chunk.
                    double run = 0;
                    const int hi = min(V, (j + 1) * kIdChunk);
                    for (int i = j * kIdChunk; i < hi && !found; i++) {
                        const float v = logits[i];
                        if (!(is_cand(v) && (double)v >= thr)) continue;
                        run = __dadd_rn(run, det_exp(__ddiv_rn(__dsub_rn((double)v, m), t)));
                        if (u < __dadd_rn(base, run)) out.id = i, found = true;
                    }
                }
                base = nb;
            }
            if (!found) {
                // Rounding left u at the very top: the last candidate.
                for (int i = V - 1; i >= 0; i--) {
                    const float v = logits[i];
                    if (is_cand(v) && (double)v >= thr) {
                        out.id = i;
                        break;
                    }
                }
            }
            *res = out;
        }
        return;
    }

    // Sorted path. N: the list the device sorts (top-k, or the best
    // kSortCap candidates for top-p without top-k).
    int N = p.top_k > 0 ? min(p.top_k, ncand) : min(kSortCap, ncand);
    if (N > kSortCap) {
        if (tid == 0) {
            out.status = BNC_SAMPLE_HOST;
            *res = out;
        }
        return;
    }

    // Top-p mass over every candidate in id order (top-k off): chunk sums
    // of exp(l - m), as sample's sumChunked.
    double z = 0;
    if (p.top_p > 0 && p.top_k == 0) {
        const int nch = (V + kIdChunk - 1) / kIdChunk;
        for (int j = tid; j < nch; j += kSampleThreads) {
            double part = 0;
            const int hi = min(V, (j + 1) * kIdChunk);
            for (int i = j * kIdChunk; i < hi; i++) {
                const float v = logits[i];
                if (is_cand(v)) part = __dadd_rn(part, det_exp(__dsub_rn((double)v, m)));
            }
            sm.buf[j] = part;
        }
        __syncthreads();
        if (tid == 0) {
            double s = 0;
            for (int j = 0; j < nch; j++) s = __dadd_rn(s, sm.buf[j]);
            sm.dsh = s;
        }
        __syncthreads();
        z = sm.dsh;
        __syncthreads();
    }

    // Radix select: the key T of the N-th best candidate, and how many
    // candidates equal to T the list takes (the lowest ids, as the Go
    // sampler breaks ties).
    uint32_t prefix = 0, mask = 0;
    int need = N;
    for (int shift = 24; shift >= 0; shift -= 8) {
        for (int b = tid; b < 256; b += kSampleThreads) sm.hist[b] = 0;
        __syncthreads();
        for (int i = tid; i < V; i += kSampleThreads) {
            const float v = logits[i];
            if (!is_cand(v)) continue;
            const uint32_t k = key_of(v);
            if ((k & mask) == prefix) atomicAdd(&sm.hist[(k >> shift) & 255], 1);
        }
        __syncthreads();
        if (tid == 0) {
            int above = 0, b = 255;
            for (; b > 0; b--) {
                if (above + sm.hist[b] >= need) break;
                above += sm.hist[b];
            }
            sm.ish[0] = b;
            sm.ish[1] = need - above;
        }
        __syncthreads();
        prefix |= (uint32_t)sm.ish[0] << shift;
        mask |= 255u << shift;
        need = sm.ish[1];
        __syncthreads();
    }
    const uint32_t T = prefix;
    const int ngt = N - need;

    // Gather in id order: each thread a contiguous range of ids, so that an
    // exclusive scan of its counts gives every element its slot.
    const int per = (V + kSampleThreads - 1) / kSampleThreads;
    const int lo = min(V, tid * per), hi = min(V, lo + per);
    int cgt = 0, ceq = 0;
    for (int i = lo; i < hi; i++) {
        const float v = logits[i];
        if (!is_cand(v)) continue;
        const uint32_t k = key_of(v);
        cgt += k > T;
        ceq += k == T;
    }
    int tot;
    int ogt = block_scan_excl(cgt, sm.scan, &tot);
    int oeq = block_scan_excl(ceq, sm.scan, &tot);
    for (int i = lo; i < hi; i++) {
        const float v = logits[i];
        if (!is_cand(v)) continue;
        const uint32_t k = key_of(v);
        int slot = -1;
        if (k > T)
            slot = ogt++;
        else if (k == T && oeq < need)
            slot = ngt + oeq++;
        if (slot >= 0) sm.lkey[slot] = k, sm.lid[slot] = i;
    }
    // Bitonic sort by (key descending, id ascending), padded with entries
    // that rank below every candidate.
    int P = 1;
    while (P < N) P <<= 1;
    for (int i = N + tid; i < P; i += kSampleThreads) sm.lkey[i] = 0, sm.lid[i] = 0x7fffffff;
    __syncthreads();
    for (int k = 2; k <= P; k <<= 1) {
        for (int j = k >> 1; j > 0; j >>= 1) {
            for (int i = tid; i < P; i += kSampleThreads) {
                const int ij = i ^ j;
                if (ij > i) {
                    const uint32_t ka = sm.lkey[i], kb = sm.lkey[ij];
                    const int ia = sm.lid[i], ib = sm.lid[ij];
                    const bool a_below = ka < kb || (ka == kb && ia > ib);
                    if ((i & k) == 0 ? a_below : !a_below) {
                        sm.lkey[i] = kb, sm.lkey[ij] = ka;
                        sm.lid[i] = ib, sm.lid[ij] = ia;
                    }
                }
            }
            __syncthreads();
        }
    }

    // exp(l - m) of the list, for the top-p mass and the nucleus.
    if (p.top_p > 0) {
        for (int i = tid; i < N; i += kSampleThreads)
            sm.buf[i] = det_exp(__dsub_rn((double)val_of(sm.lkey[i]), m));
        __syncthreads();
    }
    int n = N;
    bool host = false;
    if (tid == 0) {
        const bool more = p.top_k == 0 && N < ncand;  // candidates beyond the list
        if (p.top_p > 0 && p.top_k > 0)
            for (int i = 0; i < N; i++) z = __dadd_rn(z, sm.buf[i]);
        int nmp = N;  // min-p keeps a prefix of the sorted list
        if (p.min_p)
            for (nmp = 0; nmp < N && (double)val_of(sm.lkey[nmp]) >= thr;) nmp++;
        n = nmp;
        if (p.top_p > 0) {
            const double target = __dmul_rn(p.top_p, z);
            double cum = 0;
            bool found = false;
            for (int i = 0; i < nmp; i++) {
                cum = __dadd_rn(cum, sm.buf[i]);
                if (cum >= target) {
                    n = i + 1;
                    found = true;
                    break;
                }
            }
            if (!found && more && nmp == N) host = true;  // the nucleus goes on past the list
        }
        sm.ish[2] = n;
        sm.ish[3] = host;
    }
    __syncthreads();
    n = sm.ish[2];
    host = sm.ish[3];
    if (host) {
        if (tid == 0) {
            out.status = BNC_SAMPLE_HOST;
            *res = out;
        }
        return;
    }
    __syncthreads();
    for (int i = tid; i < n; i += kSampleThreads)
        sm.buf[i] = det_exp(__ddiv_rn(__dsub_rn((double)val_of(sm.lkey[i]), m), t));
    __syncthreads();
    if (tid == 0) {
        double total = 0;
        for (int i = 0; i < n; i++) total = __dadd_rn(total, sm.buf[i]);
        const double u = __dmul_rn(p.u, total);
        double cum = 0;
        int pick = n - 1;  // rounding left u at the very top
        for (int i = 0; i < n; i++) {
            cum = __dadd_rn(cum, sm.buf[i]);
            if (u < cum) {
                pick = i;
                break;
            }
        }
        out.id = sm.lid[pick];
        out.status = BNC_SAMPLE_DREW;
        *res = out;
    }
}

}  // namespace

bool sample_supported(int vocab) { return vocab >= 1 && vocab <= kMaxChunks * kIdChunk; }

cudaError_t launch_sample(const float *logits, int V, const bnc_sample_params *p, bnc_sample_result *res,
                          cudaStream_t st) {
    if (!sample_supported(V)) return cudaErrorInvalidValue;
    sample_kernel<<<1, kSampleThreads, 0, st>>>(logits, V, p, res);
    return cudaGetLastError();
}

}  // namespace bnc

// ---------------------------------------------------------------------------
// C API: tests.
// ---------------------------------------------------------------------------
namespace {

__global__ void exp_kernel(const double *x, int n, double *out) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) out[i] = bnc::det_exp(x[i]);
}

struct Bufs {
    void *p[3] = {nullptr, nullptr, nullptr};
    ~Bufs() {
        for (void *x : p)
            if (x) cudaFree(x);
        cudaGetLastError();
    }
};

}  // namespace

extern "C" {

int bnc_sample_supported(int vocab) { return bnc::sample_supported(vocab) ? 1 : 0; }

int bnc_test_sample(int dev, const float *logits, int vocab, const bnc_sample_params *p, bnc_sample_result *r,
                    char *err, int errlen) {
    if (!bnc::sample_supported(vocab)) return bnc::set_err(err, errlen, BNC_ERR_INVALID, "vocab %d", vocab);
    BNC_CHECK(cudaSetDevice(dev), err, errlen);
    Bufs b;
    BNC_CHECK(cudaMalloc(&b.p[0], (size_t)vocab * sizeof(float)), err, errlen);
    BNC_CHECK(cudaMalloc(&b.p[1], sizeof *p), err, errlen);
    BNC_CHECK(cudaMalloc(&b.p[2], sizeof *r), err, errlen);
    BNC_CHECK(cudaMemcpy(b.p[0], logits, (size_t)vocab * sizeof(float), cudaMemcpyHostToDevice), err, errlen);
    BNC_CHECK(cudaMemcpy(b.p[1], p, sizeof *p, cudaMemcpyHostToDevice), err, errlen);
    BNC_CHECK(cudaMemset(b.p[2], 0xff, sizeof *r), err, errlen);  // poison: an unwritten result reads -1
    BNC_CHECK(bnc::launch_sample((const float *)b.p[0], vocab, (const bnc_sample_params *)b.p[1],
                                 (bnc_sample_result *)b.p[2], 0),
              err, errlen);
    BNC_CHECK(cudaMemcpy(r, b.p[2], sizeof *r, cudaMemcpyDeviceToHost), err, errlen);
    return BNC_OK;
}

int bnc_test_exp(int dev, const double *x, int n, double *out, char *err, int errlen) {
    if (n < 1) return bnc::set_err(err, errlen, BNC_ERR_INVALID, "n %d", n);
    BNC_CHECK(cudaSetDevice(dev), err, errlen);
    Bufs b;
    BNC_CHECK(cudaMalloc(&b.p[0], (size_t)n * sizeof(double)), err, errlen);
    BNC_CHECK(cudaMalloc(&b.p[1], (size_t)n * sizeof(double)), err, errlen);
    BNC_CHECK(cudaMemcpy(b.p[0], x, (size_t)n * sizeof(double), cudaMemcpyHostToDevice), err, errlen);
    exp_kernel<<<(n + 255) / 256, 256>>>((const double *)b.p[0], n, (double *)b.p[1]);
    BNC_CHECK(cudaGetLastError(), err, errlen);
    BNC_CHECK(cudaMemcpy(out, b.p[1], (size_t)n * sizeof(double), cudaMemcpyDeviceToHost), err, errlen);
    return BNC_OK;
}

}  // extern "C"
