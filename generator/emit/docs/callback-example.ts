/**
 * An example body for a callback, so readers see what reaches their endpoint: the callback's own
 * example, else its schema's, else (for a task submit whose callback carries the poll's own body
 * schema) the poll's response example — one showing a finished task when there is one — else a
 * value generated from the schema.
 */
import type { ApiIr, CallbackIr, ExampleIr, Json, OperationIr, SchemaIr } from '../../ir/types.js';
import { get } from '../../util/json-pointer.js';
import { exampleValue } from './example-value.js';
import type { SchemaIndex } from './schema-info.js';

export interface CallbackExample {
  value: Json;
  /** Where the value comes from, as a sentence for the reader. */
  origin: string;
  generated: boolean;
}

export function callbackExample(ir: ApiIr, index: SchemaIndex, op: OperationIr | undefined, callback: CallbackIr): CallbackExample | undefined {
  const content = callback.body?.contents[0];
  if (!content) return undefined;
  const own = content.examples[0];
  if (own) return { value: own.value, origin: own.summary ? `The callback's example “${own.summary}”.` : "The callback's example.", generated: false };
  if (content.schema) {
    const fromSchema = content.schema.examples[0] ?? index.resolve(content.schema).examples[0];
    if (fromSchema !== undefined) return { value: fromSchema, origin: "The body schema's example.", generated: false };
  }
  const family = op?.task ? ir.taskFamilies.find((f) => f.name === op.task!.family) : undefined;
  const poll = op?.task ? ir.operations.find((o) => o.operationId === op.task!.poll.operationId) : undefined;
  if (family && poll) {
    // Only when the callback declares the poll's own body schema (or none): then a poll example is a callback body.
    const same = (c: { schema?: SchemaIr }): boolean =>
      !content.schema || (content.schema.kind === 'ref' && c.schema?.kind === 'ref' && c.schema.name === content.schema.name);
    const examples: ExampleIr[] = poll.responses
      .filter((r) => !r.isError && /^2/.test(r.status))
      .flatMap((r) => r.contents.filter((c) => c.kind === 'json' && same(c)).flatMap((c) => c.examples));
    const done = (e: ExampleIr): boolean => family.states.succeeded.some((v) => JSON.stringify(v) === JSON.stringify(get(e.value, family.status)));
    const picked = examples.find(done) ?? examples[0];
    if (picked) return { value: picked.value, origin: `A response example of the poll \`${poll.operationId}\`: callbacks carry the same task object.`, generated: false };
  }
  if (content.schema && content.kind === 'json') {
    return { value: exampleValue(content.schema, index, { optional: true }), origin: 'Generated from the schema (the spec has no example).', generated: true };
  }
  return undefined;
}
