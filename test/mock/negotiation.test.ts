/**
 * Behaviours on any spec: content negotiation chooses the event stream (openai.yaml without
 * `x-stream`), the usage chunk, errors in the spec's own shape or RFC 9457 problem documents, and
 * the configured-keys auth mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { parseMockArgs } from '../../templates/mock/cli-main.js';
import type { MockRouteTable } from '../../templates/mock/types.js';
import { EXTRAS, FEATURES, SHELL, call, irOf, startFor } from './helpers.js';
import { schemaChecker, sseData } from './schema-check.js';

const SPECS = new URL('../../../shared/specs/', import.meta.url);
const spec = (name: string): string => new URL(name, SPECS).pathname;

let openai: MockServer;
let openaiTable: MockRouteTable;
let petstore: MockServer;
let museum: MockServer;
let shell: MockServer;

beforeAll(async () => {
  openaiTable = createMockRoutes(await irOf(spec('openai.yaml')));
  openai = await startMockServer({ routes: openaiTable, clock: 'manual' });
  petstore = await startFor(spec('petstore.yaml'));
  museum = await startFor(spec('museum.yaml'));
  shell = await startFor(SHELL);
}, 120_000);
afterAll(async () => {
  await Promise.all([openai, petstore, museum, shell].map((s) => s?.close()));
});

const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say this is a test' }] };

describe('content negotiation (openai.yaml has no x-stream: the stream is inferred)', () => {
  it('streams chat completions for stream: true with Accept: text/event-stream, each event shaped by the event schema', async () => {
    const a = await call(openai.url, 'POST', '/chat/completions', {
      json: { ...chat, stream: true },
      headers: { accept: 'text/event-stream' },
    });
    expect(a.status, a.text).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/event-stream');
    expect(a.text).toMatch(/^data: \{/);
    const all = sseData(a.text);
    // An inferred stream whose spec shows no end line: none is sent (a `[DONE]` the spec never
    // shows would make the SDKs wait for it from a server that does not send it).
    expect(all).not.toContain('[DONE]');
    const events = all as Record<string, unknown>[];
    expect(events.length).toBeGreaterThan(0);
    // The spec has no event example: the IR's example policy generates one event from the event
    // schema (valid at every depth; the public-specs test checks that with Ajv), so this checks the
    // schema's top level: every required property, the `object` constant, the choices array.
    const chunk = openaiTable.schemas.CreateChatCompletionStreamResponse as { required: string[] };
    for (const e of events) {
      for (const name of chunk.required) expect(e).toHaveProperty(name);
      expect(e.object).toBe('chat.completion.chunk');
      expect(Array.isArray(e.choices)).toBe(true);
    }
  });

  it('streams for stream: true alone, and for Accept: text/event-stream alone', async () => {
    const flag = await call(openai.url, 'POST', '/chat/completions', {
      json: { ...chat, stream: true },
    });
    expect(flag.headers.get('content-type')).toBe('text/event-stream');
    const accept = await call(openai.url, 'POST', '/chat/completions', {
      json: chat,
      headers: { accept: 'text/event-stream' },
    });
    expect(accept.headers.get('content-type')).toBe('text/event-stream');
  });

  it('answers JSON without stream or with Accept: application/json', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { accept: 'application/json' },
      { accept: 'application/json, text/event-stream;q=0.5' },
    ]) {
      const a = await call(openai.url, 'POST', '/chat/completions', { json: chat, headers });
      expect(a.status).toBe(200);
      expect(a.headers.get('content-type')).toBe('application/json');
      expect(a.json).toMatchObject({ object: 'chat.completion' });
    }
  });

  it('adds a usage chunk for stream_options.include_usage (openai.yaml, from the event schema)', async () => {
    const a = await call(openai.url, 'POST', '/chat/completions', {
      json: { ...chat, stream: true, stream_options: { include_usage: true } },
    });
    const events = sseData(a.text) as Record<string, unknown>[];
    const last = events[events.length - 1]!;
    expect(last.choices).toEqual([]);
    expect(last.usage).toMatchObject({
      prompt_tokens: expect.any(Number),
      completion_tokens: expect.any(Number),
      total_tokens: expect.any(Number),
    });
    const without = sseData(
      (await call(openai.url, 'POST', '/chat/completions', { json: { ...chat, stream: true } }))
        .text,
    );
    expect(without.length).toBe(events.length - 1);
  });
});

describe('usage chunk on the Shell spec (x-stream)', () => {
  it("sends the non-streamed answer's usage in a last chunk before [DONE], only when asked", async () => {
    const body = {
      model: 'gpt-3.5-turbo',
      messages: [{ role: 'user', content: 'Say this is a test!' }],
      stream: true,
    };
    const plain = sseData(
      (await call(shell.url, 'POST', '/v1/chat/completions', { json: body })).text,
    );
    const withUsage = sseData(
      (
        await call(shell.url, 'POST', '/v1/chat/completions', {
          json: { ...body, stream_options: { include_usage: true } },
        })
      ).text,
    );
    expect(plain[plain.length - 1]).toBe('[DONE]');
    expect(withUsage.length).toBe(plain.length + 1);
    expect(withUsage[withUsage.length - 1]).toBe('[DONE]');
    const chunk = withUsage[withUsage.length - 2] as Record<string, unknown>;
    expect(chunk).toMatchObject({
      object: 'chat.completion.chunk',
      choices: [],
      usage: { total_tokens: expect.any(Number) },
    });
    const table = createMockRoutes(await irOf(SHELL));
    const check = schemaChecker(table)(
      table.operations.find((o) => o.operationId === 'createChatCompletion')!.stream!.itemSchema,
    );
    for (const e of withUsage.slice(0, -1)) expect(check(e), JSON.stringify(e)).toBeUndefined();
  });
});

describe('error shapes', () => {
  it('answers RFC 9457 problem documents on a spec that declares no error shape (petstore)', async () => {
    const bad = await call(petstore.url, 'GET', '/pet/abc', { headers: { api_key: 'k' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.json).toMatchObject({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining('path parameter petId: must be integer'),
      param: 'petId',
    });
    const lost = await call(petstore.url, 'GET', '/nothing/here');
    expect(lost.status).toBe(404);
    expect(lost.json).toMatchObject({ title: 'Not Found', status: 404, code: 'unknown_url' });
    const injected = await call(petstore.url, 'GET', '/pet/7', {
      headers: { api_key: 'k', prefer: 'code=503' },
    });
    expect(injected.status).toBe(503);
    expect(injected.headers.get('content-type')).toBe('application/problem+json');
    expect(injected.json).toMatchObject({ title: 'Service Unavailable', status: 503 });
  });

  it("uses the spec's own declared shape and media type (museum: application/problem+json Error)", async () => {
    const a = await call(museum.url, 'GET', '/special-events/not-a-uuid', {
      headers: { authorization: `Basic ${btoa('u:p')}` },
    });
    expect(a.status).toBe(400);
    expect(a.headers.get('content-type')).toBe('application/problem+json');
    expect(Object.keys(a.json as object).sort()).toEqual(['title', 'type']);
    expect((a.json as { title: string }).title).toContain('eventId');
  });

  it("an operation without an error shape borrows its nearest neighbour's (openai.yaml)", async () => {
    const undeclared = openaiTable.operations.find((o) => o.operationId === 'listVoiceConsents')!;
    expect(undeclared.responses.some((r) => r.isError)).toBe(false);
    const a = await call(openai.url, 'GET', `${undeclared.path}?limit=lots`);
    expect(a.status).toBe(400);
    expect(a.json).toMatchObject({
      error: { message: expect.stringContaining('limit'), param: 'limit' },
    });
  });
});

describe('configured keys', () => {
  it('accepts only the configured bearer keys, without echoing a wrong one', async () => {
    const strict = await startFor(FEATURES, { keys: ['sk-good'] });
    try {
      const ok = await call(strict.url, 'POST', '/v1/chat/completions', {
        json: chat,
        headers: { authorization: 'Bearer sk-good' },
      });
      expect(ok.status).toBe(200);
      const wrong = await call(strict.url, 'POST', '/v1/chat/completions', {
        json: chat,
        headers: { authorization: 'Bearer sk-wrong-key' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.text).not.toContain('sk-wrong-key');
      expect(wrong.json).toMatchObject({
        error: { message: expect.stringContaining('not one of the keys'), code: 'invalid_api_key' },
      });
    } finally {
      await strict.close();
    }
  });

  it('checks API keys and basic passwords too; the default accepts any well-formed key', async () => {
    const strict = await startFor(EXTRAS, { keys: ['k1', 'secret'] });
    const open = await startFor(EXTRAS);
    try {
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      expect(
        (await call(strict.url, 'POST', '/items?key=k1', { headers: form, body: 'name=ab&size=1' }))
          .status,
      ).toBe(201);
      expect(
        (await call(strict.url, 'POST', '/items?key=k2', { headers: form, body: 'name=ab&size=1' }))
          .status,
      ).toBe(401);
      expect(
        (
          await call(strict.url, 'POST', '/items', {
            headers: { ...form, authorization: `Basic ${btoa('u:secret')}` },
            body: 'name=ab&size=1',
          })
        ).status,
      ).toBe(201);
      // As the SDKs send keys: `user:password` whole, a bare key as `key:`.
      const basic = async (credentials: string, keys = strict.url): Promise<number> =>
        (
          await call(keys, 'POST', '/items', {
            headers: { ...form, authorization: `Basic ${btoa(credentials)}` },
            body: 'name=ab&size=1',
          })
        ).status;
      expect(await basic('u:nope')).toBe(401);
      expect(await basic('k1:')).toBe(201);
      expect(await basic('nope:')).toBe(401);
      const pair = await startFor(EXTRAS, { keys: ['u:p'] });
      try {
        expect(await basic('u:p', pair.url)).toBe(201);
        expect(await basic('anyone:u:p', pair.url)).toBe(401);
        expect(await basic('u:p:', pair.url)).toBe(401);
      } finally {
        await pair.close();
      }
      expect(
        (
          await call(open.url, 'POST', '/items?key=anything', {
            headers: form,
            body: 'name=ab&size=1',
          })
        ).status,
      ).toBe(201);
    } finally {
      await strict.close();
      await open.close();
    }
  });

  it('--keys takes a comma list and repeats', () => {
    expect(parseMockArgs(['--keys', 'a,b', '--keys=c']).keys).toEqual(['a', 'b', 'c']);
  });
});
