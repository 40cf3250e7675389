/**
 * A fast "this value is valid" answer from an interpreting JSON Schema validator
 * (@cfworker/json-schema): Ajv compiles every schema a root reaches before checking one value,
 * which on a large spec costs far more than the check. The answer is Ajv's own or "ask Ajv": the
 * caller asks Ajv whenever this cannot decide, and Ajv explains every failure. So this decides only
 * where the library reads a value exactly as Ajv does: schemas made only of keywords both read
 * alike (checked once per component), formats tested by Ajv's own functions, and plain JSON values.
 */
import { format, validate, type Schema } from '@cfworker/json-schema';
import type { Format } from 'ajv';
import type { Json } from '../types.js';
import type { JsonSchema } from '../json-schema.js';
import { reachedSchema } from './reached.js';
import { firstErrorOf, type FirstError } from './first-error.js';

export interface FastValidator {
  /**
   * Ajv's answer (valid or not) where the library is certain to give the same one, else undefined
   * (Ajv decides). A trusted schema is read alike both ways: `not` turns either answer into the other.
   */
  decides(schema: JsonSchema, value: Json): boolean | undefined;
  /** A trusted schema cut to what the value reaches (reached.ts), else undefined. */
  reached(schema: JsonSchema, value: Json): JsonSchema | undefined;
  /**
   * Ajv's first error on a trusted schema, found without Ajv (first-error.ts): undefined when the
   * value is valid, null when it cannot be had here.
   */
  firstError(schema: JsonSchema, value: Json): FirstError | undefined | null;
}

/** Keywords the library reads as Ajv does, given the argument checks in `keywordSafe`. */
const SAME = new Set([
  'type',
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'enum',
  'const',
  'format',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'multipleOf',
  // Annotations (never fail a value, in either).
  'title',
  'description',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
  'default',
  'examples',
  '$comment',
]);

const NUMERIC = new Set([
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);

/** Keywords whose argument is a schema, or a list of schemas (the others are not walked). */
const SCHEMA = new Set(['not', 'items', 'additionalProperties']);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);

type SchemaObject = { [key: string]: Json };

/**
 * A validator for schemas whose component refs read `id#/$defs/<name>`, against `defs`;
 * `formats` is the Ajv instance's format table (what `addFormats` added).
 */
export function fastValidator(
  defs: Record<string, JsonSchema>,
  id: string,
  formats: Record<string, Format | undefined>,
): FastValidator {
  useAjvFormats(formats);
  // The library's lookup, by the exact text of a ref (its own `dereference` resolves every ref as a
  // URL and marks every schema, which costs more than all the checks of a build).
  const lookup: Record<string, Schema | boolean> = Object.create(null);
  for (const [name, schema] of Object.entries(defs))
    lookup[`${id}#/$defs/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`] = schema as Schema;
  const strict = trustTable(lookup, formats, false);
  const lax = trustTable(lookup, formats, true);
  const numberTests = numberFormatTests(formats);
  let explain: ReturnType<typeof firstErrorOf> | undefined;

  return {
    decides(schema, value) {
      if (!trusted(schema, value)) return undefined;
      try {
        return validate(value, schema as Schema, '2020-12', lookup, true).valid;
      } catch {
        return undefined; // a pattern the library cannot compile, a stack overflow: Ajv decides
      }
    },
    reached(schema, value) {
      if (!trusted(schema, value)) return undefined;
      return reachedSchema(schema, value, lookup as Record<string, JsonSchema>);
    },
    firstError(schema, value) {
      if (!trusted(schema, value)) return null;
      explain ??= firstErrorOf(lookup as Record<string, JsonSchema>, formats);
      return explain(schema, value);
    },
  };

  /**
   * Is the schema read alike for this value? Ajv tests a number format (int32) on numbers only,
   * and the library never: when every number in the value passes every number format (none fails
   * int32's range), such a format cannot fail anywhere in it.
   */
  function trusted(schema: JsonSchema, value: Json): boolean {
    if (!plainJson(value, 0)) return false;
    return strict.trust(schema) || (lax.trust(schema) && numbersPass(value, numberTests));
  }
}

/**
 * Which schemas (and components, by ref) the library reads as Ajv does. `anyNumberFormat`: count
 * every number format as read alike (only for values whose numbers pass them all).
 */
function trustTable(
  lookup: Record<string, Schema | boolean>,
  formats: Record<string, Format | undefined>,
  anyNumberFormat: boolean,
): { trust(schema: JsonSchema): boolean } {
  /** Does the library read this schema (without following refs) as Ajv does? Refs go to `refs`. */
  const safe = (schema: Json, refs: Set<string>): boolean => {
    if (typeof schema === 'boolean') return true;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return false;
    for (const [key, arg] of Object.entries(schema)) {
      if (!SAME.has(key) || !keywordSafe(key, arg, schema, formats, anyNumberFormat)) return false;
      if (key === '$ref') {
        // Refs outside the components (or spelt otherwise) are left to Ajv.
        if (typeof arg !== 'string' || lookup[arg] === undefined) return false;
        refs.add(arg);
      } else if (key === 'properties') {
        for (const sub of Object.values(arg as SchemaObject)) if (!safe(sub, refs)) return false;
      } else if (SCHEMA_LIST.has(key)) {
        for (const sub of arg as Json[]) if (!safe(sub, refs)) return false;
      } else if (SCHEMA.has(key) && !safe(arg, refs)) return false;
    }
    return true;
  };

  // Components the library reads as Ajv does, with everything they refer to: decided for the
  // components a checked schema reaches (and all they reach), not for the whole document.
  const safeRef = new Map<string, boolean>();
  const refsSafe = (roots: Iterable<string>): boolean => {
    // The undecided components reachable from `roots`: closed under refs, so deciding them as a
    // group (unsafe spreads to every component that refers to an unsafe one) is exact.
    const refsOf = new Map<string, Set<string>>();
    const unsafe = new Set<string>();
    const pending = [...roots].filter((r) => !safeRef.has(r));
    while (pending.length > 0) {
      const ref = pending.pop()!;
      if (refsOf.has(ref) || unsafe.has(ref) || safeRef.has(ref)) continue;
      const refs = new Set<string>();
      if (safe(lookup[ref] as Json, refs)) {
        refsOf.set(ref, refs);
        for (const r of refs) if (!safeRef.has(r)) pending.push(r);
      } else unsafe.add(ref);
    }
    const isUnsafe = (r: string) => unsafe.has(r) || safeRef.get(r) === false;
    for (let changed = true; changed;) {
      changed = false;
      for (const [ref, refs] of refsOf)
        if ([...refs].some(isUnsafe)) {
          unsafe.add(ref);
          refsOf.delete(ref);
          changed = true;
        }
    }
    for (const ref of unsafe) safeRef.set(ref, false);
    for (const ref of refsOf.keys()) safeRef.set(ref, true);
    return [...roots].every((r) => safeRef.get(r) === true);
  };

  const trusted = new WeakMap<object, boolean>();
  return {
    trust(schema) {
      if (typeof schema === 'boolean') return true;
      let known = trusted.get(schema);
      if (known === undefined) {
        const refs = new Set<string>();
        known = safe(schema, refs) && refsSafe(refs);
        trusted.set(schema, known);
      }
      return known;
    },
  };
}

/** Is the argument one the library reads as Ajv does? */
function keywordSafe(
  key: string,
  arg: Json,
  schema: SchemaObject,
  formats: Record<string, Format | undefined>,
  anyNumberFormat: boolean,
): boolean {
  if (NUMERIC.has(key)) return typeof arg === 'number';
  switch (key) {
    case 'format': {
      // The library tests formats on strings only. A number format is safe when Ajv's test of it
      // reads no argument (float, double: any number passes), or, next to `type: 'integer'`, when
      // it passes every integer (int64); else (int32) Ajv decides.
      const def = typeof arg === 'string' ? formats[arg] : undefined;
      if (typeof def !== 'object' || def instanceof RegExp) return true;
      if (def.async) return false;
      if ((def.type ?? 'string') === 'string' || anyNumberFormat) return true;
      if (typeof def.validate !== 'function') return false;
      return (
        def.validate.length === 0 ||
        (schema.type === 'integer' && passesIntegers(def.validate as (value: number) => boolean))
      );
    }
    case 'multipleOf':
      // Ajv divides in floating point, the library in exact decimals: they agree on an integer
      // divisor (and safe-integer values, see `plainJson`).
      return Number.isSafeInteger(arg) && (arg as number) > 0;
    // Names of Object.prototype members are left to Ajv (run with `ownProperties`, as the library
    // reads properties): a presence test that saw inherited members would differ under `not` or
    // `oneOf`.
    case 'properties':
      return (
        typeof arg === 'object' &&
        arg !== null &&
        !Array.isArray(arg) &&
        Object.keys(arg).every((name) => !(name in Object.prototype))
      );
    case 'required':
      return (
        Array.isArray(arg) &&
        arg.every((name) => typeof name === 'string' && !(name in Object.prototype))
      );
    case 'uniqueItems':
      return typeof arg === 'boolean';
    case 'items':
      return typeof arg === 'boolean' || (typeof arg === 'object' && !Array.isArray(arg));
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
    case 'enum':
      return Array.isArray(arg) && arg.length > 0;
  }
  return true;
}

/** Integers at the edges of the safe range and of 32 and 64 bits (see `plainJson`). */
const PROBES = [
  0,
  1,
  -1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
];

/** Does a number format's test pass the integers a JSON value here can hold (ajv-formats' int64)? */
function passesIntegers(test: (value: number) => boolean): boolean {
  try {
    return PROBES.every((n) => test(n));
  } catch {
    return false;
  }
}

/**
 * JSON as Ajv and the library both read it: numbers finite and within the safe integers, nothing
 * undefined, no string `__proto__` (Ajv's `uniqueItems` keeps strings as keys of a plain object,
 * where that one is never found again, so it misses a repeated `__proto__`).
 */
function plainJson(value: unknown, depth: number): boolean {
  if (depth > 1000) return false;
  switch (typeof value) {
    case 'string':
      return value !== '__proto__';
    case 'boolean':
      return true;
    case 'number':
      return Math.abs(value as number) <= Number.MAX_SAFE_INTEGER;
    case 'object':
      if (value === null) return true;
      return (Array.isArray(value) ? value : Object.values(value)).every((v) =>
        plainJson(v, depth + 1),
      );
    default:
      return false;
  }
}

/**
 * Ajv's tests of the number formats in the table; undefined when one is not a plain test (then
 * no number passes them all).
 */
function numberFormatTests(
  formats: Record<string, Format | undefined>,
): Array<(value: number) => boolean> | undefined {
  const tests: Array<(value: number) => boolean> = [];
  for (const def of Object.values(formats)) {
    if (typeof def !== 'object' || def instanceof RegExp || (def.type ?? 'string') === 'string')
      continue;
    if (def.async || typeof def.validate !== 'function') return undefined;
    tests.push(def.validate as (value: number) => boolean);
  }
  return tests;
}

/** Does every number in the value (already checked by `plainJson`) pass every test? */
function numbersPass(value: Json, tests: Array<(value: number) => boolean> | undefined): boolean {
  if (typeof value === 'number') {
    try {
      return tests !== undefined && tests.every((test) => test(value) === true);
    } catch {
      return false;
    }
  }
  if (typeof value !== 'object' || value === null) return true;
  return (Array.isArray(value) ? value : Object.values(value)).every((v) => numbersPass(v, tests));
}

/**
 * The library's format table (one per process) set to Ajv's string formats, so a format passes
 * in it exactly when it passes in Ajv; a format Ajv does not know is ignored by both.
 */
function useAjvFormats(formats: Record<string, Format | undefined>): void {
  const table = format as Record<string, (value: string) => boolean>;
  for (const name of Object.keys(table)) delete table[name];
  for (const [name, def] of Object.entries(formats)) {
    if (def === undefined || def === true) continue;
    const object = typeof def === 'object' && !(def instanceof RegExp);
    if (object && ((def.type ?? 'string') !== 'string' || def.async)) continue;
    const test = object ? def.validate : def;
    table[name] =
      test instanceof RegExp
        ? (value) => test.test(value)
        : typeof test === 'function'
          ? (value) => (test as (data: string) => boolean)(value)
          : () => false;
  }
}
