#!/usr/bin/env bash
# gpu-check.sh: the CUDA backend's checks on a GPU machine, prepared here.
#
#   scripts/gpu-check.sh build [PART...]   (needs nvcc and Go; no GPU) builds
#       the parts under gpu/ (default: tests bench):
#       tests   gpu/cuda.test (the cuda package: parity vs the CPU, kernels,
#               chunk boundaries) and gpu/bitnet.test (the library on the
#               CUDA engine: shared steps and the prefix cache against runs
#               alone; device sampling)
#       bench   gpu/cudabench: per-kernel bandwidth, prefill pp512, decode,
#               and decode in shared steps of 1 to 64 sequences, 2B shapes
#       cli     gpu/bitnet, the CLI built with -tags cuda; run then also
#               serves a 2B-shaped model under load (loadtest -verify: the
#               texts under load equal the texts alone; the prefix cache)
#       cpu     gpu/cpu.test, the CPU backend's kernel tests, for a GPU host
#               whose CPU has kernel sets no other machine has
#       and always gpu/selftest, the kernels' host-only layout self-test.
#   scripts/gpu-check.sh run     (on the GPU machine; no Go needed) runs what
#       was built, and compute-sanitizer's memcheck over a selection of the
#       tests: a few minutes on an H200 (each part has its own timeout),
#       writing full logs to $OUT (or gpu/out). MEMCHECK=0 skips memcheck.
#
# The device tool carries at most 64 MiB, the tracked files included (about
# 48 MiB, most of it the vendored simulator): build refuses a gpu/ that does
# not fit beside them. The parts are ~3-7 MB each, compressed: build them a
# few at a time, one device call each.
#
# The 2B-shaped models of the benchmarks and the server are generated on the
# GPU machine (random weights), so nothing large travels with the binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
	local parts=("$@")
	[ ${#parts[@]} -gt 0 ] || parts=(tests bench)
	local p
	for p in "${parts[@]}"; do
		case "$p" in
		tests | bench | cli | cpu) ;;
		*)
			echo "unknown part $p (tests, bench, cli, cpu)" >&2
			exit 2
			;;
		esac
	done
	has() { [[ " ${parts[*]} " == *" $1 "* ]]; }
	make cuda
	make -C kernels build/selftest
	rm -rf gpu # unpacked binaries of an earlier run would be carried too
	mkdir -p gpu
	export CGO_CFLAGS="${CGO_CFLAGS:--O2 -g} -Wno-deprecated-declarations"
	# Go's build cache does not see a rebuilt library named by -l: key the link
	# on the kernels' content (a -L directory that need not exist).
	export CGO_LDFLAGS="${CGO_LDFLAGS:-} -L$PWD/kernels/build/key-$(sha256sum kernels/build/libbitnetcuda.a | cut -c1-16)"
	local ld='-s -w'
	if has tests; then
		go test -tags cuda -c -ldflags "$ld" -o gpu/cuda.test ./cuda
		go test -tags cuda -c -ldflags "$ld" -o gpu/bitnet.test ./bitnet
	fi
	if has bench; then
		go build -tags cuda -ldflags "$ld" -o gpu/cudabench ./cuda/cmd/cudabench
	fi
	if has cli; then
		go build -tags cuda -ldflags "$ld" -o gpu/bitnet ./cmd/bitnet
	fi
	if has cpu; then
		go test -c -ldflags "$ld" -o gpu/cpu.test ./cpu
	fi
	cp kernels/build/selftest gpu/selftest
	# The device tool carries at most 64 MiB: ship the binaries xz-compressed
	# (run unpacks them), about 0.4 of their size (gzip: 0.55).
	local b
	for b in gpu/*; do
		xz -9 -T0 -f "$b"
	done
	du -ch gpu/*.xz
	local kib tree
	kib=$(du -ck gpu/*.xz | tail -1 | cut -f1)
	tree=$(git ls-files -z | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1)
	tree=$((tree / 1024))
	# 512 KiB to spare for untracked files the tool would carry too.
	if [ $((kib + tree + 512)) -gt $((64 * 1024)) ]; then
		echo "gpu/ is ${kib} KiB and the tracked files ${tree} KiB: over the 64 MiB the device tool carries; build fewer parts" >&2
		exit 1
	fi
	echo "built gpu/ (${kib} KiB; tracked files ${tree} KiB); on the GPU machine run: scripts/gpu-check.sh run (carry: gpu)"
}

# serve runs `bitnet serve` on a 2B-shaped synthetic model and load-tests
# it: a mix of prompt lengths with abandoned streams, 512-token prompts, and
# prompts behind a shared system prompt (the prefix cache), each with
# -verify (the requests re-sent alone must get the same greedy texts), then
# throughput at 1, 8 and 64 clients. Logs in $1/serve.log (the server) and
# $1/serve-loadtest.log.
serve() {
	local out="$1" port=18080 pid rc=0
	echo "== server on the GPU under load: logs in $out/serve.log, $out/serve-loadtest.log"
	# The preset and device can be changed to try this stage on a CPU.
	if ! timeout 120 gpu/bitnet synth -preset "${SERVE_PRESET:-2b}" -quiet -o /tmp/m2b.gguf; then
		echo "synth failed"
		return 1
	fi
	gpu/bitnet serve -m /tmp/m2b.gguf -device "${SERVE_DEVICE:-cuda:0}" -c 2048 -slots 64 -addr "127.0.0.1:$port" >"$out/serve.log" 2>&1 &
	pid=$!
	local i
	for i in $(seq 120); do
		curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
		sleep 0.5
	done
	local lt=(gpu/bitnet loadtest -url "http://127.0.0.1:$port" -bench -progress 0)
	local runs=(
		"-c 16 -n 32 -max-tokens 64 -prompt-tokens 16,128,512 -cancel 0.3 -verify 16"
		"-c 8 -n 16 -max-tokens 64 -prompt-tokens 512 -verify 8"
		"-c 8 -n 24 -max-tokens 32 -shared-tokens 700 -prompt-tokens 900 -verify 12"
		"-c 8 -n 24 -max-tokens 32 -shared-tokens 300 -prompt-tokens 513 -verify 12"
		"-c 1 -n 1 -max-tokens 128"
		"-c 8 -n 8 -max-tokens 128"
		"-c 64 -n 64 -max-tokens 128"
	)
	local r n=0
	for r in "${runs[@]}"; do
		n=$((n + 1))
		echo "-- loadtest $r"
		# shellcheck disable=SC2086
		if ! timeout 90 "${lt[@]}" $r >"/tmp/serve-$n.log" 2>&1; then
			rc=1
		fi
		grep -E "^(elapsed|time to first|served from|re-sent|verdict|loadtest:)" "/tmp/serve-$n.log" || tail -3 "/tmp/serve-$n.log"
		# One file for all runs: the device tool brings back at most 8.
		{
			echo "-- loadtest $r"
			cat "/tmp/serve-$n.log"
		} >>"$out/serve-loadtest.log"
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	return "$rc"
}

run() {
	local out="${OUT:-gpu/out}"
	mkdir -p "$out"
	local z
	for z in gpu/*.xz; do
		[ -e "$z" ] || continue
		if command -v xz >/dev/null; then
			xz -dkf "$z"
		else
			python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[1][:-3], "wb"))' "$z"
		fi
		chmod +x "${z%.xz}"
	done
	local status=0 outdir
	outdir=$(cd "$out" && pwd)
	echo "== device"
	nvidia-smi --query-gpu=name,memory.total,memory.used,driver_version,clocks.sm,clocks.max.sm --format=csv || true
	if [ -x gpu/bitnet ]; then gpu/bitnet devices || status=1; fi

	echo "== kernels self-test (host)"
	gpu/selftest || status=1

	echo "== go tests (parity and kernels): log in $out/tests.log"
	if [ ! -x gpu/cuda.test ]; then
		echo "not built (part tests)"
	else
		if ! timeout 200 gpu/cuda.test -test.v -test.count=1 -test.timeout 190s >"$out/tests.log" 2>&1; then
			status=1
		fi
		# Failures, skips and every measured parity number; then the totals.
		grep -E -- '--- FAIL|SKIP: |panic|max rel|top-1|engine info|chunked|one-token call' "$out/tests.log" | grep -v -- '--- PASS' | head -60 || true
		grep -E -c -- '--- PASS' "$out/tests.log" | sed 's/^/passed: /' || true
		grep -E -c -- '--- FAIL' "$out/tests.log" | sed 's/^/failed: /' || true
		tail -3 "$out/tests.log"
	fi

	echo "== library tests on the GPU: log in $out/bitnet.log"
	if [ ! -x gpu/bitnet.test ]; then
		echo "not built (part tests)"
	else
		if ! (cd bitnet && timeout 200 ../gpu/bitnet.test -test.v -test.count=1 -test.timeout 190s \
			-test.run 'CUDA$|TestDeviceSampling' >"$outdir/bitnet.log" 2>&1); then
			status=1
		fi
		grep -E -- '^(--- |ok|FAIL|PASS)|SKIP: |panic|would have given' "$outdir/bitnet.log" | head -20 || true
	fi

	echo "== CLI on the GPU"
	if [ ! -x gpu/bitnet ]; then
		echo "not built (part cli)"
	elif gpu/bitnet synth -preset tiny -o /tmp/bitnet-tiny.gguf >/dev/null 2>&1; then
		gpu/bitnet run -m /tmp/bitnet-tiny.gguf -p hello -n 16 --temp 0 --ignore-eos --device cuda:0 --precision fp16 \
			>"$out/cli.out" 2>"$out/cli.err" || { status=1; cat "$out/cli.err"; }
		grep -E "loaded|generated" "$out/cli.err" || true
	else
		echo "bitnet synth unavailable: CLI check skipped"
	fi

	echo "== benchmarks: log in $out/bench.log"
	if [ ! -x gpu/cudabench ]; then
		echo "not built (part bench)"
	else
		if ! timeout 220 gpu/cudabench -device 0 >"$out/bench.log" 2>&1; then
			status=1
		fi
		cat "$out/bench.log"
	fi
	if [ -x gpu/bitnet ]; then
		serve "$outdir" || status=1
	fi
	# compute-sanitizer's memcheck (out-of-bounds and misaligned accesses,
	# leaks, API errors) over the kernel tests and a model's parity and
	# batched passes; it slows kernels many times, hence the selection.
	echo "== memcheck: log in $out/memcheck.log"
	local san
	san=$(command -v compute-sanitizer || ls /usr/local/cuda*/bin/compute-sanitizer 2>/dev/null | head -1 || true)
	if [ "${MEMCHECK:-1}" = 0 ]; then
		echo "skipped (MEMCHECK=0)"
	elif [ ! -x gpu/cuda.test ]; then
		echo "not built (part tests)"
	elif [ -n "$san" ]; then
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
		echo "not built (part cpu)"
	fi
	echo "gpu-check: exit status $status"
	return "$status"
}

case "${1:-}" in
build)
	shift
	build "$@"
	;;
run) run ;;
*)
	echo "usage: $0 build [tests|bench|cli|cpu ...] | run" >&2
	exit 2
	;;
esac
