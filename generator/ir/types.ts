/**
 * The intermediate representation: the only view of the API that emitters see.
 * Plain, frozen, JSON-serialisable data. Every node carries `source`, a JSON pointer into the
 * bundled document (LoadedSpec.locate turns it into file:line:col). Everything cross-cutting
 * (names, resource tree, streaming, task lifecycles, retry safety, examples) is decided here once.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ───────────────────────────── schemas ─────────────────────────────

interface SchemaBase {
  source: string;
  title?: string;
  description?: string;
  /** `x-description-zh`: the Chinese text of `description`, from the same schema object. */
  descriptionZh?: string;
  /** True when `null` is allowed (3.0 `nullable`, 3.1 `type: [.., 'null']`, or a `null` variant). */
  nullable: boolean;
  default?: Json;
  /** Examples in spec order (`example` first, then `examples`). */
  examples: Json[];
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  /** `x-*` keys kept verbatim (e.g. `x-doubt`). */
  extensions: Record<string, Json>;
  /** The XML Object: how the value is written as XML (`ir/xml.ts`). */
  xml?: XmlIr;
}

export interface XmlIr {
  /** Absent when the spec gives none (or `##default`). */
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: true;
  wrapped?: true;
}

export interface RefSchema extends SchemaBase {
  kind: 'ref';
  /** Name of a component schema in `ApiIr.schemas`. */
  name: string;
}

export interface PropertyIr {
  name: string;
  required: boolean;
  schema: SchemaIr;
}

export interface PatternPropertyIr {
  pattern: string;
  schema: SchemaIr;
}

export interface ObjectSchema extends SchemaBase {
  kind: 'object';
  /** Spec order. */
  properties: PropertyIr[];
  /**
   * As the spec says it: `true` = any extra keys, `false` = none, a schema = extra values of that
   * shape; absent when the spec says nothing (JSON Schema then allows any key, so validation stays
   * lenient, but emitted types list only the declared properties: see `extraKeysOf`).
   */
  additionalProperties?: boolean | SchemaIr;
  /** `patternProperties`, spec order: keys matching `pattern` (an ECMAScript regex) take values of `schema`. */
  patternProperties?: PatternPropertyIr[];
  minProperties?: number;
  maxProperties?: number;
}

export interface ArraySchema extends SchemaBase {
  kind: 'array';
  items: SchemaIr;
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
}

export interface ScalarSchema extends SchemaBase {
  kind: 'string' | 'number' | 'integer' | 'boolean' | 'null';
  format?: string;
  /** Spec order; for a `const`, a single value. */
  enum?: Json[];
  /**
   * An open enum: the listed values are the known ones, any other value of the kind is valid too
   * (`anyOf: [{enum: [...]}, {type: string}]`, or `x-enum-open: true` beside the enum).
   */
  openEnum?: boolean;
  const?: Json;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  /** `format: binary` strings or `contentMediaType` without `contentEncoding` — a file part or binary body. */
  binary: boolean;
  contentMediaType?: string;
  /** Text that encodes bytes (`base64`): with a `contentMediaType`, still text, not a file. */
  contentEncoding?: string;
}

export interface DiscriminatorIr {
  propertyName: string;
  /** value → component schema name. Inferred from each variant's `const`/single `enum` when the spec gives no mapping. */
  mapping: Record<string, string>;
  /** True when the mapping was inferred rather than written in the spec. */
  inferred: boolean;
}

export interface UnionSchema extends SchemaBase {
  kind: 'union';
  mode: 'oneOf' | 'anyOf';
  /** Without the `null` variant (that is folded into `nullable`). */
  variants: SchemaIr[];
  discriminator?: DiscriminatorIr;
}

export interface IntersectionSchema extends SchemaBase {
  kind: 'intersection';
  /** allOf parts, refs kept. */
  parts: SchemaIr[];
}

export interface AnySchema extends SchemaBase {
  kind: 'any';
}

/** `not`, or an empty schema `false`. */
export interface NeverSchema extends SchemaBase {
  kind: 'never';
}

export type SchemaIr =
  | RefSchema
  | ObjectSchema
  | ArraySchema
  | ScalarSchema
  | UnionSchema
  | IntersectionSchema
  | AnySchema
  | NeverSchema;

export interface NamedSchemaIr {
  /** Component name as in the spec. */
  name: string;
  /** TypeScript identifier decided once (PascalCase, unique, never a global schema.ts uses: `schemaTypeName`). */
  typeName: string;
  /**
   * The type name of its shape as a request sends it (`<typeName>Input`), only when that shape
   * differs: it or a schema it reaches has a readOnly property, left out of requests (ir/directions.ts).
   */
  requestTypeName?: string;
  /** Likewise as a response brings it (`<typeName>Output`): a writeOnly property is reached. */
  responseTypeName?: string;
  schema: SchemaIr;
  source: string;
}

// ───────────────────────────── examples ─────────────────────────────

export interface ExampleIr {
  /** Key in `examples` (or `default` for a lone `example`). */
  name: string;
  summary?: string;
  description?: string;
  /** Validates against its schema, unless the spec marks it `x-example-invalid: true`. */
  value: Json;
  /**
   * `spec`: written in the spec (on the media type, parameter, stream or schema) and valid.
   * `generated`: made by `ir/examples` from the schema, because the spec gave none or the one it
   * gave does not validate (then reported as `example-invalid` and replaced here).
   */
  origin: 'spec' | 'generated';
  /** The spec marks it deliberately invalid (`x-example-invalid: true`): kept as written, not reported. */
  invalidOnPurpose?: true;
  /** A stream event's `event:` name, as the spec's example stream gives it (the mock sends it). */
  event?: string;
  source: string;
}

// ───────────────────────────── operations ─────────────────────────────

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterIr {
  name: string;
  in: ParamLocation;
  /** Key of this parameter in a generated params object: the wire name (quoted where needed). */
  propertyName: string;
  /** A valid identifier for it (positional arguments, variables): the name if it is one, else camelCase (`item-id` → `itemId`). */
  identifier: string;
  required: boolean;
  description?: string;
  /** `x-description-zh`: the Chinese text of `description`. */
  descriptionZh?: string;
  deprecated: boolean;
  schema: SchemaIr;
  /** OpenAPI serialisation style and explode, with the location's defaults (ir/param-style.ts). */
  style: string;
  explode: boolean;
  /** A query parameter whose reserved characters (`:/?@!$()*,;=`) are sent unencoded. */
  allowReserved?: true;
  /**
   * Not sent by the SDK runtimes' built-in rule (form-exploded query, simple scalar or array path,
   * scalar header): the operation passes its style to the style modules (query-styles.ts,
   * param-styles.ts; Python `_styles.py`).
   */
  styled?: true;
  examples: ExampleIr[];
  /** The value samples and calls use: the first example, else the schema's, else generated (set by `ir/examples`). */
  example?: ExampleIr;
  /** A cookie parameter the SDKs do not send (an object; a generate-time warning says so). */
  unsent?: true;
  /** Declared on the path item (not overridden by the operation): the `paths` types list it there too. */
  pathItem?: true;
  source: string;
}

export type BodyKind = 'json' | 'multipart' | 'urlencoded' | 'binary' | 'text' | 'event-stream';

export interface EncodingIr {
  /** The spec's `contentType` as written (may be a list or a wildcard). */
  contentType?: string;
  /** What the SDKs label a part with when the value says nothing: `sendableMediaType(contentType)`. */
  partType?: string;
  /** The part is JSON text: its `partType` is `application/json` or any `+json` type. */
  json?: true;
  /** A multipart file part (ir/file-parts.ts): sent with a filename; every other part is text. */
  file?: true;
  /** A file part whose schema takes text too (a union with a text string variant): a string is sent as text. */
  text?: true;
  /**
   * A urlencoded body's property sent in another style than form, exploded (the default; then
   * both are absent): the Encoding Object's `style`, and `explode` (its default: style is form).
   */
  style?: string;
  explode?: boolean;
  headers: string[];
}

export interface ContentIr {
  mediaType: string;
  kind: BodyKind;
  schema?: SchemaIr;
  /** Per-part encoding for multipart/urlencoded, by property name. */
  encoding: Record<string, EncodingIr>;
  /** The spec's examples in order; one that does not validate holds a generated value instead. */
  examples: ExampleIr[];
  /**
   * The default body every output shows and answers with (mock answer, docs example, SDK
   * `@example`): the first example, else the schema's, else one generated from the schema.
   * Absent for binary and event-stream contents and contents without a schema or example.
   */
  example?: ExampleIr;
  /**
   * A success response's content that restates its JSON content (this media type) in another
   * serialization: XML, or the same schema. Not asked for, typed or answered by default (ir/representations.ts).
   */
  restates?: string;
  source: string;
}

export interface RequestBodyIr {
  required: boolean;
  description?: string;
  /** Spec order; the first is the default the client sends. */
  contents: ContentIr[];
  source: string;
}

export interface HeaderIr {
  name: string;
  required: boolean;
  description?: string;
  schema: SchemaIr;
  /** Its schema's example, else a generated value (set by `ir/examples`). */
  example?: ExampleIr;
}

export interface ResponseIr {
  /** `200`, `4XX`, `default`. */
  status: string;
  /** True for 4xx/5xx/4XX/5XX and for `default` when a 2xx exists. */
  isError: boolean;
  description: string;
  /** `x-description-zh`: the Chinese text of `description`. */
  descriptionZh?: string;
  headers: HeaderIr[];
  contents: ContentIr[];
  source: string;
}

export interface SecurityRequirementIr {
  /** Scheme name → scopes. An empty list of requirements means no auth. */
  schemes: Record<string, string[]>;
}

export interface SecuritySchemeIr {
  name: string;
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For http: `bearer`, `basic`. */
  scheme?: string;
  /** For apiKey: header/query/cookie and the key name. */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  bearerFormat?: string;
  description?: string;
  /** For oauth2: the flows in spec order (implicit, password, clientCredentials, authorizationCode). */
  flows?: OAuthFlowIr[];
  /** For openIdConnect: the discovery document's URL. */
  openIdConnectUrl?: string;
  source: string;
}

export interface OAuthFlowIr {
  flow: 'implicit' | 'password' | 'clientCredentials' | 'authorizationCode';
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** Spec order. */
  scopes: { name: string; description: string }[];
}

/**
 * From `x-stream` on the operation (a request flag switches the response to an SSE stream), or
 * inferred from a `text/event-stream` success response (stream-inference.ts).
 */
export interface StreamIr {
  /** Request body property that selects streaming (e.g. `stream`); absent: the operation always streams. */
  requestFlag?: string;
  /**
   * The flag's schema says `default: true`: a request without it streams, and only the flag sent
   * as `false` gets the plain answer (ir/stream-inference.ts `settleFlagDefault`).
   */
  flagDefaultOn?: true;
  /** Inferred from the response's media type, not declared by `x-stream`. */
  inferred?: true;
  /** Schema of each `data:` event payload. */
  itemSchema: SchemaIr;
  /**
   * `itemSchema` was inferred from the example events: the spec declares none (a
   * `stream-schema-inferred` warning; ir/stream-event-schema.ts).
   */
  itemSchemaInferred?: true;
  /**
   * Its events are OpenAI-style chat completion chunks (`choices[].delta` with `content` or
   * `tool_calls`): the SDK's `accumulateChatCompletion` folds them (ir/chat-stream.ts).
   */
  chatCompletion?: true;
  /**
   * Each `data:` payload is the text itself, not JSON (the event schema is a string; `textEvents`
   * in ir/stream-inference.ts): the SDKs yield it as it is and the mock writes it so.
   */
  text?: true;
  /**
   * Data payload that ends the stream (e.g. `[DONE]`) and must come: the spec declares or shows
   * it (ir/stream-end.ts).
   */
  terminator?: string;
  /**
   * Data payload that ends the stream when it comes, though the spec shows none: a body that ends
   * without it is complete too (openai's `[DONE]` beside a JSON stream; ir/stream-end.ts).
   */
  terminatorIfSent?: string;
  /** Status and media type of the streamed response. */
  status: string;
  mediaType: string;
  /** Example events (payload objects) in order, as the spec gives them (invalid ones replaced). */
  examples: ExampleIr[];
  /** The events the mock streams and the docs show: the examples, else one generated event. */
  events: ExampleIr[];
  source: string;
}

/**
 * `x-paging`: how an operation pages, decided once for every output (the SDK's page iterator, the
 * mock's paging). Plain data: the request fields to change from page to page and the response
 * fields to read. `page` style: the page index goes up by one from `firstPage`; `cursor` style:
 * the next request carries the value at `nextCursor`. The last page is the one with no items, with
 * `last` true, with `hasMore` false, or (cursor) with no next cursor.
 */
export interface PagingIr {
  style: 'page' | 'cursor';
  /** The request field that picks the page: its index (`page`) or the cursor (`cursor`). */
  param: PagingFieldIr;
  /** The request field with the page size, when the API takes one. */
  size?: PagingFieldIr;
  /** Index of the first page (`page` style): 0 or 1. */
  firstPage: number;
  /** JSON pointer to the array of items in the success response. */
  items: string;
  /** JSON pointer to the next cursor (`cursor` style). */
  nextCursor?: string;
  /** JSON pointer to a boolean: more pages follow. */
  hasMore?: string;
  /** JSON pointer to a boolean: this is the last page. */
  last?: string;
  source: string;
}

/** A request field: a query parameter or a property of the JSON request body (by its wire name). */
export interface PagingFieldIr {
  in: 'query' | 'body';
  name: string;
}

export type CanonicalTaskState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export type ProgressScale = 'percent-string' | 'percent' | 'fraction';

/** How a task id reaches an operation of the family: path/query parameter or a body property. */
export interface TaskIdInputIr {
  operationId: string;
  in: 'path' | 'query' | 'body';
  /** Parameter name, or body property name (top-level) for `in: body`. */
  name: string;
}

/** A family's cancel operation, and what it answers for a task that has already finished. */
export interface TaskCancelIr extends TaskIdInputIr {
  /**
   * The refusal of a cancel that comes too late: the response of `status` (its `example`, when
   * named). From the family's `cancel.whenFinished`, else the cancel's declared `409`; absent when
   * neither (the cancel answers as usual: cancelling twice is harmless for such an API).
   */
  finished?: { status: string; example?: string };
}

export interface TaskListIr {
  operationId: string;
  /** JSON pointer to the array of task objects in the response ('' = the body itself). */
  items: string;
  /** JSON pointer to an array of ids in the request body that filters the list, if any. */
  ids?: string;
}

/** A task family (`x-task-families` at the root), shared by its submit operations. */
export interface TaskFamilyIr {
  name: string;
  title?: string;
  description?: string;
  poll: TaskIdInputIr;
  /** Pointers into the poll response. */
  status: string;
  progress?: { pointer: string; scale: ProgressScale };
  result: string[];
  error?: string;
  /**
   * JSON pointer to the task's own id inside a task object (the poll response, a callback body).
   * Inferred from the poll response schema: the field named like the poll's id input, else `id`,
   * `task_id` or `taskId`, next to the status field first, then at the top. Absent when none fits.
   */
  taskId?: string;
  /** Vendor status value → canonical state (values may be strings, numbers or booleans). */
  states: Record<CanonicalTaskState, Json[]>;
  intervalMs: number;
  timeoutMs: number;
  cancel?: TaskCancelIr;
  lists: TaskListIr[];
  /** operationIds of the submit operations, spec order. */
  submits: string[];
  source: string;
}

/** `x-task` on a submit operation, resolved against its family. */
export interface OperationTaskIr {
  family: string;
  /** JSON pointer to the task id in the submit response. */
  id: string;
  /** The poll used for this submit (the family's, unless the operation overrides it). */
  poll: TaskIdInputIr;
  /** The family's result pointers this submit's task fills (`x-task.result`), when it names them. */
  result?: string[];
}

/** The operation's part in a task family other than submit (poll, list, cancel). */
export interface TaskRoleIr {
  family: string;
  role: 'poll' | 'list' | 'cancel';
  /**
   * A poll's result pointers when narrower than the family's: the family's pointers (in family
   * order) that the submits polled by it fill (see `OperationTaskIr.result`). Read through
   * `pollResultPointers`.
   */
  result?: string[];
  /**
   * A poll's generated values for its family's result pointers and their ancestors (from its
   * success schema, one per alternative a valid value exists for): what the mock's finished task
   * shows when no example is in the succeeded state. Decided on first read (`ir/examples`).
   */
  resultSamples?: { pointer: string; values: Json[] }[];
  /**
   * A poll's or cancel's task ids its example calls pass (docs samples, the console's defaults,
   * SDK `@example`s); the mock starts with a finished task for each. Decided on first read
   * (`ir/task-seeds.ts`).
   */
  exampleIds?: (string | number)[];
  /** Where a poll or cancel takes the task id (its family's, or a submit's own poll): `taskIdInputOf`. */
  idInput?: TaskIdInputIr;
}

/** One documented page of the original docs that this operation (or one of its examples) represents. */
export interface PageIr {
  /** Catalog id, e.g. `E12`. */
  id: string;
  /** Original Chinese title. */
  titleZh: string;
  titleEn?: string;
  /** Name of the request example that stands for this page, when several pages share the operation. */
  example?: string;
}

export interface ProvenanceIr {
  source: string;
  confidence: 'high' | 'medium' | 'low';
  notes?: string;
}

export interface CallbackIr {
  name: string;
  /** Runtime expression for the URL, e.g. `{$request.body#/notifyHook}`. */
  expression: string;
  method: HttpMethod;
  /** The request's own `summary` and `description`: what the event is, for the receiver's docs page. */
  summary?: string;
  description?: string;
  body?: RequestBodyIr;
  /**
   * What the receiver is to answer, as the spec declares it (spec order). Every output that tells
   * the receiver what to answer (the docs' HTML and Markdown) reads it.
   */
  responses: ResponseIr[];
  /**
   * Exported name of the payload (request body) type, decided once: `<TypeStem><Name>Payload` for an
   * operation's callback (e.g. `MidjourneySubmitImagineNotifyHookPayload`), `<Name>WebhookPayload`
   * for a root webhook; the method joins in (`…NotifyHookPostPayload`) when one callback name has
   * several requests. A clash is a located `name-clash` error.
   */
  typeName: string;
  source: string;
}

/** Names decided once for every emitter. */
export interface OperationNamesIr {
  /** Resource path in the client tree, e.g. `['midjourney', 'submit']`. */
  resource: string[];
  /** Method on that resource, e.g. `imagine`. */
  method: string;
  /** Standalone function name, e.g. `midjourneySubmitImagine`. */
  function: string;
  /** PascalCase stem for generated types, e.g. `MidjourneySubmitImagine` (→ `…Params`, `…Response`). */
  typeStem: string;
}

export interface OperationIr {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** `path` as the SDKs send it: literal characters a URL parser would change percent-encoded. */
  wirePath: string;
  /** The family tag (first tag). */
  tag: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** `x-title-zh`: the original Chinese page title. */
  titleZh?: string;
  /** `x-description-zh`: the Chinese text of `description`. */
  descriptionZh?: string;
  pages: PageIr[];
  provenance?: ProvenanceIr;
  /** `x-doubt` texts: open questions a maintainer should verify. */
  doubts: string[];
  /** Effective security (operation's, else the document's). Empty array = no auth. */
  security: SecurityRequirementIr[];
  /** Path-level and operation-level merged, spec order. */
  parameters: ParameterIr[];
  requestBody?: RequestBodyIr;
  /** Spec order. */
  responses: ResponseIr[];
  stream?: StreamIr;
  /** From `x-paging`: the operation returns one page of a list. */
  paging?: PagingIr;
  task?: OperationTaskIr;
  taskRole?: TaskRoleIr;
  /**
   * `safe`: may be re-sent after it may have reached the server (reads, polls, declared-safe).
   * `unsafe`: starts paid / non-idempotent work; re-sent only when it surely never left the client.
   * From `x-retry`, else unsafe when `paid`, else by method (GET/HEAD/OPTIONS/PUT/DELETE safe, POST/PATCH unsafe).
   */
  retry: 'safe' | 'unsafe';
  /**
   * The call starts paid work (a charge per call), so every SDK and the docs say so where they
   * explain why it is not re-sent. From `x-paid`, else true for a task submit (`x-task`).
   */
  paid: boolean;
  callbacks: CallbackIr[];
  names: OperationNamesIr;
  extensions: Record<string, Json>;
  source: string;
}

// ───────────────────────────── resources and the whole ─────────────────────────────

export interface ResourceIr {
  /** Segment name, e.g. `submit`; '' for the root. */
  name: string;
  /** Full path, e.g. `['midjourney', 'submit']`. */
  path: string[];
  /** Class name for the resource, e.g. `MidjourneySubmit`. */
  className: string;
  /** operationIds of the methods on this resource, sorted by method name. */
  operations: string[];
  /** Sorted by name. */
  children: ResourceIr[];
}

export interface TagIr {
  name: string;
  /** `x-display-name`, else the name. */
  displayName: string;
  /** `x-title-zh`. */
  titleZh?: string;
  description?: string;
  /** `x-description-zh`: the Chinese text of `description`. */
  descriptionZh?: string;
  source: string;
}

export interface ServerIr {
  url: string;
  description?: string;
  variables: Record<string, { default: string; enum?: string[]; description?: string }>;
}

/**
 * How SDK runtimes retry (see generator/ir/retry-policy.ts). `safe` operations retry on connection
 * errors, timeouts, `retryStatuses` and statuses from `retryStatusFrom` up; `unsafe` ones only when
 * the request surely never left or the server sends `<hintHeader>: true`.
 */
export interface RetryPolicyIr {
  /** Retries after the first attempt, by default. */
  maxRetries: number;
  /** Backoff without a server hint: initial × 2^retry, capped, minus up to `jitter` of it. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Longest server-suggested wait (`retry-after`, `retry-after-ms`) that is honoured. */
  maxServerDelayMs: number;
  jitter: number;
  retryStatuses: number[];
  retryStatusFrom: number;
  /** Response header by which the server says whether to retry (`true` / `false`). */
  hintHeader: string;
  /** Task waits: consecutive transient poll failures tolerated. */
  maxPollErrors: number;
  /** Task waits: statuses (besides `retryStatusFrom` and up) that count as transient. */
  pollRetryStatuses: number[];
}

export interface ApiIr {
  info: {
    title: string;
    version: string;
    /** npm name of the SDK (`info.x-package-name`, else from the title): ir/package-name.ts. */
    packageName: string;
    /** Set when the spec names the package (`info.x-package-name`), not only its title. */
    packageNameDeclared?: true;
    description?: string;
    summary?: string;
  };
  /**
   * The SDK client class: the title in PascalCase (`ShellApi`), `<Name>Client` when a resource
   * class, schema or operation type has that name (ir/names.ts, warned `name-clash`). Both SDKs,
   * the docs samples, the READMEs and the diff read it.
   */
  clientClassName: string;
  /**
   * The SDKs' base error class: `<clientClassName>Error` (`ShellApiError`), `…Error2` when taken
   * (ir/names.ts). The runtime templates spell it `RUNTIME_ERROR_CLASS`; both SDKs' copies, the
   * READMEs and the docs read this name instead.
   */
  errorClassName: string;
  /** OpenAPI version of the input (`3.0` / `3.1`). */
  openapi: '3.0' | '3.1';
  /** sha256 of the spec files. */
  specHash: string;
  servers: ServerIr[];
  securitySchemes: SecuritySchemeIr[];
  /** Document-level security. */
  security: SecurityRequirementIr[];
  /** Spec order. */
  tags: TagIr[];
  /** Spec order (paths, then methods in HttpMethod order). */
  operations: OperationIr[];
  /** Sorted by name (code point). */
  schemas: NamedSchemaIr[];
  /** Sorted by name. */
  taskFamilies: TaskFamilyIr[];
  resources: ResourceIr;
  /** Root `webhooks` (3.1), as callbacks without an expression. */
  webhooks: CallbackIr[];
  retryPolicy: RetryPolicyIr;
}
