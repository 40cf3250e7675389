/**
 * Browser bundle sizes of the generated client (esbuild: platform browser, minified, tree-shaken):
 * one standalone operation function with a bare `BaseClient`, against the whole `ShellApi` client;
 * the same two for hey-api's output of this spec (its `sdk.gen.ts` functions).
 * Prints minified and gzipped bytes of both, then where the operation bundle's bytes go (per module).
 * Usage: npx tsx bench/bundle-size.ts [FUNCTION]   (default embeddingsCreate; needs generated/sdk/dist)
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { compareCodePoints } from '../generator/util/compare.js';

export interface BundleSize {
  label: string;
  minified: number;
  gzipped: number;
  /** Source modules with bytes in the output, relative to `resolveDir` (e.g. `dist/core/client.js`). */
  modules: string[];
  /** The minified bundle. */
  code: string;
}

/** One bundled module: its exact minified bytes and its gzip share (see `moduleShares`). */
export interface ModuleShare {
  module: string;
  minified: number;
  /** Gzipped bytes the bundle loses without this module's code, scaled to the minified bundle. */
  gzipped: number;
}

export interface BundleSizes {
  operation: BundleSize;
  whole: BundleSize;
}

/**
 * Bundles `contents` (ES module source importing from `resolveDir`) as a browser consumer would
 * (or, with `platform: 'node'`, a server-side one: no `browser` field swaps).
 */
export async function bundle(
  label: string,
  contents: string,
  resolveDir: string,
  platform: 'browser' | 'node' = 'browser',
): Promise<BundleSize> {
  const options = consumerBuild(label, contents, resolveDir);
  const result = await build({ ...options, platform, minify: true });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const modules = Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([name]) => name)
    .sort();
  return {
    label,
    minified: code.byteLength,
    gzipped: gzipSync(code).byteLength,
    modules,
    code: new TextDecoder().decode(code),
  };
}

/** The esbuild options of a consumer bundle (browser unless overridden; minification added by the callers). */
function consumerBuild(label: string, contents: string, resolveDir: string) {
  return {
    stdin: { contents, resolveDir, loader: 'js' as const, sourcefile: `${label}.js` },
    bundle: true,
    write: false as const,
    format: 'esm' as const,
    platform: 'browser' as const,
    target: 'es2022',
    treeShaking: true,
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
    metafile: true as const,
    absWorkingDir: resolveDir,
  };
}

/**
 * Where a bundle's bytes go, largest first. Minified bytes are exact (esbuild's metafile); gzip
 * does not split by module, so a module's gzip share is what the bundle loses without its code:
 * measured on the same bundle built without whitespace minification (which keeps esbuild's
 * `// module` markers between modules), each module then minified apart, and scaled to the
 * fully minified bundle's gzip size.
 */
export async function moduleShares(
  contents: string,
  resolveDir: string,
  gzipped: number,
): Promise<ModuleShare[]> {
  const inputsOf = async (options: object): Promise<[string, Record<string, number>]> => {
    const result = await build({ ...consumerBuild('consumer', contents, resolveDir), ...options });
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
    const bytes = Object.entries(inputs).map(([name, input]) => [name, input.bytesInOutput]);
    return [result.outputFiles[0]!.text, Object.fromEntries(bytes)];
  };
  const [, exact] = await inputsOf({ minify: true });
  // `minify` makes esbuild's browser builds production ones (`process.env.NODE_ENV`); so here too.
  const [code] = await inputsOf({
    minifySyntax: true,
    minifyIdentifiers: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // Each module's code starts with a `// path` line; whitespace (and comments) go per module.
  const sections = await Promise.all(
    code.split(/^(?=\/\/ \S+\n)/m).map(async (section) => ({
      module: /^\/\/ (\S+)\n/.exec(section)?.[1] ?? '(bundle prelude)',
      code: (await transform(section, { minifyWhitespace: true, format: 'esm' })).code,
    })),
  );
  const gz = (text: string): number => gzipSync(text).byteLength;
  const total = gz(sections.map((section) => section.code).join(''));
  return sections
    .map(({ module }, index) => {
      const without = sections.filter((_, other) => other !== index).map((other) => other.code);
      return {
        module,
        minified: exact[module] ?? 0,
        gzipped: Math.round(((total - gz(without.join(''))) * gzipped) / total),
      };
    })
    .sort((a, b) => b.gzipped - a.gzipped || compareCodePoints(a.module, b.module));
}

/**
 * `from` is the import specifier of the client package (`@shellapi/sdk`, or a path relative to
 * `resolveDir`); `fn` the standalone operation function to keep.
 */
/** A consumer that calls one standalone operation function `fn` on a bare `BaseClient`. */
export function oneOperationConsumer(from: string, fn: string): string {
  const spec = JSON.stringify(from);
  return `import { BaseClient, CLIENT_CONFIG, ${fn} } from ${spec};
const client = new BaseClient({ apiKey: 'sk-bundle' }, CLIENT_CONFIG);
export function run(params) { return ${fn}(client, params); }`;
}

/** A consumer that builds the whole client class. */
export function wholeClientConsumer(from: string): string {
  return `import { ShellApi } from ${JSON.stringify(from)};
export const client = new ShellApi({ apiKey: 'sk-bundle' });`;
}

export async function measureBundles(
  from: string,
  resolveDir: string,
  fn: string,
): Promise<BundleSizes> {
  const operation = await bundle(fn, oneOperationConsumer(from, fn), resolveDir);
  const whole = await bundle('ShellApi', wholeClientConsumer(from), resolveDir);
  return { operation, whole };
}

/**
 * hey-api's output folder `dir` (sdk.gen.ts next to its client): one operation function `fn` with
 * the default client it calls, against every function of the SDK.
 */
export async function measureHeyApiBundles(dir: string, fn: string): Promise<BundleSizes> {
  const operation = await bundle(
    `hey-api ${fn}`,
    `import { ${fn} } from './sdk.gen';\nexport function run(options) { return ${fn}(options); }`,
    dir,
  );
  const whole = await bundle(
    'hey-api whole SDK',
    `import * as sdk from './index';\nexport const all = sdk;`,
    dir,
  );
  return { operation, whole };
}

export function formatSizes(sizes: BundleSizes): string {
  const row = (s: BundleSize): string =>
    `${s.label.padEnd(24)} ${String(s.minified).padStart(9)} B minified ${String(s.gzipped).padStart(8)} B gzipped`;
  return [row(sizes.operation), row(sizes.whole)].join('\n');
}

export function formatShares(label: string, shares: readonly ModuleShare[]): string {
  return [
    `${label}, by module (minified exact, gzip share ≈):`,
    ...shares.map(
      (s) =>
        `  ${s.module.padEnd(32)} ${String(s.minified).padStart(7)} B ${String(s.gzipped).padStart(6)} B gz`,
    ),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fn = process.argv[2] ?? 'embeddingsCreate';
  const sdk = fileURLToPath(new URL('../generated/sdk', import.meta.url));
  const sizes = await measureBundles('./dist/index.js', sdk, fn);
  console.log(formatSizes(sizes));
  const consumer = oneOperationConsumer('./dist/index.js', fn);
  console.log(formatShares(fn, await moduleShares(consumer, sdk, sizes.operation.gzipped)));
  const whole = wholeClientConsumer('./dist/index.js');
  console.log(formatShares('ShellApi', await moduleShares(whole, sdk, sizes.whole.gzipped)));
}
