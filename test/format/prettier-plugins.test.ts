/**
 * The format stage runs prettier's standalone core over lazily required plugins
 * (generator/format/prettier-plugins.ts): it must see the same languages and print the same text as
 * prettier's own entry, and require only the plugins a file needs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/format/options.js';
import {
  describePlugins,
  lazyPlugins,
  loadPrettier,
  type PluginDescription,
} from '../../generator/format/prettier-plugins.js';

const require = createRequire(import.meta.url);
let dir: string;
let descriptions: PluginDescription[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-prettier-'));
  descriptions = await describePlugins();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Markdown whose code blocks need the TypeScript, Babel, YAML, CSS and HTML plugins. */
const MARKDOWN = [
  '# Title',
  '',
  '| a | bb |',
  '|-|-|',
  '| 1 | 2 |',
  '',
  '```ts',
  'const x : Array<number> = [1,2,3]; export default x',
  '```',
  '',
  '```json',
  '{"a":1,   "b":[1,2]}',
  '```',
  '',
  '```yaml',
  'a:   1',
  'b: [1,2]',
  '```',
  '',
  '```css',
  'a{color:red}',
  '```',
  '',
  '```html',
  '<div><p>x</p></div>',
  '```',
  '',
  '```sh',
  'npm   install',
  '```',
  '',
].join('\n');

describe('prettier over lazily required plugins', () => {
  it('reports the same languages, in the same order, as prettier’s entry', async () => {
    // Typed here: standalone.d.ts declares getSupportInfo without the options it takes.
    const standalone = require('prettier/standalone') as {
      getSupportInfo(options: { plugins: unknown[] }): ReturnType<typeof prettier.getSupportInfo>;
    };
    const lazy = await standalone.getSupportInfo({ plugins: lazyPlugins(descriptions) });
    const entry = await prettier.getSupportInfo();
    expect(lazy.languages).toEqual(entry.languages);
  });

  it('prints what prettier’s entry prints, for every format the generator emits', async () => {
    const file = path.join(dir, 'plugins.json');
    await writeFile(file, JSON.stringify(descriptions));
    const core = await loadPrettier(file);
    expect(core.format).not.toBe(prettier.format);
    const inputs: Array<[string, string]> = [
      ['markdown', MARKDOWN],
      ['babel-ts', 'export const a = (x:number)=>x+1; type T = {a:1}[]'],
      ['typescript', 'enum E {A=1,B}\nexport declare function f<T,>(x:T):T'],
      ['babel', 'const a = {b:1,c:[1,2,3]}'],
      ['json', '{"a":1,"b":[1,2,3],"c":{"d":null}}'],
      ['yaml', 'a:   1\nb:\n    - 1\n    - 2\n'],
      ['css', 'a{color:red;background:blue}'],
      [
        'html',
        '<!doctype html><html><head><title>x</title></head><body><p>a</p><script>let a=1</script></body></html>',
      ],
    ];
    for (const [parser, text] of inputs) {
      const options = { ...PRETTIER_OPTIONS, parser };
      expect(await core.format(text, options), parser).toBe(await prettier.format(text, options));
    }
  });

  it('falls back to prettier’s entry when the generator is not built', async () => {
    const core = await loadPrettier(path.join(dir, 'missing.json'));
    expect(core.format).toBe(prettier.format);
  });
});
