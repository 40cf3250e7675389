/**
 * The copy third-party code sees: prototype-named and `%` keys renamed (and restored in printed
 * text), refs inside data left out with their data, alias chains collapsed, and any ref that is not
 * internal refused with its pointer.
 */
import { describe, expect, it } from 'vitest';
import {
  inertDocument,
  restoreKeys,
  UnsafeReferenceError,
} from '../../generator/load/inert-document.js';
import type { JsonObject } from '../../generator/load/types.js';

describe('inertDocument', () => {
  it('renames keys, drops data holding $ref and points refs at the end of alias chains', () => {
    const document = JSON.parse(
      JSON.stringify({
        paths: { '/a': { get: { operationId: 'get%a', responses: {} } } },
        components: {
          schemas: {
            A: { $ref: '#/components/schemas/B' },
            B: { $ref: '#/components/schemas/C' },
            C: {
              type: 'object',
              properties: {
                constructor: { type: 'string', example: { $ref: 'https://example.com' } },
                ['__proto__']: { type: 'integer', default: 1 },
                'a%b': { items: [{ $ref: '#/components/schemas/A' }] },
              },
            },
          },
        },
      }),
    ) as JsonObject;
    const copy = inertDocument(document) as Record<string, any>;
    expect(copy).not.toBe(document);
    const props = copy.components.schemas.C.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props).map(restoreKeys)).toEqual(['constructor', '__proto__', 'a%b']);
    const ctor = props[Object.keys(props)[0]!];
    expect(ctor).toEqual({ type: 'string' });
    expect(props[Object.keys(props)[1]!]).toEqual({ type: 'integer', default: 1 });
    expect(props[Object.keys(props)[2]!].items[0]).toEqual({ $ref: '#/components/schemas/C' });
    expect(copy.components.schemas.A).toEqual({ $ref: '#/components/schemas/C' });
    expect(restoreKeys(copy.paths['/a'].get.operationId)).toBe('get%a');
  });

  it('copies only what changes: untouched subtrees are the input objects', () => {
    const plain = Object.freeze({
      type: 'object',
      properties: Object.freeze({ id: Object.freeze({ type: 'string' }) }),
    });
    const document = {
      components: {
        schemas: {
          Plain: plain,
          Renamed: { type: 'object', properties: { constructor: { type: 'string' } } },
        },
      },
    } as unknown as JsonObject;
    const copy = inertDocument(document) as Record<string, any>;
    expect(copy).not.toBe(document);
    expect(copy.components.schemas.Plain).toBe(plain);
    expect(Object.keys(copy.components.schemas)).toEqual(['Plain', 'Renamed']);
    expect(Object.keys(copy.components.schemas.Renamed.properties).map(restoreKeys)).toEqual([
      'constructor',
    ]);
    // The input is left as it was.
    expect(Object.keys((document as any).components.schemas.Renamed.properties)).toEqual([
      'constructor',
    ]);
    const untouched = { components: { schemas: { Plain: plain } } } as unknown as JsonObject;
    expect(inertDocument(untouched)).toBe(untouched);
  });

  it('refuses a ref that is not internal, naming where it stands', () => {
    const document = { paths: { '/a~b': { get: { parameters: [{ $ref: 'other.yaml#/P' }] } } } };
    expect(() => inertDocument(document as JsonObject)).toThrow(UnsafeReferenceError);
    expect(() => inertDocument(document as JsonObject)).toThrow(
      'Unbundled $ref at /paths/~1a~0b/get/parameters/0/$ref reached the third-party document.',
    );
  });
});
