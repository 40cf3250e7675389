/** Scalars: `string`, `number`, `boolean`, `null`, enum and const literals, open enums (`'a' | (string & {})`). */
import type { ScalarSchema } from '../../../ir/types.js';
import { NULL, union, type TypeTree } from './tree.js';

export function scalarType(schema: ScalarSchema): TypeTree {
  const base: TypeTree =
    schema.kind === 'null'
      ? NULL
      : { kind: 'name', name: schema.kind === 'integer' ? 'number' : schema.kind };
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  if (!values || values.length === 0) return base;
  const literals: TypeTree[] = values.map((value) => ({ kind: 'literal', value }));
  // `string & {}` keeps the listed values as editor suggestions: a bare `string` would absorb them.
  if (schema.openEnum) {
    const open: TypeTree = {
      kind: 'intersection',
      types: [base, { kind: 'object', members: [], multiline: false }],
    };
    literals.push({ kind: 'group', type: open });
  }
  return union(literals);
}
