/**
 * The load stage: read the root spec file and every file it refers to, bundle them into one
 * document, and validate it. Never throws for a bad spec: every problem is data in `problems`.
 */
import path from 'node:path';
import { Bundler } from './bundle.js';
import { hashFiles } from './hash.js';
import { getAt, isObject, parsePointer, toPointer } from './pointer.js';
import { ProblemList } from './problems.js';
import { Resolver } from './resolver.js';
import { sourceLocation } from './source-map.js';
import { SourceFiles } from './source-files.js';
import type { JsonObject, LoadedSpec, SourceLocation } from './types.js';
import { validateDocument } from './validate/index.js';
import type { SourceProblem } from './parse-source.js';
import type { ParseReuse } from './reparse.js';
import type { ValidationReuse } from './validate/schema-check-reuse.js';
import { MAX_DEPTH, scanDocument } from './depth.js';
import { nonFiniteMessage, writtenAt } from './non-finite.js';
import { checkVersion } from './version.js';

export type { LoadedSpec, Problem, SourceLocation } from './types.js';

export interface LoadTimings {
  /** Reading and parsing files (the root and every referenced file). */
  parseMs: number;
  /** Resolving and bundling refs, without the parsing of the files they pulled in. */
  resolveMs: number;
  validateMs: number;
  /** Finding line:col of the problems (re-parses only a file the fast YAML path did not parse). */
  locateMs: number;
}

export interface LoadOptions {
  /** Receives how long each phase took (for `--timings` and benchmarks). */
  onTimings?(timings: LoadTimings): void;
  /** A watch session's parses of the last run: unchanged files, and most of an edited one, are reused. */
  reuse?: ParseReuse;
  /** A watch session's last official-schema check: entries met again are not checked again. */
  validation?: ValidationReuse;
}

export async function loadSpec(rootPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  return loadSpecSync(rootPath, options);
}

export function loadSpecSync(rootPath: string, options: LoadOptions = {}): LoadedSpec {
  const absolute = path.resolve(rootPath);
  const rootFile = path.basename(absolute);
  try {
    return loadFrom(absolute, rootFile, options);
  } catch (error) {
    // A bad spec must never crash the generator: even an unforeseen failure (say, a document
    // nested deep enough to exhaust the stack) comes back as a problem.
    const message = error instanceof Error ? error.message : String(error);
    return {
      rootFile,
      version: '3.1',
      document: {},
      files: [],
      missing: [],
      hash: hashFiles([], () => undefined),
      locate: (pointer) => ({
        file: rootFile,
        pointer: pointer.replace(/^#/, ''),
        line: 0,
        col: 0,
      }),
      problems: [
        {
          code: 'load-failed',
          severity: 'error',
          file: rootFile,
          line: 0,
          col: 0,
          pointer: '',
          message: `Loading failed unexpectedly: ${message}`,
          hint: 'This is a bug in the loader or an extreme input; simplify the spec around the last change and report it.',
        },
      ],
    };
  }
}

function loadFrom(absolute: string, rootFile: string, options: LoadOptions): LoadedSpec {
  const files = new SourceFiles(path.dirname(absolute), rootFile, options.reuse);
  const problems = new ProblemList();
  const resolver = new Resolver(files, problems);
  const timings: LoadTimings = { parseMs: 0, resolveMs: 0, validateMs: 0, locateMs: 0 };

  let started = performance.now();
  const root = files.get(rootFile);
  timings.parseMs = performance.now() - started;

  let document: JsonObject = {};
  let version: '3.0' | '3.1' = '3.1';
  if (root.status === 'missing' || root.status === 'unreadable') {
    problems.add({
      code: 'file-unreadable',
      severity: 'error',
      file: rootFile,
      tokens: [],
      line: 0,
      col: 0,
      message: `Cannot read the spec file "${rootFile}" (${root.reason}).`,
      hint: 'Check the path passed to the generator.',
    });
  } else if (root.status === 'ok' && !isObject(root.value)) {
    problems.add({
      code: 'type-invalid',
      severity: 'error',
      file: rootFile,
      tokens: [],
      message: 'The root of an OpenAPI document must be a map.',
      hint: 'Start the file with "openapi: 3.1.0" and the other top-level fields.',
    });
  } else if (root.status === 'ok' && isObject(root.value)) {
    const versionCheck = checkVersion(root.value);
    if (versionCheck.ok) version = versionCheck.version;
    else
      problems.add({
        code: versionCheck.code,
        severity: 'error',
        file: rootFile,
        tokens: versionCheck.tokens,
        message: versionCheck.message,
        hint: versionCheck.hint,
      });

    started = performance.now();
    const parsedBefore = files.parseMs;
    document = new Bundler(resolver, problems, rootFile).bundle(root.value) as JsonObject;
    // Files pulled in by refs are parsed during bundling: count that time as parsing.
    const parsedDuring = files.parseMs - parsedBefore;
    timings.parseMs += parsedDuring;
    timings.resolveMs = performance.now() - started - parsedDuring;

    const { tooDeep, nonFinite } = scanDocument(document);
    for (const { tokens, value } of nonFinite) {
      const at = sourceLocation(document, rootFile, resolver, tokens);
      // Quoted as written: read at its position (these are rare, so placing them early costs nothing).
      const source = files.get(at.file);
      const where = files.positions.position(at.file, at.tokens);
      const written =
        where.depth === at.tokens.length && 'text' in source
          ? writtenAt(
              source.text,
              where.line,
              where.col,
              !Array.isArray(getAt(document, tokens.slice(0, -1))),
            )
          : undefined;
      problems.add({
        code: 'number-not-json',
        severity: 'warning',
        file: at.file,
        tokens: at.tokens,
        ...nonFiniteMessage(tokens, value, written),
      });
    }
    if (tooDeep) {
      const at = sourceLocation(document, rootFile, resolver, tooDeep, true);
      problems.add({
        code: 'document-too-deep',
        severity: 'error',
        file: at.file,
        tokens: at.tokens,
        message: `The document nests deeper than ${MAX_DEPTH} levels here.`,
        hint: 'Move inner schemas into components/schemas and refer to them with $ref.',
      });
    }
    // The rules are written for 3.0/3.1: a document of another version is only bundled.
    else if (versionCheck.ok) {
      started = performance.now();
      validateDocument(
        document,
        version,
        (problem) => {
          const at = sourceLocation(document, rootFile, resolver, problem.at, !problem.atKey);
          const { code, message, hint } = problem;
          problems.add({
            code,
            severity: problem.severity ?? 'error',
            file: at.file,
            tokens: at.tokens,
            message,
            ...(hint ? { hint } : {}),
          });
        },
        options.validation,
      );
      timings.validateMs = performance.now() - started;
    }
  }

  const names = files.readNames();
  addParseProblems(files, names, problems);

  started = performance.now();
  const located = problems.finish((file, tokens) => files.positions.position(file, tokens));
  timings.locateMs = performance.now() - started;
  options.onTimings?.(timings);

  return {
    rootFile,
    version,
    document,
    files: names,
    missing: files.missingNames(),
    hash: hashFiles(names, (name) => files.bytesOf(name)),
    locate(pointer: string): SourceLocation {
      const at = sourceLocation(document, rootFile, resolver, parsePointer(pointer) ?? []);
      const { line, col } = files.positions.position(at.file, at.tokens);
      return { file: at.file, pointer: toPointer(at.tokens), line, col };
    },
    problems: located,
  };
}

const PARSE_HINTS: Record<SourceProblem['code'], string> = {
  'yaml-syntax': 'Fix the syntax at this position.',
  'json-syntax': 'Fix the syntax at this position.',
  'yaml-duplicate-key': 'Remove or rename one of the two keys.',
  'file-encoding': 'Re-save the file as UTF-8 (most editors: "Save with encoding").',
};

/** Syntax errors of every file read, at yaml's (or JSON.parse's) own positions. */
function addParseProblems(files: SourceFiles, names: string[], problems: ProblemList): void {
  for (const name of names) {
    for (const problem of files.parseProblems(name)) {
      problems.add({
        code: problem.code,
        severity: 'error',
        file: name,
        tokens: files.positions.tokensAt(name, problem.offset),
        line: problem.line,
        col: problem.col,
        message: problem.message,
        hint: PARSE_HINTS[problem.code],
      });
    }
  }
}
