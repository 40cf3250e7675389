/**
 * TypeScript sources of the package → `dist/` JavaScript and declarations, each file compiled as it
 * would be alone (transpile.ts: no type check, no import resolved, fast, and the sources are written
 * to satisfy `isolatedDeclarations`, so each file's declarations stand alone), all of a run's files
 * in one program per module format.
 *
 * Two builds: ES modules in `dist/` and CommonJS in `dist/cjs/` (for `require` before Node 20.19 /
 * 22.12 and `moduleResolution: node10`). `dist/cjs/package.json` says `"type": "commonjs"`, so the
 * same declarations next to the CommonJS files are read as CommonJS by TypeScript's `nodenext`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { duplicateDeclarations } from './duplicate-declarations.js';
import { emitOwnDeclarations } from './own-declarations.js';
import { emitOwn, NotOwnEmit } from './own-emit.js';
import { lendParsed, releaseParsed } from '../format/parsed-sources.js';
import { parseSource, transpileMany, type Transpiled } from './transpile.js';
import type { VirtualFile } from './types.js';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedDeclarations: true,
  declaration: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

const CJS_OPTIONS: ts.CompilerOptions = {
  ...COMPILER_OPTIONS,
  module: ts.ModuleKind.CommonJS,
  verbatimModuleSyntax: false,
  esModuleInterop: true,
};

/**
 * The emitters' sources, whose hash keys the caches: any change to them (even one that leaves the
 * output alone) makes outputs cached on disk by an earlier generator compile again, with no
 * version number to remember to bump. generator/build.mjs hashes the same list the same way.
 */
export const EMITTER_SOURCES = [
  'generator/emit/compile.ts',
  'generator/emit/duplicate-declarations.ts',
  'generator/emit/own-declarations.ts',
  'generator/emit/own-emit.ts',
  'generator/emit/transpile.ts',
] as const;

/** Set by the build (esbuild `define`); absent when the generator runs from its sources. */
declare const __EMITTER_SOURCES_HASH__: string | undefined;

/** The hash of EMITTER_SOURCES as they are in the repository (paths relative, so machine-free). */
export function emitterSourcesHash(): string {
  const root = new URL('../../', import.meta.url);
  const hash = createHash('sha256');
  for (const file of EMITTER_SOURCES)
    hash
      .update(`${file}\0`)
      .update(readFileSync(new URL(file, root)))
      .update('\0');
  return hash.digest('hex');
}

const EMITTER_HASH =
  typeof __EMITTER_SOURCES_HASH__ === 'string' ? __EMITTER_SOURCES_HASH__ : emitterSourcesHash();

const SETTINGS_FINGERPRINT = `${ts.version}\0${EMITTER_HASH}\0${JSON.stringify(COMPILER_OPTIONS)}\0${JSON.stringify(CJS_OPTIONS)}`;

/** Marks `dist/cjs/` as CommonJS inside a `"type": "module"` package. */
const CJS_PACKAGE_JSON = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

export class CompileError extends Error {}

export interface CompileResult {
  files: VirtualFile[];
  /** Output path → hash of what produced it; persisted in the manifest so the next run can reuse the file on disk. */
  inputHashes: Record<string, string>;
}

/** Same input, same output: results are reused within the process and (via `previous`) across runs. */
const PROCESS_CACHE = new Map<string, string>();

type OutputKind = 'js' | 'd.ts' | 'cjs';

/** The cache key of one output of a source. */
export function inputHash(kind: OutputKind, fileName: string, text: string): string {
  return outputKey(kind, fileName, textHash(text));
}

/**
 * The cache keys of a source's three outputs, its text hashed once for all of them (megabytes for
 * the mock's route table, a third of the stage's hashing otherwise).
 */
export function inputHashesOf(fileName: string, text: string): Record<OutputKind, string> {
  const hash = textHash(text);
  return {
    js: outputKey('js', fileName, hash),
    'd.ts': outputKey('d.ts', fileName, hash),
    cjs: outputKey('cjs', fileName, hash),
  };
}

function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function outputKey(kind: OutputKind, fileName: string, hashOfText: string): string {
  return createHash('sha256')
    .update(`compile\0${SETTINGS_FINGERPRINT}\0${kind}\0${fileName}\0${hashOfText}`)
    .digest('hex');
}

function transpileJs(fileName: string, text: string): string {
  const own = ownEmit(parseSource(fileName, text, COMPILER_OPTIONS));
  if (own) return own.esm;
  return stripMap(
    ts.transpileModule(text, {
      compilerOptions: COMPILER_OPTIONS,
      fileName,
      reportDiagnostics: false,
    }).outputText,
  );
}

/** A file with syntax errors goes to TypeScript, which reports them. */
function parsedCleanly(sourceFile: ts.SourceFile): boolean {
  return (sourceFile as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length === 0;
}

function ownEmit(sourceFile: ts.SourceFile): ReturnType<typeof emitOwn> | undefined {
  if (!parsedCleanly(sourceFile)) return undefined;
  try {
    return emitOwn(sourceFile);
  } catch (error) {
    if (error instanceof NotOwnEmit) return undefined;
    throw error;
  }
}

function ownDeclarations(sourceFile: ts.SourceFile): string | undefined {
  try {
    return emitOwnDeclarations(sourceFile);
  } catch (error) {
    if (error instanceof NotOwnEmit) return undefined;
    throw error;
  }
}

/**
 * Each file's outputs: both modules from own-emit.ts where it handles the file, TypeScript's
 * otherwise; the declarations from own-declarations.ts where it handles the file too, else from
 * TypeScript (a program that emits only them when the modules are our own).
 */
function compileSources(
  files: ReadonlyArray<{ fileName: string; text: string }>,
): Map<string, Transpiled> {
  const parsed = files.map((file) => {
    const sourceFile = parseSource(file.fileName, file.text, COMPILER_OPTIONS);
    // The format stage prints the same text next: it takes this tree instead of parsing again.
    lendParsed(sourceFile);
    return { ...file, sourceFile };
  });
  const own = new Map<string, ReturnType<typeof emitOwn>>();
  const ownDts = new Map<string, string>();
  for (const file of parsed) {
    const out = ownEmit(file.sourceFile);
    if (!out) continue;
    own.set(file.fileName, out);
    const dts = ownDeclarations(file.sourceFile);
    if (dts !== undefined) ownDts.set(file.fileName, dts);
  }
  const theirs = transpileMany(
    parsed.filter((file) => !own.has(file.fileName)),
    COMPILER_OPTIONS,
    CJS_OPTIONS,
  );
  const declarations = transpileMany(
    parsed.filter((file) => own.has(file.fileName) && !ownDts.has(file.fileName)),
    COMPILER_OPTIONS,
    CJS_OPTIONS,
    { esm: false, cjs: false },
  );
  for (const [fileName, out] of declarations)
    theirs.set(fileName, { ...out, ...own.get(fileName)! });
  // Nothing to report: own-declarations.ts takes only files whose declarations need no inference
  // (anything else is NotOwnEmit, and TypeScript's declaration emit above reports it).
  for (const [fileName, dts] of ownDts)
    theirs.set(fileName, { ...own.get(fileName)!, dts, diagnostics: [] });
  for (const { fileName, sourceFile } of parsed) {
    const duplicates = duplicateDeclarations(sourceFile);
    const out = theirs.get(fileName);
    if (out && duplicates.length)
      theirs.set(fileName, { ...out, diagnostics: [...out.diagnostics, ...duplicates] });
  }
  return theirs;
}

/** Stands for a data span in the text compiled: a name no source holds twice (checked below). */
const DATA_MARK = '__shellapi_data_span__';

/**
 * compileSources, with each file's data span (`VirtualFile.dataSpan`) replaced by DATA_MARK and put
 * back into both modules where the mark is. A file whose mark is not found exactly once in each
 * module (nor at all in its declarations), or that has diagnostics (their positions are the short
 * text's), is compiled again whole: the outputs are always those of the whole text.
 */
function compileWithoutData(
  files: ReadonlyArray<{ fileName: string; text: string; dataSpan?: VirtualFile['dataSpan'] }>,
): Map<string, Transpiled> {
  const out = compileSources(
    files.map(({ fileName, text, dataSpan }) => ({
      fileName,
      text: dataSpan ? text.slice(0, dataSpan.start) + DATA_MARK + text.slice(dataSpan.end) : text,
    })),
  );
  const whole: Array<{ fileName: string; text: string }> = [];
  for (const { fileName, text, dataSpan } of files) {
    if (!dataSpan) continue;
    const short = out.get(fileName)!;
    const data = text.slice(dataSpan.start, dataSpan.end);
    const esm = putBack(short.esm, data);
    const cjs = putBack(short.cjs, data);
    const clean = short.diagnostics.length === 0 && !short.dts.includes(DATA_MARK);
    if (esm !== undefined && cjs !== undefined && clean) out.set(fileName, { ...short, esm, cjs });
    else whole.push({ fileName, text });
  }
  if (whole.length > 0)
    for (const [fileName, transpiled] of compileSources(whole)) out.set(fileName, transpiled);
  return out;
}

/** `module` with its one DATA_MARK replaced by `data`; undefined when the mark is not there once. */
function putBack(module: string, data: string): string | undefined {
  const at = module.indexOf(DATA_MARK);
  if (at < 0 || module.indexOf(DATA_MARK, at + 1) >= 0) return undefined;
  return module.slice(0, at) + data + module.slice(at + DATA_MARK.length);
}

/**
 * The `dist/` JavaScript of one source file, exactly as compilePackage makes it: taken from
 * `previous` (e.g. the templates precompiled when the generator was built) or this process's cache
 * when there, transpiled only otherwise.
 */
export function compiledJs(
  fileName: string,
  text: string,
  previous?: ReadonlyMap<string, string>,
): string {
  const key = inputHash('js', fileName, text);
  const js = PROCESS_CACHE.get(key) ?? previous?.get(key) ?? transpileJs(fileName, text);
  PROCESS_CACHE.set(key, js);
  return js;
}

/**
 * Compiles every `<pkg>/src/**.ts` file among `files` into `<pkg>/dist/**.{js,d.ts}`.
 * `previous` maps input hashes to outputs of an earlier run (the files on disk, see loadFormatCache).
 */
export function compilePackage(
  files: VirtualFile[],
  pkg: string,
  previous?: ReadonlyMap<string, string>,
): CompileResult {
  releaseParsed();
  const src = `${pkg}/src/`;
  const out: VirtualFile[] = [];
  const inputHashes: Record<string, string> = {};
  const problems: string[] = [];
  const isSource = (file: VirtualFile): file is VirtualFile & { contents: string } =>
    file.path.startsWith(src) && file.path.endsWith('.ts') && typeof file.contents === 'string';
  const sources = files.filter(isSource).map((file) => {
    const rel = file.path.slice(src.length, -'.ts'.length);
    const fileName = `${rel}.ts`;
    // A types-only file is not compiled (typesOnlyOutputs), so it needs no keys.
    const all = file.typesOnly ? undefined : inputHashesOf(fileName, file.contents);
    const keys = all && ([all.js, all['d.ts'], all.cjs] as const);
    return { file, rel, fileName, keys };
  });
  const cached = (key: string) => PROCESS_CACHE.has(key) || previous?.has(key) === true;
  // Every source not all of whose outputs are cached, compiled together (one program per format).
  const pending = sources
    .filter(({ keys }) => keys !== undefined && !keys.every(cached))
    .map(({ file, fileName }) => ({ fileName, text: file.contents, dataSpan: file.dataSpan }));
  const transpiled = compileWithoutData(pending);
  for (const { file, rel, fileName, keys } of sources) {
    if (keys === undefined) {
      out.push(...typesOnlyOutputs(`${pkg}/dist`, rel, file, previous));
      continue;
    }
    const [jsKey, dtsKey, cjsKey] = keys;
    let js = PROCESS_CACHE.get(jsKey) ?? previous?.get(jsKey);
    let dts = PROCESS_CACHE.get(dtsKey) ?? previous?.get(dtsKey);
    let cjs = PROCESS_CACHE.get(cjsKey) ?? previous?.get(cjsKey);
    if (js === undefined || dts === undefined || cjs === undefined) {
      const out = transpiled.get(fileName)!;
      for (const d of out.diagnostics) {
        const pos =
          d.file && d.start !== undefined
            ? d.file.getLineAndCharacterOfPosition(d.start)
            : undefined;
        problems.push(
          `${file.path}${pos ? `:${pos.line + 1}:${pos.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
        );
      }
      js = stripMap(out.esm);
      dts = stripMap(out.dts);
      cjs = stripMap(out.cjs);
    }
    // Idempotent, so also applied to cached outputs: a fix here reaches files compiled earlier.
    dts = dropDuplicateComputedMembers(dts);
    PROCESS_CACHE.set(jsKey, js);
    PROCESS_CACHE.set(dtsKey, dts);
    PROCESS_CACHE.set(cjsKey, cjs);
    const jsPath = `${pkg}/dist/${rel}.js`;
    const dtsPath = `${pkg}/dist/${rel}.d.ts`;
    const cjsPath = `${pkg}/dist/cjs/${rel}.js`;
    const cjsDtsPath = `${pkg}/dist/cjs/${rel}.d.ts`;
    out.push(
      { path: jsPath, contents: js, format: 'none' },
      { path: dtsPath, contents: dts, format: 'none' },
      { path: cjsPath, contents: cjs, format: 'none' },
      { path: cjsDtsPath, contents: dts, format: 'none' },
    );
    inputHashes[jsPath] = jsKey;
    inputHashes[dtsPath] = dtsKey;
    inputHashes[cjsPath] = cjsKey;
    inputHashes[cjsDtsPath] = dtsKey;
  }
  if (out.length > 0)
    out.push({ path: `${pkg}/dist/cjs/package.json`, contents: CJS_PACKAGE_JSON, format: 'none' });
  if (problems.length)
    throw new CompileError(
      `the generated TypeScript does not compile file by file:\n${problems.join('\n')}`,
    );
  return { files: out, inputHashes };
}

/** A types-only source compiles to this module's output (its name and text key the caches). */
const EMPTY_MODULE = { fileName: 'empty.ts', text: 'export type T = 0;\n' } as const;

/**
 * The empty module's ES and CommonJS JavaScript, from the caches when there (the build stores it
 * with the templates): compiling it costs two programs' set-up, nearly all of the stage on a run
 * whose other files are all cached.
 */
function emptyModule(previous?: ReadonlyMap<string, string>): { js: string; cjs: string } {
  const { fileName, text } = EMPTY_MODULE;
  const { js: jsKey, cjs: cjsKey } = inputHashesOf(fileName, text);
  let js = PROCESS_CACHE.get(jsKey) ?? previous?.get(jsKey);
  let cjs = PROCESS_CACHE.get(cjsKey) ?? previous?.get(cjsKey);
  if (js === undefined || cjs === undefined) {
    const empty = compileSources([{ fileName, text }]).get(fileName)!;
    js = stripMap(empty.esm);
    cjs = stripMap(empty.cjs);
  }
  PROCESS_CACHE.set(jsKey, js);
  PROCESS_CACHE.set(cjsKey, cjs);
  return { js, cjs };
}

/** The empty module's outputs by input hash, for the build's precompiled templates. */
export function emptyModuleOutputs(): Record<string, string> {
  const { fileName, text } = EMPTY_MODULE;
  const { js, cjs } = emptyModule();
  const keys = inputHashesOf(fileName, text);
  return { [keys.js]: js, [keys.cjs]: cjs };
}

/**
 * A types-only source compiles to the empty module (whatever its types) and its declarations are
 * the source itself, in the format stage's hands like the source (the same text, so prettier's
 * cache answers the second one): declaration emit of a 1.6 MB schema.ts cost seconds and gave the
 * same types, only reprinted.
 */
function typesOnlyOutputs(
  dist: string,
  rel: string,
  file: VirtualFile,
  previous?: ReadonlyMap<string, string>,
): VirtualFile[] {
  const { js, cjs } = emptyModule(previous);
  return [
    { path: `${dist}/${rel}.js`, contents: js, format: 'none' },
    { path: `${dist}/${rel}.d.ts`, contents: file.contents, format: file.format },
    { path: `${dist}/cjs/${rel}.js`, contents: cjs, format: 'none' },
    { path: `${dist}/cjs/${rel}.d.ts`, contents: file.contents, format: file.format },
  ];
}

/**
 * TypeScript 5.9's `transpileDeclaration` writes a computed-symbol method such as
 * `[Symbol.asyncIterator]()` twice, once as a property (`[Symbol.asyncIterator]: () => …;`), which
 * is a duplicate identifier for consumers with `skipLibCheck: false`. Keep the method form only.
 */
function dropDuplicateComputedMembers(dts: string): string {
  return dts.replace(/^[ \t]*(\[[A-Za-z_$.]+\]): \(\) => [^\n]*;\n/gm, (line, key: string) =>
    dts.includes(`${key}(`) ? '' : line,
  );
}

function stripMap(text: string): string {
  return text.replace(/\n\/\/# sourceMappingURL=.*$/m, '');
}
