/**
 * Maps a pointer into the bundled document back to the file and pointer its node came from.
 * No table is kept: the bundled document and the source files are walked side by side, and
 * wherever the source holds a ref that the bundle inlined, the walk jumps to the ref's target.
 */
import { child, type Tokens } from './pointer.js';
import { isRefObject, type Location, type Resolver } from './resolver.js';
import type { JsonValue } from './types.js';

export function sourceLocation(
  bundled: JsonValue,
  rootFile: string,
  resolver: Resolver,
  tokens: Tokens,
  followLast = true,
): Location {
  let file = rootFile;
  let sourceTokens: string[] = [];
  let source: JsonValue | undefined = resolver.fileValue(rootFile);
  let node: JsonValue | undefined = bundled;
  const jumpIntoInlined = (): void => {
    // A source ref whose bundled counterpart is not a ref was inlined: continue in its target.
    for (
      let hops = 0;
      hops < 32 && isRefObject(source) && node !== undefined && !isRefObject(node);
      hops++
    ) {
      const target = resolver.follow({ file, tokens: sourceTokens }, source.$ref);
      if (!target) return;
      file = target.file;
      sourceTokens = [...target.tokens];
      source = target.value;
    }
  };
  for (const token of tokens) {
    jumpIntoInlined();
    source = source === undefined ? undefined : child(source, token);
    node = node === undefined ? undefined : child(node, token);
    sourceTokens.push(token);
  }
  if (followLast) jumpIntoInlined();
  return { file, tokens: sourceTokens };
}
