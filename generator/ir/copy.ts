import type { Json } from './types.js';
import { setMember } from '../util/own-property.js';

/**
 * The IR is frozen; values it takes from the document are copied so the document stays the loader's.
 * A plain walk (JSON has only objects, arrays and scalars, at most 256 levels deep after load):
 * several times quicker than `structuredClone` on the small values most copies are.
 */
export function copyJson(value: unknown): Json {
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) {
    const out: Json[] = new Array<Json>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  const out: Record<string, Json> = {};
  for (const key of Object.keys(value))
    setMember(out, key, copyJson((value as Record<string, unknown>)[key]));
  return out;
}
