/**
 * The OpenAPI 3.1 document openapi-typescript reads, printed from the IR: every `$ref` points at
 * `#/components/schemas/…` of this same document (fully bundled), and it carries no examples,
 * defaults or extensions, so no spec data reaches third-party code and nothing third-party resolves
 * a reference into the spec's files.
 */
import type { ApiIr, ContentIr, Json, OperationIr, ResponseIr } from '../../ir/types.js';
import { toJsonSchema, type JsonSchemaOptions } from '../../ir/json-schema.js';

type JsonObject = { [key: string]: Json };

// Discriminators are left out: the named types already carry each variant's tag.
const SCHEMA_OPTIONS: JsonSchemaOptions = {
  refPrefix: '#/components/schemas/',
  examples: false,
  extensions: false,
  discriminator: false,
};

function content(contents: ContentIr[]): JsonObject {
  const out: JsonObject = {};
  for (const c of contents)
    out[c.mediaType] = c.schema ? { schema: toJsonSchema(c.schema, SCHEMA_OPTIONS) as Json } : {};
  return out;
}

function response(r: ResponseIr): JsonObject {
  const out: JsonObject = { description: r.description };
  if (r.headers.length > 0) {
    const headers: JsonObject = {};
    for (const h of r.headers)
      headers[h.name] = {
        required: h.required,
        schema: toJsonSchema(h.schema, SCHEMA_OPTIONS) as Json,
      };
    out.headers = headers;
  }
  if (r.contents.length > 0) out.content = content(r.contents);
  return out;
}

function operation(op: OperationIr): JsonObject {
  const out: JsonObject = { operationId: op.operationId };
  if (op.summary !== undefined) out.summary = op.summary;
  if (op.description !== undefined) out.description = op.description;
  if (op.deprecated) out.deprecated = true;
  if (op.parameters.length > 0) {
    out.parameters = op.parameters.map((p) => {
      const param: JsonObject = {
        name: p.name,
        in: p.in,
        required: p.required,
        schema: toJsonSchema(p.schema, SCHEMA_OPTIONS) as Json,
      };
      if (p.description !== undefined) param.description = p.description;
      if (p.deprecated) param.deprecated = true;
      return param;
    });
  }
  if (op.requestBody) {
    out.requestBody = {
      required: op.requestBody.required,
      content: content(op.requestBody.contents),
    };
  }
  const responses: JsonObject = {};
  for (const r of op.responses) responses[r.status] = response(r);
  out.responses = responses;
  return out;
}

export function typesDocument(ir: ApiIr): JsonObject {
  const paths: { [path: string]: JsonObject } = {};
  for (const op of ir.operations) (paths[op.path] ??= {})[op.method] = operation(op);
  const schemas: JsonObject = {};
  for (const named of ir.schemas)
    schemas[named.name] = toJsonSchema(named.schema, SCHEMA_OPTIONS) as Json;
  return {
    openapi: '3.1.0',
    info: { title: ir.info.title, version: ir.info.version },
    paths,
    components: { schemas },
  };
}
