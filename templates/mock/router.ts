/** Path-template matching: literal segments beat parameters, and a path with no method match yields 405 + Allow. */
import type { ErrorDetail, MockOperation } from './types.js';
import { decodeText } from './coerce.js';

export interface Route {
  op: MockOperation;
  regex: RegExp;
  paramNames: string[];
  /** More literal characters = more specific. */
  literalLength: number;
}

export function compileRoute(op: MockOperation): Route {
  // Split on a capturing group: literals at even indices, parameter names at odd ones.
  const parts = op.path.split(/\{([^}]+)\}/);
  const literals = parts.filter((_, i) => i % 2 === 0);
  const paramNames = parts.filter((_, i) => i % 2 === 1);
  const source = literals.map(literalPattern).join('([^/]+)');
  const literalLength = literals.join('').length;
  return { op, regex: new RegExp(`^${source}/?$`), paramNames, literalLength };
}

/** Path characters a request carries as they are (the URL parser percent-encodes the rest). */
const AS_WRITTEN = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/;
const utf8 = new TextEncoder();

/**
 * A template's literal as a pattern: each character as written or, for one a client sends
 * percent-encoded (`/café` arrives as `/caf%C3%A9`, a space as `%20`), as its UTF-8 escapes in
 * either hex case.
 */
function literalPattern(literal: string): string {
  let out = '';
  for (const ch of literal) {
    const escaped = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (AS_WRITTEN.test(ch)) {
      out += escaped;
      continue;
    }
    let encoded = '';
    for (const byte of utf8.encode(ch)) {
      const hex = byte.toString(16).toUpperCase().padStart(2, '0');
      encoded += `%${hex.replace(/[A-F]/g, (x) => `[${x}${x.toLowerCase()}]`)}`;
    }
    out += `(?:${escaped}|${encoded})`;
  }
  return out;
}

/** The routes in the order they are tried (fewer parameters, then more literal characters, first). */
export interface RouteTable {
  list: Route[];
  /** Parameterless templates by `method path`: the common request is routed by one lookup. */
  exact: Map<string, Route>;
}

export function compileRoutes(ops: MockOperation[]): RouteTable {
  const list = ops
    .map(compileRoute)
    .sort((a, b) => a.paramNames.length - b.paramNames.length || b.literalLength - a.literalLength);
  const exact = new Map<string, Route>();
  for (const r of list) {
    const key = `${r.op.method} ${r.op.path}`;
    if (r.paramNames.length === 0 && !exact.has(key)) exact.set(key, r);
  }
  return { list, exact };
}

/** The operation whose path shares the longest prefix with `path` (its error shape answers a 404). */
export function nearestOperation(routes: Route[], path: string): MockOperation | undefined {
  let best: MockOperation | undefined;
  let bestLength = -1;
  for (const { op } of routes) {
    let i = 0;
    while (i < op.path.length && op.path[i] === path[i] && op.path[i] !== '{') i++;
    if (i > bestLength) [best, bestLength] = [op, i];
  }
  return best;
}

/** The route stage's outcome: the operation, or a 404/405 with the operation lending its error shape. */
export type Routed =
  | { op: MockOperation; params: Record<string, string>; rawParams: Record<string, string> }
  | { failure: ErrorDetail; shape: MockOperation | undefined; matched: boolean };

/** Strips the base path and matches the route table (the one the MSW handlers register). */
export function routeRequest(
  routes: RouteTable,
  basePath: string,
  method: string,
  rawPath: string,
): Routed {
  const unknown = (message: string): Routed => ({
    failure: { status: 404, message, code: 'unknown_url', param: null },
    shape: nearestOperation(routes.list, path),
    matched: false,
  });
  let path = rawPath;
  if (basePath) {
    if (path !== basePath && !path.startsWith(`${basePath}/`))
      return unknown(`Unknown path ${rawPath}: every route of this API starts with ${basePath}.`);
    path = path.slice(basePath.length) || '/';
  }
  // The method is compared first: only its own routes' patterns are tried.
  const find = (m: string): Route | undefined =>
    routes.exact.get(`${m} ${path}`) ??
    routes.list.find((r) => r.op.method === m && r.regex.test(path));
  const pick = find(method) ?? (method === 'head' ? find('get') : undefined);
  if (pick) {
    const m = pick.regex.exec(path)!;
    const params: Record<string, string> = {};
    const rawParams: Record<string, string> = {};
    pick.paramNames.forEach((name, i) => {
      rawParams[name] = m[i + 1]!;
      params[name] = decodeText(m[i + 1]!);
    });
    return { op: pick.op, params, rawParams };
  }
  const hits = routes.list.filter((r) => r.regex.test(path));
  const verb = method.toUpperCase();
  if (hits.length === 0) return unknown(`Unknown path: ${verb} ${rawPath}`);
  // Methods declared on the most specific matching template.
  const top = hits[0]!.op;
  const methods = hits.filter((r) => r.op.path === top.path).map((r) => r.op.method.toUpperCase());
  if (methods.includes('GET')) methods.push('HEAD');
  const allow = [...new Set(methods)].sort().join(', ');
  return {
    failure: {
      status: 405,
      message: `Method ${verb} is not allowed on ${rawPath}; allowed: ${allow}`,
      code: 'method_not_allowed',
      param: null,
      headers: [['allow', allow]],
    },
    shape: top,
    matched: true,
  };
}
