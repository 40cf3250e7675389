/**
 * SchemaIr → a TypeScript type: the one type printer of the SDK (named types in `schema.ts`, inline
 * stream items and callback payloads in the client). Each kind has its module; this file
 * dispatches and adds `| null`. Component refs are written by the caller's `ref` (the type name
 * inside schema.ts, `components['schemas'][…]` elsewhere). The kinds build a `TypeTree`
 * (tree.ts), written as text by `printType`.
 */
import type { SchemaIr } from '../../../ir/types.js';
import { intersectionType, unionType } from './composition.js';
import { arrayType, objectType } from './object.js';
import { scalarType } from './scalar.js';
import { NULL, typeText, union, UNKNOWN, type TypeTree } from './tree.js';

export interface TypeRefs {
  /** How a reference to the component schema `name` is written. */
  ref(name: string): string;
  /** The component schema `name` (to see whether a union variant already fixes its tag). */
  schema(name: string): SchemaIr | undefined;
  /**
   * Is a property of this schema left out (the readOnly ones of a request shape, the writeOnly
   * ones of a response shape: ir/directions.ts)? None when absent.
   */
  omit?(schema: SchemaIr): boolean;
}

export function printType(schema: SchemaIr, refs: TypeRefs): string {
  return typeText(typeTree(schema, refs));
}

export function typeTree(schema: SchemaIr, refs: TypeRefs): TypeTree {
  const print = (s: SchemaIr): TypeTree => typeTree(s, refs);
  const type = bareType(schema, print, refs);
  // `unknown` and `null` take no `| null`.
  const plain =
    (type.kind === 'name' && type.name === 'unknown') ||
    (type.kind === 'literal' && type.value === null);
  return schema.nullable && !plain ? union([type, NULL]) : type;
}

function bareType(schema: SchemaIr, print: (s: SchemaIr) => TypeTree, refs: TypeRefs): TypeTree {
  switch (schema.kind) {
    case 'ref':
      return { kind: 'name', name: refs.ref(schema.name) };
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return scalarType(schema);
    case 'array':
      return arrayType(schema, print);
    case 'object':
      return objectType(schema, print, refs.omit);
    case 'union':
      return unionType(schema, print, refs.schema);
    case 'intersection':
      return intersectionType(schema, print);
    case 'never':
      return { kind: 'name', name: 'never' };
    case 'any':
      return UNKNOWN;
  }
}
