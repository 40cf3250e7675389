import type { PlugIn, StreamOptions } from './client.js';
export type { StreamOptions } from './client.js';
/** Body bytes with an idle watchdog; leaving the loop early cancels the body and aborts the request. */
export declare function readBody(response: Response, options: StreamOptions): AsyncGenerator<Uint8Array, void, undefined>;
/**
 * The whole body, read under the idle watchdog (the attempt's timeout aborts `controller`), and
 * refused past `maxBytes` (checked against `content-length` first, then while reading).
 */
export declare function readAll(response: Response, options: StreamOptions & {
    maxBytes: number;
}): Promise<ArrayBuffer>;
/**
 * `pending`, unless `options.idleTimeoutMs` pass first (none: no watchdog): then the request is
 * aborted (which also settles the pending read) and this rejects with an
 * APIConnectionTimeoutError saying what was idle.
 */
export declare function idleGuard<T>(pending: Promise<T>, options: StreamOptions, what: string): Promise<T>;
/** The raw body as a ReadableStream, with the idle watchdog (for `as: 'stream'`). */
export declare function guardedBodyStream(response: Response, options: StreamOptions): ReadableStream<Uint8Array>;
/** A ReadableStream pulling from `iterator`, each item as `encode` turns it into bytes; cancelling it returns the iterator. */
export declare function readableOf<T>(iterator: AsyncIterator<T>, encode: (item: T) => Uint8Array): ReadableStream<Uint8Array>;
/** The plug-in type of `ClientConfig.reading`. */
export type Reading = PlugIn;
/**
 * The size cap (`maxResponseBytes`) and the idle watchdog for buffered and `as: 'stream'` bodies,
 * as `ClientConfig.reading` takes them (the generated client class passes this). Without it a
 * client reads bodies with the platform (under the attempt's timeout) and bundles none of this.
 */
export declare const guardedReading: Reading;
