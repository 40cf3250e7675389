/**
 * The client runtime (templates/client) as the SDK package's `sdk/src/core/` files: in `surface/`
 * because the client emitter ships them and the docs console builds its shared script from them.
 */
import { RUNTIME_ERROR_CLASS } from '../../ir/runtime-names.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import { generatedHeader } from '../header.js';
import type { EmitContext, VirtualFile } from '../types.js';

const RUNTIME_ERROR_WORD = new RegExp(`\\b${RUNTIME_ERROR_CLASS}\\b`, 'g');

/**
 * A runtime template (TypeScript or Python) as one spec's SDK ships it: the base error class named
 * after that spec's client (`ApiIr.errorClassName`). The only per-spec word in the runtimes; the
 * rest of what differs per spec reaches them as config (`CLIENT_CONFIG`, `ClientConfig`).
 */
export function runtimeText(text: string, errorClassName: string): string {
  return errorClassName === RUNTIME_ERROR_CLASS
    ? text
    : text.replace(RUNTIME_ERROR_WORD, errorClassName);
}

/** Copies `templates/client/*.ts` to `sdk/src/core/` with the generated-file header. */
export function runtimeFiles(
  ctx: EmitContext,
  errorClassName: string = RUNTIME_ERROR_CLASS,
): VirtualFile[] {
  const out: VirtualFile[] = [];
  for (const [name, text] of [...ctx.templates].sort((a, b) => cmp(a[0], b[0]))) {
    const match = /^client\/([^/]+\.ts)$/.exec(name);
    if (!match || name.endsWith('.test.ts')) continue;
    out.push({
      path: `sdk/src/core/${match[1]}`,
      contents: `${generatedHeader(`templates/${name}`)}\n${runtimeText(text, errorClassName)}`,
      format: 'none',
    });
  }
  return out;
}
