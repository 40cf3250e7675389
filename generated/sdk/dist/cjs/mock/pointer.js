"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isJsonObject = void 0;
exports.escapePointerToken = escapePointerToken;
exports.pointerTokens = pointerTokens;
exports.appendPointer = appendPointer;
exports.getAtPointer = getAtPointer;
exports.setAtPointer = setAtPointer;
exports.cloneJson = cloneJson;
/** A JSON object: not null, not an array. */
const isJsonObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
exports.isJsonObject = isJsonObject;
function escapePointerToken(token) {
    return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}
function pointerTokens(pointer) {
    if (pointer === '' || pointer === '/')
        return pointer === '/' ? [''] : [];
    const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    return body
        .split('/')
        .slice(1)
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function appendPointer(pointer, token) {
    return `${pointer}/${escapePointerToken(token)}`;
}
/** An array index token (RFC 6901: `0` or digits without a leading zero), else undefined. */
function arrayIndex(token) {
    return /^(0|[1-9]\d*)$/.test(token) ? Number(token) : undefined;
}
function getAtPointer(value, pointer) {
    let current = value;
    for (const token of pointerTokens(pointer)) {
        if (Array.isArray(current)) {
            const index = arrayIndex(token);
            if (index === undefined)
                return undefined;
            current = current[index];
        }
        else if (current !== null && typeof current === 'object')
            current = current[token];
        else
            return undefined;
    }
    return current;
}
/**
 * Sets a value, creating objects along the way. Returns the (possibly new) root. A token that is
 * no index (nor `-`) of an array it meets leaves the value as it was.
 */
function setAtPointer(root, pointer, value) {
    const tokens = pointerTokens(pointer);
    if (tokens.length === 0)
        return value;
    const base = root !== null && typeof root === 'object' ? root : {};
    let current = base;
    for (const [i, token] of tokens.entries()) {
        const index = !Array.isArray(current)
            ? token
            : token === '-'
                ? current.length
                : arrayIndex(token);
        if (index === undefined)
            return base;
        const next = current[index];
        if (i === tokens.length - 1)
            current[index] = value;
        else
            current = (next !== null && typeof next === 'object' ? next : (current[index] = {}));
    }
    return base;
}
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
