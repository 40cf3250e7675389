/**
 * The client runtime (templates/client) as the SDK package's `sdk/src/core/` files: in `surface/`
 * because the client emitter ships them and the docs console builds its shared script from them.
 */
import { compareCodePoints as cmp } from '../../util/compare.js';
import { generatedHeader } from '../header.js';
import type { EmitContext, VirtualFile } from '../types.js';

/** Copies `templates/client/*.ts` to `sdk/src/core/` with the generated-file header. */
export function runtimeFiles(ctx: EmitContext): VirtualFile[] {
  const out: VirtualFile[] = [];
  for (const [name, text] of [...ctx.templates].sort((a, b) => cmp(a[0], b[0]))) {
    const match = /^client\/([^/]+\.ts)$/.exec(name);
    if (!match || name.endsWith('.test.ts')) continue;
    out.push({
      path: `sdk/src/core/${match[1]}`,
      contents: `${generatedHeader(`templates/${name}`)}\n${text}`,
      format: 'none',
    });
  }
  return out;
}
