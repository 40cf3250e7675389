/**
 * A request body's properties are its own: a body without `constructor` lacks it, though every
 * parsed object inherits one from Object.prototype (Ajv's default presence test reads inherited
 * members).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { call, startFor } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [constructor]
              properties:
                constructor: { type: string }
                toString: { type: integer }
      responses:
        '204': { description: done }
`;

const servers: MockServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('mock request bodies with Object.prototype member names', () => {
  it('a missing required `constructor` is a 400; an absent optional `toString` is fine', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mock-own-'));
    const spec = path.join(dir, 'openapi.yaml');
    await writeFile(spec, SPEC);
    const mock = await startFor(spec);
    servers.push(mock);
    const missing = await call(mock.url, 'POST', '/things', { json: {} });
    expect(missing.status, missing.text).toBe(400);
    expect(missing.text).toContain('constructor');
    const fine = await call(mock.url, 'POST', '/things', { json: { constructor: 'made' } });
    expect(fine.status, fine.text).toBe(204);
  });
});
