/**
 * Follows `$ref`s between source files: one ref at a time (`follow`) and whole chains of
 * refs-to-refs (`chainStatus`, which finds cycles). Each broken ref is reported once, at its `$ref`.
 */
import { child, hasOwn, isObject, toPointer, type Tokens } from './pointer.js';
import type { ProblemList } from './problems.js';
import { refTarget } from './ref-target.js';
import type { SourceFiles } from './source-files.js';
import type { JsonValue } from './types.js';

export interface Location {
  file: string;
  tokens: Tokens;
}

export interface Resolved extends Location {
  value: JsonValue;
}

export type RefObject = { $ref: string; [key: string]: JsonValue };

export function isRefObject(value: JsonValue | undefined): value is RefObject {
  return isObject(value) && hasOwn(value, '$ref') && typeof value.$ref === 'string';
}

export function locationKey(file: string, tokens: Tokens): string {
  return `${file}#${toPointer(tokens)}`;
}

type ChainStatus = 'ok' | 'cycle' | 'broken';

export class Resolver {
  /** (file, ref string) → where it leads, for refs that resolved. */
  private readonly targets = new Map<string, Resolved>();
  /** Sites of refs that did not resolve (already reported). */
  private readonly broken = new Set<string>();
  private readonly chains = new Map<string, ChainStatus>();

  constructor(
    private readonly files: SourceFiles,
    private readonly problems: ProblemList,
  ) {}

  /** The value of a file, or `undefined` when it is missing or unusable. */
  fileValue(file: string): JsonValue | undefined {
    const source = this.files.get(file);
    return source.status === 'ok' ? source.value : undefined;
  }

  /**
   * Resolves the ref object at `site` (a ref object's own location) one step. Returns `undefined`
   * (after reporting why) when the ref is broken.
   */
  follow(
    site: Location,
    ref: string,
    reportAt: Tokens = [...site.tokens, '$ref'],
  ): Resolved | undefined {
    // A ref that resolved once resolves the same from anywhere in its file (a schema name used
    // hundreds of times is parsed and looked up once); a broken one is remembered by its site, so
    // it is reported once there.
    const refKey = `${site.file}\u0000${ref}`;
    const known = this.targets.get(refKey);
    if (known) return known;
    const key = locationKey(site.file, site.tokens);
    if (this.broken.has(key)) return undefined;
    const resolved = this.resolveOnce(site, ref, reportAt);
    if (resolved) this.targets.set(refKey, resolved);
    else this.broken.add(key);
    return resolved;
  }

  /**
   * Does the ref at `site` end at a non-ref value? A chain that comes back to one of its refs is
   * a `ref-cycle`, reported once per cycle at the member with the smallest location.
   */
  chainStatus(site: Location): ChainStatus {
    const chain: Location[] = [];
    const keys: string[] = [];
    const index = new Map<string, number>();
    let current: Location = site;
    let status: ChainStatus;
    for (;;) {
      const key = locationKey(current.file, current.tokens);
      const known = this.chains.get(key);
      if (known) {
        status = known;
        break;
      }
      const seenAt = index.get(key);
      if (seenAt !== undefined) {
        this.reportCycle(chain.slice(seenAt), keys.slice(seenAt));
        status = 'cycle';
        break;
      }
      index.set(key, chain.length);
      chain.push(current);
      keys.push(key);
      const value = this.valueAt(current);
      if (!isRefObject(value)) {
        status = 'ok';
        break;
      }
      const next = this.follow(current, value.$ref);
      if (!next) {
        status = 'broken';
        break;
      }
      current = next;
    }
    // Refs leading into a cycle or a broken ref share its verdict (they never reach a value either).
    for (const key of keys) this.chains.set(key, status);
    return status;
  }

  private valueAt(location: Location): JsonValue | undefined {
    let node = this.fileValue(location.file);
    for (const token of location.tokens) node = child(node, token);
    return node;
  }

  private resolveOnce(site: Location, ref: string, reportAt: Tokens): Resolved | undefined {
    const at = { file: site.file, tokens: reportAt };
    const target = refTarget(site.file, ref);
    if (!target.ok) {
      this.problems.add({
        code: target.code,
        severity: 'error',
        ...at,
        message: target.message,
        hint: target.hint,
      });
      return undefined;
    }
    const source = this.files.get(target.file);
    if (source.status === 'outside') {
      this.problems.add({
        code: 'ref-outside-root',
        severity: 'error',
        ...at,
        message: `Reference "${ref}" points to "${target.file}", but ${source.reason}.`,
        hint: 'Copy the file into the spec directory instead of linking to it.',
      });
      return undefined;
    }
    if (source.status === 'missing' || source.status === 'unreadable') {
      this.problems.add({
        code: 'ref-dangling',
        severity: 'error',
        ...at,
        message: `Reference "${ref}" points to file "${target.file}", which ${source.status === 'missing' ? 'does not exist' : `cannot be read (${source.reason})`}.`,
        hint: 'Fix the file path (it is relative to the file that holds the reference).',
      });
      return undefined;
    }
    // A file with syntax errors is reported on its own; refs into it are not reported again.
    if (source.status === 'broken') return undefined;
    const found = this.lookup({ file: target.file, tokens: target.tokens });
    if (!found) {
      this.problems.add({
        code: 'ref-dangling',
        severity: 'error',
        ...at,
        message: `Reference "${ref}" points to "${toPointer(target.tokens) || '/'}" in "${target.file}", which does not exist.`,
        hint: 'Check the pointer: "/" separates keys, "~1" stands for "/" inside a key and "~0" for "~".',
      });
      return undefined;
    }
    return found;
  }

  /**
   * The node at a location. A ref object met on the way is followed (as the bundled document will
   * hold its target there), so the answer may sit in another file.
   */
  private lookup(location: Location): Resolved | undefined {
    let file = location.file;
    let node = this.fileValue(file);
    let tokens: string[] = [];
    for (let i = 0; i < location.tokens.length; i++) {
      let hops = 0;
      while (isRefObject(node) && !hasOwn(node, location.tokens[i]!) && hops++ < 32) {
        const next = this.follow({ file, tokens }, node.$ref);
        if (!next) return undefined;
        ({ file, value: node } = next);
        tokens = [...next.tokens];
      }
      const token = location.tokens[i]!;
      node = child(node, token);
      if (node === undefined) return undefined;
      tokens.push(token);
    }
    if (node === undefined) return undefined;
    return { file, tokens, value: node };
  }

  private reportCycle(members: Location[], keys: string[]): void {
    let first = 0;
    for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[first]!) first = i;
    const at = members[first]!;
    const loop = [...keys.slice(first), ...keys.slice(0, first), keys[first]!].join(' → ');
    this.problems.add({
      code: 'ref-cycle',
      severity: 'error',
      file: at.file,
      tokens: [...at.tokens, '$ref'],
      message: `References form a cycle that never reaches a value: ${loop}.`,
      hint: 'Point one of these references at a real object (a schema, response, …) instead of another reference.',
    });
  }
}
