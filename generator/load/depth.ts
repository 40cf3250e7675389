/**
 * One walk over the bundled document for what no later stage can take: nesting past a limit, and
 * numbers JSON cannot hold.
 *
 * Later stages (the IR, openapi-typescript, prettier) recurse over schemas; past a few hundred
 * levels they overflow the stack. Nothing real comes close (Stripe's deepest schema is about 20
 * levels), so deeper input is a located error.
 *
 * YAML can write `.inf`, `-.inf` and `.nan` (and JSON `1e999` parses to Infinity), but no JSON
 * output can: JSON.stringify writes them as `null`. Each one is reported where it is written.
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

export interface DocumentScan {
  /** Tokens of the first node found below `MAX_DEPTH`. */
  tooDeep?: Tokens;
  /** Each Infinity, -Infinity or NaN (tokens in the bundled document), in walk order. */
  nonFinite: { tokens: Tokens; value: number }[];
}

/** Iterative: the input may be far deeper than the stack. */
export function scanDocument(document: JsonValue): DocumentScan {
  const nonFinite: DocumentScan['nonFinite'] = [];
  const stack: Visit[] = [{ value: document, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return { tooDeep: tokensOf(visit), nonFinite };
    // Only containers are pushed (scalars end there): the same containers, in the same order.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i]!;
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, key: String(i), parent: visit, depth: depth + 1 });
        else if (typeof child === 'number' && !Number.isFinite(child))
          nonFinite.push({ tokens: [...tokensOf(visit), String(i)], value: child });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child = value[key]!;
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, key, parent: visit, depth: depth + 1 });
        else if (typeof child === 'number' && !Number.isFinite(child))
          nonFinite.push({ tokens: [...tokensOf(visit), key], value: child });
      }
    }
  }
  return { nonFinite };
}

function tokensOf(visit: Visit): Tokens {
  const tokens: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) tokens.push(at.key);
  return tokens.reverse();
}

/** How a non-finite number reads in the spec (YAML's spelling). */
export function yamlSpelling(value: number): string {
  return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
}
