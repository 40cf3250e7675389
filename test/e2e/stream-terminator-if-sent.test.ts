/**
 * How a stream ends (ir/stream-end.ts), read alike by both SDKs, against a real server on
 * 127.0.0.1 that ends each stream with or without `data: [DONE]`: a stream whose spec shows no
 * terminator (openai-style servers send one anyway) takes a trailing `[DONE]` as its end and is
 * complete without it; one whose example ends with `[DONE]` still needs it (else it is cut off).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { buildIr } from '../../generator/ir/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { runPythonAsync } from '../python/helpers.js';

/** One JSON-bodied streaming call; `example` is the spec's example of its stream. */
const operation = (id: string, example: string): string => `
    post:
      operationId: ${id}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties: { prompt: { type: string }, stream: { type: boolean } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object, properties: { text: { type: string } } } }
            text/event-stream:
              schema: { type: string }
              example: ${JSON.stringify(example)}`;

const EVENTS = 'data: {"delta":"Hel"}\n\ndata: {"delta":"lo"}\n\n';
const SPEC = `openapi: 3.1.0
info: { title: Chat Relay, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /chat:${operation('createChat', EVENTS)}
  /strict:${operation('createStrict', `${EVENTS}data: [DONE]\n\n`)}
`;

let outputs: SpecOutputs;
let server: Server;
/** The base URL of each variant: the server ends the stream with `[DONE]` or just closes it. */
let base: { done: string; bare: string };

beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-stream-end' });
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(req.url!.startsWith('/done/') ? `${EVENTS}data: [DONE]\n\n` : EVENTS);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = { done: `${url}/done`, bare: `${url}/bare` };
}, 120_000);

afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  await outputs?.close();
});

const CHUNKS = [{ delta: 'Hel' }, { delta: 'lo' }];

describe('the end of a stream whose spec shows no terminator, and of one that shows [DONE]', () => {
  it('TypeScript: [DONE] ends either; only the one that shows it needs it', async () => {
    const sdk = await outputs.importTs();
    const read = async (baseUrl: string, method: 'createChat' | 'createStrict') => {
      const client = new sdk.ChatRelay({ baseUrl, maxRetries: 0 });
      const chunks: unknown[] = [];
      try {
        for await (const c of await client.default[method]({ prompt: 'hi', stream: true }))
          chunks.push(c);
        return chunks;
      } catch (error) {
        return (error as Error).constructor.name;
      }
    };
    expect(await read(base.done, 'createChat')).toEqual(CHUNKS);
    expect(await read(base.bare, 'createChat')).toEqual(CHUNKS);
    expect(await read(base.done, 'createStrict')).toEqual(CHUNKS);
    expect(await read(base.bare, 'createStrict')).toBe('IncompleteStreamError');
  });

  it('Python, sync and async: the same', async () => {
    const probe = [
      'import asyncio, json',
      'from shellapi import ChatRelay, AsyncChatRelay',
      `BASE = ${JSON.stringify(base)}`,
      'def read(variant, method):',
      '    client = ChatRelay(base_url=BASE[variant], max_retries=0)',
      '    try:',
      '        return [c.delta for c in getattr(client.default, method)(prompt="hi", stream=True)]',
      '    except Exception as error:',
      '        return type(error).__name__',
      'async def aread(variant, method):',
      '    client = AsyncChatRelay(base_url=BASE[variant], max_retries=0)',
      '    try:',
      '        return [c.delta async for c in await getattr(client.default, method)(prompt="hi", stream=True)]',
      '    except Exception as error:',
      '        return type(error).__name__',
      'cases = [(v, m) for m in ("create_chat", "create_strict") for v in ("done", "bare")]',
      'out = {"sync": [read(v, m) for v, m in cases]}',
      'out["async"] = [asyncio.run(aread(v, m)) for v, m in cases]',
      'print(json.dumps(out))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const expected = [['Hel', 'lo'], ['Hel', 'lo'], ['Hel', 'lo'], 'IncompleteStreamError'];
    expect(JSON.parse(run.stdout)).toEqual({ sync: expected, async: expected });
  }, 60_000);

  it("the docs' Python (HTTP) stream sample stops at a [DONE] the spec does not show", async () => {
    const { ir } = buildIr(await loadSpec(outputs.spec));
    const op = ir.operations.find((o) => o.operationId === 'createChat')!;
    const sample = buildSamples(ir, op, { stream: true, baseUrl: base.done }).pythonHttp;
    // The venv has no `requests`: a stand-in with the two calls the sample makes, on urllib.
    const stub = path.join(outputs.dir, 'stub');
    await mkdir(stub, { recursive: true });
    await writeFile(
      path.join(stub, 'requests.py'),
      [
        'import json, urllib.request',
        'class _Response:',
        '    def __init__(self, answer): self._answer = answer',
        '    def raise_for_status(self): pass',
        '    def iter_lines(self): return (line.rstrip(b"\\r\\n") for line in self._answer)',
        'def post(url, headers=None, json=None, stream=False):',
        '    body = __import__("json").dumps(json).encode()',
        '    request = urllib.request.Request(url, data=body, headers={**(headers or {}), "Content-Type": "application/json"})',
        '    return _Response(urllib.request.urlopen(request))',
      ].join('\n'),
    );
    const run = await runPythonAsync(['-c', sample], {
      cwd: outputs.dir,
      env: { PYTHONPATH: stub },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(["{'delta': 'Hel'}", "{'delta': 'lo'}"]);
  }, 60_000);
});
