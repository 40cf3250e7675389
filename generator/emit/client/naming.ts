/**
 * Names the client needs beyond the IR's per-operation names: the client class, the environment
 * prefix, file names per resource group, and the exports the runtime already has.
 */
import type { ApiIr } from '../../ir/types.js';
import { defaultBaseUrl } from '../surface/client-identity.js';
import { compareCodePoints as cmp } from '../../util/compare.js';

export { defaultBaseUrl, envPrefix, hostIsTemplated } from '../surface/client-identity.js';

/** Exports of the runtime: a resource class with one of these names is not re-exported from the index. */
export const RUNTIME_EXPORTS: ReadonlySet<string> = new Set([
  'APIPromise',
  'APIClient',
  'APIResource',
  'BaseClient',
  'Stream',
  'TaskRun',
  'APIError',
  'ShellApiError',
]);

/** Group (file) of an operation's standalone function: its top-level resource, `_root` for root methods. */
export function groupOf(resource: string[]): string {
  return resource[0] ?? '_root';
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}

/**
 * The options object of `new Client(…)` in examples: the key from the environment, and the root
 * URL from the environment too when the client has no default one (it would throw without).
 */
export function exampleClientOptions(ir: ApiIr, prefix: string): string {
  const options = [`apiKey: process.env.${prefix}_API_KEY`];
  if (defaultBaseUrl(ir) === undefined) options.push(`baseUrl: process.env.${prefix}_BASE_URL`);
  return `{ ${options.join(', ')} }`;
}
