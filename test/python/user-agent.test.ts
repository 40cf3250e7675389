/**
 * Both SDKs send one stable User-Agent, `<package>/<version> (<language>)`, taken from the package
 * metadata each ships (package.json, pyproject.toml); default headers replace it. In a browser the
 * TypeScript SDK sends none (browsers send their own and refuse or preflight a script's).
 * A real server on 127.0.0.1 records what arrives.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, wholeClientConsumer } from '../../bench/bundle-size.js';
import { runPipeline } from '../../generator/pipeline.js';
import { runPythonAsync } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Agent, version: '2.3.4-beta.1', x-package-name: '@shellapi/sdk' }
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-user-agent-'));
const dist = pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href;
let server: http.Server;
let base = '';
/** The User-Agent of each request, in order. */
const seen: (string | null)[] = [];

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['client', 'python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  server = http.createServer((req, res) => {
    seen.push(req.headers['user-agent'] ?? null);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/** The package's own name and version, as its metadata states them. */
function metadata(): { ts: string; py: string } {
  const pkg = JSON.parse(readFileSync(path.join(work, 'out/sdk/package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const toml = readFileSync(path.join(work, 'out/python/pyproject.toml'), 'utf8');
  const field = (key: string): string => new RegExp(`^${key} = "([^"]+)"$`, 'm').exec(toml)![1]!;
  return {
    ts: `${pkg.name}/${pkg.version} (typescript)`,
    py: `${field('name')}/${field('version')} (python)`,
  };
}

/** Calls `ping` once per set of default headers in a fresh Node process (optionally posing as a browser). */
async function typescript(defaults: object[], browser = false): Promise<(string | null)[]> {
  const code = [
    browser
      ? "Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120' }, configurable: true });"
      : '',
    `const { Agent } = await import(${JSON.stringify(dist)});`,
    `for (const defaultHeaders of ${JSON.stringify(defaults)})`,
    `  await new Agent({ apiKey: 'k', baseUrl: ${JSON.stringify(base)}, defaultHeaders }).default.ping();`,
  ].join('\n');
  const start = seen.length;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return seen.slice(start);
}

async function python(defaults: object[]): Promise<(string | null)[]> {
  const probe = [
    'import json, sys',
    'from shellapi import Agent',
    'for headers in json.loads(sys.argv[2]):',
    '    Agent(api_key="k", base_url=sys.argv[1], default_headers=headers).default.ping()',
  ].join('\n');
  const start = seen.length;
  const root = path.join(work, 'out', 'python');
  const run = await runPythonAsync(['-c', probe, base, JSON.stringify(defaults)], {
    cwd: work,
    env: { PYTHONPATH: root },
  });
  expect(run.stderr).toBe('');
  return seen.slice(start);
}

describe('User-Agent', () => {
  it('names the package and version from its metadata, in both SDKs', async () => {
    const { ts, py } = metadata();
    expect(ts).toBe('@shellapi/sdk/2.3.4-beta.1 (typescript)');
    expect(py).toBe('shellapi/2.3.4b1 (python)');
    expect(await typescript([{}])).toEqual([ts]);
    expect(await python([{}])).toEqual([py]);
  }, 60_000);

  it('default headers replace it in both SDKs', async () => {
    expect(await typescript([{ 'User-Agent': 'mine/1' }])).toEqual(['mine/1']);
    expect(await python([{ 'User-Agent': 'mine/1' }])).toEqual(['mine/1']);
  }, 60_000);

  it("a browser bundle takes user-agent.ts's browser build (the package's browser field); a Node bundle keeps it", async () => {
    const sdk = path.join(work, 'out/sdk');
    const consumer = wholeClientConsumer('./dist/index.js').replaceAll('ShellApi', 'Agent');
    const browser = await bundle('browser', consumer, sdk);
    expect(browser.modules).not.toContain('dist/core/user-agent.js');
    expect(browser.code).not.toContain('"user-agent"');
    const node = await bundle('node', consumer, sdk, 'node');
    expect(node.modules).toContain('dist/core/user-agent.js');
    expect(node.code).toContain('"user-agent"');
  }, 60_000);

  it('an unbundled browser gets none from the TypeScript SDK (its own stays)', async () => {
    const [sent] = await typescript([{}], true);
    expect(sent).not.toContain('(typescript)');
  }, 60_000);
});
