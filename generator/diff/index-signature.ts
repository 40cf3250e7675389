/**
 * The TypeScript index signature an object type carries for keys it does not list. It follows
 * `extraKeysOf` (ir/object-shape.ts), not JSON Schema: an object with properties and no
 * `additionalProperties` accepts any key on the wire but its type is closed, so `true` ↔ absent
 * changes what compiles while the wire comparison (object-keys.ts) sees no change.
 */
import { extraKeysOf } from '../ir/object-shape.js';
import type { ObjectSchema } from '../ir/types.js';
import type { Direction, FoundChange } from './types.js';

export function compareIndexSignature(
  direction: Direction,
  b: ObjectSchema,
  h: ObjectSchema,
  where: string,
  report: (change: FoundChange) => void,
): void {
  const before = extraKeysOf(b) !== 'closed';
  const after = extraKeysOf(h) !== 'closed';
  if (before === after) return;
  // Callers write request types and read response types: either way the signature lets code name
  // other keys, so gaining it only lets more code compile and losing it breaks code that did.
  const use = direction === 'request' ? 'sets' : 'reads';
  report(
    after
      ? {
          code: 'sdk-index-signature-added',
          level: 'non-breaking',
          message: `TypeScript type of ${where} gains an index signature; other keys now type-check`,
          side: 'head',
          pointer: h.source,
        }
      : {
          code: 'sdk-index-signature-removed',
          level: 'breaking',
          message: `TypeScript type of ${where} loses its index signature; code that ${use} keys it does not list no longer compiles`,
          side: 'head',
          pointer: h.source,
        },
  );
}
