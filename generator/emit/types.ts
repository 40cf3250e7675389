/** What every emitter returns: files to write, relative to the output directory. Emitters never touch the disk. */
export type Formatter =
  'typescript' | 'javascript' | 'markdown' | 'json' | 'css' | 'html' | 'yaml' | 'none';

export interface VirtualFile {
  /** Posix path relative to the output directory, e.g. `sdk/src/client.ts`. */
  path: string;
  contents: string | Uint8Array;
  /** Which prettier parser the format stage applies; `none` leaves the contents as they are. */
  format: Formatter;
  /**
   * A TypeScript source that declares types only (no values, no imports of values): the compile
   * stage takes the formatted source itself as its declarations and the empty module as its
   * JavaScript, instead of running the compiler over it.
   */
  typesOnly?: true;
  /**
   * The length of a start of `contents` that is already prettier's output, ending after the blank
   * line between two top-level TypeScript statements: the format stage formats only the rest.
   */
  finalPrefix?: number;
  /**
   * A span of `contents` inside a template literal that holds data only (the mock's route table,
   * megabytes): the compile stage parses the file without it and puts it back into the JavaScript
   * unchanged (scanning it char by char was most of the compile of such a file).
   */
  dataSpan?: { start: number; end: number };
}

import type { ApiIr } from '../ir/types.js';
import type { EmitMemo } from '../incremental/memo.js';

/** What the pipeline hands every emitter besides the IR. Read once, shared, never mutated. */
export interface EmitContext {
  /** Hand-written files under `templates/`, keyed by posix path relative to it (e.g. `client/http.ts`). */
  templates: ReadonlyMap<string, string>;
  generator: { name: string; version: string };
  /** npm name of the generated package, e.g. `@shellapi/sdk`. */
  packageName: string;
  /** The name was chosen (`--package-name`, `info.x-package-name`), not derived from the title: the README may install it by name. */
  packageNameChosen?: boolean;
  /** Compiled outputs of the runtime templates by input hash, made when the generator was built (see precompiled-templates.ts); absent from unbuilt runs. */
  precompiled?: ReadonlyMap<string, string>;
  /** Version every generated package carries: the last `release` (generated/release/release.json), else the spec's info.version. */
  releaseVersion?: string;
  /** A watch session's outputs of unchanged operations and schemas (generator/incremental/memo.ts). */
  memo?: EmitMemo;
}

/** An emitter is a pure function: no fs, no prettier, no cwd, no clock. */
export type Emitter = (ir: ApiIr, ctx: EmitContext) => VirtualFile[] | Promise<VirtualFile[]>;

/**
 * Static files served on the mock's origin under `prefix`: the docs site of `mock --docs`, built by
 * emit/docs and served by emit/mock (so neither imports the other).
 */
export interface StaticSite {
  /** URL path prefix, e.g. `/docs/`; `<prefix>` alone serves `index.html`. */
  prefix: string;
  /** Paths relative to the prefix (`index.html`, `assets/app.js`). */
  files: ReadonlyMap<string, string | Uint8Array>;
}
