/** The IR decides names, streams, task lifecycles, retry safety and schema normal forms once. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr, OperationIr, SchemaIr } from '../../generator/ir/types.js';
import { REPO } from '../helpers/cli.js';

async function irOf(file: string): Promise<ReturnType<typeof buildIr>> {
  const loaded = await loadSpec(file);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildIr(loaded);
}

async function irOfText(yaml: string): Promise<ReturnType<typeof buildIr>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-ir-'));
  await writeFile(path.join(dir, 'openapi.yaml'), yaml);
  return irOf(path.join(dir, 'openapi.yaml'));
}

const features = await irOf(path.join(REPO, 'test/fixtures/specs/features/openapi.yaml'));
const ir: ApiIr = features.ir;
const op = (id: string) => ir.operations.find((o) => o.operationId === id)!;
const schema = (name: string): SchemaIr => ir.schemas.find((s) => s.name === name)!.schema;

describe('features fixture', () => {
  it('has no problems and is frozen', () => {
    expect(features.problems).toEqual([]);
    expect(Object.isFrozen(ir)).toBe(true);
    expect(Object.isFrozen(ir.operations[0]!.parameters)).toBe(true);
    expect(JSON.parse(JSON.stringify(ir))).toEqual(ir);
  });

  it('names every operation from x-sdk-name and builds the sorted resource tree', () => {
    expect(op('getRenderTask').names).toEqual({
      resource: ['render', 'tasks'],
      method: 'retrieve',
      function: 'renderTasksRetrieve',
      typeStem: 'RenderTasksRetrieve',
    });
    const render = ir.resources.children.find((r) => r.name === 'render')!;
    expect(render.children[0]!.className).toBe('RenderTasks');
    expect(render.children[0]!.operations).toEqual([
      'cancelRenderTask',
      'submitRender',
      'listRenderTasks',
      'getRenderTask',
    ]);
    expect(ir.resources.children.map((r) => r.name)).toEqual(['chat', 'files', 'render']);
  });

  it('reads the stream: flag, item schema, terminator, example events', () => {
    const s = op('createChatCompletion').stream!;
    expect(s.requestFlag).toBe('stream');
    expect(s.terminator).toBe('[DONE]');
    expect(s.itemSchema).toMatchObject({ kind: 'ref', name: 'ChatChunk' });
    expect(s.examples.map((e) => e.name)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(s.mediaType).toBe('text/event-stream');
  });

  it('resolves the task family, the submit and every role', () => {
    const family = ir.taskFamilies[0]!;
    expect(family.poll).toEqual({ operationId: 'getRenderTask', in: 'path', name: 'task_id' });
    expect(family.submits).toEqual(['submitRender']);
    expect(family.progress).toEqual({ pointer: '/progress', scale: 'percent' });
    expect(op('submitRender').task).toEqual({ family: 'render', id: '/id', poll: family.poll });
    // The path parameter has no example: the id the submit's example returns (what samples pass).
    expect(op('cancelRenderTask').taskRole).toEqual({
      family: 'render',
      role: 'cancel',
      exampleIds: ['task_123'],
      idInput: family.cancel,
    });
    expect(op('listRenderTasks').taskRole).toEqual({ family: 'render', role: 'list' });
  });

  it('decides retry safety: declared, else by method', () => {
    expect(op('createChatCompletion').retry).toBe('safe');
    expect(op('submitRender').retry).toBe('unsafe');
    expect(op('uploadFile').retry).toBe('unsafe');
    expect(op('getRenderTask').retry).toBe('safe');
  });

  it('infers a discriminator mapping from const and single-value enums', () => {
    const s = schema('ChatMessage');
    expect(s.kind === 'union' && s.discriminator).toEqual({
      propertyName: 'role',
      mapping: { system: 'SystemMessage', user: 'UserMessage', assistant: 'AssistantMessage' },
      inferred: true,
    });
  });

  it('folds 3.1 null types into nullable and keeps enums in spec order', () => {
    const task = schema('RenderTask');
    expect(task.kind).toBe('object');
    const props = task.kind === 'object' ? task.properties : [];
    expect(props.find((p) => p.name === 'output')!.schema).toMatchObject({
      kind: 'string',
      nullable: true,
      format: 'uri',
    });
    expect(props.find((p) => p.name === 'status')!.schema).toMatchObject({
      enum: ['waiting', 'working', 'done', 'error', 'stopped'],
    });
  });

  it('classifies bodies by media kind and keeps multipart encodings', () => {
    const upload = op('uploadFile').requestBody!.contents[0]!;
    expect(upload.kind).toBe('multipart');
    // The list as written, the one concrete type the SDKs label bare bytes with, and a file part.
    expect(upload.encoding.file).toEqual({
      contentType: 'image/png, image/jpeg',
      partType: 'image/png',
      headers: [],
      file: true,
    });
    const file =
      upload.schema!.kind === 'object' ? upload.schema!.properties[0]!.schema : undefined;
    expect(file).toMatchObject({ kind: 'string', binary: true });
    expect(op('downloadFile').responses[0]!.contents[0]!.kind).toBe('binary');
    expect(op('createChatCompletion').responses.map((r) => [r.status, r.isError])).toEqual([
      ['200', false],
      ['400', true],
      ['401', true],
      ['429', true],
    ]);
  });

  it('merges path-level parameters and reads callbacks and pages', () => {
    expect(op('getRenderTask').parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:task_id',
    ]);
    expect(op('submitRender').callbacks).toMatchObject([
      {
        name: 'notifyHook',
        expression: '{$request.body#/notifyHook}',
        method: 'post',
        typeName: 'RenderTasksCreateNotifyHookPayload',
      },
    ]);
    expect(op('createChatCompletion').pages.map((p) => [p.id, p.example])).toEqual([
      ['F01', 'basic'],
      ['F02', 'vision'],
    ]);
  });
});

describe('task ids and callback payload names', () => {
  it('finds where a task object carries its id (next to the status, then at the top)', () => {
    expect(ir.taskFamilies[0]!.taskId).toBe('/id');
  });

  it('names callback and webhook payloads; the method joins when one callback has several requests', async () => {
    const { ir: hooks, problems } = await irOfText(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /jobs:
    post:
      operationId: createJob
      x-sdk-name: jobs.create
      callbacks:
        onDone:
          '{$request.body#/url}':
            post:
              requestBody: { content: { application/json: { schema: { type: object } } } }
              responses: { '200': { description: ok } }
            put:
              responses: { '200': { description: ok } }
      responses: { '200': { description: ok } }
webhooks:
  jobFinished:
    post:
      responses: { '200': { description: ok } }
`);
    expect(problems).toEqual([]);
    expect(hooks.operations[0]!.callbacks.map((c) => [c.method, c.typeName])).toEqual([
      ['put', 'JobsCreateOnDonePutPayload'],
      ['post', 'JobsCreateOnDonePostPayload'],
    ]);
    expect(hooks.webhooks.map((w) => w.typeName)).toEqual(['JobFinishedWebhookPayload']);
  });
});

describe('3.0 documents', () => {
  it('turns nullable and boolean exclusive bounds into the 3.1 forms', async () => {
    const { ir: ir30 } = await irOfText(`openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        name: { type: string, nullable: true }
        size: { type: integer, minimum: 0, exclusiveMinimum: true }
`);
    const thing = ir30.schemas[0]!.schema;
    const props = thing.kind === 'object' ? thing.properties : [];
    expect(props[0]!.schema).toMatchObject({ kind: 'string', nullable: true });
    expect(props[1]!.schema).toMatchObject({ kind: 'integer', exclusiveMinimum: 0 });
    expect(props[1]!.schema).not.toHaveProperty('minimum');
  });
});

describe('naming clashes are located errors', () => {
  it('two operations with one client method', async () => {
    const { problems } = await irOfText(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a:
    get:
      operationId: getA
      x-sdk-name: things.list
      responses: { '200': { description: ok } }
  /b:
    get:
      operationId: getB
      x-sdk-name: things.list
      responses: { '200': { description: ok } }
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'name-clash',
      file: 'openapi.yaml',
      line: 11,
      pointer: '/paths/~1b/get/operationId',
    });
    expect(problems[0]!.message).toContain('already used by getA');
  });

  it('two callbacks with one payload type name', async () => {
    const { problems } = await irOfText(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a:
    post:
      operationId: postA
      x-sdk-name: a.b
      callbacks:
        cHook:
          '{$request.body#/url}':
            post: { responses: { '200': { description: ok } } }
      responses: { '200': { description: ok } }
  /b:
    post:
      operationId: postB
      x-sdk-name: a.bC
      callbacks:
        hook:
          '{$request.body#/url}':
            post: { responses: { '200': { description: ok } } }
      responses: { '200': { description: ok } }
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'name-clash',
      file: 'openapi.yaml',
      line: 20,
      pointer: '/paths/~1b/post/callbacks/hook/{$request.body#~1url}/post',
    });
    expect(problems[0]!.message).toContain('`ABCHookPayload`');
  });
});

describe('the client class name is decided once, in the IR', () => {
  const spec = (title: string, schemas = '') => `openapi: 3.1.0
info: { title: ${title}, version: '1' }
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses: { '200': { description: ok } }
${schemas}`;

  it('is the title in PascalCase when nothing else has that name', async () => {
    const { ir, problems } = await irOfText(spec('Shell API'));
    expect(ir.clientClassName).toBe('ShellApi');
    expect(problems).toEqual([]);
  });

  it('is <Title>Client beside a resource class, a schema or an operation type of that name, with the warning', async () => {
    const beside = await irOfText(spec('Pets'));
    expect(beside.ir.clientClassName).toBe('PetsClient');
    expect(beside.problems).toMatchObject([
      { code: 'name-clash', severity: 'warning', pointer: '/info/title' },
    ]);
    expect(beside.problems[0]!.message).toContain('the client class is `PetsClient`');
    const schema = await irOfText(
      spec(
        'Shop',
        'components:\n  schemas:\n    Shop: { type: object }\n    ShopClient: { type: string }\n',
      ),
    );
    expect(schema.ir.clientClassName).toBe('ShopClient2');
    const opType = await irOfText(spec('Pets List Pets Response'));
    expect(opType.ir.clientClassName).toBe('PetsListPetsResponseClient');
  });
});

describe('task pointers are checked against the response schemas', () => {
  const featuresText = async (): Promise<string> =>
    (await import('node:fs/promises')).readFile(
      path.join(REPO, 'test/fixtures/specs/features/openapi.yaml'),
      'utf8',
    );

  it.each([
    [
      'a status pointer that names no field',
      (t: string) => t.replace('status: /status', 'status: /stat'),
      'task-pointer-unresolved',
      '/x-task-families/render/status',
    ],
    [
      'a mapped value the status enum lacks',
      (t: string) => t.replace('queued: [waiting]', 'queued: [waitin]'),
      'task-state-unknown',
      '/x-task-families/render/states',
    ],
    [
      'a status value mapped to no state',
      (t: string) => t.replace('cancelled: [stopped]', 'cancelled: []'),
      'task-state-unmapped',
      '/x-task-families/render/states',
    ],
    [
      'a result pointer that names no field',
      (t: string) => t.replace('result: [/output]', 'result: [/outputs]'),
      'task-pointer-unresolved',
      '/x-task-families/render/result/0',
    ],
    [
      'a declared task id pointer that names no field',
      (t: string) => t.replace('    status: /status', '    id: /ident\n    status: /status'),
      'task-pointer-unresolved',
      '/x-task-families/render/id',
    ],
    [
      'a submit id pointer that names no field',
      (t: string) =>
        t.replace(
          'x-task: { family: render, id: /id }',
          'x-task: { family: render, id: /task_id }',
        ),
      'task-pointer-unresolved',
      '/paths/~1render~1tasks/post/x-task/id',
    ],
  ])('%s', async (_title, edit, code, pointer) => {
    const { problems } = await irOfText(edit(await featuresText()));
    expect(problems.map((p) => [p.code, p.pointer])).toContainEqual([code, pointer]);
    expect(problems.every((p) => p.line > 0)).toBe(true);
  });
});

describe("x-task result: which of the family's result pointers a submit fills", () => {
  const spec = (imageResult: string): string => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /images:
    post:
      operationId: submitImage
      x-task: { family: job, id: /id, poll: { operationId: getImage, param: id }${imageResult} }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /images/{id}:
    get:
      operationId: getImage
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /videos:
    post:
      operationId: submitVideo
      x-task: { family: job, id: /id, result: [/videos] }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /videos/{id}:
    get:
      operationId: getVideo
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
components:
  schemas:
    Job:
      type: object
      properties:
        id: { type: string }
        state: { type: string, enum: [running, done] }
        videos: { type: array, items: { type: string } }
        images: { type: array, items: { type: string } }
x-task-families:
  job:
    poll: { operationId: getVideo, param: id }
    status: /state
    result: [/videos, /images]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [], running: [running], succeeded: [done], failed: [], cancelled: [] }
`;

  it('narrows each poll to the pointers its submits fill; an undeclared submit fills all', async () => {
    const narrowed = await irOfText(spec(', result: [/images]'));
    expect(narrowed.problems).toEqual([]);
    const byId = (id: string) => narrowed.ir.operations.find((o) => o.operationId === id)!;
    // The role without its generated result values (the mock's, tested in test/e2e/task-result-sample.test.ts).
    const roleOf = (op: OperationIr) => {
      const { resultSamples: _, exampleIds: _ids, idInput: _input, ...role } = op.taskRole!;
      return role;
    };
    expect(byId('submitImage').task?.result).toEqual(['/images']);
    expect(roleOf(byId('getImage'))).toEqual({ family: 'job', role: 'poll', result: ['/images'] });
    expect(roleOf(byId('getVideo'))).toEqual({ family: 'job', role: 'poll', result: ['/videos'] });
    const whole = await irOfText(spec(''));
    const getImage = whole.ir.operations.find((o) => o.operationId === 'getImage')!;
    expect(roleOf(getImage)).toEqual({ family: 'job', role: 'poll' });
  });

  it('a pointer the family does not list is a located error', async () => {
    const { problems } = await irOfText(spec(', result: [/audio]'));
    expect(problems.map((p) => [p.code, p.pointer])).toContainEqual([
      'extension-invalid',
      '/paths/~1images/post/x-task/result',
    ]);
  });
});

describe('names every spec can get', () => {
  it('operations without operationIds whose derived ids collide are a located error', async () => {
    const { problems } = await irOfText(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /pets/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok } }
  /pets/id:
    get:
      responses: { '200': { description: ok } }
`);
    expect(problems.map((p) => [p.code, p.pointer, p.line])).toContainEqual([
      'operation-id-duplicate',
      '/paths/~1pets~1id/get',
      9,
    ]);
  });

  it('a non-ASCII operationId falls back to a name from method and path', async () => {
    const { ir: named, problems } = await irOfText(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /pets:
    get:
      operationId: 列出宠物
      tags: [宠物]
      responses: { '200': { description: ok } }
`);
    // Named all the same, with a warning (under --strict an error) that says so.
    expect(problems.map((p) => [p.code, p.severity, p.pointer])).toEqual([
      ['name-fallback', 'warning', '/paths/~1pets/get/tags/0'],
      ['name-fallback', 'warning', '/paths/~1pets/get/operationId'],
    ]);
    expect(named.operations[0]!.names).toMatchObject({ resource: ['pets'], method: 'getPets' });
  });
});

describe('status values are compared the way the client matches them', () => {
  const spec = (status: string, states: string): string => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /jobs:
    post:
      operationId: submitJob
      x-task: { family: job, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
  /jobs/{id}:
    get:
      operationId: getJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string }, state: ${status} } }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /state
    result: [/id]
    intervalMs: 1000
    timeoutMs: 60000
    states: ${states}
`;
  const codes = async (status: string, states: string): Promise<string[]> =>
    (await irOfText(spec(status, states))).problems.map((p) => p.code);

  it('a union status takes the values of every alternative', async () => {
    const union =
      '{ oneOf: [{ type: string, enum: [queued, running] }, { type: string, enum: [done, error] }] }';
    expect(
      await codes(
        union,
        '{ queued: [queued], running: [running], succeeded: [done], failed: [error], cancelled: [] }',
      ),
    ).toEqual([]);
    expect(
      await codes(
        union,
        '{ queued: [queued], running: [running], succeeded: [done], failed: [], cancelled: [] }',
      ),
    ).toEqual(['task-state-unmapped']);
  });

  it('a boolean status is mapped by true and false', async () => {
    expect(
      await codes(
        '{ type: boolean }',
        '{ queued: [], running: [false], succeeded: [true], failed: [], cancelled: [] }',
      ),
    ).toEqual([]);
    expect(
      await codes(
        '{ type: boolean }',
        '{ queued: [], running: [false], succeeded: [], failed: [], cancelled: [] }',
      ),
    ).toEqual(['task-state-unmapped']);
  });

  it('matches case-insensitively like the client, and skips open strings', async () => {
    expect(
      await codes(
        '{ type: string, enum: [SUCCESS, RUNNING] }',
        '{ queued: [], running: [running], succeeded: [success], failed: [], cancelled: [] }',
      ),
    ).toEqual([]);
    expect(
      await codes(
        '{ type: string }',
        '{ queued: [], running: [anything], succeeded: [done], failed: [], cancelled: [] }',
      ),
    ).toEqual([]);
  });
});

describe('Chinese descriptions (x-description-zh)', () => {
  it('carries the operation’s beside its description', () => {
    const chat = op('createChatCompletion');
    expect(chat.description).toMatch(/^Answers a list of messages/);
    expect(chat.descriptionZh).toMatch(/^回答一组消息/);
    expect(op('getRenderTask').descriptionZh).toBeUndefined();
  });

  it('carries a schema’s, and a $ref site’s description replaces the target’s as a pair', async () => {
    const { ir: small } = await irOfText(`openapi: 3.1.0
info: { title: T, version: '1' }
paths: {}
components:
  schemas:
    Pet:
      type: object
      description: A pet.
      x-description-zh: 宠物
      properties:
        name: { type: string, description: The name., x-description-zh: 名字 }
        owner: { $ref: '#/components/schemas/Pet', description: The owner. }
        friend: { allOf: [{ $ref: '#/components/schemas/Pet' }], description: A friend., x-description-zh: 朋友 }
`);
    const pet = small.schemas.find((s) => s.name === 'Pet')!.schema;
    expect(pet).toMatchObject({ description: 'A pet.', descriptionZh: '宠物' });
    if (pet.kind !== 'object') throw new Error(`Pet is ${pet.kind}`);
    const prop = (name: string) => pet.properties.find((p) => p.name === name)!.schema;
    expect(prop('name')).toMatchObject({ description: 'The name.', descriptionZh: '名字' });
    expect(prop('owner').description).toBe('The owner.');
    expect(prop('owner').descriptionZh).toBeUndefined();
    expect(prop('friend')).toMatchObject({ description: 'A friend.', descriptionZh: '朋友' });
  });
});

describe('names without an identifier', () => {
  it('warns when a non-Latin tag or operationId falls back to a name from the path', async () => {
    const { ir: built, problems } = await irOfText(`openapi: 3.1.0
info: { title: T, version: 1.0.0 }
paths:
  /goods/{id}:
    get:
      tags: [商品]
      operationId: 取得商品
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: ok } }
  /orders:
    get:
      tags: [注文]
      operationId: listOrders
      responses: { '204': { description: ok } }
  /named:
    get:
      tags: [注文]
      operationId: 一覧
      x-sdk-name: orders.all
      responses: { '204': { description: ok } }
`);
    expect(built.operations.map((o) => [...o.names.resource, o.names.method].join('.'))).toEqual([
      'goods.getGoodsId',
      // `x-sdk-name` puts another operation of the same tag in `orders`: they stay together.
      'orders.listOrders',
      'orders.all',
    ]);
    expect(problems.map((p) => [p.code, p.severity, p.pointer])).toEqual([
      ['name-fallback', 'warning', '/paths/~1goods~1{id}/get/tags/0'],
      ['name-fallback', 'warning', '/paths/~1orders/get/tags/0'],
      ['name-fallback', 'warning', '/paths/~1goods~1{id}/get/operationId'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'tag "商品" gives no identifier: the client resource is `goods` (from the path its operations share, `/goods`)',
      'tag "注文" gives no identifier: the client resource is `orders` (from the path its operations share, `/orders`)',
      'operationId "取得商品" gives no identifier: the client method is `getGoodsId` (from the method and path)',
    ]);
  });
});

describe('one parameter name in two locations', () => {
  it('gives each a distinct name once (the first of path, query, header, cookie keeps it), with a located warning', async () => {
    const { ir, problems } = await irOfText(`openapi: 3.1.0
info: { title: T, version: 1.0.0 }
paths:
  /x:
    get:
      operationId: getX
      parameters:
        - { name: token, in: cookie, schema: { type: string } }
        - { name: token, in: query, schema: { type: string } }
        - { name: id, in: header, schema: { type: string } }
        - { name: id, in: query, schema: { type: string } }
        - { name: headerId, in: query, schema: { type: string } }
        - { name: token, in: header, schema: { type: object } }
        - { name: blob, in: cookie, schema: { type: object } }
        - { name: blob, in: query, schema: { type: string } }
      responses: { '204': { description: ok } }
`);
    expect(ir.operations[0]!.parameters.map((p) => [p.in, p.name, p.propertyName])).toEqual([
      ['cookie', 'token', 'cookieToken'],
      ['query', 'token', 'token'],
      // `headerId` is taken by a parameter of that name: numbered on.
      ['header', 'id', 'headerId2'],
      ['query', 'id', 'id'],
      ['query', 'headerId', 'headerId'],
      ['header', 'token', 'headerToken'],
      // An object cookie is not sent (cookie-object): it takes no name from the query one.
      ['cookie', 'blob', 'blob'],
      ['query', 'blob', 'blob'],
    ]);
    expect(
      problems
        .filter((p) => p.code === 'parameter-name-clash')
        .map((p) => [p.severity, p.pointer, p.message]),
    ).toEqual([
      [
        'warning',
        '/paths/~1x/get/parameters/0',
        'cookie parameter "token" has the name of query parameter "token": the SDKs call it `cookieToken` (Python `cookie_token`)',
      ],
      [
        'warning',
        '/paths/~1x/get/parameters/2',
        'header parameter "id" has the name of query parameter "id": the SDKs call it `headerId2` (Python `header_id2`)',
      ],
      [
        'warning',
        '/paths/~1x/get/parameters/5',
        'header parameter "token" has the name of query parameter "token": the SDKs call it `headerToken` (Python `header_token`)',
      ],
    ]);
  });
});
