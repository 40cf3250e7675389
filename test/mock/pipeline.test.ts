/** The engine's stages, each alone: route, negotiate, auth, answer, error shape. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import type { MockOperation, MockRouteTable } from '../../templates/mock/types.js';
import { compileRoutes, routeRequest, type RouteTable } from '../../templates/mock/router.js';
import { chooseContent, chooseStream } from '../../templates/mock/negotiate.js';
import { checkCredentials } from '../../templates/mock/auth.js';
import { answerRequest, type RoutedRequest } from '../../templates/mock/answer.js';
import { errorBody } from '../../templates/mock/errors.js';
import { createSchemaCompiler, type SchemaCompiler } from '../../templates/mock/validate.js';
import { createClock } from '../../templates/mock/clock.js';
import { TaskStore } from '../../templates/mock/tasks.js';
import { readParameter } from '../../templates/mock/coerce.js';
import { coercionOf } from '../../generator/emit/surface/mock-coercion.js';
import { FEATURES, irOf } from './helpers.js';

let table: MockRouteTable;
let routes: RouteTable;
let compiler: SchemaCompiler;
const op = (id: string): MockOperation => table.operations.find((o) => o.operationId === id)!;

beforeAll(async () => {
  table = createMockRoutes(await irOf(FEATURES));
  routes = compileRoutes(table.operations);
  compiler = createSchemaCompiler(table.schemas, table.checkSchemas);
});

describe('route stage', () => {
  it('finds the operation with decoded path parameters (and the raw ones, for arrays)', () => {
    const r = routeRequest(routes, '/api', 'get', '/api/render/tasks/a%20b');
    expect(r).toEqual({
      op: op('getRenderTask'),
      params: { task_id: 'a b' },
      rawParams: { task_id: 'a%20b' },
    });
  });

  it('404 outside the base path and for unknown paths, lending the nearest operation its shape', () => {
    const outside = routeRequest(routes, '/api', 'get', '/render/tasks');
    expect(outside).toMatchObject({
      failure: { status: 404, code: 'unknown_url' },
      matched: false,
    });
    const unknown = routeRequest(routes, '', 'get', '/render/nothing');
    expect(unknown).toMatchObject({
      failure: { status: 404 },
      shape: { path: '/render/tasks' },
      matched: false,
    });
  });

  it('a literal a client sends percent-encoded (non-ASCII, a space) matches, in either hex case', () => {
    const ops = [
      { method: 'get', path: '/café/{id}', operationId: 'cafe' },
      { method: 'get', path: '/menu items/today', operationId: 'menu' },
    ] as unknown as MockRouteTable['operations'];
    const table = compileRoutes(ops);
    const sent = new URL('http://h/café/1').pathname;
    expect(sent).toBe('/caf%C3%A9/1');
    for (const path of [sent, sent.toLowerCase(), '/café/1'])
      expect(routeRequest(table, '', 'get', path)).toMatchObject({
        op: { operationId: 'cafe' },
        params: { id: '1' },
      });
    expect(
      routeRequest(table, '', 'get', new URL('http://h/menu items/today').pathname),
    ).toMatchObject({
      op: { operationId: 'menu' },
    });
    expect(routeRequest(table, '', 'get', '/cafe/1')).toMatchObject({ failure: { status: 404 } });
  });

  it('405 with the Allow header of the matched path', () => {
    const r = routeRequest(routes, '', 'delete', '/v1/chat/completions');
    expect(r).toMatchObject({
      failure: { status: 405, headers: [['allow', 'POST']] },
      matched: true,
    });
  });
});

describe('negotiate stage', () => {
  it('x-stream: the request flag alone decides the stream', () => {
    const chat = op('createChatCompletion');
    const ok = chat.responses.find((r) => r.status === '200')!;
    expect(chooseStream(chat, ok, undefined, { stream: true })?.mediaType).toBe(
      'text/event-stream',
    );
    expect(chooseStream(chat, ok, 'text/event-stream', { stream: false })).toBeUndefined();
    expect(chooseContent(ok, 'text/event-stream', {})).toMatchObject({ kind: 'json' });
  });

  it('without x-stream: Accept or stream: true choose the event stream', () => {
    const plain: MockOperation = { ...op('createChatCompletion') };
    delete plain.stream;
    const ok = plain.responses.find((r) => r.status === '200')!;
    expect(chooseStream(plain, ok, 'text/event-stream', {})?.kind).toBe('event-stream');
    expect(chooseStream(plain, ok, 'application/json', {})).toBeUndefined();
    expect(chooseStream(plain, ok, undefined, { stream: true })?.kind).toBe('event-stream');
    expect(chooseStream(plain, ok, 'application/json;q=0.5, text/event-stream', {})?.kind).toBe(
      'event-stream',
    );
  });
});

describe('auth stage', () => {
  const src = (authorization: string) => ({
    path: {},
    headers: { authorization },
    query: new URLSearchParams(),
    cookies: {},
  });
  it('any well-formed bearer by default; only configured keys with keys', () => {
    const chat = op('createChatCompletion');
    expect(checkCredentials(chat, table.securitySchemes, src('Bearer x'))).toBeUndefined();
    expect(checkCredentials(chat, table.securitySchemes, src('Bearer x'), new Set(['y']))).toMatch(
      /not one of the keys/,
    );
    expect(
      checkCredentials(chat, table.securitySchemes, src('Bearer y'), new Set(['y'])),
    ).toBeUndefined();
  });
});

describe('answer stage', () => {
  const request = (
    o: MockOperation,
    body: unknown,
    prefer: Partial<RoutedRequest['prefer']> = {},
  ): RoutedRequest => ({
    op: o,
    path: {},
    query: new URLSearchParams(),
    headers: {},
    cookies: {},
    body,
    prefer: { drop: false, stall: false, ...prefer },
  });
  const tasks = () =>
    new TaskStore(table, createClock({ mode: 'manual', speed: 1, startTime: 0 }), compiler, {
      limit: 10,
      timing: {},
      notify: () => undefined,
    });

  it('answers the stream as frames ending with the terminator', () => {
    const a = answerRequest(request(op('createChatCompletion'), { stream: true }), tasks());
    expect(a.kind).toBe('stream');
    if (a.kind !== 'stream') return;
    expect(a.frames[a.frames.length - 1]).toBe('data: [DONE]\n\n');
    expect(a.frames.every((f) => f.startsWith('data: ') && f.endsWith('\n\n'))).toBe(true);
  });

  it('Prefer: code= for an undeclared status is an error detail for the error stage', () => {
    const a = answerRequest(
      request(op('createChatCompletion'), {}, { code: 503, retryAfter: 7 }),
      tasks(),
    );
    expect(a).toEqual({
      kind: 'error',
      detail: {
        status: 503,
        message: expect.stringContaining('does not declare it'),
        headers: [['retry-after', '7']],
      },
    });
  });

  it('a submit creates a task and answers its id', () => {
    const store = tasks();
    const a = answerRequest(request(op('submitRender'), { prompt: 'cat' }), store);
    expect(a).toMatchObject({ kind: 'body', status: expect.any(Number) });
    // Besides the task the store starts with (the examples' id).
    expect(store.list().map((t) => t.submitOperationId)).toEqual(['', 'submitRender']);
  });
});

describe('error stage', () => {
  it("a problem document when no shape is declared; the owner's shape otherwise", () => {
    expect(errorBody(undefined, { status: 422, message: 'bad', param: 'x' })).toEqual({
      mediaType: 'application/problem+json',
      value: {
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'bad',
        param: 'x',
      },
    });
    const upload = op('uploadFile');
    const owner = op(upload.errorShape!);
    expect(owner).not.toBe(upload);
    expect(errorBody(owner, { status: 400, message: 'bad' }).mediaType).toBe('application/json');
  });
});

describe('parameter coercion by schema and style', () => {
  const point = {
    type: 'object',
    properties: { x: { type: 'integer' }, tag: { type: 'string' } },
  } as const;
  const ints = { type: 'array', items: { type: 'integer' } } as const;
  const read = (
    param: Partial<MockOperation['parameters'][number]>,
    sources: { query?: string; path?: Record<string, string>; headers?: Record<string, string> },
  ) => {
    // The coercion the generator decides from the parameter's schema.
    const coerce = coercionOf(param.schema, {}, true);
    return readParameter(
      {
        ...{ name: 'p', in: 'query', required: false, style: 'form', explode: true, ...param },
        ...(coerce ? { coerce } : {}),
      },
      {
        query: new URLSearchParams(sources.query ?? ''),
        path: sources.path ?? {},
        headers: sources.headers ?? {},
        cookies: {},
      },
    );
  };

  it('objects: form exploded, form not exploded, deepObject, simple path and header', () => {
    expect(read({ schema: point }, { query: 'x=3&tag=a&other=1' })).toEqual({ x: 3, tag: 'a' });
    expect(read({ schema: point, explode: false }, { query: 'p=x,3,tag,a' })).toEqual({
      x: 3,
      tag: 'a',
    });
    expect(read({ schema: point, style: 'deepObject' }, { query: 'p[x]=3&p[tag]=a' })).toEqual({
      x: 3,
      tag: 'a',
    });
    expect(
      read(
        { schema: point, in: 'path', style: 'simple', explode: false },
        { path: { p: 'x,3,tag,a' } },
      ),
    ).toEqual({ x: 3, tag: 'a' });
    expect(
      read(
        { schema: point, in: 'header', style: 'simple', explode: true },
        { headers: { p: 'x=3,tag=a' } },
      ),
    ).toEqual({ x: 3, tag: 'a' });
    expect(read({ schema: point, explode: false }, { query: 'p=x,3,tag' })).toBe('x,3,tag');
  });

  it('arrays: form exploded and not, spaceDelimited, pipeDelimited, simple path', () => {
    expect(read({ schema: ints }, { query: 'p=1&p=2' })).toEqual([1, 2]);
    expect(read({ schema: ints, explode: false }, { query: 'p=1,2' })).toEqual([1, 2]);
    expect(
      read({ schema: ints, style: 'spaceDelimited', explode: false }, { query: 'p=1%202' }),
    ).toEqual([1, 2]);
    expect(
      read({ schema: ints, style: 'pipeDelimited', explode: false }, { query: 'p=1|2' }),
    ).toEqual([1, 2]);
    expect(read({ schema: ints, in: 'path', style: 'simple' }, { path: { p: '1,x' } })).toEqual([
      1,
      'x',
    ]);
  });
});
