/**
 * One set of vectors for the query string and the urlencoded body, run through both runtimes: the
 * TypeScript core (serializeQuery + styledPairs, encodeBody) and the Python one
 * (templates/python/_query.py, loaded on its own). Both must give the expected text byte for byte.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../templates/client/form-body.js';
import { serializeQuery, type QueryStyle } from '../../templates/client/query.js';
import { styledPairs } from '../../templates/client/query-styles.js';
import { runPython } from './helpers.js';

const QUERY_PY = fileURLToPath(new URL('../../templates/python/_query.py', import.meta.url));

/** JSON has no float 2.0 or date: `{$float: '2'}` and `{$date: iso}` stand for them on both sides. */
type Wire = unknown;
const S = (style: string, explode: boolean): QueryStyle => ({ style, explode });

const QUERY: [string, Record<string, Wire>, Record<string, QueryStyle>, string][] = [
  [
    'scalars, None left out',
    { a: 'x y', b: 1, c: true, d: false, e: null },
    {},
    'a=x%20y&b=1&c=true&d=false',
  ],
  [
    'encodeURIComponent set',
    { q: "a+b/c?d&e=f!~*'()[]é€" },
    {},
    "q=a%2Bb%2Fc%3Fd%26e%3Df!~*'()%5B%5D%C3%A9%E2%82%AC",
  ],
  ['form exploded array', { ids: ['1', null, '2'] }, {}, 'ids=1&ids=2'],
  ['form exploded object', { filter: { a: 1, b: 'x', c: null } }, {}, 'a=1&b=x'],
  ['form unexploded array', { ids: ['a,b', 'c'] }, { ids: S('form', false) }, 'ids=a%2Cb,c'],
  ['form unexploded object', { o: { a: 'A', b: 2 } }, { o: S('form', false) }, 'o=a,A,b,2'],
  ['empty unexploded array', { ids: [] }, { ids: S('form', false) }, ''],
  [
    'pipeDelimited',
    { pipe: ['x', 'y z', 'a|b'] },
    { pipe: S('pipeDelimited', false) },
    'pipe=x%7Cy%20z%7Ca%7Cb',
  ],
  ['spaceDelimited', { s: [3, 4] }, { s: S('spaceDelimited', false) }, 's=3%204'],
  [
    'delimited, exploded',
    { pipe: ['x', 'y'] },
    { pipe: S('pipeDelimited', true) },
    'pipe=x&pipe=y',
  ],
  ['pipeDelimited object', { o: { a: 1, b: 2 } }, { o: S('pipeDelimited', false) }, 'o=a,1,b,2'],
  [
    'deepObject',
    { obj: { a: 'A', b: 2, c: null } },
    { obj: S('deepObject', true) },
    'obj%5Ba%5D=A&obj%5Bb%5D=2',
  ],
  [
    'deepObject nested value as JSON',
    { obj: { m: { k: [1, 'v'] } } },
    { obj: S('deepObject', true) },
    'obj%5Bm%5D=%7B%22k%22%3A%5B1%2C%22v%22%5D%7D',
  ],
  ['array item objects as compact JSON', { it: [{ a: 1 }] }, {}, 'it=%7B%22a%22%3A1%7D'],
  [
    'numbers as JavaScript prints them',
    {
      n: [
        { $float: '2' },
        { $float: '0.1' },
        { $float: '1e21' },
        { $float: '1e-7' },
        { $float: '123456789012.5' },
        { $float: '-0.000001' },
      ],
    },
    {},
    'n=2&n=0.1&n=1e%2B21&n=1e-7&n=123456789012.5&n=-0.000001',
  ],
  [
    'dates as ISO text in UTC',
    { since: { $date: '2024-05-06T07:08:09.123Z' } },
    {},
    'since=2024-05-06T07%3A08%3A09.123Z',
  ],
  [
    'mixed styles in one query',
    { obj: { a: 'A' }, pipe: ['x', 'y'], plain: 'p' },
    { obj: S('deepObject', true), pipe: S('pipeDelimited', false) },
    'obj%5Ba%5D=A&pipe=x%7Cy&plain=p',
  ],
];

const FORM: [string, Record<string, Wire>, string][] = [
  ['arrays repeat the field', { tags: ['a', 'b'], n: 1 }, 'tags=a&tags=b&n=1'],
  ['None left out, booleans as words', { a: null, b: true, c: [null, 'x'] }, 'b=true&c=x'],
  [
    'objects as compact JSON',
    { meta: { k: 'v', n: [1] } },
    'meta=%7B%22k%22%3A%22v%22%2C%22n%22%3A%5B1%5D%7D',
  ],
  ['URLSearchParams encoding', { q: "a b+c~*-._!'()é" }, 'q=a+b%2Bc%7E*-._%21%27%28%29%C3%A9'],
];

function revive(value: Wire): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value !== 'object' || value === null) return value;
  const tagged = value as { $float?: string; $date?: string };
  if (tagged.$float !== undefined) return Number(tagged.$float);
  if (tagged.$date !== undefined) return new Date(tagged.$date);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}

const PROBE = `
import datetime, importlib.util, json, sys
spec = importlib.util.spec_from_file_location("_query", sys.argv[1])
q = importlib.util.module_from_spec(spec); spec.loader.exec_module(q)
def hook(o):
    if "$float" in o: return float(o["$float"])
    if "$date" in o: return datetime.datetime.fromisoformat(o["$date"].replace("Z", "+00:00"))
    return o
given = json.loads(sys.stdin.read(), object_hook=hook)
out = {
    "query": [q.encode_query(p, {k: (s["style"], s["explode"]) for k, s in styles.items()}) for p, styles in given["query"]],
    "form": [q.encode_form(v) for v in given["form"]],
}
print(json.dumps(out))
`;

describe('query and form vectors, TypeScript and Python runtimes alike', () => {
  const input = JSON.stringify({
    query: QUERY.map(([, params, styles]) => [params, styles]),
    form: FORM.map(([, value]) => value),
  });
  const run = runPython(['-c', PROBE, QUERY_PY], { input });
  const python = JSON.parse(run.stdout || '{}') as { query?: string[]; form?: string[] };

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(QUERY.map((v, i) => [...v, i] as const))(
    'query: %s',
    (_title, params, styles, want, i) => {
      const revived = revive(params) as Record<string, unknown>;
      expect(serializeQuery(revived, styles, styledPairs)).toBe(want);
      expect(python.query?.[i]).toBe(want);
    },
  );

  it.each(FORM.map((v, i) => [...v, i] as const))(
    'form body: %s',
    async (_title, value, want, i) => {
      const encoded = await encodeBody({ kind: 'urlencoded', value: revive(value) });
      expect(encoded.body).toBe(want);
      expect(python.form?.[i]).toBe(want);
    },
  );
});
