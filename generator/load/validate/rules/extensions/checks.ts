/** Small shape checks shared by the extension rules; every failure is an `extension-invalid` problem. */
import { isObject, parsePointer, type Tokens } from '../../../pointer.js';
import type { JsonObject, JsonValue } from '../../../types.js';
import type { ValidationContext } from '../../context.js';
import { describeValue } from '../../walk.js';

export class ExtensionChecks {
  constructor(private readonly context: ValidationContext) {}

  invalid(
    at: Tokens,
    message: string,
    hint = 'See spec/EXTENSIONS.md for the shape of our x- extensions.',
  ): void {
    this.context.report({ code: 'extension-invalid', at, message, hint });
  }

  object(value: JsonValue | undefined, at: Tokens, what: string): value is JsonObject {
    if (isObject(value)) return true;
    this.invalid(at, `${what} must be a map, not ${describeValue(value)}.`);
    return false;
  }

  /** Reports keys outside `allowed` (x- keys are always allowed): they are usually typos. */
  knownKeys(value: JsonObject, at: Tokens, what: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (allowed.includes(key) || key.startsWith('x-')) continue;
      this.invalid(
        [...at, key],
        `${what} has an unknown key "${key}".`,
        `Allowed keys: ${allowed.join(', ')}.`,
      );
    }
  }

  /** A required (or, with `optional`, possibly absent) string field. */
  string(
    owner: JsonObject,
    key: string,
    at: Tokens,
    what: string,
    optional = false,
  ): string | undefined {
    const value = owner[key];
    if (value === undefined && optional) return undefined;
    if (value === undefined) {
      this.invalid(at, `${what} is missing "${key}".`);
      return undefined;
    }
    if (typeof value === 'string') return value;
    this.invalid(
      [...at, key],
      `${what} field "${key}" must be a string, not ${describeValue(value)}.`,
    );
    return undefined;
  }

  /** A JSON pointer string into a payload: '' or '/…' (not '#/…'). */
  pointer(
    owner: JsonObject,
    key: string,
    at: Tokens,
    what: string,
    optional = false,
  ): string | undefined {
    const value = this.string(owner, key, at, what, optional);
    if (value === undefined) return undefined;
    if (!isPayloadPointer(value)) {
      this.invalid(
        [...at, key],
        `${what} field "${key}" must be a JSON pointer ("" or "/a/b"), not "${value}".`,
        'Write e.g. "/data/task_id"; "~1" stands for "/" inside a key.',
      );
      return undefined;
    }
    return value;
  }

  positiveInteger(owner: JsonObject, key: string, at: Tokens, what: string): void {
    const value = owner[key];
    if (value === undefined) this.invalid(at, `${what} is missing "${key}".`);
    else if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.invalid(
        [...at, key],
        `${what} field "${key}" must be a positive integer, not ${describeValue(value)}.`,
      );
    }
  }

  oneOf(
    owner: JsonObject,
    key: string,
    at: Tokens,
    what: string,
    allowed: readonly string[],
    optional = false,
  ): void {
    const value = owner[key];
    if (value === undefined && optional) return;
    if (typeof value === 'string' && allowed.includes(value)) return;
    if (value === undefined) this.invalid(at, `${what} is missing "${key}".`);
    else
      this.invalid(
        [...at, key],
        `${what} field "${key}" must be one of ${allowed.join(', ')}, not ${describeValue(value)}.`,
      );
  }
}

export function isPayloadPointer(value: string): boolean {
  return (value === '' || value.startsWith('/')) && parsePointer(value) !== undefined;
}
