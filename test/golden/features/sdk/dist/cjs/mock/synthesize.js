"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.synthesize = synthesize;
const STRING_FORMATS = {
    'date-time': '2024-01-01T00:00:00Z',
    date: '2024-01-01',
    time: '00:00:00Z',
    email: 'user@example.com',
    uri: 'https://example.com/',
    url: 'https://example.com/',
    uuid: '00000000-0000-4000-8000-000000000000',
    ipv4: '127.0.0.1',
    byte: 'AA==',
    binary: '',
};
function synthesize(schema, compiler, depth = 0) {
    if (schema === undefined || schema === true)
        return {};
    if (schema === false || depth > 6)
        return null;
    const s = schema;
    if (s.const !== undefined)
        return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0)
        return s.enum[0];
    if (s.default !== undefined)
        return s.default;
    if (Array.isArray(s.examples) && s.examples.length > 0)
        return s.examples[0];
    if (typeof s.$ref === 'string')
        return synthesize(compiler.resolve(s), compiler, depth + 1);
    for (const key of ['oneOf', 'anyOf']) {
        const list = s[key];
        if (Array.isArray(list) && list.length > 0) {
            const nonNull = list.find((v) => !(typeof v === 'object' && v.type === 'null')) ??
                list[0];
            return synthesize(nonNull, compiler, depth + 1);
        }
    }
    if (Array.isArray(s.allOf)) {
        const merged = {};
        for (const part of s.allOf) {
            const value = synthesize(part, compiler, depth + 1);
            if (value && typeof value === 'object' && !Array.isArray(value))
                Object.assign(merged, value);
        }
        return merged;
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [String(s.type)];
    const type = types.find((t) => t !== 'null') ?? (s.properties ? 'object' : s.items ? 'array' : types[0]);
    switch (type) {
        case 'object': {
            const out = {};
            const props = (s.properties ?? {});
            const required = new Set(Array.isArray(s.required) ? s.required : []);
            for (const [name, prop] of Object.entries(props)) {
                // Shallow levels show every property; deeper ones only the required (keeps recursion small).
                if (depth < 2 || required.has(name))
                    out[name] = synthesize(prop, compiler, depth + 1);
            }
            return out;
        }
        case 'array': {
            const count = typeof s.minItems === 'number' ? Math.max(1, s.minItems) : 1;
            return Array.from({ length: count }, () => synthesize(s.items, compiler, depth + 1));
        }
        case 'integer':
        case 'number': {
            if (typeof s.minimum === 'number')
                return s.minimum;
            if (typeof s.exclusiveMinimum === 'number')
                return type === 'integer' ? Math.floor(s.exclusiveMinimum) + 1 : s.exclusiveMinimum + 1;
            if (typeof s.maximum === 'number' && s.maximum < 0)
                return s.maximum;
            return 0;
        }
        case 'boolean':
            return false;
        case 'null':
            return null;
        case 'string': {
            const byFormat = typeof s.format === 'string' ? STRING_FORMATS[s.format] : undefined;
            if (byFormat !== undefined)
                return byFormat;
            const min = typeof s.minLength === 'number' ? s.minLength : 0;
            return 'string'.padEnd(min, 'x');
        }
        default:
            return {};
    }
}
