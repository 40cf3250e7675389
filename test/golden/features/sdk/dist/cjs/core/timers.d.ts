/** Resolves after `ms`; rejects with APIUserAbortError as soon as `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
/** Makes `target` abort when `source` does; returns the function that undoes the link. */
export declare function linkSignal(source: AbortSignal | null | undefined, target: AbortController): () => void;
