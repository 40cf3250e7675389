/**
 * A watch session on a one-file spec, where its later runs reuse the most (the same parsed objects
 * for every unchanged path item and component): the named schemas and the examples' state
 * (ir/reuse.ts, ir/examples), the official schema's errors per entry
 * (load/validate/schema-check-reuse.ts). After each edit the output and the problems equal a cold
 * run's, and an edit of what a cache holds shows up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../generator/pipeline.js';
import { createWatchSession } from '../../generator/incremental/session.js';
import { readTree, treeDifferences } from '../helpers/tree.js';

const dir = mkdtempSync(path.join(tmpdir(), 'watch-reuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = path.join(dir, 'openapi.yaml');
const session = createWatchSession();

writeFileSync(
  spec,
  `openapi: 3.1.0
info:
  title: Reuse
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Pet'
    post:
      operationId: createPet
      summary: Create a pet
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Pet'
            example:
              name: 42
      responses:
        '201':
          description: created
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
  /odd:
    get:
      operationId: getOdd
      summary: Something odd
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Odd'
    put:
      operationId: putOdd
      summary: Put something odd
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Odd'
      responses:
        '204':
          description: done
components:
  schemas:
    Pet:
      type: object
      required: [name, name]
      properties:
        name:
          type: string
          enum: [rex, tom]
        age:
          type: integer
          default: old
    Odd:
      type: object
      required: [code]
      properties:
        code:
          type: string
          minLength: 5
          maxLength: 2
`,
);

function edit(from: string, to: string): void {
  const text = readFileSync(spec, 'utf8');
  expect(text).toContain(from);
  writeFileSync(spec, text.replace(from, to));
}

async function expectSameAsCold(): Promise<PipelineResult> {
  const cold = await runPipeline({ spec, out: path.join(dir, 'cold') });
  const warm = await runPipeline({ spec, out: path.join(dir, 'watched'), session });
  expect(warm.problems).toEqual(cold.problems);
  expect(warm.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(
    treeDifferences(
      await readTree(path.join(dir, 'watched')),
      await readTree(path.join(dir, 'cold')),
    ),
  ).toEqual([]);
  return warm;
}

const codes = (result: PipelineResult): string[] => result.problems.map((p) => p.code).sort();

describe('watch session reuse on a one-file spec', { timeout: 300_000 }, () => {
  it('replays the warnings of unchanged entries and examples, once each', async () => {
    const first = await expectSameAsCold();
    // Odd's impossible length (reported where it stands, however many operations use it); the
    // bad example; the duplicate `required` entry (the official schema's warning).
    // Not Pet's invalid default: no emitter reads that check, so `generate` does not make it (lint
    // does), and neither does a watch session.
    expect(new Set(codes(first))).toEqual(
      new Set(['example-invalid', 'openapi-schema', 'schema-unsatisfiable']),
    );
    const examples = session.ir.examples;
    expect(examples).toBeDefined();

    edit('summary: List pets', 'summary: List the pets');
    const second = await expectSameAsCold();
    expect(codes(second)).toEqual(codes(first));
    // Nothing in components/schemas changed: the examples' state was kept, entries too.
    expect(session.ir.examples).toBe(examples);
    expect(session.validation.entries.size).toBeGreaterThan(0);
  });

  it('a component edit that changes generated examples shows up', async () => {
    const examples = session.ir.examples;
    edit('enum: [rex, tom]', 'enum: [edited_rex, tom]');
    await expectSameAsCold();
    expect(session.ir.examples).not.toBe(examples);
    const routes = readFileSync(path.join(dir, 'watched', 'sdk/src/mock/routes.ts'), 'utf8');
    expect(routes).toContain('edited_rex');
  });

  it('an edit that fixes or adds a warning in one entry shows up', async () => {
    edit('required: [name, name]', 'required: [name]');
    const fixed = await expectSameAsCold();
    expect(codes(fixed)).not.toContain('openapi-schema');
    edit(
      '          description: done\n',
      '          description: done\n          headers:\n            X-Dup:\n              schema:\n                type: object\n                required: [a, a]\n',
    );
    const added = await expectSameAsCold();
    expect(codes(added)).toContain('openapi-schema');
    edit('          minLength: 5\n', '          minLength: 1\n');
    const satisfiable = await expectSameAsCold();
    expect(codes(satisfiable)).not.toContain('schema-unsatisfiable');
    edit('          default: old\n', '          default: 3\n');
    await expectSameAsCold();
  });

  it('a control character an edit brings into a large output is scrubbed there', async () => {
    // The session scans only what changed in an output it scrubbed before.
    edit('summary: List the pets', 'summary: "List the \\x01 pets"');
    await expectSameAsCold();
    const tree = await readTree(path.join(dir, 'watched'));
    const texts = [...tree.values()].map((b) => b.toString('utf8'));
    expect(texts.some((t) => t.includes('List the \ufffd pets'))).toBe(true);
    expect(texts.some((t) => t.includes('\u0001'))).toBe(false);
  });
});
