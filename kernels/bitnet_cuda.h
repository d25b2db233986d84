/*
 * bitnet_cuda.h: the plain C API of libbitnetcuda.a, the CUDA kernels and the
 * host code that drives them for the Go package github.com/bitnet-go/bitnet-go/cuda.
 *
 * Only this header is seen by cgo, so `go vet -tags cuda` needs no CUDA headers.
 * Every function returns a BNC_* status; none aborts the process. Functions that
 * can fail before an engine or state exists write a message into (err, errlen).
 * Every function sets the CUDA device it works on itself (Go moves goroutines
 * between OS threads, and the current device is per thread).
 */
#ifndef BITNET_CUDA_H
#define BITNET_CUDA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. */
enum {
    BNC_OK = 0,
    BNC_ERR_NO_DEVICE = 1, /* no driver, no GPU, bad index, unsupported architecture */
    BNC_ERR_NO_MEMORY = 2, /* not enough device (or pinned host) memory */
    BNC_ERR_INVALID = 3,   /* bad argument or unsupported shape */
    BNC_ERR_CUDA = 4       /* a CUDA call or a kernel launch failed */
};

/* Storage types (activation precision, KV cache, embedding and head weights). */
enum { BNC_TYPE_F32 = 0, BNC_TYPE_F16 = 1, BNC_TYPE_BF16 = 2 };

/* FFN activations (same order as model.Activation). */
enum { BNC_ACT_RELU2 = 0, BNC_ACT_SILU = 1, BNC_ACT_GELU = 2 };

/* Which logits a forward pass returns. */
enum { BNC_LOGITS_NONE = 0, BNC_LOGITS_LAST = 1, BNC_LOGITS_ALL = 2 };

/* Linear layers of one block. */
enum { BNC_W_Q = 0, BNC_W_K, BNC_W_V, BNC_W_O, BNC_W_GATE, BNC_W_UP, BNC_W_DOWN };

/* Norm weights of one block. ATTN_SUB and FFN_SUB exist only with
 * bnc_config.sub_norms, Q and K (head_dim values each, shared by the heads)
 * only with qk_norm. */
enum { BNC_N_ATTN = 0, BNC_N_ATTN_SUB, BNC_N_FFN, BNC_N_FFN_SUB, BNC_N_Q, BNC_N_K };

/* RoPE pair layouts (same order as model.RopeKind). */
enum { BNC_ROPE_NEOX = 0, BNC_ROPE_NORM = 1 };

/* The smallest compute capability the fat binary runs on (major*10+minor). */
#define BNC_MIN_CC 75

/* ---- devices -------------------------------------------------------------- */

typedef struct {
    char name[256];
    int major, minor;
    int sm_count;
    uint64_t total_mem;
    int pci_domain, pci_bus, pci_device;
} bnc_device_props;

/* CUDA runtime version linked in (e.g. 11080). Never fails. */
int bnc_runtime_version(int *v);
/* Driver's CUDA version (e.g. 12020); 0 when no driver is present. */
int bnc_driver_version(int *v, char *err, int errlen);
/* Number of CUDA devices; BNC_ERR_NO_DEVICE with a reason when none can be used. */
int bnc_device_count(int *n, char *err, int errlen);
int bnc_device_props_get(int dev, bnc_device_props *p, char *err, int errlen);
/* Free and total memory of a device (creates its primary context). */
int bnc_mem_info(int dev, uint64_t *free_bytes, uint64_t *total_bytes, char *err, int errlen);

/* ---- engine: one model on one device -------------------------------------- */

typedef struct {
    int device;
    int precision; /* BNC_TYPE_*: F32 = float64/float32 parity mode, F16/BF16 mixed */
    int layers, hidden, ffn, heads, kv_heads, head_dim, rope_dim, vocab;
    float eps;
    int activation;             /* BNC_ACT_* */
    int embed_type, head_type;  /* BNC_TYPE_* of token_embd and of the output head */
    int tied;                   /* the head is token_embd */
    /* The block's variant (model.Family): each 0 or 1, rope_kind BNC_ROPE_*.
     * sub_norms: attn_sub_norm and ffn_sub_norm normalize the inputs of the
     * o and down projections (BitNet b1.58); without them those int8
     * activations are quantized from the raw attention output and
     * act(gate)*up. qk_norm: per-head RMSNorm of q and k before RoPE (Qwen3). */
    int sub_norms, rope_kind, qk_norm;
} bnc_config;

typedef struct bnc_engine bnc_engine;
typedef struct bnc_state bnc_state;

/*
 * bnc_engine_new checks the device and the shapes and allocates every weight
 * buffer. *free_bytes and *need_bytes are set when known (also on
 * BNC_ERR_NO_MEMORY). On failure *out is NULL and err holds the reason.
 */
int bnc_engine_new(const bnc_config *c, bnc_engine **out, uint64_t *free_bytes, uint64_t *need_bytes,
                   char *err, int errlen);
/* Uploads one linear layer given as I2_S code bytes (rows*cols/4, no tail). */
int bnc_engine_set_linear(bnc_engine *e, int layer, int which, const uint8_t *i2s, size_t nbytes,
                          float wscale, float oscale);
int bnc_engine_set_norm(bnc_engine *e, int layer, int which, const float *w, int n);
int bnc_engine_set_output_norm(bnc_engine *e, const float *w, int n);
/* token_embd (vocab rows of hidden values in embed_type). */
int bnc_engine_set_embed(bnc_engine *e, const void *data, size_t nbytes);
/* The output head when not tied (vocab rows of hidden values in head_type). */
int bnc_engine_set_head(bnc_engine *e, const void *data, size_t nbytes);
/* Waits for the uploads, frees staging memory and reports any error. */
int bnc_engine_finish(bnc_engine *e);
/* The engine's last error message (build-time calls only). */
const char *bnc_engine_error(const bnc_engine *e);
/* Bytes of device memory the engine holds. */
uint64_t bnc_engine_bytes(const bnc_engine *e);
void bnc_engine_free(bnc_engine *e);

/* ---- state: one sequence's KV cache, scratch and decode graph ------------- */

/*
 * bnc_state_new allocates a KV cache for cap positions and scratch for batches
 * of up to max_batch tokens. rope_cos and rope_sin hold cap*(rope_dim/2)
 * floats each: [position][frequency]. use_graph enables the CUDA graph for
 * single-token steps. A state holds no reference to host memory.
 */
int bnc_state_new(bnc_engine *e, int cap, int max_batch, const float *rope_cos, const float *rope_sin, int use_graph,
                  bnc_state **out, char *err, int errlen);
/*
 * bnc_state_forward runs n <= max_batch tokens at positions pos..pos+n-1 and
 * writes vocab floats per requested row into logits (host memory).
 */
int bnc_state_forward(bnc_state *s, const int32_t *tokens, int n, int pos, int want, float *logits);
/* Copies the first npos cached positions (every layer) of src into dst. */
int bnc_state_copy_kv(bnc_state *dst, bnc_state *src, int npos);
const char *bnc_state_error(const bnc_state *s);
uint64_t bnc_state_bytes(const bnc_state *s);
/* Frees the state; safe after bnc_engine_free of its engine. */
void bnc_state_free(bnc_state *s);

/* ---- batch: several states advanced in one pass --------------------------- */

/*
 * A batch is engine-level scratch for passes of up to max_rows tokens summed
 * over the states of the pass, with its own stream: each linear layer runs as
 * one GEMM over every row (its weights are read once per pass), attention
 * runs per state over its own cache. Not safe for concurrent use; free it
 * before its engine.
 */
typedef struct bnc_batch bnc_batch;

int bnc_batch_new(bnc_engine *e, int max_rows, bnc_batch **out, char *err, int errlen);
/*
 * bnc_batch_run enqueues the embedding and every layer of one pass: state i
 * appends ntok[i] tokens (the next ntok[i] of tokens, so one state's rows are
 * consecutive) at positions pos[i]..pos[i]+ntok[i]-1. The states must be
 * distinct, belong to the batch's engine and have no work in flight. It
 * returns once the pass is enqueued: bnc_batch_head or bnc_batch_sync
 * completes it.
 */
int bnc_batch_run(bnc_batch *b, int nseq, bnc_state *const *states, const int *ntok, const int *pos,
                  const int32_t *tokens);
/*
 * bnc_batch_head computes the logits of n <= 16 rows of the last pass (batch
 * row indices, any order) into the batch's host buffer and waits for them.
 */
int bnc_batch_head(bnc_batch *b, const int *rows, int n);
/* The host buffer bnc_batch_head fills: n rows of vocab floats, valid until the next call. */
const float *bnc_batch_logits(const bnc_batch *b);
/* Waits for the last pass. */
int bnc_batch_sync(bnc_batch *b);
const char *bnc_batch_error(const bnc_batch *b);
uint64_t bnc_batch_bytes(const bnc_batch *b);
void bnc_batch_free(bnc_batch *b);

/* ---- GPU-side sampling (sample.cu) ---------------------------------------- */

/*
 * The Go sampler's parameters for one draw (sample.Offload): temperature 0 is
 * greedy; top_k 0, top_p 0 and min_p 0 are off. log_min_p is log(min_p) as the
 * host computes it; u is the uniform variate in [0, 1) that the host's draw
 * would use.
 */
typedef struct {
    double temperature, top_p, log_min_p, u;
    int32_t top_k, min_p;
} bnc_sample_params;

/* What a device draw did (bnc_sample_result.status). */
enum {
    BNC_SAMPLE_DONE = 0, /* id chosen without the variate (greedy, no candidate) */
    BNC_SAMPLE_DREW = 1, /* id drawn with the variate u: the host advances its generator */
    BNC_SAMPLE_HOST = 2  /* not done on the device (+Inf logits, a list too long): sample on the host */
};

typedef struct {
    int32_t id, status;
    int32_t bad;     /* index of the first NaN or infinite logit, or -1 */
    float bad_value; /* its value */
} bnc_sample_result;

/* Whether the device sampler handles a vocabulary of this size. */
int bnc_sample_supported(int vocab);
/*
 * bnc_state_forward_sample runs one token at position pos like
 * bnc_state_forward with BNC_LOGITS_LAST, then samples the next token on the
 * device: only *r crosses to the host. The logits stay on the device until
 * bnc_state_last_logits copies them (for a BNC_SAMPLE_HOST result or a bad
 * logit).
 */
int bnc_state_forward_sample(bnc_state *s, int32_t token, int pos, const bnc_sample_params *p, bnc_sample_result *r);
/* Copies the logits of the last bnc_state_forward_sample or bnc_batch_head_sample row of
 * the state (vocab floats) to the host. */
int bnc_state_last_logits(bnc_state *s, float *logits);
/*
 * bnc_batch_head_sample is bnc_batch_head for n <= 16 rows that are sampled on
 * the device: row i's logits are computed into states[i]'s logits buffer (the
 * state whose decode row it is; bnc_state_last_logits copies them, as after
 * bnc_state_forward_sample) and sampled there with params[i] by the kernel
 * bnc_state_forward_sample runs; only res[i] comes back. It waits for them.
 */
int bnc_batch_head_sample(bnc_batch *b, const int *rows, int n, bnc_state *const *states,
                          const bnc_sample_params *params, bnc_sample_result *res);
/* bnc_test_sample: the device sampler on vocab host logits. */
int bnc_test_sample(int dev, const float *logits, int vocab, const bnc_sample_params *p, bnc_sample_result *r,
                    char *err, int errlen);
/* bnc_test_exp: the device sampler's exp (det_exp) of n doubles. */
int bnc_test_exp(int dev, const double *x, int n, double *out, char *err, int errlen);

/* ---- kernel-level tests and benchmarks ------------------------------------ */

/*
 * bnc_test_matmul: RMSNorm (weight normw) + int8 quantization + ternary matmul
 * of n rows x (K) against rows x K I2_S codes. path 0: decode GEMV (n must be
 * 1), 1: prefill GEMM, 2..8: the GEMM split into `path` K ranges (split-K, as
 * small batched passes run it; n <= 32, path <= K/128). act < 0: out is n x rows; act >= 0: the first rows/2
 * weight rows are the gate, the next rows/2 the up projection, and out is
 * n x rows/2 of act(gate)*up (paired layout). ascale/asum receive the
 * activation scale and sum per row (may be NULL). next_normw (path 0 only; may
 * be NULL): the GEMV also normalizes (weight next_normw) and quantizes its
 * output row in its epilogue, into next_q, next_scale and next_asum.
 */
int bnc_test_matmul(int dev, const uint8_t *i2s, int rows, int K, float wscale, float oscale, const float *x, int n,
                    const float *normw, float eps, int exact, int path, int act, float *out, float *ascale,
                    int32_t *asum, const float *next_normw, int8_t *next_q, float *next_scale, int32_t *next_asum,
                    char *err, int errlen);
/*
 * bnc_test_attention: causal GQA attention of n query rows (heads*hd floats
 * each, positions pos0..pos0+n-1) over a cache of pos0+n positions
 * (kv_heads*hd floats each, given in float and stored as cache_type), split
 * over at most nsplit blocks per head (n == 1: by the current length). normw
 * (n == 1 only; may be NULL): the kernel also normalizes (weight normw, eps
 * 1e-5) and quantizes its output row, into qout, qscale and qsum.
 */
int bnc_test_attention(int dev, int cache_type, int exact, const float *q, int n, int heads, int kv_heads, int hd,
                       const float *kc, const float *vc, int pos0, int nsplit, float *out, const float *normw,
                       int8_t *qout, float *qscale, int32_t *qsum, char *err, int errlen);
/* bnc_test_head: logits = (rmsnorm(x) * normw) . W^T for n rows; W is rows x K of wtype. */
int bnc_test_head(int dev, int wtype, const void *w, int rows, int K, const float *x, int n, const float *normw,
                  float eps, int exact, float *out, char *err, int errlen);
/* bnc_test_store: the KV cache's device store (store_typed) of n floats as
 * type (F32, F16 or BF16) into out (n elements of that type). */
int bnc_test_store(int dev, int type, const float *x, int n, void *out, char *err, int errlen);
/* Device-to-device copy bandwidth in GB/s (bytes read + written per second). */
int bnc_bench_copy(int dev, uint64_t bytes, int iters, double *gbps, char *err, int errlen);
/* Median time in microseconds of one decode GEMV (random weights) of rows x K,
 * including the norm+quantization of its output row for the next GEMV. */
int bnc_bench_gemv(int dev, int rows, int K, int paired, int iters, double *us, char *err, int errlen);
/* Median time in microseconds of the prefill GEMM of rows x K with n tokens,
 * split into `splits` K ranges (0: as a batched pass would on this device,
 * 1: unsplit); used_splits receives the count used (may be NULL). */
int bnc_bench_gemm(int dev, int rows, int K, int n, int splits, int iters, double *us, int *used_splits, char *err,
                   int errlen);
/* Median time in microseconds of the F16 output head GEMV of rows x K (one token). */
int bnc_bench_head(int dev, int rows, int K, int iters, double *us, char *err, int errlen);

#ifdef __cplusplus
}
#endif

#endif /* BITNET_CUDA_H */
