/**
 * A watch session's validation of only what an edit changed: our rules' walks of component schemas
 * (walk.ts, WalkReuse), and the official-schema check (openapi-schema.ts) here. Ajv's errors inside
 * one path item, webhook or component entry depend on that entry's value and place only; the
 * session's parse reuse and the bundler keep every unchanged entry the very same object. So a
 * later run validates a skeleton of the document in which each entry met again (same place, same
 * object) stands in as a placeholder every such place accepts, and adds that entry's errors from
 * the run that validated it. Should Ajv find anything at a placeholder, the whole document is
 * validated instead: the errors are always the ones of a full check.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonObject, JsonValue } from '../types.js';
import { createWalkReuse, type WalkReuse } from './walk.js';

export interface ValidationReuse {
  version?: string;
  /** Ajv instance path of an entry → the entry checked there last and its errors (paths relative to it). */
  entries: Map<string, { value: object; errors: ErrorObject[] }>;
  /** Our own rules' walks of component schemas (walk.ts). */
  walk: WalkReuse;
}

export function createValidationReuse(): ValidationReuse {
  return { entries: new Map(), walk: createWalkReuse() };
}

/**
 * A path item, or a reference in place of any component: valid wherever an entry stands (a 3.0
 * component's `oneOf` of Reference and its object matches the Reference alone).
 */
const PLACEHOLDER: JsonObject = Object.freeze({ $ref: '#' }) as JsonObject;

/** The maps whose entries are checked on their own: `paths`, `webhooks`, each `components` kind. */
function entryMaps(document: JsonObject): Array<{ at: string[]; map: JsonObject }> {
  const maps: Array<{ at: string[]; map: JsonObject }> = [];
  for (const key of ['paths', 'webhooks']) {
    const map = document[key];
    if (isMap(map)) maps.push({ at: [key], map });
  }
  const components = document.components;
  if (isMap(components))
    for (const kind of Object.keys(components)) {
      const map = components[kind];
      if (isMap(map)) maps.push({ at: ['components', kind], map });
    }
  return maps;
}

function isMap(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Ajv's errors for `document` (`validate.errors` after a full check), reusing `reuse`'s entries. */
export function schemaErrors(
  validate: ValidateFunction,
  document: JsonObject,
  version: string,
  reuse: ValidationReuse,
): ErrorObject[] {
  if (reuse.version !== version) {
    reuse.entries.clear();
    reuse.version = version;
  }
  type Entry = { value: object; errors: ErrorObject[] };
  const fresh = new Map<string, object>();
  const kept = new Map<string, Entry>();
  const skeleton: JsonObject = { ...document };
  for (const { at, map } of entryMaps(document)) {
    let copy: JsonObject | undefined;
    for (const name of Object.keys(map)) {
      const value = map[name];
      if (!isMap(value)) continue;
      const path = `/${[...at, name].map(pointerToken).join('/')}`;
      const known = reuse.entries.get(path);
      if (known?.value === value) {
        kept.set(path, known);
        (copy ??= { ...map })[name] = PLACEHOLDER;
      } else fresh.set(path, value);
    }
    if (!copy) continue;
    if (at.length === 1) skeleton[at[0]!] = copy;
    else {
      // (components copied once, on its first changed kind)
      if (skeleton.components === document.components)
        skeleton.components = { ...(document.components as JsonObject) };
      (skeleton.components as JsonObject)[at[1]!] = copy;
    }
  }
  let errors = validate(skeleton) ? [] : [...(validate.errors ?? [])];
  if (kept.size > 0 && errors.some((e) => kept.has(entryOf(e.instancePath) ?? ''))) {
    // A placeholder did not stand in silently: the real document is checked.
    for (const [path, { value }] of kept) fresh.set(path, value);
    kept.clear();
    errors = validate(document) ? [] : [...(validate.errors ?? [])];
  }
  const entries = new Map<string, Entry>();
  for (const [path, value] of fresh) entries.set(path, { value, errors: [] });
  for (const error of errors) {
    const path = entryOf(error.instancePath);
    const entry = path === undefined ? undefined : entries.get(path);
    entry?.errors.push({ ...error, instancePath: error.instancePath.slice(path!.length) });
  }
  for (const [path, entry] of kept) {
    entries.set(path, entry);
    for (const error of entry.errors)
      errors.push({ ...error, instancePath: path + error.instancePath });
  }
  reuse.entries = entries;
  return errors;
}

/** The entry an instance path lies in (`/paths/<name>`, `/webhooks/<name>`, `/components/<kind>/<name>`). */
function entryOf(instancePath: string): string | undefined {
  const tokens = instancePath.split('/');
  const depth =
    tokens[1] === 'components' ? 4 : tokens[1] === 'paths' || tokens[1] === 'webhooks' ? 3 : 0;
  return depth > 0 && tokens.length >= depth ? tokens.slice(0, depth).join('/') : undefined;
}
