/**
 * How a stream ends, decided once for both SDK runtimes and the mock (`StreamIr.terminator` and
 * `terminatorIfSent`), one of three:
 * - required: the spec declares a terminator (`x-stream.terminator`) or its example stream ends
 *   with one: a body that ends without it is cut off, and the mock sends it;
 * - accepted if sent: a JSON stream whose spec shows none still often gets openai's `data: [DONE]`
 *   from real servers; it can never be a JSON event, so it ends the stream when it comes, and a
 *   body that ends without it is complete too; the mock, sending what the spec shows, leaves it out;
 * - none: a text stream's data is each event as sent (a `[DONE]` text too): it ends with the body.
 */
import type { StreamIr } from './types.js';

/** The end line openai-style servers send after the last event. */
const CONVENTIONAL_TERMINATOR = '[DONE]';

export function settleStreamEnd(stream: StreamIr): void {
  if (stream.terminator === undefined && !stream.text)
    stream.terminatorIfSent = CONVENTIONAL_TERMINATOR;
}
