/**
 * The console's body inputs are decided at generation time from the walk the mock's coercion
 * uses: the same properties in the same order, with required names, file inputs and fixed lists.
 */
import { describe, expect, it } from 'vitest';
import type { JsonSchema, MockContent } from '../../templates/mock/types.js';
import { consoleFields } from '../../generator/emit/docs/console-fields.js';
import { coercionOf } from '../../generator/emit/surface/mock-coercion.js';

const defs: Record<string, JsonSchema> = {
  Base: {
    type: 'object',
    required: ['model'],
    properties: { model: { type: 'string', enum: ['a', 'b'] }, size: { type: 'integer' } },
  },
  Upload: { type: 'string', format: 'binary' },
};

const schema: JsonSchema = {
  allOf: [
    { $ref: '#/$defs/Base' },
    {
      type: 'object',
      required: ['file'],
      properties: {
        file: { $ref: '#/$defs/Upload' },
        // Declared again: the first declaration (Base's) wins, in Base's place.
        size: { type: 'string' },
        images: { type: 'array', items: { $ref: '#/$defs/Upload' } },
        meta: { type: 'object', properties: { k: { type: 'string' } } },
      },
    },
  ],
};

const content = (kind: MockContent['kind']): MockContent => ({
  mediaType: kind === 'json' ? 'application/json' : 'multipart/form-data',
  kind,
  schema,
  examples: [],
});

describe('console fields', () => {
  it('follow the coercion’s properties, in its order, with required names, files and fixed lists', () => {
    const fields = consoleFields(content('multipart'), defs);
    const coerced = Object.keys(coercionOf(schema, defs, true)?.properties ?? {});
    expect(fields.map((f) => f.name)).toEqual(coerced);
    expect(fields).toEqual([
      { name: 'model', required: true, options: ['a', 'b'] },
      { name: 'size' },
      { name: 'file', required: true, file: 'one' },
      { name: 'images', file: 'many' },
      { name: 'meta' },
    ]);
  });

  it('leave out a readOnly property, required or not: a request never sends it', () => {
    const item: JsonSchema = {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } },
    };
    expect(consoleFields({ ...content('json'), schema: item }, defs)).toEqual([
      { name: 'name', required: true },
    ]);
  });

  it('offer no file input in a JSON body, and none at all for a body sent whole', () => {
    expect(consoleFields(content('json'), defs).filter((f) => f.file)).toEqual([]);
    expect(consoleFields(content('binary'), defs)).toEqual([]);
    expect(consoleFields(content('text'), defs)).toEqual([]);
  });
});
