/**
 * Paged list answers (`x-paging`, the IR's `operation.paging`): the answer's list (the example's
 * items, or a task family's live tasks) is cut into the page the request asks for, and the
 * answer's own markers (`last`, `hasMore`, `nextCursor`) say whether another follows — so an SDK
 * iterating every page stops after exactly the list's items. The page-describing fields the schema
 * declares (`number`, `totalElements`, … see `paging-fields.ts`) are computed from the same list.
 */
import type { ErrorDetail, JsonValue, MockPaging, MockRequestField } from './types.js';
import { cloneJson, getAtPointer, setAtPointer } from './pointer.js';
import { requestField, type RequestParts } from './coerce.js';
import type { PageField } from './paging-fields.js';

/** Page size when neither the request nor the size field's schema default names one. */
export const DEFAULT_PAGE_SIZE = 20;

export type PageAnswer = { value: JsonValue } | { reject: ErrorDetail };

/** A whole number from a body number or a query string; undefined when absent, NaN when not one. */
function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) ? n : NaN;
}

const badField = (field: MockRequestField, message: string): PageAnswer => ({
  reject: { status: 400, message, param: field.name, code: null },
});

/** Where the page starts in the list, or why the request's page field cannot be served. */
function pageOffset(
  paging: MockPaging,
  size: number,
  total: number,
  req: RequestParts,
): number | PageAnswer {
  const { param, firstPage } = paging;
  const raw = requestField(req, param);
  if (paging.style === 'cursor') {
    if (raw === undefined || raw === null || raw === '') return 0;
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

interface PageFacts {
  paging: MockPaging;
  size: number;
  offset: number;
  total: number;
  /** Items on this page. */
  count: number;
  more: boolean;
}

/** A well-known page field computed from the list paged, not copied from the example. */
function pageField(field: PageField, f: PageFacts): JsonValue {
  // The page's index in the request's own numbering (from `firstPage`).
  const number =
    Math.floor(f.offset / f.size) + (f.paging.style === 'page' ? f.paging.firstPage : 0);
  switch (field) {
    case 'number':
    case 'pageablePageNumber':
      return number;
    case 'size':
    case 'pageablePageSize':
      return f.size;
    case 'numberOfElements':
      return f.count;
    case 'totalElements':
      return f.total;
    case 'totalPages':
      return Math.ceil(f.total / f.size);
    case 'first':
      return f.offset === 0;
    case 'last':
      return !f.more;
    case 'empty':
      return f.count === 0;
    case 'pageableOffset':
      return f.offset;
  }
}

/** The page of `value` the request asks for; `value` itself when it holds no list at `items`. */
export function answerPage(paging: MockPaging, value: JsonValue, req: RequestParts): PageAnswer {
  const items = getAtPointer(value, paging.items);
  if (!Array.isArray(items)) return { value };
  const requested = paging.size ? wholeNumber(requestField(req, paging.size)) : undefined;
  if (paging.size && requested !== undefined && (Number.isNaN(requested) || requested < 1))
    return badField(paging.size, `${paging.size.name} must be a whole number from 1.`);
  const size = requested ?? paging.defaultSize ?? DEFAULT_PAGE_SIZE;
  const offset = pageOffset(paging, size, items.length, req);
  if (typeof offset !== 'number') return offset;
  const end = offset + size;
  const more = end < items.length;
  const slice = items.slice(offset, end);
  let page = setAtPointer(cloneJson(value), paging.items, slice as JsonValue);
  for (const [field, pointer] of Object.entries(paging.pageFields ?? {}) as [PageField, string][])
    page = setAtPointer(
      page,
      pointer,
      pageField(field, { paging, size, offset, total: items.length, count: slice.length, more }),
    );
  if (paging.last !== undefined) page = setAtPointer(page, paging.last, !more);
  if (paging.hasMore !== undefined) page = setAtPointer(page, paging.hasMore, more);
  if (paging.nextCursor !== undefined)
    page = setAtPointer(page, paging.nextCursor, more ? String(end) : null);
  return { value: page };
}
