/**
 * The runtime templates' outputs stored by the generator's build equal what the compile stage
 * produces for them now, key for key, and a spec's run takes them from there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePackage, emptyModuleOutputs } from '../../generator/emit/compile.js';
import { retryPolicyFile } from '../../generator/emit/client/package-files.js';
import { runtimeFiles } from '../../generator/emit/surface/client-runtime.js';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { mockRuntimeFiles } from '../../generator/emit/surface/mock-runtime.js';
import { readTemplates } from '../../generator/emit/templates.js';
import { loadPrecompiledTemplates } from '../../generator/emit/precompiled-templates.js';
import { GENERATOR, TEMPLATES_DIR } from '../../generator/config.js';
import { ensureBuild } from '../helpers/cli.js';

let stored: Map<string, string>;
beforeAll(async () => {
  ensureBuild();
  stored = await loadPrecompiledTemplates();
}, 300_000);

describe('precompiled runtime templates', () => {
  it('every template output stored at build time equals a fresh compile of that template', async () => {
    const templates = await readTemplates(TEMPLATES_DIR);
    const files = [
      ...runtimeFiles({ templates, generator: GENERATOR, packageName: '' }),
      ...mockRuntimeFiles(templates),
    ];
    expect(files.length).toBeGreaterThan(40);
    const fresh = compilePackage(files, 'sdk');
    let compared = 0;
    for (const file of fresh.files) {
      const key = fresh.inputHashes[file.path];
      if (key === undefined) continue;
      expect(stored.get(key), file.path).toBe(file.contents);
      compared++;
    }
    expect(compared).toBe(files.length * 4);
  });

  it('also stores the default retry policy and the empty module of types-only files, as compiled now', () => {
    const fresh = compilePackage([retryPolicyFile({ retryPolicy: RETRY_POLICY })], 'sdk');
    for (const file of fresh.files) {
      const key = fresh.inputHashes[file.path];
      if (key !== undefined) expect(stored.get(key), file.path).toBe(file.contents);
    }
    const empty = Object.entries(emptyModuleOutputs());
    expect(empty).toHaveLength(2);
    for (const [key, text] of empty) expect(stored.get(key)).toBe(text);
  });

  it('a changed template misses the store, so it is compiled again', async () => {
    const templates = new Map([['client/env.ts', 'export const changed: number = 1;\n']]);
    const [file] = runtimeFiles({ templates, generator: GENERATOR, packageName: '' });
    const compiled = compilePackage([file!], 'sdk', stored);
    const js = compiled.files.find((f) => f.path === 'sdk/dist/core/env.js');
    expect(stored.has(compiled.inputHashes['sdk/dist/core/env.js']!)).toBe(false);
    expect(js?.contents).toContain('export const changed = 1;');
  });
});
