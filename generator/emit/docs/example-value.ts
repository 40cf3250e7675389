/**
 * A plausible value for a schema when the spec gives no example: the schema's own example,
 * default, const or first enum member, else a placeholder of the right type. Used by the code
 * samples and by "generated from schema" examples, so both always show something that validates
 * as far as types, required fields and enums go.
 */
import type { Json, SchemaIr } from '../../ir/types.js';
import type { SchemaIndex } from './schema-info.js';

const FORMAT_STRINGS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '12:00:00',
  email: 'user@example.com',
  uri: 'https://example.com/resource',
  url: 'https://example.com/resource',
  uuid: '00000000-0000-4000-8000-000000000000',
  byte: 'aGVsbG8=',
};

export interface ExampleOptions {
  /** Include optional properties too (docs examples); samples keep to required ones. */
  optional?: boolean;
}

export function exampleValue(schema: SchemaIr, index: SchemaIndex, opts: ExampleOptions = {}, depth = 0, seen: string[] = []): Json {
  if (schema.examples.length > 0) return schema.examples[0]!;
  if (schema.default !== undefined) return schema.default;
  if (depth > 6) return null;
  switch (schema.kind) {
    case 'ref': {
      if (seen.includes(schema.name)) return null;
      const target = index.get(schema.name);
      return target ? exampleValue(target.schema, index, opts, depth + 1, [...seen, schema.name]) : null;
    }
    case 'object': {
      const out: Record<string, Json> = {};
      for (const p of schema.properties) {
        if (!p.required && !opts.optional) continue;
        if (p.schema.readOnly) continue;
        out[p.name] = exampleValue(p.schema, index, opts, depth + 1, seen);
      }
      return out;
    }
    case 'array': {
      const item = exampleValue(schema.items, index, opts, depth + 1, seen);
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'union': {
      const first = schema.variants[0];
      return first ? exampleValue(first, index, opts, depth + 1, seen) : null;
    }
    case 'intersection': {
      const merged: Record<string, Json> = {};
      for (const part of schema.parts) {
        const value = exampleValue(part, index, opts, depth + 1, seen);
        if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(merged, value);
      }
      return merged;
    }
    case 'any':
      return {};
    case 'never':
    case 'null':
      return null;
    case 'boolean':
      return schema.const ?? schema.enum?.[0] ?? true;
    case 'integer':
    case 'number': {
      if (schema.const !== undefined) return schema.const;
      if (schema.enum?.length) return schema.enum[0]!;
      if (schema.minimum !== undefined) return schema.minimum;
      if (schema.exclusiveMinimum !== undefined) return schema.exclusiveMinimum + 1;
      if (schema.maximum !== undefined && schema.maximum < 1) return schema.maximum;
      return 1;
    }
    case 'string': {
      if (schema.const !== undefined) return schema.const;
      if (schema.enum?.length) return schema.enum[0]!;
      if (schema.format && FORMAT_STRINGS[schema.format]) return FORMAT_STRINGS[schema.format]!;
      const base = 'string';
      if (schema.minLength !== undefined && schema.minLength > base.length) return base.padEnd(schema.minLength, 'x');
      return schema.maxLength !== undefined && schema.maxLength < base.length ? base.slice(0, Math.max(1, schema.maxLength)) : base;
    }
  }
}
