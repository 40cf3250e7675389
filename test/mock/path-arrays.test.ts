/**
 * An array path parameter in simple style: items joined by a literal `,`, a comma inside an item
 * sent as `%2C`. The mock splits on the literal commas before decoding, so `['c,d']` and
 * `['c', 'd']` are different values, as the SDKs' `buildPath` / `expand_path` send them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { buildPath } from '../../templates/client/path.js';
import { call, startFor } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Paths, version: '1' }
paths:
  /img/{p}:
    get:
      operationId: img
      parameters:
        - name: p
          in: path
          required: true
          schema: { type: array, items: { type: string, enum: ['a b', 'c,d'] } }
      responses: { '204': { description: ok } }
`;

let work: string;
let mock: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-path-arrays-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, SPEC);
  mock = await startFor(file);
});

afterAll(async () => {
  await mock?.close();
  await rm(work, { recursive: true, force: true });
});

describe('array path parameters', () => {
  it('keep an item holding a comma whole, from the SDK path to the mock', async () => {
    const sent = buildPath('/img/{p}', { p: ['a b', 'c,d'] });
    expect(sent).toBe('/img/a%20b,c%2Cd');
    const answer = await call(mock.url, 'GET', sent);
    expect(answer.status, answer.text).toBe(204);
  });

  it('split at literal commas: c,d is two items, neither allowed', async () => {
    const answer = await call(mock.url, 'GET', '/img/c,d');
    expect(answer.status, answer.text).toBe(400);
    expect((answer.json as { param: string }).param).toBe('p[0]');
  });
});
