/**
 * Reading response bodies under the client's guards: `readBody` yields chunks with an idle watchdog
 * and cancels the body when left early; `readAll` buffers a body under a size cap;
 * `guardedBodyStream` hands the guarded bytes out as a ReadableStream (`as: 'stream'`).
 * `guardedReading` is the client's plug-in (`ClientConfig.reading`) for the last two.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ResponseTooLargeError,
} from './errors.js';
import type { PlugIn, StreamOptions } from './client.js';

export type { StreamOptions } from './client.js';
import { idleMs } from './timers.js';

/** Body bytes with an idle watchdog; leaving the loop early cancels the body and aborts the request. */
export async function* readBody(
  response: Response,
  options: StreamOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const body = response.body;
  if (!body) return;
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await idleGuard(reader.read(), options, '');
      } catch (error) {
        if (error instanceof APIConnectionTimeoutError) throw error;
        if (options.userSignal?.aborted)
          throw new APIUserAbortError({ cause: options.userSignal.reason });
        throw new APIConnectionError({
          message: 'Connection lost while reading the response.',
          cause: error,
          scrub: options.scrub,
        });
      }
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!finished) {
      // Early exit or failure: drop the connection so the server sees the client go away.
      options.controller.abort();
      reader.cancel().catch(() => {});
    }
    try {
      reader.releaseLock();
    } catch {
      // A pending read after cancel may keep the lock; nothing to do.
    }
    options.onClose?.();
  }
}

/**
 * The whole body, read under the idle watchdog (the attempt's timeout aborts `controller`), and
 * refused past `maxBytes` (checked against `content-length` first, then while reading).
 */
export async function readAll(
  response: Response,
  options: StreamOptions & { maxBytes: number },
): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    options.controller.abort();
    response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(options.maxBytes, response.status);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of readBody(response, options)) {
    size += chunk.byteLength;
    // Leaving the loop cancels the body and aborts the request (readBody's cleanup).
    if (size > options.maxBytes) throw new ResponseTooLargeError(options.maxBytes, response.status);
    chunks.push(chunk);
  }
  return new Blob(chunks as BlobPart[]).arrayBuffer();
}

/**
 * `pending`, unless `options.idleTimeoutMs` pass first (none: no watchdog): then the request is
 * aborted (which also settles the pending read) and this rejects with an
 * APIConnectionTimeoutError saying what was idle.
 */
export function idleGuard<T>(
  pending: Promise<T>,
  options: StreamOptions,
  what: string,
): Promise<T> {
  const idle = idleMs(options.idleTimeoutMs);
  return idle > 0
    ? new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          options.controller.abort();
          reject(
            new APIConnectionTimeoutError({
              message: `Stream idle for more than ${idle} ms${what}.`,
              scrub: options.scrub,
            }),
          );
        }, idle);
        // resolve/reject never throw, so the chain below never rejects.
        void pending.then(resolve, reject).then(() => clearTimeout(timer));
      })
    : pending;
}

/** The raw body as a ReadableStream, with the idle watchdog (for `as: 'stream'`). */
export function guardedBodyStream(
  response: Response,
  options: StreamOptions,
): ReadableStream<Uint8Array> {
  return readableOf(readBody(response, options), (chunk) => chunk);
}

/** A ReadableStream pulling from `iterator`, each item as `encode` turns it into bytes; cancelling it returns the iterator. */
export function readableOf<T>(
  iterator: AsyncIterator<T>,
  encode: (item: T) => Uint8Array,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The size cap of buffered answers unless the client options set one. */
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The plug-in type of `ClientConfig.reading`. */
export type Reading = PlugIn;

/**
 * The size cap (`maxResponseBytes`) and the idle watchdog for buffered and `as: 'stream'` bodies,
 * as `ClientConfig.reading` takes them (the generated client class passes this). Without it a
 * client reads bodies with the platform (under the attempt's timeout) and bundles none of this.
 */
export const guardedReading: Reading = {
  wrap: (attempt, client, options) => {
    Object.assign(client, {
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    });
    return (call) =>
      attempt({
        ...call,
        read: (response, guard) =>
          readAll(response, {
            ...guard,
            maxBytes: call.options.maxResponseBytes ?? client.maxResponseBytes,
          }),
        stream: guardedBodyStream,
      });
  },
};
