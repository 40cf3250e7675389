/**
 * The copy of the bundled document that third-party code (openapi-typescript and the resolver it
 * brings) may see: nothing in it can make that code read a file or the network. Only what changes
 * is copied: the rest is the document's own (read-only) objects.
 *
 * - Data (examples, defaults, enums, consts, extension values) that holds a `$ref` key anywhere is
 *   left out of the copy: third-party bundlers follow such keys wherever they stand, and the data
 *   only feeds comments and literal types there.
 * - Keys that name members of `Object.prototype` (`hasOwnProperty`, `constructor`, …) get a prefix,
 *   and `%` in keys a marker: the bundler inside openapi-typescript looks keys up in plain objects
 *   and percent-decodes the pointers it builds from them, and crashes on both. The emitter undoes
 *   both in what it prints (`restoreKeys`).
 * - Every other `$ref` must already be an internal `#/…` pointer (the loader inlined or rejected the
 *   rest); anything else is an internal error, never a read.
 */
import { getAt, isObject, parsePointer } from './pointer.js';
import type { JsonObject, JsonValue } from './types.js';
import { childMode, type WalkMode } from './walk-mode.js';

export class UnsafeReferenceError extends Error {}

const PROTOTYPE_KEY_PREFIX = '__shellapi_key__';
// Not an identifier (the hyphen), so printers quote a key holding it, as the restored `%` needs.
const PERCENT_MARK = '__shellapi-pct__';

/** Undoes, in printed text, what `inertDocument` did to keys. */
export function restoreKeys(text: string): string {
  return text.split(PROTOTYPE_KEY_PREFIX).join('').split(PERCENT_MARK).join('%');
}

export function inertDocument(document: JsonObject): JsonObject {
  return new InertCopy(document).copy(document, 'keywords') as JsonObject;
}

class InertCopy {
  /** Ref → the ref at the end of its chain of bare `{$ref}` aliases (memoised: chains are walked once). */
  private readonly chainEnds = new Map<string, string>();
  private readonly cycles = new Map<string, boolean>();
  /** Tokens of the value being copied: its pointer is spelt only for the error that needs it. */
  private readonly tokens: string[] = [];

  constructor(private readonly document: JsonObject) {}

  /**
   * `value` itself where nothing in it changes (the IR's JSON Schemas, frozen and shared, mostly
   * do not): a copy of the whole document was most of the cost of making it inert. Third-party
   * code only reads it (its transform writes into none of the frozen schemas: it would throw).
   */
  copy(value: JsonValue, mode: WalkMode): JsonValue {
    if (value === null || typeof value !== 'object') return value;
    const tokens = this.tokens;
    if (Array.isArray(value)) {
      const itemMode: WalkMode = mode === 'literal' ? 'literal' : 'keywords';
      let out: JsonValue[] | undefined;
      for (let i = 0; i < value.length; i++) {
        tokens.push(String(i));
        const item = this.copy(value[i]!, itemMode);
        tokens.pop();
        if (item !== value[i] && !out) out = value.slice(0, i);
        out?.push(item);
      }
      return out ?? value;
    }
    // A ref that only leads back to itself through bare aliases (an IR-simplified `allOf: [self]`)
    // constrains nothing: an empty schema says that without a cycle third-party resolvers reject.
    if (
      mode === 'keywords' &&
      typeof value.$ref === 'string' &&
      Object.keys(value).length === 1 &&
      this.cyclic(value.$ref)
    )
      return {};
    const keys = Object.keys(value);
    /** The copy, begun at the first key that changes (the keys before it as they were). */
    let out: JsonObject | undefined;
    const begin = (upTo: number): JsonObject => {
      const made: JsonObject = {};
      // Keys before the first change are kept as they are, so none names a prototype member.
      for (let k = 0; k < upTo; k++) made[keys[k]!] = value[keys[k]!]!;
      return made;
    };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const child = value[key]!;
      const next = childMode(mode, key, child);
      if (next === 'literal' && holdsRefKey(child)) {
        out ??= begin(i);
        continue;
      }
      let copied: JsonValue;
      if (key === '$ref' && mode !== 'names' && mode !== 'literal') {
        if (typeof child !== 'string' || !child.startsWith('#')) {
          const at = [...tokens, key].map((t) => `/${escapeToken(t)}`).join('');
          throw new UnsafeReferenceError(
            `Unbundled $ref at ${at} reached the third-party document.`,
          );
        }
        copied = safeRef(this.chainEnd(child));
      } else if (key === 'operationId' && typeof child === 'string' && mode === 'keywords') {
        // openapi-typescript builds pointers from operationIds and percent-decodes them too.
        copied = child.includes('%') ? child.split('%').join(PERCENT_MARK) : child;
      } else {
        tokens.push(key);
        copied = this.copy(child, next);
        tokens.pop();
      }
      const safe = safeKey(key);
      if (!out && (safe !== key || copied !== child)) out = begin(i);
      // A plain assignment is safe: `safeKey` renamed every key that names a prototype member.
      if (out) out[safe] = copied;
    }
    return out ?? value;
  }

  /** Whether following bare `{$ref}` aliases from `ref` comes back to a ref already followed (memoised). */
  private cyclic(ref: string): boolean {
    const path: string[] = [];
    let result = false;
    for (let at: string | undefined = ref; at !== undefined;) {
      const known = this.cycles.get(at);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (path.includes(at)) {
        result = true;
        break;
      }
      path.push(at);
      const tokens = parsePointer(at);
      const target = tokens ? getAt(this.document, tokens) : undefined;
      at =
        isObject(target) &&
        Object.keys(target).length === 1 &&
        typeof target.$ref === 'string' &&
        target.$ref.startsWith('#')
          ? target.$ref
          : undefined;
    }
    for (const link of path) this.cycles.set(link, result);
    return result;
  }

  /**
   * A ref to a bare alias (`S1: {$ref: S2}`) names the same type as a ref to the alias's target:
   * pointing straight at the end keeps third-party resolvers from walking long chains again and
   * again (a 600-link chain cost openapi-typescript 25 s).
   */
  private chainEnd(ref: string): string {
    const known = this.chainEnds.get(ref);
    if (known !== undefined) return known;
    const seen = [ref];
    let end = ref;
    for (;;) {
      const tokens = parsePointer(end);
      const target = tokens ? getAt(this.document, tokens) : undefined;
      if (!isObject(target) || Object.keys(target).length !== 1 || typeof target.$ref !== 'string')
        break;
      const next = target.$ref;
      if (!next.startsWith('#') || seen.includes(next)) break;
      const cached = this.chainEnds.get(next);
      if (cached !== undefined) {
        end = cached;
        break;
      }
      seen.push(next);
      end = next;
    }
    for (const link of seen) this.chainEnds.set(link, end);
    return end;
  }
}

function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function safeKey(key: string): string {
  const marked = key.includes('%') ? key.split('%').join(PERCENT_MARK) : key;
  return marked in Object.prototype ? `${PROTOTYPE_KEY_PREFIX}${marked}` : marked;
}

/** The same pointer into the copy, where keys named like prototype members carry the prefix. */
function safeRef(ref: string): string {
  const tokens = parsePointer(ref);
  if (!tokens || !tokens.some((t) => t in Object.prototype || t.includes('%'))) return ref;
  return `#${tokens.map((t) => `/${escapeToken(safeKey(t))}`).join('')}`;
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
