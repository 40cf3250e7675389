"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileRoute = compileRoute;
exports.compileRoutes = compileRoutes;
exports.nearestOperation = nearestOperation;
exports.routeRequest = routeRequest;
const coerce_js_1 = require("./coerce.js");
function compileRoute(op) {
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
function literalPattern(literal) {
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
function compileRoutes(ops) {
    const list = ops
        .map(compileRoute)
        .sort((a, b) => a.paramNames.length - b.paramNames.length || b.literalLength - a.literalLength);
    const exact = new Map();
    for (const r of list) {
        const key = `${r.op.method} ${r.op.path}`;
        if (r.paramNames.length === 0 && !exact.has(key))
            exact.set(key, r);
    }
    return { list, exact };
}
/** The operation whose path shares the longest prefix with `path` (its error shape answers a 404). */
function nearestOperation(routes, path) {
    let best;
    let bestLength = -1;
    for (const { op } of routes) {
        let i = 0;
        while (i < op.path.length && op.path[i] === path[i] && op.path[i] !== '{')
            i++;
        if (i > bestLength)
            [best, bestLength] = [op, i];
    }
    return best;
}
/** Strips the base path and matches the route table (the one the MSW handlers register). */
function routeRequest(routes, basePath, method, rawPath) {
    const unknown = (message) => ({
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
    const find = (m) => routes.exact.get(`${m} ${path}`) ??
        routes.list.find((r) => r.op.method === m && r.regex.test(path));
    const pick = find(method) ?? (method === 'head' ? find('get') : undefined);
    if (pick) {
        const m = pick.regex.exec(path);
        const params = {};
        const rawParams = {};
        pick.paramNames.forEach((name, i) => {
            rawParams[name] = m[i + 1];
            params[name] = (0, coerce_js_1.decodeText)(m[i + 1]);
        });
        return { op: pick.op, params, rawParams };
    }
    const hits = routes.list.filter((r) => r.regex.test(path));
    const verb = method.toUpperCase();
    if (hits.length === 0)
        return unknown(`Unknown path: ${verb} ${rawPath}`);
    // Methods declared on the most specific matching template.
    const top = hits[0].op;
    const methods = hits.filter((r) => r.op.path === top.path).map((r) => r.op.method.toUpperCase());
    if (methods.includes('GET'))
        methods.push('HEAD');
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
