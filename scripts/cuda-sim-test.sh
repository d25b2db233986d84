#!/usr/bin/env bash
# Runs the CUDA tests on GPGPU-Sim (no GPU needed): builds the simulator
# (cached, scripts/build-gpgpu-sim.sh), the kernels as compute_75 PTX
# (make -C kernels sim), and runs `go test -tags "cuda cudasim"` through
# scripts/cuda-sim-exec.sh. Arguments go to go test; the default runs the whole
# cuda package with verbose output. The tests choose their smaller simulator
# case lists themselves (onSimulator in the cudasim build). GPGPUSIM_LIBDIR
# names another simulator build's library directory (a scratch build) instead.
#   scripts/cuda-sim-test.sh
#   scripts/cuda-sim-test.sh -run 'TestKernelHead' -v ./cuda
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
GPGPUSIM_LIBDIR="${GPGPUSIM_LIBDIR:-$(./scripts/build-gpgpu-sim.sh | tail -1)}"
export GPGPUSIM_LIBDIR
make -s -C kernels sim
# Go's build cache does not see a change inside a library named by -l: key the
# link on the kernels' content (a -L directory that need not exist), so a
# rebuilt kernels/build-sim/libbitnetcuda.a is always linked in.
libsum=$(sha256sum kernels/build-sim/libbitnetcuda.a | cut -c1-16)
export CGO_LDFLAGS="${CGO_LDFLAGS:-} -L$root/kernels/build-sim/key-$libsum"
# go-nvml's cgo warns about deprecated NVML functions it wraps and we never call.
export CGO_CFLAGS="${CGO_CFLAGS:--O2 -g} -Wno-deprecated-declarations"
if [ $# -eq 0 ]; then
	set -- -count=1 -v -timeout 90m ./cuda
fi
# The simulator is CPU-bound; on a shared machine leave the others room.
exec nice -n "${GPGPUSIM_NICE:-10}" go test -tags 'cuda cudasim' -exec "$root/scripts/cuda-sim-exec.sh" "$@"
