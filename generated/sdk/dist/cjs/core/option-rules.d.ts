import type { ClientConfig } from './client.js';
/**
 * Refuses a `timeout` of 0, negative or NaN (setTimeout would fire at once: every call a timeout;
 * an `idleTimeout` of that kind means none, as 0 does), an option its client would ignore (its
 * plug-in is not in the config), naming the entry to add, and a missing `fetch` (the one in force).
 */
export declare function refuseOptions(options: object, config: ClientConfig, fetch: unknown): void;
