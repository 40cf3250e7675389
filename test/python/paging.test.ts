/**
 * Paged operations (`x-paging`) in the Python SDK walk every item across pages as the TypeScript
 * SDK does, sync (`for`) and async (`async for`), from the rule in the IR (`op.paging`); the first
 * page's fields stay reachable (sync: on the returned object, async: by awaiting it). Against the
 * generated mock, which lists the family's submitted tasks in pages.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { call } from '../mock/helpers.js';

const FIXTURE = fileURLToPath(new URL('../mock/fixtures/render-farm.yaml', import.meta.url));

let outputs: SpecOutputs;
let mock: MockServer;
/** The five tasks the mock lists: its seeded ones and the submitted ones. */
const submitted: string[] = [];
/** The order the TypeScript SDK walks them in (the mock lists the newest first). */
let walked: string[] = [];

beforeAll(async () => {
  outputs = await specOutputs(await readFile(FIXTURE, 'utf8'), {
    name: 'shellapi-py-paging',
    mock: true,
  });
  expect(outputs.stderr).toBe('');
  mock = outputs.mock;
  // The mock starts with the task the docs' poll sample names; submits make up the five.
  const seeded = mock.tasks.list().filter((t) => t.submitOperationId === '');
  expect(seeded.length).toBeGreaterThan(0);
  submitted.push(...seeded.map((t) => t.id));
  for (let i = seeded.length; i < 5; i++) {
    const a = await call(mock.url, 'POST', '/jobs', { json: { scene: `s${i}` } });
    expect(a.status).toBe(202);
    submitted.push((a.json as { id: string }).id);
  }
}, 120_000);

afterAll(() => outputs?.close());

describe('x-paging in the Python SDK (page style, size 2, five tasks)', () => {
  it('the TypeScript SDK walks all five (the reference)', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.RenderFarm({ apiKey: 'k', baseUrl: mock.url });
    const ids: string[] = [];
    for await (const job of client.jobs.listJobs({ size: 2 })) ids.push(job.id);
    expect([...ids].sort()).toEqual([...submitted].sort());
    walked = ids;
  });

  it('sync and async clients walk every item across pages; the first page stays reachable', async () => {
    const probe = [
      'import asyncio, json',
      'from shellapi import RenderFarm, AsyncRenderFarm, types',
      `URL = ${JSON.stringify(mock.url)}`,
      'c = RenderFarm(base_url=URL, api_key="k")',
      'jobs = list(c.jobs.list_jobs(size=2))',
      'first = c.jobs.list_jobs(size=2)',
      'out = {"sync": [j.id for j in jobs], "models": all(isinstance(j, types.Job) for j in jobs),',
      '       "first": [len(first.items), first.has_more], "pages": [len(p.items) for p in first.pages()]}',
      'async def main():',
      '    a = AsyncRenderFarm(base_url=URL, api_key="k")',
      '    out["async"] = [j.id async for j in a.jobs.list_jobs(size=2)]',
      '    page = await a.jobs.list_jobs(size=2)',
      '    out["async_first"] = [len(page.items), page.has_more]',
      '    out["async_pages"] = [len(p.items) async for p in a.jobs.list_jobs(size=2).pages()]',
      'asyncio.run(main())',
      'print(json.dumps(out))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      sync: walked,
      models: true,
      first: [2, true],
      pages: [2, 2, 1],
      async: walked,
      async_first: [2, true],
      async_pages: [2, 2, 1],
    });
  }, 60_000);

  it('the README shows it', async () => {
    const readme = await outputs.read('python/README.md');
    expect(readme).toContain('## Pagination');
    expect(readme).toContain('for item in client.jobs.list_jobs():');
  });
});

// Cursor style: the mock cuts the example's list into pages and answers the next cursor.
const CURSOR_SPEC = `openapi: 3.1.0
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
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                  next: { type: [string, 'null'] }
                  has_more: { type: boolean }
              example: { data: [{ id: a }, { id: b }, { id: c }, { id: d }, { id: e }], next: null, has_more: false }
components:
  schemas:
    Thing: { type: object, required: [id], properties: { id: { type: string } } }
`;

describe('x-paging in the Python SDK (cursor style, limit 2)', () => {
  it('sync and async walk the same items as the TypeScript SDK, page by page', async () => {
    const things = await specOutputs(CURSOR_SPEC, { name: 'shellapi-py-cursor', mock: true });
    expect(things.stderr).toBe('');
    const server = things.mock;
    try {
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
    } finally {
      await things.close();
    }
  }, 120_000);
});
