#!/usr/bin/env bash
# gpu-check.sh: the CUDA backend's checks on a GPU machine, prepared here.
#
#   scripts/gpu-check.sh build   (needs nvcc and Go; no GPU) builds, under gpu/:
#       cuda.test   the cuda package's tests (parity vs the CPU, kernel tests)
#       cudabench   per-kernel bandwidth, prefill pp512, decode, and decode in
#                   shared steps of 1 to 64 sequences, on 2B shapes
#       bitnet      (with GPU_CHECK_CLI=1) the CLI built with -tags cuda
#       selftest    the kernels' host-only layout self-test
#       cpu.test    (with GPU_CHECK_CPU=1) the CPU backend's kernel tests, for
#                   a GPU host whose CPU has kernel sets no other machine has
#   scripts/gpu-check.sh run     (on the GPU machine; no Go needed) runs them
#       and compute-sanitizer's memcheck over a selection of the tests: about
#       a minute on an H200, at most about 9 (each part has its own timeout),
#       writing full logs to $OUT (or gpu/out).
#
# The device tool carries at most 64 MiB, the tracked files included (about
# 48 MiB, most of it the vendored simulator): gpu/ must stay under ~15 MiB.
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
	if [ -n "${GPU_CHECK_CLI:-}" ]; then
		go build -tags cuda -ldflags "$ld" -o gpu/bitnet ./cmd/bitnet
	fi
	if [ -n "${GPU_CHECK_CPU:-}" ]; then
		go test -c -ldflags "$ld" -o gpu/cpu.test ./cpu
	fi
	cp kernels/build/selftest gpu/selftest
	# The device tool carries at most 64 MiB: ship the binaries gzipped (run
	# unpacks them), about half their size.
	local b
	for b in gpu/*; do
		gzip -9 -f "$b"
	done
	du -ch gpu/*.gz
	local kib
	kib=$(du -ck gpu/*.gz | tail -1 | cut -f1)
	if [ "$kib" -gt $((15 * 1024)) ]; then
		echo "gpu/ is ${kib} KiB: over its 15 MiB share of the 64 MiB the device tool carries" >&2
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
	if [ -x gpu/bitnet ]; then gpu/bitnet devices || status=1; fi

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

	echo "== CLI on the GPU"
	if [ ! -x gpu/bitnet ]; then
		echo "not built (GPU_CHECK_CLI=1 scripts/gpu-check.sh build builds it)"
	elif gpu/bitnet synth -preset tiny -o /tmp/bitnet-tiny.gguf >/dev/null 2>&1; then
		gpu/bitnet run -m /tmp/bitnet-tiny.gguf -p hello -n 16 --temp 0 --ignore-eos --device cuda:0 --precision fp16 \
			>"$out/cli.out" 2>"$out/cli.err" || { status=1; cat "$out/cli.err"; }
		grep -E "loaded|generated" "$out/cli.err" || true
	else
		echo "bitnet synth unavailable: CLI check skipped"
	fi

	echo "== benchmarks: log in $out/bench.log"
	if ! timeout 220 gpu/cudabench -device 0 >"$out/bench.log" 2>&1; then
		status=1
	fi
	cat "$out/bench.log"
	# compute-sanitizer's memcheck (out-of-bounds and misaligned accesses,
	# leaks, API errors) over the kernel tests and a model's parity and
	# batched passes; it slows kernels many times, hence the selection.
	echo "== memcheck: log in $out/memcheck.log"
	local san
	san=$(command -v compute-sanitizer || ls /usr/local/cuda*/bin/compute-sanitizer 2>/dev/null | head -1 || true)
	if [ -n "$san" ]; then
		if ! timeout 110 "$san" --tool memcheck --leak-check full --error-exitcode 3 \
			gpu/cuda.test -test.count=1 -test.run 'TestKernel|TestForwardBatch$|TestParityFP32' >"$out/memcheck.log" 2>&1; then
			status=1
		fi
		grep -E "ERROR SUMMARY|LEAK SUMMARY|^(ok|PASS|FAIL)" "$out/memcheck.log" | tail -5 || true
		grep -E -m5 "Invalid|out of bounds|misaligned" "$out/memcheck.log" || true
	else
		echo "compute-sanitizer not found"
	fi

	echo "== CPU kernels on this host: log in $out/cpu.log"
	if [ -x gpu/cpu.test ]; then
		grep -o -m1 -w 'avx512_vnni' /proc/cpuinfo || echo "this CPU has no AVX512-VNNI"
		local outabs
		outabs=$(cd "$out" && pwd)
		if ! (cd cpu && timeout 90 ../gpu/cpu.test -test.count=1 -test.v \
			-test.run 'Gemv|Gemm8|Matmul|LUT|Quantize|Head|Float|Finish|KnownAnswer|KernelSelection|WidenF16|ThreadCount|Fixture' \
			>"$outabs/cpu.log" 2>&1); then
			status=1
			grep -E -- '--- FAIL|panic' "$out/cpu.log" | head -20
		fi
		tail -1 "$out/cpu.log"
	else
		echo "not built (GPU_CHECK_CPU=1 scripts/gpu-check.sh build builds it)"
	fi
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
