/**
 * A 204 (an empty body) to each kind of operation gives the same value in both SDKs: the declared
 * type's empty value — '' for text, empty bytes for binary, None / undefined for JSON and for an
 * operation without a body. Python used to answer None to every 204, even for a `-> str` method.
 * Both generated SDKs call a real server on 127.0.0.1 that answers 204 to everything.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { runPythonAsync } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Empty, version: '1.0.0', x-package-name: '@shellapi/sdk' }
paths:
  /text:
    get:
      operationId: getText
      responses:
        '200': { description: ok, content: { text/plain: { schema: { type: string } } } }
        '204': { description: nothing yet }
  /bytes:
    get:
      operationId: getBytes
      responses:
        '200': { description: ok, content: { application/octet-stream: { schema: { type: string, format: binary } } } }
  /json:
    get:
      operationId: getJson
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /none:
    delete:
      operationId: deleteNone
      responses:
        '204': { description: gone }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-empty-answers-'));
let server: http.Server;
let base = '';

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['client', 'python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  server = http.createServer((_req, res) => {
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/** What each SDK hands back, as [type, value] (bytes and Blobs by their length). */
type Seen = [string, unknown];

async function typescript(): Promise<Record<string, Seen>> {
  const sdk = (await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href)) as {
    Empty: new (options: object) => {
      default: Record<string, () => Promise<unknown>>;
    };
  };
  const client = new sdk.Empty({ apiKey: 'k', baseUrl: base }).default;
  const seen = (value: unknown): Seen =>
    value instanceof Blob
      ? ['bytes', value.size]
      : [value === undefined ? 'nothing' : typeof value, value ?? null];
  return {
    text: seen(await client.getText!()),
    bytes: seen(await client.getBytes!()),
    json: seen(await client.getJson!()),
    none: seen(await client.deleteNone!()),
  };
}

async function python(): Promise<Record<string, Seen>> {
  const probe = [
    'import json, sys',
    'from shellapi import Empty',
    'client = Empty(api_key="k", base_url=sys.argv[1]).default',
    'def seen(v):',
    '    if isinstance(v, bytes): return ["bytes", len(v)]',
    '    return ["nothing", None] if v is None else ["string", v]',
    'print(json.dumps({"text": seen(client.get_text()), "bytes": seen(client.get_bytes()),',
    '                  "json": seen(client.get_json()), "none": seen(client.delete_none())}))',
  ].join('\n');
  const root = path.join(work, 'out', 'python');
  const run = await runPythonAsync(['-c', probe, base], { cwd: work, env: { PYTHONPATH: root } });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, Seen>;
}

describe('a 204 answer', () => {
  it('is the declared type’s empty value in both SDKs', async () => {
    const expected = {
      text: ['string', ''],
      bytes: ['bytes', 0],
      json: ['nothing', null],
      none: ['nothing', null],
    };
    expect(await typescript()).toEqual(expected);
    expect(await python()).toEqual(expected);
  }, 120_000);

  it('a text method is typed str / string (never None)', () => {
    const client = readFileSync(path.join(work, 'out/python/shellapi/_client.py'), 'utf8');
    expect(client).toMatch(/def get_text\([^)]*\) -> str:/);
  });
});
