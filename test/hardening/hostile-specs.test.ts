/**
 * Hostile specs, as an attacker or a fuzzer writes them: each either gets its located problem (and
 * nothing is emitted) or generates clean output. Never an exception.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'hostile-specs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let count = 0;
function writeSpec(contents: string | Buffer): string {
  const dir = path.join(tmp, String(count++));
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'openapi.yaml'), contents);
  return path.join(dir, 'openapi.yaml');
}

const HEAD = `openapi: 3.1.0\ninfo: { title: t, version: '1' }\n`;
const withSchema = (schema: string): string =>
  `${HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/S' } } } } }\ncomponents:\n  schemas:\n    S: ${schema}\n`;

function nested(levels: number): string {
  let schema = '{ type: string }';
  for (let i = 0; i < levels; i++) schema = `{ type: object, properties: { n: ${schema} } }`;
  return schema;
}

function yamlBomb(): string {
  const lines = [
    HEAD.trim(),
    'paths: {}',
    'x-bomb:',
    '  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n`;
}

const REJECTED: [string, () => string | Buffer, string, RegExp][] = [
  [
    'a misspelt type',
    () => withSchema('{ type: strng }'),
    'openapi-schema',
    /^\/components\/schemas\/S\/type$/,
  ],
  [
    'a $ref that is a number',
    () => withSchema('{ $ref: 5 }'),
    'openapi-schema',
    /^\/components\/schemas\/S\/\$ref$/,
  ],
  [
    'items given as a string',
    () => withSchema('{ type: array, items: "string" }'),
    'openapi-schema',
    /^\/components\/schemas\/S\/items$/,
  ],
  [
    'a schema where a string belongs',
    () => `${HEAD}paths: {}\ntags: [{ name: { type: string } }]\n`,
    'type-invalid',
    /^\/tags\/0\/name$/,
  ],
  [
    'a schema nested 400 levels deep',
    () => withSchema(nested(400)),
    'document-too-deep',
    /^\/components\/schemas\/S(\/properties\/n)+/,
  ],
  [
    'a 100k-character x-sdk-name',
    () =>
      `${HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      x-sdk-name: ${'a'.repeat(100_000)}\n      responses: { '200': { description: ok } }\n`,
    'extension-invalid',
    /x-sdk-name$/,
  ],
  [
    'a 100k-character operationId',
    () =>
      `${HEAD}paths:\n  /a:\n    get:\n      operationId: ${'a'.repeat(100_000)}\n      responses: { '200': { description: ok } }\n`,
    'name-too-long',
    /operationId$/,
  ],
  [
    'a path out of the root',
    () => withSchema("{ $ref: '../../../../etc/passwd' }"),
    'ref-outside-root',
    /\/components\/schemas\/S/,
  ],
  ['a YAML alias bomb', yamlBomb, 'yaml-syntax', /.*/],
  ['duplicate keys', () => `${HEAD}paths: {}\npaths: {}\n`, 'yaml-duplicate-key', /.*/],
  [
    'a UTF-16 file',
    () => Buffer.from(`\ufeff${HEAD}paths: {}\n`, 'utf16le'),
    'file-encoding',
    /^$/,
  ],
  [
    'a Latin-1 file',
    () => latin1(`${HEAD}paths: {}\ntags: [{ name: "café" }]\n`),
    'file-encoding',
    /^\/tags\/0\/name$/,
  ],
];

/** `text` saved as Latin-1 (é is the one byte 0xE9, not valid UTF-8). */
function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

it.each(REJECTED)('rejects %s with a located problem', async (_title, spec, code, pointer) => {
  const file = writeSpec(spec());
  const result = await runPipeline({
    spec: file,
    out: path.join(tmp, 'never'),
    mode: 'none',
    stopAfter: 'ir',
  });
  const problem = result.problems.find((p) => p.code === code);
  expect(problem, JSON.stringify(result.problems.slice(0, 3))).toBeDefined();
  expect(problem!.severity).toBe('error');
  expect(problem!.pointer).toMatch(pointer);
  expect(problem!.line).toBeGreaterThan(0);
  expect(result.ir).toBeUndefined();
});

it('locates the first byte that is not UTF-8, in a referenced file too; U+FFFD written in UTF-8 is fine', async () => {
  const file = writeSpec(
    `${HEAD}paths: {}\ncomponents:\n  schemas:\n    S: { $ref: 'other.yaml#/S' }\n`,
  );
  writeFileSync(
    path.join(path.dirname(file), 'other.yaml'),
    Buffer.concat([Buffer.from('S:\n  description: "\uFFFD ok, then é, '), latin1('then é"\n')]),
  );
  const result = await runPipeline({ spec: file, out: path.join(tmp, 'never'), mode: 'none' });
  const problems = result.problems.filter((p) => p.severity === 'error');
  expect(problems).toMatchObject([
    {
      code: 'file-encoding',
      file: expect.stringMatching(/other\.yaml$/),
      line: 2,
      col: 36,
      message: expect.stringContaining('byte 0xE9 here is not valid UTF-8'),
    },
  ]);
  expect(problems).toHaveLength(1);
});

it('accepts a UTF-8 BOM', async () => {
  const file = writeSpec(
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEAD}paths: {}\n`)]),
  );
  const result = await runPipeline({
    spec: file,
    out: path.join(tmp, 'never'),
    mode: 'none',
    stopAfter: 'ir',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
});

/** Text that tries to end comments and strings, inject markup, and smuggle control characters. */
const NASTY = `openapi: 3.1.0
info:
  title: "Nasty */ /* <script>alert(1)</script> \\u0000"
  version: '1'
  description: "ends a comment */ and opens one /* then \${x} \`tick\` \\u0007 \\u001b[31m \\u2028 \\u2029"
tags:
  - name: "t</script><img src=x onerror=alert(1)>"
    description: "*/ evil"
paths:
  /things/{id}:
    get:
      operationId: "get'Thing\\"*/"
      tags: ["t</script><img src=x onerror=alert(1)>"]
      summary: "summary */ with /* comment \\u0000"
      description: "desc\\u0001\\u0002 */"
      parameters:
        - { name: id, in: path, required: true, description: "*/ id /*", schema: { type: string } }
        - { name: "x-*/-h\\\\", in: header, schema: { type: string } }
      responses:
        '200':
          description: "ok */"
          content:
            application/json:
              schema: { $ref: '#/components/schemas/constructor' }
components:
  schemas:
    constructor:
      type: object
      description: "A /* nested */ comment */"
      required: [hasOwnProperty]
      properties:
        hasOwnProperty: { type: string, description: "*/" }
        __proto__: { type: string }
        toString: { type: integer }
        "*/": { type: string }
        "a\\"b\\\\": { type: string, enum: ["*/", "'", "\\\\"] }
        valueOf: { $ref: '#/components/schemas/hasOwnProperty' }
    hasOwnProperty: { type: string, default: "*/" }
`;

it('generates clean output from names and text that try to break out of comments, strings and markup', async () => {
  const result = await runPipeline({
    spec: writeSpec(NASTY),
    out: path.join(tmp, 'never'),
    mode: 'none',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const files = result.files!;
  // The compile stage parsed every TypeScript file (it throws on syntax errors): reaching here means they parse.
  const schema = String(files.find((f) => f.path === 'sdk/src/schema.ts')!.contents);
  expect(schema).toMatch(/hasOwnProperty: string;/);
  expect(schema).toMatch(/__proto__\?: string;/);
  expect(schema).not.toContain('__shellapi_key__');
  for (const file of files) {
    if (typeof file.contents !== 'string') continue;
    expect(file.contents, file.path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    if (file.path.endsWith('.html')) expect(file.contents, file.path).not.toContain('<img src=x');
  }
});
