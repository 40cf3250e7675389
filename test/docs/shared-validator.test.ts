/**
 * The console's copy of the mock validator and the client's query serialisation
 * (assets/shared-validator.js) is the JavaScript the SDK
 * package ships, after a bundle of the packages it imports (Ajv): both taken from what was
 * precompiled when the generator was built, and made in the run only when they are missing — with
 * the same result either way.
 */
import { describe, expect, it, vi } from 'vitest';
import { docsTemplates } from './helpers.js';

const GENERATOR = { name: 'shellapi-codegen', version: '0.0.0-test' };

/** A fresh copy of the emitter (and of the compile stage's in-process cache behind it). */
async function freshScript(): Promise<
  typeof import('../../generator/emit/docs/console-assets.js').sharedValidatorScript
> {
  vi.resetModules();
  return (await import('../../generator/emit/docs/console-assets.js')).sharedValidatorScript;
}

describe('shared-validator.js', () => {
  it('is taken from the precompiled templates, and equals what transpiling them gives', async () => {
    const templates = await docsTemplates();
    // What the build stores (precompile-templates.ts): compiled outputs by input hash.
    const { compilePackage } = await import('../../generator/emit/compile.js');
    const { SHARED_MODULES, sharedRuntimeFiles } =
      await import('../../generator/emit/docs/console-assets.js');
    const runtime = sharedRuntimeFiles({
      templates,
      generator: GENERATOR,
      packageName: '@shellapi/sdk',
    });
    expect(runtime.map((f) => f.path)).toEqual(SHARED_MODULES.map((name) => `sdk/src/${name}`));
    const compiled = compilePackage(runtime, 'sdk');
    // Each stored output carries a mark, to see which text the emitter used.
    const mark = (name: string): string => `// precompiled ${name}\n`;
    const precompiled = new Map(
      compiled.files.map((f) => [
        compiled.inputHashes[f.path]!,
        `${f.contents as string}${mark(f.path)}`,
      ]),
    );
    // And the bundle of the packages they import (Ajv), as precompile-templates.ts stores it.
    const { sharedModulePackages } = await import('../../generator/emit/docs/console-assets.js');
    const { bundleVendor, vendorKey } = await import('../../generator/emit/docs/browser-vendor.js');
    const packages = sharedModulePackages(templates);
    expect(packages).toEqual(['ajv-formats', 'ajv/dist/2020.js']);
    precompiled.set(vendorKey(packages), `${bundleVendor(packages)}${mark('vendor')}`);
    // And the console's own modules the generator shares (the query-gap rule).
    const { DOCS_MODULES, docsModuleSources } =
      await import('../../generator/emit/docs/console-assets.js');
    const { compiledJs, inputHash } = await import('../../generator/emit/compile.js');
    for (const [name, text] of docsModuleSources(templates))
      precompiled.set(inputHash('js', name, text), `${compiledJs(name, text)}${mark(name)}`);

    const ctx = { templates, generator: GENERATOR, packageName: '@shellapi/sdk' };
    const fromBuild = (await freshScript())({ ...ctx, precompiled });
    for (const name of SHARED_MODULES)
      expect(fromBuild).toContain(mark(`sdk/dist/${name.replace(/\.ts$/, '.js')}`));
    expect(fromBuild).toContain(mark('vendor'));
    for (const name of DOCS_MODULES) expect(fromBuild).toContain(mark(name));
    // Without them (an unbuilt run), transpiling gives the same script.
    const transpiled = (await freshScript())(ctx);
    expect(transpiled).not.toContain('// precompiled');
    expect(fromBuild.replace(/\/\/ precompiled .*\n/g, '')).toBe(transpiled);
    expect(fromBuild).toMatch(/window\.ShellMock = \{ [^}]*createSchemaCompiler/);
    expect(fromBuild).toMatch(/window\.ShellMock = \{ [^}]*styledPairs/);
    expect(fromBuild).toMatch(/window\.ShellMock = \{ [^}]*tidyQueryGap/);
    expect(fromBuild).not.toMatch(/^\s*(import|export)\s/m);
  });
});
