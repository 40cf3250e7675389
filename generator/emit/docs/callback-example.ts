/**
 * An example body for a callback, so readers see what reaches their endpoint: the callback's own
 * example, else its schema's, else (for a task submit whose callback carries the poll's own body
 * schema) the poll's response example — one showing a finished task when there is one — else the
 * value the IR generated from the schema.
 */
import type { ApiIr, CallbackIr, ExampleIr, Json, OperationIr, SchemaIr } from '../../ir/types.js';
import { get } from '../../util/json-pointer.js';

export interface CallbackExample {
  value: Json;
  /** Where the value comes from, as a sentence for the reader. */
  origin: string;
  generated: boolean;
}

export function callbackExample(
  ir: ApiIr,
  op: OperationIr | undefined,
  callback: CallbackIr,
): CallbackExample | undefined {
  const content = callback.body?.contents[0];
  if (!content) return undefined;
  const own = content.examples[0];
  const noun = op ? 'callback' : 'webhook';
  if (own && own.origin === 'spec')
    return {
      value: own.value,
      origin: own.summary ? `The ${noun}'s example “${own.summary}”.` : `The ${noun}'s example.`,
      generated: false,
    };
  if (content.example?.origin === 'spec')
    return { value: content.example.value, origin: "The body schema's example.", generated: false };
  const family = op?.task ? ir.taskFamilies.find((f) => f.name === op.task!.family) : undefined;
  const poll = op?.task
    ? ir.operations.find((o) => o.operationId === op.task!.poll.operationId)
    : undefined;
  if (family && poll) {
    // Only when the callback declares the poll's own body schema (or none): then a poll example is a callback body.
    const same = (c: { schema?: SchemaIr }): boolean =>
      !content.schema ||
      (content.schema.kind === 'ref' &&
        c.schema?.kind === 'ref' &&
        c.schema.name === content.schema.name);
    const examples: ExampleIr[] = poll.responses
      .filter((r) => !r.isError && /^2/.test(r.status))
      .flatMap((r) =>
        r.contents.filter((c) => c.kind === 'json' && same(c)).flatMap((c) => c.examples),
      );
    const done = (e: ExampleIr): boolean =>
      family.states.succeeded.some(
        (v) => JSON.stringify(v) === JSON.stringify(get(e.value, family.status)),
      );
    const picked = examples.find(done) ?? examples[0];
    if (picked)
      return {
        value: picked.value,
        origin: `A response example of the poll \`${poll.operationId}\`: callbacks carry the same task object.`,
        generated: false,
      };
  }
  const fallback = own ?? content.example;
  if (fallback && content.kind === 'json')
    return {
      value: fallback.value,
      origin: 'Generated from the schema (the spec has no valid example).',
      generated: true,
    };
  return undefined;
}
