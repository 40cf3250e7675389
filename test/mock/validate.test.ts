/** The mock's Ajv validator (its mock rules and messages), the JSON parser's error positions, the multipart parser, and agreement with plain Ajv 2020. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ApiIr } from '../../generator/ir/types.js';
import { componentDefs, toJsonSchema } from '../../generator/ir/json-schema.js';
import { createSchemaCompiler, MockFile } from '../../templates/mock/validate.js';
import { addCheckSchemas, schemaForMode } from '../../generator/emit/surface/mock-checks.js';
import { parseJson } from '../../templates/mock/json.js';
import { loadMultipartParser, parseMultipart } from '../../templates/mock/multipart.js';
import type { JsonSchema, JsonValue, MockRouteTable } from '../../templates/mock/types.js';
import type { ValidateFn } from '../../templates/mock/validate.js';
import { EXTRAS, FEATURES, SHELL, irOf } from './helpers.js';

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A compiler as the mock builds one from a route table: the generator's per-mode copies included. */
function compilerFor(defs: Record<string, JsonSchema>): {
  compile(schema: JsonSchema, mode: 'request' | 'response' | 'files'): ValidateFn;
} {
  const table = { schemas: defs, operations: [] } as unknown as MockRouteTable;
  addCheckSchemas(table);
  const compiler = createSchemaCompiler(defs, table.checkSchemas);
  return {
    compile: (schema, mode) => {
      const validate = compiler.compile(schemaForMode(schema, mode, defs));
      return (value) => validate(value, mode);
    },
  };
}

describe('validator', () => {
  const compiler = compilerFor({
    Pet: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        id: { type: 'integer', readOnly: true },
        secret: { type: 'string', writeOnly: true },
      },
    },
    Node: {
      type: 'object',
      properties: { next: { $ref: '#/$defs/Node' }, value: { type: 'integer' } },
    },
    WithId: { allOf: [{ $ref: '#/$defs/Pet' }, { type: 'object', required: ['id', 'secret'] }] },
  });
  const check = (
    schema: JsonSchema,
    value: unknown,
    direction: 'request' | 'response' = 'request',
  ): [string, string][] =>
    compiler
      .compile(
        schema,
        direction,
      )(value)
      .map((i) => [i.pointer, i.keyword]);

  it.each<[string, { schema: JsonSchema; value: unknown; want: [string, string][] }]>([
    ['type', { schema: { type: 'string' }, value: 1, want: [['', 'type']] }],
    ['integer is a number', { schema: { type: 'number' }, value: 3, want: [] }],
    ['type list with null', { schema: { type: ['string', 'null'] }, value: null, want: [] }],
    ['enum', { schema: { enum: ['a', 'b'] }, value: 'c', want: [['', 'enum']] }],
    ['const object deep-equal', { schema: { const: { a: [1] } }, value: { a: [1] }, want: [] }],
    [
      'required at the child pointer',
      { schema: { $ref: '#/$defs/Pet' }, value: {}, want: [['/name', 'required']] },
    ],
    [
      'readOnly not required in requests',
      { schema: { $ref: '#/$defs/WithId' }, value: { name: 'x', secret: 's' }, want: [] },
    ],
    [
      'writeOnly not required in responses',
      { schema: { $ref: '#/$defs/WithId' }, value: { name: 'x', id: 1 }, want: [] },
    ],
    [
      'additionalProperties false',
      {
        schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
        value: { a: 1, b: 2 },
        want: [['/b', 'additionalProperties']],
      },
    ],
    [
      'additionalProperties schema',
      {
        schema: { type: 'object', additionalProperties: { type: 'integer' } },
        value: { a: 1, b: 'x' },
        want: [['/b', 'type']],
      },
    ],
    [
      'recursive refs',
      {
        schema: { $ref: '#/$defs/Node' },
        value: { next: { next: { value: 'x' } } },
        want: [['/next/next/value', 'type']],
      },
    ],
    [
      'pointer escaping',
      {
        schema: { type: 'object', properties: { 'a/b~c': { type: 'string' } } },
        value: { 'a/b~c': 1 },
        want: [['/a~1b~0c', 'type']],
      },
    ],
    [
      'array items and bounds',
      {
        schema: { type: 'array', items: { type: 'integer' }, maxItems: 2 },
        value: [1, 'x', 3],
        want: [
          ['', 'maxItems'],
          ['/1', 'type'],
        ],
      },
    ],
    [
      'uniqueItems',
      {
        schema: { type: 'array', uniqueItems: true },
        value: [{ a: 1 }, { a: 1 }],
        want: [['/1', 'uniqueItems']],
      },
    ],
    [
      'string length counts code points',
      { schema: { type: 'string', maxLength: 2 }, value: '😀😀', want: [] },
    ],
    [
      'pattern',
      { schema: { type: 'string', pattern: '^a+$' }, value: 'ab', want: [['', 'pattern']] },
    ],
    [
      'exclusive bounds and multipleOf',
      {
        schema: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 },
        value: 0,
        want: [['', 'exclusiveMinimum']],
      },
    ],
    [
      'multipleOf with decimals',
      { schema: { type: 'number', multipleOf: 0.1 }, value: 0.3, want: [] },
    ],
    [
      'formats',
      {
        schema: {
          type: 'object',
          properties: {
            d: { type: 'string', format: 'date-time' },
            u: { type: 'string', format: 'uuid' },
            e: { type: 'string', format: 'email' },
          },
        },
        value: { d: '2024-02-30T00:00:00Z', u: 'nope', e: 'a@b.co' },
        want: [
          ['/d', 'format'],
          ['/u', 'format'],
        ],
      },
    ],
    [
      'int32 range',
      { schema: { type: 'integer', format: 'int32' }, value: 2 ** 31, want: [['', 'format']] },
    ],
    [
      'anyOf reports the closest variant',
      {
        schema: {
          anyOf: [
            { type: 'string' },
            { type: 'object', required: ['x'], properties: { x: { type: 'integer' } } },
          ],
        },
        value: { x: 'no' },
        want: [['/x', 'type']],
      },
    ],
    [
      'oneOf without a close variant',
      {
        schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        value: true,
        want: [['', 'oneOf']],
      },
    ],
    [
      'oneOf with overlapping variants is accepted',
      { schema: { oneOf: [{ type: 'number' }, { type: 'integer' }] }, value: 1, want: [] },
    ],
    [
      'discriminator picks the variant',
      {
        schema: {
          oneOf: [{ $ref: '#/$defs/Pet' }, { $ref: '#/$defs/Node' }],
          discriminator: {
            propertyName: 'kind',
            mapping: { pet: '#/$defs/Pet', node: '#/$defs/Node' },
          },
        },
        value: { kind: 'pet' },
        want: [['/name', 'required']],
      },
    ],
    [
      'discriminator unknown value',
      {
        schema: {
          oneOf: [{ $ref: '#/$defs/Pet' }],
          discriminator: { propertyName: 'kind', mapping: { pet: '#/$defs/Pet' } },
        },
        value: { kind: 'cat' },
        want: [['/kind', 'discriminator']],
      },
    ],
    ['not', { schema: { not: { type: 'string' } }, value: 'x', want: [['', 'not']] }],
    [
      'false schema',
      {
        schema: { type: 'object', properties: { gone: false } },
        value: { gone: 1 },
        want: [['/gone', 'false']],
      },
    ],
  ])('%s', (_title, { schema, value, want }) => {
    const direction = _title.includes('responses') ? 'response' : 'request';
    expect(check(schema, value, direction)).toEqual(want);
  });

  it('files: binary schemas need a file part in multipart bodies, other schemas refuse files', () => {
    const validate = compiler.compile(
      {
        type: 'object',
        properties: { file: { type: 'string', format: 'binary' }, name: { type: 'string' } },
      },
      'files',
    );
    const file = new MockFile('a.png', 'image/png', new Uint8Array([1]));
    expect(validate({ file, name: 'x' })).toEqual([]);
    expect(validate({ file: 'text', name: 'x' }).map((i) => i.pointer)).toEqual(['/file']);
    expect(validate({ file, name: file }).map((i) => [i.pointer, i.keyword])).toEqual([
      ['/name', 'type'],
    ]);
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'trailing comma'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['[1, 2', 1, 6, "expected ',' or ']'"],
    ['{\n  "a": tru\n}', 2, 11, 'unexpected "\\n", expected a JSON value'],
    ['{"a": [1,\n 2, }', 2, 5, 'trailing comma'],
    ['{"a": "x\ty"}', 1, 9, 'control character'],
    ['{"a": 01}', 1, 8, 'unexpected number'],
    ['"\\q"', 1, 3, 'bad escaped character'],
    ['{} x', 1, 4, 'after JSON'],
    ['{"model": "x", "messages": [1, 2, 3 4]}', 1, 37, "expected ',' or ']'"],
    ['{"long": "first key", "messages": [1, 2, }', 1, 42, 'trailing comma'],
    ['{"long enough to be quoted in part": }', 1, 38, 'expected a JSON value'],
    ['[}   ' + ' '.repeat(30), 1, 2, 'expected a JSON value'],
  ])('%j → line %d column %d', (text, line, column, message) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect([r.error.line, r.error.column]).toEqual([line, column]);
      expect(r.error.message).toContain(message);
    }
  });

  it("keeps another engine's wording and reads its line and column (Firefox)", () => {
    const firefox =
      "JSON.parse: expected ',' or '}' after property value in object at line 2 column 3 of the JSON data";
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(firefox);
    });
    try {
      expect(parseJson('{"a":1\n  x}')).toEqual({
        ok: false,
        error: { position: 9, line: 2, column: 3, message: firefox },
      });
    } finally {
      parse.mockRestore();
    }
  });

  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });
});

describe('multipart parser', () => {
  beforeAll(() => loadMultipartParser());

  it('reads text and file parts, quoted names, binary bytes, filename*', () => {
    const bytes = new Uint8Array([0, 13, 10, 45, 45, 255]); // includes CRLF-- inside the file
    const head = new TextEncoder().encode(
      '--XyZ\r\nContent-Disposition: form-data; name="purpose"\r\n\r\ninput\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8\'\'caf%C3%A9.png\r\nContent-Type: image/png\r\n\r\n',
    );
    const tail = new TextEncoder().encode('\r\n--XyZ--\r\n');
    const body = new Uint8Array([...head, ...bytes, ...tail]);
    const r = parseMultipart(body, 'multipart/form-data; boundary="XyZ"');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['purpose', undefined, undefined],
      ['file', 'café.png', 'image/png'],
    ]);
    expect([...r.parts[1]!.bytes]).toEqual([...bytes]);
  });

  const form = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const named = (name: string): string => `Content-Disposition: form-data; name="${name}"\r\n`;
  const type = 'multipart/form-data; boundary=b';

  it('skips a preamble and reads the part content type without parameters', () => {
    const body = form(
      `ignored\r\n--b\r\n${named('a')}Content-Type: Text/Plain; charset=utf-8\r\n\r\nx\r\n--b--\r\n`,
    );
    expect(parseMultipart(body, type)).toEqual({
      ok: true,
      parts: [{ name: 'a', contentType: 'text/plain', bytes: form('x') }],
    });
  });

  it.each([
    ['no boundary', 'x', 'multipart/form-data', 'without a boundary parameter'],
    ['no delimiter', 'just text', type, 'has no "--b" delimiter'],
    [
      'not closed',
      `--b\r\n${named('a')}\r\nx\r\n--b\r\n${named('c')}\r\ny`,
      type,
      'is not closed with "--b--" (it ends in part 2)',
    ],
    [
      'headers not ended',
      `--b\r\n${named('a')}\r\n--b--\r\n`,
      type,
      'part 1 headers are not ended by an empty line',
    ],
    [
      'headers too long',
      `--b\r\n${named('a'.repeat(9000))}\r\nx\r\n--b--\r\n`,
      type,
      'part 1 headers are longer than 8192 bytes',
    ],
    [
      'no name',
      `--b\r\n${named('a')}\r\nx\r\n--b\r\nContent-Type: text/plain\r\n\r\ny\r\n--b--\r\n`,
      type,
      'part 2 has no Content-Disposition name',
    ],
    [
      'headers not UTF-8',
      `--b\r\n${named('\xff')}\r\nx\r\n--b--\r\n`,
      type,
      'part 1 headers are not valid UTF-8',
    ],
    [
      'a first delimiter after a bare LF',
      `pre\n--b\r\n${named('a')}\r\nx\r\n--b--`,
      type,
      'delimiter "--b" at byte 4 does not start a line (a preamble must end with CRLF)',
    ],
    [
      'a first delimiter after a bare LF, parts after it',
      `pre\n--b\r\n${named('a')}\r\nx\r\n--b\r\n${named('c')}\r\ny\r\n--b--\r\n`,
      type,
      'delimiter "--b" at byte 4 does not start a line',
    ],
    [
      'LF line endings',
      `--b\n${named('a').replace('\r', '')}\nx\n--b--\n`,
      type,
      'body has lines ending in a bare LF: CRLF line endings are expected',
    ],
  ])('words a malformed body precisely: %s', (_label, text, header, message) => {
    const r = parseMultipart(form(text), header);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.status === 400 && r.message).toContain(message);
  });

  it('reads Content-Disposition parameter names in any case (RFC 6266/7578)', () => {
    const body = form(
      `--b\r\nContent-Disposition: form-data; NAME="f"; FileName="a.txt"\r\n\r\nx\r\n` +
        `--b\r\ncontent-disposition: form-data; Name=g; FILENAME*=UTF-8''caf%C3%A9.txt; filename="c.txt"\r\n\r\ny\r\n` +
        `--b\r\nContent-Disposition: form-data; name="h; X=1"\r\n\r\nz\r\n--b--\r\n`,
    );
    const r = parseMultipart(body, type);
    expect(r.ok && r.parts.map((p) => [p.name, p.filename])).toEqual([
      ['f', 'a.txt'],
      ['g', 'café.txt'],
      ['h; X=1', undefined],
    ]);
  });

  it('stops at the part limit', () => {
    const body = form(`${`--b\r\n${named('a')}\r\nx\r\n`.repeat(3)}--b--\r\n`);
    expect(parseMultipart(body, type, 2)).toEqual({
      ok: false,
      status: 413,
      message: "The request body has more than 2 form fields; the mock's limit is 2.",
    });
    expect(parseMultipart(body, type, 3).ok).toBe(true);
  });
});

/** Plain Ajv 2020 and the mock's rewritten schemas must agree on every example of a spec and on broken copies of them. */
async function agreement(ir: ApiIr): Promise<{ checked: number; disagreements: string[] }> {
  const options = { docs: false, examples: false, discriminator: false };
  const defs = componentDefs(ir, options);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'defs', $defs: defs as Record<string, object> });
  const ours = compilerFor(defs as Record<string, JsonSchema>);
  const refify = (schema: JsonSchema): object =>
    JSON.parse(JSON.stringify(schema).replace(/"#\/\$defs\//g, '"defs#/$defs/')) as object;
  const disagreements: string[] = [];
  let checked = 0;
  for (const op of ir.operations) {
    const contents = [
      ...(op.requestBody?.contents ?? []).map((c) => ({ c, where: 'request' as const })),
      ...op.responses.flatMap((r) => r.contents.map((c) => ({ c, where: 'response' as const }))),
    ];
    for (const { c, where } of contents) {
      if (!c.schema || c.kind !== 'json') continue;
      const schema = toJsonSchema(c.schema, options) as JsonSchema;
      const theirs = ajv.compile(refify(schema));
      const mine = ours.compile(schema, where);
      for (const example of c.examples) {
        const variants: [string, JsonValue][] = [['as written', example.value]];
        const v = example.value;
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          for (const key of Object.keys(v)) {
            const without = { ...v };
            delete without[key];
            variants.push([`without ${key}`, without]);
            const x = v[key];
            variants.push([
              `${key} retyped`,
              {
                ...v,
                [key]:
                  typeof x === 'string'
                    ? 12345
                    : typeof x === 'number'
                      ? 'text'
                      : typeof x === 'boolean'
                        ? 'yes'
                        : x === null
                          ? { n: 1 }
                          : 'text',
              },
            ]);
          }
        }
        for (const [label, value] of variants) {
          checked++;
          const ajvOk = theirs(value) as boolean;
          // Deliberate leniency: several matching oneOf variants are accepted by us.
          if (
            !ajvOk &&
            theirs.errors?.every(
              (e) =>
                e.keyword === 'oneOf' && (e.params as { passingSchemas?: unknown }).passingSchemas,
            )
          )
            continue;
          const ourIssues = mine(value);
          if (ajvOk !== (ourIssues.length === 0)) {
            disagreements.push(
              `${op.operationId} ${where} ${c.mediaType} example ${example.name} (${label}): ajv ${ajvOk ? 'valid' : JSON.stringify(theirs.errors?.slice(0, 2))}, ours ${JSON.stringify(ourIssues.slice(0, 2))}`,
            );
          }
        }
      }
    }
  }
  return { checked, disagreements };
}

describe('agreement with Ajv 2020 on real examples and broken copies', () => {
  it.each([
    ['features fixture', FEATURES],
    ['extras fixture', EXTRAS],
  ])('%s', async (_name, spec) => {
    const { checked, disagreements } = await agreement(await irOf(spec));
    expect(checked).toBeGreaterThan(10);
    expect(disagreements).toEqual([]);
  });

  it('the Shell spec (a spec that does not load fails here)', async () => {
    const { checked, disagreements } = await agreement(await irOf(SHELL));
    expect(checked).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });
});
