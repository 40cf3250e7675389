import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { encodeBody } from '../../templates/client/form-body.js';
import { toFile } from '../../templates/client/uploads.js';
import type { IncomingHttpHeaders } from 'node:http';
import { json, startServer, TestClient } from './helpers.js';

/** Parses a multipart body the way a server would (undici's multipart parser). */
async function parseForm(headers: IncomingHttpHeaders, body: Buffer): Promise<FormData> {
  return new Request('http://server.invalid/', {
    method: 'POST',
    headers: { 'content-type': String(headers['content-type']) },
    body: new Uint8Array(body),
  }).formData();
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 254, 255]);

describe('request bodies', () => {
  it('multipart round trip: bytes, filenames and types intact, fields as text', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-upload-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const filePath = path.join(dir, 'voice.mp3');
    fs.writeFileSync(filePath, Buffer.from([1, 2, 3, 4, 5]));
    const client = new TestClient({ baseUrl: server.url });
    await client.request({
      method: 'post',
      path: '/upload',
      retry: 'unsafe',
      auth: 'bearer',
      body: {
        kind: 'multipart',
        encode: encodeBody,
        partTypes: { mask: 'image/png' },
        value: {
          image: await toFile(png, 'cat.png'),
          mask: Buffer.from(png),
          audio: fs.createReadStream(filePath),
          extra: [new Blob(['a']), new Blob(['b'])],
          stream: new Response('streamed bytes').body!,
          prompt: 'a cat',
          n: 2,
          flag: true,
          meta: { a: 1 },
          skipped: undefined,
        },
      },
    });
    const form = await parseForm(server.requests[0]!.headers, server.requests[0]!.body);
    const image = form.get('image') as File;
    expect(image.name).toBe('cat.png');
    expect(image.type).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
    const mask = form.get('mask') as File;
    expect(mask.name).toBe('mask.png');
    expect(mask.type).toBe('image/png');
    expect(new Uint8Array(await mask.arrayBuffer())).toEqual(png);
    const audio = form.get('audio') as File;
    expect(audio.name).toBe('voice.mp3');
    expect(audio.type).toBe('audio/mpeg');
    expect([...new Uint8Array(await audio.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
    expect(form.getAll('extra')).toHaveLength(2);
    expect(await (form.get('stream') as File).text()).toBe('streamed bytes');
    expect(form.get('prompt')).toBe('a cat');
    expect(form.get('n')).toBe('2');
    expect(form.get('flag')).toBe('true');
    expect(form.get('meta')).toBe('{"a":1}');
    expect(form.has('skipped')).toBe(false);
    expect(String(server.requests[0]!.headers['content-type'])).toMatch(
      /^multipart\/form-data; boundary=/,
    );
  });

  it('a multipart upload is replayed intact on retry', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) json(res, 503, {});
      else json(res, 200, {});
    });
    const client = new TestClient({ baseUrl: server.url });
    await client.request({
      method: 'post',
      path: '/up',
      retry: 'safe',
      auth: 'bearer',
      body: { kind: 'multipart', encode: encodeBody, value: { file: new Response('xyz').body! } },
    });
    const second = await parseForm(server.requests[1]!.headers, server.requests[1]!.body);
    expect(await (second.get('file') as File).text()).toBe('xyz');
  });

  it('JSON, urlencoded and binary bodies', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({ baseUrl: server.url });
    await client.request({
      method: 'post',
      path: '/j',
      retry: 'safe',
      auth: 'bearer',
      body: { kind: 'json', value: { a: [1, 'x'] } },
    });
    await client.request({
      method: 'post',
      path: '/f',
      retry: 'safe',
      auth: 'bearer',
      body: {
        kind: 'urlencoded',
        encode: encodeBody,
        value: { a: 'x y', b: [1, 2], c: undefined },
      },
    });
    await client.request({
      method: 'put',
      path: '/b',
      retry: 'safe',
      auth: 'bearer',
      body: { kind: 'binary', encode: encodeBody, mediaType: 'audio/wav', value: png },
    });
    const [j, f, b] = server.requests;
    expect(j!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(j!.body.toString())).toEqual({ a: [1, 'x'] });
    expect(f!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(f!.body.toString()).toBe('a=x+y&b=1&b=2');
    expect(b!.headers['content-type']).toBe('audio/wav');
    expect(new Uint8Array(b!.body)).toEqual(png);
  });

  it('a view (a Buffer slice, a DataView) uploads its own bytes, not its whole buffer', async () => {
    const bytes = async (value: Uint8Array | DataView): Promise<number[]> => {
      const file = await toFile(value, 'part.bin');
      return [...new Uint8Array(await file.arrayBuffer())];
    };
    const buffer = Buffer.from('xxhelloyy');
    expect(await bytes(buffer.subarray(2, 7))).toEqual([...Buffer.from('hello')]);
    expect(await bytes(new DataView(png.buffer, 8, 3))).toEqual([0, 1, 2]);
  });
});

describe('binary responses', () => {
  const payload = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
  const serve = (): ReturnType<typeof startServer> =>
    startServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'audio/mpeg',
        'content-length': String(payload.length),
      });
      res.end(Buffer.from(payload));
    });
  const op = { method: 'get', path: '/audio', retry: 'safe', auth: 'bearer', as: 'blob' } as const;

  it('as Blob (default for binary operations), bytes equal', async () => {
    const server = await serve();
    const blob = await new TestClient({ baseUrl: server.url }).request<Blob>(op);
    expect(blob.type).toBe('audio/mpeg');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(payload);
  });

  it('as ArrayBuffer, stream and Response on request', async () => {
    const server = await serve();
    const client = new TestClient({ baseUrl: server.url });
    const buffer = await client.request<ArrayBuffer>(op, { as: 'arrayBuffer' });
    expect(new Uint8Array(buffer)).toEqual(payload);
    const stream = await client.request<ReadableStream<Uint8Array>>(op, { as: 'stream' });
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(payload);
    const response = await client.request<Response>(op, { as: 'response' });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(payload);
  });

  it('withResponse and asResponse give a readable Response next to the data', async () => {
    const server = await startServer((_req, res) =>
      json(res, 201, { id: 'x' }, { 'x-request-id': 'req_123' }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const { data, response, requestId } = await client
      .request<{ id: string }>({ method: 'post', path: '/p', retry: 'safe', auth: 'bearer' })
      .withResponse();
    expect(data).toEqual({ id: 'x' });
    expect(response.status).toBe(201);
    expect(requestId).toBe('req_123');
    expect(await response.json()).toEqual({ id: 'x' });
    const raw = await client
      .request({ method: 'post', path: '/p', retry: 'safe', auth: 'bearer' })
      .asResponse();
    expect(await raw.json()).toEqual({ id: 'x' });
  });

  it('asResponse of a bodiless answer (204, HEAD) is bodiless; an empty 200 keeps an empty body', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/none') res.writeHead(204).end();
      else res.writeHead(200, { 'content-length': '0' }).end();
    });
    const client = new TestClient({ baseUrl: server.url });
    const answer = (method: string, path: string): Promise<Response> =>
      client.request({ method, path, retry: 'safe', auth: 'bearer' }).asResponse();
    const noContent = await answer('get', '/none');
    expect([noContent.status, noContent.body]).toEqual([204, null]);
    const head = await answer('head', '/empty');
    expect([head.status, head.body]).toEqual([200, null]);
    const empty = await answer('get', '/empty');
    expect(empty.body).not.toBeNull();
    expect(await empty.text()).toBe('');
  });
});
