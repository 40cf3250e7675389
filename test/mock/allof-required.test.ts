/**
 * openai.yaml's `InputMessageResource` is `allOf: [InputMessage, {required: [id, type],
 * properties: {id}}]`: `type` is declared optional in InputMessage and required by the second
 * member. Every item the mock gives for it (its answer to `GET /responses/{id}/input_items` and
 * each example of that response) has `type` and validates with Ajv against the schema as the spec
 * writes it, not only against the mock's own reading of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import type { MockRouteTable } from '../../templates/mock/types.js';
import { call, irOf } from './helpers.js';

const OPENAI = fileURLToPath(new URL('../../../shared/specs/openai.yaml', import.meta.url));
let table: MockRouteTable;
let mock: MockServer;
let check: (value: unknown) => string[];

beforeAll(async () => {
  const ir = await irOf(OPENAI);
  table = createMockRoutes(ir);
  mock = await startMockServer({ routes: table, clock: 'manual' });
  const document = (await loadSpec(OPENAI)).document as { components: object };
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'spec', components: document.components });
  const validate = ajv.compile({ $ref: 'spec#/components/schemas/InputMessageResource' });
  check = (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}, 180_000);
afterAll(async () => {
  await mock?.close();
});

/** The list items that are input messages (a role and a content list, as InputMessageResource has). */
const messagesOf = (body: unknown): unknown[] =>
  ((body as { data?: unknown[] }).data ?? []).filter(
    (item) => typeof item === 'object' && item !== null && 'role' in item && 'content' in item,
  );

describe('openai.yaml InputMessageResource (allOf, `type` required by one member only)', () => {
  it('the spec schema itself rejects an item without `type`', () => {
    expect(check({ role: 'user', content: [], id: 'string' })).not.toEqual([]);
  });

  it('every item the mock answers or documents for GET /responses/{id}/input_items validates', async () => {
    const op = table.operations.find(
      (o) => o.method === 'get' && o.path === '/responses/{response_id}/input_items',
    )!;
    const answer = await call(mock.url, 'GET', '/responses/abc/input_items');
    expect(answer.status).toBe(200);
    const bodies = [
      answer.json,
      ...op.responses
        .filter((r) => r.status === '200')
        .flatMap((r) => r.contents.flatMap((c) => c.examples.map((e) => e.value))),
    ];
    const messages = bodies.flatMap(messagesOf);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toHaveProperty('type', 'message');
      expect(check(message)).toEqual([]);
    }
  });
});
