#!/usr/bin/env bash
# go test -exec wrapper that runs a test binary built with tags "cuda cudasim"
# on GPGPU-Sim instead of a GPU (scripts/cuda-sim-test.sh passes it):
#   - GPGPU-Sim's libcudart.so (GPGPUSIM_LIBDIR, from scripts/build-gpgpu-sim.sh)
#     goes first on LD_LIBRARY_PATH, so the binary's CUDA calls reach the
#     simulator, which interprets the kernels' PTX on the CPU;
#   - the binary runs in a scratch directory holding gpgpusim.config: the
#     simulator reads it from the working directory and writes its PTX and
#     cuobjdump files there. The config is the RTX 2060 (compute capability 7.5)
#     one from GPGPU-Sim (as patched in the build, third_party/gpgpu-sim/patches)
#     in functional mode (-gpgpu_ptx_sim_mode 1): results, not timing.
#     GPGPUSIM_PTX_MODE=0 selects the performance model instead (cycle counts;
#     scripts/cuda-sim-cycles.sh), and GPGPUSIM_SET sets further options, one
#     "-option value" per line, replacing the configuration's own;
#   - CUDA graphs are off (BITNET_CUDA_GRAPHS=0): the simulator has no graph API;
#   - the simulator's own chatter ("GPGPU-Sim ...") is dropped from the output
#     unless GPGPUSIM_VERBOSE=1; GPGPUSIM_LOG=file keeps all of it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(realpath "$1")"
shift
libdir="${GPGPUSIM_LIBDIR:-$("$root/scripts/build-gpgpu-sim.sh" 2>/dev/null | tail -1)}"
[ -f "$libdir/libcudart.so" ] || { echo "cuda-sim-exec: no libcudart.so in '$libdir' (run make cuda-sim)" >&2; exit 1; }
# The configuration comes from the build (libdir is <root>/lib/<gcc>/<cuda>/release),
# where the patches have fixed it, not from the unpatched upstream/ tree.
cfgsrc="${libdir%/lib/*}/configs/tested-cfgs/SM75_RTX2060"
[ -f "$cfgsrc/gpgpusim.config" ] || { echo "cuda-sim-exec: no $cfgsrc/gpgpusim.config (run make cuda-sim)" >&2; exit 1; }
mode="${GPGPUSIM_PTX_MODE:-1}"
case "$mode" in 0 | 1) ;; *) echo "cuda-sim-exec: GPGPUSIM_PTX_MODE must be 0 or 1, not '$mode'" >&2; exit 1 ;; esac

work="$(mktemp -d "${TMPDIR:-/tmp}/bitnet-gpgpusim.XXXXXX")"
trap 'rm -rf "$work"' EXIT
sed -e "s/^-gpgpu_ptx_sim_mode .*/-gpgpu_ptx_sim_mode $mode/" "$cfgsrc/gpgpusim.config" >"$work/gpgpusim.config"
grep -q "^-gpgpu_ptx_sim_mode $mode\$" "$work/gpgpusim.config"
while read -r opt val; do
	[ -n "$opt" ] || continue
	case "$opt" in -[a-z]*) ;; *) echo "cuda-sim-exec: bad GPGPUSIM_SET line '$opt $val'" >&2; exit 1 ;; esac
	grep -v -e "^$opt " "$work/gpgpusim.config" >"$work/cfg.tmp" || true
	printf '%s %s\n' "$opt" "$val" >>"$work/cfg.tmp"
	mv "$work/cfg.tmp" "$work/gpgpusim.config"
done <<<"${GPGPUSIM_SET:-}"
cp "$cfgsrc"/*.icnt "$work/"

export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# What GPGPU-Sim's setup_environment exports for CUDA >= 6: cuobjdump comes from
# $CUDA_INSTALL_PATH/bin, and a non-empty CUOBJDUMP_SIM_FILE selects the
# per-file PTX extraction (without it the loader finds no PTX section and aborts).
export CUDA_INSTALL_PATH="${CUDA_INSTALL_PATH:-$(dirname "$(dirname "$(command -v cuobjdump)")")}"
export CUOBJDUMP_SIM_FILE=jj
export BITNET_CUDA_GRAPHS=0
export BITNET_GPGPUSIM=1 # the tests say they ran on the simulator
cd "$work"
# The simulator prints through C stdio: line-buffer it (stdbuf) so that its
# lines never split the test binary's own (unbuffered) output lines.
run=(stdbuf -oL -eL "$bin" "$@")
if [ "${GPGPUSIM_VERBOSE:-0}" = 1 ]; then
	exec "${run[@]}"
fi
sim_lines='^(GPGPU-Sim|GPGPU-sim|gpgpu_|-[a-zA-Z_]|\*\*\* |self exe links|Extracting|Running md5sum|[0-9a-f]{32}  |Parsing|Loading|Adding|Finished|DEBUG|Warning: ptxinfo|kernel_|event update|Destroy streams|Processing kernel|Shader [0-9]|Kernel |Maximum size is|Max CTA|padded cta|Calculate Maxium|addr_dec_mask|sub_partition_id_mask|Total number of memory|DRAM Timing Options:|[A-Za-z0-9_]+ +.* # |[[:space:]]+(\*\*\* GPGPU-Sim|1=functional)|11\.0$|$)'
set +e
"${run[@]}" 2>&1 | tee ${GPGPUSIM_LOG:+"$GPGPUSIM_LOG"} | grep --line-buffered -a -v -E "$sim_lines"
rc=${PIPESTATUS[0]}
exit "$rc"
