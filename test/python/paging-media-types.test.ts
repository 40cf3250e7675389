/**
 * `x-paging` reads the page's items and cursor from a JSON body, which a `+json` media type
 * (`application/vnd.api+json`) is: the mock pages it, and both SDKs walk it alike. A paged
 * operation whose answer is not JSON (NDJSON, an event stream, plain text) has no page to read,
 * so generation stops with a located error at its `x-paging` instead of SDKs that cannot page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { runCli } from '../helpers/cli.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const spec = (mediaType: string, schema: string, example: string) => `openapi: 3.1.0
info: { title: Things, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - { name: after, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      x-paging: { cursor: after, size: limit, items: /data, nextCursor: /next, hasMore: /has_more }
      responses:
        '200':
          description: ok
          content:
            ${mediaType}:
              schema: ${schema}
              example: ${example}
components:
  schemas:
    Thing: { type: object, required: [id], properties: { id: { type: string } } }
`;

const PAGE_SCHEMA = `
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                  next: { type: [string, 'null'] }
                  has_more: { type: boolean }`;
const PAGE_EXAMPLE =
  '{ data: [{ id: a }, { id: b }, { id: c }, { id: d }, { id: e }], next: null, has_more: false }';

describe('x-paging over a +json media type', () => {
  let things: SpecOutputs;
  beforeAll(async () => {
    things = await specOutputs(spec('application/vnd.api+json', PAGE_SCHEMA, PAGE_EXAMPLE), {
      name: 'shellapi-py-paging-vnd',
      mock: true,
    });
    expect(things.stderr).toBe('');
  }, 120_000);
  afterAll(() => things?.close());

  it('the mock pages it, and both SDKs walk the same items page by page', async () => {
    const server = things.mock;
    const first = await fetch(`${server.url}/things?limit=2`, {
      headers: { authorization: 'Bearer k' },
    });
    expect(first.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
    expect(await first.json()).toMatchObject({ data: [{ id: 'a' }, { id: 'b' }], has_more: true });

    const sdk = await things.importTs();
    const client = new sdk.Things({ apiKey: 'k', baseUrl: server.url });
    const ids: string[] = [];
    for await (const thing of client.default.listThings({ limit: 2 })) ids.push(thing.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);

    const probe = [
      'import asyncio, json',
      'from shellapi import Things, AsyncThings',
      `URL = ${JSON.stringify(server.url)}`,
      'c = Things(base_url=URL, api_key="k")',
      'out = {"sync": [t.id for t in c.default.list_things(limit=2)],',
      '       "pages": [[t.id for t in p.data] for p in c.default.list_things(limit=2).pages()]}',
      'async def main():',
      '    a = AsyncThings(base_url=URL, api_key="k")',
      '    out["async"] = [t.id async for t in a.default.list_things(limit=2)]',
      'asyncio.run(main())',
      'print(json.dumps(out))',
    ].join('\n');
    const py = await things.pythonAsync(probe);
    expect(py.stderr).toBe('');
    expect(JSON.parse(py.stdout)).toEqual({
      sync: ids,
      pages: [['a', 'b'], ['c', 'd'], ['e']],
      async: ids,
    });
  }, 120_000);
});

describe('x-paging over a body that is not JSON', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.each([
    ['application/x-ndjson', '{ type: string }', '\'{"id":"a"}\''],
    ['text/event-stream', '{ type: string }', 'a'],
    ['text/plain', '{ type: string }', 'a'],
    ['application/octet-stream', '{ type: string, format: binary }', 'a'],
  ])('%s: generate stops with a located error at x-paging', (mediaType, schema, example) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paging-not-json-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'openapi.yaml'), spec(mediaType, schema, example));
    for (const command of ['generate', 'lint']) {
      const run = runCli(
        [command, '--spec', 'openapi.yaml', ...(command === 'generate' ? ['--out', 'out'] : [])],
        { cwd: dir },
      );
      expect(run.status, run.stdout).not.toBe(0);
      const line = spec(mediaType, schema, example)
        .split('\n')
        .findIndex((l) => l.includes('x-paging:'));
      expect(run.stderr).toContain(`openapi.yaml:${line + 1}:`);
      expect(run.stderr).toContain('paging-not-json');
      expect(run.stderr).toContain(mediaType);
    }
  });

  it('JSON beside another media type: an error naming the other (the answer may not be a page)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paging-mixed-'));
    dirs.push(dir);
    const mixed = spec('application/json', PAGE_SCHEMA, PAGE_EXAMPLE).replace(
      'components:',
      '            text/csv:\n              schema: { type: string }\ncomponents:',
    );
    writeFileSync(path.join(dir, 'openapi.yaml'), mixed);
    const run = runCli(['lint', '--spec', 'openapi.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/paging-not-json .*x-paging: .* response 200 answers text\/csv\n/);
  });
});
