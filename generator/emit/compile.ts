/**
 * TypeScript sources of the package → `dist/` JavaScript and declarations, one file at a time with
 * `transpileModule` and `transpileDeclaration` (no program, no type check: fast, and the sources are
 * written to satisfy `isolatedDeclarations`, so each file's declarations stand alone).
 */
import ts from 'typescript';
import type { VirtualFile } from './types.js';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedDeclarations: true,
  declaration: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

export class CompileError extends Error {}

/** Compiles every `<pkg>/src/**.ts` file among `files` into `<pkg>/dist/**.{js,d.ts}`. */
export function compilePackage(files: VirtualFile[], pkg: string): VirtualFile[] {
  const src = `${pkg}/src/`;
  const out: VirtualFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (!file.path.startsWith(src) || !file.path.endsWith('.ts') || typeof file.contents !== 'string') continue;
    const rel = file.path.slice(src.length, -'.ts'.length);
    const fileName = `${rel}.ts`;
    const js = ts.transpileModule(file.contents, { compilerOptions: COMPILER_OPTIONS, fileName, reportDiagnostics: false });
    const dts = ts.transpileDeclaration(file.contents, { compilerOptions: COMPILER_OPTIONS, fileName, reportDiagnostics: true });
    for (const d of dts.diagnostics ?? []) {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      problems.push(`${file.path}${pos ? `:${pos.line + 1}:${pos.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    out.push({ path: `${pkg}/dist/${rel}.js`, contents: stripMap(js.outputText), format: 'none' });
    out.push({ path: `${pkg}/dist/${rel}.d.ts`, contents: stripMap(dts.outputText), format: 'none' });
  }
  if (problems.length) throw new CompileError(`declarations cannot be emitted file by file:\n${problems.join('\n')}`);
  return out;
}

function stripMap(text: string): string {
  return text.replace(/\n\/\/# sourceMappingURL=.*$/m, '');
}
