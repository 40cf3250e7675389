/**
 * Prettier without its Node entry: `prettier/standalone` and the CommonJS builds of its plugins,
 * each required only when a file needs one of its parsers or printers (as prettier's own entry
 * does with its built-in plugins). Prettier's Node entry is ES modules, compiled on every cold run;
 * these are CommonJS, so the V8 code cache (util/code-cache.ts) serves them, and the entry's
 * config-file and CLI support (a third of prettier's code) is never loaded.
 *
 * What each plugin offers (languages, options, parser and printer names) is read from the plugins
 * when the generator is built (`describePlugins`, stored in build/): a Markdown code block then
 * finds the same parser for its language as with prettier's entry, without loading every plugin.
 * test/format/prettier-plugins.test.ts checks the two agree.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ROOT } from '../config.js';

export const PLUGINS_FILE = 'prettier-plugins.json';

/** The built-in plugins, in the order prettier's entry lists them (a later parser of one name wins). */
const BUILTIN_PLUGINS = [
  'acorn',
  'angular',
  'babel',
  'estree',
  'flow',
  'glimmer',
  'graphql',
  'html',
  'markdown',
  'meriyah',
  'postcss',
  'typescript',
  'yaml',
];

interface PluginModule {
  languages?: Array<{ name: string }>;
  options?: Record<string, unknown>;
  parsers?: Record<string, unknown>;
  printers?: Record<string, unknown>;
}

export interface PluginDescription {
  name: string;
  languages?: Array<{ name: string }>;
  options?: Record<string, unknown>;
  parsers: string[];
  printers: string[];
}

/** What the format stage uses of prettier: its `version` and `format`, over the built-in plugins. */
export interface PrettierCore {
  version: string;
  format(text: string, options: Record<string, unknown>): Promise<string>;
}

const require = createRequire(import.meta.url);

/**
 * Every built-in plugin's offer, its languages in the order prettier's entry reports them (that
 * order decides which language a code block's tag matches first).
 */
export async function describePlugins(): Promise<PluginDescription[]> {
  const prettier = await import('prettier');
  const order = (await prettier.getSupportInfo()).languages.map((language) => language.name);
  return BUILTIN_PLUGINS.map((name) => {
    const plugin = require(`prettier/plugins/${name}`) as PluginModule;
    const languages = plugin.languages
      ?.slice()
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    return {
      name,
      ...(languages ? { languages } : {}),
      ...(plugin.options ? { options: plugin.options } : {}),
      parsers: Object.keys(plugin.parsers ?? {}),
      printers: Object.keys(plugin.printers ?? {}),
    };
  });
}

/** Plugin objects whose parsers and printers require the plugin on first use. */
export function lazyPlugins(descriptions: PluginDescription[]): PluginModule[] {
  return descriptions.map((description) => {
    let plugin: PluginModule | undefined;
    const load = (): PluginModule =>
      (plugin ??= require(`prettier/plugins/${description.name}`) as PluginModule);
    const lazy = (names: string[], kind: 'parsers' | 'printers') =>
      Object.fromEntries(names.map((name) => [name, () => load()[kind]![name]]));
    return {
      ...(description.languages ? { languages: description.languages } : {}),
      ...(description.options ? { options: description.options } : {}),
      parsers: lazy(description.parsers, 'parsers'),
      printers: lazy(description.printers, 'printers'),
    };
  });
}

/**
 * Prettier over lazily required plugins, or prettier's own entry when the generator runs unbuilt
 * (no plugin descriptions): both format the same.
 */
export async function loadPrettier(file = `${ROOT}build/${PLUGINS_FILE}`): Promise<PrettierCore> {
  let descriptions: PluginDescription[];
  try {
    descriptions = JSON.parse(await readFile(file, 'utf8')) as PluginDescription[];
  } catch {
    return import('prettier');
  }
  // Typed here: standalone.d.ts leaves out `version`, which the module has.
  const standalone = require('prettier/standalone') as PrettierCore;
  const plugins = lazyPlugins(descriptions);
  return {
    version: standalone.version,
    format: (text, options) => standalone.format(text, { ...options, plugins }),
  };
}
