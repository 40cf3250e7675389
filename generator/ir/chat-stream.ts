/**
 * Which streams carry OpenAI-style chat completion chunks: the events the SDK's
 * `accumulateChatCompletion` folds (it reads `choices[].delta`'s `content`, `refusal`, `role` and
 * `tool_calls`). Decided once here; the READMEs name the fold only for these streams.
 */
import type { NamedSchemaIr, SchemaIr, StreamIr } from './types.js';
import { schemasAtPointer } from './schema-path.js';

/** The delta fields the fold joins; an event schema whose `choices[].delta` has one is a chat chunk. */
const DELTA_FIELDS = ['content', 'tool_calls'];

export function isChatCompletionChunk(
  itemSchema: SchemaIr,
  schemas: ReadonlyMap<string, NamedSchemaIr>,
): boolean {
  return schemasAtPointer(itemSchema, '/choices/0/delta', schemas).some(
    (s) => s.kind === 'object' && s.properties.some((p) => DELTA_FIELDS.includes(p.name)),
  );
}

/** Marks `stream` as chat chunks (`StreamIr.chatCompletion`) when its event schema says so. */
export function markChatStream(
  stream: StreamIr,
  schemas: ReadonlyMap<string, NamedSchemaIr>,
): void {
  if (!stream.text && isChatCompletionChunk(stream.itemSchema, schemas))
    stream.chatCompletion = true;
}
