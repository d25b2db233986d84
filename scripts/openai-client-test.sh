#!/usr/bin/env bash
# End-to-end test of the OpenAI-compatible server with an independent client:
# builds bitnet, writes the tiny synthetic model (random weights, so only the
# grammar makes output valid), serves it on 127.0.0.1, installs the pinned
# `openai` and `ajv` npm packages into test/openai-client and runs its test:
# every issue-14 feature streamed and not, 16 requests at once (streams,
# streamed tool calls assembled by the SDK's stream helper, structured
# output, and streams the client aborts mid-way), and SCHEMAS (default 1000)
# randomized JSON Schemas whose outputs must validate with ajv. Then it
# converts a synthetic BitNet-embedding checkpoint (`bitnet synth -hf
# embedding`, `bitnet convert`), serves it and runs embeddings.mjs:
# /v1/embeddings through the client's embeddings.create.
#
# Only the JavaScript client: the Python `openai` package is not in Debian 12
# (`apt-cache policy python3-openai` has no candidate), and CI installs
# packages from Debian and npm only.
#
#   scripts/openai-client-test.sh            # SCHEMAS=1000
#   SCHEMAS=100 scripts/openai-client-test.sh
#
# Needs node >= 18 and npm (Debian: apt-get install nodejs npm).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null && command -v npm >/dev/null || { echo "openai-client-test: node and npm are required (apt-get install nodejs npm)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
embed_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$embed_pid" ]; then kill "$embed_pid" 2>/dev/null || true; wait "$embed_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/bitnet" ./cmd/bitnet
"$work/bitnet" synth -preset tiny -seed 1 -quiet -o "$work/tiny.gguf"

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# A 4096-token context: tool descriptions and an agent loop's history do not
# fit the preset's trained 512 with its random byte-level vocabulary.
"$work/bitnet" serve -m "$work/tiny.gguf" -addr "127.0.0.1:$port" -c 4096 -t 1 -slots 2 -model-id tiny \
  -log-level warn -quiet >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.1
done

(cd test/openai-client && npm ci --no-audit --no-fund --loglevel=error)
start=$(date +%s)
if ! (cd test/openai-client && BASE_URL="http://127.0.0.1:$port/v1" SCHEMAS="${SCHEMAS:-1000}" node test.mjs); then
  echo "--- server log" >&2
  tail -50 "$work/server.log" >&2
  exit 1
fi

"$work/bitnet" synth -hf embedding -seed 1 -quiet -o "$work/emb-ckpt"
"$work/bitnet" convert -quiet "$work/emb-ckpt" "$work/emb.gguf" >/dev/null
eport=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$work/bitnet" serve -m "$work/emb.gguf" -addr "127.0.0.1:$eport" -t 1 -model-id emb -log-level warn -quiet >"$work/embed.log" 2>&1 &
embed_pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$eport/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$embed_pid" 2>/dev/null; then cat "$work/embed.log" >&2; exit 1; fi
  sleep 0.1
done
if ! (cd test/openai-client && EMBED_URL="http://127.0.0.1:$eport/v1" node embeddings.mjs); then
  echo "--- embedding server log" >&2
  tail -50 "$work/embed.log" >&2
  exit 1
fi
echo "openai-client-test: passed in $(( $(date +%s) - start )) s"
