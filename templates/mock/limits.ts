/**
 * Limits on what a parsed request may hold, so a hostile body answers 400/413 instead of
 * overflowing the stack of whatever walks it later (validation, task bodies, error shaping).
 */
import { appendPointer } from './pointer.js';

export interface ParseLimits {
  /** Deepest nesting of arrays and objects in a body or parameter value (default 64). */
  maxDepth: number;
  /** Most fields in a form body, multipart parts or urlencoded pairs (default 1000). */
  maxFields: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxDepth: 64, maxFields: 1000 };

function isContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

interface Visit {
  node: object;
  depth: number;
  key?: string;
  parent?: Visit;
}

/**
 * The JSON pointer of the first value nested deeper than `max`, or undefined. Walks with an
 * explicit stack (no recursion), arrays and plain objects only (not uploaded file bytes); the
 * pointer is spelled only for the value it reports.
 */
export function tooDeep(value: unknown, max: number): string | undefined {
  if (!isContainer(value)) return undefined;
  const stack: Visit[] = [{ node: value, depth: 0 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (visit.depth >= max) {
      let pointer = '';
      for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent)
        pointer = appendPointer('', v.key) + pointer;
      return pointer;
    }
    for (const key in visit.node) {
      const child = (visit.node as Record<string, unknown>)[key];
      if (isContainer(child))
        stack.push({ node: child, depth: visit.depth + 1, key, parent: visit });
    }
  }
  return undefined;
}
