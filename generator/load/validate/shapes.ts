/**
 * The fields of each OpenAPI object we check: their JSON type and whether they are required.
 * Unknown fields are left alone here (only path items reject them, see paths.ts).
 */

export type FieldType = 'string' | 'boolean' | 'object' | 'array' | 'schema' | 'number';

export interface Shape {
  /** Name used in messages, e.g. "Operation". */
  name: string;
  fields: Record<string, FieldType>;
  required?: readonly string[];
  /** Required in OpenAPI 3.0 only. */
  required30?: readonly string[];
}

export type ShapeKind =
  | 'document'
  | 'info'
  | 'contact'
  | 'license'
  | 'server'
  | 'serverVariable'
  | 'components'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'header'
  | 'requestBody'
  | 'mediaType'
  | 'encoding'
  | 'response'
  | 'example'
  | 'link'
  | 'tag'
  | 'securityScheme'
  | 'externalDocs'
  | 'discriminator'
  | 'schema';

const parameterFields = {
  description: 'string',
  required: 'boolean',
  deprecated: 'boolean',
  allowEmptyValue: 'boolean',
  style: 'string',
  explode: 'boolean',
  allowReserved: 'boolean',
  schema: 'schema',
  examples: 'object',
  content: 'object',
} as const;

export const SHAPES: Record<ShapeKind, Shape> = {
  document: {
    name: 'OpenAPI document',
    fields: {
      openapi: 'string',
      info: 'object',
      jsonSchemaDialect: 'string',
      servers: 'array',
      paths: 'object',
      webhooks: 'object',
      components: 'object',
      security: 'array',
      tags: 'array',
      externalDocs: 'object',
    },
    required: ['openapi', 'info'],
    required30: ['paths'],
  },
  info: {
    name: 'Info',
    fields: {
      title: 'string',
      summary: 'string',
      description: 'string',
      termsOfService: 'string',
      contact: 'object',
      license: 'object',
      version: 'string',
    },
    required: ['title', 'version'],
  },
  contact: { name: 'Contact', fields: { name: 'string', url: 'string', email: 'string' } },
  license: {
    name: 'License',
    fields: { name: 'string', identifier: 'string', url: 'string' },
    required: ['name'],
  },
  server: {
    name: 'Server',
    fields: { url: 'string', description: 'string', variables: 'object' },
    required: ['url'],
  },
  serverVariable: {
    name: 'Server variable',
    fields: { enum: 'array', default: 'string', description: 'string' },
    required: ['default'],
  },
  components: {
    name: 'Components',
    fields: {
      schemas: 'object',
      responses: 'object',
      parameters: 'object',
      examples: 'object',
      requestBodies: 'object',
      headers: 'object',
      securitySchemes: 'object',
      links: 'object',
      callbacks: 'object',
      pathItems: 'object',
    },
  },
  pathItem: {
    name: 'Path item',
    fields: {
      $ref: 'string',
      summary: 'string',
      description: 'string',
      servers: 'array',
      parameters: 'array',
    },
  },
  operation: {
    name: 'Operation',
    fields: {
      tags: 'array',
      summary: 'string',
      description: 'string',
      externalDocs: 'object',
      operationId: 'string',
      parameters: 'array',
      requestBody: 'object',
      responses: 'object',
      callbacks: 'object',
      deprecated: 'boolean',
      security: 'array',
      servers: 'array',
    },
    required: ['responses'],
  },
  parameter: {
    name: 'Parameter',
    fields: { name: 'string', in: 'string', ...parameterFields },
    required: ['name', 'in'],
  },
  header: { name: 'Header', fields: parameterFields },
  requestBody: {
    name: 'Request body',
    fields: { description: 'string', content: 'object', required: 'boolean' },
    required: ['content'],
  },
  mediaType: {
    name: 'Media type',
    fields: { schema: 'schema', examples: 'object', encoding: 'object' },
  },
  encoding: {
    name: 'Encoding',
    fields: {
      contentType: 'string',
      headers: 'object',
      style: 'string',
      explode: 'boolean',
      allowReserved: 'boolean',
    },
  },
  response: {
    name: 'Response',
    fields: { description: 'string', headers: 'object', content: 'object', links: 'object' },
    required30: ['description'],
  },
  example: {
    name: 'Example',
    fields: { summary: 'string', description: 'string', externalValue: 'string' },
  },
  link: {
    name: 'Link',
    fields: {
      operationRef: 'string',
      operationId: 'string',
      parameters: 'object',
      description: 'string',
      server: 'object',
    },
  },
  tag: {
    name: 'Tag',
    fields: { name: 'string', description: 'string', externalDocs: 'object' },
    required: ['name'],
  },
  securityScheme: {
    name: 'Security scheme',
    fields: {
      type: 'string',
      description: 'string',
      name: 'string',
      in: 'string',
      scheme: 'string',
      bearerFormat: 'string',
      flows: 'object',
      openIdConnectUrl: 'string',
    },
    required: ['type'],
  },
  externalDocs: {
    name: 'External documentation',
    fields: { description: 'string', url: 'string' },
    required: ['url'],
  },
  discriminator: {
    name: 'Discriminator',
    fields: { propertyName: 'string', mapping: 'object' },
    required: ['propertyName'],
  },
  // Only the keywords later stages rely on; the rest of JSON Schema is not checked here.
  schema: {
    name: 'Schema',
    fields: {
      properties: 'object',
      required: 'array',
      allOf: 'array',
      anyOf: 'array',
      oneOf: 'array',
      enum: 'array',
      discriminator: 'object',
    },
  },
};
