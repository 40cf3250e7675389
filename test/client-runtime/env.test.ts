import { afterEach, describe, expect, it } from 'vitest';
import { readEnv } from '../../templates/client/env.js';

const scope = globalThis as { process?: unknown; Deno?: unknown };
const realProcess = scope.process;

/** Runs `read` with `process` and `Deno` swapped for stand-ins (synchronously, then restored). */
function withGlobals<T>(process: unknown, deno: unknown, read: () => T): T {
  scope.process = process;
  scope.Deno = deno;
  try {
    return read();
  } finally {
    scope.process = realProcess;
    delete scope.Deno;
  }
}

afterEach(() => {
  delete process.env['SHELLAPI_ENV_TEST'];
});

describe('readEnv', () => {
  it('reads process.env, trimmed; a blank value is unset', () => {
    process.env['SHELLAPI_ENV_TEST'] = '  sk-1 \n';
    expect(readEnv('SHELLAPI_ENV_TEST')).toBe('sk-1');
    process.env['SHELLAPI_ENV_TEST'] = '   ';
    expect(readEnv('SHELLAPI_ENV_TEST')).toBeUndefined();
    expect(readEnv('SHELLAPI_ENV_TEST_ABSENT')).toBeUndefined();
  });

  it('falls back to Deno.env where there is no process (or it lacks the variable)', () => {
    const deno = { env: { get: (key: string) => (key === 'K' ? ' from-deno ' : undefined) } };
    expect(withGlobals(undefined, deno, () => readEnv('K'))).toBe('from-deno');
    expect(withGlobals({ env: {} }, deno, () => readEnv('K'))).toBe('from-deno');
    expect(withGlobals(undefined, deno, () => readEnv('OTHER'))).toBeUndefined();
  });

  it('treats a refused read (Deno without --allow-env, through Deno.env or process.env) as unset', () => {
    const refuse = (): never => {
      throw new Error('Requires env access');
    };
    expect(withGlobals(undefined, { env: { get: refuse } }, () => readEnv('K'))).toBeUndefined();
    const process = {
      get env(): never {
        return refuse();
      },
    };
    expect(withGlobals(process, undefined, () => readEnv('K'))).toBeUndefined();
  });
});
