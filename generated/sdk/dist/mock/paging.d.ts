/**
 * Paged list answers (`x-paging`, the IR's `operation.paging`): the answer's list (the example's
 * items, or a task family's live tasks) is cut into the page the request asks for, and the
 * answer's own markers (`last`, `hasMore`, `nextCursor`) say whether another follows — so an SDK
 * iterating every page stops after exactly the list's items. The page-describing fields the schema
 * declares (`number`, `totalElements`, … see `paging-fields.ts`) are computed from the same list.
 */
import type { ErrorDetail, JsonValue, MockPaging } from './types.js';
import { type RequestParts } from './coerce.js';
/** Page size when neither the request nor the size field's schema default names one. */
export declare const DEFAULT_PAGE_SIZE = 20;
export type PageAnswer = {
    value: JsonValue;
} | {
    reject: ErrorDetail;
};
/** The page of `value` the request asks for; `value` itself when it holds no list at `items`. */
export declare function answerPage(paging: MockPaging, value: JsonValue, req: RequestParts): PageAnswer;
