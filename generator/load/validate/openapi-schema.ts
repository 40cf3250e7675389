/**
 * Checks the bundled document against the official OpenAPI 3.0 / 3.1 JSON Schemas (from
 * `@seriousme/openapi-schema-validator`, which keeps them current, through Ajv), so a misspelt `type` or a schema where a string
 * belongs is a located problem before any emitter sees it. For 3.1 every Schema object is checked
 * against the JSON Schema 2020-12 meta-schema.
 *
 * Policy (spec/README.md repeats it): what makes the document meaningless is an error (a wrong JSON
 * type, a value outside a closed set, a missing required field, a field where none may stand);
 * what tools commonly accept is a warning (duplicate entries in a list that should be unique, such
 * as openai.yaml's `required`); formats (`uri`, `email`) are not checked.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ROOT } from '../../config.js';
import { ajv2020, ajvDraft04, type Ajv2020Class, type AjvDraft04Class } from '../../util/ajv.js';
import { getAt, parsePointer, type Tokens } from '../pointer.js';
import type { JsonObject, JsonValue, Severity } from '../types.js';
import type { RuleProblem } from './context.js';
import { schemaErrors, type ValidationReuse } from './schema-check-reuse.js';
import { describeValue } from './walk.js';

const require = createRequire(import.meta.url);
const SCHEMAS = '@seriousme/openapi-schema-validator/schemas';
export const OPENAPI_VERSIONS = ['3.0', '3.1'] as const;
type Version = (typeof OPENAPI_VERSIONS)[number];
const validators = new Map<Version, ValidateFunction>();

/** The file in `build/` holding a version's validator as standalone code (openapi-schema-standalone.ts). */
export function precompiledValidatorFile(version: Version): string {
  return `openapi-validator-${version}.cjs`;
}

/** Ajv with the official schema compiled; `source` keeps the generated code for a standalone module. */
export function compileValidator(
  version: Version,
  source = false,
): { ajv: InstanceType<Ajv2020Class | AjvDraft04Class>; validate: ValidateFunction } {
  const options = {
    allErrors: true,
    strict: false,
    validateFormats: false,
    ...(source ? { code: { source: true } } : {}),
  } as const;
  if (version === '3.0') {
    const ajv = new (ajvDraft04())(options);
    return { ajv, validate: ajv.compile(require(`${SCHEMAS}/v3.0/schema.json`)) };
  }
  // The official 3.1 schema leaves Schema objects unchecked (`$defs/schema` accepts any object):
  // they are checked against the JSON Schema 2020-12 meta-schema that Ajv ships.
  const official = require(`${SCHEMAS}/v3.1/schema.json`) as { $defs: Record<string, unknown> };
  const schema = {
    ...official,
    $defs: {
      ...official.$defs,
      schema: { $ref: 'https://json-schema.org/draft/2020-12/schema' },
    },
  };
  const ajv = new (ajv2020())(options);
  return { ajv, validate: ajv.compile(schema) };
}

/**
 * One validator per version and process: the one the build made (compiling the official schemas
 * costs about half a second of CPU), else compiled here (unbuilt sources).
 */
function validatorFor(version: Version): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  try {
    validate = require(`${ROOT}build/${precompiledValidatorFile(version)}`) as ValidateFunction;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    validate = compileValidator(version).validate;
  }
  validators.set(version, validate);
  return validate;
}

/** Keywords whose failure tools commonly tolerate. */
const TOLERATED = new Set(['uniqueItems']);
/** Schema keywords in an older JSON Schema draft's form (`exclusiveMinimum: true`): tools read them that way; each with the 2020-12 form to write. */
const OLDER_DRAFT_FORMS = new Map([
  [
    'exclusiveMinimum',
    'Write the bound itself, `exclusiveMinimum: <number>`, in place of `minimum` with `exclusiveMinimum: true`.',
  ],
  [
    'exclusiveMaximum',
    'Write the bound itself, `exclusiveMaximum: <number>`, in place of `maximum` with `exclusiveMaximum: true`.',
  ],
  [
    '$recursiveAnchor',
    'Write `$dynamicAnchor: <name>` (2020-12) in place of `$recursiveAnchor: true`.',
  ],
  ['$recursiveRef', 'Write `$dynamicRef: "#<name>"` (2020-12) in place of `$recursiveRef: "#"`.'],
]);
/** Keywords that only say "a branch above failed": the branch's own errors say why. */
const COMBINATORS = new Set([
  'oneOf',
  'anyOf',
  'allOf',
  'if',
  'then',
  'else',
  'not',
  '$ref',
  '$dynamicRef',
  'false schema',
]);
/** Which error to show when several stand at one place (the most telling first). */
const PRIORITY = [
  // Before `type`: `type: strnig` fails both `enum` (one name) and `type: array` (a list of names).
  'enum',
  'type',
  'const',
  'required',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'pattern',
];

/**
 * Problems at places no other rule reported (`reported` holds their pointers): one problem per
 * place, at the deepest places only (a failure of a `oneOf` deep inside also fails its parents).
 */
export function checkOpenApiSchema(
  document: JsonObject,
  version: Version,
  reported: ReadonlySet<string>,
  reuse?: ValidationReuse,
): RuleProblem[] {
  const validate = validatorFor(version);
  const all = reuse
    ? schemaErrors(validate, document, version, reuse)
    : validate(document)
      ? []
      : (validate.errors ?? []);
  const errors = all.filter((e) => !COMBINATORS.has(e.keyword));
  const byPlace = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const place = placeOf(error);
    const list = byPlace.get(place);
    if (list) list.push(error);
    else byPlace.set(place, [error]);
  }
  const places = [...byPlace.keys()];
  const problems: RuleProblem[] = [];
  for (const place of places) {
    if (places.some((other) => other !== place && other.startsWith(`${place}/`))) continue;
    if (coveredBy(place, reported)) continue;
    const tokens = parsePointer(`#${place}`);
    if (!tokens) continue;
    problems.push(toProblem(pick(byPlace.get(place)!), tokens, getAt(document, tokens)));
  }
  return problems;
}

/** An unknown field is reported at the field itself, every other failure at the value. */
function placeOf(error: ErrorObject): string {
  const property = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
  const name = property.additionalProperty ?? property.unevaluatedProperty;
  return name === undefined
    ? error.instancePath
    : `${error.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Whether one of our rules already spoke at this place, around it (a parent) or inside it (a bad key of a map). */
function coveredBy(place: string, reported: ReadonlySet<string>): boolean {
  for (let at = place; ; at = at.slice(0, at.lastIndexOf('/'))) {
    if (reported.has(at)) return true;
    if (at === '') break;
  }
  for (const pointer of reported) if (pointer.startsWith(`${place}/`)) return true;
  return false;
}

function pick(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject): number => {
    const i = PRIORITY.indexOf(e.keyword);
    return i < 0 ? PRIORITY.length : i;
  };
  return errors.reduce((best, e) => (rank(e) < rank(best) ? e : best));
}

function toProblem(error: ErrorObject, at: Tokens, value: JsonValue | undefined): RuleProblem {
  const name = at[at.length - 1];
  const olderDraft =
    error.keyword === 'type' && name !== undefined ? OLDER_DRAFT_FORMS.get(name) : undefined;
  const severity: Severity =
    TOLERATED.has(error.keyword) || olderDraft !== undefined ? 'warning' : 'error';
  const field = name === undefined ? 'The document' : `"${name}"`;
  if (olderDraft !== undefined) {
    return {
      code: 'openapi-schema',
      severity,
      at,
      message: `${field} ${error.message} in JSON Schema 2020-12; this is an older draft's form, read that way.`,
      hint: olderDraft,
    };
  }
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return {
        code: 'openapi-schema',
        severity,
        at,
        message: `${field} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}.`,
      };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return {
        code: 'openapi-schema',
        severity,
        at,
        atKey: true,
        message: `${field} is not a field of this OpenAPI object.`,
        hint: 'Check the spelling, or prefix an extension with "x-".',
      };
    case 'uniqueItems':
      return {
        code: 'openapi-schema',
        severity,
        at,
        message: `${field} lists the same entry twice (items ${params.j} and ${params.i}).`,
      };
    default:
      return {
        code: 'openapi-schema',
        severity,
        at,
        message: `${field} ${error.message ?? 'is invalid'}.`,
      };
  }
}
