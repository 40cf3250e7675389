/**
 * The mock's hand-written runtime (`templates/mock/`) as the SDK package ships it: the mock emitter
 * copies it, the docs console runs part of it in the browser, and the build precompiles it.
 */
import type { VirtualFile } from '../types.js';
import { generatedHeader } from '../header.js';

/** Runtime modules the package needs, in `templates/mock/` (tests and notes there are not shipped). */
function runtimeTemplates(templates: ReadonlyMap<string, string>): [string, string][] {
  return [...templates]
    .filter(
      ([path]) =>
        path.startsWith('mock/') &&
        path.endsWith('.ts') &&
        !path.endsWith('.test.ts') &&
        !path.endsWith('.d.ts'),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function mockRuntimeFiles(templates: ReadonlyMap<string, string>): VirtualFile[] {
  return runtimeTemplates(templates).map(([path, text]) => ({
    path: `sdk/src/mock/${path.slice('mock/'.length)}`,
    contents: `${generatedHeader(`templates/${path}`)}\n${text}`,
    format: 'none',
  }));
}
