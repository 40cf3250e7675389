/**
 * The checks that catch a mistake in the calling code, not in the data: a `timeout` that would time
 * out every call, an option the client would ignore (its plug-in is not in the config) and no fetch
 * to send with. check-options.ts runs them always; its browser build drops them from production
 * bundles (check-options.browser.ts).
 */
import type { ClientConfig, ClientOptions, RequestOptions } from './client.js';
/** A new client's options, and the fetch it will send with (its option, else the global one). */
export declare function checkClientOptions(options: ClientOptions, config: ClientConfig, fetch: unknown): void;
/** A call's options: its `maxResponseBytes` is ignored without guarded reads, as documented, not refused. */
export declare function checkCallOptions(options: RequestOptions, config: ClientConfig): void;
