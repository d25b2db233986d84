// simcycles runs one decode kernel of the 2B model at its real shape, for
// GPGPU-Sim's performance mode, which prints the simulated cycles of every
// kernel launch; scripts/cuda-sim-cycles.sh builds and runs it. The numbers
// come from the simulator's report, not from this program, which only checks
// that the kernels ran and wrote finite output, and prints a checksum so that
// a performance-mode run can be compared with a functional-mode one.
//
//   simcycles gemv ROWS K [noepi]  decode GEMV, with the NormQuant epilogue
//                                  that quantizes its output for the next GEMV
//                                  (noepi: without it, to see what it costs)
//   simcycles gateup ROWS K        paired gate|up GEMV (ROWS = 2 x FFN width), relu^2
//   simcycles attn HEADS KV HD POS decode attention, f16 cache, POS cached positions
//   simcycles head ROWS K          F16 output head, one token
//   simcycles gemm ROWS K N [SPLITS]
//                                  a batched pass's GEMM of N token rows, its K
//                                  split in SPLITS ranges (default: the pass's
//                                  choice for the simulated GPU; 1: unsplit)
//
// The GEMV cases call the launchers directly with random codes copied to the
// device in the device layout: the library's test entry point would first run
// the repack kernel, which costs the performance model as much as the GEMV.
// The attention case's grid has the most decode splits a state gets
// (kAttnMaxSplits; -DBNC_ATTN_SPLITS=16 for kernels from before that
// constant, whose cap was 16), as in a long-context state.
// Built with -DBNC_PRE_NORMQUANT it compiles against the kernels before the
// NormQuant redesign (commit 9a62bfd), whose GEMV normalized and quantized its
// float input in every block and whose test API had no epilogue arguments.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "internal.h"

#ifndef BNC_ATTN_SPLITS
#define BNC_ATTN_SPLITS bnc::kAttnMaxSplits
#endif

namespace {

// A fixed-seed xorshift: the inputs only need to be ordinary, not random.
uint32_t rng = 2463534242u;

uint32_t next() {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

float uniform() { return (float)(next() >> 8) / 16777216.0f * 2.0f - 1.0f; }

std::vector<float> floats(size_t n) {
    std::vector<float> v(n);
    for (auto &x : v) x = uniform();
    return v;
}

// ternary_codes: n bytes of four 2-bit ternary codes each, every code 0, 1
// or 2 (-1, 0, +1), in the device layout's bytes.
std::vector<uint8_t> ternary_codes(size_t n) {
    std::vector<uint8_t> codes(n);
    for (auto &b : codes) {
        uint32_t r = next();
        b = 0;
        for (int j = 0; j < 4; j++) b |= (uint8_t)(((r >> (8 * j)) % 3) << (2 * j));
    }
    return codes;
}

// A position-weighted sum of the output.
double checksum(const std::vector<float> &x) {
    double s = 0;
    for (size_t i = 0; i < x.size(); i++) s += (double)x[i] * (double)(i % 7 + 1);
    return s;
}

bool finite_all(const std::vector<float> &x) {
    for (float v : x)
        if (!std::isfinite(v)) return false;
    return true;
}

#define CK(call)                                                                                      \
    do {                                                                                              \
        cudaError_t e_ = (call);                                                                      \
        if (e_ != cudaSuccess) {                                                                      \
            fprintf(stderr, "simcycles: %s: %s (line %d)\n", #call, cudaGetErrorString(e_), __LINE__); \
            return 1;                                                                                 \
        }                                                                                             \
    } while (0)

template <typename T>
cudaError_t upload(T **d, const std::vector<T> &h) {
    cudaError_t e = cudaMalloc(d, h.size() * sizeof(T));
    if (e == cudaSuccess) e = cudaMemcpy(*d, h.data(), h.size() * sizeof(T), cudaMemcpyHostToDevice);
    return e;
}

int matmul(int rows, int K, bool paired, bool epilogue) {
    using namespace bnc;
    if (rows < 2 || K % 128 != 0 || gemv_cpl(K) > kMaxCPL || (paired && rows % 2)) {
        fprintf(stderr, "simcycles: bad GEMV shape %dx%d\n", rows, K);
        return 2;
    }
    cudaDeviceProp prop;
    CK(cudaGetDeviceProperties(&prop, 0));
    DevMat m;
    m.K = K;
    m.paired = paired;
    m.units = paired ? rows / 2 : rows;
    m.rows_dev = ((paired ? paired_rows(m.units) : m.units) + kGemmRows - 1) / kGemmRows * kGemmRows;
    for (int i = 0; i < 3; i++) m.ws[i] = 0.01f, m.os[i] = 1.f;
    const std::vector<uint8_t> codes = ternary_codes((size_t)m.rows_dev * K / 4);
    CK(upload(&m.w, codes));
    float *x, *normw, *out;
    CK(upload(&x, floats(K)));
    CK(upload(&normw, floats(K)));
    CK(cudaMalloc(&out, (size_t)m.units * 4));
    int *pos;
    CK(cudaMalloc(&pos, 4));
    CK(cudaMemset(pos, 0, 4));
    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.epi = paired ? EPI_GATEUP : EPI_STORE;
    ep.units = m.units;
    for (int i = 0; i < 3; i++) ep.ws[i] = 0.01f, ep.os[i] = 1.f;
    ep.out = out;
    ep.ld = m.units;
    ep.act = BNC_ACT_RELU2;
    ep.pos = pos;
    int grid = 0;
    CK(gemv_max_grid(K, paired, prop.multiProcessorCount, &grid));
#ifdef BNC_PRE_NORMQUANT
    // Every GEMV block normalizes and quantizes x itself.
    CK(launch_gemv(m, x, normw, 1e-5f, 0, ep, grid, 0));
#else
    // As in a decode step: the input codes come from the previous kernel's
    // epilogue (here one normquant launch), and this GEMV's epilogue
    // quantizes its output row for the next GEMV.
    int8_t *q, *nq_q;
    float *scale, *nq_scale, *nq_w;
    int *asum, *nq_asum, *counter;
    CK(cudaMalloc(&q, K));
    CK(cudaMalloc(&scale, 4));
    CK(cudaMalloc(&asum, 4));
    CK(launch_normquant(x, K, normw, K, 1e-5f, 0, 1, q, scale, asum, 0));
    CK(upload(&nq_w, floats(m.units)));
    CK(cudaMalloc(&nq_q, m.units));
    CK(cudaMalloc(&nq_scale, 4));
    CK(cudaMalloc(&nq_asum, 4));
    CK(cudaMalloc(&counter, 4));
    CK(cudaMemset(counter, 0, 4));
    NormQuant nq;
    memset(&nq, 0, sizeof nq);
    if (epilogue) {  // nq.q == nullptr: no epilogue
        nq.x = out, nq.w = nq_w, nq.K = m.units, nq.eps = 1e-5f, nq.exact = 0;
        nq.q = nq_q, nq.scale = nq_scale, nq.asum = nq_asum, nq.counter = counter;
    }
    CK(launch_gemv(m, q, scale, asum, ep, nq, grid, 0));
#endif
    CK(cudaDeviceSynchronize());
    std::vector<float> h(m.units);
    CK(cudaMemcpy(h.data(), out, h.size() * 4, cudaMemcpyDeviceToHost));
    if (!finite_all(h)) {
        fprintf(stderr, "simcycles: GEMV %dx%d: non-finite output\n", rows, K);
        return 1;
    }
    printf("simcycles: %s rows=%d K=%d grid=%d%s ok, checksum %.9g\n", paired ? "gateup" : "gemv", rows, K, grid,
           epilogue ? "" : " noepi", checksum(h));
    return 0;
}

#ifndef BNC_PRE_NORMQUANT
// gemm: a batched pass's GEMM of n token rows, split into `splits` K ranges
// (0: what a pass chooses for this GPU's SM count, 1: unsplit). Every split
// count gives the same output (integer sums): the checksums must agree.
int gemm(int rows, int K, int n, int splits) {
    using namespace bnc;
    if (rows < 2 || K % 128 != 0 || n < 1 || splits < 0 || splits > kGemmMaxSplits ||
        (splits > 1 && (n > 16 * kGemmSplitNI || splits > K / 128))) {
        fprintf(stderr, "simcycles: bad GEMM shape %dx%d n=%d splits=%d\n", rows, K, n, splits);
        return 2;
    }
    cudaDeviceProp prop;
    CK(cudaGetDeviceProperties(&prop, 0));
    DevMat m;
    m.K = K;
    m.units = rows;
    m.rows_dev = (rows + kGemmRows - 1) / kGemmRows * kGemmRows;
    m.ws[0] = 0.01f, m.os[0] = 1.f;
    const std::vector<uint8_t> codes = ternary_codes((size_t)m.rows_dev * K / 4);
    CK(upload(&m.w, codes));
    float *x, *normw, *out, *scale;
    int8_t *q;
    int *asum, *pos;
    CK(upload(&x, floats((size_t)n * K)));
    CK(upload(&normw, floats(K)));
    CK(cudaMalloc(&out, (size_t)n * rows * 4));
    CK(cudaMalloc(&q, (size_t)n * K));
    CK(cudaMalloc(&scale, (size_t)n * 4));
    CK(cudaMalloc(&asum, (size_t)n * 4));
    CK(cudaMalloc(&pos, 4));
    CK(cudaMemset(pos, 0, 4));
    CK(launch_normquant(x, K, normw, K, 1e-5f, 0, n, q, scale, asum, 0));
    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.epi = EPI_STORE;
    ep.units = rows;
    ep.ws[0] = 0.01f, ep.os[0] = 1.f;
    ep.out = out;
    ep.ld = rows;
    ep.pos = pos;
    if (splits == 0) splits = gemm_splits(m, n, prop.multiProcessorCount);
    GemmSplit sk;
    if (splits > 1) {
        sk.splits = splits;
        CK(cudaMalloc(&sk.part, gemm_part_ints(m, n, splits) * 4));
        CK(cudaMalloc(&sk.counters, (size_t)gemm_tiles(m, n) * 4));
        CK(cudaMemset(sk.counters, 0, (size_t)gemm_tiles(m, n) * 4));
    }
    CK(launch_gemm(m, q, scale, asum, n, ep, 0, sk));
    CK(cudaDeviceSynchronize());
    std::vector<float> h((size_t)n * rows);
    CK(cudaMemcpy(h.data(), out, h.size() * 4, cudaMemcpyDeviceToHost));
    if (!finite_all(h)) {
        fprintf(stderr, "simcycles: GEMM %dx%d n=%d: non-finite output\n", rows, K, n);
        return 1;
    }
    printf("simcycles: gemm rows=%d K=%d n=%d splits=%d (%d SMs) ok, checksum %.9g\n", rows, K, n, splits,
           prop.multiProcessorCount, checksum(h));
    return 0;
}
#endif

int attention(int heads, int kv, int hd, int npos) {
    char err[256] = "";
    std::vector<float> q = floats((size_t)heads * hd), kc = floats((size_t)npos * kv * hd),
                       vc = floats((size_t)npos * kv * hd), out((size_t)heads * hd);
    // One new query at position npos-1 over npos cached positions, split by
    // the current length as in decode, in a grid of BNC_ATTN_SPLITS splits.
#ifdef BNC_PRE_NORMQUANT
    int rc = bnc_test_attention(0, BNC_TYPE_F16, 0, q.data(), 1, heads, kv, hd, kc.data(), vc.data(), npos - 1, BNC_ATTN_SPLITS,
                                out.data(), err, (int)sizeof err);
#else
    std::vector<float> normw = floats((size_t)heads * hd);
    std::vector<int8_t> qout((size_t)heads * hd);
    float qscale = 0;
    int32_t qsum = 0;
    int rc = bnc_test_attention(0, BNC_TYPE_F16, 0, q.data(), 1, heads, kv, hd, kc.data(), vc.data(), npos - 1, BNC_ATTN_SPLITS,
                                out.data(), normw.data(), qout.data(), &qscale, &qsum, err, (int)sizeof err);
#endif
    if (rc != BNC_OK || !finite_all(out)) {
        fprintf(stderr, "simcycles: attention: %s (status %d)\n", rc != BNC_OK ? err : "non-finite output", rc);
        return 1;
    }
    printf("simcycles: attn heads=%d kv=%d hd=%d positions=%d ok, checksum %.9g\n", heads, kv, hd, npos,
           checksum(out));
    return 0;
}

int head(int rows, int K) {
    char err[256] = "";
    // f16 values in (-1, 1): sign, exponent 0..14, random mantissa.
    std::vector<uint16_t> w((size_t)rows * K);
    for (auto &v : w) {
        uint32_t r = next();
        v = (uint16_t)(((r >> 31) << 15) | ((r % 15) << 10) | (r & 0x3ff));
    }
    std::vector<float> x = floats(K), normw = floats(K), out(rows);
    int rc = bnc_test_head(0, BNC_TYPE_F16, w.data(), rows, K, x.data(), 1, normw.data(), 1e-5f, 0, out.data(), err,
                           (int)sizeof err);
    if (rc != BNC_OK || !finite_all(out)) {
        fprintf(stderr, "simcycles: head: %s (status %d)\n", rc != BNC_OK ? err : "non-finite output", rc);
        return 1;
    }
    printf("simcycles: head rows=%d K=%d ok, checksum %.9g\n", rows, K, checksum(out));
    return 0;
}

int usage() {
    fprintf(stderr,
            "usage: simcycles gemv ROWS K [noepi] | gateup ROWS K [noepi] | gemm ROWS K N [SPLITS] | attn HEADS KV HD "
            "POSITIONS | head ROWS K\n");
    return 2;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 2) return usage();
    const char *k = argv[1];
    if ((argc == 4 || argc == 5) && (!strcmp(k, "gemv") || !strcmp(k, "gateup"))) {
        bool epilogue = argc == 4;
        if (!epilogue && strcmp(argv[4], "noepi")) return usage();
        return matmul(atoi(argv[2]), atoi(argv[3]), !strcmp(k, "gateup"), epilogue);
    }
    if (argc == 4 && !strcmp(k, "head")) return head(atoi(argv[2]), atoi(argv[3]));
#ifndef BNC_PRE_NORMQUANT
    if ((argc == 5 || argc == 6) && !strcmp(k, "gemm"))
        return gemm(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), argc == 6 ? atoi(argv[5]) : 0);
#endif
    if (argc == 6 && !strcmp(k, "attn")) return attention(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), atoi(argv[5]));
    return usage();
}
