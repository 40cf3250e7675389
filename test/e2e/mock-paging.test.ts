/**
 * Paging end to end: the generated client's page iterator (`x-paging` → `PagePromise`) against the
 * generated mock, which cuts its task list into the pages the requests ask for. Iterating must end
 * after exactly the tasks the mock holds, page by page as sized.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIError, ShellApi } from '../../generated/sdk/dist/index.js';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';

let mock: MockServer;
let client: ShellApi;
beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
  client = new ShellApi({ apiKey: 'sk-paging-0123456789', baseUrl: mock.url, maxRetries: 0 });
});
afterEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

/** The Midjourney tasks the mock holds. */
const held = () => mock.tasks.list().filter((t) => t.family === 'midjourney');

/** The Midjourney tasks the mock starts with (the ids the docs' poll and cancel samples pass). */
const seeded = (): string[] =>
  held()
    .filter((t) => t.submitOperationId === '')
    .map((t) => t.id);

/** Submits Imagine tasks until the mock holds `total` Midjourney tasks; their ids in submit order. */
async function fillTo(total: number): Promise<string[]> {
  expect(seeded().length).toBeGreaterThan(0);
  return submitTasks(total - held().length);
}

/** Submits `count` Imagine tasks; their ids in submit order. */
async function submitTasks(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const submitted = await client.midjourney.submit.imagine({ prompt: `koi pond ${i}` });
    ids.push(String(submitted.result));
  }
  return ids;
}

describe('mock paging through the generated SDK', () => {
  it('for await over midjourney.tasks.query ends after every task, pageSize at a time', async () => {
    const submitted = await fillTo(7);
    const seen: string[] = [];
    for await (const task of client.midjourney.tasks.query({ pageSize: 3 })) seen.push(task.id!);
    expect([...seen].sort()).toEqual([...submitted, ...seeded()].sort());
    const sizes: number[] = [];
    const lasts: unknown[] = [];
    for await (const page of client.midjourney.tasks.query({ pageSize: 3 }).pages()) {
      sizes.push(page.content.length);
      lasts.push(page.last);
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(lasts).toEqual([false, false, true]);
  });

  it("without a page size, pages hold the schema's default size (10)", async () => {
    await fillTo(12);
    const sizes: number[] = [];
    for await (const page of client.midjourney.tasks.query({}).pages())
      sizes.push(page.content.length);
    expect(sizes).toEqual([10, 2]);
  });

  it('a page past the end is empty and last; an exact multiple stops without an extra request', async () => {
    await fillTo(4);
    const beyond = await client.midjourney.tasks.query({ pageSize: 2, pageNumber: 5 });
    expect(beyond.content).toEqual([]);
    expect(beyond.last).toBe(true);
    const sizes: number[] = [];
    for await (const page of client.midjourney.tasks.query({ pageSize: 2 }).pages())
      sizes.push(page.content.length);
    expect(sizes).toEqual([2, 2]);
  });

  it('the page fields the schema declares are computed from the store, not the example', async () => {
    const page = async (body: object): Promise<Record<string, unknown>> => {
      const res = await fetch(`${mock.url}/mj/task/query`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer sk-paging-0123456789',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Record<string, unknown>;
    };
    // At the start only the seeded tasks are there.
    const start = await page({});
    const count = seeded().length;
    expect(start).toMatchObject({
      number: 0,
      size: 10,
      numberOfElements: count,
      totalElements: count,
      totalPages: 1,
      first: true,
      last: true,
      empty: false,
      pageable: { offset: 0, pageNumber: 0, pageSize: 10 },
    });
    expect((start.content as { id: string }[]).map((t) => t.id).sort()).toEqual(seeded().sort());
    const none = await page({ pageSize: 10, pageNumber: 1 });
    expect(none).toMatchObject({ content: [], numberOfElements: 0, last: true, empty: true });
    await fillTo(25);
    const third = await page({ pageSize: 10, pageNumber: 2 });
    expect(third.content).toHaveLength(5);
    expect(third).toMatchObject({
      number: 2,
      size: 10,
      numberOfElements: 5,
      totalElements: 25,
      totalPages: 3,
      first: false,
      last: true,
      empty: false,
      pageable: { offset: 20, pageNumber: 2, pageSize: 10 },
    });
    const first = await page({ pageSize: 4 });
    expect(first).toMatchObject({
      number: 0,
      size: 4,
      numberOfElements: 4,
      totalElements: 25,
      totalPages: 7,
      first: true,
      last: false,
      empty: false,
    });
    // The fields the schema declares but paging does not describe stay as the example has them.
    expect(first.sort).toEqual({ empty: false, sorted: true, unsorted: false });
  });

  it('a page number below the first page is a 400 naming the field', async () => {
    const error = await client.midjourney.tasks.query({ pageNumber: -1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(400);
    expect(JSON.stringify((error as APIError).error)).toContain('pageNumber');
  });
});
