"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCredentials = checkCredentials;
const coerce_js_1 = require("./coerce.js");
const UNKNOWN_KEY = 'Invalid credentials: the key is not one of the keys this mock accepts.';
/** How an `Authorization` scheme is shown in messages, and what follows it. */
const SHOWN = {
    bearer: ['Bearer', '<token>'],
    basic: ['Basic', '<base64 of user:password>'],
};
/** Why a scheme is not satisfied, or undefined when it is. */
function schemeProblem(name, scheme, src, keys) {
    // mutualTLS: nothing a mock can check.
    if (!scheme || scheme.type === 'mutualTLS')
        return undefined;
    const known = (credential) => !keys || keys.has(credential) ? undefined : UNKNOWN_KEY;
    if (scheme.type === 'apiKey') {
        const key = scheme.paramName ?? name;
        const value = (0, coerce_js_1.requestField)(src, scheme.in ?? 'header', key);
        return value
            ? known(value)
            : `Missing credentials: send the API key in the ${scheme.in ?? 'header'} "${key}".`;
    }
    // http, and OAuth 2 / OpenID Connect access tokens (bearer tokens).
    const oauth = scheme.type !== 'http';
    const kind = oauth ? 'bearer' : (scheme.scheme ?? 'bearer').toLowerCase();
    const [shown, what] = oauth
        ? ['Bearer', '<access token>']
        : (SHOWN[kind] ?? [scheme.scheme ?? kind, '<credentials>']);
    const authorization = src.headers.authorization?.trim() ?? '';
    if (authorization === '')
        return `Missing credentials: send an "Authorization: ${shown} ${what}" header.`;
    const malformed = `Malformed Authorization header: expected "${shown} ${what}".`;
    if (kind === 'bearer') {
        const m = /^Bearer[ \t]+([\x21-\x7e]+)$/i.exec(authorization);
        return m ? known(m[1]) : malformed;
    }
    if (kind !== 'basic')
        return authorization.toLowerCase().startsWith(`${kind} `) ? undefined : malformed;
    const m = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization);
    let decoded = '';
    try {
        decoded = m ? atob(m[1]) : '';
    }
    catch {
        // not base64: malformed
    }
    if (!decoded.includes(':'))
        return malformed;
    return known(decoded.slice(decoded.indexOf(':') + 1)) && known(decoded);
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
