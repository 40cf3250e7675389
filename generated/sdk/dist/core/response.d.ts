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
export declare const JSON_MEDIA_TYPE: RegExp;
export declare const TEXT_MEDIA_TYPE: RegExp;
/** Parses bytes already read from a response. Empty bodies become `undefined` for JSON/auto. */
export declare function parseBuffered(bytes: ArrayBuffer, contentType: string | null, as: ResponseAs): unknown;
/** Reads an error body: JSON when it parses, else text; undefined when empty or unreadable. */
export declare function parseErrorBody(bytes: ArrayBuffer | undefined): unknown;
/** A fresh Response over bytes already read, so `asResponse()` still gives a readable body. */
export declare function rebuildResponse(original: Response, bytes: ArrayBuffer): Response;
