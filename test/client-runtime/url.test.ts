import { describe, expect, it } from 'vitest';
import type { OperationRequest } from '../../templates/client/client.js';
import { ShellApiError } from '../../templates/client/errors.js';
import { buildPath } from '../../templates/client/path.js';
import { serializeQuery } from '../../templates/client/query.js';
import { styledPairs } from '../../templates/client/query-styles.js';
import { API_KEY, json, startServer, TestClient } from './helpers.js';

describe('path parameters', () => {
  const table: [string, { given: [string, Record<string, unknown>]; want: string }][] = [
    ['plain', { given: ['/mj/task/{id}/fetch', { id: '1712' }], want: '/mj/task/1712/fetch' }],
    [
      'reserved characters are encoded',
      { given: ['/t/{id}', { id: 'a/b c?d#e%' }], want: '/t/a%2Fb%20c%3Fd%23e%25' },
    ],
    ['numbers', { given: ['/t/{n}', { n: 42 }], want: '/t/42' }],
    ['unicode', { given: ['/t/{id}', { id: '任务' }], want: '/t/%E4%BB%BB%E5%8A%A1' }],
  ];
  it.each(table)('%s', (_title, { given, want }) => expect(buildPath(...given)).toBe(want));

  it.each([['.'], ['..'], ['']])('rejects %j', (value) => {
    expect(() => buildPath('/t/{id}', { id: value })).toThrow(ShellApiError);
  });

  it('rejects a missing value', () =>
    expect(() => buildPath('/t/{id}', {})).toThrow(/Missing path parameter "id"/));

  it('reaches the server encoded', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    await new TestClient({ baseUrl: `${server.url}/` }).request({
      method: 'get',
      path: '/t/{id}',
      pathParams: { id: '../admin' },
      expandPath: buildPath,
      retry: 'safe',
      auth: 'bearer',
    });
    expect(server.requests[0]!.url).toBe('/t/..%2Fadmin');
  });

  it('without pathParams the path is sent as written; pathParams need the expander (a type error without it)', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({ baseUrl: server.url });
    await client.request({ method: 'get', path: '/t/plain', retry: 'safe', auth: 'bearer' });
    expect(server.requests[0]!.url).toBe('/t/plain');
    // @ts-expect-error `pathParams` without `expandPath` would send the template as written.
    const unexpanded: OperationRequest = {
      method: 'get',
      path: '/t/{id}',
      pathParams: { id: 'x' },
      retry: 'safe',
      auth: 'bearer',
    };
    expect(unexpanded.expandPath).toBeUndefined();
  });
});

describe('query serialisation', () => {
  const table: [string, { given: Parameters<typeof serializeQuery>; want: string }][] = [
    [
      'scalars; undefined and null skipped',
      { given: [{ a: 'x y', b: 1, c: true, d: undefined, e: null }], want: 'a=x%20y&b=1&c=true' },
    ],
    ['arrays explode by default', { given: [{ ids: ['1', '2'] }], want: 'ids=1&ids=2' }],
    [
      'form without explode',
      {
        given: [{ ids: ['a,b', 'c'] }, { ids: { style: 'form', explode: false } }],
        want: 'ids=a%2Cb,c',
      },
    ],
    [
      'pipe and space delimited',
      {
        given: [
          { p: [1, 2], s: [3, 4] },
          {
            p: { style: 'pipeDelimited', explode: false },
            s: { style: 'spaceDelimited', explode: false },
          },
        ],
        want: 'p=1%7C2&s=3%204',
      },
    ],
    [
      'deepObject',
      {
        given: [
          { filter: { status: 'done', limit: 5 } },
          { filter: { style: 'deepObject', explode: true } },
        ],
        want: 'filter%5Bstatus%5D=done&filter%5Blimit%5D=5',
      },
    ],
    ['form object explode', { given: [{ filter: { a: 1, b: 'x' } }], want: 'a=1&b=x' }],
    [
      'dates as ISO text',
      { given: [{ since: new Date(0) }], want: 'since=1970-01-01T00%3A00%3A00.000Z' },
    ],
  ];
  it.each(table)('%s', (_title, { given: [params, styles], want }) =>
    expect(serializeQuery(params, styles, styledPairs)).toBe(want),
  );

  it('refuses a base URL with a query or fragment (it would hide every path)', () => {
    for (const baseUrl of ['http://127.0.0.1:1/?api-version=1', 'http://127.0.0.1:1/v1#top'])
      expect(() => new TestClient({ baseUrl })).toThrow(
        'A base URL cannot hold a query or fragment: use defaultQuery.',
      );
  });

  it('merges default, operation and per-call query; no credentials when the operation needs none', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({ baseUrl: server.url, defaultQuery: { v: '1' } });
    await client.request(
      {
        method: 'get',
        path: '/q',
        query: { limit: 10, tags: ['a', 'b'] },
        retry: 'safe',
        auth: null,
      },
      { query: { extra: true } },
    );
    expect(server.requests[0]!.url).toBe('/q?v=1&limit=10&tags=a&tags=b&extra=true');
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('sends the key as the scheme says: bearer, header or query', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({ baseUrl: server.url });
    await client.request({ method: 'get', path: '/a', retry: 'safe', auth: 'bearer' });
    await client.request({ method: 'get', path: '/b', retry: 'safe', auth: 'header' });
    await client.request({ method: 'get', path: '/c', retry: 'safe', auth: 'query' });
    const [a, b, c] = server.requests;
    expect(a!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(b!.headers['api-key']).toBe(API_KEY);
    expect(c!.url).toBe(`/c?key=${API_KEY}`);
  });

  it('sends basic auth as user:password, a key without a colon as the user with no password', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    for (const apiKey of ['alice:s3cret', API_KEY])
      await new TestClient({ baseUrl: server.url, apiKey }).request({
        method: 'get',
        path: '/basic',
        retry: 'safe',
        auth: 'basic',
      });
    const decoded = server.requests.map((r) =>
      Buffer.from(String(r.headers['authorization']).replace(/^Basic /, ''), 'base64').toString(),
    );
    // As `curl -u "$KEY:"` (the docs' sample) sends it; a server splits at the first colon.
    expect(decoded).toEqual(['alice:s3cret', `${API_KEY}:`]);
  });
});
