/** Operations by operationId, and what inputs each takes (for rules that name an operation's parameter). */
import { isObject, type Tokens } from '../../../pointer.js';
import type { JsonObject, JsonValue } from '../../../types.js';
import type { ValidationContext } from '../../context.js';
import type { OperationSite } from '../../walk.js';

export interface IndexedOperation {
  operation: JsonObject;
  at: Tokens;
  site: OperationSite;
}

export class OperationIndex {
  private readonly byId = new Map<string, IndexedOperation>();

  constructor(private readonly context: ValidationContext) {}

  add(operation: JsonObject, at: Tokens, site: OperationSite): void {
    const id = operation.operationId;
    if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, { operation, at, site });
  }

  get(id: string): IndexedOperation | undefined {
    return this.byId.get(id);
  }

  /** Does the operation take `name` as a path/query parameter or a top-level body property? */
  takesInput(entry: IndexedOperation, name: string): boolean {
    const parameters = [
      ...listOf(entry.site.pathItem.parameters),
      ...listOf(entry.operation.parameters),
    ];
    for (const item of parameters) {
      const parameter = this.context.deref(item);
      if (
        isObject(parameter) &&
        parameter.name === name &&
        (parameter.in === 'path' || parameter.in === 'query')
      )
        return true;
    }
    const body = this.context.deref(entry.operation.requestBody);
    const content = isObject(body) && isObject(body.content) ? body.content : {};
    return Object.values(content).some(
      (media) => isObject(media) && this.propertySchema(media.schema, name) !== undefined,
    );
  }

  /** The operation's responses by status key, their `$ref`s followed. */
  responses(entry: IndexedOperation): [string, JsonObject][] {
    const responses = entry.operation.responses;
    if (!isObject(responses)) return [];
    return Object.entries(responses).flatMap(([status, value]): [string, JsonObject][] => {
      const response = this.context.deref(value);
      return isObject(response) ? [[status, response]] : [];
    });
  }

  /** The schema of top-level property `name` of `schema` (refs and allOf members followed). */
  propertySchema(schema: JsonValue | undefined, name: string, depth = 0): JsonValue | undefined {
    const resolved = this.context.deref(schema);
    if (!isObject(resolved) || depth > 16) return undefined;
    if (
      isObject(resolved.properties) &&
      Object.prototype.hasOwnProperty.call(resolved.properties, name)
    ) {
      return this.context.deref(resolved.properties[name]);
    }
    for (const part of listOf(resolved.allOf)) {
      const found = this.propertySchema(part, name, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

function listOf(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
