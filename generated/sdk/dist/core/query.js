export function serializeQuery(params, styles = {}, encodeStyled = formPairs) {
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
export function formPairs(key, value) {
    if (Array.isArray(value))
        return present(value).map((item) => pair(key, item));
    if (isRecord(value))
        return presentEntries(value).map(([prop, item]) => pair(prop, item));
    return [pair(key, value)];
}
export function pair(key, value) {
    return `${encodeURIComponent(key)}=${encodeURIComponent(scalar(value))}`;
}
export function present(items) {
    return items.filter((item) => item !== undefined && item !== null);
}
export function presentEntries(value) {
    return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}
/** An object parameter (a Date is a scalar). */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !(value instanceof Date);
}
export function scalar(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    return String(value);
}
