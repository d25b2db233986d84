#!/usr/bin/env bash
# Builds the vendored GPGPU-Sim (third_party/gpgpu-sim/upstream plus the patches in
# third_party/gpgpu-sim/patches) into a cache directory outside the repository, keyed
# by a hash of that source, and prints the directory holding libcudart.so.
#
# The cache lets CI on one machine reuse the build and rebuilds whenever the
# source, a patch or this script changes. Override the location with
# GPGPUSIM_CACHE; set GPGPUSIM_JOBS for the make parallelism (default 2).
#
# Only what the tests load is built: libcudart.so (the functional and the
# performance model), without the AccelWattch power model (the configurations
# the project uses keep power simulation off; patch 0007), without debug
# information (patch 0008) and without the cuobjdump_to_ptxplus tool (the PTX
# is run as PTX, -gpgpu_ptx_convert_to_ptxplus 0). docs/CUDA.md has the times.
#
# Usage: scripts/build-gpgpu-sim.sh [--print-libdir]
#   the last line of output is always the library directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/third_party/gpgpu-sim"
jobs="${GPGPUSIM_JOBS:-2}"

# nvcc 11.8 (Debian's nvidia-cuda-toolkit) is what the simulator's PTX loader is
# built against; it is only needed for its headers and version string here.
if ! command -v nvcc >/dev/null; then
	echo "build-gpgpu-sim: nvcc not found (run scripts/install-cuda.sh)" >&2
	exit 1
fi
for tool in bison flex g++ makedepend; do
	command -v "$tool" >/dev/null || { echo "build-gpgpu-sim: $tool not found (apt-get install bison flex g++ zlib1g-dev xutils-dev)" >&2; exit 1; }
done

# The key covers every vendored file and every patch, by content and path, and
# this script (which decides what is built and how).
key=$({
	cd "$vendor" && find upstream patches -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
	sha256sum <"$root/scripts/build-gpgpu-sim.sh"
} | sha256sum | cut -c1-16)
cache="${GPGPUSIM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bitnet-go}"
dir="$cache/gpgpu-sim-$key"
libdir_file="$dir/libdir"

if [ -f "$dir/.done" ] && [ -f "$(cat "$libdir_file")/libcudart.so" ]; then
	echo "build-gpgpu-sim: cached build $dir" >&2
	cat "$libdir_file"
	exit 0
fi

echo "build-gpgpu-sim: building GPGPU-Sim into $dir (make -j$jobs)" >&2
# An interrupted build resumes (make is incremental) once the patches are in.
if [ ! -f "$dir/.patched" ]; then
	rm -rf "$dir"
	mkdir -p "$dir"
	cp -a "$vendor/upstream" "$dir/src"
	for p in "$vendor"/patches/*.patch; do
		[ -e "$p" ] || continue
		echo "build-gpgpu-sim: applying $(basename "$p")" >&2
		patch -d "$dir/src" -p1 --quiet --forward <"$p"
	done
	touch "$dir/.patched"
fi

start=$(date +%s)
(
	cd "$dir/src"
	# setup_environment wants CUDA_INSTALL_PATH/bin/nvcc; Debian installs nvcc in /usr/bin.
	export CUDA_INSTALL_PATH="${CUDA_INSTALL_PATH:-$(dirname "$(dirname "$(command -v nvcc)")")}"
	set +eu
	# shellcheck disable=SC1091
	source setup_environment release >"$dir/setup.log" 2>&1 || { cat "$dir/setup.log" >&2; exit 1; }
	set -eu
	# setup_environment turns the power model on whenever src/accelwattch
	# exists; nothing here uses it.
	unset GPGPUSIM_POWER_MODEL
	# The library alone, not the default target (which adds cuobjdump_to_ptxplus).
	make -j"$jobs" "lib/$GPGPUSIM_CONFIG/libcudart.so" >"$dir/build.log" 2>&1 || { tail -40 "$dir/build.log" >&2; exit 1; }
	echo "$GPGPUSIM_ROOT/lib/$GPGPUSIM_CONFIG" >"$libdir_file"
)
echo "build-gpgpu-sim: built in $(( $(date +%s) - start )) s" >&2
touch "$dir/.done"
cat "$libdir_file"
