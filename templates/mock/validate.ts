/**
 * A compact JSON Schema 2020-12 validator for the subset our IR produces (type, enum, const,
 * properties, required, additionalProperties, items, min/max*, pattern, format, allOf, anyOf,
 * oneOf + OpenAPI discriminator, not, $ref into `$defs`, readOnly/writeOnly).
 *
 * Why not Ajv: the generated package has no runtime dependencies, and the same validator must
 * serve a route table built at run time from any spec (`--spec FILE`) as well as one serialised
 * at generation time. Schemas are compiled once into closures; every issue names the JSON
 * pointer of the failing value (a missing property is reported at the property's own pointer).
 * Deliberate leniency: a value matching several `oneOf` variants is accepted (overlapping
 * variants are common in vendor specs and a mock must not reject valid requests).
 */
import type { JsonSchema, JsonValue } from './types.js';
import { appendPointer, isJsonObject, pointerTokens } from './pointer.js';

export interface SchemaIssue {
  /** JSON pointer of the failing value inside the validated document. */
  pointer: string;
  message: string;
  /** The schema keyword that failed (`type`, `required`, `enum`, ...). */
  keyword: string;
}

export interface ValidateOptions {
  /** `request`: readOnly properties are not required; `response`: writeOnly ones are not. */
  direction?: 'request' | 'response';
  /** True for multipart bodies: binary schemas then require a file part. */
  files?: boolean;
}

export type ValidateFn = (value: unknown, options?: ValidateOptions) => SchemaIssue[];

/** An uploaded file part of a multipart body. */
export class MockFile {
  readonly filename: string | undefined;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  constructor(filename: string | undefined, contentType: string, bytes: Uint8Array) {
    this.filename = filename;
    this.contentType = contentType;
    this.bytes = bytes;
  }
}

export interface SchemaCompiler {
  compile(schema: JsonSchema): ValidateFn;
  /** Follows `$ref`s (only `#/$defs/Name`) to the schema they name. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}

interface Context {
  issues: SchemaIssue[];
  direction: 'request' | 'response';
  files: boolean;
}

type Check = (value: unknown, pointer: string, ctx: Context) => void;
/** readOnly / writeOnly property names known from sibling `allOf` parts. */
interface Inherited {
  readOnly: Set<string>;
  writeOnly: Set<string>;
}
type SchemaObject = { [key: string]: JsonValue };

const isUri = (s: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s);

const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) => {
    const m =
      /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
    return (
      !!m &&
      validDate(m[1]!, m[2]!, m[3]!) &&
      Number(m[4]) < 24 &&
      Number(m[5]) < 60 &&
      Number(m[6]) < 61
    );
  },
  date: (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return !!m && validDate(m[1]!, m[2]!, m[3]!);
  },
  time: (s) => /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/.test(s),
  email: (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  uri: isUri,
  url: isUri,
  uuid: (s) =>
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
  ipv4: (s) =>
    /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s),
  byte: (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
};

const NUMBER_FORMATS: Record<string, (n: number) => boolean> = {
  int32: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647,
  int64: (n) => Number.isInteger(n),
};

function validDate(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return (
    keys.length === Object.keys(bo).length && keys.every((k) => k in bo && jsonEqual(ao[k], bo[k]))
  );
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof MockFile) return 'file';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function show(value: JsonValue): string {
  return JSON.stringify(value);
}

/** Counts code points like JSON Schema does (not UTF-16 units). */
function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function isBinarySchema(schema: SchemaObject): boolean {
  const types =
    schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const stringy = types.length === 0 || types.includes('string');
  return stringy && (schema.format === 'binary' || typeof schema.contentMediaType === 'string');
}

export function createSchemaCompiler(defs: Record<string, JsonSchema>): SchemaCompiler {
  const compiledDefs = new Map<string, Check>();

  function refName(ref: string): string | undefined {
    const m = /^#\/\$defs\/(.+)$/.exec(ref);
    return m ? pointerTokens(`/${m[1]!}`)[0] : undefined;
  }

  function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
    let current = schema;
    for (
      let i = 0;
      i < 32 && current && typeof current === 'object' && typeof current.$ref === 'string';
      i++
    ) {
      const name = refName(current.$ref);
      current = name === undefined ? undefined : defs[name];
    }
    return current;
  }

  function refCheck(ref: string): Check {
    const name = refName(ref);
    if (name === undefined || !(name in defs)) return () => undefined; // dangling refs were reported by the loader
    let check = compiledDefs.get(name);
    if (!check) {
      // Lazy so recursive schemas compile.
      let target: Check | undefined;
      check = (v, p, c) => (target ??= compileNode(defs[name]!))(v, p, c);
      compiledDefs.set(name, check);
    }
    return check;
  }

  function flag(schema: JsonSchema | undefined, key: 'readOnly' | 'writeOnly'): boolean {
    if (!schema || typeof schema !== 'object') return false;
    if (schema[key] === true) return true;
    const target = resolve(schema);
    return !!target && typeof target === 'object' && target[key] === true;
  }

  function compileNode(schema: JsonSchema, inherited?: Inherited): Check {
    if (schema === true) return () => undefined;
    if (schema === false)
      return (_v, p, c) =>
        void c.issues.push({ pointer: p, message: 'is not allowed', keyword: 'false' });
    const s = schema;
    const checks: Check[] = [];
    if (typeof s.$ref === 'string') checks.push(refCheck(s.$ref));

    const types =
      s.type === undefined ? undefined : ((Array.isArray(s.type) ? s.type : [s.type]) as string[]);
    const binary = isBinarySchema(s);
    const typed = compileTyped(s, types, inherited);

    const main: Check = (value, pointer, ctx) => {
      if (value instanceof MockFile) {
        // Untyped nodes leave it to their applicators (`anyOf: [binary, array of binary]`).
        if (binary) return;
        if (types)
          return void ctx.issues.push({
            pointer,
            message: `must be ${types.join(' or ')}, not a file`,
            keyword: 'type',
          });
      }
      if (binary && ctx.files && typeof value === 'string') {
        ctx.issues.push({
          pointer,
          message: 'must be a file part (with a filename)',
          keyword: 'format',
        });
        return;
      }
      typed(value, pointer, ctx);
    };
    checks.push(main);
    if (checks.length === 1) return main;
    return (v, p, c) => {
      for (const check of checks) check(v, p, c);
    };
  }

  function collectFlags(schema: JsonSchema, into: Inherited, depth: number): void {
    const s = resolve(schema);
    if (!s || typeof s !== 'object' || depth > 8) return;
    for (const [name, prop] of Object.entries(isJsonObject(s.properties) ? s.properties : {})) {
      if (flag(prop as JsonSchema, 'readOnly')) into.readOnly.add(name);
      if (flag(prop as JsonSchema, 'writeOnly')) into.writeOnly.add(name);
    }
    if (Array.isArray(s.allOf))
      for (const part of s.allOf as JsonSchema[]) collectFlags(part, into, depth + 1);
  }

  function compileTyped(
    s: SchemaObject,
    types: string[] | undefined,
    inherited?: Inherited,
  ): Check {
    const checks: Check[] = [];
    if (s.enum !== undefined && Array.isArray(s.enum)) {
      const values = s.enum;
      checks.push((v, p, c) => {
        if (!values.some((e) => jsonEqual(e, v))) {
          c.issues.push({
            pointer: p,
            message: `must be one of: ${values.map(show).join(', ')}`,
            keyword: 'enum',
          });
        }
      });
    }
    if (s.const !== undefined) {
      const expected = s.const;
      checks.push((v, p, c) => {
        if (!jsonEqual(expected, v))
          c.issues.push({ pointer: p, message: `must be ${show(expected)}`, keyword: 'const' });
      });
    }
    addStringChecks(s, checks);
    addNumberChecks(s, checks);
    addObjectChecks(s, checks, inherited);
    addArrayChecks(s, checks);
    addCombinators(s, checks);

    return (value, pointer, ctx) => {
      if (types && !types.some((t) => typeMatches(t, value))) {
        const actual = typeOf(value);
        ctx.issues.push({
          pointer,
          message: `must be ${types.join(' or ')} (got ${actual})`,
          keyword: 'type',
        });
        return;
      }
      for (const check of checks) check(value, pointer, ctx);
    };
  }

  /** `keyword: limit` pairs whose failure reads `must <verb> <limit>[ <unit>]`, checked on values of `type`. */
  function addBounds(
    s: SchemaObject,
    checks: Check[],
    type: 'string' | 'number' | 'object' | 'array',
    measure: (v: never) => number,
    bounds: [keyword: string, fails: (n: number, limit: number) => boolean, text: string][],
  ): void {
    const active = bounds.filter(([keyword]) => typeof s[keyword] === 'number');
    if (active.length === 0) return;
    checks.push((v, p, c) => {
      const kind = typeOf(v);
      if ((kind === 'integer' ? 'number' : kind) !== type) return;
      const n = measure(v as never);
      for (const [keyword, fails, text] of active) {
        const limit = s[keyword] as number;
        if (fails(n, limit))
          c.issues.push({ pointer: p, message: text.replace('#', String(limit)), keyword });
      }
    });
  }

  function addStringChecks(s: SchemaObject, checks: Check[]): void {
    addBounds(s, checks, 'string', length, [
      ['minLength', (n, l) => n < l, 'must NOT have fewer than # characters'],
      ['maxLength', (n, l) => n > l, 'must NOT have more than # characters'],
    ]);
    let pattern: RegExp | undefined;
    if (typeof s.pattern === 'string') {
      try {
        pattern = new RegExp(s.pattern, 'u');
      } catch {
        try {
          pattern = new RegExp(s.pattern);
        } catch {
          pattern = undefined;
        }
      }
    }
    const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
    if (!pattern && !format) return;
    checks.push((v, p, c) => {
      if (typeof v !== 'string') return;
      if (pattern && !pattern.test(v))
        c.issues.push({
          pointer: p,
          message: `must match pattern "${s.pattern as string}"`,
          keyword: 'pattern',
        });
      if (format && !format(v))
        c.issues.push({
          pointer: p,
          message: `must be a valid ${s.format as string}`,
          keyword: 'format',
        });
    });
  }

  function addNumberChecks(s: SchemaObject, checks: Check[]): void {
    addBounds(s, checks, 'number', (v: number) => v, [
      ['minimum', (n, l) => n < l, 'must be >= #'],
      ['maximum', (n, l) => n > l, 'must be <= #'],
      ['exclusiveMinimum', (n, l) => n <= l, 'must be > #'],
      ['exclusiveMaximum', (n, l) => n >= l, 'must be < #'],
      [
        'multipleOf',
        (n, l) => Math.abs(n / l - Math.round(n / l)) > 1e-9,
        'must be a multiple of #',
      ],
    ]);
    const format = typeof s.format === 'string' ? NUMBER_FORMATS[s.format] : undefined;
    if (format)
      checks.push((v, p, c) => {
        if (typeof v === 'number' && !format(v))
          c.issues.push({
            pointer: p,
            message: `must be a valid ${s.format as string}`,
            keyword: 'format',
          });
      });
  }

  function addObjectChecks(s: SchemaObject, checks: Check[], inherited?: Inherited): void {
    addPropertyChecks(s, checks, inherited);
    const defined = (v: Record<string, unknown>): number =>
      Object.keys(v).filter((k) => v[k] !== undefined).length;
    addBounds(s, checks, 'object', defined, [
      ['minProperties', (n, l) => n < l, 'must NOT have fewer than # properties'],
      ['maxProperties', (n, l) => n > l, 'must NOT have more than # properties'],
    ]);
  }

  function addPropertyChecks(s: SchemaObject, checks: Check[], inherited?: Inherited): void {
    const props = (isJsonObject(s.properties) ? s.properties : {}) as Record<string, JsonSchema>;
    const names = Object.keys(props);
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    const additional = s.additionalProperties as JsonSchema | undefined;
    if (names.length === 0 && required.length === 0 && additional === undefined) return;
    const propChecks = new Map(names.map((n) => [n, compileNode(props[n]!)] as const));
    const readOnly = new Set([
      ...names.filter((n) => flag(props[n], 'readOnly')),
      ...(inherited?.readOnly ?? []),
    ]);
    const writeOnly = new Set([
      ...names.filter((n) => flag(props[n], 'writeOnly')),
      ...(inherited?.writeOnly ?? []),
    ]);
    const additionalCheck =
      additional !== undefined && additional !== true ? compileNode(additional) : undefined;

    checks.push((v, p, c) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof MockFile) return;
      const obj = v as Record<string, unknown>;
      for (const name of required) {
        if (obj[name] !== undefined) continue;
        if (c.direction === 'request' && readOnly.has(name)) continue;
        if (c.direction === 'response' && writeOnly.has(name)) continue;
        c.issues.push({
          pointer: appendPointer(p, name),
          message: 'is required',
          keyword: 'required',
        });
      }
      for (const key of Object.keys(obj)) {
        if (obj[key] === undefined) continue;
        const child = appendPointer(p, key);
        const check = propChecks.get(key);
        if (check) check(obj[key], child, c);
        else if (additional === false)
          c.issues.push({
            pointer: child,
            message: 'is not allowed (unknown property)',
            keyword: 'additionalProperties',
          });
        else if (additionalCheck) additionalCheck(obj[key], child, c);
      }
    });
  }

  function addArrayChecks(s: SchemaObject, checks: Check[]): void {
    addBounds(s, checks, 'array', (v: unknown[]) => v.length, [
      ['minItems', (n, l) => n < l, 'must NOT have fewer than # items'],
      ['maxItems', (n, l) => n > l, 'must NOT have more than # items'],
    ]);
    const items = s.items as JsonSchema | undefined;
    const unique = s.uniqueItems === true;
    if (items === undefined && !unique) return;
    const itemCheck = items !== undefined ? compileNode(items) : undefined;
    checks.push((v, p, c) => {
      if (!Array.isArray(v)) return;
      if (unique) {
        for (let i = 1; i < v.length; i++) {
          const j = v.slice(0, i).findIndex((x) => jsonEqual(x, v[i]));
          if (j >= 0) {
            c.issues.push({
              pointer: appendPointer(p, i),
              message: `must be unique (same as item ${j})`,
              keyword: 'uniqueItems',
            });
            break;
          }
        }
      }
      if (itemCheck) v.forEach((item, i) => itemCheck(item, appendPointer(p, i), c));
    });
  }

  function addCombinators(s: SchemaObject, checks: Check[]): void {
    if (Array.isArray(s.allOf)) {
      // A part may require a property another part declares readOnly/writeOnly.
      const flags: Inherited = { readOnly: new Set(), writeOnly: new Set() };
      for (const part of s.allOf as JsonSchema[]) collectFlags(part, flags, 0);
      const parts = (s.allOf as JsonSchema[]).map((part) => compileNode(part, flags));
      checks.push((v, p, c) => parts.forEach((part) => part(v, p, c)));
    }
    for (const mode of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(s[mode])) continue;
      const variants = s[mode] as JsonSchema[];
      const compiled = variants.map((v) => compileNode(v));
      const discriminated = compileDiscriminator(s, variants);
      checks.push((v, p, c) => {
        if (discriminated && discriminated(v, p, c)) return;
        chooseVariant(compiled, variants, v, p, c, mode);
      });
    }
    if (s.not !== undefined) {
      const not = compileNode(s.not as JsonSchema);
      checks.push((v, p, c) => {
        const sub: Context = { ...c, issues: [] };
        not(v, p, sub);
        if (sub.issues.length === 0)
          c.issues.push({
            pointer: p,
            message: 'must NOT be valid against the "not" schema',
            keyword: 'not',
          });
      });
    }
  }

  /** Uses the OpenAPI discriminator when the value names a known variant; returns true when it decided. */
  function compileDiscriminator(
    s: SchemaObject,
    variants: JsonSchema[],
  ): ((v: unknown, p: string, c: Context) => boolean) | undefined {
    const d = s.discriminator;
    if (!isJsonObject(d) || typeof d.propertyName !== 'string') return undefined;
    const property = d.propertyName;
    const mapping = new Map<string, Check>();
    for (const [value, ref] of Object.entries(isJsonObject(d.mapping) ? d.mapping : {}))
      if (typeof ref === 'string') mapping.set(value, refCheck(ref));
    // Implicit mapping (no explicit one): a variant `$ref` answers to its component name.
    for (const variant of mapping.size === 0 ? variants : []) {
      if (variant && typeof variant === 'object' && typeof variant.$ref === 'string') {
        const name = refName(variant.$ref);
        if (name !== undefined && !mapping.has(name)) mapping.set(name, refCheck(variant.$ref));
      }
    }
    if (mapping.size === 0) return undefined;
    return (v, p, c) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof MockFile)
        return false;
      const tag = (v as Record<string, unknown>)[property];
      const at = appendPointer(p, property);
      if (tag === undefined) {
        c.issues.push({
          pointer: at,
          message: `is required (discriminator; one of: ${[...mapping.keys()].map((k) => JSON.stringify(k)).join(', ')})`,
          keyword: 'discriminator',
        });
        return true;
      }
      const check = typeof tag === 'string' ? mapping.get(tag) : undefined;
      if (!check) {
        c.issues.push({
          pointer: at,
          message: `must be one of: ${[...mapping.keys()].map((k) => JSON.stringify(k)).join(', ')}`,
          keyword: 'discriminator',
        });
        return true;
      }
      check(v, p, c);
      return true;
    };
  }

  function chooseVariant(
    compiled: Check[],
    variants: JsonSchema[],
    v: unknown,
    p: string,
    c: Context,
    mode: string,
  ): void {
    let best: SchemaIssue[] | undefined;
    let bestDeep = false;
    for (const check of compiled) {
      const sub: Context = { ...c, issues: [] };
      check(v, p, sub);
      if (sub.issues.length === 0) return;
      // A variant whose issues all sit below this value matched its type: its issues explain more.
      const deep = sub.issues.every((i) => i.pointer !== p && i.pointer.startsWith(p));
      if (!best || (deep && !bestDeep) || (deep === bestDeep && sub.issues.length < best.length)) {
        best = sub.issues;
        bestDeep = deep;
      }
    }
    if (best && bestDeep) {
      c.issues.push(...best);
      return;
    }
    const kinds = [...new Set(variants.map(describe))].join(' or ');
    c.issues.push({
      pointer: p,
      message: `must match ${mode === 'oneOf' ? 'exactly one' : 'at least one'} schema in ${mode} (${kinds})`,
      keyword: mode,
    });
  }

  function describe(schema: JsonSchema): string {
    const target = resolve(schema);
    if (!target || typeof target !== 'object') return 'value';
    if (target.const !== undefined) return show(target.const);
    if (target.type !== undefined)
      return Array.isArray(target.type) ? target.type.join('|') : String(target.type);
    if (typeof schema === 'object' && typeof schema.$ref === 'string')
      return refName(schema.$ref) ?? 'value';
    return 'value';
  }

  return {
    resolve,
    compile(schema: JsonSchema): ValidateFn {
      const check = compileNode(schema);
      return (value, options) => {
        const ctx: Context = {
          issues: [],
          direction: options?.direction ?? 'request',
          files: options?.files ?? false,
        };
        check(value, '', ctx);
        return ctx.issues;
      };
    },
  };
}
