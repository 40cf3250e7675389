/** A change inside a webhook is located at the webhook's own JSON pointer and line. */
import { describe, expect, it } from 'vitest';
import { baseSpec, type Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

const webhooks = (s: Spec) =>
  (s.webhooks = {
    petBorn: {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { id: { type: 'string', format: 'uuid' } },
              },
            },
          },
        },
        responses: { '200': { description: 'Received' } },
      },
    },
  });
const idOf = (s: Spec) =>
  s.webhooks.petBorn.post.requestBody.content['application/json'].schema.properties.id;

describe('webhook pointers', () => {
  it('point into the document (no empty segment) and at the changed line', async () => {
    const { changes } = await diffEdit((s) => delete idOf(s).format, webhooks);
    const entry = changes.find((c) => c.code === 'response-format-changed');
    expect(entry?.pointer).toBe(
      '/webhooks/petBorn/post/requestBody/content/application~1json/schema/properties/id',
    );
    // The harness writes each side pretty-printed: the `"id": {` line below `"petBorn": {`.
    const spec = baseSpec();
    webhooks(spec);
    const lines = JSON.stringify(spec, null, 2).split('\n');
    const idLine = lines.findIndex(
      (l, i) => i > lines.indexOf('    "petBorn": {') && /^\s+"id": \{$/.test(l),
    );
    expect(entry?.location).toMatch(new RegExp(`:${idLine + 1}$`));
    expect(changes.every((c) => !c.pointer.includes('//'))).toBe(true);
  });
});
