/**
 * Request and response validation by Ajv (JSON Schema 2020-12; the IR has already turned the
 * OpenAPI 3.0 dialect — `nullable`, `example` — into it). Ajv is an optional peer dependency of
 * the package, loaded by the mock entry only: the client never imports this module.
 *
 * What Ajv does not decide for a mock is settled by rewriting each schema once per mode before it
 * is compiled (see `prepare`): readOnly properties are not required in requests nor writeOnly ones
 * in responses, binary schemas need a file part in multipart bodies, and unions pick the variant
 * that explains a failure best (the OpenAPI discriminator first). Deliberate leniency: a value
 * matching several `oneOf` variants is accepted (overlapping variants are common in vendor specs
 * and a mock must not reject valid requests). Validators compile on first use and are cached.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, JsonValue } from './types.js';
import { appendPointer, isJsonObject, pointerTokens } from './pointer.js';

// The CommonJS builds' default export, whichever module system loaded this file.
type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ??
  Ajv2020Module) as Ajv2020Class;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

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

type Mode = 'request' | 'response' | 'files';
type SchemaObject = { [key: string]: JsonValue };
/** readOnly / writeOnly property names known from sibling `allOf` parts. */
interface Inherited {
  readOnly: Set<string>;
  writeOnly: Set<string>;
}
/** What the `x-mock-anyOf` / `x-mock-oneOf` keywords carry (built by `prepare`). */
interface UnionSpec {
  variants: JsonSchema[];
  /** The variants in words, for the message when none is close. */
  kinds: string;
  discriminator?: { property: string; mapping: [string, JsonSchema][] };
}

/** Keywords whose value is one subschema, a list of them, or a map of them. */
const ONE = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);

/** Boolean schemas as objects (one each, so their validators are cached). */
const ANY = {};
const NONE = { not: {} };

const AJV_OPTIONS: Options = {
  strict: false,
  allErrors: true,
  verbose: true,
  validateSchema: false,
  logger: false,
  // 0.3 is a multiple of 0.1.
  multipleOfPrecision: 9,
  // A pattern that is not valid with the `u` flag is tried without it; one that is not valid at all is ignored.
  code: { regExp: Object.assign(lenientRegExp, { code: 'new RegExp' }) },
};

function lenientRegExp(pattern: string, flags: string): RegExp {
  for (const f of [flags, flags.replace('u', '')]) {
    try {
      return new RegExp(pattern, f);
    } catch {
      // next
    }
  }
  return /(?:)/;
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

const show = (value: unknown): string => JSON.stringify(value);

function isBinarySchema(schema: SchemaObject): boolean {
  const types =
    schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const stringy = types.length === 0 || types.includes('string');
  return stringy && (schema.format === 'binary' || typeof schema.contentMediaType === 'string');
}

/** Ajv's error as the mock words it, at the pointer of the failing value. */
function toIssue(e: ErrorObject): SchemaIssue {
  const at = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'x-mock-issue':
      return p as unknown as SchemaIssue;
    case 'required':
      return {
        pointer: appendPointer(at, p.missingProperty as string),
        message: 'is required',
        keyword: 'required',
      };
    case 'additionalProperties':
      return {
        pointer: appendPointer(at, p.additionalProperty as string),
        message: 'is not allowed (unknown property)',
        keyword: 'additionalProperties',
      };
    case 'false schema':
      return { pointer: at, message: 'is not allowed', keyword: 'false' };
    case 'type': {
      const types = String(p.type).split(',').join(' or ');
      return { pointer: at, message: `must be ${types} (got ${typeOf(e.data)})`, keyword: 'type' };
    }
    case 'enum': {
      const values = (p.allowedValues as unknown[]).map(show).join(', ');
      return { pointer: at, message: `must be one of: ${values}`, keyword: 'enum' };
    }
    case 'const':
      return { pointer: at, message: `must be ${show(p.allowedValue)}`, keyword: 'const' };
    case 'format':
      return { pointer: at, message: `must be a valid ${String(p.format)}`, keyword: 'format' };
    case 'multipleOf':
      return {
        pointer: at,
        message: `must be a multiple of ${String(p.multipleOf)}`,
        keyword: 'multipleOf',
      };
    case 'uniqueItems': {
      const [first, second] = [p.i as number, p.j as number].sort((x, y) => x - y);
      return {
        pointer: appendPointer(at, second!),
        message: `must be unique (same as item ${first})`,
        keyword: 'uniqueItems',
      };
    }
    default:
      return { pointer: at, message: e.message ?? `fails ${e.keyword}`, keyword: e.keyword };
  }
}

/** Where a pointer sits in `root`, as property/item positions: issues read in document order. */
function positions(root: unknown, pointer: string): number[] {
  const out: number[] = [];
  let current = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) out.push(Number(token));
    else if (current !== null && typeof current === 'object')
      out.push(Object.keys(current).indexOf(token)); // a missing property (-1) comes first
    else out.push(-1);
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string, unknown>)[token]
        : undefined;
  }
  return out;
}

function byPosition(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function issuesOf(errors: ErrorObject[], value: unknown): SchemaIssue[] {
  const issues = errors.map(toIssue);
  if (issues.length < 2) return issues;
  const keyed = issues.map((issue) => ({ issue, at: positions(value, issue.pointer) }));
  return keyed.sort((a, b) => byPosition(a.at, b.at)).map((k) => k.issue);
}

export function createSchemaCompiler(defs: Record<string, JsonSchema>): SchemaCompiler {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  ajv.addFormat('binary', true);
  const modesAdded = new Set<Mode>();
  const compiledSub = new WeakMap<object, ValidateFunction>();

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

  function flag(schema: JsonValue | undefined, key: 'readOnly' | 'writeOnly'): boolean {
    if (!isJsonObject(schema)) return false;
    if (schema[key] === true) return true;
    const target = resolve(schema);
    return !!target && typeof target === 'object' && target[key] === true;
  }

  function collectFlags(schema: JsonSchema, into: Inherited, depth: number): void {
    const s = resolve(schema);
    if (!s || typeof s !== 'object' || depth > 8) return;
    for (const [name, prop] of Object.entries(isJsonObject(s.properties) ? s.properties : {})) {
      if (flag(prop, 'readOnly')) into.readOnly.add(name);
      if (flag(prop, 'writeOnly')) into.writeOnly.add(name);
    }
    if (Array.isArray(s.allOf))
      for (const part of s.allOf as JsonSchema[]) collectFlags(part, into, depth + 1);
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

  /** The OpenAPI discriminator as tag → variant (explicit mapping, else the variants' component names). */
  function discriminatorOf(
    s: SchemaObject,
    variants: JsonSchema[],
    mode: Mode,
  ): UnionSpec['discriminator'] {
    const d = s.discriminator;
    if (!isJsonObject(d) || typeof d.propertyName !== 'string') return undefined;
    const mapping = new Map<string, JsonSchema>();
    for (const [tag, ref] of Object.entries(isJsonObject(d.mapping) ? d.mapping : {}))
      if (typeof ref === 'string' && refName(ref) !== undefined)
        mapping.set(tag, prepare({ $ref: ref }, mode));
    for (const variant of mapping.size === 0 ? variants : []) {
      const name =
        isJsonObject(variant) && typeof variant.$ref === 'string'
          ? refName(variant.$ref)
          : undefined;
      if (name !== undefined && !mapping.has(name)) mapping.set(name, prepare(variant, mode));
    }
    return mapping.size === 0 ? undefined : { property: d.propertyName, mapping: [...mapping] };
  }

  /** The schema as the mode reads it; `$ref`s point into that mode's copy of the `$defs`. */
  function prepare(schema: JsonSchema, mode: Mode, inherited?: Inherited): JsonSchema {
    if (typeof schema !== 'object') return schema;
    if (mode === 'files' && isBinarySchema(schema)) return { 'x-mock-file': true };
    const out: SchemaObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/'))
        out.$ref = `mock:${mode}${value}`;
      else if (ONE.has(key)) out[key] = prepare(value as JsonSchema, mode) as JsonValue;
      else if (LIST.has(key) && Array.isArray(value) && key !== 'allOf')
        out[key] = value.map((v) => prepare(v as JsonSchema, mode) as JsonValue);
      else if (MAP.has(key) && isJsonObject(value))
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, prepare(v as JsonSchema, mode) as JsonValue]),
        );
      else out[key] = value;
    }
    if (Array.isArray(schema.allOf)) {
      // A part may require a property another part declares readOnly/writeOnly.
      const flags: Inherited = { readOnly: new Set(), writeOnly: new Set() };
      for (const part of schema.allOf as JsonSchema[]) collectFlags(part, flags, 0);
      out.allOf = schema.allOf.map((part) => prepare(part as JsonSchema, mode, flags) as JsonValue);
    }
    if (Array.isArray(schema.required)) {
      const hidden = mode === 'response' ? 'writeOnly' : 'readOnly';
      const props = isJsonObject(schema.properties) ? schema.properties : {};
      out.required = (schema.required as string[]).filter(
        (name) => !flag(props[name], hidden) && !inherited?.[hidden].has(name),
      );
    }
    for (const union of ['anyOf', 'oneOf'] as const) {
      const variants = schema[union];
      if (!Array.isArray(variants)) continue;
      const spec: UnionSpec = {
        variants: out[union] as JsonSchema[],
        kinds: [...new Set((variants as JsonSchema[]).map(describe))].join(' or '),
        discriminator: discriminatorOf(schema, variants as JsonSchema[], mode),
      };
      delete out[union];
      out[`x-mock-${union}`] = spec as unknown as JsonValue;
    }
    return out;
  }

  function compileFor(schema: JsonSchema, mode: Mode): ValidateFunction {
    if (!modesAdded.has(mode)) {
      modesAdded.add(mode);
      const prepared = Object.fromEntries(
        Object.entries(defs).map(([name, def]) => [name, prepare(def, mode)]),
      );
      ajv.addSchema({ $id: `mock:${mode}`, $defs: prepared } as object);
    }
    return compileSub(prepare(schema, mode));
  }

  /** Compiles a prepared schema; one Ajv cannot compile (a broken spec) accepts everything. */
  function compileSub(schema: JsonSchema): ValidateFunction {
    const key = typeof schema === 'object' ? schema : schema ? ANY : NONE;
    let fn = compiledSub.get(key);
    if (!fn) {
      try {
        fn = ajv.compile(key);
      } catch {
        fn = ajv.compile(ANY);
      }
      compiledSub.set(key, fn);
    }
    return fn;
  }

  function run(schema: JsonSchema, value: unknown): SchemaIssue[] {
    const fn = compileSub(schema);
    return fn(value) ? [] : issuesOf(fn.errors ?? [], value);
  }

  function checkUnion(union: 'anyOf' | 'oneOf', spec: UnionSpec, value: unknown): SchemaIssue[] {
    const d = spec.discriminator;
    if (d && isJsonObject(value)) {
      const tag = value[d.property];
      const at = appendPointer('', d.property);
      const tags = d.mapping.map(([t]) => JSON.stringify(t)).join(', ');
      if (tag === undefined)
        return [
          {
            pointer: at,
            message: `is required (discriminator; one of: ${tags})`,
            keyword: 'discriminator',
          },
        ];
      const variant = d.mapping.find(([t]) => t === tag)?.[1];
      if (variant === undefined)
        return [{ pointer: at, message: `must be one of: ${tags}`, keyword: 'discriminator' }];
      return run(variant, value);
    }
    let best: SchemaIssue[] | undefined;
    let bestDeep = false;
    for (const variant of spec.variants) {
      const issues = run(variant, value);
      if (issues.length === 0) return [];
      // A variant whose issues all sit below this value matched its type: its issues explain more.
      const deep = issues.every((i) => i.pointer !== '');
      if (!best || (deep && !bestDeep) || (deep === bestDeep && issues.length < best.length)) {
        best = issues;
        bestDeep = deep;
      }
    }
    if (best && bestDeep) return best;
    const which = union === 'oneOf' ? 'exactly one' : 'at least one';
    return [
      {
        pointer: '',
        message: `must match ${which} schema in ${union} (${spec.kinds})`,
        keyword: union,
      },
    ];
  }

  /** A keyword whose failures are `SchemaIssue`s relative to the value it checks. */
  function addIssueKeyword(
    keyword: string,
    check: (spec: unknown, value: unknown) => SchemaIssue[],
  ): void {
    const validate = (
      spec: unknown,
      value: unknown,
      _parent?: unknown,
      where?: { instancePath: string },
    ): boolean => {
      const issues = check(spec, value);
      const base = where?.instancePath ?? '';
      validate.errors = issues.map((issue) => ({
        keyword: 'x-mock-issue',
        instancePath: base + issue.pointer,
        schemaPath: '',
        params: { ...issue, pointer: base + issue.pointer },
      }));
      return issues.length === 0;
    };
    validate.errors = [] as Partial<ErrorObject>[];
    ajv.addKeyword({ keyword, errors: true, validate });
  }
  addIssueKeyword('x-mock-anyOf', (spec, value) => checkUnion('anyOf', spec as UnionSpec, value));
  addIssueKeyword('x-mock-oneOf', (spec, value) => checkUnion('oneOf', spec as UnionSpec, value));
  addIssueKeyword('x-mock-file', (_spec, value) =>
    value instanceof MockFile
      ? []
      : [{ pointer: '', message: 'must be a file part (with a filename)', keyword: 'format' }],
  );

  return {
    resolve,
    compile(schema: JsonSchema): ValidateFn {
      const byMode = new Map<Mode, ValidateFunction>();
      return (value, options) => {
        const mode: Mode = options?.files ? 'files' : (options?.direction ?? 'request');
        let fn = byMode.get(mode);
        if (!fn) byMode.set(mode, (fn = compileFor(schema, mode)));
        return fn(value) ? [] : issuesOf(fn.errors ?? [], value);
      };
    },
  };
}
