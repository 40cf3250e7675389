/**
 * Every example in the bundled spec must satisfy its schema (JSON Schema 2020-12, Ajv): request
 * and response bodies, parameters, headers, named examples, schema `examples` and `x-stream`
 * payloads. Binary bodies (`format: binary`) are the only ones skipped.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { collectExampleCases, formatFailure, validateExampleCases, type ExampleInventory } from './support/example-cases.js';
import type { JsonObject } from './support/openapi-walk.js';
import { bundleSpec } from './support/redocly.js';

describe('examples in spec/openapi.yaml', () => {
  let doc: JsonObject;
  let inventory: ExampleInventory;

  beforeAll(async () => {
    doc = await bundleSpec();
    inventory = collectExampleCases(doc);
  });

  it('finds request, response, parameter and schema examples', () => {
    const where = (part: string): number => inventory.cases.filter((c) => c.pointer.includes(part)).length;
    expect(where('/requestBody/')).toBeGreaterThan(0);
    expect(where('/responses/')).toBeGreaterThan(0);
    expect(where('/parameters/')).toBeGreaterThan(0);
    expect(where('/components/schemas/')).toBeGreaterThan(0);
  });

  it('every example validates against its schema', () => {
    const failures = validateExampleCases(doc, inventory.cases);
    if (inventory.skipped.length > 0) console.info(`skipped (binary or schema-less): ${inventory.skipped.length}`);
    expect(failures.map(formatFailure), `${failures.length} of ${inventory.cases.length} examples are invalid`).toEqual([]);
  });
});

// The checker itself, on a small document with known good and bad examples of every kind.
describe('example checker', () => {
  const doc: JsonObject = {
    openapi: '3.1.0',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/things/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, examples: { good: { value: 1 }, bad: { value: 'one' } } },
        ],
        post: {
          requestBody: { $ref: '#/components/requestBodies/Thing' },
          responses: {
            '200': {
              description: 'ok',
              headers: { seed: { schema: { type: 'integer' }, example: 'abc' } },
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Thing' }, example: { name: 'a' } },
                'image/png': { schema: { type: 'string', format: 'binary' }, example: 'raw bytes' },
              },
            },
          },
          'x-stream': {
            requestFlag: 'stream',
            itemSchema: { type: 'object', required: ['delta'] },
            examples: [{ delta: 'a' }, { nope: 1 }],
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', examples: ['ok', 3] } },
          examples: [{ name: 'x' }],
        },
      },
      requestBodies: {
        Thing: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Thing' },
              examples: { good: { value: { name: 'b' } }, bad: { value: {} } },
            },
          },
        },
      },
    },
  };

  const inventory = collectExampleCases(doc);
  const failed = validateExampleCases(doc, inventory.cases).map((f) => f.pointer);

  it('collects every kind of example once, and skips binary bodies', () => {
    expect(inventory.cases).toHaveLength(11);
    expect(inventory.skipped).toEqual(['/paths/~1things~1{id}/post/responses/200/content/image~1png/example']);
  });

  it('reports exactly the invalid ones, by JSON pointer', () => {
    expect(failed).toEqual([
      '/components/requestBodies/Thing/content/application~1json/examples/bad/value',
      '/components/schemas/Thing/properties/name/examples/1',
      '/paths/~1things~1{id}/parameters/0/examples/bad/value',
      '/paths/~1things~1{id}/post/responses/200/headers/seed/example',
      '/paths/~1things~1{id}/post/x-stream/examples/1',
    ]);
  });

  it('names the Ajv error of a failure', () => {
    const failure = validateExampleCases(doc, inventory.cases).find((f) => f.pointer.endsWith('/x-stream/examples/1'));
    expect(failure?.errors.join('\n')).toContain('delta');
  });
});
