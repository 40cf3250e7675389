/**
 * One example validator (JSON Schema 2020-12) per IR build, with every component schema converted
 * once per direction and a cache keyed by the converted schema's text: example choice and example
 * lint share it. A value is first checked by an interpreting validator (fast-valid.ts), and where
 * and why it fails is Ajv's first error walked without Ajv (first-error.ts). Ajv, with only the
 * components a schema reaches registered, compiles a schema only when those cannot answer. The IR
 * has already folded OpenAPI 3.0 (`nullable`, boolean exclusives, `example`) into one model, so
 * one dialect validates both 3.0 and 3.1 documents.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { addFormats, ajv2020, ajvFormatTable, type Ajv2020Class } from '../../util/ajv.js';
import type { Json, NamedSchemaIr, SchemaIr } from '../types.js';
import {
  componentDefs,
  sentInDirection,
  toJsonSchema,
  type JsonSchema,
  type JsonSchemaOptions,
} from '../json-schema.js';
import { fastValidator, type FastValidator } from './fast-valid.js';
import { escapeToken } from '../../util/json-pointer.js';
import { setOwn } from '../../util/own-property.js';

/**
 * Which side of the wire a value is for. `request`: the smallest valid body (required properties
 * only, no read-only ones), as a caller would start. `response`: what a server shows, optional
 * properties too at the first two levels. Here (not in generate.ts) so the generator can import the
 * validator without the two importing each other.
 */
export type ExampleDirection = 'request' | 'response';

const DEFS_ID = 'urn:shellapi:components';
const OPTIONS: JsonSchemaOptions = {
  refPrefix: `${DEFS_ID}#/$defs/`,
  docs: false,
  examples: false,
  discriminator: false,
  tagVariants: true,
};

export interface ExampleFailure {
  /** JSON pointer inside the value (`''` = the value itself). */
  at: string;
  message: string;
}

export interface ExampleValidator {
  /**
   * Undefined when the value validates, else the first failure. A request value need not hold a
   * required readOnly property, nor a response value a required writeOnly one.
   */
  check(schema: SchemaIr, value: Json, direction: ExampleDirection): ExampleFailure | undefined;
  /**
   * Every failure of a value `check` found invalid, `first` (its answer) first, one per location:
   * lint reports each bad field of an example, not one per run. Errors inside the alternatives of
   * a `oneOf`/`anyOf` are left out (the alternative's own failure stands for them).
   */
  all(
    schema: SchemaIr,
    value: Json,
    direction: ExampleDirection,
    first: ExampleFailure,
  ): ExampleFailure[];
  /** `check(…) === undefined`, for a caller that needs no explanation (Ajv compiles less often). */
  valid(schema: SchemaIr, value: Json, direction: ExampleDirection): boolean;
  /** Schemas prepared so far (converted; Ajv compiles one only when the fast check cannot decide, or explain, a value). */
  readonly compiled: number;
}

/** Ajv's first error as a failure (first-error.ts gives the same fields). */
function firstFailure(
  errors:
    ReadonlyArray<Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>> | null | undefined,
): ExampleFailure {
  const e = errors?.[0];
  if (!e) return { at: '', message: 'does not validate' };
  const params = e.params as Record<string, unknown>;
  // Missing or extra properties name the property itself in the pointer.
  const extra =
    typeof params.missingProperty === 'string'
      ? params.missingProperty
      : typeof params.additionalProperty === 'string'
        ? params.additionalProperty
        : undefined;
  const at =
    extra !== undefined
      ? `${e.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`
      : e.instancePath;
  const detail = Object.entries(params)
    .filter(([k]) => k !== 'missingProperty' && k !== 'additionalProperty')
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ');
  const what =
    e.keyword === 'required'
      ? 'is required'
      : e.keyword === 'additionalProperties'
        ? 'is not allowed'
        : `fails ${e.keyword}${detail ? ` (${detail})` : ''}`;
  return { at, message: what };
}

/**
 * The last validator made, with its components documents: a watch session's next run (or any
 * later build in this process) whose component schemas convert to the same text reuses it, with
 * every schema Ajv compiled for it (compiling is most of the IR's cost on a large spec). The text
 * (megabytes on a large spec) is written only when a second build asks, never in a one-off run.
 */
let last:
  | {
      documents: Record<ExampleDirection, ComponentsDocument>;
      validator: ExampleValidator;
      key?: string;
    }
  | undefined;

/** The text two builds' documents are compared by. */
function documentsKey(documents: Record<ExampleDirection, ComponentsDocument>): string {
  const { request, response } = documents;
  return request.id === response.id
    ? JSON.stringify(request.defs)
    : `${JSON.stringify(request.defs)}\u0000${JSON.stringify(response.defs)}`;
}

export function createExampleValidator(schemas: readonly NamedSchemaIr[]): ExampleValidator {
  // One components document per direction, unless no component differs between the two (the
  // common case: then both share one document and every component compiles once). Only a
  // required property not sent in one direction makes them differ (see `directionMatters`).
  const defsFor = (direction: ExampleDirection, id: string) =>
    componentDefs({ schemas: [...schemas] }, { ...OPTIONS, refPrefix: `${id}#/$defs/`, direction });
  let documents: Record<ExampleDirection, ComponentsDocument>;
  if (directionMatters(schemas)) {
    const [requestId, responseId] = [`${DEFS_ID}:request`, `${DEFS_ID}:response`];
    documents = {
      request: { id: requestId, defs: defsFor('request', requestId) },
      response: { id: responseId, defs: defsFor('response', responseId) },
    };
  } else {
    const shared = { id: DEFS_ID, defs: defsFor('request', DEFS_ID) };
    documents = { request: shared, response: shared };
  }
  if (last) {
    const key = documentsKey(documents);
    if ((last.key ??= documentsKey(last.documents)) === key) return last.validator;
    last = { documents, validator: compileExampleValidator(documents), key };
  } else last = { documents, validator: compileExampleValidator(documents) };
  return last.validator;
}

/**
 * Does any component convert differently for a request than for a response? Only a required
 * property not sent in one of them does (json-schema.ts drops it from that side's `required`).
 */
function directionMatters(schemas: readonly NamedSchemaIr[]): boolean {
  const seen = new Set<SchemaIr>();
  const oneSided = (s: SchemaIr): boolean =>
    !sentInDirection(s, 'request') || !sentInDirection(s, 'response');
  const matters = (s: SchemaIr): boolean => {
    if (seen.has(s)) return false;
    seen.add(s);
    switch (s.kind) {
      case 'object':
        return (
          s.properties.some((p) => (p.required && oneSided(p.schema)) || matters(p.schema)) ||
          (typeof s.additionalProperties === 'object' && matters(s.additionalProperties))
        );
      case 'array':
        return matters(s.items);
      case 'union':
        return s.variants.some(matters);
      case 'intersection':
        return s.parts.some(matters);
      case 'ref':
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean':
      case 'null':
      case 'any':
      case 'never':
        return false;
      default: {
        // A new kind must say here whether it holds schemas.
        const unhandled: never = s;
        return unhandled;
      }
    }
  };
  return schemas.some((s) => matters(s.schema));
}

/** The component schemas one direction's refs point into. */
interface ComponentsDocument {
  id: string;
  defs: Record<string, JsonSchema>;
}

/** A schema as converted for one direction; Ajv's compile of it is made only once a value fails. */
interface Prepared {
  json: JsonSchema;
  compiled?: ValidateFunction | null;
}

function compileExampleValidator(
  documents: Record<ExampleDirection, ComponentsDocument>,
): ExampleValidator {
  // Ajv only decides and explains what fast-valid.ts and first-error.ts cannot: it is made (and
  // loaded) the first time it must. Both read the format table Ajv gets (ajvFormatTable).
  let ajv: InstanceType<Ajv2020Class> | undefined;
  const base = () => (ajv ??= newAjv());
  const live = liveDocuments(base, documents);
  // Only for values already found invalid (`all`): a second Ajv that does not stop at the first error.
  let ajvAll: InstanceType<Ajv2020Class> | undefined;
  const liveAll = liveDocuments(() => (ajvAll ??= newAjv(true)), documents);
  const formats = ajvFormatTable();
  const request = fastValidator(documents.request.defs, documents.request.id, formats);
  const fast: Record<ExampleDirection, FastValidator> = {
    request,
    response:
      documents.response.id === documents.request.id
        ? request
        : fastValidator(documents.response.defs, documents.response.id, formats),
  };
  // By converted text (two schemas of one shape share a compile), and by node for repeated checks.
  const cache = new Map<string, Prepared>();
  const byNode: Record<ExampleDirection, WeakMap<SchemaIr, Prepared>> = {
    request: new WeakMap(),
    response: new WeakMap(),
  };
  const prepare = (schema: SchemaIr, direction: ExampleDirection): Prepared => {
    let prepared = byNode[direction].get(schema);
    if (prepared) return prepared;
    const json = toJsonSchema(schema, {
      ...OPTIONS,
      refPrefix: `${documents[direction].id}#/$defs/`,
      direction,
    });
    const key = JSON.stringify(json);
    prepared = cache.get(key);
    if (!prepared) cache.set(key, (prepared = { json }));
    byNode[direction].set(schema, prepared);
    return prepared;
  };
  const compile = ({ json }: Prepared, direction: ExampleDirection): ValidateFunction | null => {
    const instance = live[direction](json);
    try {
      // A component is compiled inside the components document, so every schema it refers to is
      // compiled once for the whole build; a root of its own would compile them all again.
      const pointer =
        typeof json === 'object' && Object.keys(json).length === 1 && typeof json.$ref === 'string'
          ? json.$ref
          : undefined;
      return pointer !== undefined
        ? (instance.getSchema(pointer) ?? null)
        : instance.compile(typeof json === 'boolean' ? json : { ...json });
    } catch {
      return null; // a schema Ajv cannot compile (an exotic regex): nothing to check against
    }
  };
  /** Ajv's answer: undefined when the value validates (or Ajv cannot compile the schema). */
  const ajvCheck = (
    prepared: Prepared,
    value: Json,
    direction: ExampleDirection,
  ): ExampleFailure | undefined => {
    const fn =
      prepared.compiled === undefined
        ? (prepared.compiled = compile(prepared, direction))
        : prepared.compiled;
    if (!fn) return undefined;
    try {
      if (fn(value)) return undefined;
    } catch (error) {
      // Ajv's code recurses with the data: a deep enough value against a recursive schema overflows.
      if (error instanceof RangeError) return { at: '', message: 'is nested too deeply to check' };
      throw error;
    }
    return firstFailure(fn.errors);
  };
  /**
   * Ajv's first error for a value the fast check found invalid, from only the part of the schema
   * the value reaches (the same error: see reached.ts); undefined when that cannot be had.
   */
  const explain = (
    prepared: Prepared,
    value: Json,
    direction: ExampleDirection,
  ): ExampleFailure | undefined => {
    let own: JsonSchema | undefined;
    try {
      const part = fast[direction].reached(prepared.json, value);
      if (part === undefined) return undefined;
      own = typeof part === 'boolean' ? part : { ...part };
      const fn = base().compile(own);
      return fn(value) ? undefined : firstFailure(fn.errors);
    } catch {
      return undefined; // too deep, or a schema Ajv cannot compile: the whole schema's answer
    } finally {
      // Made for this one value: Ajv would keep it (by object) for the validator's whole life,
      // which a watch session's later runs share.
      if (typeof own === 'object') base().removeSchema(own);
    }
  };
  /**
   * Ajv's first error for a value the fast check found invalid, walked without Ajv
   * (first-error.ts); undefined when that cannot be had, or when the walk finds none (the two
   * checks disagree: Ajv has the last word).
   */
  const walked = (
    prepared: Prepared,
    value: Json,
    direction: ExampleDirection,
  ): ExampleFailure | undefined => {
    const error = fast[direction].firstError(prepared.json, value);
    return error ? firstFailure([error]) : undefined;
  };
  return {
    check(schema, value, direction) {
      const prepared = prepare(schema, direction);
      const decided = fast[direction].decides(prepared.json, value);
      if (decided === true) return undefined;
      return (
        (decided === false
          ? (walked(prepared, value, direction) ?? explain(prepared, value, direction))
          : undefined) ?? ajvCheck(prepared, value, direction)
      );
    },
    all(schema, value, direction, first) {
      const { json } = prepare(schema, direction);
      let errors: ErrorObject[] = [];
      try {
        const fn = liveAll[direction](json).compile(typeof json === 'boolean' ? json : { ...json });
        if (!fn(value)) errors = fn.errors ?? [];
      } catch {
        return [first]; // too deep, or a schema Ajv cannot compile: the first failure alone
      }
      const out = [first];
      const seen = new Set([first.at]);
      for (const error of errors) {
        if (/\/(?:oneOf|anyOf)\/\d+\//.test(error.schemaPath)) continue;
        const failure = firstFailure([error]);
        if (seen.has(failure.at)) continue;
        seen.add(failure.at);
        out.push(failure);
      }
      return out;
    },
    valid(schema, value, direction) {
      const prepared = prepare(schema, direction);
      return (
        fast[direction].decides(prepared.json, value) ??
        ajvCheck(prepared, value, direction) === undefined
      );
    },
    get compiled() {
      return cache.size;
    },
  };
}

/**
 * Registers each components document with Ajv on first use, with an empty `$defs` that then grows
 * by the components a schema about to compile reaches (Ajv resolves a ref when it compiles it, in
 * the registered object): a run whose failing examples touch a few components neither walks nor
 * compiles the others. Returns, per direction, "make what this schema reaches resolvable".
 */
function liveDocuments(
  base: () => InstanceType<Ajv2020Class>,
  documents: Record<ExampleDirection, ComponentsDocument>,
): Record<ExampleDirection, (json: JsonSchema) => InstanceType<Ajv2020Class>> {
  const byId = new Map<string, (json: JsonSchema) => InstanceType<Ajv2020Class>>();
  for (const { id, defs } of Object.values(documents)) {
    if (byId.has(id)) continue;
    const prefix = `${id}#/$defs/`;
    const shown: Record<string, JsonSchema> = {};
    let added = false;
    let names: Map<string, string> | undefined;
    // Every `$ref` into this document, with the refs of each component it adds in turn.
    const reach = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const item of node) reach(item);
        return;
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) {
          names ??= new Map(Object.keys(defs).map((n) => [prefix + escapeToken(n), n]));
          const name = names.get(value);
          if (name !== undefined && !Object.hasOwn(shown, name)) {
            setOwn(shown, name, defs[name]!);
            reach(defs[name]);
          }
        } else reach(value);
      }
    };
    byId.set(id, (json) => {
      if (!added) {
        added = true;
        base().addSchema({ $id: id, $defs: shown });
      }
      reach(json);
      return base();
    });
  }
  return {
    request: byId.get(documents.request.id)!,
    response: byId.get(documents.response.id)!,
  };
}

/** The options of the example validator's Ajv (tests compare first-error.ts with Ajv under them). */
export const EXAMPLE_AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  validateFormats: true,
  logger: false,
  // A property is present when the value has it as its own: an optional `toString` is not
  // "present" in every object (Ajv's default reads inherited members too).
  ownProperties: true,
  // Compiling is most of the cost (every component once per build): no inlining, no
  // optimisation passes, no message strings (the failure is described from keyword and params),
  // and no meta-schema check of schemas converted from the IR (json-schema.ts writes them).
  inlineRefs: false,
  validateSchema: false,
  code: { optimize: false },
  messages: false,
} as const;

function newAjv(allErrors = false): InstanceType<Ajv2020Class> {
  const ajv = new (ajv2020())({ ...EXAMPLE_AJV_OPTIONS, allErrors });
  addFormats()(ajv);
  return ajv;
}
