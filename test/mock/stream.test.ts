/** Server-sent events: exact bytes, one flush per event, and a client abort that frees the server. */
import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { FEATURES, call, irOf, startFor, until } from './helpers.js';

let stepped: MockServer;
let fast: MockServer;
const lines: string[] = [];
let frames: string[] = [];

const CHAT = '/v1/chat/completions';
const streamBody = JSON.stringify({
  model: 'gpt-4o',
  stream: true,
  messages: [{ role: 'user', content: 'hi' }],
});

beforeAll(async () => {
  const ir = await irOf(FEATURES);
  const op = ir.operations.find((o) => o.operationId === 'createChatCompletion')!;
  frames = [
    ...op.stream!.examples.map((e) => `data: ${JSON.stringify(e.value)}\n\n`),
    `data: ${op.stream!.terminator}\n\n`,
  ];
  stepped = await startFor(FEATURES, {
    stepStreams: true,
    streamDelayMs: 50,
    logger: (l) => lines.push(l),
  });
  fast = await startFor(FEATURES);
});
afterAll(async () => {
  await stepped?.close();
  await fast?.close();
});

/** A raw HTTP request that records every chunk the socket delivers. */
function openStream(server: MockServer): {
  chunks: string[];
  response: Promise<IncomingMessage>;
  ended: () => boolean;
  abort: () => void;
} {
  const chunks: string[] = [];
  let done = false;
  const url = new URL(server.url + CHAT);
  const req = request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (c: string) => chunks.push(c));
      res.on('end', () => (done = true));
      res.on('error', () => undefined);
      resolve(res);
    });
    req.on('error', (e) => (done ? undefined : reject(e)));
  });
  req.end(streamBody);
  return { chunks, response, ended: () => done, abort: () => req.destroy() };
}

describe('SSE', () => {
  it('frames every example event as "data: <json>\\n\\n" and ends with data: [DONE]', async () => {
    const res = await fetch(fast.url + CHAT, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: streamBody,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-length')).toBeNull();
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(frames.join('')));
  });

  it('flushes each event on its own (stepped by the manual clock)', async () => {
    const s = openStream(stepped);
    const res = await s.response;
    expect(res.headers['transfer-encoding']).toBe('chunked');
    for (let i = 0; i < frames.length; i++) {
      await until(() => s.chunks.join('') === frames.slice(0, i + 1).join(''));
      if (i < frames.length - 1) {
        expect(s.ended()).toBe(false);
        await until(() => stepped.clock.pending === 1);
        stepped.clock.advance(50);
      }
    }
    await until(() => s.ended());
    expect(s.chunks.join('')).toBe(frames.join(''));
  });

  it('a client abort mid-stream stops the writer and frees the connection', async () => {
    const s = openStream(stepped);
    await s.response;
    await until(() => s.chunks.join('') === frames[0]);
    await until(() => stepped.clock.pending === 1);
    s.abort();
    await until(() => stepped.clock.pending === 0);
    await until(() => lines.some((l) => / 200 aborted \d+ms createChatCompletion$/.test(l)));
    // Nothing more was written, and the server still answers.
    expect(s.chunks.join('')).toBe(frames[0]);
    expect((await call(stepped.url, 'GET', '/render/tasks')).status).toBe(200);
  });

  it('without the flag the same operation answers JSON; Prefer: code= wins over streaming', async () => {
    const plain = await call(fast.url, 'POST', CHAT, {
      json: { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: false },
    });
    expect(plain.headers.get('content-type')).toBe('application/json');
    expect(plain.json).toMatchObject({ object: 'chat.completion' });
    const limited = await call(fast.url, 'POST', CHAT, {
      headers: { prefer: 'code=429' },
      body: streamBody,
      json: JSON.parse(streamBody),
    });
    expect(limited.status).toBe(429);
  });

  it('a streaming request is validated first', async () => {
    const bad = await call(fast.url, 'POST', CHAT, { json: { stream: true, messages: [] } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      error: { param: 'model', message: expect.stringContaining('body /model:') },
    });
  });
});
