/** Strict request validation through a real mock server: each bad request gets its exact status and pointer, and the server keeps serving. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { propertyPath } from '../../templates/mock/request-checks.js';
import { BEARER, EXTRAS, FEATURES, call, startFor, type Answer } from './helpers.js';

let features: MockServer;
let extras: MockServer;

beforeAll(async () => {
  features = await startFor(FEATURES, { bodyLimit: 64 * 1024 });
  extras = await startFor(EXTRAS);
});
afterAll(async () => {
  await features?.close();
  await extras?.close();
});

const CHAT = '/v1/chat/completions';
const okChat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say this is a test' }] };
const enc = new TextEncoder();

function multipart(
  boundary: string,
  parts: { name: string; filename?: string; type?: string; value: string }[],
  close = true,
): Uint8Array<ArrayBuffer> {
  let text = '';
  for (const p of parts) {
    text += `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n`;
    if (p.type) text += `Content-Type: ${p.type}\r\n`;
    text += `\r\n${p.value}\r\n`;
  }
  if (close) text += `--${boundary}--\r\n`;
  return new Uint8Array(enc.encode(text));
}

interface BadRequest {
  server: 'features' | 'extras';
  method: string;
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: BodyInit;
  want: {
    status: number;
    /** The first failing pointer as the message shows it (JSON pointer into the body, or the parameter name); null = none. */
    pointer: string | null;
    /** The same as OpenAI's `param` names it (`messages[0].role`, `fields[1]`); null for none or the body as a whole. */
    param: string | null;
    /** Other text the message must contain (every failing pointer, a position...). */
    mentions?: string[];
    allow?: string;
  };
}

const noAuth = { authorization: '' };

const cases: [string, BadRequest][] = [
  [
    'malformed JSON reports line and column',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: { 'content-type': 'application/json' },
      body: '{"model": "x",\n "messages": [}',
      want: {
        status: 400,
        pointer: null,
        param: null,
        mentions: ['line 2, column 15', 'position 29'],
      },
    },
  ],
  [
    'trailing comma in JSON',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: { 'content-type': 'application/json' },
      body: '{"model": "x",}',
      want: { status: 400, pointer: null, param: null, mentions: ['column 15', 'trailing comma'] },
    },
  ],
  [
    'missing required body',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: { 'content-type': 'application/json' },
      want: { status: 400, pointer: '', param: null, mentions: ['body is required'] },
    },
  ],
  [
    'missing required property',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { model: 'gpt-4o' },
      want: { status: 400, pointer: '/messages', param: 'messages', mentions: ['is required'] },
    },
  ],
  [
    'wrong type',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { ...okChat, model: 42 },
      want: { status: 400, pointer: '/model', param: 'model', mentions: ['must be string'] },
    },
  ],
  [
    'empty array under minItems',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { model: 'gpt-4o', messages: [] },
      want: {
        status: 400,
        pointer: '/messages',
        param: 'messages',
        mentions: ['fewer than 1 items'],
      },
    },
  ],
  [
    'unknown discriminator value',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { model: 'gpt-4o', messages: [{ role: 'bot', content: 'hi' }] },
      want: {
        status: 400,
        pointer: '/messages/0/role',
        param: 'messages[0].role',
        mentions: ['"user"'],
      },
    },
  ],
  [
    'missing discriminator',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { model: 'gpt-4o', messages: [{ content: 'hi' }] },
      want: { status: 400, pointer: '/messages/0/role', param: 'messages[0].role' },
    },
  ],
  [
    'variant property missing',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { model: 'gpt-4o', messages: [{ role: 'system' }] },
      want: { status: 400, pointer: '/messages/0/content', param: 'messages[0].content' },
    },
  ],
  [
    'deep union failure',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: {
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: [{ type: 'image_url', image_url: { detail: 'low' } }] },
        ],
      },
      want: {
        status: 400,
        pointer: '/messages/0/content/0/image_url/url',
        param: 'messages[0].content[0].image_url.url',
      },
    },
  ],
  [
    'number above maximum, every pointer listed',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { ...okChat, temperature: 3, stream: 'yes' },
      want: {
        status: 400,
        pointer: '/temperature',
        param: 'temperature',
        mentions: ['<= 2', '/stream'],
      },
    },
  ],
  [
    'no credentials',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: noAuth,
      json: okChat,
      want: { status: 401, pointer: null, param: null, mentions: ['Bearer'] },
    },
  ],
  [
    'malformed credentials',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: { authorization: 'Token abc' },
      json: okChat,
      want: { status: 401, pointer: null, param: null, mentions: ['Malformed'] },
    },
  ],
  [
    'unsupported content type',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(okChat),
      want: { status: 415, pointer: null, param: null, mentions: ['application/json'] },
    },
  ],
  [
    'missing content type',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      body: enc.encode(JSON.stringify(okChat)),
      want: { status: 415, pointer: null, param: null, mentions: ['Missing Content-Type'] },
    },
  ],
  [
    'wrong method',
    {
      server: 'features',
      method: 'GET',
      path: CHAT,
      want: { status: 405, pointer: null, param: null, allow: 'POST' },
    },
  ],
  [
    'unknown path',
    {
      server: 'features',
      method: 'GET',
      path: '/v1/nothing',
      want: { status: 404, pointer: null, param: null, mentions: ['/v1/nothing'] },
    },
  ],
  [
    'body over the limit',
    {
      server: 'features',
      method: 'POST',
      path: CHAT,
      json: { ...okChat, pad: 'x'.repeat(70 * 1024) },
      want: { status: 413, pointer: null, param: null, mentions: ['65536'] },
    },
  ],
  [
    'string under minLength',
    {
      server: 'features',
      method: 'POST',
      path: '/render/tasks',
      json: { prompt: '' },
      want: { status: 400, pointer: '/prompt', param: 'prompt' },
    },
  ],
  [
    'enum violation',
    {
      server: 'features',
      method: 'POST',
      path: '/render/tasks',
      json: { prompt: 'cat', size: '800x600' },
      want: { status: 400, pointer: '/size', param: 'size', mentions: ['"512x512"'] },
    },
  ],
  [
    'format violation',
    {
      server: 'features',
      method: 'POST',
      path: '/render/tasks',
      json: { prompt: 'cat', notifyHook: 'not a url' },
      want: { status: 400, pointer: '/notifyHook', param: 'notifyHook', mentions: ['valid uri'] },
    },
  ],
  [
    'query integer below minimum',
    {
      server: 'features',
      method: 'GET',
      path: '/render/tasks?limit=0',
      want: { status: 400, pointer: 'limit', param: 'limit', mentions: ['>= 1'] },
    },
  ],
  [
    'query not an integer',
    {
      server: 'features',
      method: 'GET',
      path: '/render/tasks?limit=ten',
      want: { status: 400, pointer: 'limit', param: 'limit', mentions: ['must be integer'] },
    },
  ],
  [
    'query enum',
    {
      server: 'features',
      method: 'GET',
      path: '/render/tasks?status=lost',
      want: { status: 400, pointer: 'status', param: 'status' },
    },
  ],
  [
    'multipart: required file part missing',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data; boundary=b0' },
      body: multipart('b0', [{ name: 'purpose', value: 'input' }]),
      want: { status: 400, pointer: '/file', param: 'file', mentions: ['is required'] },
    },
  ],
  [
    'multipart: file sent as a text field',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data; boundary=b1' },
      body: multipart('b1', [
        { name: 'file', value: 'abc' },
        { name: 'purpose', value: 'input' },
      ]),
      want: { status: 400, pointer: '/file', param: 'file', mentions: ['file part'] },
    },
  ],
  [
    'multipart: field enum',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data; boundary=b2' },
      body: multipart('b2', [
        { name: 'file', filename: 'a.png', type: 'image/png', value: 'PNG' },
        { name: 'purpose', value: 'other' },
      ]),
      want: { status: 400, pointer: '/purpose', param: 'purpose' },
    },
  ],
  [
    'multipart: part content type not declared',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data; boundary=b3' },
      body: multipart('b3', [
        { name: 'file', filename: 'a.txt', type: 'text/csv', value: 'a,b' },
        { name: 'purpose', value: 'input' },
      ]),
      want: { status: 400, pointer: '/file', param: 'file', mentions: ['image/png, image/jpeg'] },
    },
  ],
  [
    'multipart: not closed',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data; boundary=b4' },
      body: multipart('b4', [{ name: 'purpose', value: 'input' }], false),
      want: { status: 400, pointer: null, param: null, mentions: ['not closed'] },
    },
  ],
  [
    'multipart: no boundary',
    {
      server: 'features',
      method: 'POST',
      path: '/files',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'x',
      want: { status: 400, pointer: null, param: null, mentions: ['boundary'] },
    },
  ],
  [
    'path parameter below minimum',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/0',
      headers: { 'x-trace': 'abcdef01' },
      want: { status: 400, pointer: 'item_id', param: 'item_id' },
    },
  ],
  [
    'path parameter not an integer',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/seven',
      headers: { 'x-trace': 'abcdef01' },
      want: { status: 400, pointer: 'item_id', param: 'item_id', mentions: ['must be integer'] },
    },
  ],
  [
    'required header missing',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/7',
      want: { status: 400, pointer: 'X-Trace', param: 'X-Trace', mentions: ['is required'] },
    },
  ],
  [
    'header pattern',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/7',
      headers: { 'x-trace': 'XYZ' },
      want: { status: 400, pointer: 'X-Trace', param: 'X-Trace', mentions: ['pattern'] },
    },
  ],
  [
    'array query item enum (form, not exploded)',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/7?fields=name,color',
      headers: { 'x-trace': 'abcdef01' },
      want: { status: 400, pointer: 'fields/1', param: 'fields[1]' },
    },
  ],
  [
    'boolean query',
    {
      server: 'extras',
      method: 'GET',
      path: '/api/items/7?verbose=maybe',
      headers: { 'x-trace': 'abcdef01' },
      want: { status: 400, pointer: 'verbose', param: 'verbose', mentions: ['must be boolean'] },
    },
  ],
  [
    'outside the base path',
    {
      server: 'extras',
      method: 'GET',
      path: '/items/7',
      headers: { 'x-trace': 'abcdef01' },
      want: { status: 404, pointer: null, param: null, mentions: ['/api'] },
    },
  ],
  [
    'apiKey or basic: neither sent',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/items',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ab&size=1',
      want: { status: 401, pointer: null, param: null, mentions: ['"key"'] },
    },
  ],
  [
    'basic credentials malformed',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/items',
      headers: { authorization: 'Basic !!!', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ab&size=1',
      want: { status: 401, pointer: null, param: null },
    },
  ],
  [
    'declared 422 for schema violations (urlencoded)',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/items?key=k1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=a&size=many',
      want: {
        status: 422,
        pointer: '/name',
        param: 'name',
        mentions: ['/size', 'must be integer'],
      },
    },
  ],
  [
    'unknown property with additionalProperties false',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/items?key=k1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ab&size=1&color=red',
      want: { status: 422, pointer: '/color', param: 'color', mentions: ['not allowed'] },
    },
  ],
  [
    'vendor error shape (MJ description)',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/mj/submit/imagine',
      json: { prompt: '' },
      want: { status: 400, pointer: '/prompt', param: 'prompt' },
    },
  ],
  [
    'string over maxLength',
    {
      server: 'extras',
      method: 'POST',
      path: '/api/speech',
      json: { input: 'x'.repeat(4097) },
      want: { status: 400, pointer: '/input', param: 'input', mentions: ['more than 4096'] },
    },
  ],
];

/** The error message wherever the shape keeps it. */
function messageOf(a: Answer): string {
  const j = a.json as Record<string, unknown> | undefined;
  const error = j?.error as Record<string, unknown> | undefined;
  return String(error?.message ?? j?.description ?? j?.detail ?? j?.message ?? '');
}

describe('bad requests', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', async (_title, c) => {
    const server = c.server === 'features' ? features : extras;
    const base = server.url.replace(/\/api$/, '');
    const init: Parameters<typeof call>[3] = {};
    if (c.headers) init.headers = c.headers;
    if (c.json !== undefined) init.json = c.json;
    if (c.body !== undefined) init.body = c.body;
    const a = await call(base, c.method, c.path, init);
    expect(a.status, a.text).toBe(c.want.status);
    expect(a.headers.get('content-type')).toBe('application/json');
    const message = messageOf(a);
    expect(message.length).toBeGreaterThan(0);
    const envelope = (a.json as { error?: { param?: unknown } }).error;
    if (envelope && 'param' in envelope) expect(envelope.param).toBe(c.want.param);
    if (c.want.pointer) expect(message).toContain(c.want.pointer);
    for (const m of c.want.mentions ?? []) expect(message).toContain(m);
    if (c.want.allow) expect(a.headers.get('allow')).toBe(c.want.allow);

    // The server keeps serving.
    const ok =
      c.server === 'features'
        ? await call(features.url, 'POST', CHAT, { json: okChat })
        : await call(extras.url, 'GET', '/items/7', { headers: { 'x-trace': 'abcdef01' } });
    expect(ok.status).toBe(200);
  });

  it('uses the family error shape: MJ errors keep {code, description}', async () => {
    const a = await call(extras.url, 'POST', '/mj/submit/imagine', { json: {} });
    expect(a.status).toBe(400);
    expect(a.json).toEqual({
      code: 4,
      description: expect.stringContaining('/prompt: is required'),
      result: null,
    });
  });

  it('uses the OpenAI envelope exactly on /v1', async () => {
    const a = await call(features.url, 'POST', CHAT, { json: { model: 'gpt-4o' } });
    expect(Object.keys(a.json as object)).toEqual(['error']);
    expect(Object.keys((a.json as { error: object }).error).sort()).toEqual([
      'code',
      'message',
      'param',
      'type',
    ]);
    expect(a.json).toMatchObject({
      error: { type: 'invalid_request_error', param: 'messages', code: null },
    });
  });

  it('accepts valid requests of every body kind', async () => {
    const fd = new FormData();
    fd.append(
      'file',
      new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      'cat.png',
    );
    fd.append('purpose', 'input');
    expect((await call(features.url, 'POST', '/files', { body: fd })).status).toBe(200);
    const octet = new FormData();
    octet.append('file', new Blob([new Uint8Array([1])]), 'blob.bin');
    octet.append('purpose', 'mask');
    expect((await call(features.url, 'POST', '/files', { body: octet })).status).toBe(200);
    const form = await call(extras.url, 'POST', '/items?key=k1', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=ab&size=3&tags=a&tags=b',
    });
    expect(form.status).toBe(201);
    const basic = await call(extras.url, 'POST', '/items', {
      headers: {
        authorization: `Basic ${btoa('u:p')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'name=ab&size=3',
    });
    expect(basic.status).toBe(201);
    const params = await call(extras.url, 'GET', '/items/7?fields=name,size&verbose=true', {
      headers: { 'x-trace': 'abcdef01' },
    });
    expect(params.status).toBe(200);
    const vision = await call(features.url, 'POST', CHAT, {
      json: {
        model: 'gpt-4o',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What?' },
              { type: 'image_url', image_url: { url: 'https://cdn.example.com/cat.png' } },
            ],
          },
        ],
      },
    });
    expect(vision.status).toBe(200);
    expect(BEARER.authorization).toMatch(/^Bearer /);
  });
});

describe('param as a property path', () => {
  it.each([
    ['', undefined, ''],
    ['/model', undefined, 'model'],
    ['/messages/0/content/1/image_url', undefined, 'messages[0].content[1].image_url'],
    ['/metadata/0', { metadata: { '0': 'x' } }, 'metadata.0'],
    ['/rows/2/a~1b', { rows: [] }, 'rows[2].a/b'],
  ] as const)('%s', (pointer, value, want) => {
    expect(propertyPath(pointer, value)).toBe(want);
  });
});
