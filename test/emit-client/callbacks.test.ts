/**
 * Which helper reads each callback: the task receiver only for callbacks that deliver the task (a
 * JSON body with the family's status field), a typed JSON parse for other JSON, the form fields
 * for a urlencoded body, the raw text otherwise — and the route handlers shown for each accept
 * what the API would send.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callbackReceivers,
  receiverExample,
} from '../../generator/emit/surface/callback-receivers.js';
import { ClientEmitError } from '../../generator/emit/client/index.js';
import type { ApiIr, CallbackIr } from '../../generator/ir/types.js';
import { cleanupGenerated, generate, typeCheck, type Generated } from './generate.js';
import { taskSpec } from './task-specs.js';

let dir: string;
let jobs: Generated;
let callbacks: Map<string, CallbackIr>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-callbacks-'));
  writeFileSync(path.join(dir, 'jobs.yaml'), taskSpec());
  jobs = await generate(path.join(dir, 'jobs.yaml'));
  callbacks = new Map(jobs.ir.operations.flatMap((op) => op.callbacks.map((cb) => [cb.name, cb])));
});
afterAll(() => {
  cleanupGenerated();
  rmSync(dir, { recursive: true, force: true });
});

const text = (p: string): string => String(jobs.files.find((f) => f.path === p)!.contents);

/** Writes one callback's route handler (as the README and docs show it) into the SDK and imports it. */
async function handlerFor(
  name: string,
): Promise<{ file: string; handle: (request: Request) => Promise<Response> }> {
  const callback = callbacks.get(name)!;
  const example = receiverExample(callback, callbackReceivers(jobs.ir).get(callback.source));
  const imports = [...example.imports, ...(example.needsClient ? ['JobApi'] : [])];
  const lines = [
    ...(imports.length ? [`import { ${imports.join(', ')} } from '../src/index.js';`] : []),
    ...(example.needsClient
      ? ["const client = new JobApi({ apiKey: 'sk-jobs', baseUrl: 'http://127.0.0.1:9' });"]
      : []),
    example.handler,
  ];
  const folder = path.join(jobs.dir, 'sdk', 'handlers');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.ts`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const module = (await import(pathToFileURL(file).href)) as Record<
    string,
    (request: Request) => Promise<Response>
  >;
  return { file, handle: module[callback.method.toUpperCase()]! };
}

const deliver = (method: string, body: string, type: string): Request =>
  new Request('http://127.0.0.1/hook', { method, body, headers: { 'content-type': type } });

describe('callback receivers', () => {
  it('attaches the task receiver only to the callback carrying the task', () => {
    const receivers = callbackReceivers(jobs.ir);
    expect(
      [...callbacks.values()].filter((cb) => receivers.has(cb.source)).map((cb) => cb.name),
    ).toEqual(['onStatus']);
    const docs = text('sdk/src/callbacks.ts');
    expect(docs).toContain(
      'Read it with `client.jobs.parseCallback(body)` (a task snapshot). */\nexport type JobsCreateJobOnStatusPayload',
    );
    expect(docs).toContain('Read it with `parseCallbackJson<JobsCreateJobOnBilledPayload>(body)`');
    expect(docs).toContain('`Object.fromEntries(new URLSearchParams(body))`');
    expect(docs).toContain('Read the raw text of the request.');
    expect(docs.match(/parseCallback\(body\)/g)).toHaveLength(1);
  });

  it('each callback handler compiles and accepts what the API sends', async () => {
    const status = await handlerFor('onStatus');
    const billed = await handlerFor('onBilled');
    const form = await handlerFor('onForm');
    const plain = await handlerFor('onText');
    expect(
      typeCheck([
        path.join(jobs.dir, 'sdk/src/index.ts'),
        status.file,
        billed.file,
        form.file,
        plain.file,
      ]),
    ).toEqual([]);

    expect(
      (await status.handle(deliver('POST', '{"id":"j1","status":"done"}', 'application/json')))
        .status,
    ).toBe(204);
    expect((await status.handle(deliver('POST', '{"amount":3}', 'application/json'))).status).toBe(
      400,
    );
    // A JSON callback without the status field is not a task: its typed parse accepts it.
    expect((await billed.handle(deliver('PUT', '{"amount":3}', 'application/json'))).status).toBe(
      204,
    );
    expect((await billed.handle(deliver('PUT', 'amount=3', 'text/plain'))).status).toBe(400);
    // A urlencoded callback is read as a form, never parsed as JSON.
    expect(
      (await form.handle(deliver('PATCH', 'id=j1&state=done', 'application/x-www-form-urlencoded')))
        .status,
    ).toBe(204);
    expect((await plain.handle(deliver('DELETE', 'job j1 is done', 'text/plain'))).status).toBe(
      204,
    );
  });

  it('the form handler shows the fields, without a JSON parser', () => {
    const form = receiverExample(callbacks.get('onForm')!, undefined);
    expect(form.handler).toContain('Object.fromEntries(new URLSearchParams(await request.text()))');
    expect(form.handler).not.toContain('parseCallbackJson');
    expect(form.imports).toEqual([]);
  });

  it('an IR the client cannot be planned for is an error, not an empty receiver list', () => {
    const ir = structuredClone(jobs.ir) as ApiIr;
    ir.taskFamilies[0]!.poll.operationId = 'noSuchPoll';
    expect(() => callbackReceivers(ir)).toThrow(ClientEmitError);
  });
});
