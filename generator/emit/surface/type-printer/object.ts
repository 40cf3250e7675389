/**
 * Objects: the listed properties (with their JSDoc), closed unless the spec declares extra keys
 * (`extraKeysOf`, decided in the IR). Also an object's members as an interface body for named types.
 */
import type { ArraySchema, ObjectSchema, SchemaIr } from '../../../ir/types.js';
import { extraKeysOf } from '../../../ir/object-shape.js';
import { docLines } from './jsdoc.js';
import { grouped, typeText, union, UNKNOWN, type MemberTree, type TypeTree } from './tree.js';

export type PrintSchema = (schema: SchemaIr) => TypeTree;

const NEVER: TypeTree = { kind: 'name', name: 'never' };

/** The members of an object type, each with its JSDoc; without the properties `omit` leaves out. */
export function objectMembers(
  schema: ObjectSchema,
  print: PrintSchema,
  omit?: (schema: SchemaIr) => boolean,
): MemberTree[] {
  const properties = omit ? schema.properties.filter((p) => !omit(p.schema)) : schema.properties;
  const members: MemberTree[] = properties.map((p) => ({
    doc: docLines(p.schema),
    name: p.name,
    optional: !p.required,
    type: print(p.schema),
  }));
  const prefixed = members.length === 0 ? prefixIndexes(schema, print) : undefined;
  if (prefixed) return prefixed;
  const extra = extraKeysOf(schema);
  const index = (type: TypeTree): MemberTree => ({ doc: [], optional: false, type });
  // Closed and empty as written; one whose every property is left out is a plain `{}`.
  if (extra === 'closed' && schema.properties.length === 0) members.push(index(NEVER));
  else if (extra === 'any') members.push(index(UNKNOWN));
  // Declared properties must fit the index signature, so a typed map with properties widens to unknown.
  else if (extra !== 'closed')
    members.push(index(members.length === 0 ? values(extra, print) : UNKNOWN));
  return members;
}

/**
 * `{ [key: \`x-${string}\`]: string }`: when the patterns are the only other keys allowed and
 * each is a plain `^prefix`, one index signature per prefix, typed by its own pattern's schema.
 */
function prefixIndexes(schema: ObjectSchema, print: PrintSchema): MemberTree[] | undefined {
  const patterns = schema.patternProperties ?? [];
  if (patterns.length === 0 || schema.additionalProperties !== false) return undefined;
  const prefixes = patterns.map((p) => /^\^([A-Za-z0-9_-]+)$/.exec(p.pattern)?.[1]);
  if (!prefixes.every((p) => p !== undefined)) return undefined;
  return patterns.map((p, i) => ({
    doc: [],
    optional: false,
    indexKey: `\`${prefixes[i]}\${string}\``,
    type: print(p.schema),
  }));
}

/** The other keys' value type: one of the shapes (`patternProperties`, `additionalProperties`), each once. */
function values(schemas: SchemaIr[], print: PrintSchema): TypeTree {
  const types = new Map(schemas.map(print).map((t) => [typeText(t), t]));
  return union([...types.values()]);
}

export function objectType(
  schema: ObjectSchema,
  print: PrintSchema,
  omit?: (schema: SchemaIr) => boolean,
): TypeTree {
  return { kind: 'object', members: objectMembers(schema, print, omit), multiline: true };
}

export function arrayType(schema: ArraySchema, print: PrintSchema): TypeTree {
  return { kind: 'array', items: grouped(print(schema.items)) };
}
