/**
 * One set of vectors for the query string and the urlencoded body, run through both runtimes: the
 * TypeScript core (serializeQuery + styledPairs, encodeBody) and the Python one
 * (templates/python/_query.py, loaded on its own). Both must give the expected text byte for byte.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../templates/client/form-body.js';
import { serializeQuery, type QueryStyle } from '../../templates/client/query.js';
import { styledPairs } from '../../templates/client/query-styles.js';
import { runPython } from './helpers.js';

const QUERY_PY = fileURLToPath(new URL('../../templates/python/_query.py', import.meta.url));

/** Shared with the mock's reading of the same wires (test/mock/query-vectors.test.ts). */
const QUERY_VECTORS = fileURLToPath(new URL('../fixtures/query-vectors.json', import.meta.url));

/** JSON has no float 2.0 or date: `{$float: '2'}` and `{$date: iso}` stand for them on both sides. */
type Wire = unknown;
interface QueryVector {
  title: string;
  params: Record<string, Wire>;
  styles: Record<string, QueryStyle>;
  wire: string;
}
const QUERY = (JSON.parse(readFileSync(QUERY_VECTORS, 'utf8')) as { vectors: QueryVector[] })
  .vectors;

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
    "query": [q.encode_query(p, {k: (s["style"], s["explode"], s.get("allowReserved", False)) for k, s in styles.items()}) for p, styles in given["query"]],
    "form": [q.encode_form(v) for v in given["form"]],
}
print(json.dumps(out))
`;

describe('query and form vectors, TypeScript and Python runtimes alike', () => {
  const input = JSON.stringify({
    query: QUERY.map(({ params, styles }) => [params, styles]),
    form: FORM.map(([, value]) => value),
  });
  const run = runPython(['-c', PROBE, QUERY_PY], { input });
  const python = JSON.parse(run.stdout || '{}') as { query?: string[]; form?: string[] };

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(QUERY.map((v, i) => [v.title, v.params, v.styles, v.wire, i] as const))(
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
