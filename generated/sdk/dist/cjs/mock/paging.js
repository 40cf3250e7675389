"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PAGE_SIZE = void 0;
exports.answerPage = answerPage;
const pointer_js_1 = require("./pointer.js");
const coerce_js_1 = require("./coerce.js");
/** Page size when neither the request nor the size field's schema default names one. */
exports.DEFAULT_PAGE_SIZE = 20;
const fieldValue = (field, req) => (0, coerce_js_1.requestField)(req, field.in, field.name);
/** A whole number from a body number or a query string; undefined when absent, NaN when not one. */
function wholeNumber(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    return Number.isInteger(n) ? n : NaN;
}
const badField = (field, message) => ({
    reject: { status: 400, message, param: field.name, code: null },
});
/** Where the page starts in the list, or why the request's page field cannot be served. */
function pageOffset(paging, size, total, req) {
    const { param, firstPage } = paging;
    const raw = fieldValue(param, req);
    if (paging.style === 'cursor') {
        if (raw === undefined || raw === null || raw === '')
            return 0;
        const offset = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
        return Number.isSafeInteger(offset) && offset <= total
            ? offset
            : badField(param, `${param.name} is not a cursor this mock handed out.`);
    }
    const index = wholeNumber(raw) ?? firstPage;
    if (Number.isNaN(index) || index < firstPage)
        return badField(param, `${param.name} must be a whole number from ${firstPage}.`);
    return (index - firstPage) * size;
}
/** The page of `value` the request asks for; `value` itself when it holds no list at `items`. */
function answerPage(paging, value, req) {
    const items = (0, pointer_js_1.getAtPointer)(value, paging.items);
    if (!Array.isArray(items))
        return { value };
    const requested = paging.size ? wholeNumber(fieldValue(paging.size, req)) : undefined;
    if (paging.size && requested !== undefined && (Number.isNaN(requested) || requested < 1))
        return badField(paging.size, `${paging.size.name} must be a whole number from 1.`);
    const size = requested ?? paging.defaultSize ?? exports.DEFAULT_PAGE_SIZE;
    const offset = pageOffset(paging, size, items.length, req);
    if (typeof offset !== 'number')
        return offset;
    const end = offset + size;
    const more = end < items.length;
    let page = (0, pointer_js_1.setAtPointer)((0, pointer_js_1.cloneJson)(value), paging.items, items.slice(offset, end));
    if (paging.last !== undefined)
        page = (0, pointer_js_1.setAtPointer)(page, paging.last, !more);
    if (paging.hasMore !== undefined)
        page = (0, pointer_js_1.setAtPointer)(page, paging.hasMore, more);
    if (paging.nextCursor !== undefined)
        page = (0, pointer_js_1.setAtPointer)(page, paging.nextCursor, more ? String(end) : null);
    return { value: page };
}
