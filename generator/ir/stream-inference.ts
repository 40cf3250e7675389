/**
 * A `text/event-stream` success response without `x-stream` still makes a streaming operation.
 * When no other success content is declared the operation always streams; when JSON is declared
 * beside it (openai's `stream: true` toggle), a boolean `stream` property of the request body is
 * the switch, as x-stream's `requestFlag`, whether the body is sent as JSON, multipart or
 * urlencoded fields (openai's transcriptions and image edits); when nothing tells which request
 * streams, a warning names the operation and it stays a plain one.
 */
import type { IrContext } from './context.js';
import type {
  ContentIr,
  ExampleIr,
  Json,
  RequestBodyIr,
  ResponseIr,
  SchemaIr,
  StreamIr,
} from './types.js';
import { convertSchema } from './schema.js';
import { sendsFields } from './body-kind.js';
import { get, join } from '../util/json-pointer.js';

type Raw = Record<string, unknown>;

/** The boolean body property inferred as the stream switch (openai's and most relays' name). */
const FLAG = 'stream';

export function inferredStream(
  ctx: IrContext,
  label: string,
  responses: ResponseIr[],
  requestBody: RequestBodyIr | undefined,
): StreamIr | undefined {
  const success = responses.filter((r) => !r.isError);
  const response = success.find((r) => r.contents.some((c) => c.kind === 'event-stream'));
  if (!response) return undefined;
  const content = response.contents.find((c) => c.kind === 'event-stream')!;
  const text = textStream(content);
  const itemSchema = text ? content.schema! : eventSchema(ctx, content);
  const textData = text || textEvents(itemSchema);
  const stream: StreamIr = {
    itemSchema,
    ...(textData ? { text: true as const } : {}),
    status: response.status,
    mediaType: content.mediaType,
    examples: text ? streamExamples(content, (data) => data) : streamExamples(content, jsonData),
    events: [],
    inferred: true,
    // An end line (openai's `[DONE]`) only when the spec's example ends with one: a terminator the
    // spec never shows would make every complete stream read as cut off (one sent anyway still
    // ends it: ir/stream-end.ts). A text stream has none
    // (a `[DONE]` text is an event as sent): it ends when the body does.
    ...(textData ? {} : exampleTerminator(content)),
    source: content.source,
  };
  const others = success.some((r) => r.contents.some((c) => c.kind !== 'event-stream'));
  if (!others) return stream;
  const bodies = requestBody?.contents ?? [];
  // Every body the request may be sent as carries the switch: the SDKs send the first one, the
  // mock reads any.
  const switched =
    bodies.length > 0 &&
    bodies.every(
      (c) => sendsFields(c.kind) && booleanProperty(ctx, rawAt(ctx, c.source)?.schema, FLAG),
    );
  if (switched) {
    stream.requestFlag = FLAG;
    return stream;
  }
  ctx.problems.push(
    ctx.warning(
      'stream-undeclared',
      content.source,
      `${label} declares a ${content.mediaType} response beside other content and no boolean \`${FLAG}\` property of the request body says which request streams: it is generated as a plain (non-streaming) operation.`,
      'Add `x-stream: { requestFlag, itemSchema }` to the operation (spec/EXTENSIONS.md).',
    ),
  );
  return undefined;
}

/**
 * Whether a stream's `data:` payloads are text rather than JSON: its event schema is a (non-binary)
 * string. The one rule the SDK runtimes and the mock follow (`StreamIr.text`).
 */
export function textEvents(itemSchema: SchemaIr): boolean {
  return itemSchema.kind === 'string' && !itemSchema.binary;
}

/**
 * A string schema on the stream's media type is read as the events' text, unless the spec's
 * example of the stream (its raw `data:` lines) shows JSON payloads: then, as in most relays'
 * specs, the string stands for the whole stream of JSON events.
 */
function textStream(content: ContentIr): boolean {
  if (content.schema === undefined || !textEvents(content.schema)) return false;
  const jsonLine = (line: string): boolean => {
    const data = /^data: ?([{[].*)$/.exec(line)?.[1];
    if (data === undefined) return false;
    try {
      return typeof JSON.parse(data) === 'object';
    } catch {
      return false; // `[DONE]`
    }
  };
  return !content.examples.some(
    (e) => typeof e.value === 'string' && e.value.split(/\r?\n/).some(jsonLine),
  );
}

/**
 * A stream's events from the spec's example of the stream (raw `data:` lines): each event's data
 * lines joined with a line break, as an SSE client reads them, then read by `value` (text as sent;
 * JSON parsed, the `[DONE]` end line and any other non-JSON data left out), with its `event:` name.
 */
function streamExamples(
  content: ContentIr,
  value: (data: string) => Json | undefined,
): ExampleIr[] {
  const example = content.examples.find((e) => typeof e.value === 'string');
  if (example === undefined) return [];
  return exampleEvents(example.value as string)
    .map((e) => ({ value: value(e.data), event: e.event }))
    .filter((e): e is { value: Json; event: string | undefined } => e.value !== undefined)
    .map((e, i) => ({
      name: `event-${i + 1}`,
      value: e.value,
      origin: 'spec' as const,
      ...(e.event !== undefined ? { event: e.event } : {}),
      source: example.source,
    }));
}

/** The spec example's last event data when it is not JSON (`[DONE]`): the stream's end line. */
function exampleTerminator(content: ContentIr): { terminator?: string } {
  const example = content.examples.find((e) => typeof e.value === 'string');
  if (example === undefined) return {};
  const last = exampleEvents(example.value as string).at(-1)?.data;
  return last !== undefined && last !== '' && jsonData(last) === undefined
    ? { terminator: last.trim() }
    : {};
}

/**
 * The events of a raw example stream: each one's `data:` lines joined as an SSE client does, and
 * its `event:` name if it has one.
 */
function exampleEvents(raw: string): { data: string; event?: string }[] {
  const field = (line: string, name: string): string | undefined =>
    line.startsWith(`${name}:`) ? line.slice(name.length + 1).replace(/^ /, '') : undefined;
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((frame) => frame.split('\n'))
    .filter((lines) => lines.some((line) => field(line, 'data') !== undefined))
    .map((lines) => {
      const data = lines.flatMap((line) => field(line, 'data') ?? []).join('\n');
      // The last `event:` line wins, as in an SSE client.
      const event = lines.flatMap((line) => field(line, 'event') ?? []).at(-1);
      return event !== undefined ? { data, event } : { data };
    });
}

/** A JSON event's payload, or undefined for data that is not JSON (the terminator). */
function jsonData(data: string): Json | undefined {
  try {
    return JSON.parse(data) as Json;
  } catch {
    return undefined;
  }
}

function rawAt(ctx: IrContext, pointer: string): Raw | undefined {
  const value = get(ctx.document, pointer);
  return value && typeof value === 'object' ? (value as Raw) : undefined;
}

/** The schema with its `$ref`s followed (a few hops; cycles stop). */
function resolved(ctx: IrContext, schema: unknown, hops = 0): Raw | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const raw = schema as Raw;
  if (typeof raw.$ref !== 'string' || hops > 16) return raw;
  return resolved(ctx, get(ctx.document, raw.$ref), hops + 1);
}

/** Does the object schema (allOf parts included) have a boolean property `name`? */
function booleanProperty(ctx: IrContext, schema: unknown, name: string): boolean {
  const prop = propertyOf(ctx, schema, name);
  return prop !== undefined && allowsBoolean(ctx, prop);
}

/** The object schema's property `name` (allOf parts included), `$ref`s followed. */
function propertyOf(ctx: IrContext, schema: unknown, name: string, depth = 0): Raw | undefined {
  const raw = resolved(ctx, schema);
  if (!raw || depth > 16) return undefined;
  const prop = resolved(ctx, (raw.properties as Raw | undefined)?.[name]);
  if (prop) return prop;
  const parts = Array.isArray(raw.allOf) ? raw.allOf : [];
  for (const part of parts) {
    const found = propertyOf(ctx, part, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A stream flag declared `default: true`: the server streams when the flag is left out, so the
 * SDKs' calls and the mock do too, and only the flag sent as `false` asks for the plain answer
 * (`StreamIr.flagDefaultOn`).
 */
export function settleFlagDefault(
  ctx: IrContext,
  stream: StreamIr,
  requestBody: RequestBodyIr | undefined,
): void {
  const flag = stream.requestFlag;
  if (flag === undefined) return;
  const declared = (requestBody?.contents ?? [])
    .filter((c) => sendsFields(c.kind))
    .map((c) => propertyOf(ctx, rawAt(ctx, c.source)?.schema, flag))
    .find((p) => p !== undefined);
  if (declared?.default === true) stream.flagDefaultOn = true;
}

/** `type: boolean` (or a type list holding it), or an anyOf/oneOf variant that is (`boolean | null`). */
function allowsBoolean(ctx: IrContext, schema: Raw, depth = 0): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('boolean')) return true;
  const variants = [schema.anyOf, schema.oneOf].flatMap((v) => (Array.isArray(v) ? v : []));
  return (
    depth < 8 &&
    variants.some((v) => {
      const r = resolved(ctx, v);
      return r !== undefined && allowsBoolean(ctx, r, depth + 1);
    })
  );
}

/**
 * Each event's `data` payload. OpenAPI 3.2's `itemSchema` describes one event: its `data`
 * property's `contentSchema` is the payload (else the data is unknown), or, without a `data`
 * property, the payload itself. A `schema` is taken as the payload's shape unless it is a string
 * (the whole stream's text): then the payload is unknown.
 */
function eventSchema(ctx: IrContext, content: ContentIr): SchemaIr {
  const at = join(content.source, 'itemSchema');
  const item = rawAt(ctx, content.source)?.itemSchema;
  if (item && typeof item === 'object') {
    const data = resolved(ctx, (resolved(ctx, item)?.properties as Raw | undefined)?.data);
    if (!data) return convertSchema(item, at, ctx);
    const dataAt = join(at, 'properties', 'data');
    // `data: {type: string}` without a contentSchema is plain text (OpenAPI 3.2's SSE item).
    if (data.contentSchema === undefined && data.type === 'string')
      return convertSchema(data, dataAt, ctx);
    return convertSchema(data.contentSchema ?? {}, dataAt, ctx);
  }
  if (content.schema && content.schema.kind !== 'string') return content.schema;
  return convertSchema({}, join(content.source, 'schema'), ctx);
}
