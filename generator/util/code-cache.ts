/**
 * V8 code cache for the large CommonJS files the generator requires (typescript.js alone is 9 MB):
 * compiling them costs a cold run about as much CPU as generating a small spec. Node 20 has no
 * `module.enableCompileCache`, so `Module.prototype._compile` is wrapped to compile those files
 * through `vm.Script` with `cachedData`, as Node itself would with `compileFunction`.
 *
 * The cache is written when the generator is built (`npm run build` runs a sample generation with
 * `produce`) into `node_modules/.cache/shellapi-gen/code-cache/<node version>-<arch>/`. Each entry
 * is named by a hash of the source it was made from (so entries outlive rebuilds of `build/`) and
 * carries a hash of its data; V8 rejects data made by another V8 or with other flags. An entry is
 * thus used only for the exact text it was compiled from; anything else compiles as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Below this size, hashing and reading an entry cost about what compiling saves. */
const MIN_SOURCE_CHARS = 64 * 1024;

/** Header of an entry: the source hash again (a renamed or swapped file is never used) and the payload's hash. */
const HASH_BYTES = 20;

interface CommonJsModule {
  exports: unknown;
  filename: string;
  require(id: string): unknown;
}

interface ModuleInternals {
  prototype: { _compile(this: CommonJsModule, content: string, filename: string): unknown };
  wrap(content: string): string;
  _resolveFilename(
    request: string,
    parent: CommonJsModule,
    isMain: boolean,
    options?: unknown,
  ): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

let installed = false;

/** The folder for this Node and architecture (V8's data is specific to both). */
export function codeCacheDir(root: string): string {
  const version = `${process.version}-${process.arch}`;
  return path.join(root, 'node_modules', '.cache', 'shellapi-gen', 'code-cache', version);
}

const sha1 = (data: string | Uint8Array): Buffer => createHash('sha1').update(data).digest();

/** The cached data stored for `source`, or undefined when there is none or it does not check out. */
export function readEntry(dir: string, source: Buffer): Buffer | undefined {
  let entry: Buffer;
  try {
    entry = readFileSync(path.join(dir, `${source.toString('hex')}.bin`));
  } catch {
    return undefined;
  }
  if (entry.length <= 2 * HASH_BYTES || !entry.subarray(0, HASH_BYTES).equals(source))
    return undefined;
  const payload = entry.subarray(2 * HASH_BYTES);
  return sha1(payload).equals(entry.subarray(HASH_BYTES, 2 * HASH_BYTES)) ? payload : undefined;
}

/** Written beside and renamed into place, so a reader sees a whole entry or none. */
export function writeEntry(dir: string, source: Buffer, data: Buffer): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${source.toString('hex')}.bin`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([source, sha1(data), data]));
  renameSync(tmp, file);
}

/**
 * Compiles large CommonJS files with the cache in `dir`. With `produce`, the data of every such
 * file that had none (taken at exit, so it holds every function the run compiled) is written there.
 */
export function installCodeCache(dir: string, produce = false): void {
  if (installed) return;
  installed = true;
  const M = Module as unknown as ModuleInternals;
  const compile = M.prototype._compile;
  const made: Array<{ source: Buffer; script: vm.Script }> = [];
  M.prototype._compile = function (content, filename) {
    // A hashbang line is valid only at the very start of a script, not inside Node's wrapper.
    if (content.length < MIN_SOURCE_CHARS || content.startsWith('#!'))
      return compile.call(this, content, filename);
    const source = sha1(content);
    const cachedData = readEntry(dir, source);
    const script = new vm.Script(M.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (produce && (cachedData === undefined || script.cachedDataRejected === true))
      made.push({ source, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (
      ...args: unknown[]
    ) => unknown;
    return wrapper.call(
      this.exports,
      this.exports,
      requireFor(this, M),
      this,
      filename,
      path.dirname(filename),
    );
  };
  if (produce)
    process.on('exit', () => {
      for (const { source, script } of made)
        try {
          writeEntry(dir, source, script.createCachedData());
        } catch (error) {
          console.warn(`code cache not written: ${(error as Error).message}`);
        }
    });
}

/** The `require` Node gives a module (lib/internal/modules/helpers.js makeRequireFunction). */
function requireFor(mod: CommonJsModule, M: ModuleInternals): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) =>
    M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => M._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = M._extensions as NodeJS.Require['extensions'];
  require.cache = M._cache as NodeJS.Require['cache'];
  return require;
}
