/**
 * V8 code cache for the large CommonJS files the generator requires (typescript.js alone is 9 MB):
 * compiling them costs a cold run about as much CPU as generating a small spec. Node 20 has no
 * `module.enableCompileCache`, so `Module.prototype._compile` is wrapped to compile those files
 * through `vm.Script` with `cachedData`, as Node itself would with `compileFunction`.
 *
 * The cache is written when the generator is built (`npm run build` runs a sample generation with
 * `produce`) into `node_modules/.cache/shellapi-gen/code-cache/<node version>-<arch>/`. Each entry
 * is named by a hash of its file's identity: path, size, modification time and inode, plus the
 * length of the text Node read (hashing the text itself cost ≈ 45 ms a run, most of it for
 * typescript.js, more than reading the entries). Installing or editing a package rewrites its files,
 * so a changed file is a different entry. An entry carries a hash of its data; V8 rejects data made
 * by another V8 or with other flags. Anything without a good entry compiles as before.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Below this size, hashing and reading an entry cost about what compiling saves. */
const MIN_SOURCE_CHARS = 64 * 1024;

/** Header of an entry: the source key again (a renamed or swapped entry is never used) and the payload's hash. */
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

const entryName = (source: Buffer): string => `${source.toString('hex')}.bin`;

/** What names the entry of `filename` as Node read it (`chars` long); undefined when it cannot be stat'ed. */
export function sourceKey(filename: string, chars: number): Buffer | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(filename);
    return sha1(`${filename}\0${size}\0${mtimeMs}\0${ino}\0${chars}`);
  } catch {
    return undefined;
  }
}

/** The cached data stored for `source`, or undefined when there is none or it does not check out. */
export function readEntry(dir: string, source: Buffer): Buffer | undefined {
  let entry: Buffer;
  try {
    entry = readFileSync(path.join(dir, entryName(source)));
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
  const file = path.join(dir, entryName(source));
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
  const used = new Set<string>();
  M.prototype._compile = function (content, filename) {
    // A hashbang line is valid only at the very start of a script, not inside Node's wrapper.
    const source =
      content.length < MIN_SOURCE_CHARS || content.startsWith('#!')
        ? undefined
        : sourceKey(filename, content.length);
    if (source === undefined) return compile.call(this, content, filename);
    const cachedData = readEntry(dir, source);
    const script = new vm.Script(M.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (produce && (cachedData === undefined || script.cachedDataRejected === true))
      made.push({ source, script });
    else if (produce) used.add(entryName(source));
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
      // Entries of files edited or reinstalled since (and the rebuilt validators of build/) are
      // never read again: the producing run keeps only what it used or made.
      for (const { source } of made) used.add(entryName(source));
      let files: string[] = [];
      try {
        files = readdirSync(dir);
      } catch {
        // No folder: nothing was used or made.
      }
      for (const file of files)
        if (file.endsWith('.bin') && !used.has(file)) rmSync(path.join(dir, file), { force: true });
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
