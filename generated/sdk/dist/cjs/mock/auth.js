"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCredentials = checkCredentials;
const UNKNOWN_KEY = 'Invalid credentials: the key is not one of the keys this mock accepts.';
/** Why a scheme is not satisfied, or undefined when it is. */
function schemeProblem(name, scheme, src, keys) {
    if (!scheme)
        return undefined;
    const known = (credential) => !keys || keys.has(credential) ? undefined : UNKNOWN_KEY;
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
                const m = /^Bearer[ \t]+([\x21-\x7e]+)$/i.exec(authorization.trim());
                return m ? known(m[1]) : 'Malformed Authorization header: expected "Bearer <token>".';
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
                if (!decoded.includes(':'))
                    return 'Malformed Authorization header: expected "Basic <base64 of user:password>".';
                return known(decoded.slice(decoded.indexOf(':') + 1)) && known(decoded);
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
                ? known(value)
                : `Missing credentials: send the API key in the ${scheme.in ?? 'header'} "${key}".`;
        }
        case 'oauth2':
        case 'openIdConnect':
            if (!authorization)
                return 'Missing credentials: send an "Authorization: Bearer <access token>" header.';
            {
                const m = /^Bearer[ \t]+(\S+)$/i.exec(authorization.trim());
                return m
                    ? known(m[1])
                    : 'Malformed Authorization header: expected "Bearer <access token>".';
            }
        default:
            return undefined; // mutualTLS: nothing a mock can check
    }
}
/** Undefined when the request may pass; else the message for the 401. */
function checkCredentials(op, schemes, src, keys) {
    if (op.security.length === 0)
        return undefined;
    let first;
    for (const alternative of op.security) {
        const problems = alternative
            .map((name) => schemeProblem(name, schemes[name], src, keys))
            .filter((p) => p !== undefined);
        if (problems.length === 0)
            return undefined;
        first ??= problems[0];
    }
    return first;
}
