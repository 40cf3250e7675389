/**
 * An inferred event stream ends with a terminator (`[DONE]`) only when the spec's example shows one.
 * A raw 127.0.0.1 server replays the spec's example bytes: both SDKs read every event and end
 * normally, and the mock sends the end line only where the spec has it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

/** Example bodies exactly as the spec shows them. */
export const BODIES: Record<string, string> = {
  '/messages':
    'event: message_start\ndata: {"type": "message_start"}\n\nevent: ping\ndata: {"type": "ping"}\n\nevent: message_stop\ndata: {"type": "message_stop"}\n\n',
  '/chat': 'data: {"type": "delta"}\n\ndata: {"type": "stop"}\n\ndata: [DONE]\n\n',
  // The /chat stream cut before its end line.
  '/chat-cut': 'data: {"type": "delta"}\n\n',
};

const sse = (example: string) =>
  `{ description: ok, content: { text/event-stream: { schema: { type: string }, example: ${JSON.stringify(example)} } } }`;
const spec = `openapi: 3.1.0
info: { title: Ends, version: '1' }
paths:
  /messages: { get: { operationId: messages, responses: { '200': ${sse(BODIES['/messages']!)} } } }
  /chat: { get: { operationId: chat, responses: { '200': ${sse(BODIES['/chat']!)} } } }
`;

let work: string;
let raw: http.Server;
let rawUrl: string;
let mock: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stream-end-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, spec);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.status, run.stderr).toBe(0); // warns that the event shapes come from the examples
  mock = await startMockServer({ routes: createMockRoutes(buildIr(await loadSpec(file)).ir) });
  // `?cut` replays the cut-off body; anything else replays the path's example verbatim.
  raw = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(BODIES[url.searchParams.has('cut') ? `${url.pathname}-cut` : url.pathname] ?? '');
  });
  await new Promise<void>((done) => raw.listen(0, '127.0.0.1', done));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await mock?.close();
  if (raw) await new Promise((done) => raw.close(done));
  await rm(work, { recursive: true, force: true });
});

describe('an inferred stream ends as its spec example does', () => {
  it('the IR takes the terminator from the example only', async () => {
    const { ir } = buildIr(await loadSpec(path.join(work, 'openapi.yaml')));
    const ends = Object.fromEntries(
      ir.operations.map((o) => [o.operationId, o.stream?.terminator]),
    );
    expect(ends).toEqual({ messages: undefined, chat: '[DONE]' });
    // Where the spec shows none, a `[DONE]` sent anyway still ends it (stream-terminator-if-sent.test.ts).
    const ifSent = Object.fromEntries(
      ir.operations.map((o) => [o.operationId, o.stream?.terminatorIfSent]),
    );
    expect(ifSent).toEqual({ messages: '[DONE]', chat: undefined });
  });

  it('the mock sends an end line only where the spec shows one', async () => {
    const messages = await (await fetch(`${mock.url}/messages`)).text();
    expect(messages).not.toContain('[DONE]');
    const chat = await (await fetch(`${mock.url}/chat`)).text();
    expect(chat.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('the TypeScript SDK reads the example bytes to their end', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const client = new sdk.Ends({ apiKey: 'k', baseUrl: rawUrl, maxRetries: 0 });
    const types = async (s: AsyncIterable<{ type: string }>) => {
      const got: string[] = [];
      for await (const e of s) got.push(e.type);
      return got;
    };
    expect(await types(await client.default.messages())).toEqual([
      'message_start',
      'ping',
      'message_stop',
    ]);
    expect(await types(await client.default.chat())).toEqual(['delta', 'stop']);
  });

  it('the Python SDK reads the example bytes to their end', async () => {
    const probe = [
      'import json, ends',
      `client = ends.Ends(api_key="k", base_url=${JSON.stringify(rawUrl)}, max_retries=0)`,
      'def types(s): return [e["type"] if isinstance(e, dict) else e.type for e in s]',
      'print(json.dumps({"messages": types(client.default.messages()), "chat": types(client.default.chat())}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      messages: ['message_start', 'ping', 'message_stop'],
      chat: ['delta', 'stop'],
    });
  }, 120_000);
});
