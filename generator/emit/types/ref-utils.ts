/**
 * openapi-typescript's transform uses two pointer helpers from Redocly's `lib/ref-utils.js`
 * (`parseRef`, `escapePointer`). That module requires Redocly's `lib/utils.js` for two one-line
 * predicates, and `utils.js` loads js-yaml, minimatch, an HTTPS proxy agent and more: about 60 ms
 * of a cold run, for nothing the transform calls. So ref-utils is loaded here with its `./utils`
 * answered by those two predicates, written as Redocly writes them — only when its source uses
 * nothing else from utils (checked on the text; any other Redocly version loads the usual way).
 * test/emit-types/ref-utils.test.ts checks the shortcut is taken and the predicates agree.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const USED_FROM_UTILS = /\butils_1\.(\w+)/g;
export const SMALL_UTILS: Record<string, (value: unknown) => boolean> = {
  isPlainObject: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  isTruthy: (value) => !!value,
};

interface LoadableModule {
  filename: string;
  paths: string[];
  loaded: boolean;
  require(id: string): unknown;
  _compile(source: string, filename: string): void;
}

/**
 * Puts the light ref-utils into the CommonJS cache before openapi-typescript requires it; true
 * when it did (or had), false when the installed source needs more and the usual load happens.
 */
export function preloadRefUtils(): boolean {
  const fromOpenapiTs = createRequire(createRequire(import.meta.url).resolve('openapi-typescript'));
  const file = fromOpenapiTs.resolve('@redocly/openapi-core/lib/ref-utils.js');
  const cache = fromOpenapiTs.cache;
  if (cache[file]) return (cache[file] as { light?: boolean }).light === true;
  const source = readFileSync(file, 'utf8');
  const used = new Set([...source.matchAll(USED_FROM_UTILS)].map((m) => m[1]!));
  if (!source.includes('require("./utils")') || [...used].some((name) => !(name in SMALL_UTILS)))
    return false;
  const Ctor = Module as unknown as {
    new (id: string, parent?: unknown): LoadableModule;
    _nodeModulePaths(dir: string): string[];
  };
  const module = new Ctor(file);
  module.filename = file;
  module.paths = Ctor._nodeModulePaths(path.dirname(file));
  const requireUsual = module.require.bind(module);
  module.require = (id) => (id === './utils' ? SMALL_UTILS : requireUsual(id));
  cache[file] = module as unknown as NodeJS.Module;
  try {
    module._compile(source, file);
  } catch (error) {
    delete cache[file];
    throw error;
  }
  module.loaded = true;
  (module as { light?: boolean }).light = true;
  return true;
}
