/**
 * An example key that no `properties` of its (non-map) schema declares is a located
 * `example-undeclared-property` warning: a field renamed in the schema otherwise stays in every
 * example silently (the mock serves the old key, a task's result reads null). Schemas that admit
 * extra keys on purpose (`additionalProperties: true` or a schema, a matching `patternProperties`,
 * `{}`) and keys declared by another allOf part or by the union variant the value fits are not reported.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { REPO, runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'undeclared-keys-'));
  dirs.push(dir);
  return dir;
}

describe('example-undeclared-property', () => {
  it("catches our own spec's MjTask.imageUrl renamed without its examples (lint, file:line:col)", () => {
    const dir = tempDir();
    cpSync(path.join(REPO, 'spec'), dir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(path.join(dir, file), text.replace(from, to));
    };
    edit('schemas/midjourney.yaml', '\n    imageUrl:\n', '\n    imageURL:\n');
    edit('openapi.yaml', 'result: [/imageUrl]', 'result: [/imageURL]');
    const r = runCli(['lint', '--strict', '--spec', path.join(dir, 'openapi.yaml')]);
    expect(r.status).toBe(1);
    const found = r.stderr.split('\n').filter((l) => l.includes(' example-undeclared-property '));
    expect(found.length).toBeGreaterThan(0);
    for (const line of found)
      expect(line).toMatch(
        /^.*midjourney\.yaml:\d+:\d+ error example-undeclared-property at \/\S*\/examples\/[^/]+\/value(\/\S+)?\/imageUrl: example \S+ holds key `imageUrl`/,
      );
    // Each written example once (the callback example 7 submits share too), 9 in all.
    expect(new Set(found.map((l) => l.split(' ')[0])).size).toBe(found.length);
    expect(found).toHaveLength(9);
    // Every other problem is the rename's own: the finished poll example now shows no result.
    const noResult = r.stderr.split('\n').filter((l) => l.includes(' task-example-no-result '));
    expect(noResult).toHaveLength(1);
    expect(r.stderr).toContain(`${found.length + noResult.length} error(s)`);
  });

  it('reports only keys nothing declares', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(
      file,
      `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /things:
    get:
      operationId: getThing
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
              examples:
                one:
                  value:
                    id: a
                    extra: 1
                    both: { x: 1 }
                    map: { anything: 1 }
                    free: { anything: 1 }
                    patterned: { x-one: 1, other: 2 }
                    items: [{ n: 1 }, { m: 2 }]
                    pick: { kind: b, b: 1, stale: 2 }
                    blank: { anything: 1 }
components:
  schemas:
    Thing:
      type: object
      properties:
        id: { type: string }
        both:
          allOf:
            - { type: object, properties: { x: { type: integer } } }
            - { type: object, properties: { y: { type: integer } } }
        map: { type: object, additionalProperties: { type: integer } }
        free: { type: object, properties: { a: { type: integer } }, additionalProperties: true }
        patterned: { type: object, patternProperties: { '^x-': { type: integer } } }
        items: { type: array, items: { type: object, properties: { n: { type: integer } } } }
        pick:
          oneOf:
            - { type: object, required: [kind], properties: { kind: { const: a }, a: { type: integer } } }
            - { type: object, required: [kind], properties: { kind: { const: b }, b: { type: integer } } }
        blank: {}
`,
    );
    const loaded = await loadSpec(file);
    const { problems } = buildIr(loaded);
    const found = problems.filter((p) => p.code === 'example-undeclared-property');
    const base = '/paths/~1things/get/responses/200/content/application~1json/examples/one/value';
    expect(found.map((p) => [p.severity, p.pointer, p.line])).toEqual([
      ['warning', `${base}/extra`, 17],
      ['warning', `${base}/patterned/other`, 21],
      ['warning', `${base}/items/1/m`, 22],
      ['warning', `${base}/pick/stale`, 23],
    ]);
  });
});
