/** The named-type printer, schema by schema: given a component schema, want its exported declaration. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declaration, namedRefs } from '../../generator/emit/types/declarations.js';
import { irForTest } from '../emit-client/load-ir.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'types-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Declares `schema` as component `Case` (beside `Other`, a target for refs) and prints `Case`. */
let specs = 0;
async function printed(schema: object): Promise<string> {
  const file = path.join(dir, `spec-${(specs += 1)}.json`);
  const other = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
  const spec = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {},
    components: { schemas: { Case: schema, Other: other } },
  };
  writeFileSync(file, JSON.stringify(spec));
  const { ir } = await irForTest(file);
  return declaration(
    ir.schemas.find((s) => s.name === 'Case')!,
    namedRefs(ir),
  ).trim();
}

const cases: [string, { given: object; want: string }][] = [
  [
    'no additionalProperties: a closed interface',
    {
      given: {
        type: 'object',
        required: ['a'],
        properties: { a: { type: 'string' }, b: { type: 'integer' } },
      },
      want: 'export interface Case {\n  a: string;\n  b?: number;\n}',
    },
  ],
  [
    'additionalProperties: true is a map',
    {
      given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
      want: 'export interface Case {\n  a?: string;\n  [key: string]: unknown;\n}',
    },
  ],
  [
    'an additionalProperties schema alone is a typed map',
    {
      given: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Other' } },
      want: 'export interface Case {\n  [key: string]: Other;\n}',
    },
  ],
  [
    'a bare object is free-form',
    { given: { type: 'object' }, want: 'export interface Case {\n  [key: string]: unknown;\n}' },
  ],
  [
    'additionalProperties: false with nothing listed is empty',
    {
      given: { type: 'object', additionalProperties: false },
      want: 'export interface Case {\n  [key: string]: never;\n}',
    },
  ],
  [
    'an open enum (anyOf enum + string) keeps its suggestions',
    {
      given: { anyOf: [{ type: 'string', enum: ['gpt-4o', 'gpt-4o-mini'] }, { type: 'string' }] },
      want: "export type Case = 'gpt-4o' | 'gpt-4o-mini' | (string & {});",
    },
  ],
  [
    'the same in the other order',
    {
      given: { anyOf: [{ type: 'string' }, { type: 'string', enum: ['a'] }] },
      want: "export type Case = 'a' | (string & {});",
    },
  ],
  [
    'x-enum-open: true',
    {
      given: { type: 'string', enum: ['alloy', 'echo'], 'x-enum-open': true },
      want: "export type Case = 'alloy' | 'echo' | (string & {});",
    },
  ],
  [
    'a closed enum stays closed',
    { given: { type: 'string', enum: ['a', 'b'] }, want: "export type Case = 'a' | 'b';" },
  ],
  [
    'an anyOf of two free strings is no enum',
    {
      given: {
        anyOf: [
          { type: 'string', format: 'uri' },
          { type: 'string', enum: ['x'] },
        ],
      },
      want: "export type Case = string | 'x';",
    },
  ],
  ['nullable', { given: { type: ['string', 'null'] }, want: 'export type Case = string | null;' }],
  [
    'arrays of unions are grouped',
    {
      given: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
      want: 'export type Case = (string | number)[];',
    },
  ],
  [
    'an array of tagged variants groups the whole union',
    {
      given: {
        type: 'array',
        items: {
          oneOf: [{ $ref: '#/components/schemas/Other' }, { $ref: '#/components/schemas/Case' }],
          discriminator: {
            propertyName: 'kind',
            mapping: { a: '#/components/schemas/Other', b: '#/components/schemas/Case' },
          },
        },
      },
      want: "export type Case = ((Other & { kind: 'a' }) | (Case & { kind: 'b' }))[];",
    },
  ],
  [
    'allOf is an intersection of named types',
    {
      given: {
        allOf: [
          { $ref: '#/components/schemas/Other' },
          { type: 'object', properties: { n: { type: 'number' } } },
        ],
      },
      want: 'export type Case = Other & {\n  n?: number;\n};',
    },
  ],
  [
    'JSDoc from description and deprecated, with */ escaped',
    {
      given: {
        type: 'object',
        description: 'Ends */ early?',
        deprecated: true,
        properties: { a: { type: 'string', description: 'Line one\nline two */' } },
      },
      want: [
        '/**',
        ' * Ends *\\/ early?',
        ' * @deprecated',
        ' */',
        'export interface Case {',
        '  /**',
        '   * Line one',
        '   * line two *\\/',
        '   */',
        '  a?: string;',
        '}',
      ].join('\n'),
    },
  ],
];

describe('named types from the IR', () => {
  it.each(cases)('%s', async (_title, { given, want }) => {
    expect(await printed(given)).toBe(want);
  });
});
