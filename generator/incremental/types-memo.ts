/**
 * openapi-typescript's `paths` / `operations` types in a watch session, rebuilt only for the path
 * items an edit changed. openapi-typescript prints each member of those interfaces by itself (a
 * path item as `"/path": { … }`, an operation as `id: { … }`); a member reads only its own path
 * item, and every `$ref` (to a component schema, the only kind the types document has) prints
 * as a reference without reading its target. So the changed path items go through
 * openapi-typescript alone, in a document whose component schemas are empty placeholders (so
 * references still resolve), and their members replace the old ones in the last run's text.
 * Anything else (a path added, removed or moved, an operation id, the components, the document
 * head) and any member that cannot be found is a full run.
 */
import type { Json } from '../ir/types.js';
import type { JsonObject } from '../load/types.js';
import type { EmitMemo } from './memo.js';
import { contentKey } from './ir-keys.js';

/** What the last run printed, and from what. */
interface TypesState {
  head: string;
  pathKeys: Map<string, string>;
  text: string;
}

const STATE = 'types:paths';

/** Operation ids of a path item, in method order (their members sit in `operations`). */
function operationIds(item: Json): string[] {
  const ids: string[] = [];
  for (const op of Object.values(item as JsonObject))
    if (op && typeof op === 'object' && !Array.isArray(op) && typeof op.operationId === 'string')
      ids.push(op.operationId);
  return ids;
}

/**
 * `print(document)` (openapi-typescript's text of a types document), or the last run's text with
 * only the changed path items and their operations printed again.
 */
export async function pathTypesIncrementally(
  memo: EmitMemo,
  document: JsonObject,
  print: (document: JsonObject) => Promise<string>,
): Promise<string> {
  const paths = document.paths as JsonObject;
  const { paths: _paths, ...rest } = document;
  const head = contentKey([rest, Object.keys(paths).map((p) => [p, operationIds(paths[p]!)])]);
  const pathKeys = new Map(Object.entries(paths).map(([p, item]) => [p, contentKey(item)]));
  const last = memo.carried<TypesState>(STATE);
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
      text = replaceMembers(last.text, printed, {
        paths: changed.map(([p]) => p),
        operations: ops,
      });
    }
  }
  text ??= await print(document);
  memo.carry(STATE, { head, pathKeys, text } satisfies TypesState);
  return text;
}

/** A top-level `export interface <name> {` … `}` block's members, by key, with their line spans. */
interface Members {
  /** Line index of each member's first line (its doc comment's, if any), in order. */
  starts: number[];
  keys: string[];
  /** Line index of the block's closing `}`. */
  end: number;
}

const KEY = /^ {4}(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*))\??: /;
const DOC_START = /^ {4}\/\*\*/;

function membersOf(lines: string[], name: string): Members | undefined {
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
    try {
      members.keys.push(key[1] !== undefined ? (JSON.parse(`"${key[1]}"`) as string) : key[2]!);
    } catch {
      return undefined; // an escape JSON does not share with TypeScript: not worth reading
    }
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
 * `old` with the named members of each interface replaced by the ones in `fresh`; undefined when
 * one is missing on either side.
 */
function replaceMembers(
  old: string,
  fresh: string,
  replace: Record<string, string[]>,
): string | undefined {
  let lines = old.split('\n');
  const freshLines = fresh.split('\n');
  for (const [name, keys] of Object.entries(replace)) {
    const before = membersOf(lines, name);
    const after = membersOf(freshLines, name);
    if (!before || !after) return undefined;
    const replacements = memberTexts(freshLines, after);
    if (replacements.size !== keys.length || keys.some((k) => !replacements.has(k)))
      return undefined;
    const out = lines.slice(0, before.starts[0] ?? before.end);
    const seen = new Set<string>();
    before.keys.forEach((key, n) => {
      const replacement = replacements.get(key);
      if (replacement) seen.add(key);
      out.push(
        ...(replacement ?? lines.slice(before.starts[n], before.starts[n + 1] ?? before.end)),
      );
    });
    if (seen.size !== keys.length) return undefined;
    out.push(...lines.slice(before.end));
    lines = out;
  }
  return lines.join('\n');
}
