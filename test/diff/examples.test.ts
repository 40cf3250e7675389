/**
 * `example-changed`: one entry per written example that changed, came or went, located at that
 * example (not at the first of the list), for request bodies, responses and parameters alike.
 */
import { describe, expect, it } from 'vitest';
import type { Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

const requestJson = (s: Spec) => s.paths['/pets'].post.requestBody.content['application/json'];
const responseJson = (s: Spec) =>
  s.paths['/pets'].post.responses['201'].content['application/json'];
const limit = (s: Spec) => s.paths['/pets'].get.parameters[0];
const named = (...names: string[]) =>
  Object.fromEntries(names.map((n) => [n, { value: { name: n, kind: 'dog' } }]));
const pets = (s: Spec) => {
  delete requestJson(s).example;
  requestJson(s).examples = named('rex', 'max', 'bella');
};

async function entries(edit: (s: Spec) => void, base: (s: Spec) => void) {
  const result = await diffEdit(edit, base);
  return result.changes
    .filter((c) => c.code === 'example-changed')
    .map(({ pointer, message, level }) => ({ pointer, message, level }));
}

const body = '/paths/~1pets/post/requestBody/content/application~1json/examples';

describe('diff example-changed', () => {
  it('locates a changed example at that example, not the first', async () => {
    expect(await entries((s) => (requestJson(s).examples.max.value.kind = 'cat'), pets)).toEqual([
      {
        level: 'info',
        pointer: `${body}/max`,
        message: 'request body application/json: example max changed',
      },
    ]);
  });

  it('reports each added and removed example at its own place', async () => {
    const changes = await entries((s) => {
      delete requestJson(s).examples.rex;
      requestJson(s).examples.luna = { value: { name: 'Luna', kind: 'cat' } };
    }, pets);
    expect(changes.map((c) => [c.pointer, c.message]).sort()).toEqual([
      [`${body}/luna`, 'request body application/json: example luna added'],
      [`${body}/rex`, 'request body application/json: example rex removed'],
    ]);
  });

  it('reports a reorder once, at the examples map', async () => {
    const changes = await entries((s) => {
      const { rex, max, bella } = requestJson(s).examples;
      requestJson(s).examples = { max, rex, bella };
    }, pets);
    expect(changes).toEqual([
      {
        level: 'info',
        pointer: body,
        message:
          'request body application/json: examples reordered: max, rex, bella (was rex, max, bella)',
      },
    ]);
  });

  it('locates a response example at that example', async () => {
    const changes = await entries(
      (s) => (responseJson(s).examples.second.value.name = 'Max'),
      (s) =>
        (responseJson(s).examples = {
          first: { value: { id: '1', name: 'Rex' } },
          second: { value: { id: '2', name: 'Bella' } },
        }),
    );
    expect(changes.map((c) => [c.pointer, c.message])).toEqual([
      [
        '/paths/~1pets/post/responses/201/content/application~1json/examples/second',
        'response 201 application/json: example second changed',
      ],
    ]);
  });

  it('reports a parameter example as example-changed at that example', async () => {
    const result = await diffEdit(
      (s) => (limit(s).examples.many.value = 90),
      (s) => (limit(s).examples = { few: { value: 5 }, many: { value: 50 } }),
    );
    expect(result.changes.map((c) => [c.code, c.pointer, c.message])).toEqual([
      [
        'example-changed',
        '/paths/~1pets/get/parameters/0/examples/many',
        'query parameter limit: example many changed',
      ],
    ]);
  });
});
