/**
 * SchemaIr → a TypeScript type expression: the one type printer of the SDK (named types in
 * `schema.ts`, inline stream items and callback payloads in the client). Each kind has its module;
 * this file dispatches and adds `| null`. Component refs are written by the caller's `ref` (the type
 * name inside schema.ts, `components['schemas'][…]` elsewhere).
 */
import type { SchemaIr } from '../../../ir/types.js';
import { intersectionType, unionType } from './composition.js';
import { arrayType, objectType } from './object.js';
import { scalarType } from './scalar.js';

export interface TypeRefs {
  /** How a reference to the component schema `name` is written. */
  ref(name: string): string;
  /** The component schema `name` (to see whether a union variant already fixes its tag). */
  schema(name: string): SchemaIr | undefined;
}

export function printType(schema: SchemaIr, refs: TypeRefs): string {
  const print = (s: SchemaIr): string => printType(s, refs);
  const type = bareType(schema, print, refs);
  return schema.nullable && type !== 'unknown' && type !== 'null' ? `${type} | null` : type;
}

function bareType(schema: SchemaIr, print: (s: SchemaIr) => string, refs: TypeRefs): string {
  switch (schema.kind) {
    case 'ref':
      return refs.ref(schema.name);
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return scalarType(schema);
    case 'array':
      return arrayType(schema, print);
    case 'object':
      return objectType(schema, print);
    case 'union':
      return unionType(schema, print, refs.schema);
    case 'intersection':
      return intersectionType(schema, print);
    case 'never':
      return 'never';
    case 'any':
      return 'unknown';
  }
}
