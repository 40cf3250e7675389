/**
 * One TypeScript source → its ES module JavaScript, its CommonJS JavaScript and its declarations,
 * from a single parse. `ts.transpileModule` and `ts.transpileDeclaration` each parse and bind the
 * text again (three parses per file); here one syntax tree feeds two single-file programs built
 * the way those functions build theirs (no lib, no resolution, no type check): one emits the ES
 * module and the declarations together, the other the CommonJS module.
 */
import ts from 'typescript';

export interface Transpiled {
  esm: string;
  cjs: string;
  dts: string;
  /** Syntax errors and what `isolatedDeclarations` cannot emit without a type checker. */
  diagnostics: readonly ts.Diagnostic[];
}

/** Only what declaration emit needs to see (`Symbol` for computed members such as `[Symbol.asyncIterator]`). */
const MINIMAL_LIB_NAME = 'lib.d.ts';
const MINIMAL_LIB = `/// <reference no-default-lib="true"/>
interface Array<T> { length: number; [n: number]: T; }
interface Boolean {}
interface CallableFunction {}
interface Function {}
interface IArguments {}
interface NewableFunction {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Symbol { readonly [Symbol.toStringTag]: string; }
interface SymbolConstructor {
  (description?: string | number): symbol;
  for(key: string): symbol;
  readonly toStringTag: symbol;
}
declare var Symbol: SymbolConstructor;
`;
let minimalLib: ts.SourceFile | undefined;

/**
 * What `transpileModule` itself uses and TypeScript's typings leave out (present at run time in the
 * pinned 5.9.3, which package.json fixes exactly).
 */
interface TypeScriptInternals {
  transpileOptionValueCompilerOptions: ReadonlyArray<{
    name: string;
    transpileOptionValue: unknown;
  }>;
  getEmitScriptTarget(options: ts.CompilerOptions): ts.ScriptTarget;
  getSetExternalModuleIndicator(options: ts.CompilerOptions): (file: ts.SourceFile) => void;
}
/** `Program.emit` with its last parameter, `forceDtsEmit`: declarations even when some part cannot be emitted. */
type EmitForcingDeclarations = (
  target: undefined,
  writeFile: undefined,
  cancellationToken: undefined,
  emitOnlyDtsFiles: boolean,
  transformers: undefined,
  forceDtsEmit: boolean,
) => ts.EmitResult;
const internals = ts as unknown as TypeScriptInternals;

/** The options `transpileModule` would use: the caller's, plus the settings that make one file stand alone. */
function standAlone(options: ts.CompilerOptions, declaration: boolean): ts.CompilerOptions {
  const out: ts.CompilerOptions = { ...ts.getDefaultCompilerOptions(), ...options };
  for (const option of internals.transpileOptionValueCompilerOptions) {
    if (out.verbatimModuleSyntax && option.name === 'isolatedModules') continue;
    out[option.name] = option.transpileOptionValue as ts.CompilerOptionsValue;
  }
  out.suppressOutputPathCheck = true;
  out.allowNonTsExtensions = true;
  out.declaration = declaration;
  if (declaration) out.isolatedDeclarations = true;
  else out.declarationMap = false;
  return out;
}

function emitWith(
  sourceFiles: ReadonlyMap<string, ts.SourceFile>,
  options: ts.CompilerOptions,
  withLib: boolean,
  onlyDeclarations: boolean,
): { outputs: Map<string, string>; program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const outputs = new Map<string, string>();
  const host: ts.CompilerHost = {
    getSourceFile: (name) =>
      sourceFiles.get(name) ??
      (name === MINIMAL_LIB_NAME
        ? (minimalLib ??= ts.createSourceFile(MINIMAL_LIB_NAME, MINIMAL_LIB, {
            languageVersion: ts.ScriptTarget.Latest,
          }))
        : undefined),
    writeFile: (name, text) => outputs.set(name, text),
    getDefaultLibFileName: () => MINIMAL_LIB_NAME,
    useCaseSensitiveFileNames: () => false,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    // No import resolves (as in a one-file program): each file is emitted exactly as it would be alone.
    fileExists: (name) => withLib && name === MINIMAL_LIB_NAME,
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const roots = [...sourceFiles.keys()];
  if (withLib) roots.push(MINIMAL_LIB_NAME);
  const program = ts.createProgram(roots, options, host);
  const emit = program.emit.bind(program) as unknown as EmitForcingDeclarations;
  const result = emit(undefined, undefined, undefined, onlyDeclarations, undefined, withLib);
  return { outputs, program, diagnostics: result.diagnostics };
}

/**
 * One source's syntax tree as `transpileModule` would parse it for `esmOptions` (so the programs
 * below can take it as it is), without JSDoc: emit copies comments from the text, and parsed JSDoc
 * is read only by the type checker.
 */
export function parseSource(
  fileName: string,
  text: string,
  esmOptions: ts.CompilerOptions,
): ts.SourceFile {
  const esm = standAlone(esmOptions, true);
  return ts.createSourceFile(fileName, text, {
    languageVersion: internals.getEmitScriptTarget(esm),
    impliedNodeFormat: ts.getImpliedNodeFormatForFile(
      fileName,
      undefined,
      { fileExists: () => false, readFile: () => undefined, useCaseSensitiveFileNames: false },
      esm,
    ),
    setExternalModuleIndicator: internals.getSetExternalModuleIndicator(esm),
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
}

export interface TranspileInput {
  fileName: string;
  text: string;
  /** Its tree from parseSource with the same options, when the caller has it already. */
  sourceFile?: ts.SourceFile;
}

/** Which outputs to make: declarations always, the JavaScript of each format when asked. */
export interface Wanted {
  esm: boolean;
  cjs: boolean;
}

/**
 * Several sources at once, each emitted as it would be alone (modules only, no import resolved):
 * one program per module format for all of them instead of two per file, so the compiler's
 * per-program set-up (options, checker, library) is paid once. Outputs not `wanted` are empty.
 */
export function transpileMany(
  files: ReadonlyArray<TranspileInput>,
  esmOptions: ts.CompilerOptions,
  cjsOptions: ts.CompilerOptions,
  wanted: Wanted = { esm: true, cjs: true },
): Map<string, Transpiled> {
  const esm = standAlone(esmOptions, true);
  const cjs = standAlone(cjsOptions, false);
  const modules = new Map<string, ts.SourceFile>();
  const batches = [modules];
  for (const { fileName, text, sourceFile: parsed } of files) {
    const sourceFile = parsed ?? parseSource(fileName, text, esmOptions);
    // A script (no import or export) would share its global scope with the others: it goes alone.
    if (ts.isExternalModule(sourceFile)) modules.set(fileName, sourceFile);
    else batches.push(new Map([[fileName, sourceFile]]));
  }
  const out = new Map<string, Transpiled>();
  for (const batch of batches) {
    if (batch.size === 0) continue;
    const first = emitWith(batch, esm, true, !wanted.esm);
    const second = wanted.cjs ? emitWith(batch, cjs, false, false) : undefined;
    const options = first.program.getOptionsDiagnostics();
    for (const [fileName, sourceFile] of batch) {
      const base = fileName.replace(/\.ts$/, '');
      const pick = (outputs: Map<string, string> | undefined, ext: string): string => {
        if (outputs === undefined) return '';
        const found = outputs.get(`${base}${ext}`);
        if (found === undefined) throw new Error(`TypeScript emitted no ${base}${ext}`);
        return found;
      };
      out.set(fileName, {
        esm: wanted.esm ? pick(first.outputs, '.js') : '',
        dts: pick(first.outputs, '.d.ts'),
        cjs: pick(second?.outputs, '.js'),
        diagnostics: [
          ...first.program.getSyntacticDiagnostics(sourceFile),
          ...options,
          ...first.diagnostics.filter((d) => d.file === sourceFile || d.file === undefined),
        ],
      });
    }
  }
  return out;
}

export function transpileAll(
  text: string,
  fileName: string,
  esmOptions: ts.CompilerOptions,
  cjsOptions: ts.CompilerOptions,
): Transpiled {
  return transpileMany([{ fileName, text }], esmOptions, cjsOptions).get(fileName)!;
}
