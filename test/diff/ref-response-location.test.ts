/**
 * Removing one operation's `$ref`'d response points at the edit (that operation's
 * `responses/<code>`, where the `$ref` was written), not at the shared component the other
 * operations still use.
 */
import { describe, expect, it } from 'vitest';
import { diffEdit } from './harness.js';
import { baseSpec } from './base-spec.js';
import type { Spec } from './base-spec.js';

function shareNotFound(s: Spec): void {
  s.components.responses = { NotFound: { description: 'Not found' } };
  for (const op of ['get', 'delete'])
    s.paths['/pets/{petId}'][op].responses['404'] = { $ref: '#/components/responses/NotFound' };
}

describe('a removed $ref response', () => {
  it("is located at the operation's responses entry", async () => {
    const result = await diffEdit((s) => {
      delete s.paths['/pets/{petId}'].get.responses['404'];
    }, shareNotFound);
    const removed = result.changes.filter((c) => c.code === 'response-error-status-removed');
    expect(removed.map((c) => [c.operation, c.pointer])).toEqual([
      ['getPet', '/paths/~1pets~1{petId}/get/responses/404'],
    ]);
    // The line of getPet's `"404"` in the base file as the harness writes it.
    const base = baseSpec();
    shareNotFound(base);
    const text = JSON.stringify(base, null, 2);
    const at = text.indexOf('"404"', text.indexOf('"operationId": "getPet"'));
    const line = text.slice(0, at).split('\n').length;
    expect(removed[0]!.location).toMatch(new RegExp(`base\\.json:${line}$`));
  });

  it("added is located at the operation's responses entry too", async () => {
    const result = await diffEdit((s) => {
      shareNotFound(s);
      delete s.paths['/pets/{petId}'].delete.responses['404'];
    });
    const added = result.changes.filter((c) => c.code === 'response-error-status-added');
    expect(added.map((c) => [c.operation, c.pointer])).toEqual([
      ['getPet', '/paths/~1pets~1{petId}/get/responses/404'],
    ]);
  });
});
