#!/usr/bin/env bash
# Regenerates testdata/i2s-fork/*.fork.json, the external C++ reference of TestQwen3I2SAgainstFork and
# TestGemma3I2SAgainstFork (convert package): what the llama.cpp fork with BitNet support, isHuangXin/bitnet_llama.cpp
# (I2_S type 36 and its CPU kernels, the qwen3 and gemma3 graphs with the optional per-projection input norms
# attn_q_norm_in ... ffn_down_norm_in), gives on the synthetic Qwen3 and Gemma3 checkpoints the tests convert to I2_S: 16 greedy steps after a fixed prompt of 6 token ids (one
# batch) and after the BOS token alone (NAME.decode.fork.json: every step a one-token decode), with the logits of each
# step, and the pooled embedding of the 6-token prompt for the embedding-shaped ones. Run from the repository root:
#
#   scripts/i2s-fork-ref.sh                    # clones the fork into $WORK/fork (needs network), builds, runs
#   FORK_SRC=DIR FORK_DESC='...' scripts/i2s-fork-ref.sh
#                                              # a prepared llama.cpp tree with the fork's I2_S and qwen3 code
#
# How the committed fixtures were made (2026-12-03) is in docs/MODELS.md ("qwen3 with I2_S against the BitNet
# llama.cpp fork"): the fork's whole tree could not be fetched there, so FORK_SRC was upstream llama.cpp de3ff815 with
# the fork's I2_S and qwen3 code transplanted, and FORK_DESC says so in each fixture's "generator" field.
#
# Steps: the test writes the converted files into $WORK (BITNET_I2S_FORK_GGUF_OUT; it fails on the SHA-256 check
# when the converter's output changed, which is why it is run first), the fork's libllama is built CPU-only (no
# llamafile sgemm, so I2_S goes through the fork's own GEMV/GEMM path; no OpenMP), scripts/i2s-fork-dump.cpp is
# linked against it, each file is run, and the test is run again against the new fixtures.
set -euo pipefail

WORK=${WORK:-/tmp/i2s-fork}
FORK_REPO=${FORK_REPO:-https://github.com/isHuangXin/bitnet_llama.cpp}
FORK_COMMIT=${FORK_COMMIT:-4e4cbcd2e5b71b6bd8242b5260d595a158becee7}
JOBS=${JOBS:-2}
PROMPT=284,17,42,99,150,7
MODELS="qwen3-i2_s qwen3-i2_s-normin-mean qwen3-i2_s-normin-last gemma3-i2_s gemma3-i2_s-normin-mean gemma3-i2_s-normin-last"

mkdir -p "$WORK"
if [ -z "${FORK_SRC:-}" ]; then
	FORK_SRC=$WORK/fork
	if [ ! -d "$FORK_SRC/.git" ]; then
		git clone "$FORK_REPO" "$FORK_SRC"
	fi
	git -C "$FORK_SRC" checkout --quiet "$FORK_COMMIT"
	FORK_DESC=${FORK_DESC:-"isHuangXin/bitnet_llama.cpp $FORK_COMMIT"}
fi
: "${FORK_DESC:?set FORK_DESC to say what FORK_SRC is (it goes into each fixture)}"

cmake -S "$FORK_SRC" -B "$FORK_SRC/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON \
	-DGGML_LLAMAFILE=OFF -DGGML_OPENMP=OFF -DBUILD_SHARED_LIBS=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_COMMON=OFF \
	-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF >/dev/null
nice ninja -C "$FORK_SRC/build" -j "$JOBS" llama
B=$FORK_SRC/build
c++ -O2 -std=c++17 -I"$FORK_SRC/include" -I"$FORK_SRC/ggml/include" scripts/i2s-fork-dump.cpp -o "$WORK/i2s-fork-dump" \
	"$B/src/libllama.a" "$B/ggml/src/libggml.a" "$B/ggml/src/libggml-cpu.a" "$B/ggml/src/libggml-base.a" -lpthread -lm

BITNET_I2S_FORK_GGUF_OUT=$WORK go test ./convert -run 'I2SAgainstFork' -count=1 >/dev/null 2>&1 || true
GEN="$FORK_DESC; built with $(c++ --version | head -1), -march=native, GGML_LLAMAFILE=OFF; CPU, 1 thread, flash attention off, F16 KV cache (default), prompt as one batch, greedy"
mkdir -p testdata/i2s-fork
for m in $MODELS; do
	sha=$(sha256sum "$WORK/$m.gguf" | cut -d' ' -f1)
	"$WORK/i2s-fork-dump" "$WORK/$m.gguf" "testdata/i2s-fork/$m.fork.json" "$PROMPT" 16 "$GEN" "$sha" 2>"$WORK/$m.log"
	# The same from the BOS token alone: every step a one-token decode.
	"$WORK/i2s-fork-dump" "$WORK/$m.gguf" "testdata/i2s-fork/$m.decode.fork.json" 284 16 "$GEN" "$sha" 2>>"$WORK/$m.log"
done
go test ./convert -run 'I2SAgainstFork' -count=1 -v | grep -E 'i2s_fork_test|^(ok|FAIL|---)'
