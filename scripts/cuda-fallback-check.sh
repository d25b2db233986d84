#!/usr/bin/env bash
# cuda-fallback-check.sh: on a machine without a GPU (CI), a bitnet binary
# built with -tags cuda must start, list devices, and run a model with
# --device auto on the CPU, saying on stderr why the GPU was not used.
# Needs nvcc (make cuda) and Go; no GPU, no driver.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

make cuda
# go-nvml's cgo prints deprecation warnings for NVML functions we never call.
export CGO_CFLAGS="${CGO_CFLAGS:--O2 -g} -Wno-deprecated-declarations"
go build -tags cuda -o "$tmp/bitnet" ./cmd/bitnet

echo "== bitnet devices"
set +e
"$tmp/bitnet" devices
code=$?
set -e
# Exit 2 is "unknown command" while the subcommand is not wired; a signal is a crash.
if [ "$code" -ne 0 ] && [ "$code" -ne 2 ]; then
	echo "FAIL: bitnet devices exited $code" >&2
	exit 1
fi

echo "== bitnet synth -preset tiny"
"$tmp/bitnet" synth -preset tiny -o "$tmp/tiny.gguf"

echo "== bitnet run --device auto"
if ! "$tmp/bitnet" run -m "$tmp/tiny.gguf" -p hello -n 8 --device auto >"$tmp/stdout" 2>"$tmp/stderr"; then
	cat "$tmp/stderr"
	echo "FAIL: bitnet run --device auto exited non-zero" >&2
	exit 1
fi
cat "$tmp/stderr"
if ! grep -q "using the CPU: .*no usable CUDA device: ." "$tmp/stderr"; then
	echo "FAIL: stderr does not name the fallback reason" >&2
	exit 1
fi
# An explicit GPU request must fail cleanly (non-zero exit, no crash).
set +e
"$tmp/bitnet" run -m "$tmp/tiny.gguf" -p hello -n 2 --device cuda:0 >/dev/null 2>"$tmp/stderr2"
code=$?
set -e
if [ "$code" -eq 0 ] || [ "$code" -ge 128 ]; then
	cat "$tmp/stderr2"
	echo "FAIL: --device cuda:0 without a GPU exited $code (want an error, not success or a signal)" >&2
	exit 1
fi
echo "OK: CUDA build falls back to the CPU: $(grep -o 'using the CPU: .*' "$tmp/stderr")"
