/**
 * Markdown table cells: the fast path for text that needs no escaping, and the per-schema memo of
 * a position's details cell (a named schema's fields repeat wherever it expands). The memo must
 * follow the schema index: a watch session's next build (a changed target description) gets its
 * own cells, and a position given its own description is never served a memoised one.
 */
import { describe, expect, it } from 'vitest';
import {
  cell,
  detailsCell,
  type MdSchemaContext,
} from '../../generator/emit/docs/markdown-schema.js';
import { SchemaIndex } from '../../generator/emit/docs/schema-info.js';
import type { ApiIr, SchemaIr } from '../../generator/ir/types.js';

const base = { extensions: {}, examples: [] } as const;

function indexWith(description: string): SchemaIndex {
  const target = { ...base, kind: 'string', description, maxLength: 5 } as unknown as SchemaIr;
  return new SchemaIndex({ schemas: [{ name: 'Code', schema: target }] } as unknown as ApiIr);
}

function ctxOf(index: SchemaIndex): MdSchemaContext {
  return {
    index,
    expanded: new Set(),
    maxDepth: 2,
    budget: { left: 25 },
    schemaLink: () => undefined,
  };
}

describe('markdown cells', () => {
  it('escapes only what a table cell cannot hold', () => {
    expect(cell('plain text')).toBe('plain text');
    expect(cell('  padded ')).toBe('padded');
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell(' string | null ')).toBe('string \\| null');
    expect(cell('one\r\ntwo\n\nthree')).toBe('one two<br><br>three');
  });

  it('a ref position reads the target of the index it is rendered with', () => {
    const ref = { ...base, kind: 'ref', name: 'Code' } as unknown as SchemaIr;
    const first = indexWith('First text | here.');
    const second = indexWith('Second text.');
    expect(detailsCell(ref, ctxOf(first))).toBe('First text \\| here.<br><br>length: at most 5');
    expect(detailsCell(ref, ctxOf(second))).toBe('Second text.<br><br>length: at most 5');
    // Asked again: the same text, from each index's own cells.
    expect(detailsCell(ref, ctxOf(first))).toBe('First text \\| here.<br><br>length: at most 5');
  });

  it('a position with its own description is not served the schema cell', () => {
    const ref = { ...base, kind: 'ref', name: 'Code' } as unknown as SchemaIr;
    const ctx = ctxOf(indexWith('Target text.'));
    expect(detailsCell(ref, ctx)).toBe('Target text.<br><br>length: at most 5');
    expect(detailsCell(ref, ctx, 'Own text.')).toBe('Own text.<br><br>length: at most 5');
  });
});
