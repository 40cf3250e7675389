/**
 * The mock reads back every query string both SDKs send (the shared vectors of
 * test/fixtures/query-vectors.json, which test/python/query-vectors.test.ts checks the TypeScript
 * and Python runtimes write): each parameter's schema admits only the value it was written from
 * (near enough: array items are pinned as a set), so a 204 means the mock read that value.
 * `f2=color,a%2Cb` used to be split after decoding and answered 400 "must be object".
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { call, startFor } from './helpers.js';

const VECTORS = fileURLToPath(new URL('../fixtures/query-vectors.json', import.meta.url));

interface QueryVector {
  title: string;
  params: Record<string, unknown>;
  styles: Record<string, { style: string; explode: boolean }>;
  wire: string;
  ambiguous?: string;
}

/** The value a wire stands for: nulls are not sent, `$float` is a number, `$date` ISO text. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const tagged = value as { $float?: string; $date?: string };
  if (tagged.$float !== undefined) return Number(tagged.$float);
  if (tagged.$date !== undefined) return tagged.$date;
  const entries = Object.entries(value).filter(([, v]) => v !== null);
  return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)]));
}

/**
 * A schema only the value passes (the IR keeps `const` on scalars only, so objects and arrays are
 * pinned by their members); its `type`s tell the mock how to read the text.
 */
function exactOf(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    const scalars = value.every((item) => typeof item !== 'object');
    const types = new Set(value.map((item) => typeof item));
    const items = scalars
      ? { ...(types.size === 1 ? { type: [...types][0] } : {}), enum: value }
      : value.length === 1
        ? exactOf(value[0])
        : {};
    return { type: 'array', minItems: value.length, maxItems: value.length, items };
  }
  if (value !== null && typeof value === 'object') {
    const properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactOf(v)]));
    const required = Object.keys(value);
    return { type: 'object', properties, required, additionalProperties: false };
  }
  return { type: typeof value, const: value };
}

const empty = (v: unknown) =>
  (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v!).length === 0);

let vectors: QueryVector[] = [];
let mock: MockServer;
beforeAll(async () => {
  const text = await readFile(VECTORS, 'utf8');
  vectors = (JSON.parse(text) as { vectors: QueryVector[] }).vectors;
  const paths = Object.fromEntries(
    vectors.map((v, i) => {
      const parameters = Object.entries(v.params)
        .filter(([, value]) => value !== null)
        .map(([name, value]) => {
          const want = plain(value);
          const schema = exactOf(want);
          return { name, in: 'query', required: !empty(want), schema, ...v.styles[name] };
        });
      const responses = { '204': { description: 'read as sent' } };
      return [`/v${i}`, { get: { operationId: `v${i}`, parameters, responses } }];
    }),
  );
  const spec = { openapi: '3.1.0', info: { title: 'Query vectors', version: '1' }, paths };
  const file = join(await mkdtemp(join(tmpdir(), 'shellapi-query-vectors-')), 'openapi.json');
  await writeFile(file, JSON.stringify(spec));
  mock = await startFor(file);
}, 60_000);
afterAll(async () => {
  await mock?.close();
});

describe('mock: the query strings the SDKs send read back as their values', () => {
  it('reads each unambiguous vector exactly', async () => {
    const failed: string[] = [];
    for (const [i, v] of vectors.entries()) {
      if (v.ambiguous !== undefined) continue;
      const answer = await call(mock.url, 'GET', `/v${i}?${v.wire}`);
      if (answer.status !== 204) failed.push(`${v.title} (${v.wire}): ${answer.text}`);
    }
    expect(failed).toEqual([]);
    expect(vectors.filter((v) => v.ambiguous === undefined).length).toBeGreaterThan(15);
  });

  it('an unexploded form object with an escaped comma in a value', async () => {
    const i = vectors.findIndex((v) => v.wire.startsWith('f2=color,a%2Cb'));
    const answer = await call(mock.url, 'GET', `/v${i}?${vectors[i]!.wire}`);
    expect(answer.status, answer.text).toBe(204);
  });
});
