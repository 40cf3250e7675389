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

/**
 * The JSON pointer of the first value nested deeper than `max`, or undefined. Walks with an
 * explicit stack (no recursion), arrays and plain objects only (not uploaded file bytes).
 */
export function tooDeep(value: unknown, max: number): string | undefined {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length > 0) {
    const [node, depth, pointer] = stack.pop()!;
    if (!isContainer(node)) continue;
    if (depth >= max) return pointer;
    for (const [key, child] of Object.entries(node))
      if (isContainer(child)) stack.push([child, depth + 1, appendPointer(pointer, key)]);
  }
  return undefined;
}
