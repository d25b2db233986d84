// engine.cu: the C API's engine (weights on one device) and state (one
// sequence: KV cache, scratch, decode graph).
//
// Forward pass of a batch of n tokens at positions pos..pos+n-1:
//   embed; per layer:
//     n == 1 (decode): 4 ternary GEMVs + 1 attention kernel (5 launches per
//                      layer); each sublayer input is normalized and
//                      quantized once, in the producing kernel's epilogue
//     n >= 2 (prefill): normquant + int8 MMA GEMM for each of the 4 matmuls,
//                      + attention (9 launches per layer)
//   output head (fused final RMSNorm) -> logits -> host.
// The qwen3 family (bnc_config.qk_norm) adds qknorm_kernel after the Q|K|V
// matmul (per-head q/k RMSNorm, then RoPE and the K-cache store); families
// without sub-norms quantize the o and down inputs unnormalized.
// Q|K|V and gate|up are each one fused matrix (paired layout, common.cuh), so
// RoPE, the KV-cache writes and the activation run in the matmul epilogues.
//
// Decode runs as a CUDA graph captured once per state at its first
// single-token step: the token and the position are copied from pinned host
// memory by the graph's first node and every kernel reads the position from
// device memory, so the same graph replays at every position (no per-position
// buckets, no graph updates). The logits come back through pinned memory by
// the graph's last node.
#include <string.h>

#include <new>
#include <vector>

#include "internal.h"

using namespace bnc;

namespace {

constexpr size_t kReserveBytes = 64ull << 20;  // head room for the context, states' first allocations

size_t type_size(int t) { return t == BNC_TYPE_F32 ? 4 : 2; }
size_t round_up(size_t x, size_t a) { return (x + a - 1) / a * a; }

struct LayerW {
    DevMat qkv, o, gu, down;
    float *attn_norm = nullptr, *attn_sub = nullptr, *ffn_norm = nullptr, *ffn_sub = nullptr;
    // Per-head QK norms (qk_norm only; nullptr otherwise). attn_sub and
    // ffn_sub stay nullptr without sub-norms: the NormQuant of a nullptr
    // weight quantizes its row unnormalized.
    float *q_norm = nullptr, *k_norm = nullptr;
};

}  // namespace

struct bnc_engine {
    bnc_config c;
    int exact = 1, ctype = BNC_TYPE_F32;
    int qdim = 0, kvdim = 0;
    int qld = 0;  // floats per row of the Q|K|V output: qdim, + kvdim with QK norms (un-rotated K)
    QKVShape shp;
    cudaDeviceProp prop;
    std::vector<LayerW> layers;
    void *embed = nullptr, *head = nullptr;
    float *out_norm = nullptr;
    uint8_t *staging = nullptr;
    int *map_dev = nullptr;
    size_t staging_bytes = 0;  // staging + map, freed by bnc_engine_finish
    std::vector<void *> allocs;
    uint64_t bytes = 0;
    int grid_qkv = 0, grid_o = 0, grid_gu = 0, grid_down = 0;
    int head_tt = 1, head_grid1 = 0, head_gridT = 0;
    char err[512];
};

struct bnc_state {
    bnc_engine *e = nullptr;  // used by forward only: never after bnc_engine_free
    int dev = 0;
    int cap = 0, B = 0, G = 0, nsplit = 1;
    cudaStream_t st = nullptr;
    uint8_t *kc = nullptr, *vc = nullptr;
    size_t layer_kv = 0;  // bytes of one layer's K (or V) cache
    float *cos_t = nullptr, *sin_t = nullptr;
    float *x = nullptr, *qb = nullptr, *att = nullptr, *f = nullptr;
    int8_t *act = nullptr;
    float *ascale = nullptr;
    int *asum = nullptr;
    int *d_tok = nullptr;  // B tokens, then the position
    int32_t *h_tok = nullptr;
    float *d_logits = nullptr, *h_logits = nullptr;
    void *part = nullptr;
    int *counters = nullptr;  // heads per-split counters, then the NormQuant arrival counter
    // Decode: the quantized GEMV inputs, two of each so that no kernel reads
    // the buffer it writes (ping-pong: maxK codes, scale, sum).
    int8_t *dq = nullptr;
    float *dqs = nullptr;
    int *dqa = nullptr;
    int maxK = 0;
    int use_graph = 0;
    cudaGraph_t graph = nullptr;
    cudaGraphExec_t gexec = nullptr;
    // GPU-side sampling (sample.cu): parameters in, result out through pinned
    // memory, and the decode graph that ends in the sampler.
    bnc_sample_params *d_sp = nullptr, *h_sp = nullptr;
    bnc_sample_result *d_res = nullptr, *h_res = nullptr;
    cudaGraph_t graph_s = nullptr;
    cudaGraphExec_t gexec_s = nullptr;
    std::vector<void *> dev_allocs, host_allocs;
    uint64_t bytes = 0;
    char err[512];
};

namespace {

int dev_alloc(std::vector<void *> &allocs, uint64_t &bytes, void **p, size_t n, char *err, int errlen,
              const char *what) {
    *p = nullptr;
    if (n == 0) n = 16;
    cudaError_t e = cudaMalloc(p, n);
    if (e != cudaSuccess) {
        cudaGetLastError();
        size_t fr = 0, tot = 0;
        cudaMemGetInfo(&fr, &tot);
        return set_err(err, errlen, cuda_code(e), "cudaMalloc of %zu bytes for %s: %s (%zu bytes free of %zu)", n,
                       what, cudaGetErrorString(e), fr, tot);
    }
    allocs.push_back(*p);
    bytes += n;
    e = cudaMemset(*p, 0, n);
    if (e != cudaSuccess) return cuda_err(err, errlen, e, "cudaMemset");
    return BNC_OK;
}

void linear_shape(const bnc_engine *e, int which, int *rows, int *K) {
    const bnc_config &c = e->c;
    switch (which) {
    case BNC_W_Q:
        *rows = e->qdim, *K = c.hidden;
        return;
    case BNC_W_K:
    case BNC_W_V:
        *rows = e->kvdim, *K = c.hidden;
        return;
    case BNC_W_O:
        *rows = c.hidden, *K = e->qdim;
        return;
    case BNC_W_GATE:
    case BNC_W_UP:
        *rows = c.ffn, *K = c.hidden;
        return;
    case BNC_W_DOWN:
        *rows = c.hidden, *K = c.ffn;
        return;
    }
    *rows = *K = 0;
}

size_t mat_rows_dev(int units, int paired) {
    return round_up(paired ? (size_t)paired_rows(units) : (size_t)units, kGemmRows);
}

int check_config(const bnc_config *c, char *err, int errlen) {
    if (c->layers < 1 || c->hidden < 1 || c->ffn < 1 || c->heads < 1 || c->kv_heads < 1 || c->head_dim < 1 ||
        c->vocab < 1)
        return set_err(err, errlen, BNC_ERR_INVALID, "model dimensions must be positive");
    if (c->heads % c->kv_heads != 0)
        return set_err(err, errlen, BNC_ERR_INVALID, "head count %d is not a multiple of kv heads %d", c->heads,
                       c->kv_heads);
    if (c->head_dim % 32 != 0 || c->head_dim > kMaxHeadDim)
        return set_err(err, errlen, BNC_ERR_INVALID, "head dim %d: the CUDA kernels need a multiple of 32 up to %d",
                       c->head_dim, kMaxHeadDim);
    if (c->rope_dim < 2 || c->rope_dim % 2 != 0 || c->rope_dim > c->head_dim)
        return set_err(err, errlen, BNC_ERR_INVALID, "rope dim %d must be even and at most head dim %d", c->rope_dim,
                       c->head_dim);
    const int qdim = c->heads * c->head_dim;
    const int ks[3] = {c->hidden, qdim, c->ffn};
    for (int K : ks) {
        if (K % 128 != 0)
            return set_err(err, errlen, BNC_ERR_INVALID, "input dimension %d is not a multiple of 128", K);
        if (gemv_cpl(K) > kMaxCPL)
            return set_err(err, errlen, BNC_ERR_INVALID, "input dimension %d exceeds the GEMV limit %d", K,
                           64 * 32 * kMaxCPL);
    }
    if (c->precision < BNC_TYPE_F32 || c->precision > BNC_TYPE_BF16)
        return set_err(err, errlen, BNC_ERR_INVALID, "unknown precision %d", c->precision);
    for (int t : {c->embed_type, c->head_type})
        if (t < BNC_TYPE_F32 || t > BNC_TYPE_BF16)
            return set_err(err, errlen, BNC_ERR_INVALID, "unknown embedding type %d", t);
    if (c->activation < BNC_ACT_RELU2 || c->activation > BNC_ACT_GELU)
        return set_err(err, errlen, BNC_ERR_INVALID, "unknown activation %d", c->activation);
    if (!(c->eps > 0)) return set_err(err, errlen, BNC_ERR_INVALID, "RMSNorm epsilon must be positive");
    if ((c->sub_norms != 0 && c->sub_norms != 1) || (c->qk_norm != 0 && c->qk_norm != 1))
        return set_err(err, errlen, BNC_ERR_INVALID, "sub_norms %d and qk_norm %d must be 0 or 1", c->sub_norms,
                       c->qk_norm);
    if (c->rope_kind != BNC_ROPE_NEOX && c->rope_kind != BNC_ROPE_NORM)
        return set_err(err, errlen, BNC_ERR_INVALID, "unknown RoPE kind %d", c->rope_kind);
    return BNC_OK;
}

}  // namespace

extern "C" {

int bnc_engine_new(const bnc_config *c, bnc_engine **out, uint64_t *free_bytes, uint64_t *need_bytes, char *err,
                   int errlen) {
    *out = nullptr;
    if (free_bytes) *free_bytes = 0;
    if (need_bytes) *need_bytes = 0;
    int rc = check_config(c, err, errlen);
    if (rc) return rc;
    int n = 0;
    rc = bnc_device_count(&n, err, errlen);
    if (rc) return rc;
    if (c->device < 0 || c->device >= n)
        return set_err(err, errlen, BNC_ERR_NO_DEVICE, "device %d does not exist (%d CUDA device(s))", c->device, n);
    cudaDeviceProp prop;
    BNC_CHECK(cudaGetDeviceProperties(&prop, c->device), err, errlen);
    const int cc = prop.major * 10 + prop.minor;
    if (cc < BNC_MIN_CC)
        return set_err(err, errlen, BNC_ERR_NO_DEVICE,
                       "%s has compute capability %d.%d; the CUDA kernels need 7.5 or newer", prop.name, prop.major,
                       prop.minor);
    // bf16 is storage only (the KV cache; math in float32): loads are a
    // shift, stores cuda_bf16.h's round-to-nearest-even, one cvt.rn.bf16.f32
    // from sm_80 and a few integer instructions before it. Every cc the
    // kernels are built for runs it; nothing about bf16 needs sm_80.
    BNC_CHECK(cudaSetDevice(c->device), err, errlen);

    bnc_engine *e = new (std::nothrow) bnc_engine();
    if (!e) return set_err(err, errlen, BNC_ERR_NO_MEMORY, "out of host memory");
    e->c = *c;
    e->prop = prop;
    e->exact = c->precision == BNC_TYPE_F32;
    e->ctype = c->precision;
    e->qdim = c->heads * c->head_dim;
    e->kvdim = c->kv_heads * c->head_dim;
    e->qld = c->qk_norm ? e->qdim + e->kvdim : e->qdim;
    e->shp = QKVShape{e->qdim, e->kvdim, c->head_dim, c->rope_dim, c->rope_kind == BNC_ROPE_NORM};
    e->err[0] = 0;

    // What the weights need, before allocating any of it.
    const int H = c->hidden, F = c->ffn, Q = e->qdim;
    const size_t qkv_rows = mat_rows_dev(qkv_pairs(e->shp), 1), gu_rows = mat_rows_dev(F, 1);
    const size_t h_rows = mat_rows_dev(H, 0);
    const size_t norm_floats =
        2 * (size_t)H + (c->sub_norms ? (size_t)Q + F : 0) + (c->qk_norm ? 2 * (size_t)c->head_dim : 0);
    size_t per_layer =
        qkv_rows * (H / 4) + h_rows * (Q / 4) + gu_rows * (H / 4) + h_rows * (F / 4) + norm_floats * 4;
    size_t max_lin = 0, max_rows = 0;
    for (int w = BNC_W_Q; w <= BNC_W_DOWN; w++) {
        int r, K;
        linear_shape(e, w, &r, &K);
        max_lin = max_lin > (size_t)r * K / 4 ? max_lin : (size_t)r * K / 4;
        max_rows = max_rows > (size_t)r ? max_rows : (size_t)r;
    }
    size_t need = per_layer * c->layers + (size_t)c->vocab * H * type_size(c->embed_type) + (size_t)H * 4 + max_lin +
                  max_rows * 4;
    if (!c->tied) need += (size_t)c->vocab * H * type_size(c->head_type);
    size_t fr = 0, tot = 0;
    cudaError_t ce = cudaMemGetInfo(&fr, &tot);
    if (ce != cudaSuccess) {
        delete e;
        return cuda_err(err, errlen, ce, "cudaMemGetInfo");
    }
    if (free_bytes) *free_bytes = fr;
    if (need_bytes) *need_bytes = need + kReserveBytes;
    if (need + kReserveBytes > fr) {
        delete e;
        return set_err(err, errlen, BNC_ERR_NO_MEMORY,
                       "%s: %zu MiB free of %zu MiB, the model needs %zu MiB (+%zu MiB reserve)", prop.name, fr >> 20,
                       tot >> 20, need >> 20, kReserveBytes >> 20);
    }

    auto fail = [&](int code) {
        if (err && errlen > 0 && err[0] == 0) snprintf(err, (size_t)errlen, "%s", e->err);
        bnc_engine_free(e);
        return code;
    };
    auto alloc = [&](void **p, size_t bytes, const char *what) {
        return dev_alloc(e->allocs, e->bytes, p, bytes, err, errlen, what);
    };
    if (err && errlen > 0) err[0] = 0;
    e->layers.resize(c->layers);
    for (LayerW &L : e->layers) {
        L.qkv.units = qkv_pairs(e->shp), L.qkv.paired = 1, L.qkv.K = H, L.qkv.rows_dev = (int)qkv_rows;
        L.o.units = H, L.o.paired = 0, L.o.K = Q, L.o.rows_dev = (int)h_rows;
        L.gu.units = F, L.gu.paired = 1, L.gu.K = H, L.gu.rows_dev = (int)gu_rows;
        L.down.units = H, L.down.paired = 0, L.down.K = F, L.down.rows_dev = (int)h_rows;
        for (DevMat *m : {&L.qkv, &L.o, &L.gu, &L.down})
            if ((rc = alloc((void **)&m->w, (size_t)m->rows_dev * (m->K / 4), "ternary weights"))) return fail(rc);
        if ((rc = alloc((void **)&L.attn_norm, (size_t)H * 4, "norms")) ||
            (rc = alloc((void **)&L.ffn_norm, (size_t)H * 4, "norms")))
            return fail(rc);
        if (c->sub_norms && ((rc = alloc((void **)&L.attn_sub, (size_t)Q * 4, "norms")) ||
                             (rc = alloc((void **)&L.ffn_sub, (size_t)F * 4, "norms"))))
            return fail(rc);
        if (c->qk_norm && ((rc = alloc((void **)&L.q_norm, (size_t)c->head_dim * 4, "norms")) ||
                           (rc = alloc((void **)&L.k_norm, (size_t)c->head_dim * 4, "norms"))))
            return fail(rc);
    }
    if ((rc = alloc(&e->embed, (size_t)c->vocab * H * type_size(c->embed_type), "token embedding")))
        return fail(rc);
    if (c->tied)
        e->head = e->embed;
    else if ((rc = alloc(&e->head, (size_t)c->vocab * H * type_size(c->head_type), "output head")))
        return fail(rc);
    if ((rc = alloc((void **)&e->out_norm, (size_t)H * 4, "output norm"))) return fail(rc);
    if ((rc = alloc((void **)&e->staging, max_lin, "staging")) ||
        (rc = alloc((void **)&e->map_dev, max_rows * 4, "staging")))
        return fail(rc);
    e->staging_bytes = max_lin + max_rows * 4;

    ce = gemv_max_grid(H, 1, prop.multiProcessorCount, &e->grid_qkv);
    if (ce == cudaSuccess) ce = gemv_max_grid(Q, 0, prop.multiProcessorCount, &e->grid_o);
    if (ce == cudaSuccess) ce = gemv_max_grid(H, 1, prop.multiProcessorCount, &e->grid_gu);
    if (ce == cudaSuccess) ce = gemv_max_grid(F, 0, prop.multiProcessorCount, &e->grid_down);
    if (ce == cudaSuccess)
        ce = head_setup(c->tied ? c->embed_type : c->head_type, H, e->exact, prop, &e->head_tt, &e->head_grid1,
                        &e->head_gridT);
    if (ce != cudaSuccess) {
        cuda_err(err, errlen, ce, "kernel setup");
        return fail(cuda_code(ce) == BNC_ERR_NO_DEVICE ? BNC_ERR_NO_DEVICE : BNC_ERR_CUDA);
    }
    *out = e;
    return BNC_OK;
}

int bnc_engine_set_linear(bnc_engine *e, int layer, int which, const uint8_t *i2s, size_t nbytes, float wscale,
                          float oscale) {
    if (layer < 0 || layer >= e->c.layers || which < BNC_W_Q || which > BNC_W_DOWN)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "bad layer %d or matrix %d", layer, which);
    if (!e->staging) return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "engine already finished");
    int rows, K;
    linear_shape(e, which, &rows, &K);
    if (nbytes != (size_t)rows * K / 4)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "layer %d matrix %d: %zu bytes, want %zu", layer,
                       which, nbytes, (size_t)rows * K / 4);
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    LayerW &L = e->layers[layer];
    std::vector<int> map(rows);
    DevMat *m = nullptr;
    int seg = 0;
    switch (which) {
    case BNC_W_Q:
    case BNC_W_K:
    case BNC_W_V: {
        m = &L.qkv;
        seg = which - BNC_W_Q;
        const int off = which == BNC_W_Q ? 0 : which == BNC_W_K ? e->qdim : e->qdim + e->kvdim;
        for (int r = 0; r < rows; r++) {
            int p, side;
            qkv_pair_of_row(e->shp, off + r, &p, &side);
            map[r] = paired_row(p, side);
        }
        break;
    }
    case BNC_W_GATE:
    case BNC_W_UP:
        m = &L.gu;
        seg = which - BNC_W_GATE;
        for (int r = 0; r < rows; r++) map[r] = paired_row(r, seg);
        break;
    default:
        m = which == BNC_W_O ? &L.o : &L.down;
        for (int r = 0; r < rows; r++) map[r] = r;
    }
    BNC_CHECK(cudaMemcpy(e->staging, i2s, nbytes, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    BNC_CHECK(cudaMemcpy(e->map_dev, map.data(), (size_t)rows * 4, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    BNC_CHECK(launch_repack(e->staging, rows, K, e->map_dev, m->w, 0), e->err, sizeof e->err);
    // The next upload reuses the staging buffer: wait for the repack.
    BNC_CHECK(cudaDeviceSynchronize(), e->err, sizeof e->err);
    m->ws[seg] = wscale;
    m->os[seg] = oscale;
    return BNC_OK;
}

int bnc_engine_set_norm(bnc_engine *e, int layer, int which, const float *w, int n) {
    if (layer < 0 || layer >= e->c.layers)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "bad layer %d", layer);
    LayerW &L = e->layers[layer];
    float *dst = nullptr;
    int want = 0;
    switch (which) {
    case BNC_N_ATTN:
        dst = L.attn_norm, want = e->c.hidden;
        break;
    case BNC_N_ATTN_SUB:
        dst = L.attn_sub, want = e->qdim;
        break;
    case BNC_N_FFN:
        dst = L.ffn_norm, want = e->c.hidden;
        break;
    case BNC_N_FFN_SUB:
        dst = L.ffn_sub, want = e->c.ffn;
        break;
    case BNC_N_Q:
        dst = L.q_norm, want = e->c.head_dim;
        break;
    case BNC_N_K:
        dst = L.k_norm, want = e->c.head_dim;
        break;
    default:
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "bad norm %d", which);
    }
    if (!dst)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "norm %d: the configuration has no such norm (%s)",
                       which, which == BNC_N_Q || which == BNC_N_K ? "qk_norm is 0" : "sub_norms is 0");
    if (n != want) return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "norm %d: %d values, want %d", which, n, want);
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    BNC_CHECK(cudaMemcpy(dst, w, (size_t)n * 4, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    return BNC_OK;
}

int bnc_engine_set_output_norm(bnc_engine *e, const float *w, int n) {
    if (n != e->c.hidden)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "output norm: %d values, want %d", n, e->c.hidden);
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    BNC_CHECK(cudaMemcpy(e->out_norm, w, (size_t)n * 4, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    return BNC_OK;
}

int bnc_engine_set_embed(bnc_engine *e, const void *data, size_t nbytes) {
    const size_t want = (size_t)e->c.vocab * e->c.hidden * type_size(e->c.embed_type);
    if (nbytes != want)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "embedding: %zu bytes, want %zu", nbytes, want);
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    BNC_CHECK(cudaMemcpy(e->embed, data, nbytes, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    return BNC_OK;
}

int bnc_engine_set_head(bnc_engine *e, const void *data, size_t nbytes) {
    if (e->c.tied) return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "the output head is tied to the embedding");
    const size_t want = (size_t)e->c.vocab * e->c.hidden * type_size(e->c.head_type);
    if (nbytes != want)
        return set_err(e->err, sizeof e->err, BNC_ERR_INVALID, "output head: %zu bytes, want %zu", nbytes, want);
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    BNC_CHECK(cudaMemcpy(e->head, data, nbytes, cudaMemcpyHostToDevice), e->err, sizeof e->err);
    return BNC_OK;
}

int bnc_engine_finish(bnc_engine *e) {
    BNC_CHECK(cudaSetDevice(e->c.device), e->err, sizeof e->err);
    BNC_CHECK(cudaDeviceSynchronize(), e->err, sizeof e->err);
    for (void *p : {(void *)e->staging, (void *)e->map_dev}) {
        if (!p) continue;
        for (size_t i = 0; i < e->allocs.size(); i++) {
            if (e->allocs[i] == p) {
                e->allocs.erase(e->allocs.begin() + (long)i);
                break;
            }
        }
        cudaFree(p);
    }
    e->bytes -= e->staging_bytes;
    e->staging_bytes = 0;
    e->staging = nullptr;
    e->map_dev = nullptr;
    return BNC_OK;
}

const char *bnc_engine_error(const bnc_engine *e) { return e ? e->err : "no engine"; }

uint64_t bnc_engine_bytes(const bnc_engine *e) { return e ? e->bytes : 0; }

void bnc_engine_free(bnc_engine *e) {
    if (!e) return;
    cudaSetDevice(e->c.device);
    for (void *p : e->allocs) cudaFree(p);
    cudaGetLastError();  // leave no sticky error behind for the next call on this thread
    delete e;
}

}  // extern "C"

// ---------------------------------------------------------------------------
// States.
// ---------------------------------------------------------------------------
namespace {

int state_fail(bnc_state *s, cudaError_t e, const char *what) { return cuda_err(s->err, sizeof s->err, e, what); }

#define BNC_S(call)                                          \
    do {                                                     \
        cudaError_t e_ = (call);                             \
        if (e_ != cudaSuccess) return state_fail(s, e_, #call); \
    } while (0)

EpiParams base_epi(bnc_state *s) {
    EpiParams ep;
    memset(&ep, 0, sizeof ep);
    ep.exact = s->e->exact;
    ep.act = s->e->c.activation;
    ep.shp = s->e->shp;
    ep.cache_type = s->e->ctype;
    ep.rope_cos = s->cos_t;
    ep.rope_sin = s->sin_t;
    ep.pos = s->d_tok + s->B;
    return ep;
}

void set_scales(EpiParams &ep, const DevMat &m) {
    for (int i = 0; i < 3; i++) ep.ws[i] = m.ws[i], ep.os[i] = m.os[i];
    ep.units = m.units;
}

// decode_nq is the NormQuant of row x[K] (norm weight w) into the decode
// input buffer `buf` (0 or 1).
NormQuant decode_nq(bnc_state *s, const float *x, const float *w, int K, int buf) {
    NormQuant nq;
    nq.x = x;
    nq.w = w;
    nq.K = K;
    nq.eps = s->e->c.eps;
    nq.exact = s->e->exact;
    nq.q = s->dq + (size_t)buf * s->maxK;
    nq.scale = s->dqs + buf;
    nq.asum = s->dqa + buf;
    nq.counter = s->counters + s->e->c.heads;
    return nq;
}

// enqueue_layers uploads tokens and position and runs the embedding and every
// layer for n tokens on the state's stream. Decode (n == 1) quantizes each
// sublayer input once, in the epilogue of the kernel that produces it:
//   embed          -> q0 = quant(norm(x, attn_norm))
//   Q|K|V  (q0)       (RoPE, KV-cache writes)
//   attention      -> q1 = quant(norm(att, attn_sub))
//   O      (q1)    -> x += ...; q0 = quant(norm(x, ffn_norm))
//   gate|up (q0)   -> f = act(g)*u; q1 = quant(norm(f, ffn_sub))
//   down   (q1)    -> x += ...; q0 = quant(norm(x, next layer's attn_norm))
// No epilogue needs the GEMV's pre-norm input; the residual adds read the
// residual stream x, which the norm does not change.
int enqueue_layers(bnc_state *s, int n) {
    bnc_engine *e = s->e;
    const bnc_config &c = e->c;
    const int H = c.hidden, Q = e->qdim, F = c.ffn, ex = e->exact;
    cudaStream_t st = s->st;
    BNC_S(cudaMemcpyAsync(s->d_tok, s->h_tok, (size_t)(s->B + 1) * sizeof(int), cudaMemcpyHostToDevice, st));
    NormQuant none;
    memset(&none, 0, sizeof none);
    BNC_S(launch_embed(c.embed_type, e->embed, H, s->d_tok, n, s->x,
                       n == 1 ? decode_nq(s, s->x, e->layers[0].attn_norm, H, 0) : none, st));
    for (int li = 0; li < c.layers; li++) {
        const LayerW &L = e->layers[li];
        EpiParams qkv = base_epi(s), o = base_epi(s), gu = base_epi(s), down = base_epi(s);
        set_scales(qkv, L.qkv);
        qkv.epi = EPI_QKV, qkv.out = s->qb, qkv.ld = e->qld, qkv.qknorm = c.qk_norm;
        qkv.kc = s->kc + (size_t)li * s->layer_kv;
        qkv.vc = s->vc + (size_t)li * s->layer_kv;
        set_scales(o, L.o);
        o.epi = EPI_RESID, o.out = s->x, o.ld = H;
        set_scales(gu, L.gu);
        gu.epi = EPI_GATEUP, gu.out = s->f, gu.ld = F;
        set_scales(down, L.down);
        down.epi = EPI_RESID, down.out = s->x, down.ld = H;

        AttnParams ap;
        memset(&ap, 0, sizeof ap);
        ap.q = s->qb, ap.ldq = e->qld, ap.kc = qkv.kc, ap.vc = qkv.vc, ap.kvdim = e->kvdim, ap.hd = c.head_dim;
        ap.heads = c.heads, ap.group = c.heads / c.kv_heads, ap.pos = s->d_tok + s->B, ap.n = n;
        ap.out = s->att, ap.ldo = Q, ap.part = s->part, ap.counters = s->counters;
        ap.nsplit = n == 1 ? s->nsplit : 1;

        if (n == 1) {
            const int8_t *q0 = s->dq, *q1 = s->dq + s->maxK;
            const NormQuant next =
                li + 1 < c.layers ? decode_nq(s, s->x, e->layers[li + 1].attn_norm, H, 0) : none;
            ap.nq = decode_nq(s, s->att, L.attn_sub, Q, 1);
            BNC_S(launch_gemv(L.qkv, q0, s->dqs, s->dqa, qkv, none, e->grid_qkv, st));
            if (c.qk_norm) BNC_S(launch_qknorm(qkv, L.q_norm, L.k_norm, c.eps, 1, st));
            BNC_S(launch_attention(e->ctype, ap, st));
            BNC_S(launch_gemv(L.o, q1, s->dqs + 1, s->dqa + 1, o, decode_nq(s, s->x, L.ffn_norm, H, 0), e->grid_o,
                              st));
            BNC_S(launch_gemv(L.gu, q0, s->dqs, s->dqa, gu, decode_nq(s, s->f, L.ffn_sub, F, 1), e->grid_gu, st));
            BNC_S(launch_gemv(L.down, q1, s->dqs + 1, s->dqa + 1, down, next, e->grid_down, st));
        } else {
            BNC_S(launch_normquant(s->x, H, L.attn_norm, H, c.eps, ex, n, s->act, s->ascale, s->asum, st));
            BNC_S(launch_gemm(L.qkv, s->act, s->ascale, s->asum, n, qkv, st));
            if (c.qk_norm) BNC_S(launch_qknorm(qkv, L.q_norm, L.k_norm, c.eps, n, st));
            BNC_S(launch_attention(e->ctype, ap, st));
            BNC_S(launch_normquant(s->att, Q, L.attn_sub, Q, c.eps, ex, n, s->act, s->ascale, s->asum, st));
            BNC_S(launch_gemm(L.o, s->act, s->ascale, s->asum, n, o, st));
            BNC_S(launch_normquant(s->x, H, L.ffn_norm, H, c.eps, ex, n, s->act, s->ascale, s->asum, st));
            BNC_S(launch_gemm(L.gu, s->act, s->ascale, s->asum, n, gu, st));
            BNC_S(launch_normquant(s->f, F, L.ffn_sub, F, c.eps, ex, n, s->act, s->ascale, s->asum, st));
            BNC_S(launch_gemm(L.down, s->act, s->ascale, s->asum, n, down, st));
        }
    }
    return BNC_OK;
}

// enqueue_head computes logits of rows first..first+rows-1 into d_logits and
// copies them to the pinned buffer unless to_host is false (device sampling).
int enqueue_head(bnc_state *s, int first, int rows, bool to_host = true) {
    bnc_engine *e = s->e;
    const bnc_config &c = e->c;
    const int wt = c.tied ? c.embed_type : c.head_type;
    const int grid = rows == 1 ? e->head_grid1 : e->head_gridT;
    BNC_S(launch_head(wt, e->head, c.vocab, c.hidden, s->x + (size_t)first * c.hidden, c.hidden, rows, e->out_norm,
                      c.eps, e->exact, s->d_logits, e->head_tt, grid, s->st));
    if (!to_host) return BNC_OK;
    BNC_S(cudaMemcpyAsync(s->h_logits, s->d_logits, (size_t)rows * c.vocab * sizeof(float), cudaMemcpyDeviceToHost,
                          s->st));
    return BNC_OK;
}

// enqueue_decode_step is one decode step whose logits go to the host.
int enqueue_decode_step(bnc_state *s) {
    int rc = enqueue_layers(s, 1);
    if (rc == BNC_OK) rc = enqueue_head(s, 0, 1);
    return rc;
}

// capture records what enqueue puts on the state's stream as a graph and
// instantiates it into *gexec (the graph itself kept in *graph for freeing).
int capture(bnc_state *s, int (*enqueue)(bnc_state *), cudaGraph_t *graph, cudaGraphExec_t *gexec) {
    BNC_S(cudaStreamBeginCapture(s->st, cudaStreamCaptureModeThreadLocal));
    int rc = enqueue(s);
    cudaGraph_t g = nullptr;
    cudaError_t ce = cudaStreamEndCapture(s->st, &g);
    if (rc != BNC_OK || ce != cudaSuccess) {
        if (g) cudaGraphDestroy(g);
        cudaGetLastError();
        if (rc != BNC_OK) return rc;
        return state_fail(s, ce, "cudaStreamEndCapture");
    }
    ce = cudaGraphInstantiateWithFlags(gexec, g, 0);
    if (ce != cudaSuccess) {
        cudaGraphDestroy(g);
        *gexec = nullptr;
        return state_fail(s, ce, "cudaGraphInstantiate");
    }
    *graph = g;
    return BNC_OK;
}

int capture_decode(bnc_state *s) { return capture(s, enqueue_decode_step, &s->graph, &s->gexec); }

// ---- GPU-side sampling hooks (the kernel is in sample.cu) ----

// sample_alloc allocates the sampler's parameter and result buffers.
int sample_alloc(bnc_state *s, char *err, int errlen) {
    int rc = dev_alloc(s->dev_allocs, s->bytes, (void **)&s->d_sp, sizeof(bnc_sample_params), err, errlen, "sampler");
    if (rc == BNC_OK)
        rc = dev_alloc(s->dev_allocs, s->bytes, (void **)&s->d_res, sizeof(bnc_sample_result), err, errlen, "sampler");
    if (rc != BNC_OK) return rc;
    void *h = nullptr;
    cudaError_t ce = cudaHostAlloc(&h, sizeof(bnc_sample_params) + sizeof(bnc_sample_result), cudaHostAllocDefault);
    if (ce != cudaSuccess) return cuda_err(err, errlen, ce, "cudaHostAlloc");
    s->host_allocs.push_back(h);
    s->h_sp = (bnc_sample_params *)h;
    s->h_res = (bnc_sample_result *)(s->h_sp + 1);
    return BNC_OK;
}

// enqueue_sample_step is one decode step that ends in a sampled token: the
// parameters go up with the token, 16 bytes come back instead of the logits.
int enqueue_sample_step(bnc_state *s) {
    BNC_S(cudaMemcpyAsync(s->d_sp, s->h_sp, sizeof(bnc_sample_params), cudaMemcpyHostToDevice, s->st));
    int rc = enqueue_layers(s, 1);
    if (rc == BNC_OK) rc = enqueue_head(s, 0, 1, false);
    if (rc != BNC_OK) return rc;
    BNC_S(launch_sample(s->d_logits, s->e->c.vocab, s->d_sp, s->d_res, s->st));
    BNC_S(cudaMemcpyAsync(s->h_res, s->d_res, sizeof(bnc_sample_result), cudaMemcpyDeviceToHost, s->st));
    return BNC_OK;
}

int capture_sample_step(bnc_state *s) { return capture(s, enqueue_sample_step, &s->graph_s, &s->gexec_s); }

}  // namespace

extern "C" {

int bnc_state_new(bnc_engine *e, int cap, int max_batch, const float *rope_cos, const float *rope_sin, int use_graph,
                  bnc_state **out, char *err, int errlen) {
    *out = nullptr;
    if (cap < 1 || max_batch < 1 || max_batch > cap)
        return set_err(err, errlen, BNC_ERR_INVALID, "state of %d positions with batches of %d", cap, max_batch);
    BNC_CHECK(cudaSetDevice(e->c.device), err, errlen);
    bnc_state *s = new (std::nothrow) bnc_state();
    if (!s) return set_err(err, errlen, BNC_ERR_NO_MEMORY, "out of host memory");
    s->e = e;
    s->dev = e->c.device;
    s->cap = cap;
    s->B = max_batch;
    s->G = max_batch < 16 ? max_batch : 16;
    s->use_graph = use_graph;
    s->err[0] = 0;
    s->nsplit = attn_decode_splits(cap);
    const bnc_config &c = e->c;
    const int H = c.hidden, Q = e->qdim, F = c.ffn, half = c.rope_dim / 2;
    int rc;
    auto fail = [&](int code) {
        bnc_state_free(s);
        return code;
    };
    auto alloc = [&](void **p, size_t bytes, const char *what) {
        return dev_alloc(s->dev_allocs, s->bytes, p, bytes, err, errlen, what);
    };
    cudaError_t ce = cudaStreamCreateWithFlags(&s->st, cudaStreamNonBlocking);
    if (ce != cudaSuccess) return fail(cuda_err(err, errlen, ce, "cudaStreamCreate"));
    s->layer_kv = (size_t)cap * e->kvdim * type_size(e->ctype);
    const int maxK = H > Q ? (H > F ? H : F) : (Q > F ? Q : F);
    s->maxK = maxK;
    if ((rc = alloc((void **)&s->kc, s->layer_kv * c.layers, "K cache")) ||
        (rc = alloc((void **)&s->vc, s->layer_kv * c.layers, "V cache")) ||
        (rc = alloc((void **)&s->cos_t, (size_t)cap * half * 4, "RoPE table")) ||
        (rc = alloc((void **)&s->sin_t, (size_t)cap * half * 4, "RoPE table")) ||
        (rc = alloc((void **)&s->x, (size_t)max_batch * H * 4, "activations")) ||
        (rc = alloc((void **)&s->qb, (size_t)max_batch * e->qld * 4, "activations")) ||
        (rc = alloc((void **)&s->att, (size_t)max_batch * Q * 4, "activations")) ||
        (rc = alloc((void **)&s->f, (size_t)max_batch * F * 4, "activations")) ||
        (rc = alloc((void **)&s->act, (size_t)max_batch * maxK, "activations")) ||
        (rc = alloc((void **)&s->ascale, (size_t)max_batch * 4, "activations")) ||
        (rc = alloc((void **)&s->asum, (size_t)max_batch * 4, "activations")) ||
        (rc = alloc((void **)&s->d_tok, (size_t)(max_batch + 1) * 4, "tokens")) ||
        (rc = alloc((void **)&s->d_logits, (size_t)s->G * c.vocab * 4, "logits")) ||
        (rc = alloc(&s->part, attn_part_bytes(e->ctype, 1, c.heads, s->nsplit, c.head_dim), "attention")) ||
        (rc = alloc((void **)&s->counters, (size_t)(c.heads + 1) * 4, "attention")) ||
        (rc = alloc((void **)&s->dq, 2 * (size_t)maxK, "activations")) ||
        (rc = alloc((void **)&s->dqs, 2 * 4, "activations")) ||
        (rc = alloc((void **)&s->dqa, 2 * 4, "activations")))
        return fail(rc);
    ce = cudaHostAlloc((void **)&s->h_tok, (size_t)(max_batch + 1) * 4, cudaHostAllocDefault);
    if (ce == cudaSuccess) {
        s->host_allocs.push_back(s->h_tok);
        ce = cudaHostAlloc((void **)&s->h_logits, (size_t)s->G * c.vocab * 4, cudaHostAllocDefault);
        if (ce == cudaSuccess) s->host_allocs.push_back(s->h_logits);
    }
    if (ce != cudaSuccess) return fail(cuda_err(err, errlen, ce, "cudaHostAlloc"));
    ce = cudaMemcpy(s->cos_t, rope_cos, (size_t)cap * half * 4, cudaMemcpyHostToDevice);
    if (ce == cudaSuccess) ce = cudaMemcpy(s->sin_t, rope_sin, (size_t)cap * half * 4, cudaMemcpyHostToDevice);
    if (ce != cudaSuccess) return fail(cuda_err(err, errlen, ce, "RoPE table upload"));
    if ((rc = sample_alloc(s, err, errlen))) return fail(rc);
    *out = s;
    return BNC_OK;
}

int bnc_state_forward(bnc_state *s, const int32_t *tokens, int n, int pos, int want, float *logits) {
    s->err[0] = 0;
    if (n < 1 || n > s->B || pos < 0 || pos + n > s->cap || want < BNC_LOGITS_NONE || want > BNC_LOGITS_ALL)
        return set_err(s->err, sizeof s->err, BNC_ERR_INVALID, "forward of %d tokens at %d (batch %d, capacity %d)", n,
                       pos, s->B, s->cap);
    BNC_S(cudaSetDevice(s->e->c.device));
    const int V = s->e->c.vocab;
    memcpy(s->h_tok, tokens, (size_t)n * sizeof(int32_t));
    s->h_tok[s->B] = pos;
    int rc;
    if (n == 1 && want != BNC_LOGITS_NONE && s->use_graph) {
        if (!s->gexec && (rc = capture_decode(s))) return rc;
        BNC_S(cudaGraphLaunch(s->gexec, s->st));
        BNC_S(cudaStreamSynchronize(s->st));
        memcpy(logits, s->h_logits, (size_t)V * sizeof(float));
        return BNC_OK;
    }
    if ((rc = enqueue_layers(s, n))) return rc;
    if (want == BNC_LOGITS_NONE) {
        BNC_S(cudaStreamSynchronize(s->st));
        return BNC_OK;
    }
    const int first = want == BNC_LOGITS_LAST ? n - 1 : 0;
    for (int r = first; r < n; r += s->G) {
        const int rows = n - r < s->G ? n - r : s->G;
        if ((rc = enqueue_head(s, r, rows))) return rc;
        BNC_S(cudaStreamSynchronize(s->st));
        memcpy(logits + (size_t)(r - first) * V, s->h_logits, (size_t)rows * V * sizeof(float));
    }
    return BNC_OK;
}

int bnc_state_copy_kv(bnc_state *dst, bnc_state *src, int npos) {
    if (dst->e != src->e || npos < 0 || npos > dst->cap || npos > src->cap)
        return set_err(dst->err, sizeof dst->err, BNC_ERR_INVALID, "copy of %d positions between states of %d and %d",
                       npos, src->cap, dst->cap);
    bnc_state *s = dst;
    BNC_S(cudaSetDevice(s->e->c.device));
    const size_t n = (size_t)npos * s->e->kvdim * type_size(s->e->ctype);
    for (int l = 0; l < s->e->c.layers; l++) {
        BNC_S(cudaMemcpyAsync(dst->kc + l * dst->layer_kv, src->kc + l * src->layer_kv, n, cudaMemcpyDeviceToDevice,
                              dst->st));
        BNC_S(cudaMemcpyAsync(dst->vc + l * dst->layer_kv, src->vc + l * src->layer_kv, n, cudaMemcpyDeviceToDevice,
                              dst->st));
    }
    BNC_S(cudaStreamSynchronize(dst->st));
    return BNC_OK;
}

const char *bnc_state_error(const bnc_state *s) { return s ? s->err : "no state"; }

uint64_t bnc_state_bytes(const bnc_state *s) { return s ? s->bytes : 0; }

void bnc_state_free(bnc_state *s) {
    if (!s) return;
    cudaSetDevice(s->dev);
    if (s->st) cudaStreamSynchronize(s->st);
    if (s->gexec) cudaGraphExecDestroy(s->gexec);
    if (s->graph) cudaGraphDestroy(s->graph);
    if (s->gexec_s) cudaGraphExecDestroy(s->gexec_s);
    if (s->graph_s) cudaGraphDestroy(s->graph_s);
    if (s->st) cudaStreamDestroy(s->st);
    for (void *p : s->dev_allocs) cudaFree(p);
    for (void *p : s->host_allocs) cudaFreeHost(p);
    cudaGetLastError();
    delete s;
}

}  // extern "C"

// ---------------------------------------------------------------------------
// GPU-side sampling: a decode step that returns the next token (sample.cu).
// ---------------------------------------------------------------------------
extern "C" {

int bnc_state_forward_sample(bnc_state *s, int32_t token, int pos, const bnc_sample_params *p, bnc_sample_result *r) {
    s->err[0] = 0;
    if (pos < 0 || pos + 1 > s->cap || token < 0 || token >= s->e->c.vocab || !sample_supported(s->e->c.vocab))
        return set_err(s->err, sizeof s->err, BNC_ERR_INVALID, "sampled step of token %d at %d (capacity %d, vocab %d)",
                       token, pos, s->cap, s->e->c.vocab);
    BNC_S(cudaSetDevice(s->e->c.device));
    s->h_tok[0] = token;
    s->h_tok[s->B] = pos;
    *s->h_sp = *p;
    int rc;
    if (s->use_graph) {
        if (!s->gexec_s && (rc = capture_sample_step(s))) return rc;
        BNC_S(cudaGraphLaunch(s->gexec_s, s->st));
    } else if ((rc = enqueue_sample_step(s))) {
        return rc;
    }
    BNC_S(cudaStreamSynchronize(s->st));
    *r = *s->h_res;
    return BNC_OK;
}

int bnc_state_last_logits(bnc_state *s, float *logits) {
    BNC_S(cudaSetDevice(s->e->c.device));
    BNC_S(cudaMemcpyAsync(s->h_logits, s->d_logits, (size_t)s->e->c.vocab * sizeof(float), cudaMemcpyDeviceToHost,
                          s->st));
    BNC_S(cudaStreamSynchronize(s->st));
    memcpy(logits, s->h_logits, (size_t)s->e->c.vocab * sizeof(float));
    return BNC_OK;
}

}  // extern "C"

// ---------------------------------------------------------------------------
// Batched forward: the rows of several states in one pass. Per layer:
//   normquant(all rows) -> Q|K|V GEMM (all rows; the epilogue writes each
//   row's K and V into its own state's cache at its own position, per-row
//   BatchRow) -> attention per state over its rows (the decode kernel for a
//   single row, the prefill kernel, causal, for a chunk: the kernels the
//   state's own forward would use) -> normquant -> O GEMM -> normquant ->
//   gate|up GEMM -> normquant -> down GEMM.
// In every precision the GEMM and the decode GEMV give the same bits (integer
// sums, the same finish), and the batch's normquant kernel the same bits as
// the decode epilogues (block_norm_quant, whose sum of squares follows one
// order whatever the block size, the 128-thread decode attention's included),
// so each state's logits equal those of its own forward.
// A pass of decode rows only (the steady state of a server) replays a CUDA
// graph of its layers, one per row count and split height (the rest is in
// the device metadata): on an H200 that made such steps 4-5% shorter
// (docs/CUDA.md); the time left is in the kernels, not in launching them.
// ---------------------------------------------------------------------------
struct bnc_batch {
    bnc_engine *e = nullptr;
    int dev = 0;
    int R = 0;  // rows
    cudaStream_t st = nullptr;
    float *x = nullptr, *qb = nullptr, *att = nullptr, *f = nullptr;
    int8_t *act = nullptr;
    float *ascale = nullptr;
    int *asum = nullptr;
    // Per-row metadata, uploaded in one copy: R tokens, R positions, up to R
    // decode row indices, R BatchRows.
    uint8_t *d_meta = nullptr, *h_meta = nullptr;
    size_t meta_bytes = 0, rows_off = 0;
    // Split-K scratch of the pass's GEMMs (GemmSplit): a pass of a few rows
    // has too few 128-row tiles per matrix to keep the SMs busy.
    int sm = 0;
    int *gpart = nullptr, *gcnt = nullptr;
    float *hx = nullptr;  // the head's input rows, gathered
    float *d_logits = nullptr, *h_logits = nullptr;
    int nrows = 0;  // rows of the last pass
    std::vector<void *> dev_allocs, host_allocs;
    uint64_t bytes = 0;
    char err[512];
    // Decode-only passes replay a CUDA graph of their layers (BatchGraph):
    // everything that varies between such passes of one row count and split
    // height is in the device metadata, so one graph serves them all.
    struct BatchGraph {
        int rows = 0, maxsplit = 0;
        uint64_t used = 0;
        cudaGraph_t g = nullptr;
        cudaGraphExec_t x = nullptr;
    };
    std::vector<BatchGraph> graphs;
    uint64_t passes = 0;
    bool no_graphs = false;  // a capture failed: launch kernel by kernel from then on
};

namespace {

constexpr int kBatchHeadRows = 16;

int batch_fail(bnc_batch *b, cudaError_t e, const char *what) { return cuda_err(b->err, sizeof b->err, e, what); }

#define BNC_B(call)                                           \
    do {                                                      \
        cudaError_t e_ = (call);                              \
        if (e_ != cudaSuccess) return batch_fail(b, e_, #call); \
    } while (0)

constexpr size_t kBatchGraphs = 64;  // graphs a batch keeps (row counts x split heights)

// enqueue_batch_layers enqueues a pass's embedding and layers on b's stream
// (the metadata already copied to the device): one launch per kernel, or the
// nodes of a graph being captured.
int enqueue_batch_layers(bnc_batch *b, int nseq, bnc_state *const *states, const int *ntok, int R, int ndec,
                         int maxsplit) {
    bnc_engine *e = b->e;
    const bnc_config &c = e->c;
    cudaStream_t st = b->st;
    const size_t Rmax = (size_t)b->R;
    const int *d_tok = (const int *)b->d_meta, *d_pos = d_tok + Rmax, *d_dec = d_pos + Rmax;
    const BatchRow *d_rows = (const BatchRow *)(b->d_meta + b->rows_off);
    const int H = c.hidden, Q = e->qdim, F = c.ffn, ex = e->exact;
    NormQuant none;
    memset(&none, 0, sizeof none);
    BNC_B(launch_embed(c.embed_type, e->embed, H, d_tok, R, b->x, none, st));
    EpiParams base;
    memset(&base, 0, sizeof base);
    base.exact = e->exact;
    base.act = c.activation;
    base.shp = e->shp;
    base.cache_type = e->ctype;
    // Each GEMM's split from its own matrix (a few integer operations; no
    // layer's shapes are assumed); the counters are back at 0 after each
    // GEMM, so all share one scratch on this stream.
    auto split = [&](const DevMat &m) {
        GemmSplit sk;
        sk.splits = gemm_splits(m, R, b->sm);
        sk.part = b->gpart, sk.counters = b->gcnt;
        return sk;
    };
    for (int li = 0; li < c.layers; li++) {
        const LayerW &L = e->layers[li];
        EpiParams qkv = base, o = base, gu = base, down = base;
        set_scales(qkv, L.qkv);
        qkv.epi = EPI_QKV, qkv.out = b->qb, qkv.ld = e->qld, qkv.qknorm = c.qk_norm;
        qkv.rows = d_rows, qkv.row_pos = d_pos, qkv.layer = li;
        set_scales(o, L.o);
        o.epi = EPI_RESID, o.out = b->x, o.ld = H;
        set_scales(gu, L.gu);
        gu.epi = EPI_GATEUP, gu.out = b->f, gu.ld = F;
        set_scales(down, L.down);
        down.epi = EPI_RESID, down.out = b->x, down.ld = H;

        BNC_B(launch_normquant(b->x, H, L.attn_norm, H, c.eps, ex, R, b->act, b->ascale, b->asum, st));
        BNC_B(launch_gemm(L.qkv, b->act, b->ascale, b->asum, R, qkv, st, split(L.qkv)));
        if (c.qk_norm) BNC_B(launch_qknorm(qkv, L.q_norm, L.k_norm, c.eps, R, st));
        if (ndec > 0) {
            AttnParams ap;
            memset(&ap, 0, sizeof ap);
            ap.q = b->qb, ap.ldq = e->qld, ap.out = b->att, ap.ldo = Q;
            ap.kvdim = e->kvdim, ap.hd = c.head_dim, ap.heads = c.heads, ap.group = c.heads / c.kv_heads;
            ap.n = 1;
            BNC_B(launch_attention_rows(e->ctype, ap, d_rows, d_pos, d_dec, ndec, maxsplit, li, st));
        }
        for (int i = 0, r0 = 0; i < nseq; r0 += ntok[i], i++) {
            if (ntok[i] == 1) continue;  // above
            bnc_state *s = states[i];
            AttnParams ap;
            memset(&ap, 0, sizeof ap);
            ap.q = b->qb + (size_t)r0 * e->qld, ap.ldq = e->qld;
            ap.kc = s->kc + (size_t)li * s->layer_kv, ap.vc = s->vc + (size_t)li * s->layer_kv;
            ap.kvdim = e->kvdim, ap.hd = c.head_dim, ap.heads = c.heads, ap.group = c.heads / c.kv_heads;
            ap.pos = d_pos + r0, ap.n = ntok[i];
            ap.out = b->att + (size_t)r0 * Q, ap.ldo = Q, ap.part = s->part, ap.counters = s->counters;
            ap.nsplit = 1;
            BNC_B(launch_attention(e->ctype, ap, st));
        }
        BNC_B(launch_normquant(b->att, Q, L.attn_sub, Q, c.eps, ex, R, b->act, b->ascale, b->asum, st));
        BNC_B(launch_gemm(L.o, b->act, b->ascale, b->asum, R, o, st, split(L.o)));
        BNC_B(launch_normquant(b->x, H, L.ffn_norm, H, c.eps, ex, R, b->act, b->ascale, b->asum, st));
        BNC_B(launch_gemm(L.gu, b->act, b->ascale, b->asum, R, gu, st, split(L.gu)));
        BNC_B(launch_normquant(b->f, F, L.ffn_sub, F, c.eps, ex, R, b->act, b->ascale, b->asum, st));
        BNC_B(launch_gemm(L.down, b->act, b->ascale, b->asum, R, down, st, split(L.down)));
    }
    return BNC_OK;
}

// capture_batch records a decode-only pass's layers as a graph for b's
// cache (replacing the least recently used one when full) and returns it; on
// any failure it returns nullptr and turns b's graphs off, so the pass and
// the later ones run kernel by kernel.
bnc_batch::BatchGraph *capture_batch(bnc_batch *b, int nseq, bnc_state *const *states, const int *ntok, int R,
                                     int ndec, int maxsplit) {
    if (b->graphs.size() >= kBatchGraphs) {
        size_t lru = 0;
        for (size_t i = 1; i < b->graphs.size(); i++)
            if (b->graphs[i].used < b->graphs[lru].used) lru = i;
        cudaGraphExecDestroy(b->graphs[lru].x);
        cudaGraphDestroy(b->graphs[lru].g);
        b->graphs.erase(b->graphs.begin() + (long)lru);
    }
    bnc_batch::BatchGraph ng;
    ng.rows = R, ng.maxsplit = maxsplit;
    bool ok = cudaStreamBeginCapture(b->st, cudaStreamCaptureModeThreadLocal) == cudaSuccess;
    if (ok) {
        const int rc = enqueue_batch_layers(b, nseq, states, ntok, R, ndec, maxsplit);
        ok = cudaStreamEndCapture(b->st, &ng.g) == cudaSuccess && rc == BNC_OK;
        ok = ok && cudaGraphInstantiateWithFlags(&ng.x, ng.g, 0) == cudaSuccess;
    }
    if (!ok) {
        if (ng.g) cudaGraphDestroy(ng.g);
        cudaGetLastError();
        b->err[0] = 0;
        b->no_graphs = true;
        return nullptr;
    }
    b->graphs.push_back(ng);
    return &b->graphs.back();
}

}  // namespace

extern "C" {

int bnc_batch_new(bnc_engine *e, int max_rows, bnc_batch **out, char *err, int errlen) {
    *out = nullptr;
    if (max_rows < 1)
        return set_err(err, errlen, BNC_ERR_INVALID, "batch of %d rows", max_rows);
    BNC_CHECK(cudaSetDevice(e->c.device), err, errlen);
    bnc_batch *b = new (std::nothrow) bnc_batch();
    if (!b) return set_err(err, errlen, BNC_ERR_NO_MEMORY, "out of host memory");
    b->e = e;
    b->dev = e->c.device;
    b->R = max_rows;
    b->sm = e->prop.multiProcessorCount > 0 ? e->prop.multiProcessorCount : 1;
    b->err[0] = 0;
    const bnc_config &c = e->c;
    const int H = c.hidden, Q = e->qdim, F = c.ffn;
    const int maxK = H > Q ? (H > F ? H : F) : (Q > F ? Q : F);
    const size_t R = (size_t)max_rows;
    b->rows_off = round_up(3 * R * sizeof(int), 16);  // tokens, positions, decode row indices
    b->meta_bytes = b->rows_off + R * sizeof(BatchRow);
    auto fail = [&](int code) {
        bnc_batch_free(b);
        return code;
    };
    auto alloc = [&](void **p, size_t n, const char *what) {
        return dev_alloc(b->dev_allocs, b->bytes, p, n, err, errlen, what);
    };
    cudaError_t ce = cudaStreamCreateWithFlags(&b->st, cudaStreamNonBlocking);
    if (ce != cudaSuccess) return fail(cuda_err(err, errlen, ce, "cudaStreamCreate"));
    int rc;
    if ((rc = alloc((void **)&b->x, R * H * 4, "batch activations")) ||
        (rc = alloc((void **)&b->qb, R * e->qld * 4, "batch activations")) ||
        (rc = alloc((void **)&b->att, R * Q * 4, "batch activations")) ||
        (rc = alloc((void **)&b->f, R * F * 4, "batch activations")) ||
        (rc = alloc((void **)&b->act, R * maxK, "batch activations")) ||
        (rc = alloc((void **)&b->ascale, R * 4, "batch activations")) ||
        (rc = alloc((void **)&b->asum, R * 4, "batch activations")) ||
        (rc = alloc((void **)&b->d_meta, b->meta_bytes, "batch rows")) ||
        (rc = alloc((void **)&b->gpart, gemm_split_ints(b->sm) * 4, "batch split-K sums")) ||
        (rc = alloc((void **)&b->gcnt, (size_t)b->sm * 4, "batch split-K counters")) ||
        (rc = alloc((void **)&b->hx, (size_t)kBatchHeadRows * H * 4, "batch logits")) ||
        (rc = alloc((void **)&b->d_logits, (size_t)kBatchHeadRows * c.vocab * 4, "batch logits")))
        return fail(rc);
    ce = cudaHostAlloc((void **)&b->h_meta, b->meta_bytes, cudaHostAllocDefault);
    if (ce == cudaSuccess) {
        b->host_allocs.push_back(b->h_meta);
        ce = cudaHostAlloc((void **)&b->h_logits, (size_t)kBatchHeadRows * c.vocab * 4, cudaHostAllocDefault);
        if (ce == cudaSuccess) b->host_allocs.push_back(b->h_logits);
    }
    if (ce != cudaSuccess) return fail(cuda_err(err, errlen, ce, "cudaHostAlloc"));
    *out = b;
    return BNC_OK;
}

int bnc_batch_run(bnc_batch *b, int nseq, bnc_state *const *states, const int *ntok, const int *pos,
                  const int32_t *tokens) {
    b->err[0] = 0;
    b->nrows = 0;
    bnc_engine *e = b->e;
    const bnc_config &c = e->c;
    int R = 0;
    for (int i = 0; i < nseq; i++) {
        const bnc_state *s = states[i];
        if (!s || s->e != e || ntok[i] < 1 || pos[i] < 0 || pos[i] + ntok[i] > s->cap)
            return set_err(b->err, sizeof b->err, BNC_ERR_INVALID,
                           "batch step %d: %d tokens at %d (state of another engine, or capacity %d)", i, ntok[i],
                           pos[i], s ? s->cap : 0);
        R += ntok[i];
        if (R > b->R)
            return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "batch of more than %d rows", b->R);
    }
    if (nseq < 1) return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "empty batch");
    for (int r = 0; r < R; r++)
        if (tokens[r] < 0 || tokens[r] >= c.vocab)
            return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "batch row %d: token %d outside [0, %d)", r,
                           tokens[r], c.vocab);
    BNC_B(cudaSetDevice(b->dev));
    BNC_B(cudaStreamSynchronize(b->st));  // the pinned metadata of the last pass is free again
    const size_t Rmax = (size_t)b->R;
    int *h_tok = (int *)b->h_meta, *h_pos = h_tok + Rmax, *h_dec = h_pos + Rmax;
    BatchRow *h_rows = (BatchRow *)(b->h_meta + b->rows_off);
    // The sequences with one row (decode) share one attention launch per
    // layer; a chunk of several rows gets its own.
    int ndec = 0, maxsplit = 1;
    for (int i = 0, r = 0; i < nseq; r += ntok[i], i++)
        if (ntok[i] == 1) {
            h_dec[ndec++] = r;
            if (states[i]->nsplit > maxsplit) maxsplit = states[i]->nsplit;
        }
    for (int i = 0, r = 0; i < nseq; i++) {
        bnc_state *s = states[i];
        for (int t = 0; t < ntok[i]; t++, r++) {
            h_rows[r].part = s->part;
            h_rows[r].counters = s->counters;
            h_rows[r].nsplit = s->nsplit;
            h_tok[r] = tokens[r];
            h_pos[r] = pos[i] + t;
            h_rows[r].kc = s->kc;
            h_rows[r].vc = s->vc;
            h_rows[r].rope_cos = s->cos_t;
            h_rows[r].rope_sin = s->sin_t;
            h_rows[r].layer_kv = s->layer_kv;
        }
    }
    cudaStream_t st = b->st;
    BNC_B(cudaMemcpyAsync(b->d_meta, b->h_meta, b->meta_bytes, cudaMemcpyHostToDevice, st));
    const bool decode_only = ndec == R;
    bnc_batch::BatchGraph *hit = nullptr;
    if (decode_only && states[0]->use_graph && !b->no_graphs) {
        // Find or capture the graph of this row count and split height.
        for (auto &g : b->graphs)
            if (g.rows == R && g.maxsplit == maxsplit) hit = &g;
        if (!hit) hit = capture_batch(b, nseq, states, ntok, R, ndec, maxsplit);
    }
    if (hit) {
        hit->used = ++b->passes;
        BNC_B(cudaGraphLaunch(hit->x, st));
    } else {
        int rc = enqueue_batch_layers(b, nseq, states, ntok, R, ndec, maxsplit);
        if (rc != BNC_OK) return rc;
    }
    b->nrows = R;
    return BNC_OK;
}

}  // extern "C"

namespace {

// enqueue_batch_head checks rows and enqueues the head over them into
// b->d_logits (n rows of vocab floats, in the order given).
int enqueue_batch_head(bnc_batch *b, const int *rows, int n) {
    b->err[0] = 0;
    if (n < 1 || n > kBatchHeadRows)
        return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "logits of %d rows (1..%d)", n, kBatchHeadRows);
    bool consecutive = true;
    for (int i = 0; i < n; i++) {
        if (rows[i] < 0 || rows[i] >= b->nrows)
            return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "logits of row %d of a pass of %d", rows[i],
                           b->nrows);
        if (i > 0 && rows[i] != rows[i - 1] + 1) consecutive = false;
    }
    bnc_engine *e = b->e;
    const bnc_config &c = e->c;
    const int H = c.hidden;
    BNC_B(cudaSetDevice(b->dev));
    // The head reads its weights once per pass of up to head_tt rows, so the
    // rows of several steps go through it together; each row's logits do not
    // depend on the others (one warp computes one vocabulary entry for every
    // row, in the same order whatever the row count or grid).
    const float *x = b->x + (size_t)rows[0] * H;
    if (!consecutive) {
        for (int i = 0; i < n; i++)
            BNC_B(cudaMemcpyAsync(b->hx + (size_t)i * H, b->x + (size_t)rows[i] * H, (size_t)H * sizeof(float),
                                  cudaMemcpyDeviceToDevice, b->st));
        x = b->hx;
    }
    const int wt = c.tied ? c.embed_type : c.head_type;
    const int grid = n == 1 ? e->head_grid1 : e->head_gridT;
    BNC_B(launch_head(wt, e->head, c.vocab, H, x, H, n, e->out_norm, c.eps, e->exact, b->d_logits, e->head_tt, grid,
                      b->st));
    return BNC_OK;
}

}  // namespace

extern "C" {

int bnc_batch_head(bnc_batch *b, const int *rows, int n) {
    int rc = enqueue_batch_head(b, rows, n);
    if (rc != BNC_OK) return rc;
    BNC_B(cudaMemcpyAsync(b->h_logits, b->d_logits, (size_t)n * b->e->c.vocab * sizeof(float),
                          cudaMemcpyDeviceToHost, b->st));
    BNC_B(cudaStreamSynchronize(b->st));
    return BNC_OK;
}

// Each sampled row's logits go to its state's d_logits, where
// bnc_state_last_logits finds them as after bnc_state_forward_sample, and
// the sampler reads them there with the state's own parameter and result
// buffers: the same kernel on the same bits as that state's sampled step.
// One sampler launch per row (a block of 1,024 threads each; a pass has at
// most 16 such rows per call).
int bnc_batch_head_sample(bnc_batch *b, const int *rows, int n, bnc_state *const *states,
                          const bnc_sample_params *params, bnc_sample_result *res) {
    bnc_engine *e = b->e;
    const int V = e->c.vocab;
    if (!sample_supported(V))
        return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "the device sampler does not handle a vocabulary of %d",
                       V);
    for (int i = 0; i < n && i < kBatchHeadRows; i++)
        if (!states[i] || states[i]->e != e)
            return set_err(b->err, sizeof b->err, BNC_ERR_INVALID, "sampled row %d: state of another engine", i);
    int rc = enqueue_batch_head(b, rows, n);
    if (rc != BNC_OK) return rc;
    for (int i = 0; i < n; i++) {
        bnc_state *s = states[i];
        *s->h_sp = params[i];
        BNC_B(cudaMemcpyAsync(s->d_logits, b->d_logits + (size_t)i * V, (size_t)V * sizeof(float),
                              cudaMemcpyDeviceToDevice, b->st));
        BNC_B(cudaMemcpyAsync(s->d_sp, s->h_sp, sizeof(bnc_sample_params), cudaMemcpyHostToDevice, b->st));
        BNC_B(launch_sample(s->d_logits, V, s->d_sp, s->d_res, b->st));
        BNC_B(cudaMemcpyAsync(s->h_res, s->d_res, sizeof(bnc_sample_result), cudaMemcpyDeviceToHost, b->st));
    }
    BNC_B(cudaStreamSynchronize(b->st));
    for (int i = 0; i < n; i++) res[i] = *states[i]->h_res;
    return BNC_OK;
}

const float *bnc_batch_logits(const bnc_batch *b) { return b->h_logits; }

int bnc_batch_sync(bnc_batch *b) {
    BNC_B(cudaSetDevice(b->dev));
    BNC_B(cudaStreamSynchronize(b->st));
    return BNC_OK;
}

const char *bnc_batch_error(const bnc_batch *b) { return b ? b->err : "no batch"; }

uint64_t bnc_batch_bytes(const bnc_batch *b) { return b ? b->bytes : 0; }

void bnc_batch_free(bnc_batch *b) {
    if (!b) return;
    cudaSetDevice(b->dev);
    if (b->st) cudaStreamSynchronize(b->st);
    for (auto &g : b->graphs) {
        cudaGraphExecDestroy(g.x);
        cudaGraphDestroy(g.g);
    }
    if (b->st) cudaStreamDestroy(b->st);
    for (void *p : b->dev_allocs) cudaFree(p);
    for (void *p : b->host_allocs) cudaFreeHost(p);
    cudaGetLastError();
    delete b;
}

}  // extern "C"
