/**
 * A `required` name that no `properties` declares (review11 F-A1): a located
 * `required-property-undeclared` warning at the name in the list, the key required of every
 * example, and a required property of the object in both SDKs and the mock (any value, or the
 * value `additionalProperties` / a matching `patternProperties` gives). Names declared by an allOf
 * sibling, a union variant or the union's own part are no such names.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ObjectSchema, SchemaIr } from '../../generator/ir/types.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { pythonTypesSource, runPython } from '../python/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function specFile(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'required-undeclared-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  writeFileSync(file, text);
  return file;
}

// The review's repro: `categories` required, never declared; the example lacks it.
const MODERATION = `openapi: 3.1.0
info: { title: T, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: embeddings }]
paths:
  /v1/moderations:
    post:
      operationId: createModeration
      tags: [embeddings]
      x-sdk-name: moderations.create
      requestBody: {required: true, content: {application/json: {schema: {type: object, required: [input], properties: {input: {type: string}}}, example: {input: hello}}}}
      responses:
        '200':
          description: The result.
          content:
            application/json:
              schema: {type: object, required: [flagged, categories], properties: {flagged: {type: boolean}}}
              example: {flagged: false}
components:
  schemas:
    Labels:
      type: object
      additionalProperties: { type: string }
      required: [lang]
`;

const SCHEMA = '/paths/~1v1~1moderations/post/responses/200/content/application~1json';

describe('required-property-undeclared', () => {
  it('lint warns at the name in `required` (file:line:col) and rejects the example without the key', () => {
    const file = specFile(MODERATION);
    const r = runCli(['lint', '--spec', file]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.includes(' required-property-undeclared '))).toEqual([
      expect.stringMatching(
        new RegExp(
          `openapi\\.yaml:16:58 warning required-property-undeclared at ${SCHEMA}/schema/required/1: required property \`categories\` is declared by no \`properties\``,
        ),
      ),
    ]);
    expect(lines.filter((l) => l.includes(' example-invalid '))).toEqual([
      expect.stringMatching(
        new RegExp(
          `openapi\\.yaml:17:15 warning example-invalid at ${SCHEMA}/example/categories: .* at /categories: is required`,
        ),
      ),
    ]);
    expect(r.stderr).toContain('0 error(s), 2 warning(s)');
    expect(runCli(['lint', '--strict', '--spec', file]).status).toBe(1);
  });

  it('gives the object a required property: any value, or the one extra keys may hold', async () => {
    const loaded = await loadSpec(
      specFile(`openapi: 3.1.0
info: { title: T, version: '1' }
paths: {}
components:
  schemas:
    Base:
      type: object
      properties: { id: { type: string }, kind: { type: string } }
    Own:
      type: object
      required: [a, b, b]
      properties: { a: { type: string } }
    Sibling:
      allOf: [{ $ref: '#/components/schemas/Base' }, { type: object, required: [id] }]
    Rest:
      allOf: [{ $ref: '#/components/schemas/Base' }]
      required: [kind, zzz]
    Variants:
      type: object
      properties: { kind: { type: string } }
      oneOf:
        - { type: object, required: [kind] }
        - { type: object, required: [kind], properties: { n: { type: integer } } }
    OwnOfVariants:
      type: object
      required: [kind]
      oneOf: [{ $ref: '#/components/schemas/Base' }, { type: object, properties: { kind: { const: x } } }]
    Map:
      type: object
      additionalProperties: { type: integer }
      required: [n]
    Open:
      type: object
      additionalProperties: true
      required: [x]
    Patterned:
      type: object
      patternProperties: { '^x-': { type: boolean } }
      required: [x-on]
    Closed:
      type: object
      additionalProperties: false
      required: [c]
`),
    );
    const { ir, problems } = buildIr(loaded);
    expect(problems.map((p) => [p.code, p.severity, p.line, p.col, p.pointer])).toEqual([
      ['required-property-undeclared', 'warning', 11, 21, '/components/schemas/Own/required/1'],
      ['required-property-undeclared', 'warning', 17, 24, '/components/schemas/Rest/required/1'],
    ]);
    // The properties no `properties` entry declared (their value's source is elsewhere): name, kind, required.
    const added = (name: string): [string, string, boolean][] => {
      const objects: ObjectSchema[] = [];
      const walk = (s: SchemaIr): void => {
        if (s.kind === 'object') objects.push(s);
        if (s.kind === 'intersection') s.parts.forEach(walk);
        if (s.kind === 'union') s.variants.forEach(walk);
      };
      walk(ir.schemas.find((s) => s.name === name)!.schema);
      return objects.flatMap((o) =>
        o.properties
          .filter((p) => !p.schema.source.includes('/properties/'))
          .map((p): [string, string, boolean] => [p.name, p.schema.kind, p.required]),
      );
    };
    expect(added('Own')).toEqual([['b', 'any', true]]);
    expect(added('Sibling')).toEqual([]);
    expect(added('Rest')).toEqual([['zzz', 'any', true]]);
    expect(added('Variants')).toEqual([]);
    expect(added('OwnOfVariants')).toEqual([]);
    expect(added('Map')).toEqual([['n', 'integer', true]]);
    expect(added('Open')).toEqual([['x', 'any', true]]);
    expect(added('Patterned')).toEqual([['x-on', 'boolean', true]]);
    expect(added('Closed')).toEqual([]);
  });

  it('both SDKs type the key and the mock answers with it', async () => {
    const file = specFile(MODERATION);
    const out = path.join(path.dirname(file), 'out');
    const run = runCli(['generate', '--spec', file, '--out', out, '--only', 'client,python']);
    expect(run.status).toBe(0);
    const ts = readFileSync(path.join(out, 'sdk/src/operations/moderations.ts'), 'utf8');
    expect(ts).toContain(
      'export type ModerationsCreateResponse = {\n  flagged: boolean;\n  categories: unknown;\n};',
    );
    expect(readFileSync(path.join(out, 'sdk/src/schema.ts'), 'utf8')).toMatch(
      /export interface Labels \{\n {2}lang: string;\n/,
    );
    const py = pythonTypesSource(path.join(out, 'python/shellapi'));
    expect(py).toMatch(
      /class ModerationsCreateResponse\(_Model\):\n(.*\n)*? {4}categories: Any\n/m,
    );
    expect(py).toMatch(/class Labels\(_Model\):\n(.*\n)*? {4}lang: str\n/m);
    const probe = [
      'import pydantic',
      'from shellapi import types',
      'm = types.ModerationsCreateResponse.model_validate({"flagged": False, "categories": {"hate": True}})',
      'assert m.categories == {"hate": True}',
      'try:',
      '    types.ModerationsCreateResponse.model_validate({"flagged": False})',
      '    print("accepted")',
      'except pydantic.ValidationError as e:',
      '    print([err["loc"] for err in e.errors()])',
    ].join('\n');
    const pyRun = runPython(['-c', probe], {
      cwd: path.dirname(file),
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(pyRun.stderr).toBe('');
    expect(pyRun.stdout.trim()).toBe("[('categories',)]");

    const { ir } = buildIr(await loadSpec(file));
    const mock = await startMockServer({ routes: createMockRoutes(ir), clock: 'manual' });
    try {
      const res = await fetch(`${mock.url}/v1/moderations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input: 'hello' }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['categories', 'flagged']);
    } finally {
      await mock.close();
    }
  }, 180_000);
});
