import type { JsonValue } from '../../generator/load/types.js';

/** Every pointer to a node of `value`, and beside each container one that does not exist. */
export function pointers(value: JsonValue, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (value === null || typeof value !== 'object') {
    if (at.length > 0) out.push([...at, 'inside']);
    return out;
  }
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  out.push([...at, Array.isArray(value) ? String(keys.length) : 'no such key']);
  for (const key of keys) pointers((value as Record<string, JsonValue>)[key]!, [...at, key], out);
  return out;
}
