/**
 * A schema every value of which must hold another value of itself (a required property, a
 * non-empty array, every allOf part or every union variant leading back to it) has no finite
 * value: the example generator reports it as a located `schema-unsatisfiable` warning and stops
 * there instead of overflowing the stack, and every output still generates (exit 0 without
 * --strict, the mock answers). A recursive schema that may stop (an optional child, an array that
 * may be empty, one variant that terminates) keeps its example.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function specFile(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-self-required-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, yaml);
  return file;
}

/** GET /thing answering a `Root` component, with `schemas` (YAML, indented for components.schemas). */
function spec(schemas: string): string {
  return `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /thing:
    get:
      operationId: getThing
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Root' }
components:
  schemas:
${schemas.replace(/^/gm, '    ')}
`;
}

async function build(yaml: string) {
  const loaded = await loadSpec(await specFile(yaml));
  expect(loaded.problems).toEqual([]);
  return buildIr(loaded);
}

const TREE = `Root:
  type: object
  required: [children]
  properties:
    children:
      type: array
      minItems: 1
      items: { $ref: '#/components/schemas/Root' }`;

const MUTUAL = `Root:
  type: object
  required: [b]
  properties:
    b: { $ref: '#/components/schemas/B' }
B:
  type: object
  required: [a]
  properties:
    a: { $ref: '#/components/schemas/Root' }`;

const ALL_OF = `Base:
  type: object
  properties:
    id: { type: string }
Root:
  allOf:
    - { $ref: '#/components/schemas/Base' }
    - type: object
      required: [parent]
      properties:
        parent: { $ref: '#/components/schemas/Root' }`;

const union = (mode: string): string => `Root:
  ${mode}:
    - type: object
      required: [left]
      properties:
        left: { $ref: '#/components/schemas/Root' }
    - { $ref: '#/components/schemas/Right' }
Right:
  type: object
  required: [right]
  properties:
    right:
      type: array
      minItems: 2
      items: { $ref: '#/components/schemas/Root' }`;

describe('a schema that must contain itself', () => {
  it.each([
    [
      'an array of itself with minItems 1',
      TREE,
      [
        ['/components/schemas/Root/properties/children', 19],
        ['/components/schemas/Root/properties/children/items', 22],
      ],
      { children: [null] },
    ],
    [
      'mutual recursion through required properties',
      MUTUAL,
      [['/components/schemas/B/properties/a', 24]],
      { b: { a: null } },
    ],
    [
      'recursion through an allOf part',
      ALL_OF,
      [['/components/schemas/Root/allOf/1/properties/parent', 25]],
      { id: 'string', parent: null },
    ],
    [
      'recursion through every oneOf variant',
      union('oneOf'),
      [['/components/schemas/Root', 15]],
      null,
    ],
    [
      'recursion through every anyOf variant',
      union('anyOf'),
      [['/components/schemas/Root', 15]],
      null,
    ],
  ])('%s: a located warning, and generation ends', async (_title, schemas, where, value) => {
    const { ir, problems } = await build(spec(schemas));
    expect(problems.map((p) => [p.code, p.severity, p.pointer, p.line])).toEqual(
      where.map(([pointer, line]) => ['schema-unsatisfiable', 'warning', pointer, line]),
    );
    expect(problems.every((p) => p.file === 'openapi.yaml' && p.col! > 0)).toBe(true);
    // As for every unsatisfiable schema: the best value there is, reported, never a crash.
    expect(ir.operations[0]!.responses[0]!.contents[0]!.example!.value).toEqual(value);
  });

  it('the warning names the cycle', async () => {
    const { problems } = await build(spec(MUTUAL));
    expect(problems[0]!.message).toContain('Root → B → Root');
  });

  it.each([
    ['an optional child', TREE.replace('required: [children]', 'required: []'), {}],
    ['an array that may be empty', TREE.replace('minItems: 1', 'minItems: 0'), { children: [] }],
    [
      'a oneOf with one variant that ends',
      union('oneOf').replace(
        "- { $ref: '#/components/schemas/Right' }",
        '- { type: string, const: leaf }',
      ),
      // The first variant, nested until the depth budget takes the one that ends.
      expect.objectContaining({ left: expect.objectContaining({ left: expect.anything() }) }),
    ],
  ])('a recursive schema that may stop (%s) keeps its example', async (_title, schemas, value) => {
    const { ir, problems } = await build(spec(schemas));
    expect(problems).toEqual([]);
    const example = ir.operations[0]!.responses[0]!.contents[0]!.example!;
    expect(example.origin).toBe('generated');
    expect(example.value).toEqual(value);
  });

  it('every output generates (exit 0 without --strict, 1 with it) and the mock answers', async () => {
    const file = await specFile(spec(`${MUTUAL}\n${ALL_OF.replace(/Root/g, 'Other')}`));
    const out = await mkdtemp(path.join(os.tmpdir(), 'shellapi-self-required-out-'));
    dirs.push(out);
    const run = runCli(['generate', '--spec', file, '--out', out]);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toMatch(
      /openapi\.yaml:24:\d+ warning schema-unsatisfiable at \/components\/schemas\/B\/properties\/a/,
    );
    expect(run.status).toBe(0);
    for (const entry of [
      'sdk/dist/index.js',
      'sdk/dist/mock/index.js',
      'docs/index.html',
      'docs/markdown/api.md',
      'python/pyproject.toml',
    ])
      expect((await stat(path.join(out, entry))).size, entry).toBeGreaterThan(0);
    expect(await readFile(path.join(out, 'docs/markdown/api.md'), 'utf8')).toContain('getThing');
    expect(runCli(['generate', '--spec', file, '--out', out, '--strict']).status).toBe(1);

    const loaded = await loadSpec(file);
    const server = await startMockServer({
      clock: 'manual',
      routes: createMockRoutes(buildIr(loaded).ir),
    });
    try {
      const res = await fetch(`${server.url}/thing`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ b: { a: null } });
    } finally {
      await server.close();
    }
  }, 120_000);
});
