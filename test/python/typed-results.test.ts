/**
 * `mypy --strict` types what a consumer reads from a paged call and a task, as tsc does for the
 * TypeScript SDK: the first page (`.first_page`, awaited page) is the page model, items are the
 * item model, and a task snapshot's `result` is what the poll answer holds at the family's result
 * pointer (a union over several pointers), not `Any`; assigning it to the wrong type is an error.
 * The sync page's own fields (the first page's, as the README promises) are typed too, not `Any`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { mypyStrict } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1', x-package-name: acme }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: after, in: query, schema: { type: string } }
      x-paging: { cursor: after, items: /data, nextCursor: /next }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Item' } }
                  next: { type: [string, 'null'] }
  /jobs:
    post:
      operationId: submitJob
      x-task: { family: render, id: /id }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [prompt], properties: { prompt: { type: string } } }
      responses:
        '200':
          description: submitted
          content:
            application/json:
              schema: { type: object, required: [id], properties: { id: { type: string } } }
  /jobs/{id}:
    get:
      operationId: getJob
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: the job
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Job' }
components:
  schemas:
    Item:
      type: object
      required: [name]
      properties: { name: { type: string } }
    Job:
      type: object
      required: [id, status]
      properties:
        id: { type: string }
        status: { type: string }
        output: { type: string }
        frames: { type: array, items: { type: integer } }
x-task-families:
  render:
    title: Render
    poll: { operationId: getJob, param: id }
    status: /status
    result: [/output, /frames]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [] }
`;

const CONSUMER = `from typing import List, Optional, Union
from acme import Acme, AsyncAcme

def use(c: Acme) -> None:
    page = c.default.list_items()
    reveal_type(page.first_page)
    reveal_type(page.first_page.next)
    reveal_type(page.next)
    reveal_type(page.data)
    nxt: str = page.next
    print(page.nxet)
    for item in page:
        reveal_type(item)
    snap = c.default.submit_job_and_wait(prompt="p")
    reveal_type(snap.task)
    reveal_type(snap.result)
    ok: Optional[Union[str, List[int]]] = snap.result
    wrong: int = snap.result

async def use_async(c: AsyncAcme) -> None:
    first = await c.default.list_items()
    reveal_type(first.next)
    reveal_type(first.data)
    done = await c.default.wait_for("id")
    reveal_type(done.result)
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-typed-'));
const root = path.join(work, 'out', 'python');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
}, 120_000);

it('the snapshot type names the result type', () => {
  const client = readFileSync(path.join(root, 'acme/_client.py'), 'utf8');
  expect(client).toContain('-> TaskSnapshot[types.DefaultGetJobResponse, Union[str, List[int]]]:');
});

it('mypy --strict sees the first page, items and task result typed', () => {
  writeFileSync(path.join(work, 'consumer.py'), CONSUMER);
  const run = mypyStrict(['consumer.py'], { cwd: work, root });
  const notes = run.output
    .split('\n')
    .filter((l) => l.startsWith('consumer.py'))
    .map((l) => l.replace(/^consumer\.py:(\d+): /, '$1 '));
  expect(notes).toEqual([
    '6 note: Revealed type is "acme.types._default.DefaultListItemsResponse"',
    '7 note: Revealed type is "str | None"',
    '8 note: Revealed type is "str | None"',
    '9 note: Revealed type is "list[acme.types._default.Item]"',
    '10 error: Incompatible types in assignment (expression has type "str | None", variable has type "str")  [assignment]',
    '11 error: "_DefaultListItemsResponsePage[Item]" has no attribute "nxet"  [attr-defined]',
    '13 note: Revealed type is "acme.types._default.Item"',
    '15 note: Revealed type is "acme.types._default.Job"',
    '16 note: Revealed type is "str | list[int] | None"',
    '18 error: Incompatible types in assignment (expression has type "str | list[int] | None", variable has type "int")  [assignment]',
    '22 note: Revealed type is "str | None"',
    '23 note: Revealed type is "list[acme.types._default.Item]"',
    '25 note: Revealed type is "str | list[int] | None"',
  ]);
}, 240_000);
