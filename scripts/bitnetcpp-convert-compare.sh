#!/usr/bin/env bash
# Runs bitnet.cpp's own Python pipeline for BitNet b1.58 2B-4T's BF16 master
# weights (utils/convert-helper-bitnet.py: preprocess-huggingface-bitnet.py
# ternarizes in torch, convert-ms-to-gguf-bitnet.py writes an F32 GGUF,
# llama-quantize writes I2_S) on synthetic 2B-4T-shaped checkpoints, runs
# `bitnet convert -type i2_s` on the same checkpoints twice, with the default
# exact absmean and with `-absmean torch` set to the thread count and vector
# width torch runs with here, and compares each GGUF file with bitnet.cpp's
# tensor by tensor; then loads the files in the other program (bitnet.cpp's
# bnlg_dump, this engine's crossval against those logits).
#
# torch's float32 absmean, and so sometimes an I2_S scale's last bit, depends
# on torch's intra-op thread count: set OMP_NUM_THREADS to run the pipeline
# with another one (the script reads the count torch then uses and passes it
# to -torch-threads).
#
# usage: BITNETCPP=/path/to/BitNet scripts/bitnetcpp-convert-compare.sh [WORKDIR]
#
# Needs: a built bitnet.cpp checkout (build/bin/llama-quantize, and
# build/bin/bnlg_dump for the load checks), and a Python 3 (PYTHON, default
# /usr/bin/python3) with torch, numpy, sentencepiece and yaml (Debian bookworm:
# python3-torch python3-numpy python3-sentencepiece python3-yaml). Debian has no
# safetensors package, and its torch 1.13 has no torch.compile: the shims in
# scripts/bitnetcpp-pipeline/shims stand in for them (see the README there).
# Prints SKIP and exits 0 when a prerequisite is missing. Exit status 1 when
# the -absmean torch file is not identical to bitnet.cpp's in every defined
# byte (I2_S's 28 unwritten tail bytes aside), when the default file differs
# beyond 1-ulp scale differences that torch's float32 absmean explains
# (absmean_diag.py prints which), or when a load check fails.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-/usr/bin/python3}
bcpp=${BITNETCPP:-}

skip() {
	echo "SKIP: $*"
	exit 0
}

[ -n "$bcpp" ] || skip "set BITNETCPP to a built bitnet.cpp checkout"
[ -f "$bcpp/utils/convert-helper-bitnet.py" ] || skip "$bcpp/utils/convert-helper-bitnet.py not found"
[ -x "$bcpp/build/bin/llama-quantize" ] || skip "$bcpp/build/bin/llama-quantize not built"
command -v "$py" >/dev/null || skip "no Python at $py (set PYTHON)"
for mod in torch numpy sentencepiece yaml; do
	"$py" -c "import $mod" 2>/dev/null || skip "$py cannot import $mod (Debian: apt-get install python3-$mod; torch is python3-torch)"
done

work=${1:-$(mktemp -d)}
mkdir -p "$work"
echo "work folder: $work"
export PYTHONPATH="$root/scripts/bitnetcpp-pipeline/shims:$bcpp/3rdparty/llama.cpp/gguf-py"
export PYTHONDONTWRITEBYTECODE=1 # keep __pycache__ out of the shims folder

# The torch settings the pipeline's preprocess step will run with.
torch_threads=$("$py" -c 'import torch; print(torch.get_num_threads())')
torch_lanes=8
if "$py" -c 'import torch; print(torch.__config__.show())' | grep -q 'CPU capability usage: AVX512'; then
	torch_lanes=16
fi
echo "torch: $("$py" -c 'import torch; print(torch.__version__)'), $torch_threads threads, $torch_lanes-lane float32 kernel"

(cd "$root" && go build -o "$work/bitnet" ./cmd/bitnet && go build -o "$work/ggufcmp" ./scripts/bitnetcpp-pipeline/ggufcmp)

fail=0
# name, then ggufcmp ckpt flags. "small" is testdata/convert-small's master
# checkpoint; "wide" has 2B-4T's widths (hidden 2560, FFN 6912, 20 heads, 5 KV
# heads of 128) in one layer, with a small vocabulary.
shapes=(
	"small -layers 3 -hidden 512 -ffn 1536 -heads 8 -kv 2 -vocab 1536 -seed 2026"
	"wide -layers 1 -hidden 2560 -ffn 6912 -heads 20 -kv 5 -vocab 1536 -seed 2029"
)
ids=1,17,300,42,999,5,77,1024,256,8,640,12,3,1500,90,431
for spec in "${shapes[@]}"; do
	read -r name flags <<<"$spec"
	ck="$work/$name"
	rm -rf "$ck"
	# shellcheck disable=SC2086 # flags are words
	"$work/ggufcmp" ckpt $flags "$ck"
	echo "== $name: bitnet.cpp's pipeline"
	# The helper swaps model.safetensors for its ternarized copy while it
	# runs and restores it after; it prints errors but exits 0, so the
	# output file is what tells success.
	(cd "$bcpp" && "$py" utils/convert-helper-bitnet.py "$ck") >"$work/$name.pipeline.log" 2>&1
	theirs="$ck/ggml-model-i2s-bitnet.gguf"
	if [ ! -s "$theirs" ]; then
		echo "FAIL: bitnet.cpp's pipeline wrote no $theirs; log: $work/$name.pipeline.log"
		tail -20 "$work/$name.pipeline.log"
		fail=1
		continue
	fi
	ours="$work/$name-bitnet-go.gguf"
	"$work/bitnet" convert -quiet -type i2_s "$ck" "$ours"
	echo "== $name: default (exact absmean), tensor by tensor (bitnet.cpp's file first)"
	"$work/ggufcmp" compare -scale-ulps 1 "$theirs" "$ours" || fail=1
	"$py" "$root/scripts/bitnetcpp-pipeline/absmean_diag.py" "$ck/model.safetensors" "$torch_threads"
	torch="$work/$name-bitnet-go-torch.gguf"
	"$work/bitnet" convert -quiet -type i2_s -absmean torch -torch-threads "$torch_threads" -torch-lanes "$torch_lanes" "$ck" "$torch"
	echo "== $name: -absmean torch -torch-threads $torch_threads -torch-lanes $torch_lanes, tensor by tensor"
	"$work/ggufcmp" compare "$theirs" "$torch" | tee "$work/$name.torch.cmp" || fail=1
	grep -q '^verdict: identical in every defined byte' "$work/$name.torch.cmp" || fail=1

	if [ -x "$bcpp/build/bin/bnlg_dump" ]; then
		echo "== $name: each file in the other program"
		for f in theirs ours torch; do
			file=$theirs
			[ "$f" = ours ] && file=$ours
			[ "$f" = torch ] && file=$torch
			"$bcpp/build/bin/bnlg_dump" "$file" "$work/$name.$f" 16 1 8 "$ids" >"$work/$name.$f.dump.log" 2>&1 ||
				{ echo "FAIL: bitnet.cpp could not run $file (log $work/$name.$f.dump.log)"; fail=1; continue; }
			echo "bitnet.cpp ran $f file: $(wc -c <"$work/$name.$f.prefill.bin") bytes of prompt logits"
			# This engine on the same file, against bitnet.cpp's logits on it.
			"$work/bitnet" crossval -m "$file" --mode bitnetcpp -t 1 --ref "$work/$name.$f.prefill.bin" 2>&1 | tail -3 || fail=1
		done
		if cmp -s "$work/$name.theirs.prefill.bin" "$work/$name.ours.prefill.bin"; then
			echo "bitnet.cpp's prompt logits on its file and the default one: byte-identical"
		else
			echo "bitnet.cpp's prompt logits on its file and the default one: differ (expected only where a scale differs by 1 ulp)"
		fi
		if cmp -s "$work/$name.theirs.prefill.bin" "$work/$name.torch.prefill.bin"; then
			echo "bitnet.cpp's prompt logits on its file and the -absmean torch one: byte-identical"
		else
			echo "FAIL: bitnet.cpp's prompt logits on its file and the -absmean torch one differ"
			fail=1
		fi
	else
		echo "SKIP: $bcpp/build/bin/bnlg_dump not built: load checks not run"
	fi
done
exit $fail
