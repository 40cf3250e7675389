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
    // Its one fetch (schema trees on demand) is skipped from file://: see the browser test
    // 'works from file://', which fails on any failed request or console error.
  });

  it('has every interface string in English and Chinese, and every key the pages use', async () => {
    const { readFile } = await import('node:fs/promises');
    const { SHELL_SPEC } = await import('./helpers.js');
    const { docsSite } = await import('../helpers/docs-site.js');
    const source = await readFile(path.join(REPO, 'templates/docs/app.js'), 'utf8');
    const table = (lang: 'en' | 'zh'): Set<string> => {
      const start = source.indexOf(`${lang}: {`, source.indexOf('var STRINGS'));
      const body = source.slice(start, source.indexOf('\n    },', start));
      return new Set([...body.matchAll(/^\s+'([\w.]+)': /gm)].map((m) => m[1]!));
    };
    const en = table('en');
    const zh = table('zh');
    expect(en.size).toBeGreaterThan(20);
    expect([...zh].sort()).toEqual([...en].sort());
    // Keys used by the page shell, the generated pages and app.js itself all exist.
    const used = new Set<string>();
    const collect = (html: string): void => {
      for (const m of html.matchAll(/data-i18n(?:-[a-z]+)?="([\w.]+)"/g)) used.add(m[1]!);
    };
    collect(await readFile(path.join(REPO, 'templates/docs/page.html'), 'utf8'));
    const { files } = await docsSite(SHELL_SPEC);
    for (const f of files) if (f.path.endsWith('.html')) collect(f.contents);
    for (const m of source.matchAll(/\bt\('([\w.]+)'\)/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });
});
