/**
 * Path keys whose literal characters a URL parser would change (`\` becomes `/` in fetch, a lone
 * `%`, a space, non-ASCII): both SDKs send the path percent-encoded as the IR's `wirePath` says, and
 * the mock generated from the same spec routes every one of them (a 404 would mean the path changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wirePath } from '../../generator/ir/wire-path.js';
import type { MockServer } from '../../templates/mock/server.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const PATHS: Record<string, string> = {
  backslash: '/files\\dir/{id}',
  space: '/menu items/{id}',
  accent: '/café/{id}',
  percent: '/100%/{id}',
  escaped: '/pre%20escaped/{id}',
};

const spec = [
  'openapi: 3.1.0',
  "info: { title: Path Literals, version: '1', x-package-name: '@shellapi/sdk' }",
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

let outputs: SpecOutputs;
let server: MockServer;

beforeAll(async () => {
  outputs = await specOutputs(spec, { name: 'shellapi-path-literals', mock: true });
  expect(outputs.stderr).toBe('');
  server = outputs.mock;
}, 120_000);

afterAll(() => outputs?.close());

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
    const sdk = await outputs.importTs();
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
      const page = await outputs.read(`docs/markdown/operations/${id}.md`);
      const curl = page.split('\n').find((line) => line.startsWith('curl '));
      // The spec names no host: the root URL is read from the environment, as the SDKs read it.
      expect(curl, id).toBe(`curl "\${SHELLAPI_BASE_URL}${sent.replace('a%20b', 'string')}"`);
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
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      answers: Object.keys(PATHS).map(() => true),
      sent: Object.values(expected),
    });
  }, 120_000);
});
