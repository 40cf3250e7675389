/**
 * Every error the mock makes itself (a request that fails validation, an unknown task, `Prefer:
 * code=NNN`, malformed JSON) fills the spec's error shape with values its schema allows: a string
 * field gets a string or is left out, never `null` where the schema has no null, and never the
 * generated placeholder of the shape's example.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import type { MockServer } from '../../templates/mock/server.js';
import { createValidator, type Validate } from '../e2e/schemas.js';
import { call, startFor } from './helpers.js';
import { fileURLToPath } from 'node:url';

const RENDER_FARM = fileURLToPath(new URL('./fixtures/render-farm.yaml', import.meta.url));
const ERROR = '#/components/schemas/Error';

let mock: MockServer;
let validate: Validate;

beforeAll(async () => {
  mock = await startFor(RENDER_FARM);
  validate = createValidator((await loadSpec(RENDER_FARM)).document);
});
afterAll(async () => {
  await mock?.close();
});

describe('mock-made error bodies (Error: message required, code an optional string)', () => {
  const cases: [string, () => Promise<{ status: number; json: unknown }>, number][] = [
    ['a body that fails validation', () => call(mock.url, 'POST', '/jobs', { json: {} }), 400],
    [
      'malformed JSON',
      () =>
        call(mock.url, 'POST', '/jobs', {
          body: '{"scene":',
          headers: { 'content-type': 'application/json' },
        }),
      400,
    ],
    ['an unknown task', () => call(mock.url, 'GET', '/jobs/job_404'), 404],
    [
      'Prefer: code=503',
      () => call(mock.url, 'GET', '/jobs/job_1', { headers: { prefer: 'code=503' } }),
      503,
    ],
  ];

  it.each(cases)('%s: validates against the declared error schema', async (_, send, status) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(validate(ERROR, answer.json)).toEqual([]);
    const body = answer.json as { message: string; code?: unknown };
    expect(body.message).not.toBe('');
    // A code only where the mock has one to give; never the example's placeholder.
    if (status === 404) expect(body.code).toBe('not_found');
    else expect(body).not.toHaveProperty('code');
  });
});
