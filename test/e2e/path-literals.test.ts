/**
 * Path keys whose literal characters a URL parser would change (`\` becomes `/` in fetch, a lone
 * `%`, a space, non-ASCII): both SDKs send the path percent-encoded as the IR's `wirePath` says, and
 * the mock generated from the same spec routes every one of them (a 404 would mean the path changed).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { wirePath } from '../../generator/ir/wire-path.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

const PATHS: Record<string, string> = {
  backslash: '/files\\dir/{id}',
  space: '/menu items/{id}',
  accent: '/café/{id}',
  percent: '/100%/{id}',
  escaped: '/pre%20escaped/{id}',
};

const spec = [
  'openapi: 3.1.0',
  "info: { title: Path Literals, version: '1' }",
  'tags: [{ name: paths }]',
  'paths:',
  ...Object.entries(PATHS).map(
    ([id, key]) =>
      `  ${JSON.stringify(key)}:\n    get: { operationId: ${id}, tags: [paths], parameters: [{ $ref: '#/components/parameters/id' }], responses: { '200': { $ref: '#/components/responses/ok' } } }`,
  ),
  'components:',
  '  parameters:',
  '    id: { name: id, in: path, required: true, schema: { type: string } }',
  '  responses:',
  '    ok:',
  '      description: ok',
  '      content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }',
  '',
].join('\n');

/** Each operation's expected request path with `id` = `a b`. */
const expected = Object.fromEntries(
  Object.entries(PATHS).map(([id, key]) => [id, wirePath(key).replace('{id}', 'a%20b')]),
);

let work: string;
let server: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-path-literals-'));
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

describe('path literals a URL parser would change', () => {
  it('wirePath encodes only what needs it', () => {
    expect(expected).toEqual({
      backslash: '/files%5Cdir/a%20b',
      space: '/menu%20items/a%20b',
      accent: '/caf%C3%A9/a%20b',
      percent: '/100%25/a%20b',
      escaped: '/pre%20escaped/a%20b',
    });
    expect(wirePath('/v1/chat/{model}:generate/~x')).toBe('/v1/chat/{model}:generate/~x');
    expect(wirePath('/emoji/😀?#')).toBe('/emoji/%F0%9F%98%80%3F%23');
  });

  it('the TypeScript SDK sends them as written and the mock routes each', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const sent: string[] = [];
    const client = new sdk.PathLiterals({
      apiKey: 'k',
      baseUrl: server.url,
      fetch: (url: string, init: RequestInit) => {
        sent.push(new URL(url).pathname);
        return fetch(url, init);
      },
    });
    for (const id of Object.keys(PATHS))
      expect(await client.paths[id]('a b'), id).toEqual({ ok: true });
    expect(sent).toEqual(Object.values(expected));
  });

  it('the docs HTTP samples use the same paths', async () => {
    for (const [id, sent] of Object.entries(expected)) {
      const page = await readFile(path.join(work, `out/docs/markdown/operations/${id}.md`), 'utf8');
      const curl = page.split('\n').find((line) => line.startsWith('curl '));
      expect(curl, id).toBe(`curl '{baseUrl}${sent.replace('a%20b', 'string')}'`);
    }
  });

  it('the Python SDK sends the same paths', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url.raw_path.decode())]})',
      `client = shellapi.PathLiterals(api_key="k", base_url=${JSON.stringify(server.url)}, http_client=http)`,
      `answers = [getattr(client.paths, n)("a b").ok for n in ${JSON.stringify(Object.keys(PATHS))}]`,
      'print(json.dumps({"answers": answers, "sent": sent}))',
    ].join('\n');
    // Asynchronous: the mock answers from this process.
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      answers: Object.keys(PATHS).map(() => true),
      sent: Object.values(expected),
    });
  }, 120_000);
});
