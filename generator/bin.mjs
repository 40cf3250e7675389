#!/usr/bin/env node
/**
 * Runs the built CLI (`build/cli.js`, plain JavaScript, made by `npm ci` through `prepare`).
 * A build older than any of its sources is never run: it is rebuilt first (esbuild, a fraction of a
 * second), and where esbuild is not installed the TypeScript sources run through tsx instead, so
 * an edit is always what runs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_DIR, staleReason } from './stale.mjs';

let entry = pathToFileURL(path.join(BUILD_DIR, 'cli.js')).href;
if (staleReason() !== undefined) {
  try {
    const { build } = await import('./build.mjs');
    await build();
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    entry = new URL('./cli.ts', import.meta.url).href;
  }
}
await import(entry);
