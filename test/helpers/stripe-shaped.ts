/**
 * A synthetic spec of Stripe's shape, made deterministically (no randomness): OpenAPI 3.0 with
 * `nullable`, 118 resources × (list, create, retrieve, update) = 472 operations, 827 component
 * schemas, form-encoded request bodies, expandable fields (`anyOf: [id string, $ref]`) that tie the
 * resources into cycles, self-recursion (`children`, `parent`), inline objects nested eight levels
 * deep, discriminated unions, `allOf`, enums, patterns, formats, bounds and `minItems` — and not
 * one example, so every answer is generated.
 */
const RESOURCES = 118;
/** Schemas per resource besides the resource itself: detail objects, a discriminated pair and its union. */
const PARTS = ['details', 'address', 'settings', 'card_event', 'bank_event', 'event'] as const;

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

function nested(depth: number, i: number): Schema {
  if (depth === 0)
    return { type: 'string', pattern: '^[A-Z]{2}-\\d{4}$', description: 'Deepest code.' };
  return {
    type: 'object',
    required: ['level', 'inner'],
    properties: {
      level: { type: 'integer', minimum: depth, maximum: depth + i },
      inner: nested(depth - 1, i),
      note: { type: 'string', maxLength: 3, nullable: true },
    },
  };
}

function resourceSchema(i: number, count: number): Schema {
  const name = `resource_${i}`;
  const other = `resource_${(i + 1) % count}`;
  const third = `resource_${(i * 7 + 3) % count}`;
  return {
    type: 'object',
    description: `Resource ${i}.`,
    required: [
      'id',
      'object',
      'created',
      'livemode',
      'metadata',
      'amount',
      'currency',
      'status',
      'owner',
      'details',
      'parent',
      'children',
      'event',
      'tree',
    ],
    properties: {
      id: { type: 'string', pattern: `^r${i}_[a-zA-Z0-9]{14}$`, maxLength: 5000 },
      object: { type: 'string', enum: [name] },
      created: { type: 'integer', format: 'unix-time' },
      livemode: { type: 'boolean' },
      metadata: {
        type: 'object',
        additionalProperties: { type: 'string', maxLength: 500 },
        nullable: true,
      },
      amount: { type: 'integer', minimum: 50, multipleOf: 5 },
      fee_rate: { type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 1 },
      currency: { type: 'string', pattern: '^[a-z]{3}$' },
      email: { type: 'string', format: 'email', nullable: true },
      website: { type: 'string', format: 'uri' },
      status: { type: 'string', enum: ['pending', 'active', 'canceled'] },
      // Expandable: an id, or the whole object; both orders appear, as in Stripe.
      owner:
        i % 2 === 0
          ? { anyOf: [{ type: 'string', maxLength: 5000 }, ref(other)] }
          : { anyOf: [ref(other), { type: 'string', maxLength: 5000 }], nullable: true },
      related: { anyOf: [ref(third), { type: 'string' }] },
      details: ref(`${name}_details`),
      settings: {
        allOf: [
          ref(`${name}_settings`),
          { type: 'object', properties: { extra: { type: 'boolean' } } },
        ],
      },
      parent: { allOf: [ref(name)], nullable: true },
      children: { type: 'array', items: ref(name) },
      event: ref(`${name}_event`),
      tags: {
        type: 'array',
        minItems: 2,
        uniqueItems: true,
        items: { type: 'string', enum: ['a', 'b', 'c'] },
      },
      tree: nested(8, i),
      created_at: { type: 'string', format: 'date-time' },
    },
  };
}

function partsOf(i: number): Record<string, Schema> {
  const name = `resource_${i}`;
  return {
    [`${name}_details`]: {
      type: 'object',
      required: ['line', 'nodes'],
      properties: {
        line: { type: 'string', minLength: 12 },
        nodes: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['value'],
            properties: {
              value: { type: 'number', minimum: -5, exclusiveMaximum: true, maximum: -1 },
            },
          },
        },
        address: ref(`${name}_address`),
        next: { allOf: [ref(`${name}_details`)], nullable: true },
      },
    },
    [`${name}_address`]: {
      type: 'object',
      required: ['line1', 'country'],
      properties: {
        line1: { type: 'string', maxLength: 5000 },
        postal_code: { type: 'string', pattern: '^\\d{5}(-\\d{4})?$' },
        country: { type: 'string', enum: ['US', 'DE', 'FR', 'JP'] },
        owner: { anyOf: [ref(name), { type: 'string' }], nullable: true },
      },
    },
    [`${name}_settings`]: {
      type: 'object',
      required: ['mode', 'limits'],
      properties: {
        mode: { type: 'string', enum: ['auto', 'manual'], default: 'auto' },
        limits: {
          type: 'array',
          items: { type: 'integer', minimum: 1, maximum: 10 },
          minItems: 3,
          maxItems: 5,
        },
        schedule: { oneOf: [{ type: 'string', format: 'date' }, { type: 'integer' }] },
      },
    },
    [`${name}_card_event`]: {
      type: 'object',
      required: ['type', 'last4'],
      properties: {
        type: { type: 'string', enum: ['card'] },
        last4: { type: 'string', pattern: '^\\d{4}$' },
      },
    },
    [`${name}_bank_event`]: {
      type: 'object',
      required: ['type', 'routing'],
      properties: {
        type: { type: 'string', enum: ['bank'] },
        routing: { type: 'string', minLength: 9, maxLength: 9, pattern: '^[0-9]+$' },
      },
    },
    [`${name}_event`]: {
      oneOf: [ref(`${name}_card_event`), ref(`${name}_bank_event`)],
      discriminator: {
        propertyName: 'type',
        mapping: {
          card: `#/components/schemas/${name}_card_event`,
          bank: `#/components/schemas/${name}_bank_event`,
        },
      },
    },
  };
}

/** Lists are inline in the response, as Stripe writes them. */
function listOf(name: string): Schema {
  return {
    type: 'object',
    required: ['object', 'data', 'has_more', 'url'],
    properties: {
      object: { type: 'string', enum: ['list'] },
      data: { type: 'array', items: ref(name) },
      has_more: { type: 'boolean' },
      url: { type: 'string', maxLength: 5000, pattern: '^/v1/' },
    },
  };
}

function operationsOf(i: number): Record<string, Schema> {
  const name = `resource_${i}`;
  const error = {
    description: 'Error response.',
    content: { 'application/json': { schema: ref('error') } },
  };
  const ok = (schema: Schema): Schema => ({
    '200': { description: 'Successful response.', content: { 'application/json': { schema } } },
    default: error,
  });
  const form = {
    required: true,
    content: {
      'application/x-www-form-urlencoded': {
        schema: {
          type: 'object',
          required: ['amount', 'currency'],
          properties: {
            amount: { type: 'integer', minimum: 50 },
            currency: { type: 'string', pattern: '^[a-z]{3}$' },
            description: { type: 'string', maxLength: 1000 },
          },
        },
      },
    },
  };
  const id = {
    name: 'id',
    in: 'path',
    required: true,
    schema: { type: 'string', maxLength: 5000 },
  };
  return {
    [`/v1/${name}`]: {
      get: {
        operationId: `Get${name}`,
        tags: [`group_${i % 12}`],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'created', in: 'query', required: i % 3 === 0, schema: { type: 'integer' } },
        ],
        responses: ok(listOf(name)),
      },
      post: {
        operationId: `Post${name}`,
        tags: [`group_${i % 12}`],
        requestBody: form,
        responses: ok(ref(name)),
      },
    },
    [`/v1/${name}/{id}`]: {
      get: {
        operationId: `Get${name}Id`,
        tags: [`group_${i % 12}`],
        parameters: [id],
        responses: ok(ref(name)),
      },
      post: {
        operationId: `Post${name}Id`,
        tags: [`group_${i % 12}`],
        parameters: [id],
        requestBody: form,
        responses: ok(ref(name)),
      },
    },
  };
}

/** `resources` (default 118) scales the spec down for tests: every resource has the same shape. */
export function stripeShapedSpec(resources = RESOURCES): Record<string, unknown> {
  const schemas: Record<string, Schema> = {
    error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['type', 'message'],
          properties: {
            type: { type: 'string', enum: ['api_error', 'card_error', 'invalid_request_error'] },
            message: { type: 'string', maxLength: 40000 },
            param: { type: 'string', nullable: true },
          },
        },
      },
    },
  };
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < resources; i++) {
    schemas[`resource_${i}`] = resourceSchema(i, resources);
    Object.assign(schemas, partsOf(i));
    Object.assign(paths, operationsOf(i));
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Stripe-shaped synthetic API', version: '2024-01-01' },
    servers: [{ url: 'https://api.example.com/' }],
    security: [{ basicAuth: [] }],
    components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } }, schemas },
    paths,
  };
}

/** Counts, to check the shape stays what the issue asks for. */
export const STRIPE_SHAPE = {
  operations: RESOURCES * 4,
  schemas: 1 + RESOURCES * (1 + PARTS.length),
};
