#!/usr/bin/env bash
# Runs every fuzz target in the module for a while each: scripts/fuzz.sh 10s
set -euo pipefail
cd "$(dirname "$0")/.."
t="${1:-10s}"
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for fz in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz $pkg $fz ($t)"
    go test "$pkg" -run '^$' -fuzz "^${fz}\$" -fuzztime "$t" -parallel 1 >/tmp/fuzz.$$.log 2>&1 || { cat /tmp/fuzz.$$.log; exit 1; }
    grep -E 'elapsed|PASS|ok' /tmp/fuzz.$$.log | tail -1
  done
done
rm -f /tmp/fuzz.$$.log
