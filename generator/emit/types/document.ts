/**
 * The OpenAPI 3.1 document openapi-typescript reads, printed from the IR: every `$ref` points at
 * `#/components/schemas/…` of this same document (fully bundled), and it carries no examples,
 * defaults or extensions, so no spec data reaches third-party code and nothing third-party resolves
 * a reference into the spec's files.
 *
 * Parameters and request bodies are written as a request sends them, responses as they come back
 * (ir/directions.ts): a property that does not travel that way is left out, and a component whose
 * shape differs there is referred to as `#/requestSchemas/…` / `#/responseSchemas/…`, which
 * openapi-typescript prints as an index into schema.ts's map of that name (`requestSchemas['Pet']`,
 * that is `PetInput`). Those pointers are never resolved: only refs in `allOf` with an outer
 * `required` are, and the IR's JSON Schema writes none.
 */
import type {
  ApiIr,
  ContentIr,
  Json,
  OperationIr,
  ParameterIr,
  ResponseIr,
  SchemaIr,
} from '../../ir/types.js';
import { toJsonSchema, type JsonSchemaOptions } from '../../ir/json-schema.js';
import { directedTypeName, type Direction } from '../../ir/directions.js';

type JsonObject = { [key: string]: Json };

// Discriminators are left out: the named types already carry each variant's tag.
const SCHEMA_OPTIONS: JsonSchemaOptions = {
  refPrefix: '#/components/schemas/',
  examples: false,
  extensions: false,
  discriminator: false,
};

const COMPONENT_REF = SCHEMA_OPTIONS.refPrefix!;
const HIDDEN: Record<Direction, 'readOnly' | 'writeOnly'> = {
  request: 'readOnly',
  response: 'writeOnly',
};

/** Writes schemas as they travel in one direction (see the module comment). */
type Directed = (schema: SchemaIr) => Json;

function directedSchemas(ir: ApiIr, direction: Direction): Directed {
  // Ref tokens (escaped as in the pointer) of the components whose shape differs in `direction`.
  const differing = new Set<string>();
  for (const named of ir.schemas)
    if (directedTypeName(named, direction) !== named.typeName)
      differing.add(named.name.replace(/~/g, '~0').replace(/\//g, '~1'));
  const hidden = HIDDEN[direction];
  const prefix = `#/${direction}Schemas/`;
  const isObject = (v: Json | undefined): v is JsonObject =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  // Only the keywords the IR's JSON Schema nests schemas under (json-schema.ts). A schema nothing
  // changes in comes back as it was (most do: the walk then allocates nothing).
  const walk = (s: Json): Json => {
    if (!isObject(s)) return s;
    let out: JsonObject | undefined;
    const set = (key: string, value: Json): void => {
      if (value !== s[key]) (out ??= { ...s })[key] = value;
    };
    if (typeof s.$ref === 'string' && differing.has(s.$ref.slice(COMPONENT_REF.length)))
      set('$ref', prefix + s.$ref.slice(COMPONENT_REF.length));
    const properties = s.properties;
    if (isObject(properties)) {
      const entries = Object.entries(properties);
      const kept = entries.filter(([, p]) => !(isObject(p) && p[hidden]));
      const walked = kept.map(([name, p]) => [name, walk(p)] as const);
      if (kept.length < entries.length || walked.some(([name, p]) => p !== properties[name]))
        set('properties', Object.fromEntries(walked));
    }
    if (s.items !== undefined) set('items', walk(s.items));
    if (isObject(s.additionalProperties)) set('additionalProperties', walk(s.additionalProperties));
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = s[key];
      if (!Array.isArray(list)) continue;
      const walked = list.map(walk);
      if (walked.some((v, i) => v !== list[i])) set(key, walked);
    }
    return out ?? s;
  };
  // `direction` also drops a hidden property from `required`.
  const options = { ...SCHEMA_OPTIONS, direction };
  return (schema) => walk(toJsonSchema(schema, options) as Json);
}

function content(contents: ContentIr[], schema: Directed): JsonObject {
  const out: JsonObject = {};
  for (const c of contents) out[c.mediaType] = c.schema ? { schema: schema(c.schema) } : {};
  return out;
}

function response(r: ResponseIr, schema: Directed): JsonObject {
  const out: JsonObject = { description: r.description };
  if (r.headers.length > 0) {
    const headers: JsonObject = {};
    for (const h of r.headers) headers[h.name] = { required: h.required, schema: schema(h.schema) };
    out.headers = headers;
  }
  if (r.contents.length > 0) out.content = content(r.contents, schema);
  return out;
}

interface DirectedSchemas {
  request: Directed;
  response: Directed;
}

function parameter(p: ParameterIr, directed: DirectedSchemas): JsonObject {
  const param: JsonObject = {
    name: p.name,
    in: p.in,
    required: p.required,
    schema: directed.request(p.schema),
  };
  if (p.description !== undefined) param.description = p.description;
  if (p.deprecated) param.deprecated = true;
  return param;
}

function operation(op: OperationIr, directed: DirectedSchemas): JsonObject {
  const out: JsonObject = { operationId: op.operationId };
  if (op.summary !== undefined) out.summary = op.summary;
  if (op.description !== undefined) out.description = op.description;
  if (op.deprecated) out.deprecated = true;
  if (op.parameters.length > 0) out.parameters = op.parameters.map((p) => parameter(p, directed));
  if (op.requestBody) {
    out.requestBody = {
      required: op.requestBody.required,
      content: content(op.requestBody.contents, directed.request),
    };
  }
  const responses: JsonObject = {};
  for (const r of op.responses) responses[r.status] = response(r, directed.response);
  out.responses = responses;
  return out;
}

export function typesDocument(ir: ApiIr): JsonObject {
  const paths: { [path: string]: JsonObject } = {};
  const directed = {
    request: directedSchemas(ir, 'request'),
    response: directedSchemas(ir, 'response'),
  };
  // The path item's own parameters, as its operations received them (an operation's override
  // drops the mark): openapi-typescript types them as the path item's `parameters`.
  const shared = new Map<string, Map<string, ParameterIr>>();
  for (const op of ir.operations) {
    (paths[op.path] ??= {})[op.method] = operation(op, directed);
    for (const p of op.parameters) {
      if (!p.pathItem) continue;
      const list = shared.get(op.path) ?? new Map<string, ParameterIr>();
      shared.set(op.path, list);
      if (!list.has(`${p.in}:${p.name}`)) list.set(`${p.in}:${p.name}`, p);
    }
  }
  for (const [path, list] of shared)
    paths[path] = {
      parameters: [...list.values()].map((p) => parameter(p, directed)),
      ...paths[path],
    };
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
