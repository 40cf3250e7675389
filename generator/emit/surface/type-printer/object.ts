/**
 * Objects: the listed properties (with their JSDoc), closed unless the spec declares extra keys
 * (`extraKeysOf`, decided in the IR). Also prints an object as an interface body for named types.
 */
import type { ArraySchema, ObjectSchema, SchemaIr } from '../../../ir/types.js';
import { extraKeysOf } from '../../../ir/object-shape.js';
import { docBlock, docLines } from './jsdoc.js';
import { grouped, propertyKey } from './literals.js';

export type PrintSchema = (schema: SchemaIr) => string;

/** The members of an object type, one per line, each with its JSDoc. */
export function objectMembers(schema: ObjectSchema, print: PrintSchema, indent = ''): string[] {
  const members = schema.properties.map((p) => {
    const doc = docBlock(docLines(p.schema), indent);
    return `${doc}${indent}${propertyKey(p.name)}${p.required ? '' : '?'}: ${print(p.schema)};`;
  });
  const extra = extraKeysOf(schema);
  if (extra === 'closed' && members.length === 0) members.push(`${indent}[key: string]: never;`);
  else if (extra === 'any') members.push(`${indent}[key: string]: unknown;`);
  // Declared properties must fit the index signature, so a typed map with properties widens to unknown.
  else if (extra !== 'closed')
    members.push(`${indent}[key: string]: ${members.length === 0 ? print(extra) : 'unknown'};`);
  return members;
}

export function objectType(schema: ObjectSchema, print: PrintSchema): string {
  return `{\n${objectMembers(schema, print, '  ').join('\n')}\n}`;
}

export function arrayType(schema: ArraySchema, print: PrintSchema): string {
  return `${grouped(print(schema.items))}[]`;
}
