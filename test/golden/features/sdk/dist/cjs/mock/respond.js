"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isSuccessStatus = isSuccessStatus;
exports.numericStatus = numericStatus;
exports.successResponse = successResponse;
exports.declaredResponse = declaredResponse;
exports.mediaTypeMatches = mediaTypeMatches;
exports.formatHints = formatHints;
exports.chooseContent = chooseContent;
exports.chooseExample = chooseExample;
exports.responseWithExample = responseWithExample;
exports.exampleNames = exampleNames;
exports.renderBody = renderBody;
exports.responseHeaders = responseHeaders;
const validate_js_1 = require("./validate.js");
const binary_js_1 = require("./binary.js");
const synthesize_js_1 = require("./synthesize.js");
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
function baseType(mediaType) {
    return mediaType.split(';')[0].trim().toLowerCase();
}
function mediaTypeMatches(pattern, actual) {
    const p = baseType(pattern);
    const a = baseType(actual);
    if (p === a || p === '*/*' || a === '*/*')
        return true;
    if (p.endsWith('/*'))
        return a.startsWith(p.slice(0, -1));
    if (a.endsWith('/*'))
        return p.startsWith(a.slice(0, -1));
    return false;
}
const FORMAT_ALIASES = {
    mp3: 'mpeg',
    jpg: 'jpeg',
    wave: 'wav',
    text: 'plain',
};
/**
 * Format choices the request makes in its own body (`response_format: srt`, `output_format: png`,
 * `encoding_format: base64`), normalised like example names (`verbose_json` → `verbose-json`).
 */
function formatHints(requestBody) {
    if (!requestBody || typeof requestBody !== 'object' || Array.isArray(requestBody))
        return [];
    return Object.entries(requestBody)
        .filter(([key, value]) => /format/i.test(key) && typeof value === 'string')
        .map(([, value]) => value.toLowerCase().replace(/_/g, '-'));
}
/** Picks the content to answer with: not the event stream (that is for `stream: true`), the request's format hint, the client's Accept. */
function chooseContent(response, accept, requestBody) {
    const candidates = response.contents.filter((c) => c.kind !== 'event-stream');
    const pool = candidates.length > 0 ? candidates : response.contents;
    if (pool.length <= 1)
        return pool[0];
    for (const hint of formatHints(requestBody)) {
        // A content with an example named after the format (`srt`), else one whose subtype is the format (`wav`).
        const want = FORMAT_ALIASES[hint] ?? hint;
        const hit = pool.find((c) => c.examples.some((e) => e.name === hint)) ??
            pool.find((c) => baseType(c.mediaType).split('/')[1].split('+')[0] === want) ??
            (/json/.test(hint) ? pool.find((c) => c.kind === 'json') : undefined);
        if (hit)
            return hit;
    }
    if (accept && accept.trim() !== '' && !/^\s*\*\/\*\s*$/.test(accept)) {
        const wanted = accept
            .split(',')
            .map((part) => {
            const [type, ...params] = part.split(';');
            const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find((m) => m);
            return { type: type.trim(), q: q ? Number(q[1]) : 1 };
        })
            .filter((w) => w.q > 0)
            .sort((a, b) => b.q - a.q);
        for (const w of wanted) {
            const hit = pool.find((c) => baseType(c.mediaType) === baseType(w.type)) ??
                pool.find((c) => mediaTypeMatches(w.type, c.mediaType));
            if (hit)
                return hit;
        }
    }
    return pool[0];
}
/** The example for a content: by name, else one named like the matching request example, else the first, else synthesized. */
function chooseExample(op, content, name, requestBody, compiler) {
    if (!content)
        return undefined;
    if (name !== undefined) {
        const hit = content.examples.find((e) => e.name === name);
        return hit ? { value: hit.value, name: hit.name } : undefined;
    }
    if (requestBody !== undefined && content.examples.length > 1) {
        const named = formatHints(requestBody)
            .map((hint) => content.examples.find((e) => e.name === hint))
            .find((e) => e !== undefined);
        if (named)
            return { value: named.value, name: named.name };
        const requestExamples = op.requestBody?.contents.flatMap((c) => c.examples) ?? [];
        const same = requestExamples.find((e) => (0, validate_js_1.jsonEqual)(e.value, requestBody));
        const hit = same ? content.examples.find((e) => e.name === same.name) : undefined;
        if (hit)
            return { value: hit.value, name: hit.name };
    }
    const first = content.examples[0];
    if (first)
        return { value: first.value, name: first.name };
    return { value: (0, synthesize_js_1.synthesize)(content.schema, compiler) };
}
/** Finds which declared response holds an example of this name (for `Prefer: example=` without `code=`). */
function responseWithExample(op, name) {
    const ordered = [
        ...op.responses.filter((r) => isSuccessStatus(r.status)),
        ...op.responses.filter((r) => !isSuccessStatus(r.status)),
    ];
    return ordered.find((r) => r.contents.some((c) => c.examples.some((e) => e.name === name)));
}
function exampleNames(op) {
    return [
        ...new Set(op.responses.flatMap((r) => r.contents.flatMap((c) => c.examples.map((e) => e.name)))),
    ];
}
/** Body bytes and content type for a content and example value. */
function renderBody(content, example) {
    if (!content)
        return { body: null };
    const value = example?.value;
    // A text type we can make real bytes for (SVG) beats a placeholder string.
    if (content.kind === 'text' &&
        example?.name === undefined &&
        /^image\/svg\+xml/i.test(content.mediaType)) {
        const sample = (0, binary_js_1.sampleBinary)(content.mediaType);
        return { contentType: sample.mediaType, body: sample.bytes };
    }
    switch (content.kind) {
        case 'binary': {
            const sample = (0, binary_js_1.sampleBinary)(content.mediaType);
            return { contentType: sample.mediaType, body: sample.bytes };
        }
        case 'text':
        case 'event-stream':
            return {
                contentType: content.mediaType,
                body: typeof value === 'string' ? value : JSON.stringify(value ?? ''),
            };
        case 'json':
            return { contentType: content.mediaType, body: JSON.stringify(value ?? null) };
        default:
            return {
                contentType: content.mediaType,
                body: typeof value === 'string' ? value : JSON.stringify(value ?? null),
            };
    }
}
/** Declared response headers with example or placeholder values. */
function responseHeaders(response, compiler) {
    const out = [];
    for (const header of response.headers) {
        const name = header.name.toLowerCase();
        if (name === 'content-type' || name === 'content-length')
            continue;
        const schema = header.schema && typeof header.schema === 'object' ? header.schema : undefined;
        const hasValue = schema &&
            (schema.examples !== undefined ||
                schema.default !== undefined ||
                schema.enum !== undefined ||
                schema.const !== undefined);
        if (!header.required && !hasValue)
            continue;
        const value = (0, synthesize_js_1.synthesize)(header.schema, compiler);
        out.push([name, typeof value === 'string' ? value : JSON.stringify(value)]);
    }
    return out;
}
