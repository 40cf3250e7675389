/**
 * check-options.ts as browser bundles get it (the package's `browser` field maps one to the other):
 * a production build (esbuild, Vite and webpack replace `process.env.NODE_ENV` by "production")
 * folds the test to false and drops the checks with their messages; a development build keeps
 * them, and so does a bundle where nothing replaced `process` (its absence is caught). Node, Deno
 * and Bun always check.
 */
import { ShellApiError } from './errors.js';
import * as rules from './option-rules.js';

// Replaced by the bundler; typed here so the SDK's types need no Node lib.
declare const process: { env: Record<string, string | undefined> };

// Each `try` is empty once folded: the bundler drops the statement and with it the checks. Without
// a `process` to read (the catch), they check as Node does.

export function checkClientOptions(options: object, config: object, fetch: unknown): void {
  try {
    if (process.env.NODE_ENV !== 'production') rules.checkClientOptions(options, config, fetch);
  } catch (error) {
    if (error instanceof ShellApiError) throw error;
    rules.checkClientOptions(options, config, fetch);
  }
}

export function checkCallOptions(options: object, config: object): void {
  try {
    if (process.env.NODE_ENV !== 'production') rules.checkCallOptions(options, config);
  } catch (error) {
    if (error instanceof ShellApiError) throw error;
    rules.checkCallOptions(options, config);
  }
}
