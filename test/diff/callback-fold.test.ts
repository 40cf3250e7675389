/** One callback shared by several operations: each change to it is one entry naming the operations. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecs, loadSide } from '../../generator/diff/index.js';
import { baseSpec } from './base-spec.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diff-callback-fold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spec whose `/tasks` and `/pets` POST both reference `done.json`, the callback in its own file. */
async function side(name: 'base' | 'head', answer: Record<string, unknown>) {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  const spec = baseSpec();
  spec.paths['/tasks'].post.callbacks = { done: { $ref: './done.json' } };
  spec.paths['/pets'].post.callbacks = { done: { $ref: './done.json' } };
  writeFileSync(path.join(folder, 'openapi.json'), JSON.stringify(spec, null, 2));
  const done = {
    '{$request.body#/prompt}': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { ok: { type: 'boolean' } } },
            },
          },
        },
        responses: { '200': { description: 'Received', ...answer } },
      },
    },
  };
  writeFileSync(path.join(folder, 'done.json'), JSON.stringify(done, null, 2));
  return loadSide(path.join(folder, 'openapi.json'), name);
}

describe('a callback in its own file shared by two operations', () => {
  it('reports a change to it once, naming both operations', async () => {
    const ack = {
      content: {
        'application/json': {
          schema: { type: 'object', required: ['ack'], properties: { ack: { type: 'boolean' } } },
        },
      },
    };
    const result = diffSpecs(await side('base', {}), await side('head', ack));
    const found = result.changes.filter((c) => c.code === 'callback-answer-body-added-required');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(
      / \(also in client\.(pets\.createPet|tasks\.submitTask)\(\)\)$/,
    );
    expect(found[0]!.call).toBe('client.pets.createPet(), client.tasks.submitTask()');
    expect(found[0]!.location).toMatch(/done\.json:\d+$/);
  });
});
