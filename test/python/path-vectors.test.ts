/**
 * One set of path parameter values through both runtimes: the TypeScript core's `buildPath`
 * (templates/client/path.ts) and the generated Python package's `expand_path`. The same URL path
 * (encodeURIComponent of the text, array items each encoded then joined by a literal `,` as simple
 * style does, numbers as JavaScript prints them), and the same refusals (missing, empty, `.`,
 * `..`: they would name another resource).
 */
import { describe, expect, it } from 'vitest';
import { buildPath } from '../../templates/client/path.js';
import { runPython } from './helpers.js';

const TEMPLATE = '/files/{id}/v/{v}';

/** `{$float}` stands for a float on both sides (JSON has no 2.0). */
const VECTORS: [string, Record<string, unknown>, string | { error: string }][] = [
  ['plain', { id: 'abc', v: 1 }, '/files/abc/v/1'],
  [
    'reserved characters',
    { id: 'a/b?c#d&e=f%g', v: 'x y+z' },
    '/files/a%2Fb%3Fc%23d%26e%3Df%25g/v/x%20y%2Bz',
  ],
  [
    "encodeURIComponent's unreserved set",
    { id: "!~*'()-_.", v: '[]:@,;$' },
    "/files/!~*'()-_./v/%5B%5D%3A%40%2C%3B%24",
  ],
  ['non-ASCII', { id: 'é€画', v: '\u2028' }, '/files/%C3%A9%E2%82%AC%E7%94%BB/v/%E2%80%A8'],
  ['booleans and floats', { id: true, v: { $float: '2' } }, '/files/true/v/2'],
  ['an array', { id: ['a', 'b,c', 3], v: { $float: '0.5' } }, '/files/a,b%2Cc,3/v/0.5'],
  ['one item holding a comma', { id: ['c,d'], v: ['c', 'd'] }, '/files/c%2Cd/v/c,d'],
  ['array items encoded one by one', { id: ['a b', '/'], v: ['é'] }, '/files/a%20b,%2F/v/%C3%A9'],
  ['dots inside a value', { id: '..a', v: '...' }, '/files/..a/v/...'],
  ['missing', { id: 'a' }, { error: 'Missing path parameter "v".' }],
  ['null', { id: null, v: 1 }, { error: 'Missing path parameter "id".' }],
  ['empty', { id: '', v: 1 }, { error: 'Invalid value for path parameter "id": "".' }],
  ['dot', { id: 'a', v: '.' }, { error: 'Invalid value for path parameter "v": ".".' }],
  ['dot dot', { id: '..', v: 1 }, { error: 'Invalid value for path parameter "id": "..".' }],
];

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value === 'object' && value !== null && '$float' in value)
    return Number((value as { $float: string }).$float);
  return value;
}

function viaTs(values: Record<string, unknown>): string | { error: string } {
  try {
    return buildPath(
      TEMPLATE,
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, revive(v)])),
    );
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const PROBE = `
import json, sys
from shellapi._base import expand_path
from shellapi._errors import ShellApiError
def hook(o):
    return float(o["$float"]) if "$float" in o else o
out = []
template, vectors = json.loads(sys.stdin.read(), object_hook=hook)
for values in vectors:
    try:
        out.append(expand_path(template, values))
    except ShellApiError as error:
        out.append({"error": str(error)})
print(json.dumps(out, ensure_ascii=False))
`;

describe('path parameters, TypeScript and Python runtimes alike', () => {
  const run = runPython(['-c', PROBE], {
    input: JSON.stringify([TEMPLATE, VECTORS.map(([, values]) => values)]),
  });
  const python = JSON.parse(run.stdout || '[]') as unknown[];

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(VECTORS.map((v, i) => [...v, i] as const))('%s', (_title, values, want, i) => {
    expect(viaTs(values)).toEqual(want);
    expect(python[i]).toEqual(want);
  });
});
