import type { RetryPolicy } from './retry.js';
/** How often and how long the client retries, as the generator decided it (its IR). */
export declare const RETRY_POLICY: RetryPolicy;
