/**
 * Checking a request against its operation: parameters (coerced from text, then validated) and
 * the body (content type, syntax, schema, multipart part types). Problems come back as data;
 * the engine turns them into the operation's error response.
 */
import type { ErrorDetail, MockContent, MockOperation, MockParameter } from './types.js';
import type { SchemaCompiler, ValidateFn } from './validate.js';
import { parseJson } from './json.js';
import { parseMultipart, parseUrlEncoded, type FormPart } from './multipart.js';
import {
  declaresPart,
  formObject,
  readParameter,
  readStyledFields,
  simplePathText,
  styledFields,
  type RequestParts,
} from './coerce.js';
import { contentFor, mediaTypeMatches } from './negotiate.js';
import { childAt, escapePointerToken, pointerTokens } from './pointer.js';
import { tooDeep, type ParseLimits } from './limits.js';

/** A problem in one part of the request; `pointer` is relative to that part. */
export interface RequestIssue {
  location: 'body' | 'path' | 'query' | 'header' | 'cookie';
  /** Parameter name, for parameters. */
  name?: string;
  pointer: string;
  message: string;
}

const decoder = new TextDecoder();
/** OpenAPI: header parameters with these names are ignored (the transport owns them). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** The parsed body (undefined when none) and every problem found, or a rejection of the body as a whole. */
export type RequestCheck =
  { value: unknown; issues: RequestIssue[]; note?: string } | { reject: ErrorDetail };

const reject = (status: number, message: string, code?: string): RequestCheck => ({
  reject: { status, message, param: null, ...(code ? { code } : {}) },
});

/** The operation's request check; its validators are compiled here, once, when the engine starts. */
export function compileRequestCheck(
  op: MockOperation,
  compiler: SchemaCompiler,
  limits: ParseLimits,
): (parts: RequestParts, body: Uint8Array | null) => RequestCheck {
  const params = op.parameters
    .filter((p) => !(p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())))
    .map((p) => ({
      p,
      validate: p.schema === undefined ? undefined : compiler.compile(p.check ?? p.schema),
      wrongForm: wrongFormCheck(p),
    }));
  const bodies = new Map<MockContent, ValidateFn>();
  for (const c of op.requestBody?.contents ?? [])
    if (c.schema !== undefined) bodies.set(c, compiler.compile(c.check ?? c.schema));

  const types = op.requestBody?.contents.map((c) => c.mediaType).join(', ');
  const accepts = `${op.operationId} accepts: ${types}`;
  const nested = `is nested deeper than ${limits.maxDepth} levels`;
  function parameterIssues(sources: RequestParts): RequestIssue[] {
    const issues: RequestIssue[] = [];
    for (const { p, validate, wrongForm } of params) {
      const at = { location: p.in, name: p.name };
      const wrong = wrongForm?.(sources);
      if (wrong !== undefined) {
        issues.push({ ...at, pointer: '', message: wrong });
        continue;
      }
      const value = readParameter(p, sources);
      const deep = value === undefined ? undefined : tooDeep(value, limits.maxDepth);
      if (value === undefined) {
        if (p.required) issues.push({ ...at, pointer: '', message: 'is required' });
      } else if (deep !== undefined) issues.push({ ...at, pointer: deep, message: nested });
      else
        for (const { pointer, message } of validate?.(value) ?? [])
          issues.push({ ...at, pointer, message });
    }
    return issues;
  }

  /** Checks the body's value (and a multipart body's part types) with the content's schema. */
  function bodyIssues(content: MockContent, value: unknown): RequestIssue[] {
    const mode = content.kind === 'multipart' ? 'files' : 'request';
    const issues = bodies.get(content)?.(value, mode) ?? [];
    if (issues.length === 0) return [];
    return issues.map(({ pointer, message }) => ({ location: 'body', pointer, message }));
  }

  function checkBody(contentType: string | undefined, body: Uint8Array | null): RequestCheck {
    const rb = op.requestBody;
    if (!rb) return { value: undefined, issues: [] };
    if (!body || body.length === 0) {
      const message = 'a request body is required';
      const issues: RequestIssue[] = rb.required
        ? [{ location: 'body', pointer: '', message }]
        : [];
      return { value: undefined, issues };
    }
    if (!contentType) return reject(415, `Missing Content-Type header; ${accepts}`);
    const content = contentFor(rb.contents, contentType);
    if (!content)
      return reject(415, `Unsupported Content-Type ${contentType.split(';')[0]!}; ${accepts}`);
    let value: unknown = body;
    if (content.opaque) {
      // XML and the like: no parser here (and none worth a dependency), so no check either.
      const note = `${content.mediaType} body not validated: the mock does not read this format`;
      return { value: decoder.decode(body), issues: [], note };
    }
    if (content.kind === 'json') {
      const parsed = parseJson(decoder.decode(body));
      if (!parsed.ok) {
        const e = parsed.error;
        const at = `line ${e.line}, column ${e.column} (position ${e.position})`;
        return reject(400, `Malformed JSON in the request body at ${at}: ${e.message}`);
      }
      value = parsed.value;
    } else if (content.kind === 'multipart' || content.kind === 'urlencoded') {
      const parsed =
        content.kind === 'multipart'
          ? parseMultipart(body, contentType, limits.maxFields, (name) =>
              declaresPart(content.coerce, name),
            )
          : parseUrlEncoded(body, limits.maxFields);
      if (!parsed.ok) return reject(parsed.status, parsed.message);
      const form = formObject(parsed.parts, content.coerce, content.jsonParts, content.fileParts);
      if (content.styles !== undefined) {
        const text = decoder.decode(body);
        // Sent in another form (an unexploded field repeated): the query parameters' 400, not a guess.
        const wrong = wrongFormIssues(styledFields(content.styles, content.coerce), text);
        if (wrong.length > 0) return { value: form, issues: wrong };
        readStyledFields(form, text, content.styles, content.coerce);
      }
      value = form;
      const wrongTypes = partTypeIssues(parsed.parts, content.encoding);
      if (wrongTypes.length > 0) return { value, issues: wrongTypes };
    } else if (content.kind === 'text') value = decoder.decode(body);
    else return { value, issues: [] };
    const deep = tooDeep(value, limits.maxDepth);
    if (deep === undefined) return { value, issues: bodyIssues(content, value) };
    const at = `${deep.slice(0, 200)}${deep.length > 200 ? '...' : ''}`;
    const message = `The request body is nested deeper than ${limits.maxDepth} levels (at ${at}).`;
    return reject(400, message, 'nesting_too_deep');
  }

  return (parts, body) => {
    const issues = params.length === 0 ? [] : parameterIssues(parts);
    const checked = checkBody(parts.headers['content-type'], body);
    if ('reject' in checked || issues.length === 0) return checked;
    return { ...checked, issues: [...issues, ...checked.issues] };
  };
}

/**
 * Parts sent with a Content-Type their property does not declare (the IR's `encoding.contentType`,
 * which a schema's `contentMediaType` also gives); a list or wildcard (`image/*`) admits each type
 * it matches. A part that names no type (a plain text field) is not checked, nor one sent as
 * application/octet-stream: that is what FormData labels a Blob of unknown type with. A declared
 * application/octet-stream is any bytes (OpenAPI 3.1's spelling of a binary string), so it admits
 * every type.
 */
const OCTET = 'application/octet-stream';
function partTypeIssues(
  parts: FormPart[],
  declared: Record<string, string> | undefined,
): RequestIssue[] {
  const issues: RequestIssue[] = [];
  if (declared === undefined) return issues;
  for (const { name: sent, contentType } of parts) {
    const name = !Object.hasOwn(declared, sent) && sent.endsWith('[]') ? sent.slice(0, -2) : sent;
    if (contentType === undefined || contentType === OCTET || !Object.hasOwn(declared, name))
      continue;
    const allowed = declared[name]!.split(',').map((t) => t.trim());
    if (allowed.some((t) => t === OCTET || mediaTypeMatches(t, contentType))) continue;
    const message = `part ${name} is ${contentType}, not the declared ${allowed.join(', ')}`;
    issues.push({ location: 'body', pointer: `/${escapePointerToken(name)}`, message });
  }
  return issues;
}

const DELIMITERS = new Map([
  ['spaceDelimited', ' '],
  ['pipeDelimited', '|'],
]);
const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}...` : text);

/**
 * For a query parameter with a style beside form-exploded: what tells it was sent in another
 * form, which `readParameter` would misread in silence (undefined: nothing to look for, so other
 * parameters cost nothing per request). deepObject comes as `name[prop]` (an object as JSON in
 * `name=` is not it; `null` is, for a nullable one); an unexploded array is one value, never the
 * name repeated.
 */
function wrongFormCheck(
  param: MockParameter,
): ((sources: Pick<RequestParts, 'query' | 'rawPath'>) => string | undefined) | undefined {
  const { name, style, coerce } = param;
  if (param.in === 'path' && (style === 'matrix' || style === 'label')) {
    const form = style === 'matrix' ? `;${name}=value` : '.value';
    return ({ rawPath }) => {
      const sent = rawPath?.[name];
      if (sent === undefined || simplePathText(param, sent) !== undefined) return undefined;
      return `is style ${style}${param.explode ? ' with explode' : ''}: send ${form}, not ${clip(sent)}`;
    };
  }
  if (param.in !== 'query') return undefined;
  const types = coerce?.types ?? [];
  if (style === 'deepObject') {
    const nullable = types.includes('null');
    return ({ query }) => {
      const text = query.get(name);
      if (text === null || (nullable && (text === 'null' || text === ''))) return undefined;
      return `is style deepObject: send ${name}[property]=value for each property, not ${name}=${clip(text)}`;
    };
  }
  if (param.explode || !types.includes('array') || types.includes('string')) return undefined;
  const delimiter = DELIMITERS.get(style);
  const how = `joined with ${delimiter === undefined ? 'commas' : JSON.stringify(delimiter)}`;
  return ({ query }) => {
    const values = [...query.getAll(name), ...query.getAll(`${name}[]`)];
    if (values.length > 1)
      return `is style ${style} without explode: send one ${name} value, its items ${how}, not ${values.length} ${name} values`;
    // A lone value with commas may be one item holding a comma (`['a,b']`): not a wrong form.
    return undefined;
  };
}

/** The styled fields of a urlencoded body sent in another form than their style, as body issues. */
function wrongFormIssues(fields: MockParameter[], text: string): RequestIssue[] {
  const query = new URLSearchParams(text);
  return fields.flatMap((field) => {
    const message = wrongFormCheck(field)?.({ query });
    return message === undefined
      ? []
      : [{ location: 'body' as const, pointer: `/${field.name}`, message }];
  });
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
    current = childAt(current, token);
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
  const message = `Invalid request: ${shown}${more}`;
  return { status, message, param: param || null, code: null };
}
