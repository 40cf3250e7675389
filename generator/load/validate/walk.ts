/**
 * One traversal of the bundled document that knows what kind of OpenAPI object sits where. It
 * checks each object's field types and required fields (shapes.ts) and hands every object to the
 * rules' hooks. A `$ref` is not followed: its target is visited where it lives (components).
 */
import { hasOwn, isObject, parsePointer, type Tokens } from '../pointer.js';
import { isRefObject } from '../resolver.js';
import type { JsonObject, JsonValue } from '../types.js';
import type { RuleProblem, ValidationContext } from './context.js';
import { SHAPES, type FieldType, type ShapeKind } from './shapes.js';

import { HTTP_METHODS } from '../../util/http-methods.js';
import {
  SUBSCHEMA_LISTS,
  SUBSCHEMA_MAPS,
  SUBSCHEMA_SINGLES,
} from '../../util/subschema-keywords.js';

type Visit = (value: JsonObject, at: Tokens) => void;

export interface OperationSite {
  /** The path template when the operation sits directly under `paths`. */
  path?: string;
  method: string;
  pathItem: JsonObject;
  pathItemAt: Tokens;
}

/** Hooks a rule may implement; each gets the object and its tokens in the bundled document. */
export interface Rule {
  document?(document: JsonObject): void;
  pathItem?(item: JsonObject, at: Tokens, path: string | undefined): void;
  operation?(operation: JsonObject, at: Tokens, site: OperationSite): void;
  parameter?(parameter: JsonObject, at: Tokens): void;
  responses?(responses: JsonObject, at: Tokens): void;
  response?(response: JsonObject, at: Tokens): void;
  content?(content: JsonObject, at: Tokens): void;
  schema?(schema: JsonObject, at: Tokens): void;
  securityRequirement?(requirement: JsonObject, at: Tokens): void;
  /** Called once after the whole document was visited. */
  finish?(): void;
}

/**
 * A watch session's walks of `components/schemas` entries, by name: an entry met again (the very
 * same object, same version) reports what its walk reported. Only walks that read nothing outside
 * their entry are kept (no rule followed a ref), so replaying one is what walking it again gives.
 */
export interface WalkReuse {
  version?: string;
  schemas: Map<string, { value: JsonObject; problems: RuleProblem[] }>;
}

export function createWalkReuse(): WalkReuse {
  return { schemas: new Map() };
}

export function walkDocument(context: ValidationContext, rules: Rule[], reuse?: WalkReuse): void {
  const walker = new Walker(context, rules, reuse);
  walker.document(context.document);
  for (const rule of rules) rule.finish?.();
  if (reuse) {
    reuse.version = context.version;
    reuse.schemas = walker.walked;
  }
}

class Walker {
  /** This walk's `components/schemas` entries for `reuse` (see WalkReuse). */
  readonly walked = new Map<string, { value: JsonObject; problems: RuleProblem[] }>();
  private readonly known: WalkReuse['schemas'] | undefined;

  constructor(
    private readonly context: ValidationContext,
    private readonly rules: Rule[],
    reuse?: WalkReuse,
  ) {
    this.known = reuse?.version === context.version ? reuse.schemas : undefined;
  }

  /** A `components/schemas` entry: walked, or its last walk's problems reported again. */
  private componentSchema(schema: JsonObject, at: Tokens): void {
    const name = at[at.length - 1]!;
    const known = this.known?.get(name);
    if (known?.value === schema) {
      for (const problem of known.problems) this.context.report(problem);
      this.walked.set(name, known);
      return;
    }
    const context = this.context;
    const { report, deref } = context;
    const problems: RuleProblem[] = [];
    let outside = false;
    context.report = (problem) => {
      problems.push(problem);
      report(problem);
    };
    context.deref = (value) => {
      outside = true;
      return deref(value);
    };
    try {
      this.schema(schema, at);
    } finally {
      context.report = report;
      context.deref = deref;
    }
    if (!outside) this.walked.set(name, { value: schema, problems });
  }

  document(document: JsonObject): void {
    this.checkShape('document', document, []);
    for (const rule of this.rules) rule.document?.(document);
    this.field(document, [], 'info', (info, at) => {
      this.checkShape('info', info, at);
      this.field(info, at, 'contact', (value, a) => this.checkShape('contact', value, a));
      this.field(info, at, 'license', (value, a) => this.checkShape('license', value, a));
    });
    this.servers(document, []);
    this.field(document, [], 'externalDocs', (value, at) =>
      this.checkShape('externalDocs', value, at),
    );
    this.list(document, [], 'tags', (tag, at) => {
      this.checkShape('tag', tag, at);
      this.field(tag, at, 'externalDocs', (value, a) => this.checkShape('externalDocs', value, a));
    });
    this.securityRequirements(document, []);
    this.paths(document);
    this.map(document, [], 'webhooks', (item, at) => this.pathItem(item, at, undefined));
    this.field(document, [], 'components', (components, at) => this.components(components, at));
  }

  private paths(document: JsonObject): void {
    const paths = document.paths;
    if (!isObject(paths)) return;
    for (const path of Object.keys(paths)) {
      if (path.startsWith('x-')) continue;
      const item = paths[path];
      const at = ['paths', path];
      if (!this.expect(item, 'object', at, `Path item "${path}"`)) continue;
      if (!isRefObject(item)) {
        this.pathItem(item as JsonObject, at, path);
        continue;
      }
      // A path item kept as an internal ref (to components/pathItems): check it against this path.
      const target = this.context.deref(item);
      const targetAt = parsePointer(item.$ref);
      if (isObject(target) && targetAt) this.pathItem(target, targetAt, path);
    }
  }

  private components(components: JsonObject, at: Tokens): void {
    this.checkShape('components', components, at);
    this.map(components, at, 'schemas', (schema, a) => this.componentSchema(schema, a), 'schema');
    this.map(components, at, 'responses', (response, a) => this.response(response, a));
    this.map(components, at, 'parameters', (parameter, a) => this.parameter(parameter, a));
    this.map(components, at, 'examples', (example, a) => this.checkShape('example', example, a));
    this.map(components, at, 'requestBodies', (body, a) => this.requestBody(body, a));
    this.map(components, at, 'headers', (header, a) => this.header(header, a));
    this.map(components, at, 'securitySchemes', (scheme, a) =>
      this.checkShape('securityScheme', scheme, a),
    );
    this.map(components, at, 'links', (link, a) => this.checkShape('link', link, a));
    this.map(components, at, 'callbacks', (callback, a) => this.callback(callback, a));
    this.map(components, at, 'pathItems', (item, a) => this.pathItem(item, a, undefined));
  }

  private pathItem(item: JsonObject, at: Tokens, path: string | undefined): void {
    this.checkShape('pathItem', item, at);
    for (const rule of this.rules) rule.pathItem?.(item, at, path);
    this.servers(item, at);
    this.list(item, at, 'parameters', (parameter, a) => this.parameter(parameter, a));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const operationAt = [...at, method];
      if (!this.expect(operation, 'object', operationAt, `Operation "${method}"`)) continue;
      this.operation(operation as JsonObject, operationAt, {
        path,
        method,
        pathItem: item,
        pathItemAt: at,
      });
    }
  }

  private operation(operation: JsonObject, at: Tokens, site: OperationSite): void {
    this.checkShape('operation', operation, at);
    for (const rule of this.rules) rule.operation?.(operation, at, site);
    this.field(operation, at, 'externalDocs', (value, a) =>
      this.checkShape('externalDocs', value, a),
    );
    this.list(operation, at, 'parameters', (parameter, a) => this.parameter(parameter, a));
    this.field(operation, at, 'requestBody', (body, a) => this.requestBody(body, a));
    this.field(operation, at, 'responses', (responses, a) => {
      for (const rule of this.rules) rule.responses?.(responses, a);
      for (const status of Object.keys(responses)) {
        if (status.startsWith('x-')) continue;
        const response = responses[status];
        const responseAt = [...a, status];
        if (this.expect(response, 'object', responseAt, `Response "${status}"`))
          this.response(response as JsonObject, responseAt);
      }
    });
    this.map(operation, at, 'callbacks', (callback, a) => this.callback(callback, a));
    this.securityRequirements(operation, at);
    this.servers(operation, at);
  }

  private callback(callback: JsonObject, at: Tokens): void {
    for (const expression of Object.keys(callback)) {
      const item = callback[expression];
      if (expression.startsWith('x-') || !isObject(item) || isRefObject(item)) continue;
      this.pathItem(item, [...at, expression], undefined);
    }
  }

  private parameter(parameter: JsonObject, at: Tokens): void {
    this.checkShape('parameter', parameter, at);
    for (const rule of this.rules) rule.parameter?.(parameter, at);
    this.parameterLike(parameter, at);
  }

  private header(header: JsonObject, at: Tokens): void {
    this.checkShape('header', header, at);
    this.parameterLike(header, at);
  }

  private parameterLike(parameter: JsonObject, at: Tokens): void {
    this.field(parameter, at, 'schema', (schema, a) => this.schema(schema, a));
    this.map(parameter, at, 'examples', (example, a) => this.checkShape('example', example, a));
    this.content(parameter, at);
  }

  private requestBody(body: JsonObject, at: Tokens): void {
    this.checkShape('requestBody', body, at);
    this.content(body, at);
  }

  private response(response: JsonObject, at: Tokens): void {
    this.checkShape('response', response, at);
    for (const rule of this.rules) rule.response?.(response, at);
    this.map(response, at, 'headers', (header, a) => this.header(header, a));
    this.content(response, at);
    this.map(response, at, 'links', (link, a) => this.checkShape('link', link, a));
  }

  private content(owner: JsonObject, at: Tokens): void {
    const content = owner.content;
    if (!isObject(content)) return;
    const contentAt = [...at, 'content'];
    for (const rule of this.rules) rule.content?.(content, contentAt);
    for (const mediaType of Object.keys(content)) {
      const media = content[mediaType];
      const mediaAt = [...contentAt, mediaType];
      if (!this.expect(media, 'object', mediaAt, `Media type "${mediaType}"`)) continue;
      const mediaObject = media as JsonObject;
      this.checkShape('mediaType', mediaObject, mediaAt);
      this.field(mediaObject, mediaAt, 'schema', (schema, a) => this.schema(schema, a));
      this.map(mediaObject, mediaAt, 'examples', (example, a) =>
        this.checkShape('example', example, a),
      );
      this.map(mediaObject, mediaAt, 'encoding', (encoding, a) => {
        this.checkShape('encoding', encoding, a);
        this.map(encoding, a, 'headers', (header, h) => this.header(header, h));
      });
    }
  }

  /** One closure for every subschema visit (a schema has some twenty keywords to look at). */
  private readonly visitSchema: Visit = (schema, at) => this.schema(schema, at);

  private schema(schema: JsonObject, at: Tokens): void {
    this.checkShape('schema', schema, at);
    for (const rule of this.rules) rule.schema?.(schema, at);
    this.field(schema, at, 'discriminator', (value, a) =>
      this.checkShape('discriminator', value, a),
    );
    for (const key of SUBSCHEMA_MAPS) this.map(schema, at, key, this.visitSchema, 'schema');
    for (const key of SUBSCHEMA_LISTS) this.list(schema, at, key, this.visitSchema, 'schema');
    for (const key of SUBSCHEMA_SINGLES) {
      const sub = schema[key];
      if (Array.isArray(sub)) this.list(schema, at, key, this.visitSchema, 'schema');
      else this.field(schema, at, key, this.visitSchema);
    }
  }

  private servers(owner: JsonObject, at: Tokens): void {
    this.list(owner, at, 'servers', (server, a) => {
      this.checkShape('server', server, a);
      this.map(server, a, 'variables', (variable, v) =>
        this.checkShape('serverVariable', variable, v),
      );
    });
  }

  private securityRequirements(owner: JsonObject, at: Tokens): void {
    this.list(owner, at, 'security', (requirement, a) => {
      for (const rule of this.rules) rule.securityRequirement?.(requirement, a);
    });
  }

  // ─── helpers ───

  /** Visits `owner[key]` when it is an object that is not a ref. */
  private field(owner: JsonObject, at: Tokens, key: string, visit: Visit): void {
    const value = owner[key];
    if (isObject(value) && hasOwn(owner, key) && !isRefObject(value)) visit(value, [...at, key]);
  }

  /** Visits each entry of the map `owner[key]` that is an object and not a ref; `type` is what entries must be. */
  private map(owner: JsonObject, at: Tokens, key: string, visit: Visit, type?: FieldType): void {
    const map = owner[key];
    if (!isObject(map) || !hasOwn(owner, key)) return;
    for (const name of Object.keys(map))
      this.member(map[name], [...at, key, name], key, name, visit, type);
  }

  /** Visits each item of the array `owner[key]` that is an object and not a ref; `type` is what items must be. */
  private list(owner: JsonObject, at: Tokens, key: string, visit: Visit, type?: FieldType): void {
    const list = owner[key];
    if (!Array.isArray(list) || !hasOwn(owner, key)) return;
    for (let index = 0; index < list.length; index++)
      this.member(list[index], [...at, key, String(index)], key, index, visit, type);
  }

  /**
   * One entry (`name`) or item (`index`) of `key`: reported unless of `type`, visited when an
   * object and not a ref. Its description is written only for a report.
   */
  private member(
    value: JsonValue | undefined,
    at: Tokens,
    key: string,
    entry: string | number,
    visit: Visit,
    type: FieldType = 'object',
  ): void {
    if (!matchesType(value, type, this.context.version)) {
      const what =
        typeof entry === 'number' ? `Item ${entry} of "${key}"` : `"${entry}" in "${key}"`;
      this.expect(value, type, at, what);
      return;
    }
    if (isObject(value) && !isRefObject(value)) visit(value, at);
  }

  private expect(value: JsonValue | undefined, type: FieldType, at: Tokens, what: string): boolean {
    if (matchesType(value, type, this.context.version)) return true;
    this.context.report({
      code: 'type-invalid',
      at,
      message: `${what} must be ${describeType(type)}, not ${describeValue(value)}.`,
      hint: typeHint(type),
    });
    return false;
  }

  private checkShape(kind: ShapeKind, value: JsonObject, at: Tokens): void {
    const shape = SHAPES[kind];
    const required =
      this.context.version === '3.0' && shape.required30
        ? [...(shape.required ?? []), ...shape.required30]
        : (shape.required ?? []);
    for (const field of required) {
      if (!hasOwn(value, field)) {
        this.context.report({
          code: 'field-required',
          at,
          message: `${shape.name} is missing the required field "${field}".`,
          hint: `Add "${field}" (OpenAPI ${this.context.version}).`,
        });
      }
    }
    for (const field in shape.fields) {
      if (!hasOwn(value, field)) continue;
      const type = shape.fields[field]!;
      const fieldValue = value[field];
      if (!matchesType(fieldValue, type, this.context.version)) {
        this.context.report({
          code: 'type-invalid',
          at: [...at, field],
          message: `${shape.name} field "${field}" must be ${describeType(type)}, not ${describeValue(fieldValue)}.`,
          hint: typeHint(type),
        });
      }
    }
  }
}

function matchesType(
  value: JsonValue | undefined,
  type: FieldType,
  version: '3.0' | '3.1',
): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'schema':
      // JSON Schema 2020-12 (OpenAPI 3.1) also allows `true` and `false` as schemas.
      return isObject(value) || (version === '3.1' && typeof value === 'boolean');
  }
}

function typeHint(type: FieldType): string {
  switch (type) {
    case 'object':
      return 'Write a map (indented "key: value" lines).';
    case 'array':
      return 'Write a list ("- item" lines, or [a, b]).';
    case 'string':
      return 'Write a string (quote it if it looks like a number, boolean or list).';
    default:
      return `Write ${describeType(type)}.`;
  }
}

function describeType(type: FieldType): string {
  switch (type) {
    case 'object':
      return 'a map';
    case 'array':
      return 'a list';
    case 'schema':
      return 'a schema object';
    default:
      return `a ${type}`;
  }
}

export function describeValue(value: JsonValue | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `the ${typeof value} ${String(value)}`;
}
