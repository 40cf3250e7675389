"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJson = parseJson;
/** `maxDepth` bounds the error locator's recursion (a valid deeper value is the caller's to refuse). */
function parseJson(text, maxDepth = 64) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        const { position, message } = locateSyntaxError(text, maxDepth);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < position && i < text.length; i++) {
            if (text.charCodeAt(i) === 10) {
                line++;
                lineStart = i + 1;
            }
        }
        return {
            ok: false,
            error: { position, line, column: position - lineStart + 1, message },
        };
    }
}
class Stop {
    position;
    message;
    constructor(position, message) {
        this.position = position;
        this.message = message;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function locateSyntaxError(text, maxDepth) {
    const n = text.length;
    let i = 0;
    let depth = 0;
    const fail = (message) => {
        throw new Stop(i, message);
    };
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const unexpected = (expected) => fail(i >= n
        ? `unexpected end of input, expected ${expected}`
        : `unexpected ${JSON.stringify(text[i])}, expected ${expected}`);
    const string = () => {
        i++;
        while (i < n) {
            const c = text[i];
            if (c === '"') {
                i++;
                return;
            }
            if (c === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        i += 2;
                        fail('invalid \\u escape in string');
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    i++;
                    fail('invalid escape in string');
                }
                i += 2;
                continue;
            }
            if (c < ' ')
                fail('control character in string (escape it)');
            i++;
        }
        fail('unterminated string');
    };
    const value = () => {
        ws();
        const c = text[i];
        if ((c === '{' || c === '[') && ++depth > maxDepth)
            fail(`nested deeper than ${maxDepth} levels`);
        if (c === '{')
            return object();
        if (c === '[')
            return array();
        if (c === '"')
            return string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
            NUMBER.lastIndex = i;
            const m = NUMBER.exec(text);
            if (!m || m[0] === '-')
                fail('invalid number');
            i += m[0].length;
            return;
        }
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return;
            }
        }
        unexpected('a JSON value');
    };
    /** The members of an object or array after its opening bracket, through its closing one. */
    const members = (close, member) => {
        i++;
        ws();
        if (text[i] !== close)
            for (;;) {
                member();
                ws();
                if (text[i] === close)
                    break;
                if (text[i] !== ',')
                    unexpected(`',' or '${close}'`);
                i++;
                ws();
                if (text[i] === close)
                    fail(`trailing comma before "${close}"`);
            }
        i++;
        depth--;
    };
    const object = () => members('}', () => {
        ws();
        if (text[i] !== '"')
            unexpected('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':')
            unexpected("':'");
        i++;
        value();
    });
    const array = () => members(']', value);
    try {
        value();
        ws();
        if (i < n)
            fail('unexpected data after the JSON value');
        return { position: n, message: 'invalid JSON' };
    }
    catch (e) {
        if (e instanceof Stop)
            return { position: e.position, message: e.message };
        throw e;
    }
}
