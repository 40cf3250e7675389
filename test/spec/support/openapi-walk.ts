/** Small helpers to walk a bundled OpenAPI document by JSON pointer. */

export type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(pointer: string, ...segments: Array<string | number>): string {
  return pointer + segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function valueAt(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

export interface Located<T = unknown> {
  node: T;
  pointer: string;
}

/** Follows local `$ref`s (`#/...`) until a node without one; external refs are left as they are. */
export function resolveLocal(doc: unknown, node: unknown, pointer: string): Located {
  const seen = new Set<string>();
  let current: Located = { node, pointer };
  while (isObject(current.node) && typeof current.node['$ref'] === 'string' && current.node['$ref'].startsWith('#')) {
    const target = decodeURIComponent(current.node['$ref'].slice(1));
    if (seen.has(target)) throw new Error(`$ref cycle at ${pointer}`);
    seen.add(target);
    current = { node: valueAt(doc, target), pointer: target };
  }
  return current;
}

export interface OperationRef {
  path: string;
  method: string;
  pointer: string;
  operation: JsonObject;
  /** Path-level parameters (resolved path item), for callers that merge them. */
  pathItem: JsonObject;
  pathItemPointer: string;
}

/** Every operation under `paths`, in document order. */
export function listOperations(doc: JsonObject): OperationRef[] {
  const out: OperationRef[] = [];
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveLocal(doc, rawItem, childPointer('/paths', path));
    if (!isObject(item.node)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item.node[method];
      if (!isObject(operation)) continue;
      out.push({
        path,
        method,
        pointer: childPointer(item.pointer, method),
        operation,
        pathItem: item.node,
        pathItemPointer: item.pointer,
      });
    }
  }
  return out;
}
