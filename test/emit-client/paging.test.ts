/**
 * Paging declared once (`x-paging` → the IR's `operation.paging`) and the SDK's page iterator over
 * it: `midjourney.tasks.query` of the generated client against a real server on 127.0.0.1 serving
 * three pages, and the runtime's cursor style.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ShellApi, type MidjourneyTasksQueryResponse } from '../../generated/sdk/dist/index.js';
import type { BaseClient } from '../../templates/client/client.js';
import { paginate } from '../../templates/client/pagination.js';
import { loadShellIr } from '../e2e/shell-ir.js';
import { json, startServer, TestClient } from '../client-runtime/helpers.js';

const KEY = 'sk-paging-0123456789';

/** A Spring-style paged task search: 5 tasks, `pageSize` per page, `last` on the final page. */
async function pagedServer(total = 5) {
  return startServer((_req, res, body) => {
    const { pageNumber = 0, pageSize = 10 } = JSON.parse(body.toString() || '{}') as {
      pageNumber?: number;
      pageSize?: number;
    };
    const ids = Array.from({ length: total }, (_, i) => `task-${i + 1}`).slice(
      pageNumber * pageSize,
      (pageNumber + 1) * pageSize,
    );
    const last = (pageNumber + 1) * pageSize >= total;
    json(res, 200, {
      content: ids.map((id) => ({ id, status: 'SUCCESS', action: 'IMAGINE' })),
      number: pageNumber,
      last,
      first: pageNumber === 0,
    });
  });
}

describe('x-paging in the IR', () => {
  it('midjourney.tasks.query pages by pageNumber/pageSize in the body, items at /content, last at /last', async () => {
    const { ir } = await loadShellIr();
    const op = ir.operations.find((o) => o.operationId === 'mjQueryTasks')!;
    expect(op.paging).toEqual({
      style: 'page',
      param: { in: 'body', name: 'pageNumber' },
      size: { in: 'body', name: 'pageSize' },
      firstPage: 0,
      items: '/content',
      last: '/last',
      source: expect.stringContaining('x-paging'),
    });
    expect(ir.operations.filter((o) => o.paging).map((o) => o.operationId)).toEqual([
      'mjQueryTasks',
    ]);
  });
});

describe('the generated page iterator', () => {
  it('for await yields every task across pages, requesting each page once', async () => {
    const server = await pagedServer();
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    const ids: string[] = [];
    for await (const task of client.midjourney.tasks.query({ pageSize: 2, status: 'SUCCESS' })) {
      expectTypeOf(task.id).toEqualTypeOf<string>();
      ids.push(task.id);
    }
    expect(ids).toEqual(['task-1', 'task-2', 'task-3', 'task-4', 'task-5']);
    expect(server.requests.map((r) => JSON.parse(r.body.toString()) as unknown)).toEqual([
      { pageSize: 2, status: 'SUCCESS' },
      { pageSize: 2, status: 'SUCCESS', pageNumber: 1 },
      { pageSize: 2, status: 'SUCCESS', pageNumber: 2 },
    ]);
  });

  it('await gives the first page as sent; .pages() gives each page; breaking early stops requesting', async () => {
    const server = await pagedServer();
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    const first = await client.midjourney.tasks.query({ pageSize: 2 });
    expectTypeOf(first).toEqualTypeOf<MidjourneyTasksQueryResponse>();
    expect(first.content.map((t) => t.id)).toEqual(['task-1', 'task-2']);
    const pages: number[] = [];
    for await (const page of client.midjourney.tasks.query({ pageSize: 2 }).pages())
      pages.push(page.content.length);
    expect(pages).toEqual([2, 2, 1]);
    const before = server.requests.length;
    for await (const task of client.midjourney.tasks.query({ pageSize: 2 })) {
      expect(task.id).toBe('task-1');
      break;
    }
    expect(server.requests.length - before).toBe(1);
  });
});

describe('cursor paging (runtime)', () => {
  it('follows the next cursor until has_more is false', async () => {
    const data = ['a', 'b', 'c', 'd'];
    const server = await startServer((req, res) => {
      const after = new URL(req.url!, 'http://x').searchParams.get('after');
      const start = after ? data.indexOf(after) + 1 : 0;
      const items = data.slice(start, start + 2);
      json(res, 200, {
        data: items.map((id) => ({ id })),
        last_id: items.at(-1),
        has_more: start + 2 < data.length,
      });
    });
    const client: BaseClient = new TestClient({ baseUrl: server.url });
    type Page = { data: { id: string }[]; last_id: string; has_more: boolean };
    const list = (params: { after?: string } | undefined) =>
      paginate<Page, { id: string }, { after?: string } | undefined>(
        (p) =>
          client.request<Page>({
            method: 'get',
            path: '/files',
            query: { after: p?.after },
            retry: 'safe',
            auth: 'bearer',
          }),
        params,
        {
          style: 'cursor',
          param: 'after',
          firstPage: 0,
          items: '/data',
          nextCursor: '/last_id',
          hasMore: '/has_more',
        },
      );
    const ids: string[] = [];
    for await (const file of list(undefined)) ids.push(file.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(server.requests.map((r) => r.url)).toEqual(['/files', '/files?after=b']);
  });
});
