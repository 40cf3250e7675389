/**
 * The build's compiled runtime (precompiled-templates.ts) for a spec whose base error class has its
 * own name (`ApiIr.errorClassName`): the copies that name it are new texts, so their compiled
 * outputs would miss the build's and a dozen runtime files would compile again on every fresh run.
 * Renaming an identifier commutes with compiling (the compiler keeps names, strings and comments as
 * written), so the build's outputs, renamed the same way, are those files' outputs.
 */
import { inputHashesOf } from '../compile.js';
import type { EmitContext } from '../types.js';
import { runtimeFiles, runtimeText } from './client-runtime.js';

/** Compiled outputs of this spec's runtime copies by input hash, from the build's; none for `ShellApiError`. */
export function brandedPrecompiled(
  ctx: Pick<EmitContext, 'templates' | 'generator' | 'packageName' | 'precompiled'>,
  errorClassName: string,
): Map<string, string> {
  const out = new Map<string, string>();
  const precompiled = ctx.precompiled;
  if (!precompiled?.size) return out;
  const plain = new Map(runtimeFiles(ctx).map((f) => [f.path, f.contents as string]));
  for (const file of runtimeFiles(ctx, errorClassName)) {
    const before = plain.get(file.path);
    if (before === undefined || before === file.contents) continue;
    const fileName = file.path.slice('sdk/src/'.length);
    const from = inputHashesOf(fileName, before);
    const to = inputHashesOf(fileName, file.contents as string);
    for (const kind of ['js', 'd.ts', 'cjs'] as const) {
      const compiled = precompiled.get(from[kind]);
      if (compiled !== undefined) out.set(to[kind], runtimeText(compiled, errorClassName));
    }
  }
  return out;
}
