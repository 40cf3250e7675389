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
 * The JSON pointer of the first value nested deeper than `max`, or undefined; arrays and plain
 * objects only (not uploaded file bytes). The walk recurses no deeper than `max`: as deep as the
 * stages after it will walk a value that passes.
 */
export function tooDeep(value: unknown, max: number): string | undefined {
  if (!isContainer(value)) return undefined;
  if (max <= 0) return '';
  for (const key in value) {
    const below = tooDeep((value as Record<string, unknown>)[key], max - 1);
    if (below !== undefined) return appendPointer('', key) + below;
  }
  return undefined;
}
