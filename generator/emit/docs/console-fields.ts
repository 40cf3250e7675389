/**
 * The inputs of a request body's form in the try-it console, decided at generation time: the
 * properties and their order come from the walk the mock's coercion uses (mock-coercion.ts), so
 * the form offers exactly the fields the mock coerces but readOnly ones; the page only draws them.
 */
import type { JsonSchema, JsonValue, MockContent } from '../../../templates/mock/types.js';
import { isJsonObject } from '../../../templates/mock/pointer.js';
import { propertySchemas } from '../surface/mock-coercion.js';
import { isBinarySchema, resolve } from '../surface/mock-checks.js';

type Defs = Record<string, JsonSchema>;

/** Deeper `allOf` chains and nested unions than this are not followed (a schema may be recursive). */
const MAX_DEPTH = 8;

export interface ConsoleField {
  name: string;
  required?: true;
  /** A file input (form and multipart bodies): `many` when the property is an array of files. */
  file?: 'one' | 'many';
  /** A fixed list of values (the property's `enum`): a select. */
  options?: JsonValue[];
}

/** Required property names of an object schema, with those of its `allOf` parts. */
function requiredNames(schema: JsonValue | undefined, defs: Defs, into: Set<string>, depth = 0) {
  const s = resolve(schema, defs);
  if (!isJsonObject(s) || depth > MAX_DEPTH) return;
  if (Array.isArray(s.required))
    for (const name of s.required) if (typeof name === 'string') into.add(name);
  for (const part of Array.isArray(s.allOf) ? s.allOf : [])
    requiredNames(part, defs, into, depth + 1);
}

/** Whether a value of the schema is file contents (or an array of them, or a union with such a variant). */
function takesFiles(schema: JsonValue | undefined, defs: Defs, depth = 0): boolean {
  const s = resolve(schema, defs);
  if (!isJsonObject(s) || depth > MAX_DEPTH) return false;
  if (s.type === 'array') return takesFiles(s.items, defs, depth + 1);
  const variants = [s.anyOf, s.oneOf].flatMap((l) => (Array.isArray(l) ? l : []));
  if (variants.length > 0) return variants.some((v) => takesFiles(v, defs, depth + 1));
  return isBinarySchema(s);
}

/**
 * One input per property of an object body, in the coercion's order; empty when the body is
 * sent whole (bytes, text, or a schema without properties): the console then shows one input.
 */
export function consoleFields(content: MockContent, defs: Defs): ConsoleField[] {
  if (content.kind === 'binary' || content.kind === 'text') return [];
  const props = propertySchemas(content.schema, defs);
  const required = new Set<string>();
  requiredNames(content.schema, defs, required);
  // A readOnly property is never sent (ir/directions.ts): the form leaves it out, as the SDKs do.
  const sent = props.filter(([, schema]) => !(isJsonObject(schema) && schema.readOnly === true));
  return sent.map(([name, schema]) => {
    const field: ConsoleField = { name };
    if (required.has(name)) field.required = true;
    const s = resolve(schema, defs);
    if (content.kind !== 'json' && takesFiles(schema, defs))
      field.file = isJsonObject(s) && s.type === 'array' ? 'many' : 'one';
    else if (isJsonObject(s) && Array.isArray(s.enum)) field.options = s.enum;
    return field;
  });
}
