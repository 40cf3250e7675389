/**
 * Both SDKs raise the same errors while reading a stream: an SSE `error` event and an
 * `{"error": …}` payload (the server's error), a body cut before the terminator or in the middle of
 * an event (incomplete), and data that is not JSON. A raw 127.0.0.1 server sends each body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

const done = 'data: {"type": "delta"}\n\ndata: [DONE]\n\n';
/** Each case's body and the error class (and message part) both SDKs raise after the first chunk. */
const CASES: Record<string, { body: string; error: string; message: string }> = {
  errorEvent: {
    body: 'data: {"type": "delta"}\n\nevent: error\ndata: {"type": "x", "detail": "Overloaded"}\n\n',
    error: 'APIError',
    message: 'Overloaded',
  },
  errorPayload: {
    body: 'data: {"type": "delta"}\n\ndata: {"error": {"message": "boom"}}\n\n',
    error: 'APIError',
    message: 'boom',
  },
  cutBeforeEnd: {
    body: 'data: {"type": "delta"}\n\n',
    error: 'IncompleteStreamError',
    message: '[DONE]',
  },
  cutInEvent: {
    body: 'data: {"type": "delta"}\n\ndata: {"ty',
    error: 'IncompleteStreamError',
    message: 'middle of an event',
  },
  notJson: {
    body: 'data: {"type": "delta"}\n\ndata: oops\n\n',
    error: 'InvalidStreamEventError',
    message: 'oops',
  },
};

const spec = `openapi: 3.1.0
info: { title: Ends, version: '1' }
paths:
  /chat:
    get:
      operationId: chat
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              schema: { type: object, properties: { type: { type: string } } }
              example: ${JSON.stringify(done)}
`;

let work: string;
let raw: http.Server;
let rawUrl: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stream-errors-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, spec);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.status, run.stderr).toBe(0);
  // The first path segment names the case: clients use `${rawUrl}/<case>` as their base URL.
  raw = http.createServer((req, res) => {
    const name = (req.url ?? '/').split('/')[1] ?? '';
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(CASES[name]?.body ?? done);
  });
  await new Promise<void>((ready) => raw.listen(0, '127.0.0.1', ready));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  if (raw) await new Promise((closed) => raw.close(closed));
  await rm(work, { recursive: true, force: true });
});

describe('errors while reading a stream', () => {
  it('the TypeScript SDK raises them after the chunks before', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    for (const [name, want] of Object.entries(CASES)) {
      const client = new sdk.Ends({ apiKey: 'k', baseUrl: `${rawUrl}/${name}`, maxRetries: 0 });
      const got: unknown[] = [];
      const error = await (async () => {
        for await (const c of await client.default.chat()) got.push(c);
      })().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(got, name).toEqual([{ type: 'delta' }]);
      expect(error?.name, name).toBe(want.error);
      expect(error?.message, name).toContain(want.message);
    }
    const client = new sdk.Ends({ apiKey: 'k', baseUrl: `${rawUrl}/ok`, maxRetries: 0 });
    const all: unknown[] = [];
    for await (const c of await client.default.chat()) all.push(c);
    expect(all).toEqual([{ type: 'delta' }]);
  });

  it('the Python SDK raises the same classes (sync and async)', async () => {
    const probe = [
      'import asyncio, json, sys, ends',
      `base = ${JSON.stringify(rawUrl)}`,
      'def outcome(name, chunks, error):',
      '    return {"chunks": chunks, "classes": [c.__name__ for c in type(error).__mro__] if error else [], "message": str(error) if error else ""}',
      'def sync(name):',
      '    chunks = []',
      '    try:',
      '        for c in ends.Ends(api_key="k", base_url=f"{base}/{name}", max_retries=0).default.chat(): chunks.append(c.type)',
      '    except Exception as e: return outcome(name, chunks, e)',
      '    return outcome(name, chunks, None)',
      'async def run_async(name):',
      '    chunks = []',
      '    try:',
      '        async for c in await ends.AsyncEnds(api_key="k", base_url=f"{base}/{name}", max_retries=0).default.chat(): chunks.append(c.type)',
      '    except Exception as e: return outcome(name, chunks, e)',
      '    return outcome(name, chunks, None)',
      'names = json.loads(sys.argv[1])',
      'print(json.dumps({n: [sync(n), asyncio.run(run_async(n))] for n in names}))',
    ].join('\n');
    const names = [...Object.keys(CASES), 'ok'];
    const run = await runPythonAsync(['-c', probe, JSON.stringify(names)], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    const got = JSON.parse(run.stdout) as Record<
      string,
      { chunks: string[]; classes: string[]; message: string }[]
    >;
    for (const [name, want] of Object.entries(CASES)) {
      for (const side of got[name]!) {
        expect(side.chunks, name).toEqual(['delta']);
        expect(side.classes, name).toContain(want.error);
        expect(side.message, name).toContain(want.message);
      }
    }
    expect(got.ok).toEqual([
      { chunks: ['delta'], classes: [], message: '' },
      { chunks: ['delta'], classes: [], message: '' },
    ]);
  }, 120_000);
});
