/**
 * A small spec that exercises every kind of change the diff classifies: objects with readOnly,
 * writeOnly, nullable, enum, format, bounds and deprecated members, allOf, oneOf with a
 * discriminator, anyOf, security alternatives, several media types and a task family.
 */
export type Spec = Record<string, any>;

export function baseSpec(): Spec {
  return {
    openapi: '3.1.0',
    info: { title: 'Diff Fixture', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    security: [{ bearer: [] }],
    tags: [{ name: 'pets', description: 'Pets.' }, { name: 'tasks' }, { name: 'shapes' }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          summary: 'List pets',
          security: [],
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: {
                type: 'integer',
                minimum: 1,
                maximum: 100,
                default: 20,
              },
            },
            {
              name: 'since',
              in: 'query',
              schema: { type: 'string', format: 'date-time' },
            },
            { name: 'trace', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'Pets',
              content: {
                'application/json': {
                  schema: {
                    type: 'array',
                    items: { $ref: '#/components/schemas/Pet' },
                  },
                },
              },
            },
          },
        },
        post: {
          operationId: 'createPet',
          tags: ['pets'],
          summary: 'Create a pet',
          security: [{ bearer: [] }, { apiKey: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/NewPet' },
                example: { name: 'Rex', kind: 'dog' },
              },
              'application/x-www-form-urlencoded': {
                schema: { $ref: '#/components/schemas/NewPet' },
              },
            },
          },
          responses: {
            '201': {
              description: 'Created',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Pet' },
                },
              },
            },
            '400': {
              description: 'Bad request',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Error' },
                },
              },
            },
          },
        },
      },
      '/pets/{petId}': {
        get: {
          operationId: 'getPet',
          tags: ['pets'],
          parameters: [
            {
              name: 'petId',
              in: 'path',
              required: true,
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'A pet',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/PetDetail' },
                },
                'text/csv': { schema: { type: 'string' } },
              },
            },
          },
        },
        delete: {
          operationId: 'deletePet',
          tags: ['pets'],
          parameters: [
            {
              name: 'petId',
              in: 'path',
              required: true,
              schema: { type: 'string' },
            },
          ],
          responses: { '204': { description: 'Deleted' } },
        },
      },
      '/shapes': {
        post: {
          operationId: 'drawShape',
          tags: ['shapes'],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Shape' },
              },
            },
          },
          responses: {
            '200': {
              description: 'Drawn',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Shape' },
                },
              },
            },
          },
        },
      },
      '/tasks': {
        post: {
          operationId: 'submitTask',
          tags: ['tasks'],
          'x-task': { family: 'render', id: '/task_id' },
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['prompt'],
                  properties: { prompt: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'Submitted',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['task_id'],
                    properties: { task_id: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
      '/tasks/{taskId}': {
        get: {
          operationId: 'getTask',
          tags: ['tasks'],
          'x-sdk-name': 'tasks.retrieve',
          parameters: [
            {
              name: 'taskId',
              in: 'path',
              required: true,
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'The task',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Task' },
                },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string', readOnly: true },
            name: {
              type: 'string',
              minLength: 1,
              maxLength: 64,
              description: 'The name.',
            },
            tag: { type: ['string', 'null'] },
            kind: { type: 'string', enum: ['dog', 'cat'] },
            birthday: { type: 'string', format: 'date' },
            secret: { type: 'string', writeOnly: true },
            legacy: { type: 'string', deprecated: true },
            labels: {
              anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
            },
          },
        },
        NewPet: {
          allOf: [
            { $ref: '#/components/schemas/Pet' },
            { type: 'object', properties: { owner_email: { type: 'string' } } },
          ],
        },
        PetDetail: {
          allOf: [
            { $ref: '#/components/schemas/Pet' },
            { type: 'object', properties: { owner: { type: 'string' } } },
          ],
        },
        Circle: {
          type: 'object',
          required: ['kind', 'radius'],
          properties: { kind: { type: 'string' }, radius: { type: 'number' } },
        },
        Square: {
          type: 'object',
          required: ['kind', 'side'],
          properties: { kind: { type: 'string' }, side: { type: 'number' } },
        },
        Shape: {
          oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }],
          discriminator: {
            propertyName: 'kind',
            mapping: {
              circle: '#/components/schemas/Circle',
              square: '#/components/schemas/Square',
            },
          },
        },
        Task: {
          type: 'object',
          required: ['task_id', 'status'],
          properties: {
            task_id: { type: 'string' },
            status: {
              type: 'string',
              enum: ['QUEUED', 'RUNNING', 'DONE', 'FAILED'],
            },
            result_url: { type: 'string' },
          },
        },
        Error: { type: 'object', properties: { message: { type: 'string' } } },
        Unused: { type: 'object', properties: { note: { type: 'string' } } },
      },
    },
    'x-task-families': {
      render: {
        poll: { operationId: 'getTask', param: 'taskId' },
        status: '/status',
        result: ['/result_url'],
        states: {
          queued: ['QUEUED'],
          running: ['RUNNING'],
          succeeded: ['DONE'],
          failed: ['FAILED'],
          cancelled: [],
        },
        intervalMs: 1000,
        timeoutMs: 60000,
      },
    },
  };
}
