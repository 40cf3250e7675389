"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MockFile = void 0;
exports.jsonEqual = jsonEqual;
exports.createSchemaCompiler = createSchemaCompiler;
const pointer_js_1 = require("./pointer.js");
/** An uploaded file part of a multipart body. */
class MockFile {
    filename;
    contentType;
    bytes;
    constructor(filename, contentType, bytes) {
        this.filename = filename;
        this.contentType = contentType;
        this.bytes = bytes;
    }
}
exports.MockFile = MockFile;
const isUri = (s) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s);
const FORMATS = {
    'date-time': (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s);
        return (!!m &&
            validDate(m[1], m[2], m[3]) &&
            Number(m[4]) < 24 &&
            Number(m[5]) < 60 &&
            Number(m[6]) < 61);
    },
    date: (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        return !!m && validDate(m[1], m[2], m[3]);
    },
    time: (s) => /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/.test(s),
    email: (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
    uri: isUri,
    url: isUri,
    uuid: (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
    ipv4: (s) => /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s),
    byte: (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
};
const NUMBER_FORMATS = {
    int32: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647,
    int64: (n) => Number.isInteger(n),
};
function validDate(y, m, d) {
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
    }
    const ao = a;
    const bo = b;
    const keys = Object.keys(ao);
    return (keys.length === Object.keys(bo).length && keys.every((k) => k in bo && jsonEqual(ao[k], bo[k])));
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (value instanceof MockFile)
        return 'file';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(type, value) {
    const actual = typeOf(value);
    return actual === type || (type === 'number' && actual === 'integer');
}
function show(value) {
    return JSON.stringify(value);
}
/** Counts code points like JSON Schema does (not UTF-16 units). */
function length(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
function isBinarySchema(schema) {
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
    const stringy = types.length === 0 || types.includes('string');
    return stringy && (schema.format === 'binary' || typeof schema.contentMediaType === 'string');
}
function createSchemaCompiler(defs) {
    const compiledDefs = new Map();
    function refName(ref) {
        const m = /^#\/\$defs\/(.+)$/.exec(ref);
        return m ? (0, pointer_js_1.pointerTokens)(`/${m[1]}`)[0] : undefined;
    }
    function resolve(schema) {
        let current = schema;
        for (let i = 0; i < 32 && current && typeof current === 'object' && typeof current.$ref === 'string'; i++) {
            const name = refName(current.$ref);
            current = name === undefined ? undefined : defs[name];
        }
        return current;
    }
    function refCheck(ref) {
        const name = refName(ref);
        if (name === undefined || !(name in defs))
            return () => undefined; // dangling refs were reported by the loader
        let check = compiledDefs.get(name);
        if (!check) {
            // Lazy so recursive schemas compile.
            let target;
            check = (v, p, c) => (target ??= compileNode(defs[name]))(v, p, c);
            compiledDefs.set(name, check);
        }
        return check;
    }
    function flag(schema, key) {
        if (!schema || typeof schema !== 'object')
            return false;
        if (schema[key] === true)
            return true;
        const target = resolve(schema);
        return !!target && typeof target === 'object' && target[key] === true;
    }
    function compileNode(schema, inherited) {
        if (schema === true)
            return () => undefined;
        if (schema === false)
            return (_v, p, c) => void c.issues.push({ pointer: p, message: 'is not allowed', keyword: 'false' });
        const s = schema;
        const checks = [];
        if (typeof s.$ref === 'string')
            checks.push(refCheck(s.$ref));
        const types = s.type === undefined ? undefined : (Array.isArray(s.type) ? s.type : [s.type]);
        const binary = isBinarySchema(s);
        const typed = compileTyped(s, types, inherited);
        const main = (value, pointer, ctx) => {
            if (value instanceof MockFile) {
                // Untyped nodes leave it to their applicators (`anyOf: [binary, array of binary]`).
                if (binary)
                    return;
                if (types)
                    return void ctx.issues.push({
                        pointer,
                        message: `must be ${types.join(' or ')}, not a file`,
                        keyword: 'type',
                    });
            }
            if (binary && ctx.files && typeof value === 'string') {
                ctx.issues.push({
                    pointer,
                    message: 'must be a file part (with a filename)',
                    keyword: 'format',
                });
                return;
            }
            typed(value, pointer, ctx);
        };
        checks.push(main);
        if (checks.length === 1)
            return main;
        return (v, p, c) => {
            for (const check of checks)
                check(v, p, c);
        };
    }
    function collectFlags(schema, into, depth) {
        const s = resolve(schema);
        if (!s || typeof s !== 'object' || depth > 8)
            return;
        for (const [name, prop] of Object.entries((0, pointer_js_1.isJsonObject)(s.properties) ? s.properties : {})) {
            if (flag(prop, 'readOnly'))
                into.readOnly.add(name);
            if (flag(prop, 'writeOnly'))
                into.writeOnly.add(name);
        }
        if (Array.isArray(s.allOf))
            for (const part of s.allOf)
                collectFlags(part, into, depth + 1);
    }
    function compileTyped(s, types, inherited) {
        const checks = [];
        if (s.enum !== undefined && Array.isArray(s.enum)) {
            const values = s.enum;
            checks.push((v, p, c) => {
                if (!values.some((e) => jsonEqual(e, v))) {
                    c.issues.push({
                        pointer: p,
                        message: `must be one of: ${values.map(show).join(', ')}`,
                        keyword: 'enum',
                    });
                }
            });
        }
        if (s.const !== undefined) {
            const expected = s.const;
            checks.push((v, p, c) => {
                if (!jsonEqual(expected, v))
                    c.issues.push({ pointer: p, message: `must be ${show(expected)}`, keyword: 'const' });
            });
        }
        addStringChecks(s, checks);
        addNumberChecks(s, checks);
        addObjectChecks(s, checks, inherited);
        addArrayChecks(s, checks);
        addCombinators(s, checks);
        return (value, pointer, ctx) => {
            if (types && !types.some((t) => typeMatches(t, value))) {
                const actual = typeOf(value);
                ctx.issues.push({
                    pointer,
                    message: `must be ${types.join(' or ')} (got ${actual})`,
                    keyword: 'type',
                });
                return;
            }
            for (const check of checks)
                check(value, pointer, ctx);
        };
    }
    /** `keyword: limit` pairs whose failure reads `must <verb> <limit>[ <unit>]`, checked on values of `type`. */
    function addBounds(s, checks, type, measure, bounds) {
        const active = bounds.filter(([keyword]) => typeof s[keyword] === 'number');
        if (active.length === 0)
            return;
        checks.push((v, p, c) => {
            const kind = typeOf(v);
            if ((kind === 'integer' ? 'number' : kind) !== type)
                return;
            const n = measure(v);
            for (const [keyword, fails, text] of active) {
                const limit = s[keyword];
                if (fails(n, limit))
                    c.issues.push({ pointer: p, message: text.replace('#', String(limit)), keyword });
            }
        });
    }
    function addStringChecks(s, checks) {
        addBounds(s, checks, 'string', length, [
            ['minLength', (n, l) => n < l, 'must NOT have fewer than # characters'],
            ['maxLength', (n, l) => n > l, 'must NOT have more than # characters'],
        ]);
        let pattern;
        if (typeof s.pattern === 'string') {
            try {
                pattern = new RegExp(s.pattern, 'u');
            }
            catch {
                try {
                    pattern = new RegExp(s.pattern);
                }
                catch {
                    pattern = undefined;
                }
            }
        }
        const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
        if (!pattern && !format)
            return;
        checks.push((v, p, c) => {
            if (typeof v !== 'string')
                return;
            if (pattern && !pattern.test(v))
                c.issues.push({
                    pointer: p,
                    message: `must match pattern "${s.pattern}"`,
                    keyword: 'pattern',
                });
            if (format && !format(v))
                c.issues.push({
                    pointer: p,
                    message: `must be a valid ${s.format}`,
                    keyword: 'format',
                });
        });
    }
    function addNumberChecks(s, checks) {
        addBounds(s, checks, 'number', (v) => v, [
            ['minimum', (n, l) => n < l, 'must be >= #'],
            ['maximum', (n, l) => n > l, 'must be <= #'],
            ['exclusiveMinimum', (n, l) => n <= l, 'must be > #'],
            ['exclusiveMaximum', (n, l) => n >= l, 'must be < #'],
            [
                'multipleOf',
                (n, l) => Math.abs(n / l - Math.round(n / l)) > 1e-9,
                'must be a multiple of #',
            ],
        ]);
        const format = typeof s.format === 'string' ? NUMBER_FORMATS[s.format] : undefined;
        if (format)
            checks.push((v, p, c) => {
                if (typeof v === 'number' && !format(v))
                    c.issues.push({
                        pointer: p,
                        message: `must be a valid ${s.format}`,
                        keyword: 'format',
                    });
            });
    }
    function addObjectChecks(s, checks, inherited) {
        addPropertyChecks(s, checks, inherited);
        const defined = (v) => Object.keys(v).filter((k) => v[k] !== undefined).length;
        addBounds(s, checks, 'object', defined, [
            ['minProperties', (n, l) => n < l, 'must NOT have fewer than # properties'],
            ['maxProperties', (n, l) => n > l, 'must NOT have more than # properties'],
        ]);
    }
    function addPropertyChecks(s, checks, inherited) {
        const props = ((0, pointer_js_1.isJsonObject)(s.properties) ? s.properties : {});
        const names = Object.keys(props);
        const required = Array.isArray(s.required) ? s.required : [];
        const additional = s.additionalProperties;
        if (names.length === 0 && required.length === 0 && additional === undefined)
            return;
        const propChecks = new Map(names.map((n) => [n, compileNode(props[n])]));
        const readOnly = new Set([
            ...names.filter((n) => flag(props[n], 'readOnly')),
            ...(inherited?.readOnly ?? []),
        ]);
        const writeOnly = new Set([
            ...names.filter((n) => flag(props[n], 'writeOnly')),
            ...(inherited?.writeOnly ?? []),
        ]);
        const additionalCheck = additional !== undefined && additional !== true ? compileNode(additional) : undefined;
        checks.push((v, p, c) => {
            if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof MockFile)
                return;
            const obj = v;
            for (const name of required) {
                if (obj[name] !== undefined)
                    continue;
                if (c.direction === 'request' && readOnly.has(name))
                    continue;
                if (c.direction === 'response' && writeOnly.has(name))
                    continue;
                c.issues.push({
                    pointer: (0, pointer_js_1.appendPointer)(p, name),
                    message: 'is required',
                    keyword: 'required',
                });
            }
            for (const key of Object.keys(obj)) {
                if (obj[key] === undefined)
                    continue;
                const child = (0, pointer_js_1.appendPointer)(p, key);
                const check = propChecks.get(key);
                if (check)
                    check(obj[key], child, c);
                else if (additional === false)
                    c.issues.push({
                        pointer: child,
                        message: 'is not allowed (unknown property)',
                        keyword: 'additionalProperties',
                    });
                else if (additionalCheck)
                    additionalCheck(obj[key], child, c);
            }
        });
    }
    function addArrayChecks(s, checks) {
        addBounds(s, checks, 'array', (v) => v.length, [
            ['minItems', (n, l) => n < l, 'must NOT have fewer than # items'],
            ['maxItems', (n, l) => n > l, 'must NOT have more than # items'],
        ]);
        const items = s.items;
        const unique = s.uniqueItems === true;
        if (items === undefined && !unique)
            return;
        const itemCheck = items !== undefined ? compileNode(items) : undefined;
        checks.push((v, p, c) => {
            if (!Array.isArray(v))
                return;
            if (unique) {
                for (let i = 1; i < v.length; i++) {
                    const j = v.slice(0, i).findIndex((x) => jsonEqual(x, v[i]));
                    if (j >= 0) {
                        c.issues.push({
                            pointer: (0, pointer_js_1.appendPointer)(p, i),
                            message: `must be unique (same as item ${j})`,
                            keyword: 'uniqueItems',
                        });
                        break;
                    }
                }
            }
            if (itemCheck)
                v.forEach((item, i) => itemCheck(item, (0, pointer_js_1.appendPointer)(p, i), c));
        });
    }
    function addCombinators(s, checks) {
        if (Array.isArray(s.allOf)) {
            // A part may require a property another part declares readOnly/writeOnly.
            const flags = { readOnly: new Set(), writeOnly: new Set() };
            for (const part of s.allOf)
                collectFlags(part, flags, 0);
            const parts = s.allOf.map((part) => compileNode(part, flags));
            checks.push((v, p, c) => parts.forEach((part) => part(v, p, c)));
        }
        for (const mode of ['anyOf', 'oneOf']) {
            if (!Array.isArray(s[mode]))
                continue;
            const variants = s[mode];
            const compiled = variants.map((v) => compileNode(v));
            const discriminated = compileDiscriminator(s, variants);
            checks.push((v, p, c) => {
                if (discriminated && discriminated(v, p, c))
                    return;
                chooseVariant(compiled, variants, v, p, c, mode);
            });
        }
        if (s.not !== undefined) {
            const not = compileNode(s.not);
            checks.push((v, p, c) => {
                const sub = { ...c, issues: [] };
                not(v, p, sub);
                if (sub.issues.length === 0)
                    c.issues.push({
                        pointer: p,
                        message: 'must NOT be valid against the "not" schema',
                        keyword: 'not',
                    });
            });
        }
    }
    /** Uses the OpenAPI discriminator when the value names a known variant; returns true when it decided. */
    function compileDiscriminator(s, variants) {
        const d = s.discriminator;
        if (!(0, pointer_js_1.isJsonObject)(d) || typeof d.propertyName !== 'string')
            return undefined;
        const property = d.propertyName;
        const mapping = new Map();
        for (const [value, ref] of Object.entries((0, pointer_js_1.isJsonObject)(d.mapping) ? d.mapping : {}))
            if (typeof ref === 'string')
                mapping.set(value, refCheck(ref));
        // Implicit mapping (no explicit one): a variant `$ref` answers to its component name.
        for (const variant of mapping.size === 0 ? variants : []) {
            if (variant && typeof variant === 'object' && typeof variant.$ref === 'string') {
                const name = refName(variant.$ref);
                if (name !== undefined && !mapping.has(name))
                    mapping.set(name, refCheck(variant.$ref));
            }
        }
        if (mapping.size === 0)
            return undefined;
        return (v, p, c) => {
            if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof MockFile)
                return false;
            const tag = v[property];
            const at = (0, pointer_js_1.appendPointer)(p, property);
            if (tag === undefined) {
                c.issues.push({
                    pointer: at,
                    message: `is required (discriminator; one of: ${[...mapping.keys()].map((k) => JSON.stringify(k)).join(', ')})`,
                    keyword: 'discriminator',
                });
                return true;
            }
            const check = typeof tag === 'string' ? mapping.get(tag) : undefined;
            if (!check) {
                c.issues.push({
                    pointer: at,
                    message: `must be one of: ${[...mapping.keys()].map((k) => JSON.stringify(k)).join(', ')}`,
                    keyword: 'discriminator',
                });
                return true;
            }
            check(v, p, c);
            return true;
        };
    }
    function chooseVariant(compiled, variants, v, p, c, mode) {
        let best;
        let bestDeep = false;
        for (const check of compiled) {
            const sub = { ...c, issues: [] };
            check(v, p, sub);
            if (sub.issues.length === 0)
                return;
            // A variant whose issues all sit below this value matched its type: its issues explain more.
            const deep = sub.issues.every((i) => i.pointer !== p && i.pointer.startsWith(p));
            if (!best || (deep && !bestDeep) || (deep === bestDeep && sub.issues.length < best.length)) {
                best = sub.issues;
                bestDeep = deep;
            }
        }
        if (best && bestDeep) {
            c.issues.push(...best);
            return;
        }
        const kinds = [...new Set(variants.map(describe))].join(' or ');
        c.issues.push({
            pointer: p,
            message: `must match ${mode === 'oneOf' ? 'exactly one' : 'at least one'} schema in ${mode} (${kinds})`,
            keyword: mode,
        });
    }
    function describe(schema) {
        const target = resolve(schema);
        if (!target || typeof target !== 'object')
            return 'value';
        if (target.const !== undefined)
            return show(target.const);
        if (target.type !== undefined)
            return Array.isArray(target.type) ? target.type.join('|') : String(target.type);
        if (typeof schema === 'object' && typeof schema.$ref === 'string')
            return refName(schema.$ref) ?? 'value';
        return 'value';
    }
    return {
        resolve,
        compile(schema) {
            const check = compileNode(schema);
            return (value, options) => {
                const ctx = {
                    issues: [],
                    direction: options?.direction ?? 'request',
                    files: options?.files ?? false,
                };
                check(value, '', ctx);
                return ctx.issues;
            };
        },
    };
}
