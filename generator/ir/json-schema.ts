/**
 * SchemaIr → JSON Schema 2020-12. Component refs become `$ref: '#/$defs/Name'` (prefix
 * configurable), `nullable` becomes a `null` type / enum member / variant, the discriminator is
 * kept as OpenAPI's `discriminator` keyword with `$ref` mapping targets (drop it for validators
 * that do not know it). Shared by the mock (request validation), docs and tests.
 */
import { setOwn } from '../util/own-property.js';
import { deepFreeze } from './freeze.js';
import type { ApiIr, Json, SchemaIr } from './types.js';

export type JsonSchema = boolean | { [key: string]: Json };

export interface JsonSchemaOptions {
  /** Prefix of component refs (default `#/$defs/`). */
  refPrefix?: string;
  /** title, description, deprecated and `x-*` extensions (default true). */
  docs?: boolean;
  /** `x-*` extensions, when `docs` (default true). */
  extensions?: boolean;
  /** `default` and `examples` (default true). */
  examples?: boolean;
  /** Keep OpenAPI's `discriminator` keyword (default true). */
  discriminator?: boolean;
  /**
   * Each `$ref` variant of a discriminated union also requires the discriminator's values that
   * name it (default false): the tag picks the variant, as OpenAPI says, for validators that do
   * not read `discriminator` (overlapping variants would otherwise fail `oneOf`).
   */
  tagVariants?: boolean;
  /**
   * The direction a value travels. A required readOnly property is never sent in a request and a
   * required writeOnly one never comes back in a response, so each is then not required.
   */
  direction?: 'request' | 'response';
}

function escapeToken(name: string): string {
  // Nearly every name has neither character: one scan instead of two replace passes per ref.
  return /[~/]/.test(name) ? name.replace(/~/g, '~0').replace(/\//g, '~1') : name;
}

function typeWithNull(type: string, nullable: boolean): Json {
  return nullable && type !== 'null' ? [type, 'null'] : type;
}

/** Is a value of this schema sent in that direction (a readOnly one is not sent in a request, a writeOnly one not in a response)? */
export function sentInDirection(
  schema: SchemaIr,
  direction: JsonSchemaOptions['direction'],
): boolean {
  return (
    !(direction === 'request' && schema.readOnly) && !(direction === 'response' && schema.writeOnly)
  );
}

/**
 * Conversions of frozen schemas (a built IR's), by options: the IR's emitters and its examples
 * convert the same component schemas several times, and a watch session's next build keeps the
 * very same (frozen, so unchanged) schema objects (ir/reuse.ts). Results are frozen: shared.
 */
const converted = new WeakMap<SchemaIr, Map<string, JsonSchema>>();

export function toJsonSchema(schema: SchemaIr, options: JsonSchemaOptions = {}): JsonSchema {
  if (!Object.isFrozen(schema)) return convertToJsonSchema(schema, options);
  const key = JSON.stringify([
    options.refPrefix,
    options.docs,
    options.extensions,
    options.examples,
    options.discriminator,
    options.tagVariants,
    options.direction,
  ]);
  let byOptions = converted.get(schema);
  if (!byOptions) converted.set(schema, (byOptions = new Map()));
  let result = byOptions.get(key);
  if (result === undefined)
    byOptions.set(key, (result = deepFreeze(convertToJsonSchema(schema, options))));
  return result;
}

function convertToJsonSchema(schema: SchemaIr, options: JsonSchemaOptions): JsonSchema {
  const refPrefix = options.refPrefix ?? '#/$defs/';
  const docs = options.docs ?? true;
  const examples = options.examples ?? true;
  const discriminator = options.discriminator ?? true;
  const extensions = options.extensions ?? true;
  const { direction } = options;
  const sentIn = (p: SchemaIr): boolean => sentInDirection(p, direction);

  const convert = (s: SchemaIr): { [key: string]: Json } => {
    let out: { [key: string]: Json } = {};
    let nullHandled = false;
    switch (s.kind) {
      case 'ref':
        out.$ref = refPrefix + escapeToken(s.name);
        break;
      case 'object': {
        out.type = typeWithNull('object', s.nullable);
        nullHandled = true;
        if (s.properties.length > 0) {
          // fromEntries defines own keys: a property named `__proto__` stays a property.
          out.properties = Object.fromEntries(s.properties.map((p) => [p.name, convert(p.schema)]));
          const required = s.properties
            .filter((p) => p.required && sentIn(p.schema))
            .map((p) => p.name);
          if (required.length > 0) out.required = required;
        }
        if (typeof s.additionalProperties === 'boolean')
          out.additionalProperties = s.additionalProperties;
        else if (s.additionalProperties !== undefined)
          out.additionalProperties = convert(s.additionalProperties);
        if (s.patternProperties)
          out.patternProperties = Object.fromEntries(
            s.patternProperties.map((p) => [p.pattern, convert(p.schema)]),
          );
        if (s.minProperties !== undefined) out.minProperties = s.minProperties;
        if (s.maxProperties !== undefined) out.maxProperties = s.maxProperties;
        break;
      }
      case 'array':
        out.type = typeWithNull('array', s.nullable);
        nullHandled = true;
        out.items = convert(s.items);
        if (s.minItems !== undefined) out.minItems = s.minItems;
        if (s.maxItems !== undefined) out.maxItems = s.maxItems;
        if (s.uniqueItems) out.uniqueItems = true;
        break;
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean':
      case 'null':
        out.type = typeWithNull(s.kind, s.nullable);
        nullHandled = true;
        if (s.const !== undefined) {
          if (s.nullable) out.enum = [s.const, null];
          else out.const = s.const;
        } else if (s.enum !== undefined && !s.openEnum) {
          out.enum = s.nullable && !s.enum.includes(null) ? [...s.enum, null] : [...s.enum];
        } else if (s.enum !== undefined) {
          // Open: the known values are documented, any other value of the type validates.
          out = { anyOf: [{ type: s.kind, enum: [...s.enum] }, out] };
        }
        if (s.format !== undefined) out.format = s.format;
        if (s.contentMediaType !== undefined) out.contentMediaType = s.contentMediaType;
        // The mock and the docs console read binary strings as the IR does (emit/surface/mock-checks.ts).
        if (s.contentEncoding !== undefined) out.contentEncoding = s.contentEncoding;
        for (const key of [
          'minLength',
          'maxLength',
          'pattern',
          'minimum',
          'maximum',
          'exclusiveMinimum',
          'exclusiveMaximum',
          'multipleOf',
        ] as const) {
          const v = s[key];
          if (v !== undefined) out[key] = v;
        }
        break;
      case 'union': {
        const d = options.tagVariants ? s.discriminator : undefined;
        const variants: Json[] = s.variants.map((v) => {
          const out = convert(v);
          if (!d || v.kind !== 'ref') return out;
          const values = Object.keys(d.mapping).filter((value) => d.mapping[value] === v.name);
          if (values.length === 0) return out;
          const tag: Json = values.length === 1 ? { const: values[0]! } : { enum: values };
          return { ...out, properties: { [d.propertyName]: tag }, required: [d.propertyName] };
        });
        if (s.nullable) variants.push({ type: 'null' });
        nullHandled = true;
        out[s.mode] = variants;
        if (discriminator && s.discriminator) {
          const mapping: { [key: string]: Json } = {};
          for (const [value, name] of Object.entries(s.discriminator.mapping))
            mapping[value] = refPrefix + escapeToken(name);
          out.discriminator = { propertyName: s.discriminator.propertyName, mapping };
        }
        break;
      }
      case 'intersection':
        out.allOf = s.parts.map(convert);
        break;
      case 'any':
        nullHandled = true;
        break;
      case 'never':
        out.not = {};
        nullHandled = true;
        break;
    }
    if (s.nullable && !nullHandled) out = { anyOf: [out, { type: 'null' }] };
    if (s.readOnly) out.readOnly = true;
    if (s.writeOnly) out.writeOnly = true;
    if (docs) {
      if (s.title !== undefined) out.title = s.title;
      if (s.description !== undefined) out.description = s.description;
      if (s.deprecated) out.deprecated = true;
      if (extensions) for (const [k, v] of Object.entries(s.extensions)) out[k] = v;
    }
    if (examples) {
      if (s.default !== undefined) out.default = s.default;
      if (s.examples.length > 0) out.examples = s.examples;
    }
    return out;
  };
  return convert(schema);
}

/** Every component schema as `$defs`, keyed by component name (sorted as in the IR). */
export function componentDefs(
  ir: Pick<ApiIr, 'schemas'>,
  options: JsonSchemaOptions = {},
): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const named of ir.schemas) setOwn(defs, named.name, toJsonSchema(named.schema, options));
  return defs;
}

/** A standalone 2020-12 document holding every component schema under `$defs`. */
export function toJsonSchemaDocument(
  ir: ApiIr,
  options: JsonSchemaOptions = {},
): { [key: string]: Json } {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: componentDefs(ir, { ...options, refPrefix: options.refPrefix ?? '#/$defs/' }) as {
      [key: string]: Json;
    },
  };
}
