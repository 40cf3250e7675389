/** Scalars: `string`, `number`, `boolean`, `null`, enum and const literals, open enums (`'a' | (string & {})`). */
import type { ScalarSchema } from '../../../ir/types.js';
import { literalType } from './literals.js';

export function scalarType(schema: ScalarSchema): string {
  const base = schema.kind === 'integer' ? 'number' : schema.kind;
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  if (!values || values.length === 0) return base;
  const literals = values.map(literalType);
  // `string & {}` keeps the listed values as editor suggestions: a bare `string` would absorb them.
  if (schema.openEnum) literals.push(`(${base} & {})`);
  return literals.join(' | ');
}
