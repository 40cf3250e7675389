/** Calling the generated client by IR names, turning planned arguments into real values, and watching the wire. */
import type { ArgValue, PlannedCall } from './ir-calls.js';
import { FileArg } from './ir-calls.js';

type Method = (...args: unknown[]) => unknown;

/** `client.a.b.method`, bound, or an error naming the missing step. */
export function methodOf(client: object, resource: readonly string[], method: string): Method {
  let node: unknown = client;
  for (const segment of resource) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node === undefined || node === null)
      throw new Error(`client.${resource.join('.')}: no resource ${segment}`);
  }
  const fn = (node as Record<string, unknown>)[method];
  if (typeof fn !== 'function')
    throw new Error(`client.${[...resource, method].join('.')} is not a method`);
  return (fn as Method).bind(node);
}

export type FileStyle = 'blob' | 'bytes';

/** Planned values → call values: FileArgs become a typed Blob or bare bytes (the client then types them). */
export function realize(
  value: ArgValue | undefined,
  style: FileStyle,
  used?: Set<FileStyle>,
): unknown {
  if (value instanceof FileArg) {
    used?.add(style);
    return style === 'blob'
      ? new Blob([value.bytes.slice()], { type: value.mediaType })
      : value.bytes.slice();
  }
  if (Array.isArray(value)) return value.map((v) => realize(v, style, used));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, realize(v, style, used)]));
  return value;
}

/** The argument list of a planned call: path arguments, the params object (if the signature has one), then `options`. */
export function argumentsOf(
  call: PlannedCall,
  style: FileStyle,
  options: unknown,
  used?: Set<FileStyle>,
): unknown[] {
  const args: unknown[] = [...call.pathArgs];
  if (call.plan.paramsType) args.push(realize(call.params ?? {}, style, used));
  if (options !== undefined) args.push(options);
  return args;
}

export interface Exchange {
  method: string;
  url: URL;
  requestHeaders: Headers;
  status: number;
  contentType: string;
  /** The event-stream bytes the client has read so far (copied as they pass through). */
  streamText?: () => string;
}

/** A fetch for the client that records every exchange and keeps a copy of event streams. */
export function recordingFetch(after?: (exchange: Exchange) => void): {
  fetch: typeof fetch;
  exchanges: Exchange[];
} {
  const exchanges: Exchange[] = [];
  const recorder = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const contentType = (response.headers.get('content-type') ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const exchange: Exchange = {
      method: request.method,
      url: new URL(request.url),
      requestHeaders: request.headers,
      status: response.status,
      contentType,
    };
    exchanges.push(exchange);
    let out = response;
    if (contentType === 'text/event-stream' && response.body) {
      // A pass-through copy, not a tee: cancelling one tee branch waits for the other, and the
      // copy holds exactly what the client consumed before it stopped.
      const seen: Uint8Array[] = [];
      const copy = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen.push(chunk.slice());
          controller.enqueue(chunk);
        },
      });
      exchange.streamText = () => new TextDecoder().decode(Buffer.concat(seen));
      out = new Response(response.body.pipeThrough(copy), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    after?.(exchange);
    return out;
  };
  return { fetch: recorder as typeof fetch, exchanges };
}

/** `data:` payloads of an event stream, in order (multi-line data joined with \n). */
export function sseData(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\r\n\r\n|\n\n|\r\r/)) {
    const lines = block.split(/\r\n|\n|\r/).filter((l) => l.startsWith('data:'));
    if (lines.length > 0) out.push(lines.map((l) => l.slice(5).replace(/^ /, '')).join('\n'));
  }
  return out;
}
