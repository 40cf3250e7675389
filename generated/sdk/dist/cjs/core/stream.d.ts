/**
 * Server-sent event streams. `Stream<T>` is a single-use async iterable of parsed SSE `data:`
 * payloads: it stops at the terminator (e.g. `[DONE]`) and raises `IncompleteStreamError` when the
 * body ends without it (unless `terminatorOptional`: the spec shows none, a server may send it), raises `APIError` for an `error` event or a payload with a top-level
 * `error`, raises `APIConnectionTimeoutError` when no event arrives for `idleTimeoutMs` (comments
 * such as `: ping` do not count: a stream that only pings is stalled), and cancels the HTTP body
 * when the loop is left early (`break`, `return`, an exception) or the caller's signal aborts.
 * Only operations that stream import this module (`sseStream`), so others bundle none of it.
 */
import { type StreamOptions } from './body-reader.js';
import type { StreamSpec } from './client.js';
export type { StreamOptions } from './body-reader.js';
/**
 * How a stream is read (the IR's `StreamIr`): `text`: each `data:` payload is the item as it is,
 * not JSON; `terminator` ends it, and must come unless `terminatorOptional` (ir/stream-end.ts).
 */
interface ReadOptions {
    terminator?: string | undefined;
    terminatorOptional?: boolean | undefined;
    text?: boolean | undefined;
}
type SseOptions = StreamOptions & ReadOptions;
/** The `stream` of a streaming operation's request: the answer is an SSE body read as a `Stream`. */
export declare function sseStream(options?: ReadOptions): StreamSpec;
export declare class Stream<T> implements AsyncIterable<T> {
    #private;
    /** The HTTP response (headers, status); its body belongs to the stream. */
    readonly response: Response;
    /** Aborting it ends the stream and closes the connection. */
    readonly controller: AbortController;
    constructor(response: Response, options: SseOptions);
    /**
     * A stream over newline-delimited JSON bytes, the format `toReadableStream()` writes: e.g. a
     * browser reading what a server piped through from the API.
     */
    static fromReadableStream<T>(readable: ReadableStream<Uint8Array>, controller?: AbortController): Stream<T>;
    [Symbol.asyncIterator](): AsyncIterator<T>;
    /**
     * Two streams that each yield every item (e.g. one to log, one to render). Items are buffered
     * for the slower side; the connection closes when both are done or abort.
     */
    tee(): [Stream<T>, Stream<T>];
    /** Stops the stream and closes the connection. */
    abort(): void;
    /** Re-encodes the items as newline-delimited JSON bytes (for piping to a browser response). */
    toReadableStream(): ReadableStream<Uint8Array>;
}
