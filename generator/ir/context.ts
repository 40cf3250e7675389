/** Shared state of one IR build: the document, its version, and the problems found so far. */
import type { LoadedSpec, Problem } from '../load/types.js';
import { fixedValuesOf } from './component-refs.js';
import type { IrReuse } from './reuse.js';

export interface IrContext {
  document: Record<string, unknown>;
  version: '3.0' | '3.1';
  refStack: string[];
  /** How many refs to something other than a component schema were inlined (they read the document elsewhere). */
  inlinedRefs: number;
  hasSchema(name: string): boolean;
  discriminatorValues(schema: string, property: string): string[];
  /** Records a located error (the IR stage's problems are naming clashes and dangling references). */
  problem(code: string, pointer: string, message: string, hint?: string): void;
  /**
   * A located warning, an error under `--strict` (examples that do not validate, schemas no value
   * satisfies), returned rather than recorded: examples may be decided after the build (lazily)
   * and keep their own list, in the order an eager build reports it.
   */
  warning(code: string, pointer: string, message: string, hint?: string): Problem;
  problems: Problem[];
}

export interface IrOptions {
  /** Warnings become errors (`--strict`): this project's own spec runs strict. */
  strict?: boolean;
  /**
   * `lazy`: each example is decided when an emitter first reads it (a client-only run never
   * compiles the response schemas); `eager` (default): all of them during the build, as lint and
   * check report them.
   */
  examples?: 'eager' | 'lazy';
  /** A watch session's named schemas of the last build (reuse.ts): unchanged ones are not converted again. */
  reuse?: IrReuse;
}

export function createContext(loaded: LoadedSpec, options: IrOptions = {}): IrContext {
  const document = loaded.document as Record<string, unknown>;
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ??
    {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const cache = new Map<string, string[]>();
  const located = (
    severity: Problem['severity'],
    code: string,
    pointer: string,
    message: string,
    hint?: string,
  ): Problem => {
    const at = loaded.locate(pointer);
    return {
      code,
      severity,
      file: at.file,
      line: at.line,
      col: at.col,
      pointer: at.pointer,
      message,
      ...(hint ? { hint } : {}),
    };
  };

  return {
    document,
    version: loaded.version,
    refStack: [],
    inlinedRefs: 0,
    problems,
    hasSchema: (name) => Object.prototype.hasOwnProperty.call(schemas, name),
    discriminatorValues(schema, property) {
      const key = `${schema}\u0000${property}`;
      let values = cache.get(key);
      if (!values) cache.set(key, (values = fixedValuesOf(document, schema, property)));
      return values;
    },
    problem(code, pointer, message, hint) {
      problems.push(located('error', code, pointer, message, hint));
    },
    warning(code, pointer, message, hint) {
      return located(options.strict ? 'error' : 'warning', code, pointer, message, hint);
    },
  };
}
