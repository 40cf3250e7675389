"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCredentials = checkCredentials;
/** Why a scheme is not satisfied, or undefined when it is. */
function schemeProblem(name, scheme, src) {
    if (!scheme)
        return undefined;
    const authorization = src.headers.authorization;
    switch (scheme.type) {
        case 'http': {
            const kind = (scheme.scheme ?? 'bearer').toLowerCase();
            if (authorization === undefined || authorization.trim() === '') {
                return kind === 'basic'
                    ? 'Missing credentials: send an "Authorization: Basic <base64 user:password>" header.'
                    : `Missing credentials: send an "Authorization: ${kind === 'bearer' ? 'Bearer' : kind} <token>" header.`;
            }
            if (kind === 'bearer') {
                return /^Bearer[ \t]+[\x21-\x7e]+$/i.test(authorization.trim())
                    ? undefined
                    : 'Malformed Authorization header: expected "Bearer <token>".';
            }
            if (kind === 'basic') {
                const m = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization.trim());
                let decoded = '';
                try {
                    decoded = m ? atob(m[1]) : '';
                }
                catch {
                    decoded = '';
                }
                return decoded.includes(':')
                    ? undefined
                    : 'Malformed Authorization header: expected "Basic <base64 of user:password>".';
            }
            return authorization.toLowerCase().startsWith(`${kind} `)
                ? undefined
                : `Malformed Authorization header: expected "${scheme.scheme ?? kind} <credentials>".`;
        }
        case 'apiKey': {
            const key = scheme.paramName ?? name;
            const value = scheme.in === 'query'
                ? src.query.get(key)
                : scheme.in === 'cookie'
                    ? src.cookies[key]
                    : src.headers[key.toLowerCase()];
            return value
                ? undefined
                : `Missing credentials: send the API key in the ${scheme.in ?? 'header'} "${key}".`;
        }
        case 'oauth2':
        case 'openIdConnect':
            if (!authorization)
                return 'Missing credentials: send an "Authorization: Bearer <access token>" header.';
            return /^Bearer[ \t]+\S+$/i.test(authorization.trim())
                ? undefined
                : 'Malformed Authorization header: expected "Bearer <access token>".';
        default:
            return undefined; // mutualTLS: nothing a mock can check
    }
}
/** Undefined when the request may pass; else the message for the 401. */
function checkCredentials(op, schemes, src) {
    if (op.security.length === 0)
        return undefined;
    let first;
    for (const alternative of op.security) {
        const problems = alternative
            .map((name) => schemeProblem(name, schemes[name], src))
            .filter((p) => p !== undefined);
        if (problems.length === 0)
            return undefined;
        first ??= problems[0];
    }
    return first;
}
