/**
 * The npm packages the mock's browser-safe modules import (Ajv), bundled for the docs console into
 * one classic script that defines `__vendor` (specifier → module). Bundled when the generator is
 * built (precompile-templates.ts stores it under `vendorKey`); an unbuilt run bundles it here, with
 * the esbuild the development install has.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { ROOT } from '../../config.js';

const requireFromRoot = createRequire(`${ROOT}package.json`);
const BUNDLED = new Map<string, string>();

function packageVersion(specifier: string): string {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return (requireFromRoot(`${name}/package.json`) as { version: string }).version;
}

/** Changes with the specifiers and the installed versions of their packages. */
export function vendorKey(specifiers: readonly string[]): string {
  const versions = specifiers.map((s) => `${s}@${packageVersion(s)}`).join('\0');
  return createHash('sha256').update(`browser-vendor\0${versions}`).digest('hex');
}

export function bundleVendor(specifiers: readonly string[]): string {
  const { buildSync } = requireFromRoot('esbuild') as typeof import('esbuild');
  const entries = specifiers.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`);
  const result = buildSync({
    stdin: { contents: `module.exports = { ${entries.join(', ')} };`, resolveDir: ROOT },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    legalComments: 'none',
    format: 'iife',
    globalName: '__vendor',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The bundle: as the build stored it, else made (once per process). */
export function vendorScript(
  specifiers: readonly string[],
  precompiled?: ReadonlyMap<string, string>,
): string {
  const key = vendorKey(specifiers);
  let text = precompiled?.get(key) ?? BUNDLED.get(key);
  if (text === undefined) BUNDLED.set(key, (text = bundleVendor(specifiers)));
  return text;
}
