/**
 * Server-sent events: the frames a stream sends (the spec's event examples, else items made from
 * the event schema, a usage chunk when the request asks for one, the terminator) and their pacing.
 */
import type { JsonValue, MockContent, MockOperation } from './types.js';
import type { MockClock } from './clock.js';
import { successResponse } from './respond.js';
import { isJsonObject as isObject } from './pointer.js';

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
export function sseFrame(data: JsonValue, text = false, event?: string | null): string {
  // The `event:` name the spec's example stream gives the event, before its data.
  const name = event != null ? `event: ${event}\n` : '';
  if (text && typeof data === 'string')
    return `${name}${data
      .split(/\r\n|\r|\n/)
      .map((line) => `data: ${line}`)
      .join('\n')}\n\n`;
  return `${name}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/**
 * OpenAI's `stream_options.include_usage`: one more chunk, like the last but with no choices and
 * the usage of the non-streamed answer's example, else usage counted from this exchange (words of
 * the request's messages, one token per streamed event).
 */
function usageChunk(
  op: MockOperation,
  events: JsonValue[],
  requestBody: unknown,
): JsonValue | undefined {
  const options = isObject(requestBody) ? requestBody.stream_options : undefined;
  const last = events[events.length - 1];
  if (!isObject(options) || options.include_usage !== true || !isObject(last)) return undefined;
  const json = successResponse(op)?.contents.find((c) => c.kind === 'json');
  const example = json?.examples.find((e) => isObject(e.value) && isObject(e.value.usage));
  const usage: JsonValue =
    (isObject(example?.value) ? example.value.usage : undefined) ??
    countedUsage(requestBody, events.length);
  return { ...last, ...('choices' in last ? { choices: [] } : {}), usage };
}

function countedUsage(requestBody: unknown, completionTokens: number): JsonValue {
  const messages =
    isObject(requestBody) && Array.isArray(requestBody.messages) ? requestBody.messages : [];
  const words = messages
    .map((m) => (isObject(m) && typeof m.content === 'string' ? m.content : ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    prompt_tokens: words,
    completion_tokens: completionTokens,
    total_tokens: words + completionTokens,
  };
}

/** A text example written as a whole event stream (`data: ...` lines): its events as they are. */
function rawFrames(text: string): string[] | undefined {
  if (!/^(data|event|id|retry):/m.test(text)) return undefined;
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .filter((f) => f.trim() !== '')
    .map((f) => `${f}\n\n`);
}

/**
 * The frames of the stream `content` answers with, or undefined when `exampleName` names no event
 * example of it (the caller then answers the static example instead).
 */
export function streamFrames(
  op: MockOperation,
  content: MockContent,
  requestBody: unknown,
  exampleName: string | undefined,
): string[] | undefined {
  const declared = op.stream;
  let events: JsonValue[];
  let names: (string | null)[] = [];
  const example =
    exampleName === undefined
      ? content.examples[0]
      : content.examples.find((e) => e.name === exampleName);
  if (exampleName !== undefined && !example) return undefined;
  if (exampleName === undefined && declared && declared.events.length > 0) {
    events = declared.events;
    names = declared.eventNames ?? [];
  } else if (example) {
    const raw = typeof example.value === 'string' ? rawFrames(example.value) : undefined;
    if (raw) return raw;
    events = Array.isArray(example.value) ? example.value : [example.value];
  } else events = []; // the IR gives every documented stream an example: nothing to invent here
  const usage = usageChunk(op, events, requestBody);
  const frames = [...events, ...(usage !== undefined ? [usage] : [])].map((e, i) =>
    sseFrame(e, declared?.text === true, names[i]),
  );
  if (declared?.terminator !== undefined) frames.push(`data: ${declared.terminator}\n\n`);
  return frames;
}

export async function* sseChunks(options: SseOptions): AsyncGenerator<string> {
  const { frames, clock, delayMs, step, signal } = options;
  for (let i = 0; i < frames.length; i++) {
    if (signal?.aborted) return;
    yield frames[i]!;
    if (i === frames.length - 1) break;
    // Stepping waits for the manual clock; else scaled real time (a manual clock: one event-loop turn).
    if (step) await clock.sleep(delayMs, signal);
    else
      await new Promise((go) => setTimeout(go, clock.mode === 'real' ? delayMs / clock.speed : 0));
  }
}
