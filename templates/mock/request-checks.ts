/**
 * Checking a request against its operation: parameters (coerced from text, then validated) and
 * the body (content type, syntax, schema, multipart part types). Problems come back as data;
 * the engine turns them into the operation's error response.
 */
import type { MockContent, MockOperation } from './types.js';
import type { ErrorDetail } from './errors.js';
import type { SchemaCompiler, SchemaIssue, ValidateFn } from './validate.js';
import { MockFile } from './validate.js';
import { parseJson } from './json.js';
import { parseMultipart, parseUrlEncoded, type FormPart } from './multipart.js';
import { formObject, readParameter, type ParameterSources } from './coerce.js';
import { mediaTypeMatches } from './negotiate.js';
import { pointerTokens } from './pointer.js';
import { tooDeep, type ParseLimits } from './limits.js';

/** A problem in one part of the request; `pointer` is relative to that part. */
export interface RequestIssue {
  location: 'body' | 'path' | 'query' | 'header' | 'cookie';
  /** Parameter name, for parameters. */
  name?: string;
  pointer: string;
  message: string;
}

export interface OperationValidators {
  /** By `in:name`. */
  params: Map<string, ValidateFn>;
  bodies: Map<MockContent, ValidateFn>;
}

const decoder = new TextDecoder();
/** OpenAPI: header parameters with these names are ignored (the transport owns them). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** Compiled once per operation when the engine starts. */
export function compileValidators(
  op: MockOperation,
  compiler: SchemaCompiler,
): OperationValidators {
  const params = new Map<string, ValidateFn>();
  for (const p of op.parameters)
    if (p.schema !== undefined)
      params.set(`${p.in}:${p.name}`, compiler.compile(p.check ?? p.schema));
  const bodies = new Map<MockContent, ValidateFn>();
  for (const c of op.requestBody?.contents ?? [])
    if (c.schema !== undefined) bodies.set(c, compiler.compile(c.check ?? c.schema));
  return { params, bodies };
}

export function checkParameters(
  op: MockOperation,
  validators: OperationValidators,
  sources: ParameterSources,
  compiler: SchemaCompiler,
  limits: ParseLimits,
): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const param of op.parameters) {
    if (param.in === 'header' && IGNORED_HEADERS.has(param.name.toLowerCase())) continue;
    const value = readParameter(param, sources, compiler);
    if (value === undefined) {
      if (param.required)
        issues.push({
          location: param.in,
          name: param.name,
          pointer: '',
          message: 'is required',
        });
      continue;
    }
    const deep = tooDeep(value, limits.maxDepth);
    if (deep !== undefined) {
      issues.push({
        location: param.in,
        name: param.name,
        pointer: deep,
        message: `is nested deeper than ${limits.maxDepth} levels`,
      });
      continue;
    }
    const validate = validators.params.get(`${param.in}:${param.name}`);
    for (const issue of validate ? validate(value, { direction: 'request' }) : []) {
      issues.push({
        location: param.in,
        name: param.name,
        pointer: issue.pointer,
        message: issue.message,
      });
    }
  }
  return issues;
}

export type BodyCheck = { value: unknown; issues: RequestIssue[] } | { reject: ErrorDetail };

const reject = (status: number, message: string, code?: string): BodyCheck => ({
  reject: { status, message, param: null, ...(code ? { code } : {}) },
});

const bodyIssues = (list: SchemaIssue[]): RequestIssue[] =>
  list.map((i) => ({
    location: 'body',
    pointer: i.pointer,
    message: i.message,
  }));

/** Declared part content types (`encoding.<part>.contentType`); octet-stream is always accepted. */
function partTypeIssues(content: MockContent, value: Record<string, unknown>): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const [name, types] of Object.entries(content.encoding ?? {})) {
    const files = ([] as unknown[])
      .concat(value[name] ?? [])
      .filter((v): v is MockFile => v instanceof MockFile);
    const allowed = types.split(',').map((t) => t.trim());
    files.forEach((file, i) => {
      if (
        file.contentType === 'application/octet-stream' ||
        allowed.some((t) => mediaTypeMatches(t, file.contentType))
      )
        return;
      const pointer = Array.isArray(value[name]) ? `/${name}/${i}` : `/${name}`;
      issues.push({
        location: 'body',
        pointer,
        message: `part content type ${file.contentType} is not one of: ${allowed.join(', ')}`,
      });
    });
  }
  return issues;
}

/** What a request body is checked with: its operation, validators, parse limits and the raw bytes. */
export interface BodyInput {
  op: MockOperation;
  validators: OperationValidators;
  contentType: string | undefined;
  body: Uint8Array | null;
  compiler: SchemaCompiler;
  limits: ParseLimits;
}

export function checkBody(input: BodyInput): BodyCheck {
  const { limits } = input;
  const checked = parseBody(input);
  if ('reject' in checked) return checked;
  const deep = tooDeep(checked.value, limits.maxDepth);
  if (deep === undefined) return checked;
  const at = `${deep.slice(0, 200)}${deep.length > 200 ? '...' : ''}`;
  const message = `The request body is nested deeper than ${limits.maxDepth} levels (at ${at}).`;
  return reject(400, message, 'nesting_too_deep');
}

function parseBody(input: BodyInput): BodyCheck {
  const { op, validators, contentType, body, compiler, limits } = input;
  const rb = op.requestBody;
  if (!rb) return { value: undefined, issues: [] };
  if (!body || body.length === 0) {
    const missing: RequestIssue = {
      location: 'body',
      pointer: '',
      message: 'a request body is required',
    };
    return { value: undefined, issues: rb.required ? [missing] : [] };
  }
  const accepted = rb.contents.map((c) => c.mediaType).join(', ');
  if (!contentType)
    return reject(415, `Missing Content-Type header; ${op.operationId} accepts: ${accepted}`);
  const content =
    rb.contents.find(
      (c) => !c.mediaType.includes('*') && mediaTypeMatches(c.mediaType, contentType),
    ) ?? rb.contents.find((c) => mediaTypeMatches(c.mediaType, contentType));
  if (!content) {
    const type = contentType.split(';')[0]!;
    return reject(415, `Unsupported Content-Type ${type}; ${op.operationId} accepts: ${accepted}`);
  }
  const validate = validators.bodies.get(content);
  switch (content.kind) {
    case 'json': {
      const parsed = parseJson(decoder.decode(body));
      if (!parsed.ok) {
        const e = parsed.error;
        const at = `line ${e.line}, column ${e.column} (position ${e.position})`;
        return reject(400, `Malformed JSON in the request body at ${at}: ${e.message}`);
      }
      return {
        value: parsed.value,
        issues: validate ? bodyIssues(validate(parsed.value, { direction: 'request' })) : [],
      };
    }
    case 'multipart':
    case 'urlencoded': {
      let parts: FormPart[];
      if (content.kind === 'multipart') {
        const parsed = parseMultipart(body, contentType);
        if (!parsed.ok) return reject(400, `Malformed multipart body: ${parsed.message}`);
        parts = parsed.parts;
      } else parts = parseUrlEncoded(body);
      if (parts.length > limits.maxFields) {
        const count = `${parts.length} form fields; the mock's limit is ${limits.maxFields}`;
        return reject(413, `The request body has ${count}.`);
      }
      const value = formObject(parts, content.schema, compiler);
      const issues = validate
        ? bodyIssues(
            validate(value, {
              direction: 'request',
              files: content.kind === 'multipart',
            }),
          )
        : [];
      return { value, issues: [...issues, ...partTypeIssues(content, value)] };
    }
    case 'text': {
      const text = decoder.decode(body);
      return {
        value: text,
        issues: validate ? bodyIssues(validate(text, { direction: 'request' })) : [],
      };
    }
    default:
      return { value: body, issues: [] };
  }
}

function describeIssue(issue: RequestIssue): string {
  if (issue.location === 'body') return `body ${issue.pointer || '(root)'}: ${issue.message}`;
  return `${issue.location} parameter ${issue.name ?? ''}${issue.pointer}: ${issue.message}`;
}

/**
 * A JSON pointer as OpenAI's `param` names a property: dotted, array items in brackets
 * (`/messages/0/content` → `messages[0].content`). Tokens are array indices where `value` has an
 * array (or, past what `value` holds, where they are numbers).
 */
export function propertyPath(pointer: string, value?: unknown): string {
  let path = '';
  let current: unknown = value;
  for (const token of pointerTokens(pointer)) {
    const index = Array.isArray(current) || (current === undefined && /^\d+$/.test(token));
    path += index ? `[${token}]` : path === '' ? token : `.${token}`;
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string, unknown>)[token]
        : undefined;
  }
  return path;
}

/**
 * 400 (or the operation's declared 422) listing every failing pointer; `param` is the first, as a
 * property path (null for the body as a whole). `body` is the parsed request body.
 */
export function validationFailure(
  op: MockOperation,
  issues: RequestIssue[],
  body?: unknown,
): ErrorDetail {
  const status = op.responses.some((r) => r.status === '422') ? 422 : 400;
  const shown = issues.slice(0, 10).map(describeIssue).join('; ');
  const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
  const first = issues[0]!;
  const param =
    first.location === 'body'
      ? propertyPath(first.pointer, body)
      : `${first.name ?? ''}${propertyPath(first.pointer).replace(/^(?=[^[])/, '.')}`;
  return {
    status,
    message: `Invalid request: ${shown}${more}`,
    param: param === '' ? null : param,
    code: null,
  };
}
