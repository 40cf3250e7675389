/** setTimeout's longest delay (about 24.8 days): past it, Node and browsers fire at once. */
export declare const MAX_TIMER_MS = 2147483647;
/** An idle timeout as a watchdog delay: 0 when none (0, negative, NaN or Infinity). */
export declare function idleMs(ms: number | undefined): number;
/** Resolves after `ms`; rejects with APIUserAbortError as soon as `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
/** Makes `target` abort when `source` does; returns the function that undoes the link. */
export declare function linkSignal(source: AbortSignal | null | undefined, target: AbortController): () => void;
