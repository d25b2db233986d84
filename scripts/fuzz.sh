#!/usr/bin/env bash
# Runs every fuzz target for a while each: scripts/fuzz.sh 10s [packages...]
# (default ./...). FUZZ_TAGS=cuda also builds the files behind that tag.
# Targets are listed by `go test -list`, so a file excluded by its build tags
# contributes none.
set -euo pipefail
cd "$(dirname "$0")/.."
t="${1:-10s}"
shift || true
pkgs=("${@:-./...}")
tags=()
if [ -n "${FUZZ_TAGS:-}" ]; then tags=(-tags "$FUZZ_TAGS"); fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
n=0
for pkg in $(go list "${tags[@]}" "${pkgs[@]}"); do
  for fz in $(go test "${tags[@]}" -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "fuzz $pkg $fz ($t)"
    if ! go test "${tags[@]}" "$pkg" -run '^$' -fuzz "^${fz}\$" -fuzztime "$t" -parallel 1 >"$log" 2>&1; then
      cat "$log"
      exit 1
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
