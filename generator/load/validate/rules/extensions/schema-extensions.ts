/** Our extensions on schemas (spec/EXTENSIONS.md): x-enum-open (x-doubt is shared with operations). */
import type { Tokens } from '../../../pointer.js';
import type { JsonObject } from '../../../types.js';
import type { ExtensionChecks } from './checks.js';

/** `x-enum-open: true` marks the schema's own `enum` as the known values of an open set. */
export function checkEnumOpen(schema: JsonObject, at: Tokens, checks: ExtensionChecks): void {
  const open = schema['x-enum-open'];
  if (open === undefined) return;
  if (typeof open !== 'boolean') {
    checks.invalid([...at, 'x-enum-open'], 'x-enum-open must be true or false.');
    return;
  }
  const values = schema.enum;
  if (
    open &&
    !(
      Array.isArray(values) &&
      values.length > 0 &&
      values.every((v) => typeof v === 'string' || v === null)
    )
  ) {
    checks.invalid(
      [...at, 'x-enum-open'],
      'x-enum-open: true needs an `enum` of strings beside it (the known values).',
      'Add the known values as `enum`, or remove x-enum-open.',
    );
  }
}
