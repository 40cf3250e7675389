/** Server-sent events from the stream's example payloads: `data: <json>\n\n` per event, paced by the clock, then the terminator. */
import type { JsonValue } from './types.js';
import type { MockClock } from './clock.js';
export interface SseOptions {
    events: JsonValue[];
    /** Final data line, e.g. `[DONE]`. */
    terminator?: string;
    clock: MockClock;
    delayMs: number;
    /** Wait for the (manual) clock between chunks instead of a turn of the event loop. */
    step: boolean;
    signal?: AbortSignal;
}
export declare function sseFrame(data: JsonValue): string;
export declare function sseChunks(options: SseOptions): AsyncGenerator<string>;
