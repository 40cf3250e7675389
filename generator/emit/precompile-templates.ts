/** Run by generator/build.mjs: compiles the runtime templates once, for precompiled-templates.ts. */
import { GENERATOR, TEMPLATES_DIR } from '../config.js';
import { compiledJs, compilePackage, emptyModuleOutputs, inputHash } from './compile.js';
import { retryPolicyFile } from './client/package-files.js';
import { runtimeFiles } from './surface/client-runtime.js';
import { RETRY_POLICY } from '../ir/retry-policy.js';
import { mockRuntimeFiles } from './surface/mock-runtime.js';
import { readTemplates } from './templates.js';
import { docsModuleSources, sharedModulePackages } from './docs/console-assets.js';
import { bundleVendor, vendorKey } from './docs/browser-vendor.js';

export { PRECOMPILED_FILE } from './precompiled-templates.js';

/** Input hash → compiled output of every runtime template file (and the console's vendor bundle). */
export async function precompileTemplates(): Promise<Record<string, string>> {
  const templates = await readTemplates(TEMPLATES_DIR);
  // The runtime files do not depend on the package name (each spec's, ir/package-name.ts).
  const ctx = { templates, generator: GENERATOR, packageName: '' };
  // Plus the retry policy as most specs leave it (the IR's default): a spec-specific file, but
  // usually this text.
  const compiled = compilePackage(
    [
      ...runtimeFiles(ctx),
      retryPolicyFile({ retryPolicy: RETRY_POLICY }),
      ...mockRuntimeFiles(templates),
    ],
    'sdk',
  );
  const outputs: Record<string, string> = emptyModuleOutputs();
  for (const file of compiled.files) {
    const key = compiled.inputHashes[file.path];
    if (key !== undefined && typeof file.contents === 'string') outputs[key] = file.contents;
  }
  // The console's own modules the generator shares (console-assets.ts DOCS_MODULES).
  for (const [name, text] of docsModuleSources(templates))
    outputs[inputHash('js', name, text)] = compiledJs(name, text);
  // The docs console's bundle of the packages the mock validator imports (Ajv).
  const packages = sharedModulePackages(templates);
  outputs[vendorKey(packages)] = bundleVendor(packages);
  return outputs;
}
