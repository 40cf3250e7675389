/**
 * A nesting limit for the bundled document. Later stages (the IR, openapi-typescript, prettier)
 * recurse over schemas; past a few hundred levels they overflow the stack. Nothing real comes
 * close (Stripe's deepest schema is about 20 levels), so deeper input is a located error.
 */
import type { Tokens } from './pointer.js';
import type { JsonValue } from './types.js';

/** JSON levels: about 120 levels of schemas nested through `properties`. */
export const MAX_DEPTH = 256;

/** Tokens of the first node found below `MAX_DEPTH` (iterative: the input may be far deeper than the stack). */
export function findTooDeep(document: JsonValue): Tokens | undefined {
  const stack: { value: JsonValue; tokens: Tokens }[] = [{ value: document, tokens: [] }];
  while (stack.length > 0) {
    const { value, tokens } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (tokens.length >= MAX_DEPTH) return tokens;
    const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
    for (const key of keys)
      stack.push({ value: (value as Record<string, JsonValue>)[key]!, tokens: [...tokens, key] });
  }
  return undefined;
}
