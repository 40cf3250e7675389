/**
 * A spec that names no host (no `servers`, a templated one, a relative one): the request samples
 * of the docs, HTML and Markdown alike, read the root URL from the variable the SDKs read
 * (`SHELLAPI_BASE_URL`) instead of printing a `{baseUrl}` nobody can paste and run. The curl and
 * Python (HTTP) samples as the pages print them run against the mock with only the variable
 * set. A spec with a host keeps it in the samples.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { startMockFromIr } from '../../generator/emit/mock/serve.js';
import { defaultBaseUrl } from '../../generator/emit/surface/client-identity.js';
import { docsFor, text } from './helpers.js';
import { HAS_CURL, runCurl } from './console-site.js';

const HAS_REQUESTS = spawnSync('python3', ['-c', 'import requests']).status === 0;
const ENV = 'SHELLAPI_BASE_URL';

function spec(servers: string): string {
  return `openapi: 3.1.0
info: { title: Pets, version: '1' }
${servers}
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security: [{ bearer: [] }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer, examples: [7] } }
        # Quotes and a dollar: the shell must expand the root URL and nothing else.
        - { name: q, in: query, schema: { type: string }, examples: { a: { value: "it's $HOME \\"x\\"" } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [id], properties: { id: { type: integer } } }
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [name], properties: { name: { type: string } } }
            example: { name: Rex }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { type: object, properties: { name: { type: string } } }
`;
}

/** A page's sample of `lang` as the reader sees it (the slots' text, entities decoded). */
function htmlSample(html: string, lang: string): string {
  const m = new RegExp(`data-sample="${lang}">([\\s\\S]*?)</code>`).exec(html);
  expect(m, `no ${lang} sample`).not.toBeNull();
  const entities: Record<string, string> = { quot: '"', '#39': "'", amp: '&', lt: '<', gt: '>' };
  return m![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&(quot|#39|amp|lt|gt);/g, (_e, n: string) => entities[n]!);
}

/** The Markdown page's fenced sample under the `**label**` heading. */
function markdownSample(md: string, label: string): string {
  const at = md.indexOf(`**${label}**\n\n`);
  expect(at, `no ${label} sample`).toBeGreaterThanOrEqual(0);
  const m = /```\w*\n([\s\S]*?)\n```/.exec(md.slice(at));
  return m![1]!;
}

function file(files: VirtualFile[], name: string): string {
  const f = files.find((x) => x.path === name);
  expect(f, name).toBeDefined();
  return text(f!);
}

/** Runs a Python (HTTP) sample with python3 (it uses requests): exit code and output. */
function runPython(
  code: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('python3', ['-'], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(code);
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'samples-env-base-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function docsOf(servers: string): Promise<{ ir: ApiIr; files: VirtualFile[] }> {
  const specFile = path.join(dir, `${Buffer.from(servers).toString('hex').slice(0, 40)}.yaml`);
  await writeFile(specFile, spec(servers));
  return docsFor(specFile);
}

describe.each([
  ['no servers', ''],
  [
    'a templated host',
    "servers: [{ url: '{baseUrl}', variables: { baseUrl: { default: 'https://api.example.com' } } }]",
  ],
  ['a relative server', 'servers: [{ url: /api }]'],
])('a spec with %s: the samples read the root URL from SHELLAPI_BASE_URL', (_name, servers) => {
  let ir: ApiIr;
  let files: VirtualFile[];
  beforeAll(async () => {
    ({ ir, files } = await docsOf(servers));
  });

  it('the client has no default, and every page prints the same runnable samples (no `{baseUrl}`)', () => {
    expect(defaultBaseUrl(ir)).toBeUndefined();
    for (const op of ir.operations) {
      const printed = buildSamples(ir, op);
      const html = file(files, `docs/operations/${op.operationId}.html`);
      const md = file(files, `docs/markdown/operations/${op.operationId}.md`);
      for (const [lang, label] of [
        ['curl', 'curl'],
        ['pythonHttp', 'Python (HTTP)'],
        ['typescript', 'TypeScript'],
        ['python', 'Python'],
      ] as const) {
        expect(htmlSample(html, lang)).toBe(printed[lang]);
        expect(markdownSample(md, label)).toBe(printed[lang]);
        expect(printed[lang]).not.toContain('{baseUrl}');
        expect(printed[lang]).toContain(ENV);
      }
      expect(printed.curl).toMatch(/^curl (-X POST )?"\$\{SHELLAPI_BASE_URL\}\/pets/);
      expect(printed.pythonHttp).toContain(`BASE_URL = os.environ["${ENV}"]\n`);
    }
  });

  it.skipIf(!HAS_CURL && !HAS_REQUESTS)(
    'the curl and Python (HTTP) samples as printed run against the mock with the variable set',
    async () => {
      const mock = await startMockFromIr(ir);
      try {
        const env = { [ENV]: mock.url, SHELLAPI_API_KEY: 'sk-env-base' };
        for (const op of ir.operations) {
          const printed = buildSamples(ir, op);
          if (HAS_CURL) {
            const r = await runCurl(printed.curl, undefined, env);
            expect(r.status, r.out).toMatch(/^20[01]$/);
            // The root URL is the variable's: without it curl has no host to call.
            const unset = await runCurl(printed.curl, undefined, { ...env, [ENV]: '' });
            expect(unset.status, unset.out).not.toMatch(/^2/);
          }
          if (HAS_REQUESTS) {
            const py = await runPython(printed.pythonHttp, env);
            expect(py.code, py.out).toBe(0);
            if (op.operationId === 'getPet') expect(py.out).toContain("'id':");
          }
        }
      } finally {
        await mock.close();
      }
    },
  );
});

describe('a spec with a host', () => {
  it('keeps it in the samples: a single-quoted curl URL, a Python string', async () => {
    const { ir, files } = await docsOf("servers: [{ url: 'https://pets.example.test/v1/' }]");
    const op = ir.operations.find((o) => o.operationId === 'getPet')!;
    const printed = buildSamples(ir, op);
    expect(printed.curl).toMatch(/^curl 'https:\/\/pets\.example\.test\/v1\/pets\/7\?q=/);
    expect(printed.pythonHttp).toContain('BASE_URL = "https://pets.example.test/v1"\n');
    expect(printed.curl + printed.pythonHttp + printed.typescript).not.toContain(ENV);
    expect(htmlSample(file(files, 'docs/operations/getPet.html'), 'curl')).toBe(printed.curl);
  });
});
