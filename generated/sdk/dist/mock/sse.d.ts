/**
 * Server-sent events: the frames a stream sends (the spec's event examples, else items made from
 * the event schema, a usage chunk when the request asks for one, the terminator) and their pacing.
 */
import type { JsonValue, MockContent, MockOperation } from './types.js';
import type { MockClock } from './clock.js';
export interface SseOptions {
    frames: string[];
    clock: MockClock;
    delayMs: number;
    /** A manual clock: wait for it between chunks instead of a turn of the event loop. */
    step: boolean;
    signal?: AbortSignal;
}
/**
 * One event. A text stream's event is its text, a line break starting another `data:` line (the
 * client joins them back with \n); a JSON stream's is JSON (a string as given: a frame's text).
 */
export declare function sseFrame(data: JsonValue, text?: boolean, event?: string | null): string;
/**
 * The frames of the stream `content` answers with, or undefined when `exampleName` names no event
 * example of it (the caller then answers the static example instead).
 */
export declare function streamFrames(op: MockOperation, content: MockContent, requestBody: unknown, exampleName: string | undefined): string[] | undefined;
export declare function sseChunks(options: SseOptions): AsyncGenerator<string>;
