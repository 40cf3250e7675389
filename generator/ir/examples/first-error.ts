/**
 * Ajv's first error for a value, found by walking the schema as the code Ajv generates does
 * (Ajv 8, draft 2020-12, the options of validator.ts: `allErrors: false`, `ownProperties`,
 * `strict: false`), without compiling anything: explaining one invalid example through Ajv costs a
 * compile of every component the value reaches (most of the examples' cost on openai.yaml).
 *
 * Only for schemas fast-valid.ts trusts (a known keyword set, component refs by their exact text).
 * Ajv's order, which decides which error comes first:
 * - a `type` naming several types, or one with no keyword of its group in the schema (`integer`,
 *   `boolean`, `null` never have one), is checked first; a single `type` whose group has keywords
 *   in the schema is checked where that group's keywords run;
 * - then the keywords of no type: `$ref`, `const`, `enum`, `not`, `anyOf`, `oneOf`, `allOf`;
 * - then per type (number, string, array, object), when the value is of it, that type's keywords in
 *   Ajv's rule order (e.g. `required` before `additionalProperties` before `properties`);
 * - the first failing keyword ends its schema; `anyOf` and `oneOf` keep the errors of the branches
 *   they tried (so their first error is the first failing branch's) unless they pass.
 * The exact functions Ajv uses are reused (its deep equality, its code-point length, the format
 * table it gets). Anything else (a keyword argument Ajv would refuse to compile, a pattern that is
 * not a `u` regex, a format test that throws, a stack overflow) answers "unknown": Ajv decides.
 */
import type { Format } from 'ajv';
import type { Json } from '../types.js';
import type { JsonSchema } from '../json-schema.js';
import { ajvRuntime } from '../../util/ajv.js';

/** The fields of Ajv's `ErrorObject` an explanation reads. */
export interface FirstError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type SchemaObject = { [key: string]: Json };
type Group = 'number' | 'string' | 'array' | 'object';

/** The keywords Ajv runs for each type, in its rule order (test/ir/first-error.test.ts compares them with Ajv's RULES). */
export const UNTYPED_KEYWORDS = [
  '$ref',
  'const',
  'enum',
  'not',
  'anyOf',
  'oneOf',
  'allOf',
] as const;
export const GROUP_KEYWORDS: Readonly<Record<Group, readonly string[]>> = {
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'items', 'uniqueItems'],
  object: ['maxProperties', 'minProperties', 'required', 'additionalProperties', 'properties'],
};
const GROUPS: readonly Group[] = ['number', 'string', 'array', 'object'];
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

/** Thrown when Ajv's answer cannot be had here. */
const UNKNOWN = Symbol('unknown');

const LIMITS: Record<string, { ok: string; fails: (data: number, limit: number) => boolean }> = {
  maximum: { ok: '<=', fails: (d, l) => d > l || Number.isNaN(d) },
  minimum: { ok: '>=', fails: (d, l) => d < l || Number.isNaN(d) },
  exclusiveMaximum: { ok: '<', fails: (d, l) => d >= l || Number.isNaN(d) },
  exclusiveMinimum: { ok: '>', fails: (d, l) => d <= l || Number.isNaN(d) },
};

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is SchemaObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ajv's `checkDataType` (strictNumbers off). */
function isType(type: string, data: Json): boolean {
  switch (type) {
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return isObject(data);
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    case 'number':
      return typeof data === 'number';
    default:
      return typeof data === type;
  }
}

/** Ajv's `getSchemaTypes` of a trusted schema (no `nullable`). */
function typesOf(schema: SchemaObject | boolean): string[] {
  if (typeof schema === 'boolean') return [];
  const type = schema.type;
  if (schema.nullable !== undefined) throw UNKNOWN;
  const types = Array.isArray(type) ? type : type ? [type] : [];
  if (!types.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) throw UNKNOWN;
  return types as string[];
}

/** Ajv's check that a keyword's argument has the type it compiles (it throws otherwise). */
function argument(key: string, arg: Json): Json {
  let ok: boolean;
  switch (key) {
    case '$ref':
    case 'format':
    case 'pattern':
      ok = typeof arg === 'string';
      break;
    case 'enum':
      ok = Array.isArray(arg) && arg.length > 0;
      break;
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
    case 'required':
      ok = Array.isArray(arg);
      break;
    case 'not':
    case 'items':
    case 'additionalProperties':
      ok = typeof arg === 'boolean' || isObject(arg);
      break;
    case 'properties':
      ok = isObject(arg);
      break;
    case 'uniqueItems':
      ok = typeof arg === 'boolean';
      break;
    case 'const':
      ok = true;
      break;
    default:
      ok = typeof arg === 'number';
  }
  if (!ok) throw UNKNOWN;
  return arg;
}

/** Ajv's `alwaysValidSchema` for a trusted subschema: `true`, or an object with no validating keyword. */
function alwaysValid(schema: Json): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) throw UNKNOWN;
  for (const key of Object.keys(schema)) if (VALIDATING.has(key)) return false;
  return true;
}

const VALIDATING = new Set<string>([
  'type',
  ...UNTYPED_KEYWORDS,
  ...Object.values(GROUP_KEYWORDS).flat(),
  '$comment',
]);

/**
 * Ajv's first error for a value: `undefined` when the value is valid, `null` when Ajv's answer
 * cannot be had here (then Ajv decides), else the error.
 */
export type FirstErrorOf = (schema: JsonSchema, value: Json) => FirstError | undefined | null;

/**
 * `lookup` resolves the trusted schemas' refs (by their exact text), `formats` is the format table
 * Ajv gets. Patterns and what Ajv compiles are remembered from call to call.
 */
export function firstErrorOf(
  lookup: Record<string, JsonSchema | undefined>,
  formats: Readonly<Record<string, Format | undefined>>,
): FirstErrorOf {
  const { equal, ucs2length } = ajvRuntime();
  const patterns = new Map<string, RegExp>();
  const error = (
    instancePath: string,
    keyword: string,
    params: Record<string, unknown> = {},
  ): FirstError => ({ instancePath, keyword, params });

  /** The first error of `data` (at `path`) against `schema`, or undefined when it validates. */
  const first = (schema: Json, data: Json, path: string): FirstError | undefined => {
    if (typeof schema === 'boolean') return schema ? undefined : error(path, 'false schema');
    if (!isObject(schema)) throw UNKNOWN;
    const types = typesOf(schema);
    const grouped = types.length === 1 && (GROUPS as readonly string[]).includes(types[0]!);
    const checkedFirst = types.length > 0 && !(grouped && groupUsed(schema, types[0] as Group));
    if (checkedFirst && !types.some((t) => isType(t, data)))
      return error(path, 'type', { type: schema.type });
    for (const key of UNTYPED_KEYWORDS) {
      if (schema[key] === undefined) continue;
      const failure = untyped(key, argument(key, schema[key]), schema, data, path);
      if (failure) return failure;
    }
    for (const group of GROUPS) {
      if (!groupUsed(schema, group)) continue;
      if (isType(group, data)) {
        for (const key of GROUP_KEYWORDS[group]) {
          if (schema[key] === undefined) continue;
          const failure = typed(group, key, argument(key, schema[key]), schema, data, path);
          if (failure) return failure;
        }
      } else if (!checkedFirst && types[0] === group) {
        return error(path, 'type', { type: schema.type });
      }
    }
    return undefined;
  };

  const untyped = (
    key: (typeof UNTYPED_KEYWORDS)[number],
    arg: Json,
    schema: SchemaObject,
    data: Json,
    path: string,
  ): FirstError | undefined => {
    switch (key) {
      case '$ref': {
        const target = lookup[arg as string];
        if (target === undefined) throw UNKNOWN;
        return first(target as Json, data, path);
      }
      case 'const':
        return (typeof arg === 'object' && arg !== null ? equal(data, arg) : arg === data)
          ? undefined
          : error(path, 'const', { allowedValue: arg });
      case 'enum':
        return (arg as Json[]).some((v) =>
          typeof v === 'object' && v !== null ? equal(data, v) : data === v,
        )
          ? undefined
          : error(path, 'enum', { allowedValues: arg });
      case 'not':
        return first(arg, data, path) === undefined ? error(path, 'not') : undefined;
      case 'anyOf': {
        let earliest: FirstError | undefined;
        for (const branch of arg as Json[]) {
          const failure = first(branch, data, path);
          if (failure === undefined) return undefined;
          earliest ??= failure;
        }
        return earliest ?? error(path, 'anyOf');
      }
      case 'oneOf': {
        let earliest: FirstError | undefined;
        let passing: number | undefined;
        const branches = arg as Json[];
        for (let i = 0; i < branches.length; i++) {
          const failure = first(branches[i]!, data, path);
          if (failure !== undefined) earliest ??= failure;
          else if (passing === undefined) passing = i;
          else return earliest ?? error(path, 'oneOf', { passingSchemas: [passing, i] });
        }
        return passing !== undefined
          ? undefined
          : (earliest ?? error(path, 'oneOf', { passingSchemas: null }));
      }
      case 'allOf':
        for (const part of arg as Json[]) {
          const failure = first(part, data, path);
          if (failure) return failure;
        }
        return undefined;
    }
  };

  const typed = (
    group: Group,
    key: string,
    arg: Json,
    schema: SchemaObject,
    data: Json,
    path: string,
  ): FirstError | undefined => {
    switch (key) {
      case 'maximum':
      case 'minimum':
      case 'exclusiveMaximum':
      case 'exclusiveMinimum': {
        const limit = LIMITS[key]!;
        return limit.fails(data as number, arg as number)
          ? error(path, key, { comparison: limit.ok, limit: arg })
          : undefined;
      }
      case 'multipleOf': {
        const res = (data as number) / (arg as number);
        return arg === 0 || res !== parseInt(res as unknown as string)
          ? error(path, key, { multipleOf: arg })
          : undefined;
      }
      case 'format':
        return format(group, arg as string, data, path);
      case 'maxLength':
        return ucs2length(data as string) > (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'minLength':
        return ucs2length(data as string) < (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'pattern':
        return pattern(arg as string).test(data as string)
          ? undefined
          : error(path, key, { pattern: arg });
      case 'maxItems':
        return (data as Json[]).length > (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'minItems':
        return (data as Json[]).length < (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'items': {
        if (alwaysValid(arg)) return undefined;
        const items = data as Json[];
        for (let i = 0; i < items.length; i++) {
          const failure = first(arg, items[i]!, `${path}/${i}`);
          if (failure) return failure;
        }
        return undefined;
      }
      case 'uniqueItems':
        return arg === true ? unique(schema, data as Json[], path) : undefined;
      case 'maxProperties':
        return Object.keys(data as SchemaObject).length > (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'minProperties':
        return Object.keys(data as SchemaObject).length < (arg as number)
          ? error(path, key, { limit: arg })
          : undefined;
      case 'required':
        for (const name of arg as Json[]) {
          if (typeof name !== 'string') throw UNKNOWN;
          if (!present(data as SchemaObject, name))
            return error(path, key, { missingProperty: name });
        }
        return undefined;
      case 'additionalProperties': {
        if (alwaysValid(arg)) return undefined;
        const declared = isObject(schema.properties)
          ? new Set(Object.keys(schema.properties).filter((p) => p !== '__proto__'))
          : new Set<string>();
        const object = data as SchemaObject;
        for (const name of Object.keys(object)) {
          if (declared.has(name)) continue;
          if (arg === false) return error(path, key, { additionalProperty: name });
          const failure = first(arg, object[name]!, `${path}/${escape(name)}`);
          if (failure) return failure;
        }
        return undefined;
      }
      case 'properties': {
        const object = data as SchemaObject;
        const declared = arg as SchemaObject;
        for (const name of Object.keys(declared)) {
          if (name === '__proto__' || alwaysValid(declared[name]!)) continue;
          if (!present(object, name)) continue;
          const failure = first(declared[name]!, object[name]!, `${path}/${escape(name)}`);
          if (failure) return failure;
        }
        return undefined;
      }
    }
    throw UNKNOWN;
  };

  /** Ajv's `propertyInData` with `ownProperties`. */
  const present = (object: SchemaObject, name: string): boolean =>
    object[name] !== undefined && hasOwn(object, name);

  const pattern = (source: string): RegExp => {
    let re = patterns.get(source);
    if (!re) {
      try {
        re = new RegExp(source, 'u');
      } catch {
        throw UNKNOWN; // Ajv does not compile the schema
      }
      patterns.set(source, re);
    }
    return re;
  };

  const format = (group: Group, name: string, data: Json, path: string): FirstError | undefined => {
    const def = Object.hasOwn(formats, name) ? formats[name] : undefined;
    if (def === undefined || def === true) return undefined; // unknown formats are ignored (strict: false)
    const object = typeof def === 'object' && !(def instanceof RegExp);
    if (object && def.async) throw UNKNOWN;
    const type = object ? (def.type ?? 'string') : 'string';
    if (type !== group) return undefined;
    const test = object ? def.validate : def;
    let ok: unknown;
    if (typeof test === 'function')
      // As Ajv calls it: a method of the format's definition, or the function itself.
      ok = object
        ? (def as { validate: (data: Json) => unknown }).validate(data)
        : (test as (data: Json) => unknown)(data);
    else if (test instanceof RegExp) ok = test.test(data as string);
    else throw UNKNOWN;
    return ok ? undefined : error(path, 'format', { format: name });
  };

  /** Ajv's `uniqueItems`: by a map of scalars when the items' own `type` allows no object, else pairwise. */
  const unique = (schema: SchemaObject, items: Json[], path: string): FirstError | undefined => {
    const itemSchema = schema.items;
    const itemTypes = itemSchema === undefined ? [] : typesOf(itemSchema as SchemaObject | boolean);
    let i = items.length;
    if (i <= 1) return undefined;
    if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
      const indices: Record<string, unknown> = {};
      for (; i--;) {
        let item = items[i] as unknown;
        if (!itemTypes.some((t) => isType(t, item as Json))) continue;
        if (itemTypes.length > 1 && typeof item === 'string') item += '_';
        const seen = indices[item as string];
        if (typeof seen === 'number') return error(path, 'uniqueItems', { i, j: seen });
        indices[item as string] = i;
      }
      return undefined;
    }
    for (; i--;)
      for (let j = i; j--;)
        if (equal(items[i], items[j])) return error(path, 'uniqueItems', { i, j });
    return undefined;
  };

  // Ajv compiles a schema whole, every keyword of every component it reaches, and refuses it for
  // one argument it does not take: such a schema is left to Ajv (which then checks nothing).
  /** Components whose own keywords (not those of the components they refer to) Ajv compiles, with their refs. */
  const components = new Map<string, { ok: boolean; refs: string[] }>();
  const ownKeywordsCompile = (schema: Json, refs: string[]): boolean => {
    if (typeof schema === 'boolean') return true;
    if (!isObject(schema)) return false;
    try {
      for (const key of Object.keys(schema)) {
        if (!VALIDATING.has(key) || key === '$comment') continue;
        const arg = key === 'type' ? (typesOf(schema), undefined) : argument(key, schema[key]!);
        if (key === 'pattern') pattern(arg as string);
        else if (key === '$ref') refs.push(arg as string);
        else if (key === 'properties') {
          for (const sub of Object.values(arg as SchemaObject))
            if (!ownKeywordsCompile(sub, refs)) return false;
        } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
          for (const sub of arg as Json[]) if (!ownKeywordsCompile(sub, refs)) return false;
        } else if (key === 'not' || key === 'items' || key === 'additionalProperties') {
          if (!ownKeywordsCompile(arg!, refs)) return false;
        }
      }
      return true;
    } catch {
      return false;
    }
  };
  const compiles = new WeakMap<object, boolean>();
  const compilable = (schema: JsonSchema): boolean => {
    if (typeof schema === 'boolean') return true;
    let known = compiles.get(schema);
    if (known !== undefined) return known;
    const pending: string[] = [];
    known = ownKeywordsCompile(schema as Json, pending);
    for (const seen = new Set<string>(); known && pending.length > 0;) {
      const ref = pending.pop()!;
      if (seen.has(ref)) continue;
      seen.add(ref);
      let component = components.get(ref);
      if (!component) {
        const refs: string[] = [];
        const target = lookup[ref];
        const ok = target !== undefined && ownKeywordsCompile(target as Json, refs);
        components.set(ref, (component = { ok, refs }));
      }
      known = component.ok;
      pending.push(...component.refs);
    }
    compiles.set(schema, known);
    return known;
  };

  return (schema, value) => {
    if (!compilable(schema)) return null;
    try {
      return first(schema as Json, value, '');
    } catch {
      // UNKNOWN, a stack overflow, or a format test or Ajv's equality throwing on this value: Ajv decides.
      return null;
    }
  };
}

/** Does the schema hold a keyword of this type's group (Ajv's `shouldUseGroup`)? */
function groupUsed(schema: SchemaObject, group: Group): boolean {
  return GROUP_KEYWORDS[group].some((key) => schema[key] !== undefined);
}
