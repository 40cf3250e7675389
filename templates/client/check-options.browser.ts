/**
 * check-options.ts as browser bundles get it (the package's `browser` field maps one to the other):
 * a production build (esbuild, Vite and webpack replace `process.env.NODE_ENV` by "production")
 * folds the test to false and drops the checks with their messages; a development build keeps
 * them, and so does a bundle where nothing replaced `process` (its absence is caught). Node, Deno
 * and Bun always check.
 */
import type { ClientConfig } from './client.js';
import { ShellApiError } from './errors.js';
import { refuseOptions } from './option-rules.js';

// Replaced by the bundler; typed here so the SDK's types need no Node lib.
declare const process: { env: Record<string, string | undefined> };

export function checkOptions(options: object, config: ClientConfig, fetch: unknown): void {
  // An empty `try` once folded: the bundler drops the whole statement and with it the checks.
  try {
    if (process.env.NODE_ENV !== 'production') refuseOptions(options, config, fetch);
  } catch (error) {
    if (error instanceof ShellApiError) throw error;
    // No `process` to read: check, as Node does.
    refuseOptions(options, config, fetch);
  }
}
