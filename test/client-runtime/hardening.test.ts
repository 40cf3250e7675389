/**
 * Issue 18's SDK items against a real server on 127.0.0.1: a cap on buffered answers, the key
 * checked at construction without echoing it, and scrubbed from every error (platform errors and
 * error bodies of any depth included).
 */
import { describe, expect, it } from 'vitest';
import { APIError, ResponseTooLargeError, ShellApiError } from '../../templates/client/errors.js';
import { API_KEY, json, startServer, TestClient } from './helpers.js';

const get = { method: 'get', path: '/data', retry: 'safe', auth: 'bearer' } as const;

describe('maxResponseBytes', () => {
  it('refuses a buffered JSON answer over the cap (declared length)', async () => {
    const server = await startServer((_req, res) => json(res, 200, { blob: 'x'.repeat(5_000) }));
    const client = new TestClient({ baseUrl: server.url, maxResponseBytes: 1_000 });
    const error = await client.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(1_000);
  });

  it('refuses a chunked answer once it grows past the cap, and closes the connection', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('y'.repeat(512)), 5);
      res.on('close', () => clearInterval(timer));
    });
    const client = new TestClient({ baseUrl: server.url, maxResponseBytes: 4_096 });
    const error = await client.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    await server.closed;
  });

  it('has a default, can be raised per call, and leaves streamed bodies alone', async () => {
    const server = await startServer((_req, res) => json(res, 200, { blob: 'x'.repeat(5_000) }));
    const client = new TestClient({ baseUrl: server.url, maxResponseBytes: 1_000 });
    expect(new TestClient({ baseUrl: server.url }).maxResponseBytes).toBe(64 * 1024 * 1024);
    const data = await client.request<{ blob: string }>(get, { maxResponseBytes: 10_000 });
    expect(data.blob).toHaveLength(5_000);
    const stream = await client.request<ReadableStream<Uint8Array>>(get, { as: 'stream' });
    expect((await new Response(stream).text()).length).toBeGreaterThan(5_000);
  });
});

describe('the API key', () => {
  it('with a control character is refused at construction, without echoing it', () => {
    const key = `${API_KEY}\n`;
    let error: unknown;
    try {
      new TestClient({ apiKey: key, baseUrl: 'http://127.0.0.1:9' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShellApiError);
    expect(String((error as Error).message)).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(String((error as Error).stack)).not.toContain(API_KEY);
  });

  it('is scrubbed from platform errors (a default header the platform rejects)', async () => {
    const client = new TestClient({
      baseUrl: 'http://127.0.0.1:9',
      defaultHeaders: { 'x-api-key': `${API_KEY}\r\nx: y` },
    });
    const error = await client.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShellApiError);
    const everything = [
      String((error as Error).message),
      String((error as Error).stack),
      JSON.stringify(error),
      String(((error as Error).cause as Error)?.message),
      String(((error as Error).cause as Error)?.stack),
    ].join('\n');
    expect(everything).not.toContain(API_KEY);
  });

  it('is scrubbed from an error body that echoes it 40 levels deep', async () => {
    let deep: unknown = { echoed: `Bearer ${API_KEY}` };
    for (let i = 0; i < 40; i++) deep = { level: deep };
    const server = await startServer((_req, res) =>
      json(res, 400, { error: { message: 'bad', detail: deep } }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const error = (await client.request(get).catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    const text = JSON.stringify(error);
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain(API_KEY);
  });
});
