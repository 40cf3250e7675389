/**
 * The request an example sends, decided once for everything that prints it: the docs' samples
 * (curl, requests, the Python SDK's call; the TypeScript sample's set-up), the console's start
 * request and the Python README's calls (surface/python-call.ts).
 * Values are the IR's examples (a parameter's named or first example, the first page's body
 * example), task ids the mock seeds, the stream flag as the call reads it, and the body's fields as
 * the client's JSDoc example sends them.
 */
import type {
  ApiIr,
  ContentIr,
  ExampleIr,
  Json,
  OperationIr,
  ParameterIr,
  SecuritySchemeIr,
} from '../../ir/types.js';
import { isSentCookie, requestContents, successResponse } from '../../ir/operations.js';
import { expandStyled } from '../../../templates/client/param-styles.js';
import { exampleBody, flaggedBody } from './example-body.js';
import {
  baseUrlEnv,
  defaultBaseUrl as clientDefaultBaseUrl,
  envPrefix,
} from './client-identity.js';
import { fileFieldsOf } from './plan.js';
import { exampleTaskId } from './task-example-id.js';
import { perOperationMemo } from '../../util/per-operation-memo.js';

export interface SampleOptions {
  /** Root URL in curl/Python (default: the client's, `sampleBaseUrl`). */
  baseUrl?: string;
  /** Name of the request example to send (default: the first one). */
  example?: string;
  /** Send the stream flag and read the event stream (streaming operations only). */
  stream?: boolean;
  /** npm package of the generated client (default `@shellapi/sdk`). */
  packageName?: string;
  /** For a task poll or cancel: the task id to send (default: the id in the submit's example response). */
  taskId?: string;
  /** Media type of the request body (default: the first, the one the SDKs send). */
  mediaType?: string;
}

export interface RequestPlan {
  method: string;
  /** Path with parameter values filled in (URL-encoded). */
  path: string;
  pathParams: { param: ParameterIr; value: Json }[];
  query: { param: ParameterIr; value: Json }[];
  headers: { param: ParameterIr; value: Json }[];
  /** Cookie parameters the SDKs send (object ones are `unsent`). */
  cookies: { param: ParameterIr; value: Json }[];
  content?: ContentIr;
  body?: Json;
  /** Multipart/urlencoded fields whose schema is a file. */
  fileFields: Set<string>;
  auth?: SecuritySchemeIr;
  /** Root URL (`sampleBaseUrl`); none when the spec names no host and none was asked for. */
  baseUrl?: string;
  /**
   * Set when the spec names no host: the environment variable the SDKs read the root URL from
   * (`SHELLAPI_BASE_URL`). The HTTP samples read it where `baseUrl` is not given, and lay the
   * root out alike either way (the console writes a chosen URL where the reference stands).
   */
  baseEnv?: string;
  envKey: string;
  stream: boolean;
  /** Media type of the success body when it is bytes (download). */
  download?: string;
}

export const DEFAULT_PACKAGE = '@shellapi/sdk';

/**
 * The root URL the samples send to: the one asked for, else the client's own default (one
 * decision, in surface/client-identity.ts). None when the spec names no host (no server, a
 * templated or a relative one): the samples then read it from the environment as the SDKs do (`baseEnv`), so
 * they run as pasted — never a placeholder or an invented host.
 */
export function sampleBaseUrl(ir: ApiIr, opts: SampleOptions): string | undefined {
  return opts.baseUrl ?? clientDefaultBaseUrl(ir);
}

/** `RequestPlan.baseEnv`: the variable the root URL is read from when the spec names no host. */
export function sampleBaseEnv(ir: ApiIr, opts: SampleOptions): string | undefined {
  return clientDefaultBaseUrl(ir) === undefined
    ? baseUrlEnv(opts.packageName ?? DEFAULT_PACKAGE)
    : undefined;
}

/** The request body's media type the samples send: the one asked for, else the SDKs' (the first). */
export function sampleContent(op: OperationIr, mediaType?: string): ContentIr | undefined {
  const contents = requestContents(op);
  return (mediaType ? contents.find((c) => c.mediaType === mediaType) : undefined) ?? contents[0];
}

function firstExample(examples: ExampleIr[], name?: string): ExampleIr | undefined {
  return (name ? examples.find((e) => e.name === name) : undefined) ?? examples[0];
}

/** A value for a parameter other than a task id: its named example, else the first, else the IR's example. */
function paramValue(param: ParameterIr, example: string | undefined): Json {
  return firstExample(param.examples, example)?.value ?? param.example?.value ?? null;
}

/** Per IR and operation, the plans by options (all but the package name, which names only `envKey`). */
const planMemo = perOperationMemo<RequestPlan>();

/**
 * The request of `op` as `opts` asks, made once: the page's samples, the console's start request
 * and its optional fields (sample-fields.ts) all read the same operation's plan.
 */
export function requestPlan(ir: ApiIr, op: OperationIr, opts: SampleOptions): RequestPlan {
  const key = JSON.stringify([
    opts.baseUrl,
    opts.example,
    opts.stream,
    opts.taskId,
    opts.mediaType,
  ]);
  const made = planMemo(ir, op, key, () => planOf(ir, op, opts));
  const envKey = envKeyOf(opts);
  if (made.envKey === envKey) return made;
  const baseEnv = sampleBaseEnv(ir, opts);
  return { ...made, envKey, ...(baseEnv !== undefined ? { baseEnv } : {}) };
}

const envKeyOf = (opts: SampleOptions): string =>
  `${envPrefix(opts.packageName ?? DEFAULT_PACKAGE)}_API_KEY`;

function planOf(ir: ApiIr, op: OperationIr, opts: SampleOptions): RequestPlan {
  const idInput = op.taskRole?.idInput;
  const isIdParam = (p: ParameterIr): boolean =>
    idInput !== undefined && idInput.in === p.in && idInput.name === p.name;
  const values = op.parameters.map((p) => ({
    param: p,
    // An explicit task id beats the seeded one (the mock's, surface/task-example-id.ts).
    value:
      (opts.taskId !== undefined && isIdParam(p) ? opts.taskId : undefined) ??
      exampleTaskId(op, p, opts.example) ??
      paramValue(p, opts.example),
  }));
  const pathParams = values.filter((v) => v.param.in === 'path');
  // Optional query and header parameters are left out unless the spec gives them an example.
  const wanted = (p: ParameterIr): boolean => p.required || p.examples.length > 0;
  const query = values.filter((v) => v.param.in === 'query' && wanted(v.param));
  const headers = values.filter((v) => v.param.in === 'header' && wanted(v.param));
  const cookies = values.filter((v) => isSentCookie(v.param) && wanted(v.param));
  let path = op.wirePath;
  // Expanded as the SDKs expand it (the runtime's own code, in the IR's style and explode).
  for (const { param, value } of pathParams) {
    path = path
      .split(`{${param.name}}`)
      .join(expandStyled(param.name, value, param, encodeURIComponent));
  }
  const stream = Boolean(opts.stream && op.stream);
  const content = sampleContent(op, opts.mediaType);
  let body: Json | undefined;
  const fileFields = new Set<string>();
  if (content) {
    // The page's example when asked for, else the first page's, else the first (as the client's docs do).
    const ex = firstExample(
      content.examples,
      opts.example ?? op.pages.find((pg) => pg.example)?.example,
    );
    // A binary body is a file the sample reads: any value stands for it.
    body = ex ? ex.value : content.kind === 'binary' ? '' : content.example?.value;
    if (
      opts.taskId !== undefined &&
      idInput?.in === 'body' &&
      body &&
      typeof body === 'object' &&
      !Array.isArray(body)
    ) {
      body = { ...body, [idInput.name]: opts.taskId };
    }
    // The stream flag `true` exactly when the sample reads the stream (the client's example's rule).
    body = flaggedBody(body, op.stream?.requestFlag, Boolean(op.stream?.flagDefaultOn), stream);
    // The IR's file parts (ir/file-parts.ts): what the SDKs send as files and the mock reads as such.
    if (content.kind === 'multipart')
      for (const f of fileFieldsOf(ir, content)) fileFields.add(f.name);
    // The fields every language's sample sends (the client's JSDoc example reads the same rule).
    body = exampleBody(ir, content, body);
  }
  const ok = successResponse(op);
  const okContent = ok?.contents.find((c) => c.kind !== 'event-stream');
  const download =
    !stream && okContent && okContent.kind === 'binary' ? okContent.mediaType : undefined;
  const requirement = op.security[0];
  const schemeName = requirement ? Object.keys(requirement.schemes)[0] : undefined;
  const auth = schemeName ? ir.securitySchemes.find((s) => s.name === schemeName) : undefined;
  const baseUrl = sampleBaseUrl(ir, opts);
  const baseEnv = sampleBaseEnv(ir, opts);
  return {
    method: op.method.toUpperCase(),
    path,
    pathParams,
    query,
    headers,
    cookies,
    fileFields,
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    ...(baseEnv !== undefined ? { baseEnv } : {}),
    envKey: envKeyOf(opts),
    stream,
    ...(content ? { content } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(auth ? { auth } : {}),
    ...(download ? { download } : {}),
  };
}

/** A text body's or form field's text: a string as it is, another value as its JSON. */
export function scalarText(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A JSON object (an object body whose fields go one by one). */
export function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
