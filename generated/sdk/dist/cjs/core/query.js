"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serializeQuery = serializeQuery;
exports.formPairs = formPairs;
exports.pair = pair;
exports.present = present;
exports.presentEntries = presentEntries;
exports.isRecord = isRecord;
exports.scalar = scalar;
function serializeQuery(params, styles = {}, encodeStyled = formPairs) {
    const pairs = [];
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null)
            continue;
        const style = styles[key];
        pairs.push(...(style ? encodeStyled(key, value, style) : formPairs(key, value)));
    }
    return pairs.join('&');
}
/** Form style, exploded. */
function formPairs(key, value) {
    if (Array.isArray(value))
        return present(value).map((item) => pair(key, item));
    if (isRecord(value))
        return presentEntries(value).map(([prop, item]) => pair(prop, item));
    return [pair(key, value)];
}
function pair(key, value) {
    return `${encodeURIComponent(key)}=${encodeURIComponent(scalar(value))}`;
}
function present(items) {
    return items.filter((item) => item !== undefined && item !== null);
}
function presentEntries(value) {
    return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}
/** An object parameter (a Date is a scalar). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !(value instanceof Date);
}
function scalar(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    return String(value);
}
