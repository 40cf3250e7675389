/**
 * openapi-typescript's transform takes two pointer helpers (`parseRef`, `escapePointer`) from
 * `@redocly/openapi-core/lib/ref-utils.js`, whose one import, `./utils`, loads Redocly's HTTP proxy
 * agent, debug, supports-color, minimatch and its YAML reader (about 20 ms of a small spec's run)
 * for two one-line predicates. `preloadRefUtils()` runs ref-utils.js's own code with those two
 * predicates handed in as `./utils`, and puts the module in `require.cache`, so the package's
 * `require` gets it. Only when ref-utils.js still imports nothing but `./utils`, and uses nothing
 * of it but those predicates; otherwise (another Redocly release) nothing is preloaded and the
 * package loads as it always did. test/startup/startup.test.ts checks the agent stays unloaded.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);

/** What ref-utils.js reads of `./utils`, as @redocly/openapi-core 1.x writes them. */
const UTILS: Record<string, (value: unknown) => boolean> = {
  isPlainObject: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  isTruthy: (value) => !!value,
};

let tried = false;

export function preloadRefUtils(): void {
  if (tried) return;
  tried = true;
  try {
    const fromPackage = createRequire(require.resolve('openapi-typescript/dist/lib/utils.cjs'));
    const file = fromPackage.resolve('@redocly/openapi-core/lib/ref-utils.js');
    if (require.cache[file]) return;
    const source = readFileSync(file, 'utf8');
    if (!usesOnlyUtils(source)) return;
    const module = new Module(file);
    module.filename = file;
    module.paths = fromPackage.resolve.paths(file) ?? [];
    const run = compileFunction(
      source,
      ['exports', 'require', 'module', '__filename', '__dirname'],
      { filename: file },
    );
    const localRequire = (id: string): unknown => {
      if (id === './utils') return UTILS;
      throw new Error(`ref-utils.js required ${id}`);
    };
    run.call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
    module.loaded = true;
    require.cache[file] = module;
  } catch {
    // Anything unexpected: the package requires ref-utils.js (and Redocly's utils) itself.
  }
}

/**
 * Does the source require only `./utils` (once, as `utils_1`), and read of it only the
 * predicates in UTILS?
 */
export function usesOnlyUtils(source: string): boolean {
  const requires = [...source.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  if (requires.length !== 1 || !/^(["'])\.\/utils\1$/.test(requires[0]!)) return false;
  if (!/\bconst utils_1 = require\(["']\.\/utils["']\);/.test(source)) return false;
  const uses = [...source.matchAll(/\butils_1\b(\.\w+)?/g)];
  // The declaration is the one use without a member.
  const bare = uses.filter((m) => m[1] === undefined);
  return (
    bare.length === 1 &&
    uses.every((m) => m[1] === undefined || Object.hasOwn(UTILS, m[1].slice(1)))
  );
}
