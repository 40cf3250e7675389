/**
 * Names the generated client's runtime already uses. The IR reads them to keep the names it
 * chooses itself (a tag's fallback resource, the client class) off them; the client emitter to
 * reject a spec's own.
 */
import { readFileSync } from 'node:fs';
import { TEMPLATES_DIR } from '../config.js';

/** Members of the runtime's BaseClient: a root resource or root method with one of these names would shadow it. */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  'baseUrl',
  'maxRetries',
  'timeout',
  'idleTimeout',
  'withOptions',
  'scrub',
  'logger',
  'request',
  'toJSON',
  'maxResponseBytes',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'constructor',
]);

/** Names an index module exports (`export { a, type B as C } from …` → `a`, `C`). */
export function exportedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const block of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const raw of block[1]!.split(',')) {
      const name = raw
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  return names;
}

let runtimeExports: ReadonlySet<string> | undefined;

/** What the client runtime's index exports (`Stream`, `RequestOptions`, …), read from its template once. */
export function clientRuntimeExports(): ReadonlySet<string> {
  runtimeExports ??= exportedNames(readFileSync(`${TEMPLATES_DIR}/client/index.ts`, 'utf8'));
  return runtimeExports;
}
