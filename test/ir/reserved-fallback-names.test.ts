/**
 * Names the generator picks itself never clash with the client runtime: a non-Latin tag whose
 * operations share the path `/post` or `/request` does not become the resource `post` / `request`
 * (members of the runtime's BaseClient); it moves on to the next candidate, and the client compiles.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-reserved-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const spec = `openapi: 3.1.0
info: { title: Posts, version: '1' }
servers: [{ url: 'http://127.0.0.1:4025' }]
tags: [{ name: 投稿 }, { name: 設定 }, { name: 記録 }]
paths:
  /post/{id}:
    get:
      tags: [投稿]
      operationId: getPost
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok } }
  /request:
    get:
      tags: [設定]
      operationId: getSettings
      responses: { '200': { description: ok } }
  /logs:
    get:
      tags: [記録]
      operationId: listLogs
      responses: { '200': { description: ok } }
`;

describe('fallback resource names and runtime members', () => {
  it('skip `post` and `request`, keep a free path name, and generate without errors', async () => {
    const file = path.join(work, 'openapi.yaml');
    writeFileSync(file, spec);
    const result = await runPipeline({ spec: file, out: path.join(work, 'out'), only: ['client'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.pointer])).toEqual([
      ['name-fallback', '/tags/0/name'],
      ['name-fallback', '/tags/1/name'],
      ['name-fallback', '/tags/2/name'],
    ]);
    const resources = Object.fromEntries(
      result.ir!.operations.map((op) => [op.operationId, op.names.resource.join('.')]),
    );
    expect(resources).toEqual({ getPost: 'tag1', getSettings: 'tag2', listLogs: 'logs' });
  });

  it('skip `close`, which the Python client has, and generate the Python SDK without errors', async () => {
    const file = path.join(work, 'closing.yaml');
    writeFileSync(
      file,
      `openapi: 3.1.0
info: { title: Doors, version: '1' }
tags: [{ name: 閉じる }]
paths:
  /close:
    post:
      tags: [閉じる]
      operationId: closeDoor
      responses: { '204': { description: ok } }
`,
    );
    const result = await runPipeline({
      spec: file,
      out: path.join(work, 'closing'),
      only: ['python'],
    });
    expect(result.problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['warning', 'name-fallback', '/tags/0/name'],
    ]);
    expect(result.ir!.operations[0]!.names.resource).toEqual(['tag1']);
  });
});
