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

  /** Checks for the fields of one object: `what` names it in messages, `at` is where it stands. */
  fields(owner: JsonObject, at: Tokens, what: string): FieldChecks {
    return new FieldChecks(this, owner, at, what);
  }
}

/** Field checks of one object; each reports through the shared `invalid` and returns what it accepted. */
export class FieldChecks {
  constructor(
    private readonly checks: ExtensionChecks,
    private readonly owner: JsonObject,
    private readonly at: Tokens,
    private readonly what: string,
  ) {}

  /** Reports a missing required field; true when the field is present. */
  private present(key: string, optional: boolean): boolean {
    if (this.owner[key] !== undefined) return true;
    if (!optional) this.checks.invalid(this.at, `${this.what} is missing "${key}".`);
    return false;
  }

  private wrong(key: string, expected: string): void {
    this.checks.invalid(
      [...this.at, key],
      `${this.what} field "${key}" must be ${expected}, not ${describeValue(this.owner[key])}.`,
    );
  }

  /** A required (or, with `optional`, possibly absent) string field. */
  string(key: string, optional = false): string | undefined {
    if (!this.present(key, optional)) return undefined;
    const value = this.owner[key];
    if (typeof value === 'string') return value;
    this.wrong(key, 'a string');
    return undefined;
  }

  /** A JSON pointer string into a payload: '' or '/…' (not '#/…'). */
  pointer(key: string, optional = false): string | undefined {
    const value = this.string(key, optional);
    if (value === undefined) return undefined;
    if (!isPayloadPointer(value)) {
      this.checks.invalid(
        [...this.at, key],
        `${this.what} field "${key}" must be a JSON pointer ("" or "/a/b"), not "${value}".`,
        'Write e.g. "/data/task_id"; "~1" stands for "/" inside a key.',
      );
      return undefined;
    }
    return value;
  }

  positiveInteger(key: string): void {
    if (!this.present(key, false)) return;
    const value = this.owner[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
      this.wrong(key, 'a positive integer');
  }

  oneOf(key: string, allowed: readonly string[], optional = false): void {
    if (!this.present(key, optional)) return;
    const value = this.owner[key];
    if (typeof value === 'string' && allowed.includes(value)) return;
    this.wrong(key, `one of ${allowed.join(', ')}`);
  }
}

export function isPayloadPointer(value: string): boolean {
  return (value === '' || value.startsWith('/')) && parsePointer(value) !== undefined;
}
