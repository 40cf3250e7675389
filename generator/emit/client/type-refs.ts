/**
 * TypeScript type expressions for the generated client. Operation types point into the
 * openapi-typescript output (`schema.ts`) through `paths[path][method]`, which exists for every
 * operation (with or without an operationId); inline schemas that schema.ts has no name for
 * (e.g. an inline stream item) are printed from the IR.
 */
import type { ApiIr, OperationIr, ParameterIr, SchemaIr } from '../../ir/types.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A property key as written in a type or object literal. */
export function propertyKey(name: string): string {
  return IDENT.test(name) ? name : quote(name);
}

/** Property access: `.name` or `['x-name']`; with `optional`, `?.name` or `?.['x-name']`. */
export function access(name: string, optional = false): string {
  const chain = optional ? '?.' : '';
  return IDENT.test(name) ? `${chain || '.'}${name}` : `${chain}[${quote(name)}]`;
}

export function operationRef(op: OperationIr): string {
  return `paths[${quote(op.path)}][${quote(op.method)}]`;
}

export function parameterType(op: OperationIr, param: ParameterIr): string {
  const group = `${operationRef(op)}['parameters'][${quote(param.in)}]`;
  return `${param.required ? group : `NonNullable<${group}>`}[${quote(param.name)}]`;
}

export function requestBodyType(op: OperationIr, mediaType: string): string {
  return `NonNullable<${operationRef(op)}['requestBody']>['content'][${quote(mediaType)}]`;
}

export function responseType(op: OperationIr, status: string, mediaType: string): string {
  return `${operationRef(op)}['responses'][${quote(status)}]['content'][${quote(mediaType)}]`;
}

/** Resolves `ref` schemas to the named schema they point at (one level at a time, cycle-safe). */
export function resolveSchema(ir: ApiIr, schema: SchemaIr): SchemaIr {
  let current = schema;
  const seen = new Set<string>();
  while (current.kind === 'ref' && !seen.has(current.name)) {
    seen.add(current.name);
    const named = ir.schemas.find((s) => s.name === (current as { name: string }).name);
    if (!named) break;
    current = named.schema;
  }
  return current;
}

/** An inline schema as a TypeScript type (refs point at `components['schemas'][name]`). */
export function schemaType(ir: ApiIr, schema: SchemaIr, depth = 0): string {
  const nullable = (text: string): string => (schema.nullable && text !== 'unknown' ? `${text} | null` : text);
  if (depth > 12) return 'unknown';
  switch (schema.kind) {
    case 'ref':
      return nullable(`components['schemas'][${quote(schema.name)}]`);
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null': {
      const values = schema.const !== undefined ? [schema.const] : schema.enum;
      if (values && values.length > 0) return nullable(values.map((v) => (typeof v === 'string' ? quote(v) : JSON.stringify(v))).join(' | '));
      const base = schema.kind === 'integer' ? 'number' : schema.kind;
      return nullable(base);
    }
    case 'array':
      return nullable(`(${schemaType(ir, schema.items, depth + 1)})[]`);
    case 'object': {
      const props = schema.properties.map(
        (p) => `${propertyKey(p.name)}${p.required ? '' : '?'}: ${schemaType(ir, p.schema, depth + 1)};`,
      );
      if (schema.additionalProperties !== false) {
        const extra = schema.additionalProperties === true ? 'unknown' : schemaType(ir, schema.additionalProperties, depth + 1);
        props.push(`[key: string]: ${extra === 'unknown' || props.length === 0 ? extra : 'unknown'};`);
      }
      return nullable(`{ ${props.join(' ')} }`);
    }
    case 'union':
      return nullable(schema.variants.map((v) => `(${schemaType(ir, v, depth + 1)})`).join(' | ') || 'unknown');
    case 'intersection':
      return nullable(schema.parts.map((p) => `(${schemaType(ir, p, depth + 1)})`).join(' & ') || 'unknown');
    case 'never':
      return 'never';
    default:
      return 'unknown';
  }
}
