#!/usr/bin/env bash
# Simulated cycle counts of single decode kernels at the 2B model's shapes, from
# GPGPU-Sim's performance model (-gpgpu_ptx_sim_mode 0, the RTX 2060 / cc 7.5
# configuration): not a GPU, and not an H200 (docs/CUDA.md says what the
# numbers can and cannot tell). Builds the simulator (cached), the kernels as
# compute_75 PTX and kernels/simcycles.cu, runs each case through
# scripts/cuda-sim-exec.sh and prints one line per kernel launch the simulator
# reports: gpu_sim_cycle, gpu_sim_insn, gpu_ipc, gpu_tot_sim_cycle.
#
#   scripts/cuda-sim-cycles.sh                    the default cases below
#   scripts/cuda-sim-cycles.sh "gemv 2560 2560"   chosen cases (simcycles arguments)
#   SIMCYCLES_REV=9a62bfd scripts/cuda-sim-cycles.sh "gemv 2560 2560"
#       the kernels of another commit (git archive of its kernels/ into a
#       scratch directory), for before/after comparisons
#
# GPGPUSIM_PERF_MEMCPY=1 keeps the configuration's default of copies filling
# the L2 (the weights then come from L2 where they fit).
#
# Each case takes minutes to tens of minutes on 2 cores (the performance model
# simulates every warp instruction and memory request). GPGPUSIM_CYCLES_LOGDIR
# keeps the simulator's full output per case (default: a temporary directory,
# removed at the end).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ $# -eq 0 ]; then
	# The decode step's kernels at 2B (hidden 2560, FFN 6912, 20 query / 5 KV
	# heads of 128): the Q/O-sized GEMV, the paired gate|up GEMV, the down
	# GEMV and attention over 512 cached positions.
	set -- "gemv 2560 2560" "gateup 13824 2560" "gemv 2560 6912" "attn 20 5 128 512"
fi

GPGPUSIM_LIBDIR="${GPGPUSIM_LIBDIR:-$(./scripts/build-gpgpu-sim.sh | tail -1)}"
export GPGPUSIM_LIBDIR

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bitnet-simcycles.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
logdir="${GPGPUSIM_CYCLES_LOGDIR:-$tmp/logs}"
mkdir -p "$logdir"

rev="${SIMCYCLES_REV:-}"
if [ -z "$rev" ]; then
	make -s -C kernels simcycles
	bin="$root/kernels/build-sim/simcycles"
	label="working tree"
else
	# Another commit's kernels with this harness; its test API before the
	# NormQuant redesign had no epilogue arguments (BNC_PRE_NORMQUANT).
	git rev-parse --verify -q "$rev^{commit}" >/dev/null || { echo "cuda-sim-cycles: no commit '$rev'" >&2; exit 1; }
	git archive "$rev" kernels | tar -x -C "$tmp"
	cp kernels/simcycles.cu "$tmp/kernels/"
	make -s -C "$tmp/kernels" sim
	defs=()
	grep -q next_normw "$tmp/kernels/bitnet_cuda.h" || defs=(-DBNC_PRE_NORMQUANT)
	# Kernels from before kAttnMaxSplits capped the decode splits at 16.
	grep -q kAttnMaxSplits "$tmp/kernels/internal.h" || defs+=(-DBNC_ATTN_SPLITS=16)
	ccbin=()
	if command -v g++-11 >/dev/null; then ccbin=(-ccbin g++-11); fi
	nvcc -O3 -std=c++14 "${ccbin[@]}" "${defs[@]}" -gencode=arch=compute_75,code=compute_75 -cudart shared \
		-I"$tmp/kernels" "$tmp/kernels/simcycles.cu" -o "$tmp/simcycles" -L"$tmp/kernels/build-sim" -lbitnetcuda
	bin="$tmp/simcycles"
	label="commit $(git rev-parse --short "$rev")"
fi

echo "GPGPU-Sim performance mode, RTX 2060 model (cc 7.5), not a GPU; kernels: $label; -gpgpu_perf_sim_memcpy ${GPGPUSIM_PERF_MEMCPY:-0}"
printf '%-22s %-44s %12s %12s %9s %14s\n' case kernel gpu_sim_cycle gpu_sim_insn gpu_ipc gpu_tot_sim_cycle
status=0
for c in "$@"; do
	name="${c// /_}"
	log="$logdir/$name.log"
	start=$(date +%s)
	# shellcheck disable=SC2086 # a case is the harness's argument list
	# -gpgpu_perf_sim_memcpy 0: host-to-device copies do not leave their data
	# in the modelled L2 (the default 1 does, and a 1.6 MB weight matrix fits
	# its 3 MB), so the kernel reads its weights from DRAM as in decode.
	if ! GPGPUSIM_PTX_MODE=0 GPGPUSIM_SET="-gpgpu_perf_sim_memcpy ${GPGPUSIM_PERF_MEMCPY:-0}" GPGPUSIM_LOG="$log" nice -n "${GPGPUSIM_NICE:-10}" \
		./scripts/cuda-sim-exec.sh "$bin" $c >"$logdir/$name.out" 2>&1; then
		echo "cuda-sim-cycles: case '$c' failed:" >&2
		tail -20 "$logdir/$name.out" >&2
		status=1
		continue
	fi
	# One block of statistics per kernel launch, in launch order.
	grep -a -E '^(kernel_name|gpu_sim_cycle|gpu_sim_insn|gpu_ipc|gpu_tot_sim_cycle) = ' "$log" | c++filt | awk -v c="$c" '
		/^kernel_name = / {
			k = substr($0, index($0, "= ") + 2)
			sub(/^void /, "", k); sub(/\(.*$/, "", k); sub(/^bnc::/, "", k); gsub(/ /, "", k)
		}
		/^gpu_sim_cycle = / { cyc = $3 }
		/^gpu_sim_insn = / { insn = $3 }
		/^gpu_ipc = / { ipc = $3 }
		/^gpu_tot_sim_cycle = / { printf "%-22s %-44s %12s %12s %9s %14s\n", c, k, cyc, insn, ipc, $3 }
	'
	echo "  ($(grep -a '^simcycles:' "$logdir/$name.out" | tail -1 | sed 's/^simcycles: //'); $(($(date +%s) - start)) s)"
done
exit "$status"
