/** Abortable sleep and signal plumbing shared by requests, streams and task polling. */
import { APIUserAbortError } from './errors.js';

/** setTimeout's longest delay (about 24.8 days): past it, Node and browsers fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** An idle timeout as a watchdog delay: 0 when none (0, negative, NaN or Infinity). */
export function idleMs(ms: number | undefined): number {
  return ms && ms > 0 && ms < Infinity ? Math.min(ms, MAX_TIMER_MS) : 0;
}

/** Resolves after `ms`; rejects with APIUserAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Makes `target` abort when `source` does; returns the function that undoes the link. */
export function linkSignal(
  source: AbortSignal | null | undefined,
  target: AbortController,
): () => void {
  const onAbort = (): void => target.abort(source?.reason);
  if (source?.aborted) onAbort();
  // An aborted signal fires no more: the listener is then never called.
  source?.addEventListener('abort', onAbort, { once: true });
  return () => source?.removeEventListener('abort', onAbort);
}
