/**
 * What issue 13 item 10 asks next to openai: chat stream helpers (final completion with tool calls,
 * final text, tee, a stream from a ReadableStream), log levels from `logLevel` and `<PREFIX>_LOG`,
 * a short `console.log(client)`, and the `client.get/post(path)` escape hatch — over real HTTP.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accumulateChatCompletion,
  chatCompletionText,
} from '../../templates/client/chat-stream.js';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { guardedReading } from '../../templates/client/body-reader.js';
import { BaseClient } from '../../templates/client/client.js';
import { retrying } from '../../templates/client/retry.js';
import { NotFoundError, ResponseTooLargeError } from '../../templates/client/errors.js';
import type { Stream } from '../../templates/client/stream.js';
import { sseStream, Stream as StreamClass } from '../../templates/client/stream.js';
import { API_KEY, captureLogger, json, startServer, TestClient } from './helpers.js';

const sseHeaders = { 'content-type': 'text/event-stream' };
const op = {
  method: 'post',
  path: '/v1/chat/completions',
  retry: 'unsafe',
  auth: 'bearer',
  stream: sseStream({ terminator: '[DONE]' }),
} as const;
type Chunk = Record<string, unknown>;

const chunks: Chunk[] = [
  {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o',
    choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' } }],
  },
  {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o',
    choices: [{ index: 0, delta: { content: 'lo' } }],
  },
  {
    id: 'c1',
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: [
            {
              index: 0,
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"ci' },
            },
          ],
        },
      },
    ],
  },
  {
    id: 'c1',
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: [
            { index: 0, function: { arguments: 'ty":"Paris"}' } },
            { index: 1, id: 'call_2', function: { name: 'now', arguments: '{}' } },
          ],
        },
      },
    ],
  },
  {
    id: 'c1',
    choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
    usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
  },
];

async function chatServer(): Promise<string> {
  const server = await startServer((_req, res) => {
    res.writeHead(200, sseHeaders);
    res.end(`${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`);
  });
  return server.url;
}

/** A client configuration with none of the opt-in parts (logging, retries, guarded reading), like the generated `CLIENT_CONFIG`. */
const BARE_CONFIG = {
  envPrefix: 'TESTAPI',
  authSchemes: { bearer: { type: 'bearer' } },
} as const;

describe('chat stream helpers', () => {
  it('accumulates the final completion, tool calls included', async () => {
    const client = new TestClient({ baseUrl: await chatServer() });
    const completion = await accumulateChatCompletion(await client.request<Stream<Chunk>>(op));
    expect(completion).toMatchObject({
      id: 'c1',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o',
      usage: { total_tokens: 12 },
    });
    expect(completion.choices).toEqual([
      {
        index: 0,
        finish_reason: 'tool_calls',
        message: {
          role: 'assistant',
          content: 'Hello',
          tool_calls: [
            {
              index: 0,
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
            },
            {
              index: 1,
              id: 'call_2',
              type: 'function',
              function: { name: 'now', arguments: '{}' },
            },
          ],
        },
      },
    ]);
  });

  it('tee() gives two streams with every chunk; the final text of one, the chunks of the other', async () => {
    const client = new TestClient({ baseUrl: await chatServer() });
    const [a, b] = (await client.request<Stream<Chunk>>(op)).tee();
    const seen: Chunk[] = [];
    const [text] = await Promise.all([
      chatCompletionText(a),
      (async () => {
        for await (const chunk of b) seen.push(chunk);
      })(),
    ]);
    expect(text).toBe('Hello');
    expect(seen).toEqual(chunks);
  });

  it('fromReadableStream reads what toReadableStream wrote (e.g. piped to a browser)', async () => {
    const client = new TestClient({ baseUrl: await chatServer() });
    const piped = (await client.request<Stream<Chunk>>(op)).toReadableStream();
    const rebuilt = StreamClass.fromReadableStream<Chunk>(piped);
    expect(await chatCompletionText(rebuilt)).toBe('Hello');
  });
});

describe('log levels', () => {
  const get = { method: 'get', path: '/x', retry: 'safe', auth: 'bearer' } as const;
  afterEach(() => {
    delete process.env['TESTAPI_LOG'];
  });

  it('logLevel picks what reaches the logger; the environment variable is the default', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const quiet = captureLogger();
    await new TestClient({ baseUrl: server.url, logger: quiet.logger }).request(get);
    expect(quiet.text()).toBe('');
    const loud = captureLogger();
    await new TestClient({ baseUrl: server.url, logger: loud.logger, logLevel: 'debug' }).request(
      get,
    );
    expect(loud.text()).toContain('→ GET');
    process.env['TESTAPI_LOG'] = 'debug';
    const fromEnv = captureLogger();
    await new TestClient({ baseUrl: server.url, logger: fromEnv.logger }).request(get);
    expect(fromEnv.text()).toContain('← 200');
    const off = captureLogger();
    await new TestClient({ baseUrl: server.url, logger: off.logger, logLevel: 'off' }).request(get);
    expect(off.text()).toBe('');
  });

  it('a client without `logging` in its config logs nothing and refuses a logger it would ignore', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const config = {
      envPrefix: 'TESTAPI',
      authSchemes: { bearer: { type: 'bearer' } },
      pathPrefixes: ['/v1'],
      retryPolicy: RETRY_POLICY,
    } as const;
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    process.env['TESTAPI_LOG'] = 'debug';
    try {
      // `/v1/x` drops the base's `/v1` once as usual; the warning it would log has nowhere to go.
      const bare = new BaseClient({ apiKey: API_KEY, baseUrl: `${server.url}/v1` }, config);
      expect(bare.baseUrl).toBe(`${server.url}/v1`);
      expect(await bare.request({ ...get, path: '/v1/x' })).toEqual({ ok: true });
      expect(server.requests.at(-1)?.url).toBe('/v1/x');
      expect(warnings).toEqual([]);
    } finally {
      console.warn = originalWarn;
    }
    for (const options of [{ logger: captureLogger().logger }, { logLevel: 'debug' as const }])
      expect(
        () => new BaseClient({ apiKey: API_KEY, baseUrl: server.url, ...options }, config),
      ).toThrow(
        `\`${Object.keys(options)[0]}\` needs \`logging: safeLogging, scrubbing: scrubSecrets\` in the client config.`,
      );
    expect(
      new BaseClient({ apiKey: API_KEY, baseUrl: server.url, logLevel: 'off' }, config).logger.warn(
        'x',
      ),
    ).toBe(undefined);
  });

  it('a client without `retrying` in its config sends once; with it, it retries by the policy', async () => {
    let hits = 0;
    const server = await startServer((_req, res) => {
      hits += 1;
      if (hits === 1) json(res, 503, { error: 'busy' });
      else json(res, 200, { ok: true });
    });
    const bare = new BaseClient({ apiKey: API_KEY, baseUrl: server.url }, BARE_CONFIG);
    expect(bare.maxRetries).toBe(0);
    expect(bare.retryPolicy).toBeUndefined();
    await expect(bare.request(get)).rejects.toMatchObject({ status: 503 });
    expect(hits).toBe(1);
    for (const option of [{ maxRetries: 2 }, { backoff: { initialDelayMs: 1 } }])
      expect(
        () => new BaseClient({ apiKey: API_KEY, baseUrl: server.url, ...option }, BARE_CONFIG),
      ).toThrow(
        `\`${Object.keys(option)[0]}\` needs \`retrying, retryPolicy: RETRY_POLICY\` in the client config.`,
      );
    // The values that ask for nothing pass.
    expect(
      new BaseClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 }, BARE_CONFIG)
        .maxRetries,
    ).toBe(0);
    // Per call too: not sent, rather than silently sent once.
    await expect(bare.request(get, { maxRetries: 2 })).rejects.toThrow(
      '`maxRetries` needs `retrying, retryPolicy: RETRY_POLICY` in the client config.',
    );
    expect(hits).toBe(1);
    hits = 0;
    const retried = new BaseClient(
      { apiKey: API_KEY, baseUrl: server.url, backoff: { initialDelayMs: 1, maxDelayMs: 2 } },
      { ...BARE_CONFIG, retrying, retryPolicy: RETRY_POLICY },
    );
    expect(retried.maxRetries).toBe(RETRY_POLICY.maxRetries);
    expect(retried.retryPolicy).toMatchObject({ initialDelayMs: 1, maxDelayMs: 2 });
    expect(await retried.request(get)).toEqual({ ok: true });
    expect(hits).toBe(2);
  });

  it('a client without `reading` in its config reads bodies uncapped; with it, `maxResponseBytes` holds', async () => {
    const big = { text: 'x'.repeat(4096) };
    const server = await startServer((req, res) => {
      if (req.url === '/bytes') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.from([1, 2, 3]));
      } else json(res, 200, big);
    });
    const bare = new BaseClient({ apiKey: API_KEY, baseUrl: server.url }, BARE_CONFIG);
    expect(bare.maxResponseBytes).toBe(Infinity);
    expect(await bare.request(get)).toEqual(big);
    const stream = await bare.request<ReadableStream<Uint8Array>>(
      { ...get, path: '/bytes' },
      { as: 'stream' },
    );
    expect([...new Uint8Array(await new Response(stream).arrayBuffer())]).toEqual([1, 2, 3]);
    expect(
      () =>
        new BaseClient(
          { apiKey: API_KEY, baseUrl: server.url, maxResponseBytes: 1024 },
          BARE_CONFIG,
        ),
    ).toThrow('`maxResponseBytes` needs `reading: guardedReading` in the client config.');
    // Only `maxRetries: 0` and `logLevel: 'off'` ask for nothing: a cap of 0 bytes is refused too.
    expect(
      () =>
        new BaseClient({ apiKey: API_KEY, baseUrl: server.url, maxResponseBytes: 0 }, BARE_CONFIG),
    ).toThrow('`maxResponseBytes` needs `reading: guardedReading` in the client config.');
    const capped = new BaseClient(
      { apiKey: API_KEY, baseUrl: server.url, maxResponseBytes: 1024 },
      { ...BARE_CONFIG, reading: guardedReading },
    );
    await expect(capped.request(get)).rejects.toBeInstanceOf(ResponseTooLargeError);
    const guarded = await capped.request<ReadableStream<Uint8Array>>(
      { ...get, path: '/bytes' },
      { as: 'stream' },
    );
    expect([...new Uint8Array(await new Response(guarded).arrayBuffer())]).toEqual([1, 2, 3]);
  });
});

describe('the client itself', () => {
  it('console.log(client) is one short line without the key', () => {
    const text = inspect(new TestClient({ baseUrl: 'http://127.0.0.1:9' }));
    expect(text).toBe(
      'TestClient {"baseUrl":"http://127.0.0.1:9","maxRetries":2,"timeout":600000,"idleTimeout":300000}',
    );
    expect(text).not.toContain(API_KEY);
  });

  it('client.get/post reach undocumented endpoints with the key, typed, and map errors', async () => {
    const server = await startServer((req, res, body) => {
      if (req.url === '/v1/dashboard/billing/usage?day=1')
        return json(res, 200, { total_usage: 42 });
      if (req.method === 'POST') return json(res, 200, { echo: JSON.parse(body.toString()) });
      json(res, 404, { error: { message: 'nope' } });
    });
    const client = new TestClient({ baseUrl: server.url });
    const usage = await client.get<{ total_usage: number }>('/v1/dashboard/billing/usage', {
      query: { day: 1 },
    });
    expect(usage.total_usage).toBe(42);
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(await client.post('/v1/custom', { body: { a: 1 } })).toEqual({ echo: { a: 1 } });
    await expect(client.delete('/v1/missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});
