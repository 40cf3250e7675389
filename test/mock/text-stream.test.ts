/**
 * An inferred event stream (no x-stream) whose events are plain text, not JSON: the IR decides it
 * once (`StreamIr.text`: a string event schema whose example shows no JSON payloads), and the
 * TypeScript runtime, the Python runtime and the mock follow it. Text that looks like JSON (`42`)
 * stays text, and an event of two `data:` lines is one chunk with a line break. Both SDKs used to
 * parse each payload as JSON (TypeScript threw on `started`, Python turned `42` into a number).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';
import { call, startFor } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Text stream, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /logs:
    get:
      operationId: tailLogs
      responses:
        '200':
          description: log lines, one event each
          content:
            text/event-stream:
              schema: { type: string }
              example: "data: started\\n\\ndata: 42\\n\\ndata: two\\ndata: lines\\n\\ndata: [DONE]\\n\\n"
`;
// A text stream has no inferred terminator: the example's `[DONE]` is an event, as sent.
const CHUNKS = ['started', '42', 'two\nlines', '[DONE]'];

let work: string;
let mock: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-text-stream-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, SPEC);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  mock = await startFor(file);
}, 180_000);

afterAll(async () => {
  await mock?.close();
  await rm(work, { recursive: true, force: true });
});

describe('a stream of text events', () => {
  it('the mock streams the events as text', async () => {
    const answer = await call(mock.url, 'GET', '/logs', {
      headers: { accept: 'text/event-stream' },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(
      'data: started\n\ndata: 42\n\ndata: two\ndata: lines\n\ndata: [DONE]\n\n',
    );
  });

  it('the TypeScript SDK yields each event as its text', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const client = new sdk.TextStream({ apiKey: 'k', baseUrl: mock.url });
    const chunks: unknown[] = [];
    for await (const chunk of await client.default.tailLogs()) chunks.push(chunk);
    expect(chunks).toEqual(CHUNKS);
  });

  it('the Python SDK yields the same text', async () => {
    const probe = [
      'import json, shellapi',
      `client = shellapi.TextStream(api_key="k", base_url=${JSON.stringify(mock.url)})`,
      'print(json.dumps(list(client.default.tail_logs())))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(CHUNKS);
  }, 120_000);
});
