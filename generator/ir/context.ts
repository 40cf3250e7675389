/** Shared state of one IR build: the document, its version, and the problems found so far. */
import type { LoadedSpec, Problem } from '../load/types.js';
import { fixedValuesOf } from './schema.js';

export interface IrContext {
  document: Record<string, unknown>;
  version: '3.0' | '3.1';
  refStack: string[];
  hasSchema(name: string): boolean;
  discriminatorValues(schema: string, property: string): string[];
  /** Records a located error (the IR stage's problems are naming clashes and dangling references). */
  problem(code: string, pointer: string, message: string, hint?: string): void;
  problems: Problem[];
}

export function createContext(loaded: LoadedSpec): IrContext {
  const document = loaded.document as Record<string, unknown>;
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const cache = new Map<string, string[]>();
  return {
    document,
    version: loaded.version,
    refStack: [],
    problems,
    hasSchema: (name) => Object.prototype.hasOwnProperty.call(schemas, name),
    discriminatorValues(schema, property) {
      const key = `${schema}\u0000${property}`;
      let values = cache.get(key);
      if (!values) cache.set(key, (values = fixedValuesOf(document, schema, property)));
      return values;
    },
    problem(code, pointer, message, hint) {
      const at = loaded.locate(pointer);
      problems.push({ code, severity: 'error', file: at.file, line: at.line, col: at.col, pointer: at.pointer, message, ...(hint ? { hint } : {}) });
    },
  };
}
