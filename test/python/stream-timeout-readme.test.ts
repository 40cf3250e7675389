/**
 * The Python README says what bounds a stream (review11 minor 2): `timeout` is httpx's
 * connect/write/pool limit there, `idle_timeout` its read limit (templates/python/_base.py).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('Python README: idle_timeout, not timeout, bounds a stalled stream', () => {
  const readme = readFileSync('generated/python/README.md', 'utf8');
  expect(readme).toMatch(
    /for a stream, `timeout` bounds connecting and sending; then every wait for data[^)]*`idle_timeout`/,
  );
  expect(readFileSync('templates/python/_base.py', 'utf8')).toContain(
    'httpx.Timeout(timeout, read=',
  );
});
