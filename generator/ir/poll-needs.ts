/**
 * Can a task's poll be called with the task id alone? A waiter (TypeScript's `…AndWait` and
 * descriptor `poll`, Python's `wait_for…` and `…_and_wait`) knows only the id: a poll that also
 * needs a cookie, another path parameter or body content cannot be waited on, and every SDK
 * refuses it the same way (`client-unsupported`) instead of sending an incomplete request.
 */
import type { ApiIr, OperationIr, SchemaIr, TaskIdInputIr } from './types.js';
import { isSentCookie, requestContents } from './operations.js';
import { resolveSchema } from './resolve-schema.js';
import { hiddenIn } from './directions.js';
import type { IrContext } from './context.js';

/**
 * Can a request object holding only the `given` properties be valid, i.e. is every other property
 * optional on some path? A readOnly property is never sent (directions.ts). Unknown shapes count as not.
 */
export function acceptsObjectWith(
  ir: ApiIr,
  schema: SchemaIr | undefined,
  given: ReadonlySet<string>,
  depth = 0,
): boolean {
  if (!schema || depth > 8) return false;
  const s = resolveSchema(ir, schema);
  if (s.kind === 'object')
    return s.properties.every(
      (p) => !p.required || given.has(p.name) || hiddenIn(p.schema, 'request'),
    );
  if (s.kind === 'union') return s.variants.some((v) => acceptsObjectWith(ir, v, given, depth + 1));
  if (s.kind === 'intersection')
    return s.parts.every((p) => acceptsObjectWith(ir, p, given, depth + 1));
  return false;
}

/** What the poll needs besides the task id (empty: a waiter can call it), as `query parameter x`. */
export function pollNeeds(
  ir: ApiIr,
  poll: OperationIr,
  input: Pick<TaskIdInputIr, 'in' | 'name'>,
): string[] {
  const missing = poll.parameters
    .filter((p) => !(p.in === input.in && p.name === input.name))
    // An unsent (object) cookie is never sent by either SDK: nothing to give.
    .filter((p) => p.in === 'path' || (p.required && (p.in !== 'cookie' || isSentCookie(p))))
    .map((p) => `${p.in} parameter ${p.name}`);
  const takesId =
    input.in === 'body' || poll.parameters.some((p) => p.in === input.in && p.name === input.name);
  if (!takesId) missing.push(`${input.in} parameter ${input.name} (to take the task id)`);
  const content = poll.requestBody ? requestContents(poll)[0] : undefined;
  if (input.in === 'body') {
    if (!content) missing.push(`a body property ${input.name} (to take the task id)`);
    else if (!acceptsObjectWith(ir, content.schema, new Set([input.name])))
      missing.push(`body properties besides ${input.name}`);
  } else if (poll.requestBody?.required && content) {
    const empty =
      (content.kind === 'json' || content.kind === 'multipart' || content.kind === 'urlencoded') &&
      acceptsObjectWith(ir, content.schema, new Set());
    if (!empty) missing.push('a request body');
  }
  return missing;
}

/**
 * Reports every poll a waiter cannot call, located at the poll, so `lint` finds them all in one run
 * and the emitters (which read the same `pollNeeds`) never meet one.
 */
export function checkPollNeeds(ctx: IrContext, ir: ApiIr): void {
  const byId = new Map(ir.operations.map((op) => [op.operationId, op]));
  const inputs = [
    ...ir.taskFamilies.map((f) => f.poll),
    ...ir.operations.flatMap((op) => (op.task ? [op.task.poll] : [])),
  ];
  const reported = new Set<string>();
  for (const input of inputs) {
    const poll = byId.get(input.operationId);
    if (!poll) continue; // the loader reports a poll that names no operation
    const missing = pollNeeds(ir, poll, input);
    const message = `${poll.operationId}: the poll needs ${missing.join(', ')} besides the task id`;
    if (missing.length === 0 || reported.has(message)) continue;
    reported.add(message);
    ctx.problem(
      'client-unsupported',
      `${poll.source}/operationId`,
      message,
      'change the operation so the client can call it',
    );
  }
}
