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

export function sseFrame(data: JsonValue): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

export async function* sseChunks(options: SseOptions): AsyncGenerator<string> {
  const { events, terminator, clock, delayMs, step, signal } = options;
  for (let i = 0; i < events.length; i++) {
    if (signal?.aborted) return;
    yield sseFrame(events[i]!);
    if (i < events.length - 1 || terminator !== undefined) {
      await (step ? clock.sleep(delayMs, signal) : clock.pause(delayMs, signal));
    }
  }
  if (terminator !== undefined && !signal?.aborted) yield `data: ${terminator}\n\n`;
}
