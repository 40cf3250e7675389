/** Output of the load stage: one bundled OpenAPI document plus a way to locate any node in its source file. */

export type Severity = 'error' | 'warning';

/** A located problem. Every stage reports problems as data; the CLI prints them sorted. */
export interface Problem {
  /** Stable machine code, e.g. `ref-dangling`, `operation-id-duplicate`. */
  code: string;
  severity: Severity;
  /** File the problem sits in, relative to the directory of the root spec file (posix separators). */
  file: string;
  /** 1-based line and column of the node, 0 when unknown. */
  line: number;
  col: number;
  /** JSON pointer inside `file` (not inside the bundled document). */
  pointer: string;
  message: string;
  hint?: string;
}

export interface SourceLocation {
  file: string;
  pointer: string;
  line: number;
  col: number;
}

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface LoadedSpec {
  /** Root file name relative to its own directory (e.g. `openapi.yaml`). */
  rootFile: string;
  /** `3.0` or `3.1`, from the `openapi` field. */
  version: '3.0' | '3.1';
  /**
   * The bundled document: every external `$ref` inlined, except refs to a location that a root
   * `components/*` entry points at, which become internal refs (`#/components/schemas/Name`).
   * Only internal refs remain. Plain JSON; never mutated after load.
   */
  document: JsonObject;
  /** Every file read, relative to the root's directory, sorted by code point. */
  files: string[];
  /** Files a reference names that do not exist, named as `files` are (`generate --watch` waits for them). */
  missing: string[];
  /** sha256 (hex) over the files' names and bytes, in `files` order. */
  hash: string;
  /** Maps a pointer into `document` to the file, pointer and position it came from (computed lazily). */
  locate(pointer: string): SourceLocation;
  /** All problems found while loading and validating (errors and warnings), sorted. */
  problems: Problem[];
}
