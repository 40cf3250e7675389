/**
 * One set of JSON request bodies through both runtimes: the TypeScript core's `encodeJsonBody`
 * (JSON.stringify) and the generated Python package's `encode_body`. The bytes sent must be the
 * same: compact, raw UTF-8, numbers as JavaScript prints them, index-like keys first.
 */
import { describe, expect, it } from 'vitest';
import { encodeJsonBody } from '../../templates/client/body.js';
import { runPython } from './helpers.js';

/**
 * JSON cannot carry a float 2.0, a date or a key order: `{$float}`, `{$date}` and `{$pairs}` (an
 * object in the given insertion order) stand for them on both sides.
 */
type Wire = unknown;

const VECTORS: [string, Wire, string][] = [
  [
    'compact, raw UTF-8',
    { prompt: '画一只猫 — é', n: 1, tags: ['a', 'b'], nested: { x: null, y: true } },
    '{"prompt":"画一只猫 — é","n":1,"tags":["a","b"],"nested":{"x":null,"y":true}}',
  ],
  [
    'numbers as JavaScript prints them',
    [
      { $float: '2' },
      { $float: '0.1' },
      { $float: '1e21' },
      { $float: '1e-7' },
      { $float: '123456789012.5' },
      { $float: '-0' },
      { $float: 'NaN' },
      -3,
    ],
    '[2,0.1,1e+21,1e-7,123456789012.5,0,null,-3]',
  ],
  [
    'control characters, separators and lone surrogates',
    { s: 'a\u0000b\u001f\u007f\u2028"\\/\n\t', lone: 'x\ud800y' },
    '{"s":"a\\u0000b\\u001f\u007f\u2028\\"\\\\/\\n\\t","lone":"x\\ud800y"}',
  ],
  [
    'index-like keys first, ascending',
    {
      $pairs: [
        ['b', 1],
        ['10', 2],
        ['2', 3],
        ['01', 4],
        [
          'a',
          {
            $pairs: [
              ['1', 'x'],
              ['z', 'y'],
              ['0', 'w'],
            ],
          },
        ],
      ],
    },
    '{"2":3,"10":2,"b":1,"01":4,"a":{"0":"w","1":"x","z":"y"}}',
  ],
  [
    'dates as ISO text',
    { at: { $date: '2024-05-06T07:08:09.123Z' } },
    '{"at":"2024-05-06T07:08:09.123Z"}',
  ],
  ['a top-level string', 'é"', '"é\\""'],
];

function revive(value: Wire): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value !== 'object' || value === null) return value;
  const tagged = value as { $float?: string; $date?: string; $pairs?: [string, Wire][] };
  if (tagged.$float !== undefined) return Number(tagged.$float);
  if (tagged.$date !== undefined) return new Date(tagged.$date);
  if (tagged.$pairs !== undefined)
    return Object.fromEntries(tagged.$pairs.map(([k, v]) => [k, revive(v)]));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}

const PROBE = `
import base64, datetime, json, sys
from shellapi._files import encode_body
def hook(o):
    if "$float" in o: return float(o["$float"])
    if "$date" in o: return datetime.datetime.fromisoformat(o["$date"].replace("Z", "+00:00"))
    if "$pairs" in o: return {k: v for k, v in o["$pairs"]}
    return o
out = []
for value in json.loads(sys.stdin.read(), object_hook=hook):
    encoded = encode_body("json", value, None, frozenset(), {})
    out.append([base64.b64encode(encoded["content"]).decode("ascii"), encoded["headers"]["content-type"]])
print(json.dumps(out))
`;

describe('JSON request bodies, TypeScript and Python runtimes alike', () => {
  const run = runPython(['-c', PROBE], { input: JSON.stringify(VECTORS.map(([, v]) => v)) });
  const python = JSON.parse(run.stdout || '[]') as [string, string][];

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(VECTORS.map((v, i) => [...v, i] as const))('%s', async (_title, value, want, i) => {
    const ts = await encodeJsonBody({ kind: 'json', value: revive(value) });
    expect(ts.body).toBe(want);
    const sent = Buffer.from(python[i]![0], 'base64');
    expect(sent.equals(Buffer.from(want, 'utf8'))).toBe(true);
    expect(sent.toString('utf8')).toBe(want);
    expect(python[i]![1]).toBe(ts.contentType);
  });
});
