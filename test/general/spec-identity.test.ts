/**
 * A spec other than ours gets SDK names of its own (npm name, Python package, `<PREFIX>_API_KEY`),
 * from its title or `--package-name`, and none of our spec's Chinese columns or wording.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuild, runCli } from '../helpers/cli.js';

const SPEC = path.join(REPO, 'test/fixtures/specs/plain-english/openapi.yaml');
const venv = path.join(REPO, 'node_modules/.cache/shellapi-venv');
const PYTHON = path.join(venv, readdirSync(venv)[0]!, 'bin/python');

let tmp: string;
const read = (out: string, file: string): string => readFileSync(path.join(tmp, out, file), 'utf8');

beforeAll(() => {
  ensureBuild();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'spec-identity-'));
  for (const [out, extra] of [
    ['derived', []],
    ['named', ['--package-name', '@acme/tides']],
  ] as const) {
    const r = runCli(['generate', '--spec', SPEC, '--out', path.join(tmp, out), ...extra]);
    expect(r.status, r.stderr + r.stdout).toBe(0);
  }
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('names derived from the spec', () => {
  it('the title decides the npm name, the Python package and the environment variables', () => {
    expect(JSON.parse(read('derived', 'sdk/package.json')).name).toBe('harbour-tides');
    const client = read('derived', 'sdk/src/client.ts');
    expect(client).toContain("envPrefix: 'HARBOUR_TIDES'");
    expect(client).not.toMatch(/SHELLAPI|shellapi\/sdk/);
    expect(read('derived', 'sdk/README.md')).toContain('npm install ./harbour-tides-1.0.0.tgz');
    expect(read('derived', 'python/pyproject.toml')).toContain('name = "harbour_tides"');
    expect(existsSync(path.join(tmp, 'derived/python/harbour_tides/__init__.py'))).toBe(true);
    const docs = read('derived', 'docs/markdown/operations/createReading.md');
    expect(docs).toContain("from 'harbour-tides'");
    expect(docs).not.toMatch(/SHELLAPI|shellapi\/sdk|import shellapi/);
  });

  it('--package-name overrides it in both SDKs', () => {
    expect(JSON.parse(read('named', 'sdk/package.json')).name).toBe('@acme/tides');
    expect(read('named', 'sdk/src/client.ts')).toContain("envPrefix: 'ACME'");
    expect(existsSync(path.join(tmp, 'named/python/acme/__init__.py'))).toBe(true);
  });

  it('a bad --package-name is a usage error', () => {
    const r = runCli([
      'check',
      '--spec',
      SPEC,
      '--out',
      path.join(tmp, 'derived'),
      '--package-name',
      'Bad Name',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--package-name must be an npm package name');
  });

  it('the Python SDK reads HARBOUR_TIDES_API_KEY and HARBOUR_TIDES_BASE_URL', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // Asynchronous: the server answers on this process's event loop.
      const run = await new Promise<{ status: number | null; out: string }>((resolve) => {
        execFile(
          PYTHON,
          [
            '-c',
            'import harbour_tides; print(harbour_tides.HarbourTidesApi().readings.list_readings())',
          ],
          {
            cwd: path.join(tmp, 'derived/python'),
            env: {
              ...process.env,
              HARBOUR_TIDES_API_KEY: 'tide-key',
              HARBOUR_TIDES_BASE_URL: `http://127.0.0.1:${port}`,
            },
          },
          (error, stdout, stderr) =>
            resolve({
              status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
              out: stdout + stderr,
            }),
        );
      });
      expect(run.status, run.out).toBe(0);
    } finally {
      server.close();
    }
    expect(seen.map((h) => h['x-key'])).toEqual(['tide-key']);
  });
});

describe("our spec's wording stays ours", () => {
  it('no 中文 column or language toggle for a spec without Chinese titles', () => {
    for (const file of ['docs/markdown/api.md', 'docs/markdown/readings.md'])
      expect(read('derived', file)).not.toContain('中文');
    expect(read('derived', 'docs/markdown/api.md')).toContain(
      '| Method | Path | Operation | Family | Notes |',
    );
    expect(read('derived', 'docs/index.html')).toContain('data-lang-only="en"');
  });

  it('a POST that starts no task is not called paid work', () => {
    const texts = [
      read('derived', 'sdk/src/resources/readings.ts'),
      read('derived', 'python/harbour_tides/_client.py'),
      read('derived', 'python/README.md'),
      read('derived', 'docs/markdown/operations/createReading.md'),
    ];
    for (const text of texts) expect(text).not.toMatch(/paid/i);
    expect(texts[0]).toContain('(it is not idempotent)');
  });
});

describe('root webhooks in the docs', () => {
  it('each has a page (payload schema) linked from the index, the sidebar data and the search index', () => {
    const page = read('derived', 'docs/webhooks/tideAlert.html');
    expect(page).toContain('<h1><code>tideAlert</code></h1>');
    expect(page).toContain('href="../schemas/Reading.html#Reading"');
    expect(page).toContain('TideAlertWebhookPayload');
    expect(read('derived', 'docs/index.html')).toContain('<a href="webhooks/tideAlert.html">');
    expect(read('derived', 'docs/nav.js')).toContain('"u":"webhooks/tideAlert.html"');
    const search = read('derived', 'docs/search-index.js');
    expect(search).toMatch(/"t":"tideAlert","s":"Webhook · POST".*"u":"webhooks\/tideAlert\.html"/);
  });
});
