// Drives a running `bitnet serve` with the official OpenAI JavaScript client:
// every feature of issue 14, streamed and not, and randomized JSON Schemas
// whose outputs must validate with ajv. The model is the synthetic tiny
// preset (random weights): valid output is the grammar's doing.
//
//   BASE_URL=http://127.0.0.1:8080/v1 SCHEMAS=1000 node test.mjs
import OpenAI from 'openai';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:8080/v1';
const root = baseURL.replace(/\/v1\/?$/, '');
const nSchemas = Number(process.env.SCHEMAS ?? 1000);
const client = new OpenAI({ baseURL, apiKey: process.env.API_KEY ?? 'none', maxRetries: 0, timeout: 120_000 });
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

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

async function collect(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return chunks;
}

async function post(path, body) {
  const r = await fetch(root + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: await r.json() };
}

const model = (await client.models.list()).data[0].id;
const user = [{ role: 'user', content: 'hi' }];

// ---------- plain chat and completions ----------
await check('chat', async () => {
  const r = await client.chat.completions.create({ model, messages: user, max_tokens: 8, seed: 1, user: 'u-1' });
  assert.equal(r.object, 'chat.completion');
  assert.equal(r.choices[0].message.role, 'assistant');
  assert.ok(r.usage.completion_tokens <= 8);
});
await check('chat stream', async () => {
  const chunks = await collect(await client.chat.completions.create({ model, messages: user, max_tokens: 8, stream: true, stream_options: { include_usage: true } }));
  assert.ok(chunks.at(-1).usage.total_tokens > 0);
  assert.ok(chunks.some((c) => c.choices[0]?.finish_reason));
});
await check('completions + stream', async () => {
  const r = await client.completions.create({ model, prompt: 'x', max_tokens: 5, presence_penalty: 1.5, frequency_penalty: -0.5 });
  assert.equal(r.object, 'text_completion');
  const chunks = await collect(await client.completions.create({ model, prompt: 'x', max_tokens: 5, stream: true }));
  assert.ok(chunks.length >= 1);
});

// ---------- response_format ----------
const personSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 10 },
    age: { type: 'integer' },
    born: { type: 'string', format: 'date' },
    id: { type: 'string', format: 'uuid' },
    tags: { type: 'array', items: { enum: ['a', 'b', 'c'] }, maxItems: 3 },
  },
  required: ['name', 'age', 'born', 'id', 'tags'],
  additionalProperties: false,
};
const validPerson = ajv.compile(personSchema);
const rf = { type: 'json_schema', json_schema: { name: 'person', strict: true, schema: personSchema } };
function assertValid(validate, text, what) {
  let v;
  try { v = JSON.parse(text); } catch (e) { throw new Error(`${what}: not JSON: ${JSON.stringify(text)}`); }
  if (!validate(v)) throw new Error(`${what}: ${ajv.errorsText(validate.errors)} in ${text}`);
}
await check('json_schema chat', async () => {
  for (let seed = 0; seed < 5; seed++) {
    const r = await client.chat.completions.create({ model, messages: user, max_tokens: 300, seed, temperature: 1, response_format: rf });
    assert.equal(r.choices[0].finish_reason, 'stop');
    assertValid(validPerson, r.choices[0].message.content, `seed ${seed}`);
  }
});
await check('json_schema chat stream', async () => {
  const chunks = await collect(await client.chat.completions.create({ model, messages: user, max_tokens: 300, seed: 9, stream: true, response_format: rf }));
  const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
  assertValid(validPerson, text, 'stream');
});
await check('json_schema completions + stream', async () => {
  const r = await client.completions.create({ model, prompt: 'x', max_tokens: 300, seed: 2, response_format: rf });
  assertValid(validPerson, r.choices[0].text, 'completions');
  const chunks = await collect(await client.completions.create({ model, prompt: 'x', max_tokens: 300, seed: 3, stream: true, response_format: rf }));
  assertValid(validPerson, chunks.map((c) => c.choices[0]?.text ?? '').join(''), 'completions stream');
});
await check('json_object', async () => {
  // A free JSON object can nest without bound under random weights, so only a
  // finished reply must parse; a cut one must be a prefix of an object.
  let finished = 0;
  for (let seed = 0; seed < 10; seed++) {
    const r = await client.chat.completions.create({ model, messages: user, max_tokens: 200, seed, response_format: { type: 'json_object' } });
    const c = r.choices[0];
    assert.ok(c.message.content.startsWith('{'), c.message.content);
    if (c.finish_reason === 'stop') {
      finished++;
      const v = JSON.parse(c.message.content);
      assert.equal(typeof v, 'object');
      assert.ok(!Array.isArray(v) && v !== null);
    }
  }
  console.log(`     json_object: ${finished}/10 finished within 200 tokens`);
});
await check('grammar (GBNF)', async () => {
  const r = await client.chat.completions.create({ model, messages: user, max_tokens: 20, grammar: 'root ::= ("yes" | "no") " " [0-9]{2}' });
  assert.match(r.choices[0].message.content, /^(yes|no) [0-9]{2}$/);
  const s = await collect(await client.completions.create({ model, prompt: 'x', max_tokens: 20, stream: true, grammar: 'root ::= [a-c]{4}' }));
  assert.match(s.map((c) => c.choices[0]?.text ?? '').join(''), /^[a-c]{4}$/);
});

// ---------- tools ----------
const tools = [
  { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string', maxLength: 8 }, unit: { enum: ['c', 'f'] } }, required: ['city', 'unit'], additionalProperties: false } } },
  { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: { tz: { type: 'string', maxLength: 6 } }, required: ['tz'], additionalProperties: false } } },
];
const argValidators = Object.fromEntries(tools.map((t) => [t.function.name, ajv.compile(t.function.parameters)]));
function checkCalls(calls, only) {
  assert.ok(calls.length >= 1);
  for (const c of calls) {
    assert.match(c.id, /^call_[A-Za-z0-9]{24}$/);
    assert.equal(c.type, 'function');
    if (only) assert.equal(c.function.name, only);
    const v = argValidators[c.function.name];
    assert.ok(v, `unknown function ${c.function.name}`);
    assertValid(v, c.function.arguments, c.function.name);
  }
}
await check('tools required', async () => {
  const r = await client.chat.completions.create({ model, messages: user, tools, tool_choice: 'required', max_tokens: 600, seed: 1 });
  assert.equal(r.choices[0].finish_reason, 'tool_calls');
  assert.equal(r.choices[0].message.content, null);
  checkCalls(r.choices[0].message.tool_calls);
});
await check('tools named, parallel_tool_calls false', async () => {
  const r = await client.chat.completions.create({ model, messages: user, tools, max_tokens: 600, seed: 2, parallel_tool_calls: false,
    tool_choice: { type: 'function', function: { name: 'get_time' } } });
  assert.equal(r.choices[0].finish_reason, 'tool_calls');
  assert.equal(r.choices[0].message.tool_calls.length, 1);
  checkCalls(r.choices[0].message.tool_calls, 'get_time');
});
await check('tools auto (call or answer)', async () => {
  for (let seed = 0; seed < 4; seed++) {
    const r = await client.chat.completions.create({ model, messages: user, tools, tool_choice: 'auto', max_tokens: 600, seed });
    const c = r.choices[0];
    if (c.finish_reason === 'tool_calls') checkCalls(c.message.tool_calls);
    else { assert.equal(typeof c.message.content, 'string'); assert.equal(c.message.tool_calls, undefined); }
  }
});
await check('tools none', async () => {
  const r = await client.chat.completions.create({ model, messages: user, tools, tool_choice: 'none', max_tokens: 8 });
  assert.equal(r.choices[0].message.tool_calls, undefined);
  assert.notEqual(r.choices[0].finish_reason, 'tool_calls');
});
await check('tools stream', async () => {
  const chunks = await collect(await client.chat.completions.create({ model, messages: user, tools, tool_choice: 'required', max_tokens: 600, seed: 5, stream: true }));
  const calls = [];
  let finish;
  for (const ch of chunks) for (const c of ch.choices) {
    for (const d of c.delta?.tool_calls ?? []) {
      assert.equal(typeof d.index, 'number');
      calls[d.index] ??= { id: '', type: '', function: { name: '', arguments: '' } };
      const acc = calls[d.index];
      if (d.id) acc.id = d.id;
      if (d.type) acc.type = d.type;
      acc.function.name += d.function?.name ?? '';
      acc.function.arguments += d.function?.arguments ?? '';
    }
    if (c.finish_reason) finish = c.finish_reason;
  }
  assert.equal(finish, 'tool_calls');
  checkCalls(calls);
});
await check('agent loop: call, tool result, next turn', async () => {
  const messages = [{ role: 'user', content: 'time?' }];
  for (let turn = 0; turn < 3; turn++) {
    const r = await client.chat.completions.create({ model, messages, tools, tool_choice: turn < 2 ? 'required' : 'auto', max_tokens: 400, seed: turn });
    const m = r.choices[0].message;
    messages.push(m);
    if (!m.tool_calls) break;
    checkCalls(m.tool_calls);
    for (const c of m.tool_calls) messages.push({ role: 'tool', tool_call_id: c.id, content: JSON.stringify({ ok: true, turn }) });
  }
  assert.ok(messages.some((m) => m.role === 'tool'));
});

// ---------- many clients at once ----------
// Sixteen requests in flight on a server with 2 slots (the rest queue):
// chat and completion streams, streamed tool calls assembled by the
// client's own stream helper, structured output, and streams the client
// aborts after their first chunk. Every request that is not aborted must
// complete as if it ran alone, and the server must be idle afterwards.
await check('concurrency: streams, tools, response_format and aborts at once', async () => {
  const jobs = [];
  let aborted = 0;
  for (let i = 0; i < 16; i++) {
    switch (i % 4) {
      case 0: jobs.push((async () => {
        const chunks = await collect(await client.chat.completions.create({ model, messages: user, max_tokens: 12, seed: i, stream: true, stream_options: { include_usage: true } }));
        assert.ok(chunks.some((c) => c.choices[0]?.finish_reason), `stream ${i} finished`);
        assert.ok(chunks.at(-1).usage.completion_tokens > 0);
      })()); break;
      case 1: jobs.push((async () => {
        // The SDK's helper merges tool-call deltas into the final message.
        const s = client.chat.completions.stream({ model, messages: user, tools, tool_choice: 'required', max_tokens: 600, seed: i });
        const done = await s.finalChatCompletion();
        assert.equal(done.choices[0].finish_reason, 'tool_calls');
        checkCalls(done.choices[0].message.tool_calls);
      })()); break;
      case 2: jobs.push((async () => {
        const schema = { type: 'object', properties: { n: { type: 'integer', minimum: 0, maximum: 9 }, s: { type: 'string', maxLength: 4 } }, required: ['n', 's'], additionalProperties: false };
        const r = await client.chat.completions.create({ model, messages: user, max_tokens: 200, seed: i, temperature: 1,
          response_format: { type: 'json_schema', json_schema: { name: 'c' + i, strict: true, schema } } });
        assertValid(ajv.compile(schema), r.choices[0].message.content, `response_format ${i}`);
      })()); break;
      default: jobs.push((async () => {
        const stream = await client.completions.create({ model, prompt: 'x', max_tokens: 2000, ignore_eos: true, seed: i, stream: true });
        let n = 0;
        try {
          for await (const c of stream) {
            n++;
            if (n === 1) stream.controller.abort(); // the client goes away mid-stream
          }
        } catch (e) {
          if (!(e instanceof OpenAI.APIUserAbortError) && e?.name !== 'AbortError') throw e;
        }
        assert.ok(n >= 1 && n < 2000, `aborted stream ${i} read ${n} chunks`);
        aborted++;
      })());
    }
  }
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason?.stack ?? r.reason).slice(0, 400));
  if (failed.length) throw new Error(`${failed.length} of ${jobs.length} concurrent requests failed:\n${failed.join('\n')}`);
  assert.equal(aborted, 4);
  // The aborted generations free their places: the server goes idle.
  let health;
  for (let t = 0; t < 100; t++) {
    health = await (await fetch(root + '/health')).json();
    if (health.active === 0 && health.queued === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(health.active, 0, `active after the run: ${JSON.stringify(health)}`);
  const metrics = await (await fetch(root + '/metrics')).text();
  const cancelled = Number(/^bitnet_generations_cancelled_total (\S+)$/m.exec(metrics)?.[1] ?? 0);
  assert.ok(cancelled >= 4, `bitnet_generations_cancelled_total ${cancelled}`);
});

// ---------- n, logit_bias ----------
await check('n=3 chat and completions stream', async () => {
  const r = await client.chat.completions.create({ model, messages: user, n: 3, max_tokens: 6, temperature: 1, seed: 7 });
  assert.deepEqual(r.choices.map((c) => c.index), [0, 1, 2]);
  const chunks = await collect(await client.completions.create({ model, prompt: 'x', n: 2, max_tokens: 4, stream: true }));
  const finished = new Set(chunks.flatMap((c) => c.choices.filter((x) => x.finish_reason).map((x) => x.index)));
  assert.deepEqual([...finished].sort(), [0, 1]);
});
await check('logit_bias', async () => {
  const { body } = await post('/tokenize', { content: 'a' });
  const a = body.tokens[0];
  const r = await client.completions.create({ model, prompt: 'x', max_tokens: 4, logit_bias: { [a]: 100 }, logprobs: 1 });
  assert.equal(r.choices[0].text, 'aaaa');
  const banned = await client.completions.create({ model, prompt: 'x', max_tokens: 20, temperature: 1, seed: 1, logit_bias: { [a]: -100 }, logprobs: 0 });
  assert.ok(!banned.choices[0].logprobs.tokens.includes('a'));
});

// ---------- tokenize, embeddings, errors ----------
await check('tokenize / detokenize', async () => {
  const t = await post('/tokenize', { content: 'hello world', with_pieces: true });
  assert.equal(t.status, 200);
  assert.equal(t.body.tokens.map((p) => p.piece).join(''), 'hello world');
  const d = await post('/detokenize', { tokens: t.body.tokens.map((p) => p.id) });
  assert.equal(d.body.content, 'hello world');
});
await check('embeddings: OpenAI-shaped 400', async () => {
  await assert.rejects(client.embeddings.create({ model, input: 'x' }), (e) => e instanceof OpenAI.APIError && e.status === 400 && e.param === 'model');
});
await check('unsupported values: 400 naming the field', async () => {
  await assert.rejects(client.chat.completions.create({ model, messages: user, response_format: { type: 'xml' } }), (e) => e.status === 400 && e.param === 'response_format.type');
  await assert.rejects(client.chat.completions.create({ model, messages: user, n: 99 }), (e) => e.status === 400 && e.param === 'n');
  await assert.rejects(client.chat.completions.create({ model, messages: user, response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'number', multipleOf: 3 } } } }),
    (e) => e.status === 400 && e.param === 'response_format.json_schema.schema');
  const r = await client.chat.completions.create({ model, messages: user, max_tokens: 2, some_future_field: 1 });
  assert.ok(r.choices.length === 1, 'unknown fields are ignored');
});

// ---------- randomized JSON Schemas ----------
// A small PCG-like generator so a failing schema can be reproduced by index.
function rng(seed) {
  let s = BigInt(seed) * 6364136223846793005n + 1442695040888963407n;
  return () => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number(s >> 33n) / 2 ** 31;
  };
}
// Strings are bounded (maxLength, formats, bounded patterns) because random
// weights would otherwise write one string for ever; numbers are bounded by
// the grammar itself.
function randomSchema(r, depth = 0, defs = null) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const leaf = () => {
    switch (int(0, 8)) {
      case 0: { const hi = int(0, 8); return { type: 'string', minLength: int(0, hi), maxLength: hi }; }
      case 1: return { type: 'string', format: pick(['date', 'time', 'date-time', 'uuid', 'email', 'ipv4', 'ipv6', 'hostname', 'uri', 'duration']) };
      case 2: return { type: 'string', pattern: pick(['^[a-z]{2,4}$', '^\\d{3}-\\d{2}$', '^(ab|c[de]){1,2}$', '^[A-F0-9]{4}x?$', '^.{3}$', '^a\\.b\\\\"$']) };
      case 3: return { type: pick(['integer', 'number', 'boolean', 'null']) };
      case 4: return { enum: [pick(['x', 'y', 'é€', 'a"b']), int(-5, 5), pick([true, null, 1.5, { k: [1] }])] };
      case 5: return { const: pick(['fixed', 42, false, ['a', 1], { n: null }]) };
      case 6: return { type: ['string', 'null'], maxLength: int(0, 4) };
      case 7: {
        const lo = int(-300, 300);
        const b = [{ type: 'integer', minimum: lo, maximum: lo + int(0, 500) }, { type: 'integer', exclusiveMinimum: lo }, { type: 'number', minimum: lo, maximum: lo + int(1, 50) }, { type: 'number', maximum: lo }];
        return pick(b);
      }
      default: return { type: 'boolean' };
    }
  };
  if (depth >= 3) return leaf();
  switch (int(0, 5)) {
    case 0: case 1: {
      const n = int(1, 4);
      const properties = {};
      const names = [];
      for (let i = 0; i < n; i++) { const k = pick(['id', 'name', 'val', 'x', 'long key', 'ñ', 'q"']) + i; names.push(k); properties[k] = randomSchema(r, depth + 1, defs); }
      const s = { type: 'object', properties, required: names.filter(() => r() < 0.6) };
      if (r() < 0.7) s.additionalProperties = false;
      return s;
    }
    case 2: { const lo = int(0, 2); return { type: 'array', items: randomSchema(r, depth + 1, defs), minItems: lo, maxItems: lo + int(0, 3) }; }
    case 3: return { anyOf: [randomSchema(r, depth + 1, defs), randomSchema(r, depth + 1, defs)] };
    case 4:
      if (defs) {
        const name = 'd' + Object.keys(defs).length;
        defs[name] = {}; // reserve the name before the body draws more
        defs[name] = randomSchema(r, depth + 1, defs);
        return { $ref: '#/$defs/' + name };
      }
      return leaf();
    default: return leaf();
  }
}
function schemaCase(i) {
  const r = rng(i + 1);
  const defs = {};
  let schema;
  if (i % 10 === 9) {
    // Recursive: a list that ends with null with some probability.
    schema = { $defs: { node: { type: 'object', properties: { v: randomSchema(r, 2, null), next: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/node' }] } }, required: ['v', 'next'], additionalProperties: false } }, $ref: '#/$defs/node' };
  } else {
    schema = randomSchema(r, 0, defs);
    if (Object.keys(defs).length) schema = { $defs: defs, ...schema };
  }
  return schema;
}

await check(`${nSchemas} randomized JSON Schemas validate with ajv`, async () => {
  let ok = 0, totalTokens = 0;
  const bad = [];
  const limit = 4; // requests in flight (the server has 2 slots; the rest queue)
  let next = 0;
  async function worker() {
    while (next < nSchemas) {
      const i = next++;
      const schema = schemaCase(i);
      const validate = ajv.compile(schema);
      const stream = i % 4 === 3;
      const chat = i % 2 === 0;
      const req = { model, max_tokens: 1500, seed: i, temperature: 1, response_format: { type: 'json_schema', json_schema: { name: 's' + i, strict: true, schema } } };
      let text, finish;
      try {
        if (chat) {
          req.messages = user;
          if (stream) {
            const chunks = await collect(await client.chat.completions.create({ ...req, stream: true }));
            text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
            finish = chunks.map((c) => c.choices[0]?.finish_reason).find(Boolean);
          } else {
            const r = await client.chat.completions.create(req);
            text = r.choices[0].message.content; finish = r.choices[0].finish_reason; totalTokens += r.usage.completion_tokens;
          }
        } else {
          req.prompt = 'x';
          if (stream) {
            const chunks = await collect(await client.completions.create({ ...req, stream: true }));
            text = chunks.map((c) => c.choices[0]?.text ?? '').join('');
            finish = chunks.map((c) => c.choices[0]?.finish_reason).find(Boolean);
          } else {
            const r = await client.completions.create(req);
            text = r.choices[0].text; finish = r.choices[0].finish_reason; totalTokens += r.usage.completion_tokens;
          }
        }
        if (finish !== 'stop') throw new Error(`finish_reason ${finish}`);
        assertValid(validate, text, `schema ${i}`);
        ok++;
      } catch (e) {
        bad.push(`#${i} ${JSON.stringify(schema)}\n     -> ${String(e.message ?? e).slice(0, 400)}${text !== undefined ? `\n     output: ${JSON.stringify(text).slice(0, 300)}` : ''}`);
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  console.log(`     ${ok}/${nSchemas} valid; ${totalTokens} completion tokens in the non-streamed ones`);
  if (bad.length) throw new Error(`${bad.length} schemas failed:\n   ${bad.slice(0, 10).join('\n   ')}`);
});

console.log(failures ? `\n${failures} check(s) FAILED` : '\nall checks passed');
process.exit(failures ? 1 : 0);
