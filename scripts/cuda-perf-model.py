#!/usr/bin/env python3
"""Decode performance model of the CUDA backend at the 2B shapes (batch 1).

Bytes each kernel must read per token, its time at a GPU's peak memory
bandwidth, and the tokens/s bound that follows; then the same with an explicit
per-launch cost and bandwidth efficiency (inputs, not measurements: set them
from scripts/gpu-check.sh output when a GPU is lent). Each sublayer input is
normalized and quantized once, by the last block of the kernel that produced
it (kernels/internal.h, NormQuant): a serial tail of one block after the
kernel's streaming, --tail-us each (an input too), 4 per layer. Usage:

    scripts/cuda-perf-model.py [--pos 512] [--launch-us 1.0] [--eff 0.8] [--kv-bytes 2] [--tail-us 1.0] [--rows 1]

--rows R (> 1) adds the model of one batched pass (engine.ForwardBatch) of R
decode rows, each a sequence at --pos: the four ternary matmuls as the prefill
GEMM over all R rows (128 weight rows x 64 tokens per block, 16 or 32 tokens
for R up to 16 or 32: the weights are read once per tile of tokens, and a
matrix of M rows has only M/128 blocks per tile), one attention launch per
layer for all R rows (each row over its own sequence's cache), the head once
per 8 rows. Passes of up to 32 rows split each GEMM's K among up to 8 blocks
per tile (kernels/ternary.cu gemm_splits: about 2 blocks per SM), with a tail
of --tail-us per split GEMM for the last block's sum of the partial sums;
--no-split models the GEMM without it.
"""
import argparse

# microsoft/bitnet-b1.58-2B-4T shapes (cuda/internal/randmodel Preset2B).
LAYERS, HIDDEN, FFN, HEADS, KV_HEADS, HEAD_DIM, VOCAB = 30, 2560, 6912, 20, 5, 128, 128256
# Peak memory bandwidth, GB/s, from the vendors' data sheets.
GPUS = {"H200": 4800, "H100 SXM": 3350, "A100 80GB SXM": 2039, "RTX 4090": 1008}
# Streaming multiprocessors, from the same data sheets (the batched model).
SMS = {"H200": 132, "H100 SXM": 132, "A100 80GB SXM": 108, "RTX 4090": 128}
GEMM_ROWS, GEMM_TOKS, HEAD_TT = 128, 64, 8  # kernels/internal.h kGemmRows, kGemmToks, kHeadMaxTT
GEMM_MAX_SPLITS, GEMM_SPLIT_TOKS = 8, 32  # kGemmMaxSplits, 16 x kGemmSplitNI


def gemm_splits(m, k, rows, sms):
    """kernels/ternary.cu gemm_splits: K splits of a GEMM of m weight rows."""
    if rows > GEMM_SPLIT_TOKS:
        return 1
    toks = 16 if rows <= 16 else 32
    tiles = -(-m // GEMM_ROWS) * -(-rows // toks)
    if tiles >= sms:
        return 1
    return max(1, min(-(-2 * sms // tiles), GEMM_MAX_SPLITS, k // 128))


def kernels(pos, kv_bytes, head_bytes):
    q, kv = HEADS * HEAD_DIM, KV_HEADS * HEAD_DIM
    t = lambda rows, k: rows * k / 4  # ternary: 2 bits a weight
    per_layer = [
        ("GEMV Q|K|V %dx%d" % (q + 2 * kv, HIDDEN), t(q + 2 * kv, HIDDEN)),
        ("attention (KV at pos %d)" % pos, 2 * kv * (pos + 1) * kv_bytes),
        ("GEMV O %dx%d" % (HIDDEN, q), t(HIDDEN, q)),
        ("GEMV gate|up %dx%d" % (2 * FFN, HIDDEN), t(2 * FFN, HIDDEN)),
        ("GEMV down %dx%d" % (HIDDEN, FFN), t(HIDDEN, FFN)),
    ]
    out = [(name + " x%d" % LAYERS, b * LAYERS, LAYERS) for name, b in per_layer]
    out.append(("head %dx%d (%d B/weight)" % (VOCAB, HIDDEN, head_bytes), VOCAB * HIDDEN * head_bytes, 1))
    out.append(("embedding row", HIDDEN * head_bytes, 1))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pos", type=int, default=512, help="position decoded (KV length)")
    ap.add_argument("--launch-us", type=float, default=1.0, help="cost per dependent launch (graph node), us")
    ap.add_argument("--eff", type=float, default=0.8, help="fraction of peak bandwidth a streaming kernel reaches")
    ap.add_argument("--kv-bytes", type=int, default=2, help="bytes per KV element (fp16/bf16 2, fp32 4)")
    ap.add_argument("--head-bytes", type=int, default=2, help="bytes per head weight (F16 2)")
    ap.add_argument("--rows", type=int, default=1, help="also model a batched pass of this many decode rows")
    ap.add_argument("--no-split", action="store_true", help="batched model: GEMMs without split-K")
    ap.add_argument("--tail-us", type=float, default=1.0,
                    help="serial norm+quantize tail per quantized sublayer input (one block), us")
    a = ap.parse_args()
    ks = kernels(a.pos, a.kv_bytes, a.head_bytes)
    total = sum(b for _, b, _ in ks)
    launches = sum(n for _, _, n in ks)
    # Quantized inputs: the embedding's (layer 0), then per layer the
    # attention's (O input), O's (gate|up input), gate|up's (down input) and
    # down's (the next layer's Q|K|V input; none after the last layer).
    tails = 1 + 3 * LAYERS + (LAYERS - 1)
    print("bytes per token at position %d: %.1f MB in %d launches (%d graph nodes with the token and logits copies)"
          % (a.pos, total / 1e6, launches, launches + 2))
    hdr = "| kernel | MB/token |" + "".join(" %s us |" % g for g in GPUS)
    print(hdr)
    print("|---|---:|" + "---:|" * len(GPUS))
    for name, b, _ in ks:
        print("| %s | %.1f |" % (name, b / 1e6) + "".join(" %.1f |" % (b / (bw * 1e3)) for bw in GPUS.values()))
    print("| **bandwidth bound** (all bytes at peak) | %.1f |" % (total / 1e6)
          + "".join(" %.0f us = **%.0f tok/s** |" % (total / (bw * 1e3), bw * 1e9 / total) for bw in GPUS.values()))
    # Model: every kernel streams at eff x peak, but none takes less than one
    # launch slot; launches are serial (one stream, graph replay).
    print()
    print("model: each kernel max(bytes / (%.2f x peak), %.1f us launch slot), serial; plus %d norm+quantize tails"
          " of %.1f us" % (a.eff, a.launch_us, tails, a.tail_us))
    print("| GPU | ternary GEMVs us | attention us | head us | norm+quant tails us | total us | tok/s | % of bound | limiter |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for g, bw in GPUS.items():
        parts = {}
        for name, b, n in ks:
            per = b / n / (a.eff * bw * 1e3)
            key = "head" if name.startswith("head") or name.startswith("embedding") else (
                "attention" if name.startswith("attention") else "gemv")
            parts[key] = parts.get(key, 0) + n * max(per, a.launch_us)
        parts["tails"] = tails * a.tail_us
        tot = sum(parts.values())
        bound = bw * 1e9 / total
        lim = max(parts, key=parts.get)
        print("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f%% | %s |" % (
            g, parts["gemv"], parts["attention"], parts["head"], parts["tails"], tot, 1e6 / tot,
            100 * 1e6 / tot / bound, lim))

    if a.rows > 1:
        batched(a, ks)


def batched(a, single):
    """One ForwardBatch pass of a.rows decode rows (one per sequence)."""
    R = a.rows
    q, kv = HEADS * HEAD_DIM, KV_HEADS * HEAD_DIM
    toks = 16 if R <= 16 else 32 if R <= 32 else GEMM_TOKS  # launch_gemm's tile width
    coltiles = -(-R // toks)
    mats = [("Q|K|V", q + 2 * kv, HIDDEN), ("O", HIDDEN, q), ("gate|up", 2 * FFN, HIDDEN), ("down", HIDDEN, FFN)]
    w_bytes = sum(m * k / 4 for _, m, k in mats) * LAYERS * coltiles
    kv_bytes = 2 * kv * (a.pos + 1) * a.kv_bytes * LAYERS * R
    head_bytes = VOCAB * HIDDEN * a.head_bytes * -(-R // HEAD_TT)
    total = w_bytes + kv_bytes + head_bytes
    launches = LAYERS * 9 + 2  # 4 normquant + 4 GEMM + 1 attention per layer; embedding, head
    print()
    print("batched pass of %d decode rows at position %d: %.1f MB (ternary %.1f, KV %.1f, head %.1f) in %d launches"
          % (R, a.pos, total / 1e6, w_bytes / 1e6, kv_bytes / 1e6, head_bytes / 1e6, launches))
    print("bytes per token: %.1f MB (batch 1: %.1f MB)" % (total / R / 1e6, sum(b for _, b, _ in single) / 1e6))
    print("model: as above; a GEMM of B blocks (tiles x K splits%s) streams at eff x peak x min(1, B / SMs),"
          " plus one tail per split GEMM; normquant one launch slot" % (", off" if a.no_split else ""))
    print("| GPU | GEMMs us | attention us | head us | normquant us | pass us | tok/s (all rows) | batch-1 model tok/s"
          " | bound tok/s | limiter |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for g, bw in GPUS.items():
        gemm = 0.0
        for _, m, k in mats:
            splits = 1 if a.no_split else gemm_splits(m, k, R, SMS[g])
            blocks = -(-m // GEMM_ROWS) * coltiles * splits
            b = m * k / 4 * coltiles
            t = max(b / (a.eff * bw * 1e3 * min(1.0, blocks / SMS[g])), a.launch_us)
            gemm += LAYERS * (t + (a.tail_us if splits > 1 else 0))
        att = LAYERS * max(R * 2 * kv * (a.pos + 1) * a.kv_bytes / (a.eff * bw * 1e3), a.launch_us)
        head = max(head_bytes / (a.eff * bw * 1e3), a.launch_us)
        nq = LAYERS * 4 * a.launch_us
        tot = gemm + att + head + nq
        # Batch 1 as modelled above (GEMVs, tails), for the ratio.
        one = 0.0
        for name, b, n in single:
            one += n * max(b / n / (a.eff * bw * 1e3), a.launch_us)
        one += (1 + 3 * LAYERS + (LAYERS - 1)) * a.tail_us
        parts = {"gemm": gemm, "attention": att, "head": head, "normquant": nq}
        print("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |" % (
            g, gemm, att, head, nq, tot, R * 1e6 / tot, 1e6 / one, R * bw * 1e9 / total, max(parts, key=parts.get)))


if __name__ == "__main__":
    main()
