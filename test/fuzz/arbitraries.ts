/**
 * fast-check arbitraries for the fuzzers: OpenAPI documents (mostly valid, with hostile names,
 * texts, data and nesting, then sometimes damaged) and HTTP requests aimed at a mock's routes.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COMPONENTS = ['C0', 'C1', 'C2', 'constructor', 'hasOwnProperty'];

const name = fc.oneof(
  fc.constantFrom(
    'id',
    'name',
    'constructor',
    'hasOwnProperty',
    '__proto__',
    'toString',
    '*/',
    'a b',
    'x-y',
    '$ref',
    'default',
    'ÿ',
    '名字',
  ),
  fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/),
  fc.string({ maxLength: 12 }),
);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '*/',
    '/*',
    '*/ /*',
    '<script>alert(1)</script>',
    '${x}',
    '`t`',
    '\u0000',
    '\u2028\u2029',
    '\\',
    '\'"',
    '-->',
    ']]>',
  ),
);

/** Any JSON, including `$ref`-looking objects that must stay data. */
const data: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    { $ref: '/etc/passwd' },
    { $ref: 'http://127.0.0.1:9/x' },
    { $ref: '../x.yaml' },
    { a: { $ref: '#/components/schemas/C0' } },
  ),
);

const scalarSchema = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }),
  fc.record(
    {
      type: fc.constant('string'),
      format: fc.constantFrom('date-time', 'uuid', 'email', 'binary', 'byte', 'weird'),
      pattern: fc.constantFrom('^[a-z]+$', '^\\d{3}$', '(', '.*'),
      minLength: fc.nat(5),
      maxLength: fc.nat(20),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    {
      type: fc.constantFrom('integer', 'number'),
      minimum: fc.integer({ min: -5, max: 5 }),
      maximum: fc.integer({ min: -5, max: 50 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({
    enum: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ const: data }),
  fc.record({ type: fc.constant(['string', 'null']) }),
  fc.record({
    $ref: fc.constantFrom(
      ...COMPONENTS.map((c) => `#/components/schemas/${c}`),
      '#/components/schemas/Missing',
    ),
  }),
);

const schema: fc.Arbitrary<Json> = fc.letrec<{ schema: Json }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarSchema as fc.Arbitrary<Json>,
    fc
      .record(
        {
          type: fc.constant('object'),
          properties: fc.dictionary(name, tie('schema'), { maxKeys: 4 }),
          additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
          description: text,
          example: data,
          default: data,
        },
        { requiredKeys: ['type', 'properties'] },
      )
      .chain((o) =>
        fc
          .subarray(Object.keys(o.properties as object))
          .map((required) => ({ ...o, required }) as Json),
      ),
    fc.record(
      { type: fc.constant('array'), items: tie('schema'), minItems: fc.nat(3) },
      { requiredKeys: ['type', 'items'] },
    ) as fc.Arbitrary<Json>,
    fc.record({
      oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Json>,
    fc.record({
      anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Json>,
    fc.record({
      allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Json>,
  ),
})).schema;

const media = (s: Json): fc.Arbitrary<Record<string, Json>> =>
  fc
    .subarray(
      [
        'application/json',
        'text/event-stream',
        'application/octet-stream',
        'text/plain',
        'multipart/form-data',
        'application/x-www-form-urlencoded',
      ],
      { minLength: 1, maxLength: 2 },
    )
    .chain((types) =>
      fc
        .tuple(...types.map(() => data))
        .map((examples) =>
          Object.fromEntries(types.map((t, i) => [t, { schema: s, example: examples[i]! }])),
        ),
    );

const operation = fc
  .record({
    operationId: fc.oneof(name, fc.constantFrom('op', 'op')),
    summary: text,
    description: text,
    tags: fc.array(name, { maxLength: 2 }),
    deprecated: fc.boolean(),
    query: fc.array(fc.tuple(name, scalarSchema), { maxLength: 3 }),
    header: fc.array(fc.tuple(name, scalarSchema), { maxLength: 2 }),
    body: fc.option(schema, { nil: undefined }),
    response: schema,
    statuses: fc.subarray(['200', '201', '204', '400', '404', '2XX', 'default'], { minLength: 1 }),
    bodyRequired: fc.boolean(),
  })
  .chain((o) =>
    fc
      .tuple(o.body === undefined ? fc.constant(undefined) : media(o.body), media(o.response))
      .map(([bodyContent, responseContent]) => {
        const parameters: Json[] = [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          ...o.query.map(([n, s]) => ({ name: n, in: 'query', schema: s as Json })),
          ...o.header.map(([n, s]) => ({ name: n, in: 'header', schema: s as Json })),
        ];
        const op: Record<string, Json> = {
          operationId: o.operationId,
          summary: o.summary,
          description: o.description,
          tags: o.tags,
          deprecated: o.deprecated,
          parameters,
          responses: Object.fromEntries(
            o.statuses.map((s) => [
              s,
              (s === '204'
                ? { description: 'none' }
                : { description: 'answer', content: responseContent }) as Json,
            ]),
          ),
        };
        if (bodyContent) op.requestBody = { required: o.bodyRequired, content: bodyContent };
        return op as Json;
      }),
  );

/** A small OpenAPI document; about one in four is damaged by replacing a random node with junk. */
export const openApiDocument: fc.Arbitrary<Json> = fc
  .record({
    version: fc.constantFrom('3.1.0', '3.0.3'),
    title: text,
    operations: fc.array(
      fc.tuple(fc.constantFrom('get', 'post', 'put', 'delete', 'patch'), operation),
      { minLength: 1, maxLength: 4 },
    ),
    components: fc.tuple(...COMPONENTS.map(() => schema)),
    junk: fc.option(
      fc.tuple(
        fc.nat(),
        fc.constantFrom<Json>(
          5,
          null,
          [],
          {},
          'x',
          true,
          { $ref: '#/x' },
          { $ref: 5 },
          { $ref: '../../out.yaml' },
          'string',
          [{ name: 'a', in: 'path' }],
        ),
      ),
      { freq: 3, nil: undefined },
    ),
  })
  .map(({ version, title, operations, components, junk }) => {
    const paths: Record<string, Json> = {};
    operations.forEach(([method, op], i) => {
      const path = `/r${i % 3}/{id}`;
      paths[path] = { ...((paths[path] as object) ?? {}), [method]: op };
    });
    // A copy: generated values share constant objects, and damage must not reach into them.
    const document = structuredClone({
      openapi: version,
      info: { title, version: '1' },
      servers: [{ url: 'https://api.example.com/v1' }],
      paths,
      components: { schemas: Object.fromEntries(COMPONENTS.map((c, i) => [c, components[i]!])) },
    }) as Json;
    if (junk) damage(document, junk[0], structuredClone(junk[1]));
    return document;
  });

function damage(document: Json, pick: number, junk: Json): void {
  const slots: [Record<string, Json>, string][] = [];
  const collect = (value: Json): void => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        slots.push([value, key]);
        collect(value[key]!);
      }
    } else if (Array.isArray(value)) value.forEach(collect);
  };
  collect(document);
  const [parent, key] = slots[pick % slots.length]!;
  parent[key] = junk;
}

export interface FuzzRoute {
  method: string;
  path: string;
}

/** Requests aimed at real routes (and near misses), with hostile paths, headers and bodies. */
export function httpRequest(routes: readonly FuzzRoute[]) {
  const deep = fc.nat({ max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    deep,
    fc
      .nat({ max: 5000 })
      .map((n) => `{"prompt":"x","extra":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
    fc.constantFrom(
      '',
      '{',
      'null',
      '{"model":',
      '\u0000',
      '--boundary\r\nContent-Disposition: form-data; name="file"\r\n\r\nxx',
      '{"__proto__":{"polluted":1}}',
    ),
  );
  const segment = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    fc.constantFrom('..', '%2e%2e', '%00', '%ZZ', '{id}', 'a%2Fb', '😀', ''),
  );
  return fc.record({
    route: fc.constantFrom(...routes),
    method: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
    ),
    segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
    query: fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), {
      maxLength: 3,
    }),
    contentType: fc.constantFrom(
      'application/json',
      'multipart/form-data; boundary=boundary',
      'multipart/form-data',
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
      'application/json; charset=utf-16',
    ),
    accept: fc.constantFrom('*/*', 'text/event-stream', 'application/json', 'image/png', ''),
    auth: fc.constantFrom('Bearer sk-test', '', 'Bearer ', 'Basic x'),
    prefer: fc.constantFrom('', 'example=nope', 'delay=abc', 'task=fail', 'code=99999'),
    body,
  });
}
