/** What the mock answers: spec examples chosen by Prefer, declared statuses and headers, valid binary bytes, injected faults. */
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { EXTRAS, FEATURES, call, irOf, startFor, until } from './helpers.js';

let features: MockServer;
let extras: MockServer;
const lines: string[] = [];

beforeAll(async () => {
  features = await startFor(FEATURES, { logger: (line) => lines.push(line) });
  extras = await startFor(EXTRAS);
});
afterAll(async () => {
  await features?.close();
  await extras?.close();
});

const CHAT = '/v1/chat/completions';
const okChat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say this is a test' }] };
const trace = { 'x-trace': 'abcdef01' };

async function bytes(
  url: string,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<{ type: string | null; data: Uint8Array }> {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: 'Bearer sk-test', ...headers },
  });
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), data: new Uint8Array(await res.arrayBuffer()) };
}

const u32 = (d: Uint8Array, at: number): number =>
  ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;
const le32 = (d: Uint8Array, at: number): number =>
  (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const ascii = (d: Uint8Array, at: number, n: number): string =>
  String.fromCharCode(...d.subarray(at, at + n));

describe('examples', () => {
  it('answers with the first success example, its status and content type', async () => {
    const a = await call(features.url, 'POST', CHAT, { json: okChat });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/json');
    expect(a.json).toEqual({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1700000000,
      model: 'gpt-4o',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'This is a test.' },
          finish_reason: 'stop',
        },
      ],
    });
    expect(a.headers.get('x-request-id')).toMatch(/^req_mock_\d+$/);
  });

  it('picks a named example with Prefer: example=NAME', async () => {
    const small = await call(extras.url, 'GET', '/items/7', { headers: trace });
    expect(small.json).toEqual({ id: 7, name: 'pebble', size: 1 });
    const large = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'example=large' },
    });
    expect(large.json).toEqual({ id: 7, name: 'boulder', size: 900 });
    const viaQuery = await call(extras.url, 'GET', '/items/7?__example=large', { headers: trace });
    expect(viaQuery.json).toEqual({ id: 7, name: 'boulder', size: 900 });
  });

  it('finds a named example in another declared response and answers with its status', async () => {
    const a = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'example=default' },
    });
    expect(a.status).toBe(404);
    expect(a.json).toEqual({ code: 3, description: 'item not found', result: null });
  });

  it('says which examples exist when the named one does not', async () => {
    const a = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'example=huge' },
    });
    expect(a.status).toBe(400);
    expect(JSON.stringify(a.json)).toContain('small, large');
  });

  it('answers a declared status with Prefer: code=', async () => {
    const a = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'code=404' },
    });
    expect(a.status).toBe(404);
    expect(a.json).toEqual({ code: 3, description: 'item not found', result: null });
    const q = await call(features.url, 'POST', `${CHAT}?__code=401`, { json: okChat });
    expect(q.status).toBe(401);
    expect(q.json).toMatchObject({ error: { code: 'invalid_api_key' } });
  });

  it('accepts RFC 7240 preference parameters on standard preferences, refuses them on ours', async () => {
    const a = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'return=minimal; foo=bar, example=large' },
    });
    expect(a.status).toBe(200);
    expect(a.json).toEqual({ id: 7, name: 'boulder', size: 900 });
    const b = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'example=large; foo=bar' },
    });
    expect(b.status).toBe(400);
    expect(JSON.stringify(b.json)).toContain('takes no parameters');
  });

  it('refuses an undeclared success status', async () => {
    const a = await call(extras.url, 'GET', '/items/7', {
      headers: { ...trace, prefer: 'code=201' },
    });
    expect(a.status).toBe(400);
    expect(JSON.stringify(a.json)).toContain('declared: 200, 404');
  });

  it('answers a declared error without a spec example with the IR example the docs show', async () => {
    const a = await call(features.url, 'GET', '/files/f1/content', {
      headers: { prefer: 'code=404' },
    });
    expect(a.status).toBe(404);
    const op = (await irOf(FEATURES)).operations.find(
      (o) => o.path === '/files/{file_id}/content' && o.method === 'get',
    )!;
    const declared = op.responses.find((r) => r.status === '404')!.contents[0]!;
    expect(declared.examples).toEqual([]);
    expect(declared.example?.origin).toBe('generated');
    expect(a.json).toEqual(declared.example!.value);
    expect(a.json).toMatchObject({
      error: { message: expect.any(String), type: expect.any(String) },
    });
  });
});

describe('HTTP details', () => {
  it('HEAD answers a GET route without a body', async () => {
    const res = await fetch(`${features.url}/render/tasks`, {
      method: 'HEAD',
      headers: { authorization: 'Bearer x' },
    });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('CORS preflight is answered without credentials', async () => {
    const res = await fetch(`${features.url}${CHAT}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
  });
});

describe('formats the request asks for', () => {
  it('encoding_format=base64 sends each embedding as base64 little-endian float32 (what the openai client decodes)', async () => {
    const floats = await call(extras.url, 'POST', '/v1/embeddings', { json: { input: 'hi' } });
    expect(floats.json).toEqual({ data: [{ index: 0, embedding: [0.5, -0.25, 0.125] }] });
    const b64 = await call(extras.url, 'POST', '/v1/embeddings', {
      json: { input: 'hi', encoding_format: 'base64' },
    });
    const encoded = (b64.json as { data: { embedding: string }[] }).data[0]!.embedding;
    const bytes = Buffer.from(encoded, 'base64');
    expect([...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)]).toEqual([
      0.5, -0.25, 0.125,
    ]);
  });

  it('response_format picks the content and the example named after it', async () => {
    const ask = async (format?: string): Promise<[string | null, string]> => {
      const fd = new FormData();
      fd.append('file', new Blob([new Uint8Array([1, 2])], { type: 'audio/mpeg' }), 'a.mp3');
      if (format) fd.append('response_format', format);
      const a = await call(extras.url, 'POST', '/v1/audio/transcriptions', { body: fd });
      expect(a.status).toBe(200);
      return [a.headers.get('content-type'), a.text];
    };
    expect(await ask()).toEqual(['application/json', '{"text":"Hello there."}']);
    expect((await ask('verbose_json'))[1]).toContain('"segments"');
    expect(await ask('srt')).toEqual([
      'text/plain',
      '1\n00:00:00,000 --> 00:00:01,500\nHello there.\n',
    ]);
    expect(await ask('text')).toEqual(['text/plain', 'Hello there.']);
  });
});

describe('binary responses are valid files', () => {
  it('PNG: signature, IHDR 1x1, CRCs, inflatable IDAT', async () => {
    const { type, data } = await bytes(`${features.url}/files/f1/content`);
    expect(type).toBe('image/png');
    expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Uint8Array }[] = [];
    for (let at = 8; at < data.length;) {
      const length = u32(data, at);
      const body = data.subarray(at + 4, at + 8 + length);
      expect(u32(data, at + 8 + length)).toBe(crc32(body));
      chunks.push({ type: ascii(data, at + 4, 4), data: data.subarray(at + 8, at + 8 + length) });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]!.data;
    expect([u32(ihdr, 0), u32(ihdr, 4), ihdr[8], ihdr[9]]).toEqual([1, 1, 8, 2]);
    const pixels = inflateSync(chunks[1]!.data);
    expect(pixels.length).toBe(1 + 3); // filter byte + one RGB pixel
  });

  it('JPEG by Accept: SOI, SOF0 1x1, SOS, EOI', async () => {
    const { type, data } = await bytes(`${extras.url}/images/x`, { accept: 'image/jpeg' });
    expect(type).toBe('image/jpeg');
    expect([data[0], data[1]]).toEqual([0xff, 0xd8]);
    expect([data[data.length - 2], data[data.length - 1]]).toEqual([0xff, 0xd9]);
    const sof = data.findIndex((b, i) => b === 0xff && data[i + 1] === 0xc0);
    expect(sof).toBeGreaterThan(0);
    expect([data[sof + 5]! * 256 + data[sof + 6]!, data[sof + 7]! * 256 + data[sof + 8]!]).toEqual([
      1, 1,
    ]);
    expect(data.findIndex((b, i) => b === 0xff && data[i + 1] === 0xda)).toBeGreaterThan(sof);
  });

  it('WebP by Accept: RIFF sizes and a VP8L 1x1 header', async () => {
    const { type, data } = await bytes(`${extras.url}/images/x`, { accept: 'image/webp' });
    expect(type).toBe('image/webp');
    expect(ascii(data, 0, 4)).toBe('RIFF');
    expect(le32(data, 4)).toBe(data.length - 8);
    expect(ascii(data, 8, 8)).toBe('WEBPVP8L');
    expect(data[20]).toBe(0x2f);
    const bits = le32(data, 21);
    expect([(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1]).toEqual([1, 1]);
  });

  it('GIF and SVG by Accept', async () => {
    const gif = await bytes(`${extras.url}/images/x`, { accept: 'image/gif' });
    expect(ascii(gif.data, 0, 6)).toBe('GIF89a');
    expect(gif.data[gif.data.length - 1]).toBe(0x3b);
    const svg = await bytes(`${extras.url}/images/x`, { accept: 'image/svg+xml' });
    expect(svg.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(svg.data)).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
  });

  it('MP3 by default, WAV when the request asks response_format=wav', async () => {
    const post = (json: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(json) });
    const mp3 = await bytes(
      `${extras.url}/speech`,
      { 'content-type': 'application/json' },
      post({ input: 'hello' }),
    );
    expect(mp3.type).toBe('audio/mpeg');
    // MPEG-1 Layer III frame sync, then 144-byte frames back to back.
    for (let at = 0; at < mp3.data.length; at += 144)
      expect([mp3.data[at], mp3.data[at + 1]! & 0xfe]).toEqual([0xff, 0xfa]);
    expect(mp3.data.length % 144).toBe(0);
    const wav = await bytes(
      `${extras.url}/speech`,
      { 'content-type': 'application/json' },
      post({ input: 'hello', response_format: 'wav' }),
    );
    expect(wav.type).toBe('audio/wav');
    expect([
      ascii(wav.data, 0, 4),
      ascii(wav.data, 8, 4),
      ascii(wav.data, 12, 4),
      ascii(wav.data, 36, 4),
    ]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(le32(wav.data, 4)).toBe(wav.data.length - 8);
    expect(le32(wav.data, 40)).toBe(wav.data.length - 44);
  });
});

describe('fault injection', () => {
  it('429 with Retry-After (default 1 s, or as asked)', async () => {
    const a = await call(features.url, 'POST', CHAT, {
      json: okChat,
      headers: { prefer: 'code=429' },
    });
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('1');
    expect(a.json).toEqual({
      error: { message: 'Rate limit reached', type: 'rate_limit_error', param: null, code: null },
    });
    const b = await call(features.url, 'POST', CHAT, {
      json: okChat,
      headers: { prefer: 'code=429, retry-after=7' },
    });
    expect(b.headers.get('retry-after')).toBe('7');
  });

  it('undeclared 5xx in the operation error shape', async () => {
    const a = await call(features.url, 'POST', CHAT, {
      json: okChat,
      headers: { prefer: 'code=503' },
    });
    expect(a.status).toBe(503);
    expect(a.headers.get('retry-after')).toBe('1');
    expect(a.json).toMatchObject({ error: { type: 'server_error', param: null, code: null } });
  });

  it('delay waits for the mock clock', async () => {
    let settled = false;
    const pending = call(features.url, 'POST', CHAT, {
      json: okChat,
      headers: { prefer: 'delay=2000' },
    }).then((a) => {
      settled = true;
      return a;
    });
    await until(() => features.clock.pending > 0);
    features.clock.advance(1999);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    features.clock.advance(1);
    const a = await pending;
    expect(a.status).toBe(200);
    expect(features.clock.pending).toBe(0);
  });

  it.each([
    ['delay=abc', ['delay=abc', 'whole milliseconds']],
    ['delay=999999999', ['delay=999999999', 'at most 60000 ms']],
    ['code=429, colour=blue', ['unknown preference "colour"', 'code=NNN']],
    ['task=explode', ['task must be fail or cancel']],
  ] as const)('Prefer: %s is refused with 400 before anything waits', async (prefer, mentions) => {
    const a = await call(features.url, 'POST', CHAT, { json: okChat, headers: { prefer } });
    expect(a.status).toBe(400);
    expect(a.json).toMatchObject({ error: { type: 'invalid_request_error', param: null } });
    for (const m of mentions)
      expect((a.json as { error: { message: string } }).error.message).toContain(m);
    expect(features.clock.pending).toBe(0);
  });

  it('?__code= is checked like Prefer: code=', async () => {
    const a = await call(features.url, 'POST', `${CHAT}?__code=abc`, { json: okChat });
    expect(a.status).toBe(400);
    expect((a.json as { error: { message: string } }).error.message).toBe(
      '?__code=abc: code must be a three-digit HTTP status (100-599), e.g. code=429.',
    );
  });

  it('drop destroys the socket and the server keeps serving', async () => {
    await expect(
      fetch(`${features.url}${CHAT}`, {
        method: 'POST',
        headers: { authorization: 'Bearer x', 'content-type': 'application/json', prefer: 'drop' },
        body: JSON.stringify(okChat),
      }),
    ).rejects.toThrow();
    expect((await call(features.url, 'POST', CHAT, { json: okChat })).status).toBe(200);
  });

  it('stall sends headers and never the body', async () => {
    const abort = new AbortController();
    const res = await fetch(`${features.url}${CHAT}`, {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json', prefer: 'stall' },
      body: JSON.stringify(okChat),
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const reading = res.text().then(
      () => 'finished',
      () => 'aborted',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    abort.abort();
    expect(await reading).toBe('aborted');
    await until(() => lines.some((l) => l.includes('200 stalled')));
    expect((await call(features.url, 'POST', CHAT, { json: okChat })).status).toBe(200);
  });

  it('logs one line per request: method, path, status, ms, operationId', async () => {
    await call(features.url, 'GET', '/render/tasks?limit=2');
    await until(() => lines.some((l) => l.startsWith('GET /render/tasks ')));
    expect(lines.find((l) => l.startsWith('GET /render/tasks '))).toMatch(
      /^GET \/render\/tasks 200 \d+ms listRenderTasks$/,
    );
  });
});
