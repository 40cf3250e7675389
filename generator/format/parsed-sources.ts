/**
 * Syntax trees the compile stage parsed, lent to the format stage: both read the same emitted text
 * (compile before format), and a parse of a large client is a fifth of each stage. A tree is taken
 * once, by its exact text; whatever is left is dropped by the next compile. Only trees without
 * syntax errors are lent (the compile parses for its ES2022 target, the format for the latest one:
 * they differ only where the older target reports an error, a newer regular expression flag).
 */
import type ts from 'typescript';

const lent = new Map<string, ts.SourceFile>();

/** Drops the trees not taken (the start of a compile). */
export function releaseParsed(): void {
  lent.clear();
}

export function lendParsed(file: ts.SourceFile): void {
  if ((file as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length === 0)
    lent.set(file.text, file);
}

/** The tree of exactly `text`, if a compile lent one (it is then no longer lent). */
export function takeParsed(text: string): ts.SourceFile | undefined {
  const file = lent.get(text);
  if (file !== undefined) lent.delete(text);
  return file;
}
