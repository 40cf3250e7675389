/**
 * Request and response validation by Ajv (JSON Schema 2020-12; the IR has already turned the
 * OpenAPI 3.0 dialect — `nullable`, `example` — into it). Ajv is an optional peer dependency of
 * the package, loaded by the mock entry only: the client never imports this module.
 *
 * What Ajv does not decide for a mock: each mode (request, response, multipart files) reads some
 * schemas differently, and the generator writes those copies (generator/emit/surface/mock-checks.ts);
 * here each mode's `#/$defs/` refs point into its own copy. `anyOf`/`oneOf` are our keywords: they
 * report the variant that explains a failure best (the OpenAPI discriminator first), and accept a
 * value matching several `oneOf` variants (overlapping variants are common in vendor specs and a
 * mock must not reject valid requests). Validators compile on first use and are cached.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, JsonValue, MockCheckMode, MockRouteTable } from './types.js';
import { appendPointer, childAt, isJsonObject, pointerTokens } from './pointer.js';

/** The CommonJS builds' default export, whichever module system loaded this file. */
const cjsDefault = <M extends { default: unknown }>(m: M): M['default'] =>
  ((m as { default?: unknown }).default ?? m) as M['default'];
const Ajv2020 = cjsDefault(Ajv2020Module);
const addFormats = cjsDefault(addFormatsModule);

export interface SchemaIssue {
  /** JSON pointer of the failing value inside the validated document. */
  pointer: string;
  message: string;
  /** The schema keyword that failed (`type`, `required`, `enum`, ...). */
  keyword: string;
}

/** Validates in a mode (default `request`): see `MockCheckMode`. */
export type ValidateFn = (value: unknown, mode?: MockCheckMode) => SchemaIssue[];

/** An uploaded file part of a multipart body. */
export class MockFile {
  constructor(
    readonly filename: string | undefined,
    readonly contentType: string,
    readonly bytes: Uint8Array,
  ) {}
}

export interface SchemaCompiler {
  compile(schema: JsonSchema): ValidateFn;
  /** Follows `$ref`s (only `#/$defs/Name`) to the schema they name. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}

/** A union as `anyOf`/`oneOf` check it (made on first use). */
interface UnionSpec {
  /** The variants in words, for the message when none is close. */
  kinds: string;
  discriminator?: { property: string; mapping: [string, JsonSchema][] };
}

/** Boolean schemas as objects (one each, so their validators are cached). */
const ANY = {};
const NONE = { not: {} };

const AJV_OPTIONS: Options = {
  strict: false,
  allErrors: true,
  verbose: true,
  validateSchema: false,
  logger: false,
  // A body lacking `constructor` lacks it, whatever Object.prototype holds.
  ownProperties: true,
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

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof MockFile) return 'file';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const show = (value: unknown): string => JSON.stringify(value);

/** Ajv's error as the mock words it, at the pointer of the failing value. */
function toIssue(e: ErrorObject): SchemaIssue {
  const p = e.params as Record<string, unknown>;
  const issue = (message: string, pointer = e.instancePath, keyword = e.keyword): SchemaIssue => ({
    pointer,
    message,
    keyword,
  });
  switch (e.keyword) {
    case 'x-mock-issue':
      return p as unknown as SchemaIssue;
    case 'required':
      return issue('is required', appendPointer(e.instancePath, p.missingProperty as string));
    case 'additionalProperties':
      return issue(
        'is not allowed (unknown property)',
        appendPointer(e.instancePath, p.additionalProperty as string),
      );
    case 'false schema':
      return issue('is not allowed', e.instancePath, 'false');
    case 'type':
      return issue(`must be ${String(p.type).split(',').join(' or ')} (got ${typeOf(e.data)})`);
    case 'enum':
      return issue(`must be one of: ${(p.allowedValues as unknown[]).map(show).join(', ')}`);
    case 'const':
      return issue(`must be ${show(p.allowedValue)}`);
    case 'format':
      return issue(`must be a valid ${String(p.format)}`);
    case 'multipleOf':
      return issue(`must be a multiple of ${String(p.multipleOf)}`);
    case 'uniqueItems': {
      const [first, second] = [p.i as number, p.j as number].sort((x, y) => x - y);
      return issue(
        `must be unique (same as item ${first})`,
        appendPointer(e.instancePath, second!),
      );
    }
    default:
      return issue(e.message ?? `fails ${e.keyword}`);
  }
}

/** Where a pointer sits in `root`, as property/item positions: issues read in document order. */
function positions(root: unknown, pointer: string): number[] {
  let current = root;
  return pointerTokens(pointer).map((token) => {
    const parent = current;
    current = childAt(parent, token);
    if (Array.isArray(parent)) return Number(token);
    // A missing property (-1) comes first.
    return isJsonObject(parent) ? Object.keys(parent).indexOf(token) : -1;
  });
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

/** `defs` are the table's component schemas, `checkSchemas` the ones each mode reads differently. */
export function createSchemaCompiler(
  defs: Record<string, JsonSchema>,
  checkSchemas: MockRouteTable['checkSchemas'] = {},
): SchemaCompiler {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  ajv.addFormat('binary', true);
  const modesAdded = new Set<MockCheckMode>();
  const compiled = new WeakMap<object, ValidateFunction>();
  const unions = new WeakMap<object, UnionSpec>();

  function refName(ref: string): string | undefined {
    const m = /^(?:mock:\w+)?#\/\$defs\/(.+)$/.exec(ref);
    return m ? pointerTokens(`/${m[1]!}`)[0] : undefined;
  }

  function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
    let current = schema;
    for (let i = 0; i < 32 && isJsonObject(current) && typeof current.$ref === 'string'; i++) {
      const name = refName(current.$ref);
      current = name === undefined ? undefined : defs[name];
    }
    return current;
  }

  /** The schema with its `#/$defs/` refs (and discriminator mappings) pointing into the mode's copy. */
  function inMode(schema: JsonSchema, mode: MockCheckMode): JsonSchema {
    if (typeof schema !== 'object') return schema ? ANY : NONE;
    if (!modesAdded.has(mode)) {
      modesAdded.add(mode);
      const own = { ...defs, ...checkSchemas[mode] };
      ajv.addSchema({ $id: `mock:${mode}`, $defs: inMode(own, mode) } as object);
    }
    const text = JSON.stringify(schema).replaceAll('"#/$defs/', `"mock:${mode}#/$defs/`);
    return JSON.parse(text) as JsonSchema;
  }

  function describe(schema: JsonSchema): string {
    const target = resolve(schema);
    if (!target || typeof target !== 'object') return 'value';
    if (target.const !== undefined) return show(target.const);
    if (target.type !== undefined) return [target.type].flat().join('|');
    if (typeof schema === 'object' && typeof schema.$ref === 'string')
      return refName(schema.$ref) ?? 'value';
    return 'value';
  }

  /** The union's words and its OpenAPI discriminator as tag → variant (the IR fills in implicit mappings). */
  function unionOf(variants: JsonSchema[], parent: { [key: string]: JsonValue }): UnionSpec {
    let spec = unions.get(variants);
    if (spec) return spec;
    spec = { kinds: [...new Set(variants.map(describe))].join(' or ') };
    const d = parent.discriminator;
    if (isJsonObject(d) && typeof d.propertyName === 'string') {
      const mapping = new Map<string, JsonSchema>();
      for (const [tag, ref] of Object.entries(isJsonObject(d.mapping) ? d.mapping : {}))
        if (typeof ref === 'string' && refName(ref) !== undefined) mapping.set(tag, { $ref: ref });
      if (mapping.size > 0)
        spec.discriminator = { property: d.propertyName, mapping: [...mapping] };
    }
    unions.set(variants, spec);
    return spec;
  }

  /** Compiles a schema already in its mode; one Ajv cannot compile (a broken spec) accepts everything. */
  function compileSub(schema: JsonSchema): ValidateFunction {
    const key = typeof schema === 'object' ? schema : schema ? ANY : NONE;
    let fn = compiled.get(key);
    if (!fn) {
      try {
        fn = ajv.compile(key);
      } catch {
        fn = ajv.compile(ANY);
      }
      compiled.set(key, fn);
    }
    return fn;
  }

  const check = (fn: ValidateFunction, value: unknown): SchemaIssue[] =>
    fn(value) ? [] : issuesOf(fn.errors ?? [], value);
  const run = (schema: JsonSchema, value: unknown): SchemaIssue[] =>
    check(compileSub(schema), value);

  function checkUnion(
    union: 'anyOf' | 'oneOf',
    variants: JsonSchema[],
    spec: UnionSpec,
    value: unknown,
  ): SchemaIssue[] {
    const d = spec.discriminator;
    if (d && isJsonObject(value)) {
      const tag = value[d.property];
      const variant = d.mapping.find(([t]) => t === tag)?.[1];
      if (variant !== undefined) return run(variant, value);
      const tags = d.mapping.map(([t]) => JSON.stringify(t)).join(', ');
      const message =
        tag === undefined
          ? `is required (discriminator; one of: ${tags})`
          : `must be one of: ${tags}`;
      return [{ pointer: appendPointer('', d.property), message, keyword: 'discriminator' }];
    }
    let best: SchemaIssue[] | undefined;
    let bestDeep = false;
    for (const variant of variants) {
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
    check: (spec: unknown, value: unknown, parent: { [key: string]: JsonValue }) => SchemaIssue[],
  ): void {
    const validate = (
      spec: unknown,
      value: unknown,
      parent?: unknown,
      where?: { instancePath: string },
    ): boolean => {
      const issues = check(spec, value, parent as { [key: string]: JsonValue });
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
  for (const union of ['anyOf', 'oneOf'] as const) {
    ajv.removeKeyword(union);
    addIssueKeyword(union, (variants, value, parent) =>
      checkUnion(union, variants as JsonSchema[], unionOf(variants as JsonSchema[], parent), value),
    );
  }
  addIssueKeyword('x-mock-file', (_spec, value) =>
    value instanceof MockFile
      ? []
      : [{ pointer: '', message: 'must be a file part (with a filename)', keyword: 'format' }],
  );

  return {
    resolve,
    compile(schema: JsonSchema): ValidateFn {
      const byMode = new Map<MockCheckMode, ValidateFunction>();
      return (value, mode = 'request') => {
        let fn = byMode.get(mode);
        if (!fn) byMode.set(mode, (fn = compileSub(inMode(schema, mode))));
        return check(fn, value);
      };
    },
  };
}
