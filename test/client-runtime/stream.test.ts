import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  IncompleteStreamError,
  InvalidStreamEventError,
} from '../../templates/client/errors.js';
import { iterateEvents, textLines } from '../../templates/client/sse.js';
import { sseStream, type Stream } from '../../templates/client/stream.js';
import { startServer, TestClient } from './helpers.js';

type Chunk = { i: number; text?: string };

const sseHeaders = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };
const op = {
  method: 'post',
  path: '/chat',
  retry: 'safe',
  auth: 'bearer',
  stream: sseStream({ terminator: '[DONE]' }),
} as const;

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

async function* bytes(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe('SSE parsing', () => {
  it('handles comments, multi-line data, event/id/retry fields and CRLF split across chunks', async () => {
    const events = [];
    for await (const event of iterateEvents(
      bytes(
        ': keep-alive\r',
        '\n',
        'event: delta\r\nid: 7\r\nretry: 15\r\ndata: {"a":\r',
        '\ndata: 1}\r\n\r',
        '\ndata: tail',
      ),
    )) {
      events.push(event);
    }
    expect(events).toEqual([
      { event: 'delta', data: '{"a":\n1}', id: '7', retry: 15 },
      { event: undefined, data: 'tail', id: '7', retry: 15, unterminated: true },
    ]);
  });

  it('splits lone CR line endings', async () => {
    expect(await collect(textLines(bytes('a\rb\r', 'c\n')))).toEqual(['a', 'b', 'c']);
  });

  it('keeps a pending CR across an empty chunk, and joins a line split over many chunks', async () => {
    expect(await collect(textLines(bytes('a\r', '', '\nb', 'c', 'd\r\ne')))).toEqual([
      'a',
      'bcd',
      'e',
    ]);
    // A CR at the very end ends its line; nothing follows it.
    expect(await collect(textLines(bytes('a\r')))).toEqual(['a']);
  });

  // A rescan of the whole buffer per chunk made this O(n²): ~80k chunks × MBs of rescans took
  // minutes. Linear splitting parses it in well under a second; the generous timeout only keeps a
  // regression from hanging the run (the source yields to the event loop so the timeout can fire).
  it('parses a 5 MB data line that arrives in 64-byte chunks', { timeout: 30_000 }, async () => {
    const payload = 'x'.repeat(5 * 1024 * 1024);
    const wire = new TextEncoder().encode(`event: big\ndata: ${payload}\n\ndata: after\n\n`);
    async function* chunked(): AsyncGenerator<Uint8Array> {
      for (let offset = 0, n = 0; offset < wire.length; offset += 64, n++) {
        if (n % 512 === 0) await new Promise((resolve) => setImmediate(resolve));
        yield wire.subarray(offset, offset + 64);
      }
    }
    const started = performance.now();
    const events = await collect(iterateEvents(chunked()));
    // Note only (no assertion on time): handy when comparing splitter implementations.
    console.info(
      `SSE: ${wire.length} bytes in ${Math.ceil(wire.length / 64)} chunks parsed in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(events).toHaveLength(2);
    expect(events[0]!.event).toBe('big');
    expect(events[0]!.data.length).toBe(payload.length);
    expect(events[0]!.data === payload).toBe(true);
    expect(events[1]!.data).toBe('after');
  });
});

describe('SSE streams over HTTP', () => {
  it('yields typed chunks and stops at [DONE]', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\n: comment\n\ndata: {"i":2,\ndata: "text":"x"}\n\n');
      res.end('data: [DONE]\n\ndata: {"i":99}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const stream = await client.request<Stream<Chunk>>(op);
    expect(await collect(stream)).toEqual([{ i: 1 }, { i: 2, text: 'x' }]);
    expect(server.requests[0]!.headers['accept']).toBe('text/event-stream');
  });

  it('an error event raises APIError', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"i":1}\n\nevent: error\ndata: {"message":"upstream overloaded"}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of await client.request<Stream<Chunk>>(op)) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ i: 1 }]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).message).toContain('upstream overloaded');
  });

  it('a payload with a top-level error raises APIError with the body', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"error":{"message":"quota","code":"insufficient_quota"}}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const error = await collect(await client.request<Stream<Chunk>>(op)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).code).toBe('insufficient_quota');
  });

  it('a stalled stream hits the idle timeout (distinct from the request timeout)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\n');
      // Then silence.
    });
    const client = new TestClient({ baseUrl: server.url, timeout: 60_000, idleTimeout: 150 });
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of await client.request<Stream<Chunk>>(op)) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ i: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/idle/);
    await server.closed;
  });

  it("an idle timeout past setTimeout's limit, or negative, waits instead of firing at once", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\n');
      setTimeout(() => res.end('data: {"i":2}\n\ndata: [DONE]\n\n'), 100).unref();
    });
    for (const idleTimeout of [3_000_000_000, -5]) {
      const client = new TestClient({ baseUrl: server.url, timeout: 60_000, idleTimeout });
      expect(await collect(await client.request<Stream<Chunk>>(op)), String(idleTimeout)).toEqual([
        { i: 1 },
        { i: 2 },
      ]);
    }
  });

  it('keep-alive comments do not reset the idle timer: a stream that only pings is stalled', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\n');
      const timer = setInterval(() => res.write(': ping\n\n'), 25);
      res.on('close', () => clearInterval(timer));
    });
    const client = new TestClient({ baseUrl: server.url, timeout: 60_000, idleTimeout: 150 });
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of await client.request<Stream<Chunk>>(op)) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ i: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/idle/);
    await server.closed;
  });

  it('a stream that ends without its terminator raises IncompleteStreamError after the chunks it had', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"i":1}\n\ndata: {"i":2}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of await client.request<Stream<Chunk>>(op)) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ i: 1 }, { i: 2 }]);
    expect(error).toBeInstanceOf(IncompleteStreamError);
    expect((error as Error).message).toContain('[DONE]');
  });

  it('a stream cut in the middle of a JSON event raises IncompleteStreamError, never a string chunk', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"i":1}\n\ndata: {"i":2,"text":"hal');
    });
    const client = new TestClient({ baseUrl: server.url });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of await client.request<Stream<Chunk>>(op)) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ i: 1 }]);
    expect(error).toBeInstanceOf(IncompleteStreamError);
    expect(seen.some((chunk) => typeof chunk === 'string')).toBe(false);
  });

  it('a complete event whose data is not JSON raises InvalidStreamEventError', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"i":1}\n\ndata: not json\n\ndata: [DONE]\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const error = await collect(await client.request<Stream<Chunk>>(op)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidStreamEventError);
    expect((error as InvalidStreamEventError).data).toBe('not json');
  });

  it('aborting mid-stream closes the connection (the server sees it)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const controller = new AbortController();
    const stream = await client.request<Stream<Chunk>>(op, { signal: controller.signal });
    const error = await (async () => {
      for await (const _chunk of stream) controller.abort();
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    await server.closed;
  });

  it('breaking out of the loop closes the connection', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.write('data: {"i":1}\n\ndata: {"i":2}\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    for await (const chunk of await client.request<Stream<Chunk>>(op)) {
      expect(chunk).toEqual({ i: 1 });
      break;
    }
    await server.closed;
  });

  it('toReadableStream re-encodes items as NDJSON', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, sseHeaders);
      res.end('data: {"i":1}\n\ndata: {"i":2}\n\ndata: [DONE]\n\n');
    });
    const client = new TestClient({ baseUrl: server.url });
    const stream = await client.request<Stream<Chunk>>(op);
    const text = await new Response(stream.toReadableStream()).text();
    expect(text).toBe('{"i":1}\n{"i":2}\n');
  });

  it('a JSON answer to a stream request raises APIError with its body', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"model not found"}}');
    });
    const client = new TestClient({ baseUrl: server.url });
    await expect(client.request(op)).rejects.toThrow(/model not found/);
  });

  it('a non-SSE answer to a stream request whose body stalls hits the request timeout', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"error":');
    });
    const client = new TestClient({
      baseUrl: server.url,
      timeout: 200,
      idleTimeout: 0,
      maxRetries: 0,
    });
    const error = await client.request(op).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await server.closed;
  });

  it('a non-SSE answer to a stream request whose body stalls hits the idle timeout', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    const client = new TestClient({
      baseUrl: server.url,
      timeout: 60_000,
      idleTimeout: 150,
      maxRetries: 0,
    });
    const error = await client.request(op).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/idle/);
  });

  it('aborting while a non-SSE answer to a stream request stalls reports the abort, not an APIError 200', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    const controller = new AbortController();
    const pending = client.request(op, { signal: controller.signal }).catch((e: unknown) => e);
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(APIUserAbortError);
    await server.closed;
  });
});
