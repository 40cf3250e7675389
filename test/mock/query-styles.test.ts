/**
 * A query parameter with a declared style sent in another form gets a 400 naming the parameter and
 * the form it must take, where the mock used to ignore it (`obj={json}` for a deepObject) or read
 * it wrongly (`pipe=x,y` as one item, `ids=a&ids=b` as `a` alone). The right forms pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { MockServer } from '../../templates/mock/server.js';
import { call, startFor } from './helpers.js';

const SPEC = fileURLToPath(new URL('./fixtures/query-styles.yaml', import.meta.url));
let mock: MockServer;
beforeAll(async () => {
  mock = await startFor(SPEC);
}, 60_000);
afterAll(async () => {
  await mock?.close();
});

const OBJ = 'obj[a]=A&obj[b]=2';
const get = (query: string) => call(mock.url, 'GET', `/items?${query}`);
/** The spec declares no error body: the mock answers problem details. */
const detailOf = (json: unknown) => json as { detail?: string; param?: string };

describe('mock: query parameters in their declared styles', () => {
  it.each([
    [OBJ],
    [`${OBJ}&pipe=x%7Cy&space=1%202&ids=i,j&filter%5Bk%5D=v`],
    [`${OBJ}&pipe=x|y&filter=null`],
    [`${OBJ}&ids=one`],
    // One item holding a comma, as both SDKs send ['a,b'].
    [`${OBJ}&pipe=a%2Cb%7Cc`],
  ])('accepts %s', async (query) => {
    const answer = await get(query);
    expect(answer.status, answer.text).toBe(200);
  });

  it.each([
    [
      `obj=${encodeURIComponent('{"a":"A","b":2}')}`,
      'query parameter obj: is style deepObject: send obj[property]=value for each property, not obj={"a":"A","b":2}',
    ],
    [
      `${OBJ}&filter=${encodeURIComponent('{"k":"v"}')}`,
      'query parameter filter: is style deepObject: send filter[property]=value for each property, not filter={"k":"v"}',
    ],
    [
      `${OBJ}&pipe=x&pipe=y`,
      'query parameter pipe: is style pipeDelimited without explode: send one pipe value, its items joined with "|", not 2 pipe values',
    ],
    [
      `${OBJ}&ids=a&ids=b`,
      'query parameter ids: is style form without explode: send one ids value, its items joined with commas, not 2 ids values',
    ],
  ])('rejects %s', async (query, detail) => {
    const answer = await get(query);
    expect(answer.status).toBe(400);
    const problem = detailOf(answer.json);
    expect(problem.detail).toBe(`Invalid request: ${detail}`);
    expect(problem.param).toBe(/parameter (\w+)/.exec(detail)![1]);
  });
});
