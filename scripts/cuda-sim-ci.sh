#!/usr/bin/env bash
# CI's run of the CUDA tests on GPGPU-Sim: the whole ./cuda package in two
# shards side by side. The simulator is single-threaded, so on a 2-core machine
# two test processes take about half the time of one (each runs in its own
# scratch directory; scripts/cuda-sim-exec.sh). Shard A runs the tests named in
# SHARD_A, shard B every other test (go test -skip), so a new test always runs
# somewhere. The split balances the measured durations (docs/CUDA.md).
# Logs: $LOGDIR/cuda-sim-{a,b}.log (default /tmp). Exit status non-zero unless
# both shards end with "ok".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
logdir="${LOGDIR:-/tmp}"
SHARD_A='^(TestChunkBoundaries|TestForwardBatch|TestForwardBatchFamilies|TestKernelMatmul|TestKernelHead|TestKernelStore|TestKernelAttention|TestStateBytesMatchesDevice|TestStateErrors|TestConcurrentStates|TestParityMixedPrecision)$'

# Build the simulator, the kernels and the test binary once, before the shards
# start (two concurrent builds would race on kernels/build-sim).
./scripts/cuda-sim-test.sh -count=1 -run '^$' ./cuda >/dev/null

filter='^(=== RUN|--- |ok|FAIL|PASS|panic)|cuda tests:|SKIP|max rel|top-1'
./scripts/cuda-sim-test.sh -count=1 -v -timeout 45m -run "$SHARD_A" ./cuda >"$logdir/cuda-sim-a.log" 2>&1 &
pa=$!
./scripts/cuda-sim-test.sh -count=1 -v -timeout 45m -skip "$SHARD_A" ./cuda >"$logdir/cuda-sim-b.log" 2>&1 &
pb=$!
rca=0 rcb=0
wait "$pa" || rca=$?
wait "$pb" || rcb=$?
fail=0
for s in a b; do
	log="$logdir/cuda-sim-$s.log"
	echo "--- shard $s ($log)"
	grep -a -E -- "$filter" "$log" || true
	if ! grep -q '^ok ' "$log"; then
		echo "cuda tests on GPGPU-Sim failed in shard $s (full log: $log)"
		tail -50 "$log"
		fail=1
	fi
done
[ "$rca" -eq 0 ] && [ "$rcb" -eq 0 ] && [ "$fail" -eq 0 ]
