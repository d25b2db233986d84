#!/usr/bin/env bash
# gpu-check.sh: the CUDA backend's checks on a GPU machine, prepared here.
#
#   scripts/gpu-check.sh build   (needs nvcc and Go; no GPU) builds, under gpu/:
#       cuda.test   the cuda package's tests (parity vs the CPU, kernel tests)
#       cudabench   per-kernel bandwidth, prefill pp512 and decode on 2B shapes
#       bitnet      the CLI built with -tags cuda
#       selftest    the kernels' host-only layout self-test
#       cpu.test    the CPU backend's kernel tests: the GPU host's CPU usually
#                   has AVX512-VNNI, which the CI machines lack
#   scripts/gpu-check.sh run     (on the GPU machine; no Go needed) runs them
#       in about 5 minutes, writing full logs to $OUT (or gpu/out) and
#       printing a summary table last.
#
# The 2B-shaped model for the benchmarks is generated in memory by cudabench
# (random weights, ~1.2 GB), so nothing large travels with the binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
	make cuda
	make -C kernels build/selftest
	rm -rf gpu # unpacked binaries of an earlier run would be carried too
	mkdir -p gpu
	export CGO_CFLAGS="${CGO_CFLAGS:--O2 -g} -Wno-deprecated-declarations"
	# Go's build cache does not see a rebuilt library named by -l: key the link
	# on the kernels' content (a -L directory that need not exist).
	export CGO_LDFLAGS="${CGO_LDFLAGS:-} -L$PWD/kernels/build/key-$(sha256sum kernels/build/libbitnetcuda.a | cut -c1-16)"
	local ld='-s -w'
	go test -tags cuda -c -ldflags "$ld" -o gpu/cuda.test ./cuda
	go build -tags cuda -ldflags "$ld" -o gpu/cudabench ./cuda/cmd/cudabench
	go build -tags cuda -ldflags "$ld" -o gpu/bitnet ./cmd/bitnet
	go test -c -ldflags "$ld" -o gpu/cpu.test ./cpu
	cp kernels/build/selftest gpu/selftest
	# The device tool carries at most 64 MiB: ship the binaries gzipped (run
	# unpacks them), about half their size.
	local b
	for b in cuda.test cudabench bitnet selftest cpu.test; do
		gzip -9 -f "gpu/$b"
	done
	du -ch gpu/*.gz
	local kib
	kib=$(du -ck gpu/*.gz | tail -1 | cut -f1)
	if [ "$kib" -gt $((60 * 1024)) ]; then
		echo "gpu/ is ${kib} KiB: over the 60 MiB carry budget" >&2
		exit 1
	fi
	echo "built gpu/ (${kib} KiB); on the GPU machine run: scripts/gpu-check.sh run (carry: gpu)"
}

run() {
	local out="${OUT:-gpu/out}"
	mkdir -p "$out"
	local z
	for z in gpu/*.gz; do
		[ -e "$z" ] || continue
		gunzip -kf "$z" && chmod +x "${z%.gz}"
	done
	local status=0
	echo "== device"
	nvidia-smi --query-gpu=name,memory.total,memory.used,driver_version,clocks.sm,clocks.max.sm --format=csv || true
	gpu/bitnet devices || status=1

	echo "== kernels self-test (host)"
	gpu/selftest || status=1

	echo "== go tests (parity and kernels): log in $out/tests.log"
	if ! timeout 200 gpu/cuda.test -test.v -test.count=1 -test.timeout 190s >"$out/tests.log" 2>&1; then
		status=1
	fi
	# Failures, skips and every measured parity number; then the totals.
	grep -E -- '--- FAIL|SKIP: |panic|max rel|top-1|engine info|chunked' "$out/tests.log" | grep -v -- '--- PASS' | head -60 || true
	grep -E -c -- '--- PASS' "$out/tests.log" | sed 's/^/passed: /' || true
	grep -E -c -- '--- FAIL' "$out/tests.log" | sed 's/^/failed: /' || true
	tail -3 "$out/tests.log"

	echo "== CPU kernels on this host (the AVX512-VNNI set runs where the CPU has it): log in $out/cpu.log"
	grep -o -m1 -w 'avx512_vnni' /proc/cpuinfo || echo "this CPU has no AVX512-VNNI"
	local outabs
	outabs=$(cd "$out" && pwd)
	if ! (cd cpu && timeout 120 ../gpu/cpu.test -test.count=1 -test.v \
		-test.run 'Gemv|Gemm8|Matmul|LUT|Quantize|Head|Float|Finish|KnownAnswer|KernelSelection|WidenF16|ThreadCount|Fixture' \
		>"$outabs/cpu.log" 2>&1); then
		status=1
		grep -E -- '--- FAIL|panic' "$out/cpu.log" | head -20
	fi
	grep -E -- '--- (PASS|SKIP|FAIL): Test[A-Za-z0-9]+/avx512vnni' "$out/cpu.log" | head -20 || true
	tail -1 "$out/cpu.log"

	echo "== CLI on the GPU"
	if gpu/bitnet synth -preset tiny -o /tmp/bitnet-tiny.gguf >/dev/null 2>&1; then
		gpu/bitnet run -m /tmp/bitnet-tiny.gguf -p hello -n 16 --temp 0 --ignore-eos --device cuda:0 --precision fp16 \
			>"$out/cli.out" 2>"$out/cli.err" || { status=1; cat "$out/cli.err"; }
		grep -E "loaded|generated" "$out/cli.err" || true
	else
		echo "bitnet synth unavailable: CLI check skipped"
	fi

	echo "== benchmarks: log in $out/bench.log"
	if ! timeout 240 gpu/cudabench -device 0 >"$out/bench.log" 2>&1; then
		status=1
	fi
	cat "$out/bench.log"
	echo "gpu-check: exit status $status"
	return "$status"
}

case "${1:-}" in
build) build ;;
run) run ;;
*)
	echo "usage: $0 build|run" >&2
	exit 2
	;;
esac
