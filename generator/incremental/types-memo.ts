/**
 * openapi-typescript's `paths` / `operations` types in a watch session, rebuilt only for the path
 * items an edit changed. openapi-typescript prints each member of those interfaces by itself (a
 * path item as `"/path": { … }`, an operation as `id: { … }`); a member reads only its own path
 * item, and every `$ref` (to a component schema or a direction map: emit/types/document.ts) prints
 * as a reference without reading its target. So the changed path items go through
 * openapi-typescript alone, in a document whose component schemas are empty placeholders (so
 * references still resolve), and their members replace the old ones in the last run's text. The
 * same holds of their final form (prettier prints each member of an interface by itself too).
 * Anything else (a path added, removed or moved, an operation id, the components, the document
 * head) and any member that cannot be found is a full run.
 */
import type { Json } from '../ir/types.js';
import type { JsonObject } from '../load/types.js';
import type { EmitMemo } from './memo.js';
import { contentKey, keyWithFrozenParts } from './ir-keys.js';

/** What the last run printed, and from what. */
interface TypesState {
  head: string;
  pathKeys: Map<string, string>;
  text: string;
}

/**
 * How the types are printed: as TypeScript's printer writes them (members indented 4) or in
 * prettier's final form (indented 2).
 */
export type TypesRoute = 'text' | 'final';
const INDENT: Record<TypesRoute, number> = { text: 4, final: 2 };

/** Operation ids of a path item, in method order (their members sit in `operations`). */
function operationIds(item: Json): string[] {
  const ids: string[] = [];
  for (const op of Object.values(item as JsonObject))
    if (op && typeof op === 'object' && !Array.isArray(op) && typeof op.operationId === 'string')
      ids.push(op.operationId);
  return ids;
}

/**
 * `print(document)` (the types of a document), or the last run's text with only the changed path
 * items and their operations printed again. `undefined` when `print` cannot print the document.
 */
export async function pathTypesIncrementally(
  memo: EmitMemo,
  document: JsonObject,
  print: (document: JsonObject) => Promise<string | undefined> | string | undefined,
  route: TypesRoute,
): Promise<string | undefined> {
  const paths = document.paths as JsonObject;
  const { paths: _paths, ...rest } = document;
  const head = keyWithFrozenParts([
    rest,
    Object.keys(paths).map((p) => [p, operationIds(paths[p]!)]),
  ]);
  const pathKeys = new Map(Object.entries(paths).map(([p, item]) => [p, contentKey(item)]));
  const state = `types:paths:${route}`;
  const last = memo.carried<TypesState>(state);
  let text: string | undefined;
  if (last && last.head === head) {
    const changed = [...pathKeys].filter(([p, key]) => last.pathKeys.get(p) !== key);
    text = changed.length === 0 ? last.text : undefined;
    if (changed.length > 0) {
      const partial: JsonObject = {};
      for (const [p] of changed) partial[p] = paths[p]!;
      const schemas = (document.components as JsonObject).schemas as JsonObject;
      const placeholders = Object.fromEntries(Object.keys(schemas).map((name) => [name, {}]));
      const printed = await print({
        ...document,
        paths: partial,
        components: { schemas: placeholders },
      });
      const ops = changed.flatMap(([p]) => operationIds(paths[p]!));
      if (printed !== undefined)
        text = replaceMembers(last.text, printed, INDENT[route], {
          paths: changed.length,
          operations: ops.length,
        });
    }
  }
  text ??= await print(document);
  if (text !== undefined) memo.carry(state, { head, pathKeys, text } satisfies TypesState);
  return text;
}

/** A top-level `export interface <name> {` … `}` block's members, by key, with their line spans. */
interface Members {
  /** Line index of each member's first line (its doc comment's, if any), in order. */
  starts: number[];
  /** Each member's key as printed (quotes included): both texts come from one printer. */
  keys: string[];
  /** Line index of the block's closing `}`. */
  end: number;
}

/** A member's first line at `indent`: its key, quoted or not. */
const keyPattern = (indent: number): RegExp =>
  new RegExp(`^ {${indent}}("(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[A-Za-z_$][\\w$]*)\\??: `);
const docPattern = (indent: number): RegExp => new RegExp(`^ {${indent}}\\/\\*\\*`);

function membersOf(lines: string[], name: string, indent: number): Members | undefined {
  const KEY = keyPattern(indent);
  const DOC_START = docPattern(indent);
  const open = lines.indexOf(`export interface ${name} {`);
  if (open < 0) return undefined;
  const members: Members = { starts: [], keys: [], end: -1 };
  let docStart: number | undefined;
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '}') {
      members.end = i;
      return docStart === undefined ? members : undefined;
    }
    if (DOC_START.test(line)) {
      docStart = i;
      continue;
    }
    const key = KEY.exec(line);
    if (!key) continue;
    members.starts.push(docStart ?? i);
    members.keys.push(key[1]!);
    docStart = undefined;
  }
  return undefined;
}

/** The members' texts, by key. */
function memberTexts(lines: string[], members: Members): Map<string, string[]> {
  const out = new Map<string, string[]>();
  members.keys.forEach((key, n) => {
    out.set(key, lines.slice(members.starts[n], members.starts[n + 1] ?? members.end));
  });
  return out;
}

/**
 * `old` with the members of each interface replaced by the ones in `fresh` (it holds `count` of
 * them, each with a key `old` has); undefined when that does not hold.
 */
function replaceMembers(
  old: string,
  fresh: string,
  indent: number,
  replace: Record<string, number>,
): string | undefined {
  let lines = old.split('\n');
  const freshLines = fresh.split('\n');
  for (const [name, count] of Object.entries(replace)) {
    const before = membersOf(lines, name, indent);
    const after = membersOf(freshLines, name, indent);
    if (!before || !after) return undefined;
    const replacements = memberTexts(freshLines, after);
    if (replacements.size !== count) return undefined;
    const out = lines.slice(0, before.starts[0] ?? before.end);
    const seen = new Set<string>();
    before.keys.forEach((key, n) => {
      const replacement = replacements.get(key);
      if (replacement) seen.add(key);
      out.push(
        ...(replacement ?? lines.slice(before.starts[n], before.starts[n + 1] ?? before.end)),
      );
    });
    if (seen.size !== count) return undefined;
    out.push(...lines.slice(before.end));
    lines = out;
  }
  return lines.join('\n');
}
