/**
 * The IR's example policy (generator/ir/examples): generated values validate at any depth, spec
 * examples are checked and replaced when invalid, problems are located, `--strict` makes them errors.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { componentDefs, toJsonSchema } from '../../generator/ir/json-schema.js';
import type { ApiIr, ContentIr, Json } from '../../generator/ir/types.js';
import { stringForPattern } from '../../generator/ir/examples/pattern.js';
import { runCli } from '../helpers/cli.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

async function specFile(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-examples-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, yaml);
  return file;
}

async function build(yaml: string, strict = false): Promise<ReturnType<typeof buildIr>> {
  const loaded = await loadSpec(await specFile(yaml));
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildIr(loaded, { strict });
}

/** An independent check (its own Ajv) that a value satisfies a content's schema. */
function validates(ir: ApiIr, content: ContentIr, value: Json): string | undefined {
  const ajv = new Ajv2020({ strict: false, logger: false });
  addFormats(ajv);
  const options = {
    refPrefix: 'urn:test:t#/$defs/',
    docs: false,
    examples: false,
    discriminator: false,
  };
  ajv.addSchema({ $id: 'urn:test:t', $defs: componentDefs(ir, options) });
  const fn = ajv.compile(toJsonSchema(content.schema!, options) as object);
  return fn(value) ? undefined : `${fn.errors?.[0]?.instancePath} ${fn.errors?.[0]?.message}`;
}

/** One GET /thing answering `schema` (YAML, indented for the 200 response), with `components`. */
function oneResponse(schema: string, components = '{}', extra = ''): string {
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
              schema:
${schema.replace(/^/gm, '                ')}
${extra}
components:
  schemas: ${components}
`;
}

const cases: [string, { schema: string; components?: string; want?: (v: Json) => void }][] = [
  [
    'bounds, multipleOf and exclusive limits',
    {
      schema: '{ type: integer, minimum: 7, multipleOf: 5, exclusiveMaximum: 100 }',
      want: (v) => expect(v).toBe(10),
    },
  ],
  [
    'a pattern and a length',
    {
      schema: "{ type: string, pattern: '^sk-[a-z0-9]{6}$' }",
      want: (v) => expect(v).toMatch(/^sk-[a-z0-9]{6}$/),
    },
  ],
  [
    'an alternation pattern',
    { schema: "{ type: string, pattern: '^(asc|desc)$' }", want: (v) => expect(v).toBe('asc') },
  ],
  [
    'formats',
    {
      schema:
        '{ type: object, required: [a, b, c], properties: { a: { type: string, format: date-time }, b: { type: string, format: email }, c: { type: string, format: uuid } } }',
    },
  ],
  [
    'enum and const',
    {
      schema:
        '{ type: object, required: [a, b], properties: { a: { enum: [x, y] }, b: { const: 3 } } }',
      want: (v) => expect(v).toEqual({ a: 'x', b: 3 }),
    },
  ],
  [
    'minItems with uniqueItems',
    {
      schema:
        '{ type: array, minItems: 3, uniqueItems: true, items: { type: string, enum: [a, b, c, d] } }',
      want: (v) => expect(v).toEqual(['a', 'b', 'c']),
    },
  ],
  [
    'nullable chooses a value when one terminates',
    { schema: "{ type: [string, 'null'], minLength: 8 }", want: (v) => expect(v).toBe('stringxx') },
  ],
  [
    'required self-recursion ends through the nullable branch',
    {
      schema: "{ $ref: '#/components/schemas/Node' }",
      components:
        "{ Node: { type: object, required: [name, next], properties: { name: { type: string }, next: { anyOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] } } } }",
    },
  ],
  [
    'recursion through a required array ends with an empty array',
    {
      schema: "{ $ref: '#/components/schemas/Tree' }",
      components:
        "{ Tree: { type: object, required: [children], properties: { children: { type: array, items: { $ref: '#/components/schemas/Tree' } } } } }",
    },
  ],
  [
    'a union whose first variant never terminates takes the other',
    {
      schema: "{ oneOf: [{ $ref: '#/components/schemas/Loop' }, { type: integer }] }",
      components:
        "{ Loop: { type: object, required: [again], properties: { again: { $ref: '#/components/schemas/Loop' } } } }",
      want: (v) => expect(v).toBe(1),
    },
  ],
  [
    'a discriminator names the variant',
    {
      schema:
        "{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } }",
      components:
        '{ Cat: { type: object, required: [kind], properties: { kind: { type: string } } }, Dog: { type: object, required: [kind, bark], properties: { kind: { type: string }, bark: { type: boolean } } } }',
      want: (v) => expect(v).toMatchObject({ kind: 'cat' }),
    },
  ],
  [
    'oneOf picks a value only one variant accepts',
    {
      schema: '{ oneOf: [{ type: number }, { type: integer, minimum: 5 }] }',
      want: (v) => expect(Number.isInteger(v) && (v as number) >= 5).toBe(false),
    },
  ],
  [
    'allOf merges its parts',
    {
      schema:
        '{ allOf: [{ type: object, required: [a], properties: { a: { type: integer } } }, { type: object, required: [b], properties: { b: { type: boolean } } }] }',
      want: (v) => expect(v).toEqual({ a: 1, b: true }),
    },
  ],
  [
    'minProperties on a map adds keys of its shape',
    {
      schema:
        '{ type: object, minProperties: 2, additionalProperties: { type: integer, minimum: 3 } }',
      want: (v) => expect(v).toEqual({ key1: 3, key2: 3 }),
    },
  ],
];

describe('generated examples validate', () => {
  it.each(cases)('%s', async (_title, { schema, components, want }) => {
    const { ir, problems } = await build(oneResponse(schema, components));
    expect(problems).toEqual([]);
    const content = ir.operations[0]!.responses[0]!.contents[0]!;
    expect(content.example?.origin).toBe('generated');
    const value = content.example!.value;
    expect(validates(ir, content, value)).toBeUndefined();
    want?.(value);
  });

  it('nests 30 required levels deep, past the depth budget, and still validates', async () => {
    let schema = '{ type: string, pattern: "^deep$" }';
    for (let i = 0; i < 30; i++)
      schema = `{ type: object, required: [n], properties: { n: ${schema} } }`;
    const { ir, problems } = await build(oneResponse(schema));
    expect(problems).toEqual([]);
    const content = ir.operations[0]!.responses[0]!.contents[0]!;
    expect(validates(ir, content, content.example!.value)).toBeUndefined();
    expect(JSON.stringify(content.example!.value)).toContain('"deep"');
  });

  it('properties named like Object.prototype members are present only when the value has them', async () => {
    const thing =
      '{ type: object, required: [constructor], properties: { constructor: { type: string }, toString: { type: integer } } }';
    const { ir, problems } = await build(`openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /thing:
    post:
      operationId: makeThing
      requestBody:
        content:
          application/json:
            schema: ${thing}
            examples:
              given: { value: { constructor: made } }
      responses:
        '204': { description: done }
`);
    // Neither the generated value nor the spec's example, both without `toString`, is reported.
    expect(problems).toEqual([]);
    expect(ir.operations[0]!.requestBody!.contents[0]!.examples.length).toBeGreaterThan(0);
  });

  it('a schema no value satisfies is a located warning, not a silent null', async () => {
    const { ir, problems } = await build(
      oneResponse(
        '{ type: object, required: [n], properties: { n: { type: integer, minimum: 5, maximum: 3 } } }',
      ),
    );
    expect(problems.map((p) => [p.code, p.severity, p.pointer])).toEqual([
      [
        'schema-unsatisfiable',
        'warning',
        '/paths/~1thing/get/responses/200/content/application~1json/schema/properties/n',
      ],
    ]);
    expect(problems[0]!.line).toBeGreaterThan(0);
    expect(ir.operations[0]!.responses[0]!.contents[0]!.example!.value).toEqual({ n: 5 });
  });
});

const INVALID = oneResponse(
  '{ type: object, required: [id], properties: { id: { type: integer } } }',
  '{}',
  `              examples:
                broken: { value: { id: "seven" } }
                fine: { value: { id: 7 } }
                deliberate: { value: { id: null }, x-example-invalid: true }`.replace(/^/gm, ''),
);

describe('spec examples', () => {
  it('an invalid example is a located warning and replaced by a valid generated value; a marked one is kept', async () => {
    const { ir, problems } = await build(INVALID.replace(/\n\ncomponents/, '\ncomponents'));
    expect(problems.map((p) => [p.code, p.severity, p.pointer, p.line])).toEqual([
      [
        'example-invalid',
        'warning',
        '/paths/~1thing/get/responses/200/content/application~1json/examples/broken/value/id',
        15,
      ],
    ]);
    expect(problems[0]!.message).toContain('/id');
    const content = ir.operations[0]!.responses[0]!.contents[0]!;
    expect(content.examples.map((e) => [e.name, e.origin, e.value])).toEqual([
      ['broken', 'generated', { id: 1 }],
      ['fine', 'spec', { id: 7 }],
      ['deliberate', 'spec', { id: null }],
    ]);
    expect(content.example).toBe(content.examples[0]);
  });

  it('a request example may leave out a required readOnly property, a response example a required writeOnly one', async () => {
    const { ir, problems } = await build(`openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /users:
    post:
      operationId: createUser
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/User' }
            example: { name: Ada, password: secret }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/User' }
              examples:
                created: { value: { id: u1, name: Ada } }
                noId: { value: { name: Ada } }
components:
  schemas:
    User:
      type: object
      required: [id, name, password]
      properties:
        id: { type: string, readOnly: true }
        name: { type: string }
        password: { type: string, writeOnly: true }
`);
    // Only the response example without `id` fails: readOnly properties do come back.
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      [
        'example-invalid',
        '/paths/~1users/post/responses/201/content/application~1json/examples/noId/value/id',
      ],
    ]);
    const op = ir.operations[0]!;
    expect(op.requestBody!.contents[0]!.example).toMatchObject({
      origin: 'spec',
      value: { name: 'Ada', password: 'secret' },
    });
    expect(op.responses[0]!.contents[0]!.examples.map((e) => [e.name, e.origin])).toEqual([
      ['created', 'spec'],
      ['noId', 'generated'],
    ]);
  });

  it('--strict turns the warning into an error', async () => {
    const { problems } = await build(INVALID.replace(/\n\ncomponents/, '\ncomponents'), true);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['example-invalid', 'error']]);
  });

  it('lint --strict prints file:line:col with the failing pointer and exits 1', async () => {
    const file = await specFile(INVALID.replace(/\n\ncomponents/, '\ncomponents'));
    const strict = runCli(['lint', '--strict', '--spec', file]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(
      /openapi\.yaml:15:\d+ error example-invalid at \/paths\/~1thing\/get\/responses\/200\/content\/application~1json\/examples\/broken\/value\/id/,
    );
  });

  it('parameters, headers and stream events get their values from the same policy', async () => {
    const { ir, problems } = await build(`openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /things/{id}:
    post:
      operationId: postThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, pattern: '^t_[0-9]{4}$' } }
        - { name: limit, in: query, schema: { type: integer, maximum: 50 }, example: 500 }
      x-stream: { requestFlag: stream, itemSchema: { type: object, required: [delta], properties: { delta: { type: string, minLength: 2 } } } }
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }
      responses:
        '200':
          description: ok
          headers:
            x-request-id: { required: true, schema: { type: string, format: uuid } }
          content:
            text/event-stream: { schema: { type: string } }
`);
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['example-invalid', '/paths/~1things~1{id}/post/parameters/1/example'],
    ]);
    const op = ir.operations[0]!;
    expect(op.parameters.map((p) => [p.example?.origin, p.example?.value])).toEqual([
      ['generated', 't_0000'],
      ['generated', 1],
    ]);
    expect(op.responses[0]!.headers[0]!.example?.value).toBe(
      '00000000-0000-4000-8000-000000000000',
    );
    expect(op.stream!.events.map((e) => [e.origin, e.value])).toEqual([
      ['generated', { delta: 'string' }],
    ]);
  });
});

describe('pattern strings', () => {
  it.each([
    ['^[A-Z]{2}-\\d{4}$', 'AA-0000'],
    ['^(ftp|https?)://[a-z]+\\.com$', 'ftp://a.com'],
    ['^[^\\s]+@[a-z]+$', 'a@a'],
    ['^v\\d+(\\.\\d+)*$', 'v0'],
  ])('%s → %s', (pattern, want) => {
    expect(stringForPattern(pattern)).toBe(want);
    expect(new RegExp(pattern, 'u').test(want)).toBe(true);
  });
});
