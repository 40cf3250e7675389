/**
 * The curl and Python (HTTP) samples of an HTTP-basic operation send the key as the SDKs do: a
 * `user:password` key as it is, a bare key as `key:` (the user, no password). Proven against a mock
 * that accepts only given keys (`--keys`): both forms get a 2xx, and a wrong password a 401.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { irFor } from './helpers.js';

const hasCurl = spawnSync('curl', ['--version']).status === 0;
const hasPython = spawnSync('python3', ['-c', 'import requests']).status === 0;

const spec = `openapi: 3.1.0
info: { title: Basic, version: '1' }
servers: [{ url: 'http://127.0.0.1:1' }]
security: [{ basicAuth: [] }]
paths:
  /me:
    get:
      operationId: getMe
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object } } }
components:
  securitySchemes:
    basicAuth: { type: http, scheme: basic }
`;

/** Runs `command` with the samples' key variable set to `key`; resolves to its exit code and output. */
function run(
  command: string,
  args: string[],
  key: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, SHELLAPI_API_KEY: key } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('basic-auth samples send the key as the SDKs do', () => {
  let dir: string;
  let ir: ApiIr;
  let mock: MockServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'docs-basic-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, spec);
    ir = await irFor(file);
    mock = await startMockFromIr(ir, { port: 0, host: '127.0.0.1', keys: ['user:pass', 'bare'] });
  });

  afterAll(async () => {
    await mock?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cases: [key: string, status: string][] = [
    ['user:pass', '200'],
    ['bare', '200'],
    ['user:wrong', '401'],
  ];

  it.skipIf(!hasCurl)(
    'curl: a user:password key and a bare key pass, a wrong one does not',
    async () => {
      const curl = buildSamples(ir, ir.operations[0]!, { baseUrl: mock.url }).curl;
      for (const [key, status] of cases) {
        const r = await run('bash', ['-c', `${curl} -sS -o /dev/null -w '%{http_code}'`], key);
        expect(`${key}: ${r.out}`).toBe(`${key}: ${status}`);
      }
    },
  );

  it.skipIf(!hasPython)('Python (HTTP): the same', async () => {
    const code = buildSamples(ir, ir.operations[0]!, { baseUrl: mock.url }).pythonHttp;
    for (const [key, status] of cases) {
      const r = await run('python3', ['-c', code], key);
      expect(`${key}: ${r.code === 0 ? '200' : /\b401\b/.test(r.out) ? '401' : r.out}`).toBe(
        `${key}: ${status}`,
      );
    }
  });
});
