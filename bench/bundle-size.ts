/**
 * Browser bundle sizes of the generated client (esbuild: platform browser, minified, tree-shaken):
 * one standalone operation function with a bare `BaseClient`, against the whole `ShellApi` client;
 * the same two for hey-api's output of this spec (its `sdk.gen.ts` functions).
 * Prints minified and gzipped bytes of both.
 * Usage: npx tsx bench/bundle-size.ts [FUNCTION]   (default embeddingsCreate; needs generated/sdk/dist)
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface BundleSize {
  label: string;
  minified: number;
  gzipped: number;
  /** Source modules with bytes in the output, relative to `resolveDir` (e.g. `dist/core/client.js`). */
  modules: string[];
  /** The minified bundle. */
  code: string;
}

export interface BundleSizes {
  operation: BundleSize;
  whole: BundleSize;
}

/** Bundles `contents` (ES module source importing from `resolveDir`) as a browser consumer would. */
export async function bundle(
  label: string,
  contents: string,
  resolveDir: string,
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: `${label}.js` },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    absWorkingDir: resolveDir,
  });
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

export async function measureBundles(
  from: string,
  resolveDir: string,
  fn: string,
): Promise<BundleSizes> {
  const spec = JSON.stringify(from);
  const operation = await bundle(fn, oneOperationConsumer(from, fn), resolveDir);
  const whole = await bundle(
    'ShellApi',
    `import { ShellApi } from ${spec};\nexport const client = new ShellApi({ apiKey: 'sk-bundle' });`,
    resolveDir,
  );
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fn = process.argv[2] ?? 'embeddingsCreate';
  const sdk = fileURLToPath(new URL('../generated/sdk', import.meta.url));
  console.log(formatSizes(await measureBundles('./dist/index.js', sdk, fn)));
}
