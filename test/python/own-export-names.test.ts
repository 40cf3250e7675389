/**
 * The Python SDK's own names (`SyncPage`, `Paging`, `NotFoundError`, `Operation`, and `Page`, whose
 * `AsyncPage` is the async page) are taken for the client class as the TypeScript runtime's exports
 * are: the IR moves a title that spells one to `<Title>Client` with a located `name-clash` warning,
 * so the package root and `_client.py` keep both the client pair and the runtime class.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { pythonEnv } from './venv.js';
import { spawnSync } from 'node:child_process';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-own-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const specTitled = (title: string): string => `openapi: 3.1.0
info: { title: '${title}', version: '1' }
servers: [{ url: 'http://127.0.0.1:4025' }]
paths:
  /pages:
    get:
      operationId: listPages
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/SyncPage' }
components:
  schemas:
    SyncPage:
      type: object
      properties: { items: { type: array, items: { $ref: '#/components/schemas/Paging' } } }
    Paging:
      type: object
      properties: { n: { type: integer } }
`;

function writeSpec(title: string): string {
  const file = path.join(work, `${encodeURIComponent(title)}.yaml`);
  writeFileSync(file, specTitled(title));
  return file;
}

describe('the client class name and the Python SDK names', () => {
  it.each([
    ['Page', 'PageClient', 'a name of the Python SDK'],
    ['Operation', 'OperationClient', 'a name of the Python SDK'],
    ['Not Given', 'NotGivenClient', 'a name of the Python SDK'],
    ['Sync Page', 'SyncPageClient', 'a schema type'],
  ])('title %s gives %s, with a located warning', async (title, expected, owner) => {
    const { ir, problems } = buildIr(await loadSpec(writeSpec(title)));
    expect(ir.clientClassName).toBe(expected);
    expect(problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['warning', 'name-clash', '/info/title'],
    ]);
    expect(problems[0]!.message).toContain(owner);
  });

  it('title Page with schemas SyncPage and Paging: the package keeps every class', async () => {
    const out = path.join(work, 'out');
    const result = await runPipeline({ spec: writeSpec('Page'), out, only: ['python'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const script = [
      'import page, page._pagination as pg',
      'from page import types',
      'assert page.SyncPage is pg.SyncPage and page.AsyncPage is pg.AsyncPage',
      'assert page.Paging is pg.Paging',
      'assert type(page.PageClient(api_key="k")).__name__ == "PageClient"',
      'assert type(page.AsyncPageClient(api_key="k")).__name__ == "AsyncPageClient"',
      'assert types.SyncPage.__module__.startswith("page.types._") and types.Paging(n=1).n == 1',
      'assert set(page.__all__) >= {"SyncPage", "AsyncPage", "Paging", "PageClient", "AsyncPageClient"}',
      'print("ok")',
    ].join('\n');
    const run = spawnSync(pythonEnv(), ['-c', script], {
      cwd: path.join(out, 'python'),
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: path.join(out, 'python'), PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok');
    expect(readFileSync(path.join(out, 'python/page/_client.py'), 'utf8')).toContain(
      'class AsyncPageClient(',
    );
  });
});
