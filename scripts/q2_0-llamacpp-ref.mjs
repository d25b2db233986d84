// Regenerates testdata/q2_0-llamacpp/*.llamacpp.json: what upstream llama.cpp (the CPU build that npm's
// node-llama-cpp ships prebuilt) gives on the synthetic Qwen3 checkpoint that `bitnet convert -type q2_0` writes
// (qwen3-q2_0: F16 embedding; qwen3-q2_0-embd: the tied embedding and head in Q2_0 too): 16 greedy steps after a
// fixed prompt, with every next-token probability.
//
//   mkdir -p /tmp/nlc && cd /tmp/nlc && npm init -y && \
//     npm install --ignore-scripts node-llama-cpp@3.22.1 @node-llama-cpp/linux-x64@3.22.1
//   BITNET_Q2_0_GGUF_OUT=/tmp/nlc go test ./convert -run TestQ2_0AgainstLlamaCpp -count=1
//       (writes /tmp/nlc/qwen3-q2_0.gguf and qwen3-q2_0-embd.gguf first; the test then fails on the SHA-256 check
//       if the converter's output changed)
//   for m in qwen3-q2_0 qwen3-q2_0-embd; do NODE_PATH=/tmp/nlc/node_modules node scripts/q2_0-llamacpp-ref.mjs \
//     /tmp/nlc/$m.gguf testdata/q2_0-llamacpp/$m.llamacpp.json; done      (from the repository root)
//
// The same script regenerates testdata/tq-llamacpp/*.llamacpp.json (TestTQAgainstLlamaCpp: the TQ2_0 and TQ1_0
// files of a synthetic Qwen3 and a Falcon3-shaped Llama checkpoint; nothing here depends on the weight type):
//   BITNET_TQ_GGUF_OUT=/tmp/nlc go test ./convert -run TestTQAgainstLlamaCpp -count=1
//   for m in qwen3-tq2_0 qwen3-tq1_0 llama-tq2_0 llama-tq1_0; do NODE_PATH=/tmp/nlc/node_modules node \
//     scripts/q2_0-llamacpp-ref.mjs /tmp/nlc/$m.gguf testdata/tq-llamacpp/$m.llamacpp.json; done
// The same for testdata/gemma3-llamacpp (a ternary Gemma3ForCausalLM converted with -type q2_0, gemma3-q2_0 and
// gemma3-q2_0-embd): BITNET_Q2_0_GGUF_OUT=/tmp/nlc go test ./convert -run TestGemma3AgainstLlamaCpp -count=1, then
// the loop above with those names and testdata/gemma3-llamacpp/$m.llamacpp.json.
//
// The same for testdata/rope-llamacpp (RoPE scaling: a YaRN Qwen3 in Q2_0 with its embedding in Q2_0, and a Llama
// with llama3 rope_freqs in TQ2_0): BITNET_Q2_0_GGUF_OUT=/tmp/nlc BITNET_TQ_GGUF_OUT=/tmp/nlc go test ./convert
// -run TestRopeScalingAgainstLlamaCpp -count=1, then the loop above with qwen3-yarn-q2_0-embd and llama-llama3-tq2_0
// and testdata/rope-llamacpp/$m.llamacpp.json.
//
// The prompt is given as token ids (no tokenizer, no BOS added); llama.cpp evaluates it as one batch, then one token
// per step, on one thread, flash attention off, its default F16 KV cache, greedy sampling (temperature 0).
import { createRequire } from "node:module";
import crypto from "node:crypto";
import fs from "node:fs";

const require = createRequire(process.cwd() + "/");
const entry = require.resolve("node-llama-cpp");
const { getLlama } = await import(entry);
const nlcVersion = JSON.parse(fs.readFileSync(entry.replace(/\/dist\/.*$/, "/package.json"))).version;
const [modelPath, outPath] = process.argv.slice(2);
const prompt = [284, 17, 42, 99, 150, 7];

const llama = await getLlama({ gpu: false, build: "never", logLevel: "warn" });
const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
const context = await model.createContext({ contextSize: 64, batchSize: 64, threads: 1, flashAttention: false });
const sequence = context.getSequence();
const vocab = model.tokens.count ?? 300;
const tokens = [];
const probs = [];
const gen = sequence.evaluateWithMetadata(prompt, { probabilities: true }, { temperature: 0 });
for (let step = 0; step < 16; step++) {
  const r = await gen.next();
  if (r.done) break;
  tokens.push(r.value.token);
  const p = new Array(vocab).fill(0);
  for (const [t, v] of r.value.probabilities) p[t] = Number(v.toPrecision(9));
  probs.push(p);
}
await gen.return();
const sha = crypto.createHash("sha256").update(fs.readFileSync(modelPath)).digest("hex");
const rel = llama.llamaCppRelease;
fs.writeFileSync(outPath, JSON.stringify({
  generator: `node-llama-cpp ${nlcVersion} (npm), ${llama.buildType} @node-llama-cpp/linux-x64 binaries, llama.cpp ${rel.repo} release ${rel.release}; CPU, 1 thread, flash attention off, F16 KV cache (default), greedy (temperature 0)`,
  model_sha256: sha, prompt, tokens, probs,
}));
console.log("greedy", tokens.join(","));
await context.dispose();
await model.dispose();
await llama.dispose();
