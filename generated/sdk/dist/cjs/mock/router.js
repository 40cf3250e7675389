"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileRoute = compileRoute;
exports.bySpecificity = bySpecificity;
exports.matchRoute = matchRoute;
exports.nearestOperation = nearestOperation;
exports.routeRequest = routeRequest;
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function compileRoute(op) {
    const paramNames = [];
    let source = '';
    let literalLength = 0;
    let last = 0;
    const re = /\{([^}]+)\}/g;
    for (let m = re.exec(op.path); m; m = re.exec(op.path)) {
        const literal = op.path.slice(last, m.index);
        source += escapeRegex(literal);
        literalLength += literal.length;
        source += '([^/]+)';
        paramNames.push(m[1]);
        last = m.index + m[0].length;
    }
    const tail = op.path.slice(last);
    source += escapeRegex(tail);
    literalLength += tail.length;
    return { op, regex: new RegExp(`^${source}/?$`), paramNames, literalLength };
}
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Fewer parameters first, then more literal characters: the order routes are tried in. */
function bySpecificity(a, b) {
    return a.paramNames.length - b.paramNames.length || b.literalLength - a.literalLength;
}
function matchRoute(routes, method, path) {
    const hits = routes.filter((r) => r.regex.test(path)).sort(bySpecificity);
    if (hits.length === 0)
        return { kind: 'not-found' };
    const wanted = method.toLowerCase();
    const pick = hits.find((r) => r.op.method === wanted) ??
        (wanted === 'head' ? hits.find((r) => r.op.method === 'get') : undefined);
    if (!pick) {
        // Methods declared on the most specific matching template.
        const top = hits[0];
        const same = hits.filter((r) => r.op.path === top.op.path);
        const allow = [...new Set(same.map((r) => r.op.method.toUpperCase()))];
        if (allow.includes('GET') && !allow.includes('HEAD'))
            allow.push('HEAD');
        return { kind: 'method-not-allowed', allow: allow.sort(), route: top };
    }
    const m = pick.regex.exec(path);
    const params = {};
    pick.paramNames.forEach((name, i) => (params[name] = decode(m[i + 1])));
    return { kind: 'found', route: pick, params };
}
/** The operation whose path shares the longest prefix with `path` (its error shape answers a 404). */
function nearestOperation(routes, path) {
    let best;
    let bestLength = -1;
    for (const { op } of routes) {
        const template = op.path;
        let i = 0;
        while (i < template.length && i < path.length && template[i] === path[i] && template[i] !== '{')
            i++;
        if (i > bestLength) {
            best = op;
            bestLength = i;
        }
    }
    return best;
}
/** Strips the base path and matches the route table (the same table the MSW handlers register). */
function routeRequest(routes, basePath, method, rawPath) {
    const unknown = (path, message) => ({
        failure: { status: 404, message, code: 'unknown_url', param: null },
        shape: nearestOperation(routes, path),
        matched: false,
    });
    let path = rawPath;
    if (basePath) {
        if (path !== basePath && !path.startsWith(`${basePath}/`))
            return unknown(path, `Unknown path ${rawPath}: every route of this API starts with ${basePath}.`);
        path = path.slice(basePath.length) || '/';
    }
    const match = matchRoute(routes, method, path);
    if (match.kind === 'not-found')
        return unknown(path, `Unknown path: ${method.toUpperCase()} ${rawPath}`);
    if (match.kind === 'method-not-allowed') {
        const allow = match.allow.join(', ');
        return {
            failure: {
                status: 405,
                message: `Method ${method.toUpperCase()} is not allowed on ${rawPath}; allowed: ${allow}`,
                code: 'method_not_allowed',
                param: null,
                headers: [['allow', allow]],
            },
            shape: match.route.op,
            matched: true,
        };
    }
    return { op: match.route.op, params: match.params };
}
