/**
 * Server-sent event streams. `Stream<T>` is a single-use async iterable of parsed SSE `data:`
 * payloads: it stops at the terminator (e.g. `[DONE]`) and raises `IncompleteStreamError` when the
 * body ends without it (unless `terminatorOptional`: the spec shows none, a server may send it), raises `APIError` for an `error` event or a payload with a top-level
 * `error`, raises `APIConnectionTimeoutError` when no event arrives for `idleTimeoutMs` (comments
 * such as `: ping` do not count: a stream that only pings is stalled), and cancels the HTTP body
 * when the loop is left early (`break`, `return`, an exception) or the caller's signal aborts.
 * Only operations that stream import this module (`sseStream`), so others bundle none of it.
 */
import { idleGuard, readableOf, readBody, type StreamOptions } from './body-reader.js';
import type { StreamSpec } from './client.js';
import {
  APIError,
  IncompleteStreamError,
  InvalidStreamEventError,
  ShellApiError,
} from './errors.js';
import type { Scrubber } from './redact.js';
import { iterateEvents, textLines, type ServerSentEvent } from './sse.js';

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
export function sseStream(options: ReadOptions = {}): StreamSpec {
  return {
    open: (response, streamOptions) =>
      new Stream<unknown>(response, { ...streamOptions, ...options }),
    // A relay may answer a stream request with one JSON body (often an error envelope).
    notAStream: (contentType) =>
      contentType.toLowerCase().includes('text/event-stream')
        ? undefined
        : `Expected an event stream, got ${contentType}`,
  };
}

export class Stream<T> implements AsyncIterable<T> {
  /** The HTTP response (headers, status); its body belongs to the stream. */
  declare readonly response: Response;
  /** Aborting it ends the stream and closes the connection. */
  declare readonly controller: AbortController;
  readonly #options: SseOptions;
  /** Where items come from when not the response's SSE body (`fromReadableStream`, `tee`). */
  #source: (() => AsyncIterator<T>) | undefined;
  #consumed = false;

  constructor(response: Response, options: SseOptions) {
    this.response = response;
    this.controller = options.controller;
    this.#options = options;
  }

  /**
   * A stream over newline-delimited JSON bytes, the format `toReadableStream()` writes: e.g. a
   * browser reading what a server piped through from the API.
   */
  static fromReadableStream<T>(
    readable: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    const response = new Response(readable);
    const stream = new Stream<T>(response, { controller });
    stream.#source = () => ndjsonItems<T>(readBody(response, { controller }));
    return stream;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#consumed)
      throw new ShellApiError('This stream was already consumed; a stream can be iterated once.');
    this.#consumed = true;
    return this.#source ? this.#source() : this.#items();
  }

  /**
   * Two streams that each yield every item (e.g. one to log, one to render). Items are buffered
   * for the slower side; the connection closes when both are done or abort.
   */
  tee(): [Stream<T>, Stream<T>] {
    const iterator = this[Symbol.asyncIterator]();
    const queues: IteratorResult<T>[][] = [[], []];
    let pending: Promise<void> | undefined;
    const pull = (): Promise<void> =>
      (pending ??= iterator.next().then(
        (step) => {
          pending = undefined;
          for (const queue of queues) queue.push(step);
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      ));
    const side = (index: number): Stream<T> => {
      const stream = new Stream<T>(this.response, this.#options);
      stream.#source = () => ({
        next: async (): Promise<IteratorResult<T>> => {
          const queue = queues[index]!;
          while (queue.length === 0) await pull();
          return queue.shift()!;
        },
      });
      return stream;
    };
    return [side(0), side(1)];
  }

  /** Stops the stream and closes the connection. */
  abort(): void {
    this.controller.abort();
  }

  /** Re-encodes the items as newline-delimited JSON bytes (for piping to a browser response). */
  toReadableStream(): ReadableStream<Uint8Array> {
    const encoder = new TextEncoder();
    return readableOf(this[Symbol.asyncIterator](), (item) =>
      encoder.encode(`${JSON.stringify(item)}\n`),
    );
  }

  async *#items(): AsyncGenerator<T, void, undefined> {
    const scrub = this.#options.scrub;
    const terminator = this.#options.terminator;
    // The watchdog runs per event, not per byte: comments and keep-alive pings do not reset it.
    const events = iterateEvents(readBody(this.response, { ...this.#options, idleTimeoutMs: 0 }));
    try {
      for (;;) {
        // The guard closes the connection when it fires, which settles the pending read, so the
        // cleanup below can finish.
        const step = await idleGuard(
          events.next(),
          this.#options,
          ' (no event; comments do not count)',
        );
        if (step.done) break;
        const event = step.value;
        if (terminator !== undefined && event.data.trim() === terminator) return;
        const payload = this.#options.text ? event.data : parsePayload(event, scrub);
        // A JSON object with an `error` member (no other JSON value has one: arrays, strings and
        // numbers read it as undefined).
        if (event.event === 'error' || (payload as { error?: unknown } | null)?.error != null) {
          throw new APIError({
            status: undefined,
            body: payload,
            headers: this.response.headers,
            scrub,
          });
        }
        yield payload as T;
      }
      if (terminator !== undefined && !this.#options.terminatorOptional) {
        throw new IncompleteStreamError({
          message: `The stream ended without its terminator (${terminator}): the answer is incomplete.`,
          scrub,
        });
      }
    } finally {
      // Closes the body (and the connection) if we stopped before the end.
      await events.return(undefined);
    }
  }
}

/** The event's JSON; a payload that is not JSON (e.g. cut off mid-object) is an error, never a raw string chunk. */
function parsePayload(event: ServerSentEvent, scrub: Scrubber | undefined): unknown {
  try {
    return JSON.parse(event.data);
  } catch (cause) {
    if (event.unterminated) {
      throw new IncompleteStreamError({
        message: 'The stream ended in the middle of an event: the answer is incomplete.',
        scrub,
      });
    }
    throw new InvalidStreamEventError(event.data, scrub, cause);
  }
}

/** Items of newline-delimited JSON bytes (blank lines skipped). */
async function* ndjsonItems<T>(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<T, void, undefined> {
  for await (const line of textLines(chunks)) {
    if (line.trim() === '') continue;
    let item: T;
    try {
      item = JSON.parse(line) as T;
    } catch (cause) {
      throw new InvalidStreamEventError(line, undefined, cause);
    }
    yield item;
  }
}
