/**
 * A `text/event-stream` response without `x-stream` is a stream end to end: the IR infers it (always
 * streaming when it is the only success content, switched by a boolean `stream` body property when
 * JSON is declared beside it), both SDKs return their Stream types and the mock streams it.
 */
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

const spec = `openapi: 3.1.0
info: { title: Events, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /events:
    get:
      operationId: listEvents
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              schema: { type: object, required: [n], properties: { n: { type: integer } }, example: { n: 7 } }
  /chat:
    post:
      operationId: createChat
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [q], properties: { q: { type: string }, stream: { type: boolean } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [answer], properties: { answer: { type: string } }, example: { answer: whole } }
            text/event-stream:
              schema: { type: object, required: [delta], properties: { delta: { type: string } }, example: { delta: part } }
`;

let work: string;
let server: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-inferred-stream-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, spec);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  server = await startMockServer({ routes: createMockRoutes(buildIr(await loadSpec(file)).ir) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('an event stream without x-stream', () => {
  it('the TypeScript SDK returns a Stream (always, or with stream: true)', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const client = new sdk.Events({ apiKey: 'k', baseUrl: server.url });
    const events: unknown[] = [];
    for await (const e of await client.default.listEvents()) events.push(e);
    expect(events).toEqual([{ n: 7 }]);
    const chunks: unknown[] = [];
    for await (const c of await client.default.createChat({ q: 'x', stream: true })) chunks.push(c);
    expect(chunks).toEqual([{ delta: 'part' }]);
    expect(await client.default.createChat({ q: 'x' })).toEqual({ answer: 'whole' });
  });

  it('the Python SDK returns a Stream the same way', async () => {
    const probe = [
      'import json, shellapi',
      `client = shellapi.Events(api_key="k", base_url=${JSON.stringify(server.url)})`,
      'events = [e.n for e in client.default.list_events()]',
      'chunks = [c.delta for c in client.default.create_chat(q="x", stream=True)]',
      'whole = client.default.create_chat(q="x").answer',
      'print(json.dumps({"events": events, "chunks": chunks, "whole": whole}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ events: [7], chunks: ['part'], whole: 'whole' });
  }, 120_000);
});
