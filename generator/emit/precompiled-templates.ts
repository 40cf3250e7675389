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

/** What the build stored (empty when the generator runs from unbuilt sources). */
export async function loadPrecompiledTemplates(
  file = `${ROOT}build/${PRECOMPILED_FILE}`,
): Promise<Map<string, string>> {
  try {
    return new Map(
      Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>),
    );
  } catch {
    return new Map();
  }
}
