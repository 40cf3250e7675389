/** TypeScript's own emit with the compile stage's settings: what own-emit.ts is compared with. */
import ts from 'typescript';

export const ESM_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedDeclarations: true,
  declaration: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

export function theirEsm(fileName: string, text: string): string {
  return ts
    .transpileModule(text, { compilerOptions: ESM_OPTIONS, fileName })
    .outputText.replace(/\n\/\/# sourceMappingURL=.*$/m, '');
}
