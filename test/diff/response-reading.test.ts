/**
 * Response changes as the SDKs' readers see them: each names the TypeScript type and the Python
 * model that declare the value, beside the wire's own entry.
 */
import { describe, expect, it } from 'vitest';
import type { Spec } from './base-spec.js';
import { diffEdit } from './harness.js';

const pet = (s: Spec) => s.components.schemas.Pet;
/** `GET /stats` answering an inline object (its SDK type is the operation's `…Response`). */
const stats = (s: Spec) =>
  (s.paths['/stats'] = {
    get: {
      operationId: 'getStats',
      tags: ['pets'],
      responses: {
        '200': {
          description: 'Stats',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['count'],
                properties: {
                  count: { type: 'integer' },
                  next: { type: 'string' },
                  oldest: { type: 'object', properties: { name: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
  });
const statsProps = (s: Spec) =>
  s.paths['/stats'].get.responses['200'].content['application/json'].schema.properties;

async function sdkEntries(edit: (s: Spec) => void, base?: (s: Spec) => void) {
  const { changes } = await diffEdit(edit, base);
  return changes.filter((c) => /^sdk-(response|type-member)/.test(c.code));
}

describe('response changes for SDK readers', () => {
  it('null dropped from a response property: both SDKs named, non-breaking', async () => {
    const found = await sdkEntries((s) => (pet(s).properties.tag.type = 'string'));
    expect(found.map((c) => [c.code, c.level])).toEqual([
      ['sdk-response-null-removed', 'non-breaking'],
    ]);
    expect(found[0]!.message).toMatch(/^TypeScript PetOutput\.tag no longer includes null/);
    expect(found[0]!.message).toContain('(also at');
    expect(found[0]!.message).toContain('PetDetailOutput.tag');
    expect(found[0]!.pointer).toBe('/components/schemas/Pet/properties/tag');
  });

  it('a required response property that drops null is no longer Optional in Python', async () => {
    const found = await sdkEntries(
      (s) => (statsProps(s).count.type = 'integer'),
      (s) => {
        stats(s);
        statsProps(s).count.type = ['integer', 'null'];
      },
    );
    expect(found.map((c) => c.message)).toEqual([
      'TypeScript PetsGetStatsResponse.count no longer includes null; Python types.PetsGetStatsResponse.count is no longer Optional: checks for null on it (`=== null`, `is None`) are now dead code; existing code still compiles',
    ]);
  });

  it('a response property of another type breaks both SDKs', async () => {
    const found = await sdkEntries((s) => (statsProps(s).next = { type: 'integer' }), stats);
    expect(found.map((c) => [c.code, c.level, c.operation, c.message])).toEqual([
      [
        'sdk-response-type-changed',
        'breaking',
        'getStats',
        'TypeScript PetsGetStatsResponse.next is now number (was string): code reading it as string no longer compiles; Python types.PetsGetStatsResponse.next is now int (was str): code using it as str fails at run time, and an SDK generated from the old spec logs a validation warning for it',
      ],
    ]);
  });

  it('a required response property that becomes optional breaks TypeScript readers', async () => {
    const found = await sdkEntries((s) => (pet(s).required = ['id']));
    expect(found.map((c) => [c.code, c.level])).toEqual([
      ['sdk-response-property-optional', 'breaking'],
    ]);
    expect(found[0]!.message).toMatch(
      /^TypeScript PetOutput\.name becomes optional \(`T \| undefined`\).*; Python types\.Pet\.name becomes Optional/,
    );
  });

  it('a response property removed from an inline type is a member removal in both SDKs', async () => {
    const found = await sdkEntries((s) => {
      delete statsProps(s).next;
      delete statsProps(s).oldest.properties.name;
    }, stats);
    expect(found.map((c) => [c.code, c.level, c.message])).toEqual([
      [
        'sdk-type-member-removed',
        'breaking',
        'PetsGetStatsResponse.next removed (Python types.PetsGetStatsResponse.next): code reading it no longer compiles in TypeScript and raises AttributeError in Python',
      ],
      [
        'sdk-type-member-removed',
        'breaking',
        'PetsGetStatsResponse.oldest.name removed (Python types.PetsGetStatsResponse.oldest.name): code reading it no longer compiles in TypeScript and raises AttributeError in Python',
      ],
    ]);
  });

  it('a component property removed stays one member removal', async () => {
    const found = await sdkEntries((s) => delete pet(s).properties.tag);
    expect(found.map((c) => [c.code, c.message])).toEqual([
      ['sdk-type-member-removed', 'Pet.tag removed (Python types.Pet.tag, params.Pet["tag"])'],
    ]);
  });

  it('request-side changes add no reading entry', async () => {
    const found = await sdkEntries(
      (s) => {
        const body = s.paths['/pets'].post.requestBody.content['application/json'];
        body.schema = { type: 'object', properties: { note: { type: 'integer' } } };
      },
      (s) => {
        const body = s.paths['/pets'].post.requestBody.content['application/json'];
        body.schema = { type: 'object', properties: { note: { type: 'string' } } };
      },
    );
    expect(found).toEqual([]);
  });
});
