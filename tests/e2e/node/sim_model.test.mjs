// Costbench's simulated model driven by the official OpenAI Node SDK (npm `openai`, the version
// pinned in package.json), as any OpenAI client would use it: base URL http://127.0.0.1:PORT/sim/v1
// of `costbench --headless --port 0`. Issue #21, point 4.
//
//   COSTBENCH_EXECUTABLE=build/src/app/costbench COSTBENCH_NODE_DIR=build/tests/e2e/node \
//     node --test tests/e2e/node/sim_model.test.mjs
//
// COSTBENCH_NODE_DIR is where `npm ci` installed package-lock.json (setup.sh; ctest does it). Each
// case is one row of a table below; the rows run one after the other (the fault settings are the
// model's, shared by every call).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const nodeDir = process.env.COSTBENCH_NODE_DIR;
const executable = process.env.COSTBENCH_EXECUTABLE;
assert.ok(nodeDir && executable, 'set COSTBENCH_EXECUTABLE and COSTBENCH_NODE_DIR (see the top of this file)');
const require = createRequire(path.join(nodeDir, 'package.json'));
const { OpenAI } = require('openai');
const { VERSION: sdkVersion } = require('openai/version');

const KEY = 'node-e2e-key'; // Costbench's --token: the SDK sends it as its API key
const REQUEST_ID = /^req_[0-9a-f]{32}$/;
const hi = [{ role: 'user', content: 'write about the harbour at dawn' }];
// Over 1,024 tokens, so that the second identical call hits the model's prompt cache.
const longPrompt = [{ role: 'user', content: Array.from({ length: 500 }, (_, i) => `lighthouse ${i} keeper`).join(' ') }];

let costbench; // the child process
let dataDir;
let server; // http://127.0.0.1:PORT

before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-node-'));
  const env = { ...process.env, HOME: dataDir };
  for (const name of Object.keys(env)) if (/^(PAYI|OPENAI)_/.test(name)) delete env[name];
  costbench = spawn(executable, ['--headless', '--port', '0', '--data-dir', path.join(dataDir, 'data'),
    '--token', KEY, '--sim-latency-ms', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  server = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('costbench printed no "listening on" line in 30 s')), 30000);
    costbench.once('exit', (code) => reject(new Error(`costbench exited ${code} before listening`)));
    createInterface({ input: costbench.stdout }).on('line', (line) => {
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
  });
  await settings({ base_latency_ms: 0, per_token_ms: 0, failure_rate: 0 });
});

after(async () => {
  if (costbench && costbench.exitCode === null) {
    const exited = new Promise((resolve) => costbench.once('exit', (code) => resolve(code)));
    costbench.kill('SIGTERM');
    assert.equal(await exited, 0, 'costbench exits 0 on SIGTERM');
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// PUT /sim/settings: the simulated model's latency and faults, for calls that start afterwards.
async function settings(body) {
  const answer = await fetch(`${server}/sim/settings`, {
    method: 'PUT', headers: { authorization: `Bearer ${KEY}` }, body: JSON.stringify(body),
  });
  const text = await answer.text();
  assert.equal(answer.status, 200, `PUT /sim/settings: ${text}`);
  return JSON.parse(text);
}

// A client whose every HTTP attempt is noted: when it started and was answered, and the SDK's
// retry number.
function client(options = {}, onAttempt = async () => {}) {
  const attempts = [];
  const sdk = new OpenAI({
    apiKey: KEY, baseURL: `${server}/sim/v1`, timeout: 10000, ...options,
    fetch: async (url, init) => {
      const headers = new Headers(init?.headers);
      const attempt = { at: performance.now(), retry: headers.get('x-stainless-retry-count') };
      attempts.push(attempt);
      const response = await fetch(url, init);
      attempt.answered = performance.now();
      await onAttempt(attempts.length, response);
      return response;
    },
  });
  return { sdk, attempts };
}

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// Answers: non-streamed and streamed.
const answers = [
  {
    name: 'non-streamed: text, usage with reasoning tokens, _request_id = x-request-id',
    async run() {
      const { sdk } = client();
      const { data, response, request_id } = await sdk.chat.completions
        .create({ model: 'gpt-5.4', messages: hi }).withResponse();
      assert.equal(data.object, 'chat.completion');
      assert.equal(data.model, 'gpt-5.4');
      assert.match(data.id, /^chatcmpl-/);
      assert.equal(data.choices[0].message.role, 'assistant');
      assert.ok(data.choices[0].message.content.length > 0);
      assert.equal(data.choices[0].finish_reason, 'stop');
      const u = data.usage;
      assert.ok(u.prompt_tokens > 0 && u.completion_tokens > 0);
      assert.equal(u.total_tokens, u.prompt_tokens + u.completion_tokens);
      assert.equal(u.prompt_tokens_details.cached_tokens, 0);
      assert.ok(u.completion_tokens_details.reasoning_tokens > 0, 'gpt-5.4 is a reasoning model');
      assert.ok(u.completion_tokens_details.reasoning_tokens < u.completion_tokens);
      assert.match(data._request_id, REQUEST_ID);
      assert.equal(data._request_id, response.headers.get('x-request-id'));
      assert.equal(request_id, data._request_id);
    },
  },
  {
    name: 'non-streamed, a model without reasoning: no reasoning tokens',
    async run() {
      const { sdk } = client();
      const data = await sdk.chat.completions.create({ model: 'gpt-4.1', messages: hi });
      assert.equal(data.model, 'gpt-4.1');
      assert.equal(data.usage.completion_tokens_details.reasoning_tokens, 0);
    },
  },
  {
    name: 'non-streamed, the same long prompt twice: the second reports cached tokens',
    async run() {
      const { sdk } = client();
      const first = await sdk.chat.completions.create({ model: 'gpt-5.4', messages: longPrompt });
      const second = await sdk.chat.completions.create({ model: 'gpt-5.4', messages: longPrompt });
      assert.ok(first.usage.prompt_tokens >= 1024, `a prompt of ${first.usage.prompt_tokens} tokens`);
      const cached = second.usage.prompt_tokens_details.cached_tokens;
      assert.ok(cached >= 1024 && cached <= second.usage.prompt_tokens, `cached ${cached}`);
      assert.equal((cached - 1024) % 128, 0, 'cache hits grow in steps of 128 tokens, as OpenAI reports them');
      assert.notEqual(first._request_id, second._request_id);
    },
  },
  {
    name: 'streamed with stream_options.include_usage: deltas, then one usage chunk',
    async run() {
      const { sdk } = client();
      const whole = await sdk.chat.completions.create({ model: 'gpt-5.4', messages: hi });
      const { data: stream, response } = await sdk.chat.completions
        .create({ model: 'gpt-5.4', messages: hi, stream: true, stream_options: { include_usage: true } })
        .withResponse();
      assert.match(response.headers.get('content-type'), /^text\/event-stream/);
      assert.match(response.headers.get('x-request-id'), REQUEST_ID);
      const chunks = await collect(stream);
      assert.ok(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === chunks[0].id));
      const last = chunks.at(-1);
      assert.deepEqual(last.choices, [], 'the usage chunk has no choices');
      assert.deepEqual(last.usage, whole.usage, 'the stream reports the usage the same call reports unstreamed');
      assert.ok(chunks.slice(0, -1).every((c) => c.usage == null), 'only the last chunk has usage');
      const text = chunks.flatMap((c) => c.choices).map((c) => c.delta?.content ?? '').join('');
      assert.equal(text, whole.choices[0].message.content, 'the deltas add up to the unstreamed text');
      const finishes = chunks.flatMap((c) => c.choices).filter((c) => c.finish_reason);
      assert.deepEqual(finishes.map((c) => c.finish_reason), ['stop']);
    },
  },
  {
    name: 'streamed without include_usage: no usage anywhere',
    async run() {
      const { sdk } = client();
      const chunks = await collect(await sdk.chat.completions.create({ model: 'gpt-5.4', messages: hi, stream: true }));
      assert.ok(chunks.length > 2);
      assert.ok(chunks.every((c) => c.usage == null));
      assert.equal(chunks.at(-1).choices[0].finish_reason, 'stop');
      assert.ok(chunks.flatMap((c) => c.choices).map((c) => c.delta?.content ?? '').join('').length > 0);
    },
  },
  {
    name: 'streamed through the SDK\'s helper (runner with finalChatCompletion)',
    async run() {
      const { sdk } = client();
      const runner = sdk.chat.completions.stream({ model: 'gpt-5.4', messages: hi, stream_options: { include_usage: true } });
      const final = await runner.finalChatCompletion();
      assert.ok(final.choices[0].message.content.length > 0);
      assert.ok(final.usage.completion_tokens_details.reasoning_tokens > 0);
    },
  },
  {
    name: 'models: list and retrieve',
    async run() {
      const { sdk } = client();
      const ids = [];
      for await (const model of sdk.models.list()) ids.push(model.id);
      assert.ok(ids.includes('gpt-5.4') && ids.includes('gpt-4.1'), ids.join(','));
      assert.deepEqual(ids, [...ids].sort());
      const one = await sdk.models.retrieve('gpt-5.4');
      assert.equal(one.object, 'model');
      assert.equal(one.owned_by, 'openai');
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Errors: the SDK's class, and OpenAI's fields. None of these is retried.
const errors = [
  {
    name: 'unknown model: NotFoundError model_not_found',
    call: (sdk) => sdk.chat.completions.create({ model: 'gpt-nonexistent', messages: hi }),
    error: 'NotFoundError', status: 404, code: 'model_not_found', type: 'invalid_request_error', param: null,
    message: /The model `gpt-nonexistent` does not exist/,
  },
  {
    name: 'retrieving an unknown model: NotFoundError model_not_found',
    call: (sdk) => sdk.models.retrieve('gpt-nonexistent'),
    error: 'NotFoundError', status: 404, code: 'model_not_found', type: 'invalid_request_error', param: null,
  },
  {
    name: 'no messages: BadRequestError with param',
    call: (sdk) => sdk.chat.completions.create({ model: 'gpt-5.4', messages: [] }),
    error: 'BadRequestError', status: 400, code: null, type: 'invalid_request_error', param: 'messages',
  },
  {
    name: 'max_completion_tokens 0: BadRequestError with param',
    call: (sdk) => sdk.chat.completions.create({ model: 'gpt-5.4', messages: hi, max_completion_tokens: 0 }),
    error: 'BadRequestError', status: 400, code: null, type: 'invalid_request_error', param: 'max_completion_tokens',
  },
  {
    name: 'a path the model does not have: NotFoundError in OpenAI\'s shape',
    call: (sdk) => sdk.get('/no-such-path'),
    error: 'NotFoundError', status: 404, code: 'not_found', type: 'invalid_request_error', param: null,
  },
  {
    name: 'a wrong key: AuthenticationError',
    options: { apiKey: 'wrong-key' },
    call: (sdk) => sdk.chat.completions.create({ model: 'gpt-5.4', messages: hi }),
    error: 'AuthenticationError', status: 401, code: 'unauthorized', type: 'invalid_request_error', param: null,
  },
];

// ---------------------------------------------------------------------------------------------
// Retries: the model's faults (PUT /sim/settings), the SDK's retries counted at its fetch.
// A 429 carries retry-after: 1 and retry-after-ms: 120, so the SDK waits 120 ms, not its own
// backoff (0.5 s x 2^n, less up to 25 % jitter: at least 375 ms before the first retry).
const retries = [
  {
    name: '429 every time: 3 attempts (2 retries), 120 ms apart as retry-after-ms says, then RateLimitError',
    settings: { failure_rate: 1, fault_kind: 'rate_limited' },
    error: 'RateLimitError', status: 429, code: 'rate_limit_exceeded', attempts: 3, gapMs: [110, 360],
  },
  {
    name: '429 once, then the model recovers: 2 attempts and the answer',
    settings: { failure_rate: 1, fault_kind: 'rate_limited' },
    recoverAfter: 1, attempts: 2, gapMs: [110, 360],
  },
  {
    name: '429 with maxRetries 0: one attempt',
    settings: { failure_rate: 1, fault_kind: 'rate_limited' },
    options: { maxRetries: 0 },
    error: 'RateLimitError', status: 429, code: 'rate_limit_exceeded', attempts: 1,
  },
  {
    name: '500 with maxRetries 1: 2 attempts, after the SDK\'s own backoff (no retry-after), then InternalServerError',
    settings: { failure_rate: 1, fault_kind: 'server_error' },
    options: { maxRetries: 1 },
    error: 'InternalServerError', status: 500, code: null, attempts: 2, gapMs: [370, 2000],
  },
  {
    name: 'a 400 is not retried',
    settings: { failure_rate: 0 },
    body: { model: 'gpt-5.4', messages: [] },
    error: 'BadRequestError', status: 400, code: null, attempts: 1,
  },
];

test(`OpenAI Node SDK against the simulated model`, async (t) => {
  t.diagnostic(`openai ${sdkVersion}, node ${process.version}, costbench ${server}`);

  for (const row of answers) await t.test(row.name, row.run);

  for (const row of errors) {
    await t.test(row.name, async () => {
      const { sdk, attempts } = client(row.options);
      await assert.rejects(row.call(sdk), (err) => {
        assert.equal(err.constructor.name, row.error, `${err.constructor.name}: ${err.message}`);
        assert.ok(err instanceof OpenAI[row.error] && err instanceof OpenAI.APIError);
        assert.equal(err.status, row.status);
        assert.equal(err.code, row.code);
        assert.equal(err.type, row.type);
        assert.equal(err.param, row.param);
        if (row.message) assert.match(err.message, row.message);
        assert.match(err.requestID, REQUEST_ID, 'x-request-id on errors too');
        return true;
      });
      assert.equal(attempts.length, 1, 'not retried');
    });
  }

  for (const row of retries) {
    await t.test(row.name, async () => {
      await settings(row.settings);
      try {
        const { sdk, attempts } = client(row.options, async (n) => {
          if (n === row.recoverAfter) await settings({ failure_rate: 0 });
        });
        const call = sdk.chat.completions.create(row.body ?? { model: 'gpt-5.4', messages: hi });
        if (row.error) {
          await assert.rejects(call, (err) => {
            assert.equal(err.constructor.name, row.error, `${err.constructor.name}: ${err.message}`);
            assert.equal(err.status, row.status);
            assert.equal(err.code, row.code);
            if (row.status === 429) {
              assert.equal(err.headers.get('retry-after'), '1');
              assert.equal(err.headers.get('retry-after-ms'), '120');
            }
            return true;
          });
        } else {
          const data = await call;
          assert.ok(data.choices[0].message.content.length > 0);
        }
        assert.equal(attempts.length, row.attempts, `attempts: ${JSON.stringify(attempts)}`);
        assert.deepEqual(attempts.map((a) => a.retry), attempts.map((_, i) => String(i)),
          'x-stainless-retry-count numbers the attempts');
        if (row.gapMs) {
          for (let i = 1; i < attempts.length; i++) {
            const gap = attempts[i].at - attempts[i - 1].answered;
            assert.ok(gap >= row.gapMs[0] && gap < row.gapMs[1],
              `attempt ${i + 1} started ${gap.toFixed(0)} ms after the answer before it, expected ${row.gapMs[0]} to ${row.gapMs[1]}`);
          }
        }
      } finally {
        await settings({ failure_rate: 0, fault_kind: 'mixed' });
      }
    });
  }
});
