"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serializeQuery = serializeQuery;
function serializeQuery(params, styles = {}) {
    const pairs = [];
    const add = (key, value) => {
        pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    };
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null)
            continue;
        const style = styles[key]?.style ?? 'form';
        const explode = styles[key]?.explode ?? style === 'form';
        if (Array.isArray(value)) {
            const items = value.filter((item) => item !== undefined && item !== null).map(scalar);
            if (explode)
                items.forEach((item) => add(key, item));
            else if (items.length > 0) {
                // Commas stay literal (form); space and pipe delimiters are percent-encoded.
                const delimiter = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '%7C' : ',';
                pairs.push(`${encodeURIComponent(key)}=${items.map(encodeURIComponent).join(delimiter)}`);
            }
        }
        else if (typeof value === 'object' && !(value instanceof Date)) {
            const entries = Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
            if (style === 'deepObject')
                entries.forEach(([prop, item]) => add(`${key}[${prop}]`, scalar(item)));
            else if (explode)
                entries.forEach(([prop, item]) => add(prop, scalar(item)));
            else if (entries.length > 0) {
                pairs.push(`${encodeURIComponent(key)}=${entries.flatMap(([prop, item]) => [encodeURIComponent(prop), encodeURIComponent(scalar(item))]).join(',')}`);
            }
        }
        else {
            add(key, scalar(value));
        }
    }
    return pairs.join('&');
}
function scalar(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    return String(value);
}
