/**
 * The copy of the bundled document that third-party code (openapi-typescript and the resolver it
 * brings) may see: nothing in it can make that code read a file or the network.
 *
 * - Data (examples, defaults, enums, consts, extension values) that holds a `$ref` key anywhere is
 *   left out of the copy: third-party bundlers follow such keys wherever they stand, and the data
 *   only feeds comments and literal types there.
 * - Every other `$ref` must already be an internal `#/…` pointer (the loader inlined or rejected the
 *   rest); anything else is an internal error, never a read.
 */
import { isObject } from './pointer.js';
import type { JsonObject, JsonValue } from './types.js';
import { childMode, type WalkMode } from './walk-mode.js';

export class UnsafeReferenceError extends Error {}

export function inertDocument(document: JsonObject): JsonObject {
  return copy(document, 'keywords', '') as JsonObject;
}

function copy(value: JsonValue, mode: WalkMode, pointer: string): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const itemMode: WalkMode = mode === 'literal' ? 'literal' : 'keywords';
    return value.map((item, i) => copy(item, itemMode, `${pointer}/${i}`));
  }
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const child = value[key]!;
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const next = childMode(mode, key, child);
    if (next === 'literal' && holdsRefKey(child)) continue;
    if (key === '$ref' && mode !== 'names' && mode !== 'literal') {
      if (typeof child !== 'string' || !child.startsWith('#')) {
        throw new UnsafeReferenceError(`Unbundled $ref at ${at || '/'} reached the third-party document.`);
      }
    }
    Object.defineProperty(out, key, { value: copy(child, next, at), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Whether literal data holds an object key named `$ref` at any depth (iterative: data may be deep). */
function holdsRefKey(value: JsonValue): boolean {
  const stack: JsonValue[] = [value];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isObject(node) && !Array.isArray(node)) continue;
    if (!Array.isArray(node) && Object.hasOwn(node, '$ref')) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push(child);
  }
  return false;
}
