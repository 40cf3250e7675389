/**
 * TypeScript type expressions for the generated client, printed from the IR by the one type
 * printer (`emit/surface/type-printer/print.ts`). A component schema is written `components['schemas'][name]`,
 * which schema.ts maps to the named type, so hovers show `CreateChatCompletionResponse`, not a
 * structure; the indexed form cannot clash with the client's own names (or globals such as `Error`).
 */
import type { ApiIr, ContentIr, ParameterIr, SchemaIr } from '../../ir/types.js';
import { directedTypeName, hiddenIn, type Direction } from '../../ir/directions.js';
import { namedSchemas } from '../../ir/schema-path.js';
import { printType, type TypeRefs } from './type-printer/print.js';
import { quote } from './type-printer/literals.js';

export { propertyKey, quote } from './type-printer/literals.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Property access: `.name` or `['x-name']`; with `optional`, `?.name` or `?.['x-name']`. */
export function access(name: string, optional = false): string {
  const chain = optional ? '?.' : '';
  return IDENT.test(name) ? `${chain || '.'}${name}` : `${chain}[${quote(name)}]`;
}

/**
 * In a `direction`, a component whose shape differs there is written through schema.ts's
 * `requestSchemas` / `responseSchemas` map (its `…Input` / `…Output` type), and an inline object
 * leaves out the properties that do not travel that way (ir/directions.ts).
 */
function componentRefs(ir: ApiIr, direction?: Direction): TypeRefs {
  const byName = namedSchemas(ir);
  const refs: TypeRefs = {
    ref: (name) => {
      const named = byName.get(name);
      const directed = named !== undefined && directedTypeName(named, direction) !== named.typeName;
      return directed
        ? `${direction}Schemas[${quote(name)}]`
        : `components['schemas'][${quote(name)}]`;
    },
    schema: (name) => byName.get(name)?.schema,
  };
  if (direction) refs.omit = (schema) => hiddenIn(schema, direction);
  return refs;
}

/** A schema as a TypeScript type in client files: as it travels in `direction`, when given. */
export function schemaType(ir: ApiIr, schema: SchemaIr, direction?: Direction): string {
  return printType(schema, componentRefs(ir, direction));
}

export function parameterType(ir: ApiIr, param: ParameterIr): string {
  return schemaType(ir, param.schema, 'request');
}

/** A request or response body's type; `unknown` when the media type has no schema. */
export function contentType(ir: ApiIr, content: ContentIr, direction?: Direction): string {
  return content.schema ? schemaType(ir, content.schema, direction) : 'unknown';
}
