/**
 * emit/types/openapi-ts.ts runs openapi-typescript's transform with two shortcuts; each must give
 * what openapi-typescript itself gives: the text its `astToString` prints (our printer writes
 * through text-writer.ts), and the discriminators its `scanDiscriminators` finds (skipped when a
 * cheaper look finds none).
 */
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { typesDocument } from '../../generator/emit/types/document.js';
import {
  documentNodes,
  hasDiscriminator,
  memoisedCreateRef,
  printNodes,
} from '../../generator/emit/types/openapi-ts.js';
import { inertDocument } from '../../generator/load/inert-document.js';
import type { JsonObject } from '../../generator/load/types.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS } from '../format/real-specs.js';

const require = createRequire(import.meta.url);
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as {
  astToString(nodes: ts.Node[]): string;
};
const { createRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as {
  createRef(parts: unknown[]): string;
  scanDiscriminators(schema: unknown, options: { silent: boolean }): unknown;
};

const OPTIONS = { alphabetize: false, exportType: false, defaultNonNullable: false };

async function inertTypesDocument(spec: string): Promise<JsonObject> {
  const { ir } = await irForTest(spec);
  return inertDocument(typesDocument(ir) as JsonObject);
}

describe('real specs', () => {
  it.each(REAL_SPECS)('%s: printed as astToString prints it', async (spec) => {
    const nodes = documentNodes((await inertTypesDocument(spec)) as never, OPTIONS);
    expect(printNodes(nodes)).toBe(astToString(nodes));
  });

  it.each(REAL_SPECS)('%s: no discriminator, as scanDiscriminators finds', async (spec) => {
    const document = await inertTypesDocument(spec);
    expect(hasDiscriminator(document)).toBe(false);
    expect(scanDiscriminators(document, { silent: true })).toEqual({
      objects: {},
      refsHandled: [],
    });
  });
});

describe('text writer', () => {
  it('multi-line comments, every line break kind, string literals with breaks', () => {
    const f = ts.factory;
    const member = (name: string, comment: string) =>
      ts.addSyntheticLeadingComment(
        f.createPropertySignature(
          undefined,
          f.createStringLiteral(name),
          undefined,
          f.createLiteralTypeNode(f.createStringLiteral(`a\nb\r\nc${name}`)),
        ),
        ts.SyntaxKind.MultiLineCommentTrivia,
        comment,
        true,
      );
    const nodes = [
      f.createInterfaceDeclaration(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        'T',
        undefined,
        undefined,
        [
          member('x', '*\n * one\r\n * two\u2028 three\u2029 four\r five\n '),
          member('y', '* single '),
          member('z', '*\n * ends on a break\n'),
        ],
      ),
    ];
    expect(printNodes(nodes)).toBe(astToString(nodes));
  });
});

describe('memoised createRef', () => {
  it('answers as createRef does, part by part, whatever came before', () => {
    const memoised = memoisedCreateRef(createRef);
    const parts: unknown[][] = [
      ['paths', '/a/{b}', 'get'],
      ['#/paths/~1a~1{b}/get', 'parameters', 'query', 'x~y'],
      ['#/paths/~1a~1{b}/get', 'requestBody'],
      ['#/components/schemas/A', 'properties', 'a/b', '', undefined, null, 0, 12, '12'],
      ['components', 'schemas', 'x%20y', '#', '#/', 'a#/b', '~0~1', '/'],
      [],
    ];
    for (const list of [...parts, ...parts]) expect(memoised(list)).toBe(createRef(list));
    // A part whose percent-decoding fails throws, memoised or not.
    expect(() => createRef(['#/a%'])).toThrow(URIError);
    expect(() => memoised(['#/a%'])).toThrow(URIError);
  });
});

describe('discriminator look', () => {
  it('finds a discriminator with a property name anywhere, as scanDiscriminators does', () => {
    const tagged = {
      oneOf: [{ $ref: '#/components/schemas/A' }],
      discriminator: { propertyName: 'kind' },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          A: { type: 'object', properties: { kind: { type: 'string' } } },
          B: { type: 'array', items: [{ const: { nested: tagged } }] },
        },
      },
    };
    expect(hasDiscriminator(document)).toBe(true);
    expect(scanDiscriminators(structuredClone(document), { silent: true })).not.toEqual({
      objects: {},
      refsHandled: [],
    });
    expect(
      hasDiscriminator({ a: { discriminator: { mapping: {} } }, b: [{ discriminator: 'x' }] }),
    ).toBe(false);
  });
});
