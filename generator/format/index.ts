/**
 * Format stage: VirtualFile[] → VirtualFile[] with prettier (exact pinned version, options from
 * code only). Formatting is a pure function of (settings, parser, text), so results are cached by
 * a content hash of exactly that:
 *  - an in-memory Map (module-wide by default) serves repeated runs in one process;
 *  - `previous` is the same map persisted across runs: the write stage records each file's input
 *    hash in manifest.json and `loadFormatCache(outDir)` (generator/write) rebuilds
 *    input hash → formatted text from the files on disk, so a re-run whose emitters produce the
 *    same text never calls prettier.
 */
import type { VirtualFile } from '../emit/types.js';
import { formatInputHash } from './cache-key.js';
import { rememberBounded } from '../util/bounded-cache.js';
import { PARSER_BY_FORMAT, PRETTIER_OPTIONS, PRETTIER_VERSION } from './options.js';
import { loadPrettier, type PrettierCore } from './prettier-plugins.js';

export { PRETTIER_OPTIONS, PRETTIER_VERSION, PARSER_BY_FORMAT } from './options.js';
export { formatInputHash } from './cache-key.js';

export interface FormatOptions {
  /** Input hash → formatted text from an earlier run (see `loadFormatCache` in generator/write). */
  previous?: Map<string, string>;
  /** In-memory cache to read and fill; defaults to one shared by the whole process. */
  cache?: Map<string, string>;
  /** `formatInputHash`, or a watch session's memo of it (incremental/session.ts). */
  hash?: (parser: string, text: string) => string;
}

export interface FormatStats {
  /** Files formatted this run: by prettier, or by a final-form printer (final-form*.ts). */
  formatted: number;
  /** Files whose formatted text came from `cache` or `previous`. */
  cached: number;
  /** Files left as they are (`format: 'none'` or binary contents). */
  untouched: number;
}

export interface FormatResult {
  files: VirtualFile[];
  /** Path → input hash for every file that went through prettier (or its cache); the write stage persists it. */
  inputHashes: Record<string, string>;
  stats: FormatStats;
}

/** One or more files prettier could not parse: always an emitter bug, so every file is named. */
export class FormatError extends Error {
  readonly failures: ReadonlyArray<{ path: string; parser: string; message: string }>;
  constructor(failures: Array<{ path: string; parser: string; message: string }>) {
    const lines = failures.map((f) => `  ${f.path} (parser ${f.parser}): ${f.message}`);
    super(
      `prettier could not format ${failures.length} generated file(s) — the emitter that produced them wrote invalid syntax:\n${lines.join('\n')}`,
    );
    this.name = 'FormatError';
    this.failures = failures;
  }
}

const PROCESS_CACHE = new Map<string, string>();
const PROCESS_CACHE_MAX_ENTRIES = 20_000;

let loaded: Promise<PrettierCore> | undefined;
/** Prettier is loaded on the first cache miss: a run whose files all come from the cache never loads it. */
function pinnedPrettier(): Promise<PrettierCore> {
  loaded ??= loadPrettier().then((prettier) => {
    if (prettier.version !== PRETTIER_VERSION) {
      throw new Error(
        `prettier ${prettier.version} is installed but the generator is pinned to ${PRETTIER_VERSION}; run \`npm ci\` (or update PRETTIER_VERSION in generator/format/options.ts together with package.json)`,
      );
    }
    return prettier;
  });
  return loaded;
}

/**
 * A look before parsing: a TypeScript file with a value declaration at the start of a line is
 * outside final-form.ts's subset; final-form-code.ts (which also loads the extra code) prints it.
 */
const VALUE_DECLARATION =
  /^(?:export\s+)?(?:(?:default|declare|async|abstract)\s+)*(?:function|class|const|let|var|enum|namespace|module)\b/m;

/** final-form.ts (and the TypeScript parser it uses) is loaded only for a declarations-only file. */
async function printedInFinalForm(text: string): Promise<string | undefined> {
  const { printInFinalForm } = await import('./final-form.js');
  return printInFinalForm(text);
}

/** final-form-code.ts is loaded only for a TypeScript file with values (functions, classes, consts). */
async function codeInFinalForm(text: string): Promise<string | undefined> {
  const { printCodeInFinalForm } = await import('./final-form-code.js');
  return printCodeInFinalForm(text);
}

/** final-form-json.ts is loaded only for a JSON file. */
async function jsonInFinalForm(text: string): Promise<string | undefined> {
  const { printJsonInFinalForm } = await import('./final-form-json.js');
  return printJsonInFinalForm(text);
}

/**
 * final-form-markdown.ts is loaded only for a Markdown file; its TypeScript code blocks go to
 * final-form-code.ts, and to prettier's babel-ts only when that printer does not take them.
 */
async function markdownInFinalForm(text: string): Promise<string | undefined> {
  const { printMarkdownInFinalForm } = await import('./final-form-markdown.js');
  return printMarkdownInFinalForm(text, async (code) => {
    const printed = await codeInFinalForm(code);
    if (printed !== undefined) return printed;
    const prettier = await pinnedPrettier();
    return prettier.format(code, { ...PRETTIER_OPTIONS, parser: PARSER_BY_FORMAT.typescript });
  });
}

/** Format every file; input order is kept and inputs are not mutated. */
export async function formatFiles(
  files: VirtualFile[],
  opts: FormatOptions = {},
): Promise<VirtualFile[]> {
  return (await formatStage(files, opts)).files;
}

/** `formatFiles` plus what the write stage and the pipeline's timing report need. */
export async function formatStage(
  files: VirtualFile[],
  opts: FormatOptions = {},
): Promise<FormatResult> {
  const cache = opts.cache ?? PROCESS_CACHE;
  const maxEntries = opts.cache ? Number.POSITIVE_INFINITY : PROCESS_CACHE_MAX_ENTRIES;
  const stats: FormatStats = { formatted: 0, cached: 0, untouched: 0 };
  const inputHashes: Record<string, string> = {};
  const failures: Array<{ path: string; parser: string; message: string }> = [];
  const out: VirtualFile[] = [];

  for (const file of files) {
    if (file.format === 'none' || typeof file.contents !== 'string') {
      stats.untouched++;
      out.push({ ...file });
      continue;
    }
    const parser = PARSER_BY_FORMAT[file.format];
    const key = (opts.hash ?? formatInputHash)(parser, file.contents);
    inputHashes[file.path] = key;

    const hit = cache.get(key) ?? opts.previous?.get(key);
    if (hit !== undefined) {
      stats.cached++;
      rememberBounded(cache, key, hit, maxEntries);
      out.push({ ...file, contents: hit });
      continue;
    }

    // A start already in final form (emit/types/index.ts) is kept; prettier formats top-level
    // statements one by one, so the rest is formatted alone.
    const prefix = file.finalPrefix ? file.contents.slice(0, file.finalPrefix) : '';
    const text = file.contents.slice(prefix.length);

    // A TypeScript, Markdown or JSON file in the subset the final-form printers print needs no prettier
    // (or, for Markdown, only for its code blocks); a declarations-only file takes the smaller printer.
    // A file the look-ahead took for declarations only may still hold statements (`void main();`).
    const printed =
      file.typesOnly || (file.format === 'typescript' && !VALUE_DECLARATION.test(text))
        ? ((await printedInFinalForm(text)) ??
          (file.typesOnly ? undefined : await codeInFinalForm(text)))
        : file.format === 'typescript'
          ? await codeInFinalForm(text)
          : file.format === 'markdown'
            ? await markdownInFinalForm(text)
            : file.format === 'json'
              ? await jsonInFinalForm(text)
              : undefined;
    if (printed !== undefined) {
      stats.formatted++;
      rememberBounded(cache, key, prefix + printed, maxEntries);
      out.push({ ...file, contents: prefix + printed });
      continue;
    }

    const prettier = await pinnedPrettier();
    stats.formatted++;
    try {
      // Sequential on purpose: prettier is CPU-bound on the main thread, so Promise.all would
      // only interleave the work and make error order depend on timing.
      const formatted = await prettier
        .format(text, { ...PRETTIER_OPTIONS, parser })
        .catch((error: unknown) => {
          // babel-ts refuses some valid TypeScript (`-1[]`, a negative literal's array type, as
          // openapi-typescript prints it): TypeScript's own parser is the authority then.
          if (parser !== 'babel-ts') throw error;
          return prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' });
        });
      rememberBounded(cache, key, prefix + formatted, maxEntries);
      out.push({ ...file, contents: prefix + formatted });
    } catch (error) {
      failures.push({ path: file.path, parser, message: describePrettierError(error) });
      out.push({ ...file });
    }
  }

  if (failures.length > 0) throw new FormatError(failures);
  return { files: out, inputHashes, stats };
}

/** Prettier's message already carries `(line:col)` and a code frame; keep both, indented. */
function describePrettierError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trimEnd().split('\n').join('\n    ');
}
