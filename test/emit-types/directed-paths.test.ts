/**
 * readOnly / writeOnly (ir/directions.ts) in the types a consumer reaches without the client's
 * aliases: openapi-typescript's `paths` / `operations` (parameters and request bodies as a request
 * sends them, responses as they come back), a callback's payload (the API sends it, so it is a
 * response-direction shape for the receiver) and a task's result. Checked with tsc on a consumer:
 * each `@ts-expect-error` line must be an error (else tsc reports the directive unused), and every
 * other line must compile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupGenerated, generate, typeCheck, type Generated } from '../emit-client/generate.js';

const SPEC = fileURLToPath(new URL('../fixtures/read-write-paths/openapi.yaml', import.meta.url));

let sdk: Generated;
beforeAll(async () => {
  sdk = await generate(SPEC);
}, 60_000);
afterAll(cleanupGenerated);

function consumerErrors(name: string, lines: string[]): string[] {
  const probe = path.join(sdk.dir, 'sdk/src', name);
  writeFileSync(probe, lines.join('\n'));
  return typeCheck([probe]);
}

describe('paths / operations', () => {
  it('a request body typed from paths leaves readOnly fields out (inline and in components)', () => {
    const errors = consumerErrors('probe-body.ts', [
      "import type { paths } from './schema.js';",
      "type Body = paths['/jobs']['post']['requestBody']['content']['application/json'];",
      "export const ok: Body = { spec: { prompt: 'p', secret: 's' }, callback_url: 'u' };",
      '// @ts-expect-error `id` is readOnly: a request cannot send it',
      "export const withId: Body = { spec: { id: 'x', prompt: 'p', secret: 's' }, callback_url: 'u' };",
      '// @ts-expect-error `status` is readOnly too',
      "export const withStatus: Body = { spec: { status: 'done', prompt: 'p', secret: 's' }, callback_url: 'u' };",
      '// @ts-expect-error an inline readOnly property is left out as well',
      "export const withToken: Body = { spec: { prompt: 'p', secret: 's' }, callback_url: 'u', token: 't' };",
      '// @ts-expect-error a writeOnly field is still sent, and required',
      "export const noSecret: Body = { spec: { prompt: 'p' }, callback_url: 'u' };",
    ]);
    expect(errors).toEqual([]);
  });

  it('parameters are request shapes, responses response shapes', () => {
    const errors = consumerErrors('probe-operations.ts', [
      "import type { operations } from './schema.js';",
      "type Query = NonNullable<operations['createJob']['parameters']['query']>;",
      "type Job = operations['getJob']['responses'][200]['content']['application/json'];",
      "export const query: Query = { filter: { owner: 'me' } };",
      "export const job: Job = { id: 'j', status: 'done', prompt: 'p', result: { url: 'u' } };",
      '// @ts-expect-error `created` is readOnly: a query parameter cannot send it',
      "export const withCreated: Query = { filter: { owner: 'me', created: 'now' } };",
      '// @ts-expect-error a response never brings `secret` back',
      "export const withSecret: Job = { id: 'j', status: 'done', prompt: 'p', secret: 's' };",
      '// @ts-expect-error nor the nested `key`',
      "export const withKey: Job = { id: 'j', status: 'done', prompt: 'p', result: { key: 'k' } };",
      '// @ts-expect-error `id` is required in a response',
      "export const noId: Job = { status: 'done', prompt: 'p' };",
    ]);
    expect(errors).toEqual([]);
  });

  it('schema.ts refers to the direction maps (and keeps the full component in components)', () => {
    const schema = readFileSync(path.join(sdk.dir, 'sdk/src/schema.ts'), 'utf8');
    expect(schema).toContain("'application/json': responseSchemas['Job'];");
    expect(schema).toContain("spec: requestSchemas['Job'];");
    expect(schema).toContain("filter?: requestSchemas['Filter'];");
    expect(schema).toContain('    Job: Job;\n');
  });
});

describe('callbacks and tasks', () => {
  it("a callback's payload and a task's result are response shapes", () => {
    const errors = consumerErrors('probe-callbacks.ts', [
      "import type { JobsCreateDonePayload } from './callbacks.js';",
      "import type { JobStore } from './index.js';",
      "export const payload: JobsCreateDonePayload = { id: 'j', status: 'done', prompt: 'p' };",
      '// @ts-expect-error the API never sends `secret` back',
      "export const withSecret: JobsCreateDonePayload = { id: 'j', status: 'done', prompt: 'p', secret: 's' };",
      'export async function run(client: JobStore): Promise<unknown[]> {',
      "  const snapshot = client.jobs.parseCallback('{}');",
      '  const url: string | undefined = snapshot.result?.url;',
      '  // @ts-expect-error a task result never brings `key` back',
      '  const key = snapshot.result?.key;',
      "  const run = await client.jobs.createAndWait({ spec: { prompt: 'p', secret: 's' }, callback_url: 'u' });",
      '  const id: string = run.task.id;',
      '  return [url, key, id];',
      '}',
    ]);
    expect(errors).toEqual([]);
  });
});
