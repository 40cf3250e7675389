/**
 * Names that change for consumers without the wire changing (review 4, finding 11): each rename
 * names both SDKs' spellings and every exported type of the operation, and is located where the
 * maintainer made the edit.
 */
import { describe, expect, it } from 'vitest';
import type { Spec } from './base-spec.js';
import { diffEdit, diffPair } from './harness.js';
import { get } from '../../generator/util/json-pointer.js';

const ok = (schema: object) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

/** A streaming operation under `tag`, whose events are inferred from `events`. */
function streamSpec(tag: string, events: object[]): Spec {
  return {
    openapi: '3.1.0',
    info: { title: 'Uni', version: '1' },
    tags: [{ name: tag }],
    paths: {
      '/v1/tseny': {
        post: {
          tags: [tag],
          operationId: 'создатьЦену',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { stream: { type: 'boolean' } } },
              },
            },
          },
          'x-stream': { requestFlag: 'stream', itemSchema: {}, examples: events },
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { ok: { type: 'boolean' } } },
                },
                'text/event-stream': { schema: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}

describe('renames', () => {
  it('a tag rename names the Python call and the stream chunk type, at the operation tag', async () => {
    const events = [{ id: 1, text: 'a' }];
    const { changes } = await diffPair(streamSpec('Цены', events), streamSpec('Ценник', events));
    const method = changes.find((c) => c.code === 'sdk-method-renamed');
    expect(method?.message).toBe(
      'client method client.tseny.sozdatTsenu() renamed to client.tsennik.sozdatTsenu(); Python client.tseny.sozdat_tsenu(...) → client.tsennik.sozdat_tsenu(...)',
    );
    expect(method?.pointer).toBe('/paths/~1v1~1tseny/post/tags/0');
    const types = changes.find((c) => c.code === 'sdk-type-renamed');
    expect(types?.message).toMatch(
      /^resource class Tseny renamed to Tsennik; Python TsenyResource, AsyncTsenyResource → TsennikResource, AsyncTsennikResource; exported types TsenySozdatTsenuParams, TsenySozdatTsenuResponse, TsenySozdatTsenuChunk renamed to TsennikSozdatTsenuParams, TsennikSozdatTsenuResponse, TsennikSozdatTsenuChunk; likewise in Python types\.TsenySozdatTsenuResponse, types\.TsenySozdatTsenuChunk$/,
    );
  });

  it('a reorder of the declared tags that renames resources is one entry per kind, at /tags', async () => {
    const spec = (tags: string[]): Spec => ({
      openapi: '3.1.0',
      info: { title: 'Shop', version: '1' },
      tags: tags.map((name) => ({ name })),
      paths: {
        '/v1/items': {
          get: { tags: ['価格'], operationId: 'listA', responses: ok({ type: 'string' }) },
        },
        // Both tags fall back to the path's `items`: the declared order decides which is `tag1`.
        '/v1/items/{id}': {
          get: {
            tags: ['在庫'],
            operationId: 'getB',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: ok({ type: 'string' }),
          },
        },
      },
    });
    const { changes } = await diffPair(spec(['価格', '在庫']), spec(['在庫', '価格']));
    expect(changes.map((c) => [c.code, c.pointer])).toEqual([
      ['sdk-function-renamed', '/tags'],
      ['sdk-method-renamed', '/tags'],
      ['sdk-type-renamed', '/tags'],
    ]);
    for (const c of changes) expect(c.message).toMatch(/ListA|listA|list_a/);
    for (const c of changes) expect(c.message).toMatch(/GetB|getB|get_b/);
  });

  it('a reorder that swaps two resources of several operations is one entry per kind naming both', async () => {
    const spec = (tags: string[]): Spec => {
      const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
      const op = (tag: string, operationId: string, parameters: object[] = []) => ({
        tags: [tag],
        operationId,
        parameters,
        responses: ok({ type: 'string' }),
      });
      return {
        openapi: '3.1.0',
        info: { title: 'Shop', version: '1' },
        tags: tags.map((name) => ({ name })),
        paths: {
          '/v1/items': { get: op('価格', 'listA'), post: op('価格', 'makeA') },
          '/v1/items/{id}': { get: op('在庫', 'getB', id), put: op('在庫', 'putB', id) },
        },
      };
    };
    const { changes } = await diffPair(spec(['価格', '在庫']), spec(['在庫', '価格']));
    expect(changes.map((c) => [c.code, c.pointer])).toEqual([
      ['sdk-function-renamed', '/tags'],
      ['sdk-method-renamed', '/tags'],
      ['sdk-type-renamed', '/tags'],
    ]);
    expect(changes[0]!.message).toBe(
      'standalone functions tag1… renamed to tag2… (tag1ListA, tag1MakeA); and standalone functions tag2… renamed to tag1… (tag2GetB, tag2PutB)',
    );
  });

  it('an inferred stream event change points at the example events, a place in the spec', async () => {
    const base = streamSpec('prices', [{ id: 1, text: 'a' }]);
    const head = streamSpec('prices', [{ id: 1, text: 'a' }, { id: 2 }]);
    const { changes } = await diffPair(base, head);
    const change = changes.find((c) => c.code === 'response-property-became-optional');
    expect(change?.message).toBe('stream event.text became optional');
    expect(change?.pointer).toBe('/paths/~1v1~1tseny/post/x-stream/examples');
    expect(get(head, change!.pointer)).toBeDefined();
  });
});

describe('a resource renamed as a whole', () => {
  const spec = (tag: string): Spec => ({
    openapi: '3.1.0',
    info: { title: 'Shop', version: '1' },
    tags: [{ name: 'other' }, { name: tag }],
    paths: Object.fromEntries(
      ['one', 'two', 'three'].map((name) => [
        `/v1/${name}`,
        {
          get: {
            tags: [tag],
            operationId: `get${name[0]!.toUpperCase()}${name.slice(1)}`,
            responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
          },
        },
      ]),
    ),
  });

  it('is one entry per kind at the tag, naming every call in both SDKs', async () => {
    const { changes } = await diffPair(spec('Assistants'), spec('Assistant'));
    expect(changes.map((c) => [c.code, c.pointer, c.operation, c.message])).toEqual([
      [
        'sdk-function-renamed',
        '/tags/1/name',
        '',
        'standalone functions assistants… renamed to assistant… (assistantsGetOne, assistantsGetTwo, assistantsGetThree)',
      ],
      [
        'sdk-method-renamed',
        '/tags/1/name',
        '',
        'client methods client.assistants.* renamed to client.assistant.* (3 calls: client.assistants.getOne(), client.assistants.getTwo(), client.assistants.getThree()); Python client.assistants.* → client.assistant.* (client.assistants.get_one(...), client.assistants.get_two(...), client.assistants.get_three(...))',
      ],
      [
        'sdk-type-renamed',
        '/tags/1/name',
        '',
        'resource class Assistants renamed to Assistant; Python AssistantsResource, AsyncAssistantsResource → AssistantResource, AsyncAssistantResource; exported types Assistants… renamed to Assistant… (TypeScript and Python)',
      ],
    ]);
  });

  it('is one entry per kind for a tag the document does not declare, at the first operation', async () => {
    const undeclared = (tag: string) => {
      const s = spec(tag);
      delete s.tags;
      return s;
    };
    const { changes } = await diffPair(undeclared('Assistants'), undeclared('Assistant'));
    expect(changes.map((c) => [c.code, c.pointer])).toEqual([
      ['sdk-function-renamed', '/paths/~1v1~1one/get/tags/0'],
      ['sdk-method-renamed', '/paths/~1v1~1one/get/tags/0'],
      ['sdk-type-renamed', '/paths/~1v1~1one/get/tags/0'],
    ]);
  });

  it('names no resource class when one operation moves to a new tag and its old resource stays', async () => {
    const head = spec('Assistants');
    head.paths['/v1/one'].get.tags = ['Threads'];
    const { changes } = await diffPair(spec('Assistants'), head);
    const types = changes.find((c) => c.code === 'sdk-type-renamed');
    expect(types?.message).toMatch(/^exported types AssistantsGetOne/);
    expect(changes.map((c) => c.message).join('\n')).not.toMatch(/resource class/);
  });
});

describe('a nested resource renamed with its tag', () => {
  /** Operations at several depths under one root (`x-sdk-name` `a.b.c.get`), the root named like the tag. */
  const spec = (root: string, calls: [string, string][]): Spec => ({
    openapi: '3.1.0',
    info: { title: 'Shop', version: '1' },
    tags: [{ name: root }],
    paths: Object.fromEntries(
      calls.map(([resource, method], i) => [
        `/v1/p${i}`,
        {
          get: {
            tags: [root],
            operationId: `${resource.replace(/\./g, '')}${method}`,
            'x-sdk-name': `${root}.${resource}.${method}`.replace(/\.\./g, '.'),
            responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
          },
        },
      ]),
    ),
  });
  const calls: [string, string][] = [
    ['', 'list'],
    ['b', 'get'],
    ['b.c', 'get'],
    ['b.c', 'list'],
  ];

  it('is one entry per kind naming the renamed prefix and every moved call, not one per depth', async () => {
    const { changes } = await diffPair(spec('a', calls), spec('x', calls));
    expect(changes.map((c) => [c.code, c.pointer])).toEqual([
      ['sdk-function-renamed', '/tags/0/name'],
      ['sdk-method-renamed', '/tags/0/name'],
      ['sdk-type-renamed', '/tags/0/name'],
    ]);
    expect(changes[1]!.message).toBe(
      'client methods client.a.* renamed to client.x.* (4 calls: client.a.list(), client.a.b.get(), client.a.b.c.get(), client.a.b.c.list()); Python client.a.* → client.x.* (client.a.list(...), client.a.b.get(...), client.a.b.c.get(...), client.a.b.c.list(...))',
    );
    expect(changes[2]!.message).toMatch(
      /^resource classes A, AB, ABC renamed to X, XB, XBC; Python AResource, AsyncAResource, ABResource, AsyncABResource, ABCResource, AsyncABCResource → XResource, AsyncXResource, XBResource, AsyncXBResource, XBCResource, AsyncXBCResource; exported types A… renamed to X…/,
    );
  });

  it('cuts a long list of moved calls at 8, saying how many more', async () => {
    const many: [string, string][] = Array.from({ length: 12 }, (_, i) => ['b', `m${i}`]);
    const { changes } = await diffPair(spec('a', many), spec('x', many));
    const method = changes.find((c) => c.code === 'sdk-method-renamed')!;
    expect(changes.filter((c) => c.code === 'sdk-method-renamed')).toHaveLength(1);
    expect(method.message).toContain('(12 calls: client.a.b.m0(), ');
    expect(method.message).toContain('client.a.b.m7() and 4 more)');
    expect(method.message).not.toContain('m8');
  });
});

/** A callback of the submit operation: its payload type is `<TypeStem>DonePayload`. */
const doneCallback = () => ({
  done: {
    '{$request.body#/prompt}': {
      post: {
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '200': { description: 'Received' } },
      },
    },
  },
});

describe('a task family renamed with its resource', () => {
  it("names the poll operation's task helpers in the functions entry, not one entry of their own", async () => {
    const { changes } = await diffEdit(
      (s) => {
        s.tags[1].name = 'jobs';
        s.paths['/tasks'].post.tags = ['jobs'];
        s.paths['/tasks/{taskId}'].get.tags = ['jobs'];
        s.paths['/tasks'].post.callbacks = doneCallback();
      },
      (s) => {
        // The poll is named by its tag here (`tasks.getTask`), not pinned by `x-sdk-name`.
        delete s.paths['/tasks/{taskId}'].get['x-sdk-name'];
        s.paths['/tasks'].post.callbacks = doneCallback();
      },
    );
    expect(changes.map((c) => c.code)).not.toContain('sdk-task-helper-renamed');
    // The submit's callback payload type starts with the renamed stem: named by the types entry.
    expect(changes.filter((c) => c.code === 'sdk-type-renamed')).toHaveLength(1);
    const functions = changes.filter((c) => c.code === 'sdk-function-renamed');
    expect(functions).toHaveLength(1);
    expect(functions[0]!.message).toMatch(
      /^standalone functions tasks… renamed to jobs… \(tasksSubmitTask, tasksGetTask\), with the task helpers tasksGetTaskTask, tasksGetTaskUntilDone$/,
    );
  });
});

it("an operation that leaves a resource which stays is its own rename, not the resource's", async () => {
  // `getTask` is pinned at `tasks.retrieve`: `client.tasks` stays when the tag is renamed.
  const { changes } = await diffEdit((s) => {
    s.tags[1].name = 'jobs';
    s.paths['/tasks'].post.tags = ['jobs'];
    s.paths['/tasks/{taskId}'].get.tags = ['jobs'];
  });
  const method = changes.filter((c) => c.code === 'sdk-method-renamed');
  expect(method.map((c) => [c.operation, c.message])).toEqual([
    [
      'submitTask',
      'client method client.tasks.submitTask() renamed to client.jobs.submitTask(); Python client.tasks.submit_task(...) → client.jobs.submit_task(...)',
    ],
  ]);
});
