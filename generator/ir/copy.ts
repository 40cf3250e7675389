import type { Json } from './types.js';

/** The IR is frozen; values it takes from the document are copied so the document stays the loader's. */
export function copyJson(value: unknown): Json {
  return value === null || typeof value !== 'object'
    ? (value as Json)
    : (structuredClone(value) as Json);
}
