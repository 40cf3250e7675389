/** Our extensions on operations and tags (spec/EXTENSIONS.md): x-task, x-stream, x-paging, x-retry, x-paid, x-sdk-name, x-pages, x-provenance, x-title-zh, x-description-zh, x-doubt. */
import { isObject, type Tokens } from '../../../pointer.js';
import type { JsonObject, JsonValue } from '../../../types.js';
import { MAX_NAME_LENGTH, shownName, type ValidationContext } from '../../context.js';
import { checkTaskIdInput } from './task-families.js';
import { isPayloadPointer, type ExtensionChecks } from './checks.js';
import type { IndexedOperation, OperationIndex } from './operation-index.js';
import { mediaKind, sendsFields } from '../../../../ir/body-kind.js';
import type { BodyKind } from '../../../../ir/types.js';

const SDK_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

export function checkOperationExtensions(
  entry: IndexedOperation,
  families: Set<string>,
  context: ValidationContext,
  checks: ExtensionChecks,
  operations: OperationIndex,
): void {
  const { operation, at } = entry;
  if (operation['x-task'] !== undefined)
    checkTask(operation['x-task'], [...at, 'x-task'], families, checks, operations);
  const scope: OperationScope = { entry, context, checks, operations };
  const stream = objectExtension(scope, 'x-stream');
  if (stream) checkStream(stream, scope);
  const paging = objectExtension(scope, 'x-paging');
  if (paging) checkPaging(paging, scope);
  if (operation['x-retry'] !== undefined)
    checks.fields(operation, at, 'Operation').oneOf('x-retry', ['safe', 'unsafe']);
  if (operation['x-paid'] !== undefined && typeof operation['x-paid'] !== 'boolean')
    checks.invalid([...at, 'x-paid'], 'x-paid must be true or false.');
  const sdkName = operation['x-sdk-name'];
  if (
    sdkName !== undefined &&
    (typeof sdkName !== 'string' || sdkName.length > MAX_NAME_LENGTH || !SDK_NAME.test(sdkName))
  ) {
    const shown =
      typeof sdkName === 'string' ? JSON.stringify(shownName(sdkName)) : JSON.stringify(sdkName);
    checks.invalid(
      [...at, 'x-sdk-name'],
      `x-sdk-name must be dotted identifiers like "midjourney.tasks.retrieve" (at most ${MAX_NAME_LENGTH} characters), not ${shown}.`,
    );
  }
  if (operation['x-title-zh'] !== undefined && typeof operation['x-title-zh'] !== 'string') {
    checks.invalid([...at, 'x-title-zh'], 'x-title-zh must be a string.');
  }
  checkDescriptionZh(operation, at, checks);
  if (operation['x-pages'] !== undefined) checkPages(entry, [...at, 'x-pages'], context, checks);
  if (operation['x-provenance'] !== undefined)
    checkProvenance(operation['x-provenance'], [...at, 'x-provenance'], checks);
  checkDoubt(operation, at, checks);
}

export function checkTagExtensions(tag: JsonObject, at: Tokens, checks: ExtensionChecks): void {
  for (const key of ['x-display-name', 'x-title-zh']) {
    if (tag[key] !== undefined && typeof tag[key] !== 'string')
      checks.invalid([...at, key], `${key} must be a string.`);
  }
  checkDescriptionZh(tag, at, checks);
}

/** `x-description-zh`: the Chinese text beside `description` (operations, parameters, responses, tags and schemas). */
export function checkDescriptionZh(owner: JsonObject, at: Tokens, checks: ExtensionChecks): void {
  const zh = owner['x-description-zh'];
  if (zh !== undefined && typeof zh !== 'string')
    checks.invalid([...at, 'x-description-zh'], 'x-description-zh must be a string.');
}

export function checkDoubt(owner: JsonObject, at: Tokens, checks: ExtensionChecks): void {
  const doubt = owner['x-doubt'];
  if (doubt === undefined || typeof doubt === 'string') return;
  if (Array.isArray(doubt) && doubt.every((item) => typeof item === 'string')) return;
  checks.invalid([...at, 'x-doubt'], 'x-doubt must be a string or a list of strings.');
}

function checkTask(
  value: JsonValue,
  at: Tokens,
  families: Set<string>,
  checks: ExtensionChecks,
  operations: OperationIndex,
): void {
  if (!checks.object(value, at, 'x-task')) return;
  checks.knownKeys(value, at, 'x-task', ['family', 'id', 'poll', 'result']);
  const family = checks.fields(value, at, 'x-task').string('family');
  if (family !== undefined && !families.has(family)) {
    checks.invalid(
      [...at, 'family'],
      `x-task names family "${family}", which is not declared in the root x-task-families.`,
      `Declared families: ${[...families].join(', ') || 'none'}.`,
    );
  }
  checks.fields(value, at, 'x-task').pointer('id');
  if (value.poll !== undefined)
    checkTaskIdInput(value.poll, [...at, 'poll'], 'x-task poll', checks, operations);
  // Which of the family's result pointers this submit's task fills (the IR checks the subset).
  if (
    value.result !== undefined &&
    !(
      Array.isArray(value.result) &&
      value.result.length > 0 &&
      value.result.every((p) => typeof p === 'string' && isPayloadPointer(p))
    )
  )
    checks.invalid(
      [...at, 'result'],
      'x-task "result" must be a non-empty list of JSON pointers ("" or "/a/b") into the poll response.',
    );
}

/** What the checks of one operation's object-valued extensions read. */
interface OperationScope {
  entry: IndexedOperation;
  context: ValidationContext;
  checks: ExtensionChecks;
  operations: OperationIndex;
}

/** An extension's value and where it sits. */
interface Found {
  value: JsonObject;
  at: Tokens;
}

/** The operation's extension `key` when it is set: reported unless an object. */
function objectExtension({ entry, checks }: OperationScope, key: string): Found | undefined {
  const value = entry.operation[key];
  const at = [...entry.at, key];
  return value !== undefined && checks.object(value, at, key) ? { value, at } : undefined;
}

function checkStream(
  { value: stream, at }: Found,
  { entry: { operation }, context, checks, operations }: OperationScope,
): void {
  checks.knownKeys(stream, at, 'x-stream', ['requestFlag', 'itemSchema', 'terminator', 'examples']);
  const flag = checks.fields(stream, at, 'x-stream').string('requestFlag');
  if (flag !== undefined) {
    const flagSchema = bodyProperty(operation, flag, context, operations, sendsFields);
    if (flagSchema === undefined) {
      checks.invalid(
        [...at, 'requestFlag'],
        `x-stream requestFlag "${flag}" is not a property of the operation's request body (JSON, multipart or form fields).`,
      );
    } else if (!isBooleanSchema(flagSchema, context)) {
      checks.invalid(
        [...at, 'requestFlag'],
        `x-stream requestFlag "${flag}" must be a boolean property of the request body.`,
      );
    }
  }
  if (stream.itemSchema === undefined) checks.invalid(at, 'x-stream is missing "itemSchema".');
  else if (!isObject(stream.itemSchema))
    checks.invalid([...at, 'itemSchema'], 'x-stream itemSchema must be a schema or a $ref.');
  checks.fields(stream, at, 'x-stream').string('terminator', true);
  if (stream.examples !== undefined && !Array.isArray(stream.examples))
    checks.invalid([...at, 'examples'], 'x-stream examples must be a list of payloads.');
  if (!hasEventStreamResponse(operation, context)) {
    checks.invalid(
      at,
      'x-stream is set but the operation has no "text/event-stream" response.',
      'Add the streamed response under a 2xx status: content: {text/event-stream: {schema: {type: string}}}.',
    );
  }
}

/** `x-paging`: a page index (`page`) or a cursor (`cursor`) request field, and where the items are. */
function checkPaging(
  { value: paging, at }: Found,
  { entry, context, checks, operations }: OperationScope,
): void {
  checks.knownKeys(paging, at, 'x-paging', [
    'page',
    'cursor',
    'size',
    'firstPage',
    'items',
    'nextCursor',
    'hasMore',
    'last',
  ]);
  if ((paging.page === undefined) === (paging.cursor === undefined)) {
    checks.invalid(
      at,
      'x-paging needs exactly one of "page" (a page-index field) and "cursor" (a cursor field).',
    );
  }
  for (const key of ['page', 'cursor', 'size']) {
    const name = checks.fields(paging, at, 'x-paging').string(key, true);
    if (name !== undefined && !isRequestField(entry, name, context, operations)) {
      checks.invalid(
        [...at, key],
        `x-paging ${key} "${name}" is neither a query parameter nor a property of the JSON request body.`,
      );
    }
  }
  if (
    paging.firstPage !== undefined &&
    !(Number.isInteger(paging.firstPage) && (paging.firstPage as number) >= 0)
  ) {
    checks.invalid(
      [...at, 'firstPage'],
      'x-paging firstPage must be a non-negative integer (0 or 1, usually).',
    );
  }
  const fields = checks.fields(paging, at, 'x-paging');
  fields.pointer('items');
  fields.pointer('nextCursor', paging.cursor === undefined);
  fields.pointer('hasMore', true);
  fields.pointer('last', true);
}

function isRequestField(
  entry: IndexedOperation,
  name: string,
  context: ValidationContext,
  operations: OperationIndex,
): boolean {
  for (const list of [entry.site.pathItem.parameters, entry.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = context.deref(raw);
      if (isObject(parameter) && parameter.in === 'query' && parameter.name === name) return true;
    }
  }
  const json = (kind: BodyKind): boolean => kind === 'json';
  return bodyProperty(entry.operation, name, context, operations, json) !== undefined;
}

/** The property `name` of the first request body whose kind `accepts` has it. */
function bodyProperty(
  operation: JsonObject,
  name: string,
  context: ValidationContext,
  operations: OperationIndex,
  accepts: (kind: BodyKind) => boolean,
): JsonValue | undefined {
  const body = context.deref(operation.requestBody);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  for (const mediaType of Object.keys(body.content)) {
    const media = body.content[mediaType];
    if (!isObject(media) || !accepts(mediaKind(mediaType))) continue;
    const property = operations.propertySchema(media.schema, name);
    if (property !== undefined) return property;
  }
  return undefined;
}

function isBooleanSchema(schema: JsonValue, context: ValidationContext): boolean {
  const resolved = context.deref(schema);
  if (!isObject(resolved)) return false;
  const type = resolved.type;
  if (type === 'boolean' || (Array.isArray(type) && type.includes('boolean'))) return true;
  // `anyOf: [{type: boolean}, {type: 'null'}]` and similar nullable spellings.
  const variants = Array.isArray(resolved.anyOf)
    ? resolved.anyOf
    : Array.isArray(resolved.oneOf)
      ? resolved.oneOf
      : [];
  return variants.some((variant) => isBooleanSchema(variant, context));
}

function hasEventStreamResponse(operation: JsonObject, context: ValidationContext): boolean {
  const responses = operation.responses;
  if (!isObject(responses)) return false;
  return Object.values(responses).some((value) => {
    const response = context.deref(value);
    return (
      isObject(response) &&
      isObject(response.content) &&
      Object.keys(response.content).some(
        (type) => type.split(';')[0]!.trim() === 'text/event-stream',
      )
    );
  });
}

function checkPages(
  entry: IndexedOperation,
  at: Tokens,
  context: ValidationContext,
  checks: ExtensionChecks,
): void {
  const pages = entry.operation['x-pages'];
  if (!Array.isArray(pages)) {
    checks.invalid(at, 'x-pages must be a list of {id, title}.');
    return;
  }
  const exampleNames = requestExampleNames(entry, context);
  pages.forEach((page, index) => {
    const pageAt = [...at, String(index)];
    const what = `x-pages entry ${index}`;
    if (!checks.object(page, pageAt, what)) return;
    checks.knownKeys(page, pageAt, what, ['id', 'title', 'titleEn', 'example']);
    const fields = checks.fields(page, pageAt, what);
    fields.string('id');
    fields.string('title');
    fields.string('titleEn', true);
    const example = fields.string('example', true);
    if (example !== undefined && !exampleNames.has(example)) {
      checks.invalid(
        [...pageAt, 'example'],
        `${what} names request example "${example}", which neither the request body nor a parameter has.`,
        `Request examples: ${[...exampleNames].join(', ') || 'none'}.`,
      );
    }
  });
}

/** Names of the request examples: request body media types' and parameters' `examples`. */
function requestExampleNames(entry: IndexedOperation, context: ValidationContext): Set<string> {
  const names = new Set<string>();
  const addFrom = (owner: JsonValue | undefined): void => {
    if (!isObject(owner)) return;
    if (isObject(owner.examples)) for (const name of Object.keys(owner.examples)) names.add(name);
    if (isObject(owner.content))
      for (const media of Object.values(owner.content))
        if (isObject(media) && isObject(media.examples))
          for (const name of Object.keys(media.examples)) names.add(name);
  };
  addFrom(context.deref(entry.operation.requestBody));
  for (const list of [entry.site.pathItem.parameters, entry.operation.parameters]) {
    if (Array.isArray(list)) for (const parameter of list) addFrom(context.deref(parameter));
  }
  return names;
}

function checkProvenance(value: JsonValue, at: Tokens, checks: ExtensionChecks): void {
  if (!checks.object(value, at, 'x-provenance')) return;
  checks.knownKeys(value, at, 'x-provenance', ['source', 'confidence', 'notes']);
  const fields = checks.fields(value, at, 'x-provenance');
  fields.string('source');
  fields.oneOf('confidence', ['high', 'medium', 'low']);
  fields.string('notes', true);
}
