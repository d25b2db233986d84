// Drives a running `bitnet serve` of an embedding model (a synthetic
// BitNet-embedding checkpoint converted by `bitnet convert`) with the
// official OpenAI JavaScript client: embeddings.create with a string, an
// array of strings, token ids, both encoding formats (the client asks for
// base64 by default and decodes it), usage, and the errors.
//
//   EMBED_URL=http://127.0.0.1:8081/v1 node embeddings.mjs
import OpenAI from 'openai';
import assert from 'node:assert/strict';

const baseURL = process.env.EMBED_URL ?? 'http://127.0.0.1:8081/v1';
const client = new OpenAI({ baseURL, apiKey: process.env.API_KEY ?? 'none', maxRetries: 0, timeout: 120_000 });

let failures = 0;
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e?.stack ?? e}`);
  }
}

const model = (await client.models.list()).data[0].id;
const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

let first;
await check('embeddings: one string (base64, the client default)', async () => {
  const r = await client.embeddings.create({ model, input: 'query: what is BitNet?' });
  assert.equal(r.object, 'list');
  assert.equal(r.data.length, 1);
  first = r.data[0].embedding;
  assert.ok(Array.isArray(first) && first.length > 0);
  assert.ok(Math.abs(norm(first) - 1) < 1e-5, `norm ${norm(first)}`);
  assert.ok(r.usage.prompt_tokens > 0);
  assert.equal(r.usage.total_tokens, r.usage.prompt_tokens);
});

await check('embeddings: float format equals base64', async () => {
  const r = await client.embeddings.create({ model, input: 'query: what is BitNet?', encoding_format: 'float' });
  assert.deepEqual(r.data[0].embedding.map(Math.fround), first);
});

await check('embeddings: array of strings, in order', async () => {
  const r = await client.embeddings.create({ model, input: ['a document', 'query: what is BitNet?'], encoding_format: 'float' });
  assert.equal(r.data.length, 2);
  assert.deepEqual(r.data.map((d) => d.index), [0, 1]);
  assert.deepEqual(r.data[1].embedding.map(Math.fround), first);
  assert.notDeepEqual(r.data[0].embedding, r.data[1].embedding);
});

await check('embeddings: token ids', async () => {
  const r = await client.embeddings.create({ model, input: [[1, 2, 3], [4, 5]], encoding_format: 'float' });
  assert.equal(r.data.length, 2);
  assert.equal(r.usage.prompt_tokens, 5);
});

await check('embeddings: dimensions other than the model size is a 400 on param dimensions', async () => {
  await assert.rejects(client.embeddings.create({ model, input: 'x', dimensions: 8 }), (e) => {
    assert.equal(e.status, 400);
    assert.equal(e.param, 'dimensions');
    return true;
  });
});

await check('embeddings: unknown model is a 404', async () => {
  await assert.rejects(client.embeddings.create({ model: 'nope', input: 'x' }), (e) => e.status === 404);
});

console.log(failures ? `\n${failures} check(s) FAILED` : '\nall embedding checks passed');
process.exit(failures ? 1 : 0);
