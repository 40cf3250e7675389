/**
 * One Ajv (JSON Schema 2020-12) per IR build, with every component schema registered once and a
 * compile cache keyed by the converted schema's text: example choice and example lint share it.
 * The IR has already folded OpenAPI 3.0 (`nullable`, boolean exclusives, `example`) into one model,
 * so one dialect validates both 3.0 and 3.1 documents.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020, addFormats } from '../../util/ajv.js';
import type { Json, NamedSchemaIr, SchemaIr } from '../types.js';
import { componentDefs, toJsonSchema, type JsonSchemaOptions } from '../json-schema.js';

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
  /** Compiled schemas so far (for benchmarks). */
  readonly compiled: number;
}

function firstFailure(errors: ErrorObject[] | null | undefined): ExampleFailure {
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
 * The last validator made, by the text of its components documents: a watch session's next run
 * (or any later build in this process) whose component schemas did not change reuses it, with
 * every schema Ajv compiled for it (compiling is most of the IR's cost on a large spec).
 */
let last: { key: string; validator: ExampleValidator } | undefined;

export function createExampleValidator(schemas: readonly NamedSchemaIr[]): ExampleValidator {
  // One components document per direction, unless no component differs between the two (the
  // common case: then both share one document and every component compiles once).
  const defsFor = (direction: ExampleDirection, id: string) =>
    componentDefs({ schemas: [...schemas] }, { ...OPTIONS, refPrefix: `${id}#/$defs/`, direction });
  const request = defsFor('request', DEFS_ID);
  const response = defsFor('response', DEFS_ID);
  const requestText = JSON.stringify(request);
  const responseText = JSON.stringify(response);
  const key = `${requestText}\u0000${responseText}`;
  if (last?.key === key) return last.validator;
  const validator = compileExampleValidator(
    requestText === responseText ? { shared: request } : { defsFor },
  );
  last = { key, validator };
  return validator;
}

function compileExampleValidator(
  defs: { shared: unknown } | { defsFor: (direction: ExampleDirection, id: string) => unknown },
): ExampleValidator {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateFormats: true,
    logger: false,
    // Compiling is most of the cost (every component once per build): no inlining, no
    // optimisation passes, no message strings (the failure is described from keyword and params).
    inlineRefs: false,
    code: { optimize: false },
    messages: false,
  });
  addFormats(ajv);
  const documentIds: Record<ExampleDirection, string> = {
    request: DEFS_ID,
    response: DEFS_ID,
  };
  if ('shared' in defs) {
    ajv.addSchema({ $id: DEFS_ID, $defs: defs.shared });
  } else {
    for (const direction of ['request', 'response'] as const) {
      const id = (documentIds[direction] = `${DEFS_ID}:${direction}`);
      ajv.addSchema({ $id: id, $defs: defs.defsFor(direction, id) });
    }
  }
  // By converted text (two schemas of one shape share a compile), and by node for repeated checks.
  const cache = new Map<string, ValidateFunction | null>();
  const byNode: Record<ExampleDirection, WeakMap<SchemaIr, ValidateFunction | null>> = {
    request: new WeakMap(),
    response: new WeakMap(),
  };
  const compile = (schema: SchemaIr, direction: ExampleDirection): ValidateFunction | null => {
    const known = byNode[direction].get(schema);
    if (known !== undefined) return known;
    const json = toJsonSchema(schema, {
      ...OPTIONS,
      refPrefix: `${documentIds[direction]}#/$defs/`,
      direction,
    });
    const key = JSON.stringify(json);
    let fn = cache.get(key);
    if (fn === undefined) {
      try {
        // A component is compiled inside the components document, so every schema it refers to is
        // compiled once for the whole build; a root of its own would compile them all again.
        const pointer =
          typeof json === 'object' &&
          Object.keys(json).length === 1 &&
          typeof json.$ref === 'string'
            ? json.$ref
            : undefined;
        fn =
          pointer !== undefined
            ? (ajv.getSchema(pointer) ?? null)
            : ajv.compile(typeof json === 'boolean' ? json : { ...json });
      } catch {
        fn = null; // a schema Ajv cannot compile (an exotic regex): nothing to check against
      }
      cache.set(key, fn);
    }
    byNode[direction].set(schema, fn);
    return fn;
  };
  return {
    check(schema, value, direction) {
      const fn = compile(schema, direction);
      if (!fn) return undefined;
      try {
        if (fn(value)) return undefined;
      } catch (error) {
        // Ajv's code recurses with the data: a deep enough value against a recursive schema overflows.
        if (error instanceof RangeError)
          return { at: '', message: 'is nested too deeply to check' };
        throw error;
      }
      return firstFailure(fn.errors);
    },
    get compiled() {
      return cache.size;
    },
  };
}
