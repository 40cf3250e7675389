"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.float32Base64 = float32Base64;
exports.applyWireFormat = applyWireFormat;
const pointer_js_1 = require("./pointer.js");
function float32Base64(values) {
    const view = new DataView(new ArrayBuffer(values.length * 4));
    values.forEach((v, i) => view.setFloat32(i * 4, v, true));
    const bytes = new Uint8Array(view.buffer);
    let binary = '';
    for (const b of bytes)
        binary += String.fromCharCode(b);
    return btoa(binary);
}
function encodeEmbeddings(value) {
    if (Array.isArray(value))
        return value.map(encodeEmbeddings);
    if (!value || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        out[key] =
            key === 'embedding' && Array.isArray(v) && v.every((x) => typeof x === 'number')
                ? float32Base64(v)
                : encodeEmbeddings(v);
    }
    return out;
}
function applyWireFormat(value, requestBody) {
    const base64 = (0, pointer_js_1.isJsonObject)(requestBody) && requestBody.encoding_format === 'base64';
    return base64 ? encodeEmbeddings(value) : value;
}
