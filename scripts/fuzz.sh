#!/usr/bin/env bash
# Runs every fuzz target for a while each: scripts/fuzz.sh 10s [packages...]
# (default ./...); a budget like 20000x counts executions instead of time.
# FUZZ_TAGS=cuda also builds the files behind that tag. Targets are listed by
# `go test -list`, so a file excluded by its build tags contributes none.
#
# A duration budget can end in a bare "context deadline exceeded" with no
# failing input: a shutdown race in Go's fuzzing coordinator, not a finding
# (seen in CI on FuzzF32ToF16; CI therefore uses count budgets, which carry no
# deadline). Such a run is retried once; a run that writes
# a failing input, panics or fails twice fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
t="${1:-10s}"
shift || true
pkgs=("${@:-./...}")
tags=()
if [ -n "${FUZZ_TAGS:-}" ]; then tags=(-tags "$FUZZ_TAGS"); fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
fuzz_one() {
  go test "${tags[@]}" "$1" -run '^$' -fuzz "^${2}\$" -fuzztime "$t" -parallel 1 >"$log" 2>&1
}
n=0
for pkg in $(go list "${tags[@]}" "${pkgs[@]}"); do
  for fz in $(go test "${tags[@]}" -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "fuzz $pkg $fz ($t)"
    if ! fuzz_one "$pkg" "$fz"; then
      if grep -q 'context deadline exceeded' "$log" && ! grep -qE 'Failing input written|panic:|--- FAIL: .*/' "$log"; then
        echo "fuzz.sh: $fz ended in the fuzzing coordinator's deadline race with no failing input; retrying once"
        if ! fuzz_one "$pkg" "$fz"; then
          cat "$log"
          exit 1
        fi
      else
        cat "$log"
        exit 1
      fi
    fi
    grep -E 'elapsed|PASS|ok' "$log" | tail -1 || true
    n=$((n + 1))
  done
done
if [ "$n" -eq 0 ]; then
  echo "fuzz.sh: no fuzz targets found in ${pkgs[*]}" >&2
  exit 1
fi
echo "fuzz.sh: $n targets, $t each"
