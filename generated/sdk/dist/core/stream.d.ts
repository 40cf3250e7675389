import type { Scrubber } from './redact.js';
export interface StreamOptions {
    /** The attempt's controller: aborting it closes the connection. */
    controller: AbortController;
    /** The caller's signal, to tell a user abort from other failures. */
    userSignal?: AbortSignal | undefined;
    /** Longest silence between two chunks, ms (0 or Infinity = none). */
    idleTimeoutMs?: number | undefined;
    /** `data:` payload that ends the stream. */
    terminator?: string | undefined;
    scrub?: Scrubber | undefined;
    /** Called once when the body is finished with, for any reason. */
    onClose?: (() => void) | undefined;
}
/** Body bytes with an idle watchdog; leaving the loop early cancels the body and aborts the request. */
export declare function readBody(response: Response, options: StreamOptions): AsyncGenerator<Uint8Array, void, undefined>;
/**
 * The whole body, read under the idle watchdog (the attempt's timeout aborts `controller`), and
 * refused past `maxBytes` (checked against `content-length` first, then while reading).
 */
export declare function readAll(response: Response, options: StreamOptions & {
    maxBytes: number;
}): Promise<ArrayBuffer>;
/** The raw body as a ReadableStream, with the idle watchdog (for `as: 'stream'`). */
export declare function guardedBodyStream(response: Response, options: StreamOptions): ReadableStream<Uint8Array>;
export declare class Stream<T> implements AsyncIterable<T> {
    #private;
    /** The HTTP response (headers, status); its body belongs to the stream. */
    readonly response: Response;
    /** Aborting it ends the stream and closes the connection. */
    readonly controller: AbortController;
    constructor(response: Response, options: StreamOptions);
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
