/**
 * What the client needs to know about one operation, decided once from the IR: its call shape
 * (path parameters positional, then one params object holding query/header parameters and the
 * body), the body and response handling, stream and task wiring, and the type names it exports.
 */
import { commentText } from '../../util/text-safety.js';
import type {
  ApiIr,
  BodyKind,
  ContentIr,
  OperationIr,
  PagingFieldIr,
  PagingIr,
  ParameterIr,
  SchemaIr,
} from '../../ir/types.js';
import { isSentCookie, requestContents, successResponse } from '../../ir/operations.js';
import { resolveSchema } from '../../ir/resolve-schema.js';
import { acceptsObjectWith } from '../../ir/poll-needs.js';
import { sdkCredential } from '../../ir/security-schemes.js';
import { contentType, parameterType, schemaType } from './type-refs.js';
import type { EmitMemo } from '../../incremental/memo.js';

const RESERVED_ARGS = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval client params options'.split(
    ' ',
  ),
);

export interface PathArg {
  param: ParameterIr;
  /** Argument name in the generated signature. */
  arg: string;
  type: string;
}

export interface BodyPlan {
  content: ContentIr;
  kind: Exclude<BodyKind, 'event-stream'>;
  /** `spread`: the body's properties sit in the params object; `key`: under `params.body`. */
  mode: 'spread' | 'key';
  /** The body type (after upload fields are made Uploadable). */
  type: string;
  required: boolean;
  /** Multipart parts with a declared content type: the IR's concrete `partType` for each. */
  partTypes: Record<string, string>;
  /** Top-level file fields (multipart). */
  fileFields: string[];
}

export interface ResponsePlan {
  /** `mixed`: the operation declares several classes (JSON, text, bytes), told apart by the answer's content type. */
  kind: 'json' | 'binary' | 'text' | 'mixed' | 'none';
  /** Type of the data (for binary: unused, the result follows `as`). */
  type: string;
  mediaTypes: string[];
  status?: string;
}

export interface StreamPlan {
  /** Absent: the operation always streams (no request flag). */
  flag?: string;
  /** The flag defaults to true (the IR's `StreamIr.flagDefaultOn`): only `false` turns it off. */
  defaultOn?: true;
  chunkType: string;
  terminator?: string;
}

export interface OperationPlan {
  op: OperationIr;
  pathArgs: PathArg[];
  /** Query and header parameters, in spec order. */
  fields: ParameterIr[];
  body?: BodyPlan;
  /** Name of the exported params type, when the call takes a params object. */
  paramsType?: string;
  /** Its definition. */
  paramsDefinition?: string;
  /**
   * Can the params object be left out (`params?: X`)? No when a query/header parameter is
   * required, or the body is required and has required content (required properties, or a
   * `body` key that must be given). Never defaulted to a cast `{}`: a missing field must not compile.
   */
  paramsOptional: boolean;
  response: ResponsePlan;
  responseTypeName?: string;
  errorTypeName?: string;
  errorDefinition?: string;
  stream?: StreamPlan;
  chunkTypeName?: string;
  /** From the IR's `paging`, with its fields as keys of the params object (absent when a field cannot be set there). */
  paging?: Omit<PagingIr, 'param' | 'size' | 'source'> & { param: string; size?: string };
  /** Security scheme name to send, null for none. */
  auth: string | null;
  authOptional: boolean;
}

function argName(param: ParameterIr, taken: Set<string>): string {
  let name = param.identifier;
  if (RESERVED_ARGS.has(name)) name = `${name}_`;
  while (taken.has(name)) name = `${name}_`;
  taken.add(name);
  return name;
}

/** Property names of an object-like schema (for clash checks); undefined when not knowable. */
function objectProperties(
  ir: ApiIr,
  schema: SchemaIr | undefined,
  depth = 0,
): string[] | undefined {
  if (!schema || depth > 8) return undefined;
  const s = resolveSchema(ir, schema);
  if (s.kind === 'object') return s.properties.map((p) => p.name);
  if (s.kind === 'intersection' || s.kind === 'union') {
    const parts = (s.kind === 'union' ? s.variants : s.parts).map((p) =>
      objectProperties(ir, p, depth + 1),
    );
    if (parts.some((p) => p === undefined)) return undefined;
    return [...new Set(parts.flatMap((p) => p!))];
  }
  return undefined;
}

/**
 * What a call passes to switch its stream on, as code (`stream: true`, or `body: { stream: true }`
 * when the body goes under the `body` key); undefined when the operation always streams.
 */
export function streamSwitch(plan: OperationPlan, on = true): string | undefined {
  const flag = plan.stream?.flag;
  if (flag === undefined) return undefined;
  return plan.body?.mode === 'key' ? `body: { ${flag}: ${on} }` : `${flag}: ${on}`;
}

/**
 * When a call with a request flag streams, as prose: `with \`stream: true\``, or for a flag that
 * defaults to true `unless given \`stream: false\``; undefined when the operation always streams.
 */
export function whenStreams(plan: OperationPlan): string | undefined {
  if (plan.stream?.flag === undefined) return undefined;
  return plan.stream.defaultOn
    ? `unless given \`${streamSwitch(plan, false)}\``
    : `with \`${streamSwitch(plan)}\``;
}

/** Can `{}` be valid for the schema, i.e. has it no required property on every path? Unknown shapes count as not. */
export function acceptsEmptyObject(ir: ApiIr, schema: SchemaIr | undefined): boolean {
  return acceptsObjectWith(ir, schema, new Set());
}

/** Does a required body make the caller give something? A `body` key always; spread properties when some are required. */
function bodyNeedsContent(ir: ApiIr, body: BodyPlan): boolean {
  return body.mode === 'key' || !acceptsEmptyObject(ir, body.content.schema);
}

function isObjectLike(ir: ApiIr, schema: SchemaIr | undefined): boolean {
  return objectProperties(ir, schema) !== undefined;
}

/** The body's file fields: the IR's file parts (ir/file-parts.ts), which the mock reads as files too. */
export function fileFieldsOf(
  ir: ApiIr,
  content: ContentIr,
): { name: string; required: boolean; array: boolean; description?: string }[] {
  if (!content.schema) return [];
  const s = resolveSchema(ir, content.schema);
  if (s.kind !== 'object') return [];
  const isFile = (name: string) =>
    Object.hasOwn(content.encoding, name) && content.encoding[name]!.file === true;
  return s.properties
    .filter((p) => isFile(p.name))
    .map((p) => {
      const inner = resolveSchema(ir, p.schema);
      const field: { name: string; required: boolean; array: boolean; description?: string } = {
        name: p.name,
        required: p.required,
        array: inner.kind === 'array',
      };
      const description = p.schema.description ?? inner.description;
      if (description) field.description = description;
      return field;
    });
}

function planBody(ir: ApiIr, op: OperationIr, fieldNames: Set<string>): BodyPlan | undefined {
  const body = op.requestBody;
  const content = body ? requestContents(op)[0] : undefined;
  if (!body || !content) return undefined;
  const kind = content.kind as BodyPlan['kind'];
  const raw = contentType(ir, content, 'request');
  const partTypes: Record<string, string> = {};
  for (const [name, encoding] of Object.entries(content.encoding))
    if (encoding.partType) partTypes[name] = encoding.partType;
  if (kind === 'binary') {
    return {
      content,
      kind,
      mode: 'key',
      type: 'Uploadable',
      required: body.required,
      partTypes,
      fileFields: [],
    };
  }
  if (kind === 'text') {
    return {
      content,
      kind,
      mode: 'key',
      type: 'string',
      required: body.required,
      partTypes,
      fileFields: [],
    };
  }
  const props = objectProperties(ir, content.schema);
  const clash = props?.some((p) => fieldNames.has(p)) ?? false;
  const mode: BodyPlan['mode'] =
    isObjectLike(ir, content.schema) && !clash && !fieldNames.has('body') ? 'spread' : 'key';
  let type = raw;
  const files = kind === 'multipart' ? fileFieldsOf(ir, content) : [];
  if (files.length > 0) {
    const omitted = files.map((f) => `'${f.name.replace(/'/g, "\\'")}'`).join(' | ');
    const fields = files
      .map((f) => {
        const doc = docComment([f.description]);
        return `${doc}${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(f.name) ? f.name : `'${f.name}'`}${f.required ? '' : '?'}: ${f.array ? 'Uploadable | Uploadable[]' : 'Uploadable'};`;
      })
      .join(' ');
    type = `Omit<${raw}, ${omitted}> & { ${fields} }`;
  }
  return {
    content,
    kind,
    mode,
    type,
    required: body.required,
    partTypes,
    fileFields: files.map((f) => f.name),
  };
}

/** Text media types whose schema is not binary come back as strings; every other non-JSON type as bytes. */
export function responseClass(content: ContentIr): 'json' | 'text' | 'binary' {
  if (content.kind === 'json') return 'json';
  if (
    content.kind === 'text' &&
    !(content.schema && content.schema.kind === 'string' && content.schema.binary)
  )
    return 'text';
  return 'binary';
}

/**
 * The success body's handling, from every media type the operation declares. JSON and text
 * alternatives (e.g. transcriptions answering JSON or `text/plain` by `response_format`) are read by
 * the answer's content type and typed as the union. Bytes alongside other forms (images, or their
 * base64 JSON) stay a binary download whose form the caller picks with `as`.
 */
/**
 * The `Accept` a call sends when its answer is not JSON alone: the declared media types (binary,
 * text, mixed). Both SDKs send this, else `text/event-stream` for a streamed call, else `application/json`.
 */
export function acceptHeader(
  response: Pick<ResponsePlan, 'kind' | 'mediaTypes'>,
): string | undefined {
  return response.kind !== 'json' && response.kind !== 'none'
    ? response.mediaTypes.join(', ')
    : undefined;
}

/**
 * The success answer's contents a call reads: an event stream is the stream's, not the answer's,
 * and a restatement of the JSON (XML of the same data) is not asked for (ir/representations.ts).
 */
function answerContents(op: OperationIr): ContentIr[] {
  return (
    successResponse(op)?.contents.filter((c) => c.kind !== 'event-stream' && !c.restates) ?? []
  );
}

/** `planResponse(ir, op).kind` without printing the answer's type (choosing among operations). */
export function responseKind(op: OperationIr): ResponsePlan['kind'] {
  const contents = answerContents(op);
  const first = contents[0];
  if (!first) return 'none';
  const firstClass = responseClass(first);
  if (firstClass === 'binary') return 'binary';
  const classes = new Set(contents.map(responseClass));
  if (classes.has('json') && classes.has('text')) return 'mixed';
  return firstClass;
}

export function planResponse(ir: ApiIr, op: OperationIr): ResponsePlan {
  const ok = successResponse(op);
  const contents = answerContents(op);
  const kind = responseKind(op);
  if (!ok || kind === 'none') return { kind: 'none', type: 'void', mediaTypes: [] };
  const json = contents.find((c) => c.kind === 'json');
  const jsonType = json ? contentType(ir, json, 'response') : undefined;
  const ofClass = (cls: string): string[] =>
    contents.filter((c) => responseClass(c) === cls).map((c) => c.mediaType);
  if (kind === 'binary')
    return { kind, type: 'Blob', mediaTypes: ofClass('binary'), status: ok.status };
  if (kind === 'mixed')
    return {
      kind,
      type: `${jsonType} | string`,
      mediaTypes: [...ofClass('json'), ...ofClass('text')],
      status: ok.status,
    };
  if (kind === 'json')
    return { kind, type: jsonType!, mediaTypes: ofClass('json'), status: ok.status };
  return { kind, type: 'string', mediaTypes: ofClass('text'), status: ok.status };
}

function errorDefinition(ir: ApiIr, op: OperationIr): string | undefined {
  const parts: string[] = [];
  for (const r of op.responses) {
    if (!r.isError) continue;
    const json = r.contents.find((c) => c.kind === 'json');
    if (json) parts.push(contentType(ir, json, 'response'));
  }
  // Several statuses often share one error schema: `Error | Error` says nothing more.
  return parts.length ? [...new Set(parts)].join(' | ') : undefined;
}

/** Picks the scheme to send: the first requirement naming a scheme the runtime can apply (both SDKs). */
export function planAuth(
  ir: ApiIr,
  op: OperationIr,
): { auth: string | null; authOptional: boolean } {
  const usable = new Set(
    ir.securitySchemes.filter((s) => sdkCredential(s) !== undefined).map((s) => s.name),
  );
  const optional = op.security.some((r) => Object.keys(r.schemes).length === 0);
  for (const requirement of op.security) {
    const name = Object.keys(requirement.schemes).find((n) => usable.has(n));
    if (name) return { auth: name, authOptional: optional };
  }
  return { auth: null, authOptional: false };
}

const planned = new WeakMap<ApiIr, ReadonlyMap<string, OperationPlan>>();

/**
 * Every operation's plan, made once per IR: the client, the docs samples and the callback
 * receivers read the same plans. In a watch session an operation whose content key is unchanged
 * takes the last run's plan (the same content gives the same plan), with the current `op`.
 */
export function operationPlans(ir: ApiIr, memo?: EmitMemo): ReadonlyMap<string, OperationPlan> {
  let plans = planned.get(ir);
  if (plans) return plans;
  const planOf = (op: OperationIr): OperationPlan => {
    if (!memo) return planOperation(ir, op);
    const kept = memo.get(`ts-plan\0${memo.keys.operation(op.operationId)}`, () =>
      planOperation(ir, op),
    );
    return kept.op === op ? kept : { ...kept, op };
  };
  plans = new Map(ir.operations.map((op) => [op.operationId, planOf(op)]));
  planned.set(ir, plans);
  return plans;
}

/** One operation's plan (from `operationPlans`). */
export function operationPlan(ir: ApiIr, op: OperationIr): OperationPlan {
  const plan = operationPlans(ir).get(op.operationId);
  return plan?.op === op ? plan : planOperation(ir, op);
}

export function planOperation(ir: ApiIr, op: OperationIr): OperationPlan {
  const taken = new Set<string>();
  const pathArgs = op.parameters
    .filter((p) => p.in === 'path')
    .map((param) => ({ param, arg: argName(param, taken), type: parameterType(ir, param) }));
  // Cookies go as one `Cookie` header (object ones are not sent: `unsent`, warned about).
  const fields = op.parameters.filter(
    (p) => p.in === 'query' || p.in === 'header' || isSentCookie(p),
  );
  const fieldNames = new Set(fields.map((f) => f.propertyName));
  const body = planBody(ir, op, fieldNames);
  const stem = op.names.typeStem;
  const plan: OperationPlan = {
    op,
    pathArgs,
    fields,
    paramsOptional: true,
    response: planResponse(ir, op),
    ...planAuth(ir, op),
  };
  if (body) plan.body = body;

  if (fields.length > 0 || body) {
    const members: string[] = [];
    for (const f of fields) {
      const doc = docComment([f.description, f.deprecated ? '@deprecated' : undefined]);
      members.push(
        `${doc}${propertyKeyOf(f.propertyName)}${f.required ? '' : '?'}: ${parameterType(ir, f)};`,
      );
    }
    if (body?.mode === 'key') members.push(`${body.required ? 'body' : 'body?'}: ${body.type};`);
    const literal = members.length ? `{ ${members.join(' ')} }` : undefined;
    const spread = body?.mode === 'spread' ? body.type : undefined;
    plan.paramsType = `${stem}Params`;
    plan.paramsDefinition = [spread, literal].filter(Boolean).join(' & ');
    plan.paramsOptional =
      !fields.some((f) => f.required) && !(body?.required && bodyNeedsContent(ir, body));
  }
  if (
    plan.response.kind === 'json' ||
    plan.response.kind === 'text' ||
    plan.response.kind === 'mixed'
  )
    plan.responseTypeName = `${stem}Response`;
  const errors = errorDefinition(ir, op);
  if (errors) {
    plan.errorTypeName = `${stem}ErrorBody`;
    plan.errorDefinition = errors;
  }
  const paging = op.paging ? planPaging(op.paging, fields, body) : undefined;
  // The IR keeps `paging` only for a JSON answer that does not stream (ir/operations.ts `pagesJson`).
  if (paging) plan.paging = paging;
  if (op.stream && (body || op.stream.requestFlag === undefined)) {
    const chunkType = schemaType(ir, op.stream.itemSchema, 'response');
    plan.stream = {
      ...(op.stream.requestFlag !== undefined ? { flag: op.stream.requestFlag } : {}),
      ...(op.stream.flagDefaultOn ? { defaultOn: true as const } : {}),
      chunkType,
      ...(op.stream.terminator !== undefined ? { terminator: op.stream.terminator } : {}),
    };
    plan.chunkTypeName = `${stem}Chunk`;
  }
  return plan;
}

/** A paging field's key in the params object: a query parameter's property name, or a spread body property. */
function planPaging(
  paging: PagingIr,
  fields: ParameterIr[],
  body: BodyPlan | undefined,
): OperationPlan['paging'] {
  const keyOf = (field: PagingFieldIr): string | undefined => {
    if (field.in === 'query')
      return fields.find((f) => f.in === 'query' && f.name === field.name)?.propertyName;
    return body?.mode === 'spread' ? field.name : undefined;
  };
  const param = keyOf(paging.param);
  if (param === undefined) return undefined;
  const { param: _param, size: sizeField, source: _source, ...rest } = paging;
  const size = sizeField ? keyOf(sizeField) : undefined;
  return { ...rest, param, ...(size !== undefined ? { size } : {}) };
}

function propertyKeyOf(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A one-line `/** … *\/` comment from non-empty parts (for members inside type literals). */
export function docComment(parts: (string | undefined)[]): string {
  const text = commentText(
    parts
      .filter((p): p is string => Boolean(p && p.trim()))
      .join(' ')
      .replace(/\s*\n\s*/g, ' '),
  );
  return text ? `/** ${text} */ ` : '';
}
