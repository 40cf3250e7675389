/**
 * Finds every example in a bundled OpenAPI 3.1 document (media types, parameters, headers,
 * named examples, schema `example`/`examples`, `x-stream` payloads, callbacks) together with the
 * schema it must satisfy, and validates them with Ajv (JSON Schema 2020-12) against the whole
 * document so `$ref`s resolve.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

import { HTTP_METHODS, childPointer, isObject, resolveLocal, type JsonObject } from './openapi-walk.js';

export interface ExampleCase {
  /** JSON pointer of the example value in the bundled document. */
  pointer: string;
  /** JSON pointer of the schema the value must satisfy. */
  schemaPointer: string;
  value: unknown;
}

export interface ExampleInventory {
  /** Sorted by pointer, each example once (shared components are visited once). */
  cases: ExampleCase[];
  /** Examples not validated (binary bodies, or no schema to check against), sorted. */
  skipped: string[];
}

export interface ExampleFailure {
  pointer: string;
  schemaPointer: string;
  errors: string[];
}

// ajv and ajv-formats are CommonJS; under NodeNext their default import is the module object.
type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const SUBSCHEMA_KEYS = [
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
  'contentSchema',
] as const;
const SUBSCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'] as const;

function isBinarySchema(schema: unknown): boolean {
  return isObject(schema) && schema['format'] === 'binary';
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function collectExampleCases(doc: JsonObject): ExampleInventory {
  const cases = new Map<string, ExampleCase>();
  const skipped = new Set<string>();
  const visited = new Set<string>();

  const addCase = (pointer: string, schemaPointer: string, value: unknown): void => {
    if (!cases.has(pointer)) cases.set(pointer, { pointer, schemaPointer, value });
  };
  /** True the first time a pointer is seen: shared components are walked once. */
  const firstVisit = (pointer: string): boolean => {
    if (visited.has(pointer)) return false;
    visited.add(pointer);
    return true;
  };

  const walkSchema = (schema: unknown, pointer: string): void => {
    if (!isObject(schema) || !firstVisit('schema:' + pointer)) return;
    if ('example' in schema) addCase(childPointer(pointer, 'example'), pointer, schema['example']);
    const examples = schema['examples'];
    if (Array.isArray(examples)) {
      examples.forEach((value, i) => addCase(childPointer(pointer, 'examples', i), pointer, value));
    }
    for (const key of SUBSCHEMA_KEYS) {
      if (key in schema) walkSchema(schema[key], childPointer(pointer, key));
    }
    for (const key of SUBSCHEMA_LIST_KEYS) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((sub, i) => walkSchema(sub, childPointer(pointer, key, i)));
    }
    for (const key of SUBSCHEMA_MAP_KEYS) {
      const map = schema[key];
      if (isObject(map)) for (const [name, sub] of Object.entries(map)) walkSchema(sub, childPointer(pointer, key, name));
    }
  };

  /** `example` and named `examples` (with `value`) of a media type, parameter or header. */
  const forEachExample = (holder: JsonObject, pointer: string, visit: (pointer: string, value: unknown) => void): void => {
    if ('example' in holder) visit(childPointer(pointer, 'example'), holder['example']);
    const named = holder['examples'];
    if (!isObject(named)) return;
    for (const [name, raw] of Object.entries(named)) {
      const example = resolveLocal(doc, raw, childPointer(pointer, 'examples', name));
      // `externalValue` examples live elsewhere: nothing to check here.
      if (isObject(example.node) && 'value' in example.node) visit(childPointer(example.pointer, 'value'), example.node['value']);
    }
  };

  const walkContent = (content: unknown, pointer: string): void => {
    if (!isObject(content)) return;
    for (const [mediaType, raw] of Object.entries(content)) {
      const media = resolveLocal(doc, raw, childPointer(pointer, mediaType));
      if (!isObject(media.node) || !firstVisit('media:' + media.pointer)) continue;
      const schemaPointer = childPointer(media.pointer, 'schema');
      const schema = media.node['schema'];
      walkSchema(schema, schemaPointer);
      const binary = isBinarySchema(resolveLocal(doc, schema, schemaPointer).node);
      forEachExample(media.node, media.pointer, (examplePointer, value) => {
        if (schema === undefined || binary) skipped.add(examplePointer);
        else addCase(examplePointer, schemaPointer, value);
      });
      const encoding = media.node['encoding'];
      if (isObject(encoding)) {
        for (const [part, enc] of Object.entries(encoding)) {
          if (isObject(enc) && isObject(enc['headers'])) {
            walkHeaders(enc['headers'], childPointer(media.pointer, 'encoding', part, 'headers'));
          }
        }
      }
    }
  };

  /** A parameter or header: a schema with examples, or a content map. */
  const walkParameterLike = (raw: unknown, pointer: string): void => {
    const param = resolveLocal(doc, raw, pointer);
    if (!isObject(param.node) || !firstVisit('param:' + param.pointer)) return;
    if ('schema' in param.node) {
      const schemaPointer = childPointer(param.pointer, 'schema');
      walkSchema(param.node['schema'], schemaPointer);
      forEachExample(param.node, param.pointer, (examplePointer, value) => addCase(examplePointer, schemaPointer, value));
    }
    walkContent(param.node['content'], childPointer(param.pointer, 'content'));
  };

  const walkHeaders = (headers: unknown, pointer: string): void => {
    if (!isObject(headers)) return;
    for (const [name, header] of Object.entries(headers)) walkParameterLike(header, childPointer(pointer, name));
  };

  const walkParameters = (parameters: unknown, pointer: string): void => {
    if (Array.isArray(parameters)) parameters.forEach((p, i) => walkParameterLike(p, childPointer(pointer, i)));
  };

  const walkRequestBody = (raw: unknown, pointer: string): void => {
    const body = resolveLocal(doc, raw, pointer);
    if (isObject(body.node)) walkContent(body.node['content'], childPointer(body.pointer, 'content'));
  };

  const walkResponse = (raw: unknown, pointer: string): void => {
    const response = resolveLocal(doc, raw, pointer);
    if (!isObject(response.node) || !firstVisit('response:' + response.pointer)) return;
    walkHeaders(response.node['headers'], childPointer(response.pointer, 'headers'));
    walkContent(response.node['content'], childPointer(response.pointer, 'content'));
  };

  const walkPathItem = (raw: unknown, pointer: string): void => {
    const item = resolveLocal(doc, raw, pointer);
    if (!isObject(item.node) || !firstVisit('pathItem:' + item.pointer)) return;
    walkParameters(item.node['parameters'], childPointer(item.pointer, 'parameters'));
    for (const method of HTTP_METHODS) {
      const operation = item.node[method];
      if (isObject(operation)) walkOperation(operation, childPointer(item.pointer, method));
    }
  };

  const walkOperation = (operation: JsonObject, pointer: string): void => {
    walkParameters(operation['parameters'], childPointer(pointer, 'parameters'));
    if ('requestBody' in operation) walkRequestBody(operation['requestBody'], childPointer(pointer, 'requestBody'));
    const responses = operation['responses'];
    if (isObject(responses)) {
      for (const [status, response] of Object.entries(responses)) walkResponse(response, childPointer(pointer, 'responses', status));
    }
    const callbacks = operation['callbacks'];
    if (isObject(callbacks)) {
      for (const [name, rawCallback] of Object.entries(callbacks)) {
        const callback = resolveLocal(doc, rawCallback, childPointer(pointer, 'callbacks', name));
        if (!isObject(callback.node)) continue;
        for (const [expression, item] of Object.entries(callback.node)) walkPathItem(item, childPointer(callback.pointer, expression));
      }
    }
    const stream = operation['x-stream'];
    if (isObject(stream)) {
      const schemaPointer = childPointer(pointer, 'x-stream', 'itemSchema');
      walkSchema(stream['itemSchema'], schemaPointer);
      const payloads = stream['examples'];
      if (Array.isArray(payloads)) {
        payloads.forEach((value, i) => addCase(childPointer(pointer, 'x-stream', 'examples', i), schemaPointer, value));
      }
    }
  };

  for (const section of ['paths', 'webhooks'] as const) {
    const items = doc[section];
    if (isObject(items)) for (const [key, item] of Object.entries(items)) walkPathItem(item, childPointer('/' + section, key));
  }
  const components = isObject(doc['components']) ? doc['components'] : {};
  const componentMap = (name: string): JsonObject => (isObject(components[name]) ? components[name] : {});
  for (const [name, schema] of Object.entries(componentMap('schemas'))) walkSchema(schema, childPointer('/components/schemas', name));
  for (const [name, p] of Object.entries(componentMap('parameters'))) walkParameterLike(p, childPointer('/components/parameters', name));
  for (const [name, h] of Object.entries(componentMap('headers'))) walkParameterLike(h, childPointer('/components/headers', name));
  for (const [name, b] of Object.entries(componentMap('requestBodies'))) walkRequestBody(b, childPointer('/components/requestBodies', name));
  for (const [name, r] of Object.entries(componentMap('responses'))) walkResponse(r, childPointer('/components/responses', name));
  for (const [name, item] of Object.entries(componentMap('pathItems'))) walkPathItem(item, childPointer('/components/pathItems', name));

  return {
    cases: [...cases.values()].sort((a, b) => byCodePoint(a.pointer, b.pointer)),
    skipped: [...skipped].sort(byCodePoint),
  };
}

const BUNDLE_ID = 'https://spec.invalid/bundle.json';

function fragment(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || '(root)'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

/** Validates each case against its schema; returns the failures (empty when all pass). */
export function validateExampleCases(doc: JsonObject, cases: readonly ExampleCase[]): ExampleFailure[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The whole document is one "schema" so that every `#/components/...` ref resolves; it is
  // not itself a JSON Schema, so skip meta-schema validation for it.
  ajv.addSchema(doc, BUNDLE_ID, undefined, false);
  const validators = new Map<string, ValidateFunction | Error>();
  const failures: ExampleFailure[] = [];
  for (const c of cases) {
    let validate = validators.get(c.schemaPointer);
    if (!validate) {
      try {
        validate = ajv.compile({ $ref: `${BUNDLE_ID}#${fragment(c.schemaPointer)}` });
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      validators.set(c.schemaPointer, validate);
    }
    if (validate instanceof Error) {
      failures.push({ pointer: c.pointer, schemaPointer: c.schemaPointer, errors: [`schema does not compile: ${validate.message}`] });
    } else if (!validate(c.value)) {
      failures.push({ pointer: c.pointer, schemaPointer: c.schemaPointer, errors: (validate.errors ?? []).map(describeError) });
    }
  }
  return failures;
}

export function formatFailure(failure: ExampleFailure): string {
  return `${failure.pointer} (schema ${failure.schemaPointer}):\n  ${failure.errors.join('\n  ')}`;
}
