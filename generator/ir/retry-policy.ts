/**
 * The retry policy every SDK runtime applies, decided once and handed to each runtime as generated
 * constants (TypeScript and Python). Which operations are `safe` to re-send is per operation
 * (`OperationIr.retry`); this is the rest: how often, how long to wait, what counts as retryable.
 */
import type { OperationIr, RetryPolicyIr } from './types.js';

/**
 * Why an `unsafe` operation is not re-sent, as every SDK and the docs say it: "paid work" only where
 * the IR says the operation is paid (`x-paid`, or a task submit); anything else is just not idempotent.
 */
export function unsafeReason(op: Pick<OperationIr, 'paid'>): string {
  return op.paid ? 'it can start paid work' : 'it is not idempotent';
}

/**
 * The POST and PATCH operations the spec marks `x-retry: safe` (chat completions, embeddings): the
 * SDKs retry them like reads, so one that did reach the server may be run, and billed, twice. Both
 * SDK READMEs say so from this list.
 */
export function retriedWrites<T extends Pick<OperationIr, 'method' | 'retry'>>(
  ops: readonly T[],
): T[] {
  return ops.filter((op) => op.retry === 'safe' && (op.method === 'post' || op.method === 'patch'));
}

export const RETRY_POLICY: RetryPolicyIr = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxServerDelayMs: 60_000,
  jitter: 0.25,
  retryStatuses: [408, 409, 429],
  retryStatusFrom: 500,
  hintHeader: 'x-should-retry',
  maxPollErrors: 5,
  pollRetryStatuses: [408, 429],
};

/** The statuses a safe call is retried on, as prose: `408, 409, 429 and 5xx`. */
export function retryStatusesText(policy: RetryPolicyIr): string {
  const from = policy.retryStatusFrom;
  const range = from % 100 === 0 ? `${from / 100}xx` : `${from} and above`;
  const items = [...policy.retryStatuses.map(String), range];
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Milliseconds as prose seconds: `500` → `0.5 s`, `60000` → `60 s`. */
export function secondsText(ms: number): string {
  return `${ms / 1000} s`;
}

/**
 * Which operations are `unsafe`, as both READMEs say it (the rule lives in ir/operations.ts); paid
 * work is named only where the spec has some, so an API that starts none is not said to.
 */
export function unsafeRuleText(ops: readonly Pick<OperationIr, 'paid'>[]): string {
  const paid = ops.some((o) => o.paid) ? ' and paid work (`x-paid`, `x-task`)' : '';
  return `POSTs, PATCHes${paid} without \`x-retry: safe\`, and any operation marked \`x-retry: unsafe\``;
}
