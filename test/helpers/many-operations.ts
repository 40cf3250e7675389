/**
 * A synthetic spec of N operations (issue 18's scale target), made deterministically: paths
 * `/r{i}/{id}` with a GET each (a path id, two query parameters, a header), answering one of
 * `schemas` component schemas that refer to each other. Used by bench/many-operations.ts and a
 * sampled pipeline test.
 */
type Schema = Record<string, unknown>;
const ref = (i: number): Schema => ({ $ref: `#/components/schemas/Model${i}` });

function modelSchema(i: number, count: number): Schema {
  return {
    type: 'object',
    description: `Model ${i}.`,
    required: ['id', 'name', 'kind'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string', maxLength: 200 },
      kind: { type: 'string', enum: ['alpha', 'beta', `kind${i}`] },
      count: { type: 'integer', minimum: 0 },
      tags: { type: 'array', items: { type: 'string' } },
      next: ref((i + 1) % count),
    },
  };
}

export function manyOperationsSpec(operations: number, schemas = 100): Record<string, unknown> {
  const components: Record<string, Schema> = {};
  for (let i = 0; i < schemas; i++) components[`Model${i}`] = modelSchema(i, schemas);
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    paths[`/r${i}/{id}`] = {
      get: {
        operationId: `getR${i}`,
        summary: `Read resource ${i}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'filter', in: 'query', schema: { type: 'string' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'The resource.',
            content: { 'application/json': { schema: ref(i % schemas) } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Many operations', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    components: { schemas: components },
  };
}
