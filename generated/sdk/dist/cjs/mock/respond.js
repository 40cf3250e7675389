"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonEqual = void 0;
exports.isSuccessStatus = isSuccessStatus;
exports.numericStatus = numericStatus;
exports.successResponse = successResponse;
exports.declaredResponse = declaredResponse;
exports.chooseExample = chooseExample;
exports.exampleNames = exampleNames;
exports.renderBody = renderBody;
const equal_js_1 = __importDefault(require("ajv/dist/runtime/equal.js"));
const negotiate_js_1 = require("./negotiate.js");
/** Deep equality of JSON values: Ajv's own (fast-deep-equal), whichever module system loaded it. */
exports.jsonEqual = (equal_js_1.default.default ??
    equal_js_1.default);
function isSuccessStatus(status) {
    return /^2(\d\d|XX)$/i.test(status);
}
/** The HTTP status a declared response stands for (`2XX` → 200, `default` → 200 or 500). */
function numericStatus(response) {
    if (/^\d{3}$/.test(response.status))
        return Number(response.status);
    if (/^[1-5]XX$/i.test(response.status))
        return Number(response.status[0]) * 100;
    return response.isError ? 500 : 200;
}
function successResponse(op) {
    return (op.responses.find((r) => isSuccessStatus(r.status)) ??
        op.responses.find((r) => r.status === 'default' && !r.isError) ??
        op.responses.find((r) => !r.isError));
}
function declaredResponse(op, code) {
    const s = String(code);
    return (op.responses.find((r) => r.status === s) ??
        op.responses.find((r) => r.status.toUpperCase() === `${s[0]}XX`) ??
        (code >= 400 ? op.responses.find((r) => r.status === 'default') : undefined));
}
/** The example for a content: by name, else one named like the matching request example, else the first (the IR's default). */
function chooseExample(op, content, name, requestBody) {
    const named = (n) => content?.examples.find((e) => e.name === n);
    if (!content || name !== undefined)
        return named(name);
    if (requestBody !== undefined && content.examples.length > 1) {
        const hinted = (0, negotiate_js_1.formatHints)(requestBody).map(named).find(Boolean);
        const requestExamples = op.requestBody?.contents.flatMap((c) => c.examples) ?? [];
        const hit = hinted ?? named(requestExamples.find((e) => (0, exports.jsonEqual)(e.value, requestBody))?.name);
        if (hit)
            return hit;
    }
    return content.examples[0];
}
/** The example names the responses declare. */
function exampleNames(responses) {
    return [
        ...new Set(responses.flatMap((r) => r.contents.flatMap((c) => c.examples.map((e) => e.name)))),
    ];
}
/** A function whose answer for a key is made once: examples and samples are never mutated. */
function cachedBy(make) {
    const cache = new WeakMap();
    return (key) => {
        let value = cache.get(key);
        if (value === undefined)
            cache.set(key, (value = make(key)));
        return value;
    };
}
/** Each example is serialized once (the request path's largest cost otherwise). */
const serialized = cachedBy((value) => JSON.stringify(value));
const sampleBytes = cachedBy((s) => Uint8Array.from(atob(s.base64), (c) => c.charCodeAt(0)));
/** Body bytes and content type for a content and example value. */
function renderBody(content, example) {
    if (!content)
        return { body: null };
    const value = example?.value;
    // Binary contents, and a text type with real bytes (SVG) when no example is named.
    const { sample } = content;
    if (sample && (content.kind === 'binary' || example?.name === undefined))
        return { contentType: sample.mediaType, body: sampleBytes(sample) };
    // Not `""` in a format the mock cannot write: nothing.
    if (content.opaque && typeof value !== 'string')
        return { contentType: content.mediaType, body: '' };
    // Text with no example is empty, never `""` (a JSON string under a text type).
    const text = content.kind === 'text' || content.kind === 'event-stream';
    const body = content.kind === 'json'
        ? value !== null && typeof value === 'object'
            ? serialized(value)
            : JSON.stringify(value ?? null)
        : typeof value === 'string'
            ? value
            : value === undefined && text
                ? ''
                : JSON.stringify(value ?? null);
    return { contentType: content.mediaType, body };
}
