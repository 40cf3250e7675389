/**
 * A cancel operation's page says what it answers when the task already finished (the IR's
 * `TaskCancelIr.finished`, which the mock follows too): the `cancel.whenFinished` example, else a
 * declared 409; nothing when the spec declares neither.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL_SPEC, docsFor, text } from './helpers.js';

const SPEC = (conflict: boolean) => `openapi: 3.1.0
info: { title: t, version: '1' }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /status
    result: [/url]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [cancelled] }
    cancel: { operationId: cancelJob, param: id }
paths:
  /jobs/{id}:
    get:
      operationId: getJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { status: { type: string }, url: { type: string } } } } } }
  /jobs/{id}/cancel:
    post:
      operationId: cancelJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok }
${conflict ? "        '409': { description: already finished }\n" : ''}`;

async function cancelPage(spec: string, id: string): Promise<string> {
  const { files } = await docsFor(spec);
  const page = files.find((f) => f.path.endsWith(`operations/${id}.html`));
  expect(page, id).toBeDefined();
  return text(page!);
}

async function write(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'late-cancel-'));
  await writeFile(path.join(dir, 'openapi.yaml'), yaml);
  return path.join(dir, 'openapi.yaml');
}

const SENTENCE = 'Cancelling a task that already finished answers';

describe("a cancel page's late-cancel answer", () => {
  it('names the example the Shell spec gives as whenFinished', async () => {
    expect(await cancelPage(SHELL_SPEC, 'mjCancelTask')).toContain(
      `${SENTENCE} its <code>already-finished</code> example (200).`,
    );
  });

  it('names a declared 409, and says nothing without one', async () => {
    expect(await cancelPage(await write(SPEC(true)), 'cancelJob')).toContain(
      `${SENTENCE} <code>409</code>.`,
    );
    expect(await cancelPage(await write(SPEC(false)), 'cancelJob')).not.toContain(SENTENCE);
  });
});
