/**
 * A paged operation whose items are inline (no `$ref`) pages over a generated model in Python, as
 * the TypeScript page's item type does: the model the response's own `data` list already uses,
 * not `Any`. Items come from a real server on 127.0.0.1, two pages; mypy --strict sees the type.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { mypyStrict, pythonTypesSource, runPythonAsync } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Things, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - { name: after, in: query, schema: { type: string } }
      x-paging: { cursor: after, items: /data, nextCursor: /next }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: array
                    items: { type: object, required: [id], properties: { id: { type: string } } }
                  next: { type: [string, 'null'] }
  /tags:
    get:
      operationId: listTags
      parameters:
        - { name: after, in: query, schema: { type: string } }
      x-paging: { cursor: after, items: /data, nextCursor: /next }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { type: string } }
                  next: { type: [string, 'null'] }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-inline-pages-'));
const root = path.join(work, 'out', 'python');
let server: http.Server;
let base = '';

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const second = url.searchParams.get('after') === 'p2';
    const things = url.pathname === '/things';
    const data = second
      ? things
        ? [{ id: 'c' }]
        : ['z']
      : things
        ? [{ id: 'a' }, { id: 'b' }]
        : ['x', 'y'];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data, next: second ? null : 'p2' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/** The model the response class's `data` list holds, as `types` declares it. */
function dataItemModel(): string {
  const types = pythonTypesSource(path.join(root, 'shellapi'));
  return /^ {4}data: List\[(\w+)\]$/m.exec(types)![1]!;
}

describe('inline page items in Python', () => {
  it("page over the response's own item model (and str for strings), not Any", () => {
    const client = readFileSync(path.join(root, 'shellapi/_client.py'), 'utf8');
    const item = dataItemModel();
    // Sync: the page model's own page class (its fields typed), generic in the item type.
    expect(client).toMatch(new RegExp(`-> _\\w+ResponsePage\\[types\\.${item}\\]:`));
    expect(client).toMatch(new RegExp(`-> AsyncPage\\[types\\.\\w+, types\\.${item}\\]:`));
    expect(client).toMatch(/-> _\w+ResponsePage\[str\]:/);
    expect(client).not.toMatch(/Page\[([^\]]*, )?Any\]/);
  });

  it('yields those models across pages from a real server', async () => {
    const probe = [
      'import json, sys',
      'from shellapi import Things',
      'c = Things(base_url=sys.argv[1], api_key="k")',
      'things = list(c.default.list_things())',
      'print(json.dumps({"ids": [t.id for t in things], "types": sorted({type(t).__name__ for t in things}),',
      '                  "tags": list(c.default.list_tags())}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe, base], {
      cwd: work,
      env: { PYTHONPATH: root },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ids: ['a', 'b', 'c'],
      types: [dataItemModel()],
      tags: ['x', 'y', 'z'],
    });
  }, 120_000);

  it('mypy --strict catches a misspelt field of a page item', () => {
    const consumer = path.join(work, 'consumer.py');
    writeFileSync(
      consumer,
      [
        'from shellapi import Things',
        '',
        'def ids(c: Things) -> list[str]:',
        '    return [t.idd for t in c.default.list_things()]',
        '',
      ].join('\n'),
    );
    const run = mypyStrict([consumer], { cwd: work, root });
    expect(run.output).toMatch(/has no attribute "idd"/);
  }, 120_000);
});
