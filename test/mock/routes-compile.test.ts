/**
 * The mock's route table is megabytes of JSON in one template literal: the compile stage leaves
 * that span (`VirtualFile.dataSpan`) out of what it parses and puts it back, and its outputs are
 * byte for byte those of compiling the whole text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { emitMock } from '../../generator/emit/mock/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { compilePackage, inputHash, inputHashesOf } from '../../generator/emit/compile.js';
import { readTemplates } from '../../generator/emit/templates.js';
import { TEMPLATES_DIR } from '../../generator/config.js';
import { FEATURES } from './helpers.js';

let routes: Omit<VirtualFile, 'contents'> & { contents: string };
let table: unknown;

beforeAll(async () => {
  const ir = buildIr(await loadSpec(FEATURES)).ir;
  const files = await emitMock(ir, {
    templates: await readTemplates(TEMPLATES_DIR),
    generator: { name: 'shellapi-codegen', version: '0.0.0' },
    packageName: '@shellapi/sdk',
  });
  routes = files.find((f) => f.path === 'sdk/src/mock/routes.ts') as typeof routes;
  table = createMockRoutes(ir);
});

/** The outputs of compiling `file` alone, by the kind of output (paths differ by the file's name). */
function compiled(file: VirtualFile): string[] {
  return compilePackage([file], 'sdk')
    .files.filter((f) => f.path !== 'sdk/dist/cjs/package.json')
    .map((f) => String(f.contents));
}

/** The same text under another name: the compile caches (keyed by name and text) do not answer. */
function renamed(file: VirtualFile, name: string): VirtualFile {
  return { ...file, path: `sdk/src/mock/${name}.ts` };
}

describe('the route table’s data span', () => {
  it('is the body of the template literal, the whole table', () => {
    const { start, end } = routes.dataSpan!;
    expect(routes.contents[start - 1]).toBe('`');
    expect(routes.contents.slice(end, end + 2)).toBe('`)');
    const body = routes.contents.slice(start, end).replace(/\\(\\|`|\$\{)/g, '$1');
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(table)));
  });

  it('compiles to the bytes the whole text compiles to', () => {
    const whole = compiled(renamed({ ...routes, dataSpan: undefined }, 'whole'));
    const spanned = compiled(renamed(routes, 'spanned'));
    expect(spanned).toEqual(whole);
    const { start, end } = routes.dataSpan!;
    expect(whole[0]).toContain(routes.contents.slice(start, end));
  });

  it('falls back to the whole text where the stand-in shows up elsewhere', () => {
    const comment = '// __shellapi_data_span__\n';
    const text = comment + routes.contents;
    const dataSpan = {
      start: routes.dataSpan!.start + comment.length,
      end: routes.dataSpan!.end + comment.length,
    };
    const whole = compiled({ ...routes, path: 'sdk/src/mock/a.ts', contents: text });
    const spanned = compiled({ ...routes, path: 'sdk/src/mock/b.ts', contents: text, dataSpan });
    expect(spanned).toEqual(whole);
    expect(whole[0]).toContain(comment);
  });
});

describe('the compile cache keys', () => {
  it('hash the text once for the three outputs, each key its own', () => {
    const text = routes.contents;
    const keys = inputHashesOf('mock/routes.ts', text);
    for (const kind of ['js', 'd.ts', 'cjs'] as const)
      expect(keys[kind]).toBe(inputHash(kind, 'mock/routes.ts', text));
    expect(new Set(Object.values(keys)).size).toBe(3);
    expect(inputHashesOf('mock/other.ts', text).js).not.toBe(keys.js);
    expect(inputHashesOf('mock/routes.ts', `${text} `).js).not.toBe(keys.js);
  });
});
