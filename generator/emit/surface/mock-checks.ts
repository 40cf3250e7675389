/**
 * The mock validator's per-mode schemas, decided at generation time (and by `mock --spec` at run
 * time, through `createMockRoutes`): a readOnly property is not required in a request nor a
 * writeOnly one in a response, and in a multipart body a binary schema is a file part
 * (`x-mock-file`; templates/mock/request-checks.ts checks part types). Only schemas that read differently in a mode are written
 * (`MockRouteTable.checkSchemas`, `MockContent.check`); templates/mock/validate.ts compiles them.
 */
import type {
  JsonSchema,
  JsonValue,
  MockCheckMode,
  MockContent,
  MockOperation,
  MockRouteTable,
} from '../../../templates/mock/types.js';
import { isJsonObject, pointerTokens } from '../../../templates/mock/pointer.js';
import { setOwn } from '../../util/own-property.js';
import { deepFreeze } from '../../ir/freeze.js';
import {
  SUBSCHEMA_LISTS,
  SUBSCHEMA_MAPS,
  SUBSCHEMA_SINGLES,
} from '../../util/subschema-keywords.js';

type Defs = Record<string, JsonSchema>;
type SchemaObject = { [key: string]: JsonValue };
/** readOnly / writeOnly property names known from sibling `allOf` parts. */
interface Inherited {
  readOnly: Set<string>;
  writeOnly: Set<string>;
}

const MODES: MockCheckMode[] = ['request', 'response', 'files'];
const ONE = new Set(SUBSCHEMA_SINGLES);
const LIST = new Set(SUBSCHEMA_LISTS);
const MAP = new Set(SUBSCHEMA_MAPS);

/** Follows `#/$defs/` refs to the schema they name. */
export function resolve(schema: JsonValue | undefined, defs: Defs): JsonValue | undefined {
  let current = schema;
  for (let i = 0; i < 32 && isJsonObject(current) && typeof current.$ref === 'string'; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(current.$ref);
    current = m ? defs[pointerTokens(`/${m[1]!}`)[0]!] : undefined;
  }
  return current;
}

function flag(schema: JsonValue | undefined, key: 'readOnly' | 'writeOnly', defs: Defs): boolean {
  if (!isJsonObject(schema)) return false;
  const target = resolve(schema, defs);
  return schema[key] === true || (isJsonObject(target) && target[key] === true);
}

function collectFlags(schema: JsonValue, into: Inherited, defs: Defs, depth: number): void {
  const s = resolve(schema, defs);
  if (!isJsonObject(s) || depth > 8) return;
  for (const [name, prop] of Object.entries(isJsonObject(s.properties) ? s.properties : {})) {
    if (flag(prop, 'readOnly', defs)) into.readOnly.add(name);
    if (flag(prop, 'writeOnly', defs)) into.writeOnly.add(name);
  }
  if (Array.isArray(s.allOf)) for (const part of s.allOf) collectFlags(part, into, defs, depth + 1);
}

/**
 * A schema of file contents: a file part in a multipart body (and a file input in the docs
 * console). The IR's rule (ScalarSchema.binary): base64 text (`contentEncoding`) of an image is text.
 */
export function isBinarySchema(schema: SchemaObject): boolean {
  const types =
    schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const stringy = types.length === 0 || types.includes('string');
  const media = typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined;
  return stringy && (schema.format === 'binary' || media);
}

/** The schema as `mode` validates it: the same object when nothing in it changes. */
export function schemaForMode(
  schema: JsonSchema,
  mode: MockCheckMode,
  defs: Defs,
  inherited?: Inherited,
): JsonSchema {
  if (typeof schema !== 'object') return schema;
  if (mode === 'files' && isBinarySchema(schema)) return { 'x-mock-file': true };
  // Most schemas read the same in every mode: copy one only from its first change on.
  let out: SchemaObject | undefined;
  // Keys, not entries: no pair array per schema (this runs on every schema three times).
  const keys = Object.keys(schema);
  const sub = (value: JsonValue, from?: Inherited): JsonValue =>
    schemaForMode(value as JsonSchema, mode, defs, from) as JsonValue;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = schema[key]!;
    let next: JsonValue = value;
    if (key === 'allOf' && Array.isArray(value)) {
      // A part may require a property another part declares readOnly/writeOnly.
      const flags: Inherited = { readOnly: new Set(), writeOnly: new Set() };
      for (const part of value) collectFlags(part, flags, defs, 0);
      next = sameOrCopy(value, (part) => sub(part, flags));
    } else if (ONE.has(key)) next = sub(value);
    else if (LIST.has(key) && Array.isArray(value)) next = sameOrCopy(value, (v) => sub(v));
    else if (MAP.has(key) && isJsonObject(value)) {
      let map: SchemaObject | undefined;
      const names = Object.keys(value);
      for (let j = 0; j < names.length; j++) {
        const v = value[names[j]!]!;
        const w = sub(v);
        if (w !== v && !map) {
          map = {};
          for (let k = 0; k < j; k++) setOwn(map, names[k]!, value[names[k]!]!);
        }
        if (map) setOwn(map, names[j]!, w);
      }
      next = map ?? value;
    } else if (key === 'required' && Array.isArray(value)) {
      const hidden = mode === 'response' ? 'writeOnly' : 'readOnly';
      const props = isJsonObject(schema.properties) ? schema.properties : {};
      const kept = value.filter(
        (name) =>
          !flag(props[name as string], hidden, defs) && !inherited?.[hidden].has(name as string),
      );
      if (kept.length !== value.length) next = kept;
    }
    if (next !== value && !out) {
      out = {};
      for (let k = 0; k < i; k++) setOwn(out, keys[k]!, schema[keys[k]!]!);
    }
    if (out) setOwn(out, key, next);
  }
  return out ?? schema;
}

/** `list` mapped by `f`: the same array when `f` changes no item. */
function sameOrCopy(list: JsonValue[], f: (item: JsonValue) => JsonValue): JsonValue[] {
  let mapped: JsonValue[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = f(list[i]!);
    if (item !== list[i] && !mapped) mapped = list.slice(0, i);
    mapped?.push(item);
  }
  return mapped ?? list;
}

/**
 * The last components' per-mode schemas. Frozen schemas are unchanged ones (a built IR's,
 * ir/json-schema.ts): components that are the very same frozen schemas under the same names, in
 * the same order (a watch session's next run after an edit elsewhere), read the same in every mode.
 */
let lastDefs: { entries: [string, JsonSchema][]; checkSchemas: CheckSchemas } | undefined;
type CheckSchemas = NonNullable<MockRouteTable['checkSchemas']>;

function defsCheckSchemas(defs: Defs): CheckSchemas {
  const entries = Object.entries(defs);
  const frozen = entries.every(([, def]) => typeof def !== 'object' || Object.isFrozen(def));
  const last = lastDefs?.entries;
  if (
    frozen &&
    last?.length === entries.length &&
    entries.every(([name, def], i) => last[i]![0] === name && last[i]![1] === def)
  )
    return lastDefs!.checkSchemas;
  const checkSchemas: CheckSchemas = {};
  for (const mode of MODES) {
    const changed: Defs = {};
    for (const [name, def] of entries) {
      const out = schemaForMode(def, mode, defs);
      if (out !== def) setOwn(changed, name, out);
    }
    if (Object.keys(changed).length > 0) checkSchemas[mode] = changed;
  }
  lastDefs = frozen ? { entries, checkSchemas: deepFreeze(checkSchemas) } : undefined;
  return checkSchemas;
}

/** Adds what the validator needs in each mode to the table (in place). */
export function addCheckSchemas(table: MockRouteTable): void {
  addComponentChecks(table);
  for (const op of table.operations) addOperationChecks(op, table.schemas);
}

/** The components' per-mode schemas (`MockRouteTable.checkSchemas`), where a mode reads one differently. */
export function addComponentChecks(table: MockRouteTable): void {
  const checkSchemas = defsCheckSchemas(table.schemas);
  if (Object.keys(checkSchemas).length > 0) table.checkSchemas = checkSchemas;
}

/** One operation's per-mode schemas (`check`), in place: what it reads besides `defs` is its own. */
export function addOperationChecks(op: MockOperation, defs: Defs): void {
  const withCheck = (target: { schema?: JsonSchema; check?: JsonSchema }, mode: MockCheckMode) => {
    const out = target.schema === undefined ? undefined : schemaForMode(target.schema, mode, defs);
    if (out !== target.schema) target.check = out;
  };
  const bodyMode = (c: MockContent): MockCheckMode =>
    c.kind === 'multipart' ? 'files' : 'request';
  for (const p of op.parameters) withCheck(p, 'request');
  for (const c of op.requestBody?.contents ?? []) withCheck(c, bodyMode(c));
  for (const r of op.responses) for (const c of r.contents) withCheck(c, 'response');
}
