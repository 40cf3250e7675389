/** Turning a successful response into data, by content type or by the caller's `as`. */
import { ShellApiError } from './errors.js';

/**
 * How to hand back the body:
 * `auto` (JSON → parsed, text/* → string, anything else → Blob), `json`, `text`, `blob`,
 * `arrayBuffer` — all read fully within the request timeout; `response` (the raw Response, body
 * unread) and `stream` (the body as a ReadableStream of bytes) — the timeout then stops at the
 * headers and `idleTimeout` guards gaps between chunks.
 */
export type ResponseAs = 'auto' | 'json' | 'text' | 'blob' | 'arrayBuffer' | 'response' | 'stream';

/** What each binary `as` returns. */
export type BinaryAs = 'blob' | 'arrayBuffer' | 'response' | 'stream';
export type BinaryResult<A extends BinaryAs> = A extends 'arrayBuffer'
  ? ArrayBuffer
  : A extends 'response'
    ? Response
    : A extends 'stream'
      ? ReadableStream<Uint8Array>
      : Blob;

/**
 * The media-type classes, of a bare lower-case type: JSON (`application/json`, any `+json`) and
 * text (`text/*`, XML, NDJSON). The IR classifies declared types and the Python SDK reads answers
 * by the same two patterns.
 */
export const JSON_MEDIA_TYPE: RegExp = /^application\/json$|\+json$/;
export const TEXT_MEDIA_TYPE: RegExp = /^text\/|^application\/(xml|x-ndjson)$|\+xml$/;

/** Parses bytes already read from a response. Empty bodies become `undefined` for JSON/auto. */
export function parseBuffered(
  bytes: ArrayBuffer,
  contentType: string | null,
  as: ResponseAs,
): unknown {
  if (as === 'auto') {
    // No data from an empty body; JSON or text by the media type; the rest is a Blob.
    if (!bytes.byteLength) return undefined;
    // The bare media type, lower-cased ('' when there is none).
    const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    as = JSON_MEDIA_TYPE.test(type) ? 'json' : TEXT_MEDIA_TYPE.test(type) ? 'text' : 'blob';
  }
  if (as === 'arrayBuffer') return bytes;
  if (as !== 'text' && as !== 'json') return new Blob([bytes], { type: contentType ?? '' });
  const text = new TextDecoder().decode(bytes);
  if (as === 'text') return text;
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ShellApiError(
      `Could not parse the response as JSON (content-type ${contentType ?? 'none'}).`,
      { cause },
    );
  }
}

/** Reads an error body: JSON when it parses, else text; undefined when empty or unreadable. */
export function parseErrorBody(bytes: ArrayBuffer | undefined): unknown {
  if (!bytes?.byteLength) return undefined;
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A fresh Response over bytes already read, so `asResponse()` still gives a readable body. */
export function rebuildResponse(original: Response, bytes: ArrayBuffer): Response {
  // A bodiless answer (204, 205, 304, HEAD) stays bodiless (a null-body status refuses a body);
  // the original gives status, statusText and headers.
  // `url` is read-only on Response; keep it visible for callers that log it.
  return Object.defineProperty(new Response(original.body && bytes, original), 'url', {
    value: original.url,
  });
}
