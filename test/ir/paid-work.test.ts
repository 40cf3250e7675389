/**
 * `x-paid` marks a synchronous operation that costs money per call: the IR decides it once
 * (`paid`, also true for an `x-task` submit), it defaults the retry to `unsafe`, and the TypeScript
 * JSDoc, the Python docstring and the docs badge all say "paid work" for it, and "not idempotent"
 * only for an unpaid POST.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-paid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SPEC = `openapi: 3.1.0
info: { title: Render Shop, version: '1' }
servers: [{ url: 'http://127.0.0.1:4025' }]
paths:
  /renders:
    post:
      operationId: createRender
      x-paid: true
      responses: { '200': { description: ok } }
  /renders/{id}:
    put:
      operationId: redoRender
      x-paid: true
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok } }
  /notes:
    post:
      operationId: createNote
      responses: { '200': { description: ok } }
`;

const spec = path.join(work, 'openapi.yaml');
const out = path.join(work, 'out');
beforeAll(async () => {
  writeFileSync(spec, SPEC);
  const result = await runPipeline({ spec, out, only: ['client', 'python', 'docs'] });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
}, 120_000);
const read = (file: string): string => readFileSync(path.join(out, file), 'utf8');

describe('paid synchronous operations', () => {
  it('the IR marks them paid, and a paid PUT is not re-sent by default', async () => {
    const { ir } = buildIr(await loadSpec(spec));
    const facts = ir.operations.map((op) => [op.operationId, op.paid, op.retry]);
    expect(facts).toEqual([
      ['createRender', true, 'unsafe'],
      ['redoRender', true, 'unsafe'],
      ['createNote', false, 'unsafe'],
    ]);
  });

  it('a non-boolean x-paid is a located extension-invalid problem', async () => {
    const bad = path.join(work, 'bad.yaml');
    writeFileSync(bad, SPEC.replace('x-paid: true', 'x-paid: yes please'));
    const { problems } = await loadSpec(bad);
    expect(problems.map((p) => [p.code, p.pointer])).toContainEqual([
      'extension-invalid',
      '/paths/~1renders/post/x-paid',
    ]);
  });

  it('every SDK and the docs say paid work for them, not idempotent for the rest', () => {
    const ts = read('sdk/src/operations/default.ts');
    expect(ts).toMatch(/`POST \/renders` — [^\n]*\(it can start paid work\)/);
    expect(ts).toMatch(/`PUT \/renders\/\{id\}` — [^\n]*\(it can start paid work\)/);
    expect(ts).toMatch(/`POST \/notes` — [^\n]*\(it is not idempotent\)/);
    const py = read('python/render_shop/_client.py');
    expect(py).toContain(
      '`POST /renders` (not re-sent once it may have reached the server: it can start paid work)',
    );
    expect(py).toContain(
      '`POST /notes` (not re-sent once it may have reached the server: it is not idempotent)',
    );
    expect(read('docs/operations/createRender.html')).toContain(
      '(it can start paid work)">not retried once sent',
    );
    expect(read('docs/operations/createNote.html')).toContain(
      '(it is not idempotent)">not retried once sent',
    );
    expect(read('sdk/README.md')).toContain(
      '3 operation(s) are not retried once sent (POSTs, PATCHes and paid work (`x-paid`, `x-task`) without `x-retry: safe`, and any operation marked `x-retry: unsafe`; 2 of them start paid work)',
    );
  });
});
