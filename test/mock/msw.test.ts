/** MSW handlers over the same engine, driven through a stand-in for msw's `http` namespace. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import {
  createMswHandlers,
  mswPath,
  type MswHttpLike,
  type MswResolver,
} from '../../templates/mock/msw.js';
import type { MockRouteTable } from '../../templates/mock/types.js';
import { buildPath } from '../../templates/client/path.js';
import { FEATURES, irOf } from './helpers.js';

interface FakeHandler {
  method: string;
  path: string;
  resolver: MswResolver;
}

/** Registers handlers like msw's `http.*` and dispatches a Request to the first whose method and path match. */
function fakeMsw(): {
  http: MswHttpLike<FakeHandler>;
  dispatch: (handlers: FakeHandler[], request: Request) => Promise<Response | undefined>;
} {
  const make =
    (method: string) =>
    (path: string, resolver: MswResolver): FakeHandler => ({ method, path, resolver });
  const http = {
    get: make('GET'),
    post: make('POST'),
    put: make('PUT'),
    patch: make('PATCH'),
    delete: make('DELETE'),
    head: make('HEAD'),
    options: make('OPTIONS'),
  };
  const matches = (pattern: string, url: string): boolean => {
    const source = pattern
      .split(/(:[A-Za-z0-9_]+|\*)/)
      .map((part) =>
        part.startsWith(':') || part === '*'
          ? '[^/]+'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    return new RegExp(`^${source}$`).test(url.split('?')[0]!);
  };
  return {
    http,
    async dispatch(handlers, request) {
      const h = handlers.find((x) => x.method === request.method && matches(x.path, request.url));
      return h ? h.resolver({ request }) : undefined;
    },
  };
}

let routes: MockRouteTable;
beforeAll(async () => {
  routes = createMockRoutes(await irOf(FEATURES));
});

const BASE = 'https://api.example.com';
const auth = { authorization: 'Bearer sk-test', 'content-type': 'application/json' };
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };

describe('MSW handlers', () => {
  it('converts path templates to msw paths', () => {
    expect(mswPath('/render/tasks/{task_id}/cancel')).toBe('/render/tasks/:task_id/cancel');
    expect(mswPath('/files/{name}.json')).toBe('/files/*');
  });

  it('registers one handler per operation, most specific first, on the server URL', async () => {
    const { http } = fakeMsw();
    const mock = await createMswHandlers(routes, http);
    expect(mock.handlers.map((h) => `${h.method} ${h.path}`)).toContain(
      `POST ${BASE}/render/tasks/:task_id/cancel`,
    );
    expect(Object.keys(mock.byOperation).sort()).toEqual(
      routes.operations.map((o) => o.operationId).sort(),
    );
    const paths = mock.handlers.map((h) => h.path);
    expect(paths.indexOf(`${BASE}/render/tasks`)).toBeLessThan(
      paths.indexOf(`${BASE}/render/tasks/:task_id`),
    );
  });

  it('answers examples, validates, and keeps task state on the manual clock', async () => {
    const { http, dispatch } = fakeMsw();
    const mock = await createMswHandlers(routes, http, { clock: 'manual' });
    const ok = await dispatch(
      mock.handlers,
      new Request(`${BASE}/v1/chat/completions`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(chat),
      }),
    );
    expect(ok!.status).toBe(200);
    expect(await ok!.json()).toMatchObject({ object: 'chat.completion' });

    const bad = await dispatch(
      mock.handlers,
      new Request(`${BASE}/v1/chat/completions`, {
        method: 'POST',
        headers: auth,
        body: '{"model":',
      }),
    );
    expect(bad!.status).toBe(400);
    expect(await bad!.json()).toMatchObject({
      error: { message: expect.stringContaining('line 1, column 10') },
    });

    const submitted = await dispatch(
      mock.handlers,
      new Request(`${BASE}/render/tasks`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ prompt: 'cat' }),
      }),
    );
    const { id } = (await submitted!.json()) as { id: string };
    mock.clock.advance(10_000);
    const polled = await dispatch(
      mock.handlers,
      new Request(`${BASE}/render/tasks/${id}`, { headers: auth }),
    );
    expect(await polled!.json()).toMatchObject({ id, status: 'done', progress: 100 });
    mock.reset();
    expect(
      (await dispatch(mock.handlers, new Request(`${BASE}/render/tasks/${id}`, { headers: auth })))!
        .status,
    ).toBe(404);
  });

  it('streams SSE through a ReadableStream and turns drop into a network error', async () => {
    const { http, dispatch } = fakeMsw();
    const mock = await createMswHandlers(routes, http);
    const res = await dispatch(
      mock.handlers,
      new Request(`${BASE}/v1/chat/completions`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ ...chat, stream: true }),
      }),
    );
    expect(res!.headers.get('content-type')).toBe('text/event-stream');
    const text = await res!.text();
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(text.split('\n\n').filter(Boolean)).toHaveLength(4);
    const dropped = await dispatch(
      mock.handlers,
      new Request(`${BASE}/v1/chat/completions`, {
        method: 'POST',
        headers: { ...auth, prefer: 'drop' },
        body: JSON.stringify(chat),
      }),
    );
    expect(dropped!.type).toBe('error');
  });

  it('bundles for the browser: the engine behind the handlers imports nothing from Node', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../templates/mock/msw.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from ["']node:/);
  });

  it('serves under another base URL with a path prefix', async () => {
    const { http, dispatch } = fakeMsw();
    const mock = await createMswHandlers(routes, http, { baseUrl: 'http://localhost:3000/proxy/' });
    expect(mock.handlers[0]!.path.startsWith('http://localhost:3000/proxy/')).toBe(true);
    const res = await dispatch(
      mock.handlers,
      new Request('http://localhost:3000/proxy/files/f1/content', { headers: auth }),
    );
    expect(res!.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res!.arrayBuffer()).subarray(1, 4)).toEqual(
      new TextEncoder().encode('PNG'),
    );
  });
});

describe('MSW handlers and array path parameters', () => {
  // As test/mock/path-arrays.test.ts for the HTTP mock: items joined by a literal `,`, a comma
  // inside an item sent as `%2C`. The handlers read the request's raw path (never msw's decoded
  // `params`), so the engine splits before decoding.
  const spec = `openapi: 3.1.0
info: { title: Paths, version: '1' }
servers: [{ url: '${BASE}/v2' }]
paths:
  /img/{p}:
    get:
      operationId: img
      parameters:
        - name: p
          in: path
          required: true
          schema: { type: array, items: { type: string, enum: ['a b', 'c,d'] } }
      responses: { '204': { description: ok } }
`;
  let arrays: MockRouteTable;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-msw-paths-'));
    try {
      await writeFile(path.join(dir, 'openapi.yaml'), spec);
      arrays = createMockRoutes(await irOf(path.join(dir, 'openapi.yaml')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keep an item holding a comma whole, from the SDK path to the handler', async () => {
    const { http, dispatch } = fakeMsw();
    const mock = await createMswHandlers(arrays, http);
    const sent = buildPath('/img/{p}', { p: ['a b', 'c,d'] });
    expect(sent).toBe('/img/a%20b,c%2Cd');
    const res = await dispatch(mock.handlers, new Request(`${BASE}/v2${sent}`));
    expect(res!.status, await res!.clone().text()).toBe(204);
  });

  it('split at literal commas: c,d is two items, neither allowed', async () => {
    const { http, dispatch } = fakeMsw();
    const mock = await createMswHandlers(arrays, http);
    const res = await dispatch(mock.handlers, new Request(`${BASE}/v2/img/c,d`));
    expect(res!.status).toBe(400);
    expect(((await res!.json()) as { param: string }).param).toBe('p[0]');
  });
});
