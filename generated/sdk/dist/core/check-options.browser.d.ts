/**
 * check-options.ts as browser bundles get it (the package's `browser` field maps one to the other):
 * a production build (esbuild, Vite and webpack replace `process.env.NODE_ENV` by "production")
 * folds the test to false and drops the checks with their messages; a development build keeps
 * them, and so does a bundle where nothing replaced `process` (its absence is caught). Node, Deno
 * and Bun always check.
 */
import type { ClientConfig, ClientOptions, RequestOptions } from './client.js';
export declare function checkClientOptions(options: ClientOptions, config: ClientConfig, fetch: unknown): void;
export declare function checkCallOptions(options: RequestOptions, config: ClientConfig): void;
