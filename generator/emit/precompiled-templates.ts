/**
 * The runtime templates (templates/client, templates/mock) are the same for every spec, so their
 * compiled JavaScript and declarations are made once, when the generator is built (see
 * precompile-templates.ts), and stored in `build/` keyed by the same input hashes the compile stage
 * uses. A template, compiler or option change gives a new hash, so a stale entry is never used:
 * that file is compiled as before.
 */
import { readFile } from 'node:fs/promises';
import { ROOT } from '../config.js';

export const PRECOMPILED_FILE = 'precompiled-templates.json';

const LOADED = new Map<string, Promise<Map<string, string>>>();

/**
 * What the build stored (empty when the generator runs from unbuilt sources). Read once per
 * process: a watch session's runs share it, and the build does not change under a running process.
 */
export function loadPrecompiledTemplates(
  file = `${ROOT}build/${PRECOMPILED_FILE}`,
): Promise<Map<string, string>> {
  let loaded = LOADED.get(file);
  if (!loaded) {
    loaded = readFile(file, 'utf8')
      .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, string>)))
      .catch(() => new Map<string, string>());
    LOADED.set(file, loaded);
  }
  return loaded;
}
