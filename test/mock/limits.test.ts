/** Hostile request bodies and parameters: depth and size limits answer 400/413, and no input makes the mock answer 500 or stop serving. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import type { MockOperation } from '../../templates/mock/types.js';
import { DEFAULT_LIMITS, tooDeep } from '../../templates/mock/limits.js';
import { compileRequestCheck } from '../../templates/mock/request-checks.js';
import { createSchemaCompiler } from '../../templates/mock/validate.js';
import { EXTRAS, FEATURES, call, startFor } from './helpers.js';

let features: MockServer;
let extras: MockServer;

beforeAll(async () => {
  features = await startFor(FEATURES);
  extras = await startFor(EXTRAS);
});
afterAll(async () => {
  await features?.close();
  await extras?.close();
});

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const okChat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
const json = { 'content-type': 'application/json' };

function message(body: unknown): string {
  const b = body as { error?: { message?: string }; description?: string };
  return b.error?.message ?? b.description ?? '';
}

describe('depth limits', () => {
  it('answers 400 (not 500) to a 10,000-deep value in an extra field of a task submit, and creates no task', async () => {
    const before = extras.tasks.list().length;
    const a = await call(extras.url, 'POST', '/mj/submit/imagine', {
      headers: json,
      body: `{"prompt":"cat","extra":${nested(10000)}}`,
    });
    expect(a.status, a.text).toBe(400);
    expect(message(a.json)).toContain('nested deeper than 64 levels (at /extra/0/0');
    expect(extras.tasks.list().length).toBe(before);
  });

  it('answers 400 to deep malformed JSON, located at its end', async () => {
    const a = await call(features.url, 'POST', '/v1/chat/completions', {
      headers: json,
      body: `{"model":"x","messages":${'['.repeat(300000)}`,
    });
    expect(a.status, a.text).toBe(400);
    expect(message(a.json)).toMatch(/Malformed JSON .*position 300024\): unexpected end of input/);
  });

  it('accepts nesting up to the limit and honours a configured limit', async () => {
    const shallow = await call(features.url, 'POST', '/v1/chat/completions', {
      json: { ...okChat, metadata: JSON.parse(nested(60)) },
    });
    expect(shallow.status).not.toBe(500);
    expect(message(shallow.json)).not.toContain('nested deeper');
    const strict = await startFor(FEATURES, { maxDepth: 3 });
    try {
      const a = await call(strict.url, 'POST', '/v1/chat/completions', {
        json: { ...okChat, messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }] },
      });
      expect(a.status).toBe(400);
      expect(message(a.json)).toContain('nested deeper than 3 levels (at /messages/0/content)');
    } finally {
      await strict.close();
    }
  });

  it('reports a deep JSON value in an object query parameter at the parameter', () => {
    const op: MockOperation = {
      operationId: 'find',
      method: 'get',
      path: '/find',
      security: [],
      parameters: [
        {
          name: 'filter',
          in: 'query',
          required: false,
          schema: { type: 'object' },
          coerce: { types: ['object'] },
          style: 'form',
          explode: true,
        },
      ],
      responses: [],
      callbacks: [],
    };
    const compiler = createSchemaCompiler({});
    const sources = {
      query: new URLSearchParams({ filter: `{"a":${nested(5000)}}` }),
      headers: {},
      cookies: {},
      path: {},
    };
    const checked = compileRequestCheck(op, compiler, DEFAULT_LIMITS)(sources, null);
    const issues = 'issues' in checked ? checked.issues : [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      location: 'query',
      name: 'filter',
      message: 'is nested deeper than 64 levels',
    });
    expect(issues[0]!.pointer).toMatch(/^\/a(\/0){63}$/);
  });

  it('answers 400 to a deep JSON part of a multipart body', async () => {
    const body = [
      '--b',
      'Content-Disposition: form-data; name="purpose"',
      'Content-Type: application/json',
      '',
      nested(5000),
      '--b--',
      '',
    ].join('\r\n');
    const a = await call(features.url, 'POST', '/files', {
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body,
    });
    expect(a.status, a.text).toBe(400);
    expect(message(a.json)).toContain('nested deeper than 64 levels (at /purpose/0');
  });

  it('tooDeep finds the first pointer past the limit, walking no deeper than it', () => {
    expect(tooDeep({ a: [1, { b: 2 }] }, 3)).toBeUndefined();
    expect(tooDeep({ a: [1, { b: [] }] }, 3)).toBe('/a/1/b');
    expect(tooDeep({ 'x/y': { '~': {} } }, 2)).toBe('/x~1y/~0');
    expect(tooDeep(JSON.parse(nested(100000)), 64)).toMatch(/^(\/0){64}$/);
    expect(tooDeep(new Uint8Array(10), 0)).toBeUndefined();
  });
});

describe('size limits', () => {
  it('answers 413 to an urlencoded body with more fields than the limit', async () => {
    const a = await call(extras.url, 'POST', '/items?key=k1', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ab&size=1' + '&tags=x'.repeat(1000),
    });
    expect(a.status, a.text).toBe(413);
    expect(a.text).toContain("1002 form fields; the mock's limit is 1000");
  });

  it('answers 413 to a multipart body with more parts than the limit', async () => {
    const fd = new FormData();
    fd.append(
      'file',
      new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      'cat.png',
    );
    for (let i = 0; i < 1000; i++) fd.append('purpose', 'input');
    const a = await call(features.url, 'POST', '/files', { body: fd });
    expect(a.status, a.text).toBe(413);
    // The parser stops at the limit, so the count is a bound.
    expect(a.text).toContain("more than 1000 form fields; the mock's limit is 1000");
  });
});

/** A small seeded generator (mulberry32) so a failure names a reproducible case. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('no input answers 500', () => {
  it('300 seeded malformed requests get a 4xx or a success, and the server keeps serving', async () => {
    const rnd = random(18);
    const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
    const valid = JSON.stringify({ ...okChat, temperature: 1, stream: false });
    const mutations: (() => string)[] = [
      () => valid.slice(0, Math.floor(rnd() * valid.length)),
      () => {
        const at = Math.floor(rnd() * valid.length);
        return (
          valid.slice(0, at) +
          pick(['{', '[', '"', '\\', '\u0000', ',', '}', ']', '\ud800', 'null']) +
          valid.slice(at)
        );
      },
      () =>
        `{"model":"x","messages":[{"role":"user","content":${nested(Math.floor(rnd() * 20000))}}]}`,
      () => `{"model":${'{"a":'.repeat(Math.floor(rnd() * 5000))}`,
      () =>
        JSON.stringify({
          ...okChat,
          [pick(['__proto__', 'constructor', 'hasOwnProperty', 'toString'])]: { polluted: true },
        }),
      () => JSON.stringify({ ...okChat, n: pick([1e309, -0, 2 ** 64, 'NaN']) }),
    ];
    const targets: [MockServer, string, string][] = [
      [features, '/v1/chat/completions', 'application/json'],
      [extras, '/mj/submit/imagine', 'application/json'],
      [extras, '/items?key=k1', 'application/x-www-form-urlencoded'],
      [features, '/files', 'multipart/form-data; boundary=b'],
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const [server, path, type] = pick(targets);
      const body = pick(mutations)();
      const a = await call(server.url, 'POST', path, {
        headers: {
          'content-type': pick([type, type, 'application/json; charset=utf-8', 'text/plain', '']),
        },
        body,
      });
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      expect(
        a.status < 500,
        `case ${i}: ${path} ${body.slice(0, 120)} → ${a.status} ${a.text.slice(0, 200)}`,
      ).toBe(true);
    }
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(
      (await call(features.url, 'POST', '/v1/chat/completions', { json: okChat })).status,
    ).toBe(200);
  });
});
