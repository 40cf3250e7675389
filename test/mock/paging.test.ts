/** The paging stage alone: cursor and page styles over an answer's list, and refused page fields. */
import { describe, expect, it } from 'vitest';
import { answerPage } from '../../templates/mock/paging.js';
import type { JsonValue, MockPaging } from '../../templates/mock/types.js';
import { specOutputs } from '../helpers/spec-outputs.js';
import { call } from './helpers.js';

const list: JsonValue = { data: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), has_more: true };
const cursor: MockPaging = {
  style: 'cursor',
  param: { in: 'query', name: 'after' },
  size: { in: 'query', name: 'limit' },
  firstPage: 0,
  items: '/data',
  nextCursor: '/next',
  hasMore: '/has_more',
};

const ask = (query: string, body: unknown = undefined) => ({
  path: {},
  query: new URLSearchParams(query),
  headers: {},
  cookies: {},
  body,
});

describe('answerPage', () => {
  it('cursor style: following next cursors visits every item once, then has_more is false', () => {
    const seen: string[] = [];
    let query = 'limit=2';
    for (let guard = 0; guard < 10; guard++) {
      const answer = answerPage(cursor, list, ask(query));
      if (!('value' in answer)) throw new Error('refused');
      const page = answer.value as { data: { id: string }[]; has_more: boolean; next: string };
      seen.push(...page.data.map((d) => d.id));
      if (!page.has_more) {
        expect(page.next).toBeNull();
        break;
      }
      query = `limit=2&after=${page.next}`;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list).toEqual({ data: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), has_more: true });
  });

  it('page style from 1 in the body; bad cursors, sizes and pages are 400s naming the field', () => {
    const paging: MockPaging = {
      style: 'page',
      param: { in: 'body', name: 'page' },
      size: { in: 'body', name: 'per_page' },
      firstPage: 1,
      items: '/data',
      last: '/meta/last',
    };
    const second = answerPage(paging, list, ask('', { page: 2, per_page: 2 }));
    expect(second).toEqual({
      value: { data: [{ id: 'c' }, { id: 'd' }], has_more: true, meta: { last: false } },
    });
    for (const [p, request, field] of [
      [cursor, ask('after=zzz'), 'after'],
      [cursor, ask('after=99'), 'after'],
      [cursor, ask('limit=0'), 'limit'],
      [paging, ask('', { page: 0 }), 'page'],
      [paging, ask('', { page: 1.5 }), 'page'],
    ] as const) {
      const answer = answerPage(p, list, request);
      expect(answer).toMatchObject({ reject: { status: 400, param: field } });
    }
  });
});

describe('page fields', () => {
  // Items nested under `data`; only some well-known page fields declared, `first` as a string.
  const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - { name: page, in: query, schema: { type: integer, minimum: 1 } }
        - { name: per_page, in: query, schema: { type: integer, default: 2 } }
      x-paging: { page: page, size: per_page, firstPage: 1, items: /data/items, last: /data/last }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data:
                    type: object
                    properties:
                      items: { type: array, items: { type: string } }
                      number: { type: integer }
                      totalElements: { type: integer }
                      totalPages: { type: integer }
                      first: { type: string }
                      last: { type: boolean }
              example:
                data: { items: [a, b, c, d, e], number: 9, totalElements: 9, totalPages: 9, first: 'yes', last: false }
`;

  it('are computed from the paged list when the schema declares them, in the request numbering', async () => {
    const outputs = await specOutputs(spec, {
      name: 'shellapi-page-fields',
      generate: 'none',
      mock: true,
    });
    const mock = outputs.mock;
    try {
      const second = await call(mock.url, 'GET', '/things?page=2');
      expect(second.status).toBe(200);
      // `first` is not a boolean in this schema, so it keeps the example's value; nothing undeclared is added.
      expect(second.json).toEqual({
        data: {
          items: ['c', 'd'],
          number: 2,
          totalElements: 5,
          totalPages: 3,
          first: 'yes',
          last: false,
        },
      });
      const third = await call(mock.url, 'GET', '/things?page=3&per_page=2');
      expect(third.json).toMatchObject({ data: { items: ['e'], number: 3, last: true } });
    } finally {
      await outputs.close();
    }
  });
});
