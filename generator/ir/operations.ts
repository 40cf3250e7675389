/** Path items → OperationIr (without names and task data, which later passes decide for all operations at once). */
import type {
  CallbackIr,
  ContentIr,
  ExampleIr,
  HeaderIr,
  Json,
  OperationIr,
  PageIr,
  PagingFieldIr,
  PagingIr,
  ParameterIr,
  ProvenanceIr,
  RequestBodyIr,
  ResponseIr,
  SchemaIr,
  SecurityRequirementIr,
  StreamIr,
} from './types.js';
import type { IrContext } from './context.js';
import { convertSchema } from './schema.js';
import { inferredStream, settleFlagDefault, textEvents } from './stream-inference.js';
import { inferEventSchema } from './stream-event-schema.js';
import { settleStreamEnd } from './stream-end.js';
import { get, join } from '../util/json-pointer.js';
import { copyJson } from './copy.js';
import { camelCase } from './casing.js';
import { distinctParameterNames } from './parameter-names.js';
import { wirePath } from './wire-path.js';
import { formEncoding } from './form-encoding.js';
import { wireStyleOf } from './param-style.js';
import { mediaKind } from './body-kind.js';
import { markRestatements } from './representations.js';

type Raw = Record<string, unknown>;

import { HTTP_METHODS } from '../util/http-methods.js';

/** Follows internal refs of non-schema objects (parameters, responses, examples, path items). */
export function deref(
  ctx: IrContext,
  value: unknown,
  pointer: string,
): { value: Raw; pointer: string } {
  let node = value;
  let at = pointer;
  for (
    let hops = 0;
    hops < 32 && node && typeof node === 'object' && typeof (node as Raw).$ref === 'string';
    hops++
  ) {
    const ref = (node as Raw).$ref as string;
    const target = get(ctx.document, ref);
    if (target === undefined) {
      ctx.problem('ref-dangling', join(at, '$ref'), `$ref ${ref} does not resolve`);
      return { value: {}, pointer: at };
    }
    node = target;
    at = ref;
  }
  return { value: (node && typeof node === 'object' ? node : {}) as Raw, pointer: at };
}

function examplesOf(ctx: IrContext, raw: Raw, pointer: string): ExampleIr[] {
  const out: ExampleIr[] = [];
  const onPurpose = (holder: Raw): { invalidOnPurpose?: true } =>
    holder['x-example-invalid'] === true ? { invalidOnPurpose: true } : {};
  if (raw.example !== undefined)
    out.push({
      name: 'default',
      value: copyJson(raw.example),
      origin: 'spec',
      ...onPurpose(raw),
      source: join(pointer, 'example'),
    });
  const map = raw.examples;
  if (map && typeof map === 'object' && !Array.isArray(map)) {
    for (const name of Object.keys(map)) {
      const { value: ex, pointer: at } = deref(
        ctx,
        (map as Raw)[name],
        join(pointer, 'examples', name),
      );
      if (ex.value === undefined) continue; // externalValue examples are not inlined.
      const e: ExampleIr = {
        name,
        value: copyJson(ex.value),
        origin: 'spec',
        ...onPurpose(ex),
        source: at,
      };
      if (typeof ex.summary === 'string') e.summary = ex.summary;
      if (typeof ex.description === 'string') e.description = ex.description;
      out.push(e);
    }
  }
  return out;
}

function contentsOf(ctx: IrContext, content: unknown, pointer: string): ContentIr[] {
  if (!content || typeof content !== 'object') return [];
  return Object.keys(content).map((mediaType) => {
    const at = join(pointer, mediaType);
    const raw = ((content as Raw)[mediaType] ?? {}) as Raw;
    const rawSchema = raw.schema as Raw | undefined;
    const resolvedSchema =
      rawSchema && typeof rawSchema.$ref === 'string'
        ? (get(ctx.document, rawSchema.$ref) as Raw)
        : rawSchema;
    const kind = mediaKind(mediaType, resolvedSchema);
    const encoding = formEncoding(ctx, raw.encoding, rawSchema, kind === 'multipart');
    const c: ContentIr = {
      mediaType,
      kind,
      encoding,
      examples: examplesOf(ctx, raw, at),
      source: at,
    };
    if (rawSchema !== undefined) c.schema = convertSchema(rawSchema, join(at, 'schema'), ctx);
    return c;
  });
}

/**
 * Path parameters are positional in both SDKs: they take the order of their placeholders in the
 * path template, never the `parameters` array's (reordering that array must not swap arguments).
 * The path parameters keep the array's slots, so every other parameter stays where it was.
 */
function inTemplateOrder(params: ParameterIr[], path: string): ParameterIr[] {
  const order = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const position = (p: ParameterIr): number => {
    const at = order.indexOf(p.name);
    return at === -1 ? order.length : at;
  };
  const sorted = params.filter((p) => p.in === 'path').sort((a, b) => position(a) - position(b));
  return params.map((p) => (p.in === 'path' ? sorted.shift()! : p));
}

function parametersOf(
  ctx: IrContext,
  path: string,
  pathParams: unknown,
  opParams: unknown,
  pathPointer: string,
  opPointer: string,
): ParameterIr[] {
  const byKey = new Map<string, ParameterIr>();
  const add = (list: unknown, pointer: string, pathItem: boolean): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      const { value: raw, pointer: at } = deref(ctx, item, join(pointer, i));
      if (typeof raw.name !== 'string' || typeof raw.in !== 'string') return;
      const location = raw.in as ParameterIr['in'];
      const p: ParameterIr = {
        name: raw.name,
        in: location,
        propertyName: raw.name,
        identifier: /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(raw.name)
          ? raw.name
          : camelCase(raw.name) || 'param',
        required: raw.required === true || location === 'path',
        deprecated: raw.deprecated === true,
        schema: convertSchema(raw.schema ?? {}, join(at, 'schema'), ctx),
        ...wireStyleOf(ctx, raw, location),
        examples: examplesOf(ctx, raw, at),
        source: at,
      };
      if (typeof raw.description === 'string') p.description = raw.description;
      if (typeof raw['x-description-zh'] === 'string') p.descriptionZh = raw['x-description-zh'];
      if (pathItem) p.pathItem = true;
      if (location === 'cookie' && isObjectSchema(ctx, raw.schema, join(at, 'schema'))) {
        p.unsent = true;
        ctx.problems.push(
          ctx.warning(
            'cookie-object',
            at,
            `Cookie parameter "${raw.name}" is an object: the SDKs send scalar and array cookies only, so their methods leave it out.`,
            `Give it a scalar schema, or send it yourself through the request options' \`headers: { cookie: ... }\`.`,
          ),
        );
      }
      byKey.set(`${location}:${raw.name}`, p); // operation-level overrides path-level
    });
  };
  add(pathParams, join(pathPointer, 'parameters'), true);
  add(opParams, join(opPointer, 'parameters'), false);
  const params = inTemplateOrder([...byKey.values()], path);
  distinctParameterNames(ctx, params);
  return params;
}

/** Does a parameter's schema (followed through refs) describe an object? */
function isObjectSchema(ctx: IrContext, schema: unknown, pointer: string): boolean {
  const { value } = deref(ctx, schema ?? {}, pointer);
  return value.type === 'object' || (value.type === undefined && value.properties !== undefined);
}

/**
 * Is this a cookie parameter the SDKs send (every one but objects, `unsent`)? Both SDKs join them
 * into one `Cookie` header by the same rule (templates/client/cookie.ts, `_cookie_header` of
 * templates/python/_base.py).
 */
export function isSentCookie(p: ParameterIr): boolean {
  return p.in === 'cookie' && !p.unsent;
}

export { defaultStyle } from './param-style.js';

/**
 * A query parameter in a style beside OpenAPI's default (form, exploded) or with `allowReserved`:
 * both SDKs and the docs samples serialise it by its style (`styledPairs` of
 * templates/client/query-styles.ts, Python's `_query.py`); the others go out as plain repeated
 * `name=value` pairs.
 */
export function isStyledQuery(p: Pick<ParameterIr, 'in' | 'styled'>): boolean {
  return p.in === 'query' && p.styled === true;
}

function requestBodyOf(
  ctx: IrContext,
  rawBody: unknown,
  pointer: string,
): RequestBodyIr | undefined {
  if (rawBody === undefined) return undefined;
  const { value: raw, pointer: at } = deref(ctx, rawBody, pointer);
  const body: RequestBodyIr = {
    required: raw.required === true,
    contents: contentsOf(ctx, raw.content, join(at, 'content')),
    source: at,
  };
  if (typeof raw.description === 'string') body.description = raw.description;
  return body;
}

function responsesOf(ctx: IrContext, rawResponses: unknown, pointer: string): ResponseIr[] {
  if (!rawResponses || typeof rawResponses !== 'object') return [];
  const statuses = Object.keys(rawResponses).filter((s) => !s.startsWith('x-'));
  const hasSuccess = statuses.some((s) => s.startsWith('2'));
  return statuses.map((status) => {
    const { value: raw, pointer: at } = deref(
      ctx,
      (rawResponses as Raw)[status],
      join(pointer, status),
    );
    const headers: HeaderIr[] = Object.keys((raw.headers as Raw | undefined) ?? {}).map((name) => {
      const { value: h, pointer: hp } = deref(
        ctx,
        (raw.headers as Raw)[name],
        join(at, 'headers', name),
      );
      const header: HeaderIr = {
        name,
        required: h.required === true,
        schema: convertSchema(h.schema ?? {}, join(hp, 'schema'), ctx),
      };
      if (typeof h.description === 'string') header.description = h.description;
      return header;
    });
    const response: ResponseIr = {
      status,
      isError: /^[45]/.test(status) || (status === 'default' && hasSuccess),
      description: typeof raw.description === 'string' ? raw.description : '',
      headers,
      contents: contentsOf(ctx, raw.content, join(at, 'content')),
      source: at,
    };
    if (!response.isError) markRestatements(response.contents, raw.content);
    if (typeof raw['x-description-zh'] === 'string')
      response.descriptionZh = raw['x-description-zh'];
    return response;
  });
}

function securityOf(raw: unknown): SecurityRequirementIr[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((req) => ({ schemes: { ...((req ?? {}) as Record<string, string[]>) } }));
}

function streamOf(
  ctx: IrContext,
  raw: unknown,
  responses: ResponseIr[],
  pointer: string,
): StreamIr | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const x = raw as Raw;
  const response = responses.find(
    (r) => !r.isError && r.contents.some((c) => c.kind === 'event-stream'),
  );
  const content = response?.contents.find((c) => c.kind === 'event-stream');
  if (!response || !content || typeof x.requestFlag !== 'string') {
    ctx.problem(
      'extension-invalid',
      pointer,
      'x-stream needs `requestFlag` and a text/event-stream success response',
    );
    return undefined;
  }
  const stream: StreamIr = {
    requestFlag: x.requestFlag,
    itemSchema: convertSchema(x.itemSchema ?? {}, join(pointer, 'itemSchema'), ctx),
    status: response.status,
    mediaType: content.mediaType,
    examples: (Array.isArray(x.examples) ? x.examples : []).map((value, i) => ({
      name: `event-${i + 1}`,
      value: copyJson(value),
      origin: 'spec' as const,
      ...(x['x-example-invalid'] === true ? { invalidOnPurpose: true as const } : {}),
      source: join(pointer, 'examples', i),
    })),
    events: [],
    source: pointer,
  };
  if (typeof x.terminator === 'string') stream.terminator = x.terminator;
  if (textEvents(stream.itemSchema)) stream.text = true;
  return stream;
}

function pagingOf(
  ctx: IrContext,
  raw: unknown,
  parameters: ParameterIr[],
  responses: ResponseIr[],
  stream: StreamIr | undefined,
  pointer: string,
): PagingIr | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const x = raw as Raw;
  const field = (name: unknown): PagingFieldIr | undefined =>
    typeof name !== 'string'
      ? undefined
      : {
          in: parameters.some((p) => p.in === 'query' && p.name === name) ? 'query' : 'body',
          name,
        };
  const param = field(x.page ?? x.cursor);
  if (!param || typeof x.items !== 'string') {
    ctx.problem('extension-invalid', pointer, 'x-paging needs `page` or `cursor`, and `items`');
    return undefined;
  }
  if (!pagesJson(ctx, responses, stream, pointer)) return undefined;
  const paging: PagingIr = {
    style: x.cursor !== undefined ? 'cursor' : 'page',
    param,
    firstPage: typeof x.firstPage === 'number' ? x.firstPage : 0,
    items: x.items,
    source: pointer,
  };
  const size = field(x.size);
  if (size) paging.size = size;
  for (const key of ['nextCursor', 'hasMore', 'last'] as const)
    if (typeof x[key] === 'string') paging[key] = x[key] as string;
  return paging;
}

/**
 * The items, cursor and end markers are JSON pointers into the answer: paging needs a success
 * answer that is JSON in every media type it has (`application/json` or any `+json` type), else
 * no SDK could read a page. Decided here, so the SDKs and the mock page exactly what the IR keeps.
 */
function pagesJson(
  ctx: IrContext,
  responses: ResponseIr[],
  stream: StreamIr | undefined,
  pointer: string,
): boolean {
  const answer = successResponse({ responses });
  const other = answer?.contents.filter((c) => c.kind !== 'json').map((c) => c.mediaType) ?? [];
  // A stream's events are not a page either, whichever status declares it.
  if (stream && !other.includes(stream.mediaType)) other.push(stream.mediaType);
  if (answer && answer.contents.length > 0 && other.length === 0) return true;
  ctx.problem(
    'paging-not-json',
    pointer,
    answer === undefined || answer.contents.length === 0
      ? `x-paging reads each page from a JSON body, but the operation's success response ${answer ? `${answer.status} ` : ''}has none`
      : `x-paging reads each page from a JSON body, but response ${answer.status} answers ${other.join(', ')}`,
    'Answer pages as application/json (or a +json type such as application/vnd.api+json), or remove x-paging.',
  );
  return false;
}

/** A callback before its payload type is named (names need every operation's type stem). */
export type CallbackDraft = Omit<CallbackIr, 'typeName'>;

export function callbacksOf(ctx: IrContext, raw: unknown, pointer: string): CallbackDraft[] {
  if (!raw || typeof raw !== 'object') return [];
  const out: CallbackDraft[] = [];
  for (const name of Object.keys(raw)) {
    const { value: cb, pointer: cbAt } = deref(ctx, (raw as Raw)[name], join(pointer, name));
    for (const expression of Object.keys(cb))
      out.push(...pathItemCallbacks(ctx, name, expression, cb[expression], join(cbAt, expression)));
  }
  return out;
}

/** The operations of one callback's (or webhook's, with no expression) path item at `pointer`. */
export function pathItemCallbacks(
  ctx: IrContext,
  name: string,
  expression: string,
  raw: unknown,
  pointer: string,
): CallbackDraft[] {
  const out: CallbackDraft[] = [];
  const { value: item, pointer: itemAt } = deref(ctx, raw, pointer);
  for (const method of HTTP_METHODS) {
    const op = item[method] as Raw | undefined;
    if (!op) continue;
    const at = join(itemAt, method);
    const responses = responsesOf(ctx, op.responses, join(at, 'responses'));
    const c: CallbackDraft = { name, expression, method, responses, source: at };
    if (typeof op.summary === 'string' && op.summary.trim()) c.summary = op.summary.trim();
    if (typeof op.description === 'string' && op.description.trim()) c.description = op.description;
    const body = requestBodyOf(ctx, op.requestBody, join(at, 'requestBody'));
    if (body) c.body = body;
    out.push(c);
  }
  return out;
}

function pagesOf(raw: unknown): PageIr[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((p): p is Raw => !!p && typeof p === 'object')
    .map((p) => {
      const page: PageIr = { id: String(p.id), titleZh: String(p.title ?? '') };
      if (typeof p.titleEn === 'string') page.titleEn = p.titleEn;
      if (typeof p.example === 'string') page.example = p.example;
      return page;
    });
}

function provenanceOf(raw: unknown): ProvenanceIr | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const p = raw as Raw;
  const out: ProvenanceIr = {
    source: String(p.source ?? ''),
    confidence: (p.confidence as ProvenanceIr['confidence']) ?? 'low',
  };
  if (typeof p.notes === 'string') out.notes = p.notes;
  return out;
}

/** The response a call resolves to: the first 2xx, else the first non-error one. Shared by every emitter. */
export function successResponse(op: { responses: readonly ResponseIr[] }): ResponseIr | undefined {
  return op.responses.find((r) => /^2/.test(r.status)) ?? op.responses.find((r) => !r.isError);
}

/**
 * The media types a request body may be sent as (an event stream is never one): the first is the
 * one the SDKs send, the samples' and the try-it console's default. Shared by every emitter.
 */
export function requestContents(op: {
  requestBody?: { contents: readonly ContentIr[] };
}): ContentIr[] {
  return op.requestBody?.contents.filter((c) => c.kind !== 'event-stream') ?? [];
}

/** The JSON schema of an operation's success response. */
export function successSchema(
  op: { responses: readonly ResponseIr[] } | undefined,
): SchemaIr | undefined {
  return op ? successResponse(op)?.contents.find((c) => c.kind === 'json')?.schema : undefined;
}

/** Everything of an operation except `names`, `task`, `taskRole` and callback type names, which need all operations. */
export type OperationDraft = Omit<OperationIr, 'names' | 'task' | 'taskRole' | 'callbacks'> & {
  callbacks: CallbackDraft[];
};

export function collectOperations(ctx: IrContext): OperationDraft[] {
  const paths = (ctx.document.paths ?? {}) as Raw;
  const docSecurity = securityOf(ctx.document.security) ?? [];
  const out: OperationDraft[] = [];
  for (const path of Object.keys(paths)) {
    const { value: item, pointer: itemAt } = deref(ctx, paths[path], join('#/paths', path));
    for (const method of HTTP_METHODS) {
      const op = item[method] as Raw | undefined;
      if (!op || typeof op !== 'object') continue;
      const at = join(itemAt, method);
      const responses = responsesOf(ctx, op.responses, join(at, 'responses'));
      const extensions: Record<string, Json> = {};
      for (const key of Object.keys(op))
        if (key.startsWith('x-')) extensions[key] = copyJson(op[key]);
      const paid = typeof op['x-paid'] === 'boolean' ? op['x-paid'] : op['x-task'] !== undefined;
      const retry =
        op['x-retry'] === 'safe' || op['x-retry'] === 'unsafe'
          ? op['x-retry']
          : paid || method === 'post' || method === 'patch'
            ? 'unsafe'
            : 'safe';
      const doubts = op['x-doubt'];
      const draft: OperationDraft = {
        operationId: typeof op.operationId === 'string' ? op.operationId : '',
        method,
        path,
        wirePath: wirePath(path),
        tag: Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : 'default',
        deprecated: op.deprecated === true,
        pages: pagesOf(op['x-pages']),
        doubts:
          typeof doubts === 'string' ? [doubts] : Array.isArray(doubts) ? doubts.map(String) : [],
        security: securityOf(op.security) ?? docSecurity,
        parameters: parametersOf(ctx, path, item.parameters, op.parameters, itemAt, at),
        responses,
        retry,
        paid,
        callbacks: callbacksOf(ctx, op.callbacks, join(at, 'callbacks')),
        extensions,
        source: at,
      };
      if (typeof op.summary === 'string') draft.summary = op.summary;
      if (typeof op.description === 'string') draft.description = op.description;
      if (typeof op['x-title-zh'] === 'string') draft.titleZh = op['x-title-zh'];
      if (typeof op['x-description-zh'] === 'string') draft.descriptionZh = op['x-description-zh'];
      const provenance = provenanceOf(op['x-provenance']);
      if (provenance) draft.provenance = provenance;
      const body = requestBodyOf(ctx, op.requestBody, join(at, 'requestBody'));
      if (body) draft.requestBody = body;
      const label = draft.operationId || `${method.toUpperCase()} ${path}`;
      const stream =
        op['x-stream'] !== undefined
          ? streamOf(ctx, op['x-stream'], responses, join(at, 'x-stream'))
          : inferredStream(ctx, label, responses, body);
      if (stream) {
        inferEventSchema(ctx, stream, label);
        settleFlagDefault(ctx, stream, body);
        settleStreamEnd(stream);
        draft.stream = stream;
      }
      const paging = pagingOf(
        ctx,
        op['x-paging'],
        draft.parameters,
        responses,
        draft.stream,
        join(at, 'x-paging'),
      );
      if (paging) draft.paging = paging;
      out.push(draft);
    }
  }
  return out;
}
