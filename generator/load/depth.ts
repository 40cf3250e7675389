/**
 * A nesting limit for the bundled document. Later stages (the IR, openapi-typescript, prettier)
 * recurse over schemas; past a few hundred levels they overflow the stack. Nothing real comes
 * close (Stripe's deepest schema is about 20 levels), so deeper input is a located error.
 */
import type { Tokens } from './pointer.js';
import type { JsonValue } from './types.js';

/** JSON levels: about 120 levels of schemas nested through `properties`. */
export const MAX_DEPTH = 256;

/** A node on the way down: its key and parent spell its tokens, built only for the one reported. */
interface Visit {
  value: JsonValue;
  key: string;
  parent: Visit | undefined;
  depth: number;
}

/** Tokens of the first node found below `MAX_DEPTH` (iterative: the input may be far deeper than the stack). */
export function findTooDeep(document: JsonValue): Tokens | undefined {
  const stack: Visit[] = [{ value: document, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return tokensOf(visit);
    // Only containers are pushed (scalars end there): the same containers, in the same order.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i]!;
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, key: String(i), parent: visit, depth: depth + 1 });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child = value[key]!;
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, key, parent: visit, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function tokensOf(visit: Visit): Tokens {
  const tokens: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) tokens.push(at.key);
  return tokens.reverse();
}
