/**
 * Does a value validate against a converted schema (json-schema.ts), read directly instead of
 * compiled? Ajv compiles every schema a root reaches before checking one value, which on a large
 * spec costs far more than the check; this walks only the parts the value touches. It answers
 * `VALID` or `INVALID` only where it follows Ajv's own rule exactly (same type tests, the same
 * `data[name] !== undefined` presence test, Ajv's own string length, deep equality and formats),
 * and `UNKNOWN` for anything else; then, and to describe a failure, the caller asks Ajv. An
 * `INVALID` must be as certain as a `VALID`: `oneOf` and `not` turn one into the other.
 */
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import type { Format } from 'ajv';
import type { Json } from '../types.js';
import type { JsonSchema } from '../json-schema.js';

type Equal = (a: unknown, b: unknown) => boolean;
type Length = (text: string) => number;
const equal = ((equalModule as unknown as { default?: Equal }).default ??
  equalModule) as unknown as Equal;
const ucs2length = ((ucs2lengthModule as unknown as { default?: Length }).default ??
  ucs2lengthModule) as unknown as Length;

export const VALID = 1;
export const INVALID = 0;
export const UNKNOWN = -1;
export type Verdict = typeof VALID | typeof INVALID | typeof UNKNOWN;

/** Schema levels followed without a step into the value (a `$ref` loop gives up here); a step into the value starts again at 0. */
const MAX_HOPS = 200;

/**
 * Keywords read per verdict at most: a schema that applies itself over and over to one value
 * (`allOf` of itself) would take forever here; Ajv decides those (it overflows its stack).
 */
const MAX_STEPS = 200_000;

/** Thrown (one shared instance, caught in `verdict`) when the budget is spent. */
const OUT_OF_STEPS = { outOfSteps: true };

/** Keywords that never fail a value (annotations; `contentMediaType` is one in 2020-12). */
const ANNOTATIONS = new Set(['readOnly', 'writeOnly', 'contentMediaType', 'title', 'description']);

type SchemaObject = { [key: string]: Json };

export interface QuickChecker {
  verdict(schema: JsonSchema, value: Json): Verdict;
}

/**
 * A checker for schemas whose component refs read `refPrefix` + name (escaped as a JSON pointer
 * token), against `defs`; `formats` is the Ajv instance's format table (what `addFormats` added).
 */
export function quickChecker(
  defs: Record<string, JsonSchema>,
  refPrefix: string,
  formats: Record<string, Format | undefined>,
): QuickChecker {
  let steps = 0;
  const patterns = new Map<string, RegExp | null>();
  const pattern = (source: string): RegExp | null => {
    let re = patterns.get(source);
    if (re === undefined) {
      try {
        re = new RegExp(source, 'u'); // as Ajv makes it (`unicodeRegExp`)
      } catch {
        re = null;
      }
      patterns.set(source, re);
    }
    return re;
  };

  const all = (verdicts: Verdict[]): Verdict =>
    verdicts.includes(INVALID) ? INVALID : verdicts.includes(UNKNOWN) ? UNKNOWN : VALID;

  const check = (schema: Json | undefined, value: unknown, hops: number): Verdict => {
    if (schema === true) return VALID;
    if (schema === false) return INVALID;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return UNKNOWN;
    if (hops > MAX_HOPS) return UNKNOWN;
    const kind = kindOf(value);
    if (kind === undefined) return UNKNOWN;
    let result: Verdict = VALID;
    for (const key of Object.keys(schema)) {
      if (++steps > MAX_STEPS) throw OUT_OF_STEPS;
      const v = keyword(key, schema[key]!, schema, value, kind, hops);
      if (v === INVALID) return INVALID;
      if (v === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };

  const keyword = (
    key: string,
    arg: Json,
    schema: SchemaObject,
    value: unknown,
    kind: Kind,
    hops: number,
  ): Verdict => {
    if (ANNOTATIONS.has(key)) return VALID;
    switch (key) {
      case 'type':
        return typeVerdict(arg, value, kind);
      case '$ref': {
        if (typeof arg !== 'string' || !arg.startsWith(refPrefix)) return UNKNOWN;
        const name = arg.slice(refPrefix.length).replace(/~1/g, '/').replace(/~0/g, '~');
        if (!Object.hasOwn(defs, name)) return UNKNOWN;
        return check(defs[name], value, hops + 1);
      }
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        if (!Array.isArray(arg) || arg.length === 0) return UNKNOWN;
        const verdicts = arg.map((s) => check(s, value, hops + 1));
        if (key === 'allOf') return all(verdicts);
        const valid = verdicts.filter((v) => v === VALID).length;
        const unknown = verdicts.filter((v) => v === UNKNOWN).length;
        if (key === 'anyOf') return valid > 0 ? VALID : unknown > 0 ? UNKNOWN : INVALID;
        if (valid > 1) return INVALID;
        if (unknown > 0) return UNKNOWN;
        return valid === 1 ? VALID : INVALID;
      }
      case 'not': {
        const v = check(arg, value, hops + 1);
        return v === UNKNOWN ? UNKNOWN : v === VALID ? INVALID : VALID;
      }
      case 'enum':
        return Array.isArray(arg) ? (arg.some((e) => equal(value, e)) ? VALID : INVALID) : UNKNOWN;
      case 'const':
        return equal(value, arg) ? VALID : INVALID;
      case 'format':
        return formatVerdict(arg, value, kind);
    }
    // Keywords of one type: Ajv applies them only to values of that type.
    if (kind === 'string') return stringKeyword(key, arg, value as string);
    if (kind === 'number') return numberKeyword(key, arg, value as number);
    if (kind === 'array') return arrayKeyword(key, arg, value as unknown[]);
    if (kind === 'object') return objectKeyword(key, arg, schema, value as SchemaObject);
    return KNOWN_TYPED.has(key) ? VALID : UNKNOWN;
  };

  const formatVerdict = (name: Json, value: unknown, kind: Kind): Verdict => {
    if (typeof name !== 'string') return UNKNOWN;
    const def = formats[name];
    // Unknown formats are ignored (the Ajv here is not strict), as is a format `true`.
    if (def === undefined || def === true) return VALID;
    const object = typeof def === 'object' && !(def instanceof RegExp);
    if (object && def.async) return UNKNOWN;
    const type = object ? (def.type ?? 'string') : 'string';
    if (type !== kind) return VALID;
    const test = object ? def.validate : def;
    try {
      const ok =
        typeof test === 'function'
          ? (test as (data: unknown) => boolean)(value)
          : (test as RegExp).test(value as string);
      return ok ? VALID : INVALID;
    } catch {
      return UNKNOWN;
    }
  };

  const stringKeyword = (key: string, arg: Json, value: string): Verdict => {
    switch (key) {
      case 'minLength':
        return typeof arg === 'number' ? (ucs2length(value) < arg ? INVALID : VALID) : UNKNOWN;
      case 'maxLength':
        return typeof arg === 'number' ? (ucs2length(value) > arg ? INVALID : VALID) : UNKNOWN;
      case 'pattern': {
        const re = typeof arg === 'string' ? pattern(arg) : null;
        return re ? (re.test(value) ? VALID : INVALID) : UNKNOWN;
      }
    }
    return KNOWN_TYPED.has(key) ? VALID : UNKNOWN;
  };

  const arrayKeyword = (key: string, arg: Json, value: unknown[]): Verdict => {
    switch (key) {
      case 'items':
        return all(value.map((item) => check(arg, item, 0)));
      case 'minItems':
        return typeof arg === 'number' ? (value.length < arg ? INVALID : VALID) : UNKNOWN;
      case 'maxItems':
        return typeof arg === 'number' ? (value.length > arg ? INVALID : VALID) : UNKNOWN;
      case 'uniqueItems':
        return arg === true ? uniqueVerdict(value) : arg === false ? VALID : UNKNOWN;
    }
    return KNOWN_TYPED.has(key) ? VALID : UNKNOWN;
  };

  const objectKeyword = (
    key: string,
    arg: Json,
    schema: SchemaObject,
    value: SchemaObject,
  ): Verdict => {
    switch (key) {
      case 'properties': {
        // Ajv leaves a property named `__proto__` out of `properties` (and out of the declared ones).
        if (!isObject(arg) || Object.hasOwn(arg, '__proto__')) return UNKNOWN;
        const verdicts: Verdict[] = [];
        // Ajv's presence test: `data[name] !== undefined` (an inherited member counts).
        for (const name of Object.keys(arg))
          if (value[name] !== undefined) verdicts.push(check(arg[name], value[name], 0));
        return all(verdicts);
      }
      case 'required':
        if (!Array.isArray(arg) || !arg.every((n) => typeof n === 'string')) return UNKNOWN;
        return arg.every((name) => value[name as string] !== undefined) ? VALID : INVALID;
      case 'additionalProperties': {
        const declared = isObject(schema.properties) ? schema.properties : {};
        if (schema.patternProperties !== undefined || Object.hasOwn(declared, '__proto__'))
          return UNKNOWN;
        const verdicts: Verdict[] = [];
        for (const name in value) {
          if (Object.hasOwn(declared, name)) continue;
          verdicts.push(check(arg, value[name], 0));
        }
        return all(verdicts);
      }
      case 'minProperties':
        return typeof arg === 'number'
          ? Object.keys(value).length < arg
            ? INVALID
            : VALID
          : UNKNOWN;
      case 'maxProperties':
        return typeof arg === 'number'
          ? Object.keys(value).length > arg
            ? INVALID
            : VALID
          : UNKNOWN;
    }
    return KNOWN_TYPED.has(key) ? VALID : UNKNOWN;
  };

  return {
    verdict(schema, value) {
      steps = 0;
      try {
        return check(schema, value, 0);
      } catch (error) {
        // Deep enough to overflow the stack, or too long: Ajv says what it makes of it.
        if (error === OUT_OF_STEPS || error instanceof RangeError) return UNKNOWN;
        throw error;
      }
    },
  };
}

type Kind = 'null' | 'boolean' | 'string' | 'number' | 'array' | 'object';

/** Ajv's type groups; undefined for what no JSON value is (a function, a non-finite number). */
function kindOf(value: unknown): Kind | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'number':
      return Number.isFinite(value) ? 'number' : undefined;
    case 'object':
      return Array.isArray(value) ? 'array' : 'object';
    default:
      return undefined;
  }
}

function isObject(value: Json | undefined): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Type-specific keywords this checker knows (ignored for values of another type, as Ajv does). */
const KNOWN_TYPED = new Set([
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
]);

function typeVerdict(arg: Json, value: unknown, kind: Kind): Verdict {
  const types = Array.isArray(arg) ? arg : [arg];
  let known = true;
  for (const t of types) {
    if (t === kind) return VALID;
    if (t === 'integer') {
      if (kind === 'number' && Number.isInteger(value)) return VALID;
    } else if (!['null', 'boolean', 'string', 'number', 'array', 'object'].includes(t as string))
      known = false;
  }
  return known ? INVALID : UNKNOWN;
}

function numberKeyword(key: string, arg: Json, value: number): Verdict {
  if (!KNOWN_TYPED.has(key)) return UNKNOWN;
  const limit = typeof arg === 'number' ? arg : undefined;
  switch (key) {
    case 'minimum':
      return limit === undefined ? UNKNOWN : value < limit ? INVALID : VALID;
    case 'maximum':
      return limit === undefined ? UNKNOWN : value > limit ? INVALID : VALID;
    case 'exclusiveMinimum':
      return limit === undefined ? UNKNOWN : value <= limit ? INVALID : VALID;
    case 'exclusiveMaximum':
      return limit === undefined ? UNKNOWN : value >= limit ? INVALID : VALID;
    case 'multipleOf': {
      if (limit === undefined) return UNKNOWN;
      if (limit === 0) return INVALID;
      // Ajv's test, as it writes it (`res !== parseInt(res)`).
      const res = value / limit;
      return res !== parseInt(res as unknown as string) ? INVALID : VALID;
    }
  }
  return VALID;
}

/**
 * Ajv compares items with its deep equality, or (items of scalar types) through an index keyed by
 * the item, where `__proto__` never counts as seen: that case is left to Ajv.
 */
function uniqueVerdict(items: unknown[]): Verdict {
  if (items.length < 2) return VALID;
  if (items.some((item) => item === '__proto__' || item === '__proto___')) return UNKNOWN;
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (equal(items[i], items[j])) return INVALID;
  return VALID;
}
