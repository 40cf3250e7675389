/**
 * `text/event-stream` parsing per the HTML spec: lines end with CRLF, LF or CR (also split across
 * chunks); `:` lines are comments; `data:` lines accumulate (joined with \n); `event:`, `id:`,
 * `retry:` set the event's fields; a blank line dispatches.
 */
export interface ServerSentEvent {
    /** `event:` field; undefined means the default `message`. */
    event: string | undefined;
    data: string;
    id: string | undefined;
    retry: number | undefined;
    /** Set on an event the body ended inside (no blank line after it): it may be cut off. */
    unterminated?: true | undefined;
}
/**
 * Splits text into lines incrementally; a trailing CR waits for a possible LF in the next chunk.
 * Only new text is scanned for line breaks, and the pieces of an unterminated line are kept apart
 * until it ends, so a long line arriving in many chunks costs linear, not quadratic, time.
 */
export declare class LineSplitter {
    #private;
    push(text: string): string[];
    /** The unterminated last line, if any. */
    flush(): string[];
}
export declare class SSEDecoder {
    #private;
    /** Feeds one line (without terminator); returns an event when the line dispatches one. */
    line(line: string): ServerSentEvent | undefined;
    /** End of stream: servers often omit the final blank line, so a pending event still counts. */
    end(): ServerSentEvent | undefined;
}
/** Decodes a byte stream into events. */
export declare function iterateEvents(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ServerSentEvent, void, undefined>;
