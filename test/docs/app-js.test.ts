/** The browser script is plain JavaScript with `// @ts-check`; this type-checks it against the DOM types. */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

describe('templates/docs/app.js', () => {
  it('type-checks (checkJs, strict, DOM)', () => {
    const file = path.join(REPO, 'templates/docs/app.js');
    const program = ts.createProgram([file], {
      allowJs: true,
      checkJs: true,
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ES2019,
      lib: ['lib.es2019.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${where ? `${where.line + 1}:${where.character + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  });

  it('is a classic script (runs from file://, where modules are blocked)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(path.join(REPO, 'templates/docs/app.js'), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\bfetch\(/);
  });
});
