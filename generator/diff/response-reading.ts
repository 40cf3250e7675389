/**
 * What a response change does to code reading it through the SDKs' types. The wire entry says
 * whether a client survives the new answer; this one says what consumer code sees: the TypeScript
 * type and Python model that declare the value (`Pet.tag`, `types.Pet.tag`), and how reading it
 * changes. A value is named from the nearest type that declares it: a component reached by a ref,
 * else the type the caller names for the root (an operation's `…Response`, a stream's `…Chunk`).
 */
import { pythonTypeName, snakeCase } from '../emit/surface/python-naming.js';
import type { NamedSchemaIr, SchemaIr } from '../ir/types.js';
import type { FoundChange } from './types.js';

/** A type that declares values, and the `where` (as schema.ts spells places) its values start at. */
export interface ReadingType {
  ts: string;
  /** Python's name, as a consumer imports it (`types.Pet`); absent where Python has no such type. */
  py?: string;
  at: string;
  /** A component: its own properties are exported members, whose removal surface.ts reports. */
  component?: boolean;
}

/** The component's type as a response brings it, in both SDKs. */
export function componentReading(named: NamedSchemaIr, at: string): ReadingType {
  return {
    ts: named.responseTypeName ?? named.typeName,
    py: `types.${pythonTypeName(named.typeName)}`,
    at,
    component: true,
  };
}

/** `Pet.owner.tag` and `types.Pet.owner.tag` for `where` under the type; undefined when not under it. */
function readAt(type: ReadingType, where: string): { ts: string; py?: string } | undefined {
  if (!where.startsWith(type.at)) return undefined;
  const rel = where.slice(type.at.length);
  if (rel === '') return undefined;
  const py = rel.replace(/\.([^.[\]]+)/g, (_, name: string) => `.${snakeCase(name)}`);
  return { ts: `${type.ts}${rel}`, ...(type.py ? { py: `${type.py}${py}` } : {}) };
}

/** A property's value that no longer may be null: `=== null` checks on it are dead code now. */
export function nullRemoved(
  type: ReadingType,
  where: string,
  required: boolean,
  pointer: string,
): FoundChange | undefined {
  const at = readAt(type, where);
  if (!at) return undefined;
  // Python annotates an optional field `Optional[…] = None` either way: only a required one changes.
  const py = at.py && required ? `; Python ${at.py} is no longer Optional` : '';
  return {
    code: 'sdk-response-null-removed',
    level: 'non-breaking',
    message: `TypeScript ${at.ts} no longer includes null${py}: checks for null on it (\`=== null\`${py ? ', `is None`' : ''}) are now dead code; existing code still compiles`,
    side: 'head',
    pointer,
  };
}

/** A value of another JSON type: code reading it as the old type breaks in both SDKs. */
export function typeChanged(
  type: ReadingType,
  where: string,
  before: SchemaIr,
  after: SchemaIr,
  pointer: string,
): FoundChange | undefined {
  const at = readAt(type, where);
  if (!at) return undefined;
  const [bt, ht] = [tsType(before), tsType(after)];
  const ts =
    bt === ht
      ? `TypeScript ${at.ts} stays ${ht}`
      : `TypeScript ${at.ts} is now ${ht} (was ${bt}): code reading it as ${bt} no longer compiles`;
  const py = at.py
    ? `; Python ${at.py} is now ${pyType(after)} (was ${pyType(before)}): code using it as ${pyType(before)} fails at run time, and an SDK generated from the old spec logs a validation warning for it`
    : '';
  return {
    code: 'sdk-response-type-changed',
    level: 'breaking',
    message: `${ts}${py}`,
    side: 'head',
    pointer,
  };
}

/** A response property that may now be absent: `T` becomes `T | undefined`. */
export function becameOptional(
  type: ReadingType,
  where: string,
  pointer: string,
): FoundChange | undefined {
  const at = readAt(type, where);
  if (!at) return undefined;
  return {
    code: 'sdk-response-property-optional',
    level: 'breaking',
    message: `TypeScript ${at.ts} becomes optional (\`T | undefined\`): code using it unchecked no longer compiles under strictNullChecks${at.py ? `; Python ${at.py} becomes Optional (None when absent)` : ''}`,
    side: 'head',
    pointer,
  };
}

/**
 * A response property gone from its type. A component's own property is already an exported
 * member's removal (surface.ts `sdk-type-member-removed`): this names the others (inline types,
 * nested objects) the same way.
 */
export function memberRemoved(
  type: ReadingType,
  where: string,
  pointer: string,
): FoundChange | undefined {
  const at = readAt(type, where);
  if (!at || (type.component && !/[.[]/.test(where.slice(type.at.length + 1)))) return undefined;
  return {
    code: 'sdk-type-member-removed',
    level: 'breaking',
    message: `${at.ts} removed${at.py ? ` (Python ${at.py})` : ''}: code reading it no longer compiles in TypeScript${at.py ? ' and raises AttributeError in Python' : ''}`,
    side: 'base',
    pointer,
  };
}

function tsType(s: SchemaIr): string {
  switch (s.kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'ref':
      return s.name;
    case 'union':
      return s.mode;
    case 'intersection':
      return 'allOf';
    case 'any':
      return 'unknown';
    default:
      return s.kind;
  }
}

function pyType(s: SchemaIr): string {
  const py: Record<string, string> = {
    string: 'str',
    integer: 'int',
    number: 'float',
    boolean: 'bool',
    object: 'dict',
    array: 'list',
    null: 'None',
    any: 'Any',
  };
  return py[s.kind] ?? tsType(s);
}
