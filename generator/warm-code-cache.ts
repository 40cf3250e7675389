/**
 * Run by generator/build.mjs after a build: the CLI with its arguments, writing the V8 code cache
 * (util/code-cache.ts) of every large CommonJS file the run compiled.
 */
import { ROOT } from './config.js';
import { codeCacheDir, installCodeCache } from './util/code-cache.js';
import { installFastSourceReads } from './util/source-reads.js';

installFastSourceReads();
installCodeCache(codeCacheDir(ROOT), true);
await import('./cli.js');
