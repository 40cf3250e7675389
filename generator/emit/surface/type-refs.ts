/**
 * TypeScript type expressions for the generated client, printed from the IR by the one type
 * printer (`emit/surface/type-printer/print.ts`). A component schema is written `components['schemas'][name]`,
 * which schema.ts maps to the named type, so hovers show `CreateChatCompletionResponse`, not a
 * structure; the indexed form cannot clash with the client's own names (or globals such as `Error`).
 */
import type { ApiIr, ContentIr, ParameterIr, SchemaIr } from '../../ir/types.js';
import { printType, type TypeRefs } from './type-printer/print.js';
import { quote } from './type-printer/literals.js';

export { propertyKey, quote } from './type-printer/literals.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Property access: `.name` or `['x-name']`; with `optional`, `?.name` or `?.['x-name']`. */
export function access(name: string, optional = false): string {
  const chain = optional ? '?.' : '';
  return IDENT.test(name) ? `${chain || '.'}${name}` : `${chain}[${quote(name)}]`;
}

function componentRefs(ir: ApiIr): TypeRefs {
  return {
    ref: (name) => `components['schemas'][${quote(name)}]`,
    schema: (name) => ir.schemas.find((s) => s.name === name)?.schema,
  };
}

/** A schema as a TypeScript type in client files. */
export function schemaType(ir: ApiIr, schema: SchemaIr): string {
  return printType(schema, componentRefs(ir));
}

export function parameterType(ir: ApiIr, param: ParameterIr): string {
  return schemaType(ir, param.schema);
}

/** A request or response body's type; `unknown` when the media type has no schema. */
export function contentType(ir: ApiIr, content: ContentIr): string {
  return content.schema ? schemaType(ir, content.schema) : 'unknown';
}
