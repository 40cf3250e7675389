/**
 * What a `generate --watch` process keeps between runs so a small edit costs little. The one place
 * incremental state lives: emitters stay pure functions of the IR and every cache here is keyed by
 * a content hash, so a run with a session produces the same bytes as a cold `generate`.
 *
 * - `templates`: read once (the watcher follows the spec, not the generator's own files);
 * - `previous`: the output directory's persisted format/compile results, read from disk once;
 * - `formatCache`: prettier results by input hash, for whole files and for the pieces of large
 *   TypeScript files (pieces.ts) and Markdown files (markdown-pieces.ts), so only the statements,
 *   members or sections an edit touched are formatted;
 * - `compiled`: compile results of large type-only files assembled from their pieces, whose own
 *   results stay in the compile stage's cache (piece-compile.ts);
 * - `stamps`: what the last write left on disk (write/disk-stamps.ts), so unchanged output files
 *   are not read back to be compared, nor changed ones still as written; `written`: the manifest
 *   it wrote (not parsed again while untouched) and the path sets found safe;
 * - `memo`: emitters' outputs per operation and per schema, by content key (memo.ts), so pages
 *   and modules of unchanged operations are not built again;
 * - `sources`: the spec files' last parses (load/reparse.ts), so an unchanged file is not parsed
 *   again and an edited one only around the edit;
 * - `scrubbed`: each output's last text already free of control characters;
 * - `ir`: the last IR build's named schemas (ir/reuse.ts), so an edit outside `components/schemas`
 *   does not convert them again, and the examples' state that depends on them only;
 * - `validation`: the official schema's errors per path item and component
 *   (load/validate/schema-check-reuse.ts), so only entries an edit changed are checked again.
 */
import type { VirtualFile } from '../emit/types.js';
import type { DiskStamps, WriteMemo } from '../write/disk-stamps.js';
import { formatInputHash, PARSER_BY_FORMAT } from '../format/index.js';
import { formatTypeScriptInPieces, type FormattedUnit } from './piece-format.js';
import { createMemoStore, keepMemo, type MemoStore } from './memo.js';
import { cutMarkdownSections, formatMarkdownSections } from './markdown-pieces.js';
import { cutStatements, PIECES_MIN_FILE_CHARS, type Statement } from './pieces.js';
import { ParseReuse } from '../load/reparse.js';
import { createIrReuse, type IrReuse } from '../ir/reuse.js';
import {
  createValidationReuse,
  type ValidationReuse,
} from '../load/validate/schema-check-reuse.js';

export interface WatchSession {
  templates?: ReadonlyMap<string, string>;
  previous?: Map<string, string>;
  formatCache: Map<string, string>;
  /** Format keys the current run needs: the rest of `formatCache` is dropped when it ends. */
  used: Set<string>;
  /** Format keys of pieces prettier refused (a piece cut where it does not parse alone). */
  formatFailed: Set<string>;
  compiled: Map<string, string>;
  /** Files of this run formatted in pieces, by path: their cuts parsed, so compile may use them. */
  pieced: Map<string, { text: string; statements: Statement[] }>;
  stamps: DiskStamps;
  /** The manifest and path sets of the last write (write/disk-stamps.ts). */
  written: WriteMemo;
  memo: MemoStore;
  sources: ParseReuse;
  /** Each output's last text, free of control characters (the pipeline's backstop skips it). */
  scrubbed: Map<string, string>;
  ir: IrReuse;
  validation: ValidationReuse;
  /** Format input hashes by parser and text: of the last run, and of this one (see `inputHash`). */
  hashes: { last: Map<string, Map<string, string>>; now: Map<string, Map<string, string>> };
}

export type { FormattedUnit };

export function createWatchSession(): WatchSession {
  return {
    formatCache: new Map(),
    used: new Set(),
    formatFailed: new Set(),
    compiled: new Map(),
    pieced: new Map(),
    stamps: new Map(),
    written: {},
    memo: createMemoStore(),
    sources: new ParseReuse(),
    scrubbed: new Map(),
    ir: createIrReuse(),
    validation: createValidationReuse(),
    hashes: { last: new Map(), now: new Map() },
  };
}

/** Ends a run: what it did not need (texts an edit replaced) leaves the caches. */
export function endRun(session: WatchSession): void {
  for (const key of session.formatCache.keys())
    if (!session.used.has(key)) session.formatCache.delete(key);
  for (const key of session.formatFailed)
    if (!session.used.has(key)) session.formatFailed.delete(key);
  session.used.clear();
  session.pieced.clear();
  session.hashes = { last: session.hashes.now, now: new Map() };
  keepMemo(session.memo);
}

/**
 * `formatInputHash`, each text hashed once per session while it stays in use: an output whose
 * text is unchanged since the last run (most of them) is found by the text itself, which costs a
 * comparison at most, not a hash of megabytes.
 */
export function inputHash(session: WatchSession): (parser: string, text: string) => string {
  return (parser, text) => {
    const { last, now } = session.hashes;
    let byText = now.get(parser);
    if (!byText) now.set(parser, (byText = new Map()));
    let hash = byText.get(text) ?? last.get(parser)?.get(text);
    if (hash === undefined) hash = formatInputHash(parser, text);
    byText.set(text, hash);
    return hash;
  };
}

/**
 * Fills the session's format cache for every file the format stage will see: large TypeScript
 * and Markdown files are formatted piece by piece, the rest is left to the format stage (which reads and fills
 * the same cache). Returns what went to prettier here or will there: the run's format work.
 */
export async function preformat(
  session: WatchSession,
  files: readonly VirtualFile[],
): Promise<FormattedUnit[]> {
  const units: FormattedUnit[] = [];
  const cache = session.formatCache;
  for (const file of files) {
    if (file.format === 'none' || typeof file.contents !== 'string') continue;
    // Emitted wholly in final form (schema.ts, emit/types/index.ts): nothing to format.
    if (file.finalPrefix === file.contents.length) continue;
    const key = inputHash(session)(PARSER_BY_FORMAT[file.format], file.contents);
    session.used.add(key);
    if (cache.has(key) || session.previous?.has(key)) continue;
    if (file.format === 'typescript' && file.contents.length >= PIECES_MIN_FILE_CHARS) {
      const statements = cutStatements(file.contents);
      const formatted = await formatTypeScriptInPieces(
        file.path,
        statements,
        cache,
        units,
        session.used,
        session.formatFailed,
      );
      if (formatted !== undefined) {
        cache.set(key, formatted.text);
        // Cut as prettier printed it: the compile stage's pieces are ones that parsed. A types-only
        // file needs no compiling (its declarations are its formatted text, emit/compile.ts).
        if (!file.typesOnly)
          session.pieced.set(file.path, { text: file.contents, statements: formatted.statements });
        continue;
      }
    }
    if (file.format === 'markdown' && file.contents.length >= PIECES_MIN_FILE_CHARS) {
      const sections = cutMarkdownSections(file.contents);
      if (sections) {
        const text = await formatMarkdownSections(file.path, sections, cache, session.used, (t) =>
          units.push({ unit: `${file.path} › ${t.slice(0, t.indexOf('\n'))}`, text: t }),
        );
        cache.set(key, text);
        continue;
      }
    }
    units.push({ unit: file.path, text: file.contents });
  }
  return units;
}

/**
 * The compile stage's `previous`: the persisted results plus whole-file results of this run's
 * pieced files under `<pkg>/src/`, assembled from their pieces where that is sound.
 */
export async function precompile(
  session: WatchSession,
  pkg: string,
  previous: Map<string, string>,
): Promise<Map<string, string>> {
  session.compiled.clear();
  // TypeScript is loaded by the compile stage anyway; not by a session that stops before it.
  const { compileInPieces } = await import('./piece-compile.js');
  for (const [path, { text, statements }] of session.pieced) {
    const src = `${pkg}/src/`;
    if (!path.startsWith(src) || !path.endsWith('.ts')) continue;
    const outputs = await compileInPieces(path.slice(src.length), text, statements, previous);
    for (const [key, value] of outputs ?? []) session.compiled.set(key, value);
  }
  return session.compiled.size === 0 ? previous : new Map([...previous, ...session.compiled]);
}
