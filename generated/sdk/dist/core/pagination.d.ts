/**
 * Paged list operations (the spec's `x-paging`). A paged call returns a `PagePromise`: await it for
 * the first page as the API sends it, iterate it (`for await`) for every item across all pages, or
 * call `pages()` for the pages themselves. Each next page is requested only when needed.
 */
import { APIPromise } from './api-promise.js';
import { type AtPointer } from './json-pointer.js';
/** How an operation pages, from its `x-paging` (keys are those of the call's params object). */
export interface PagingDescriptor {
    style: 'page' | 'cursor';
    /** The params key of the page index (`page`) or the cursor (`cursor`). */
    param: string;
    /** The params key of the page size, when the API takes one. */
    size?: string | undefined;
    /** Index of the first page (`page` style). */
    firstPage: number;
    /** JSON pointers into a page. */
    items: string;
    nextCursor?: string | undefined;
    hasMore?: string | undefined;
    last?: string | undefined;
}
/** The item type of a page type at the items pointer. */
export type PageItem<TPage, P extends string> = NonNullable<AtPointer<TPage, P>> extends ReadonlyArray<infer Item> ? Item : unknown;
type Params = Readonly<Record<string, unknown>> | undefined;
export declare class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
    #private;
    constructor(fetch: (params: Params) => APIPromise<TPage>, params: Params, paging: PagingDescriptor);
    /** Every page, the first one included, requesting the next only when the loop asks for it. */
    pages(): AsyncGenerator<TPage, void, undefined>;
    [Symbol.asyncIterator](): AsyncIterator<TItem>;
}
/** What a paged operation's function returns (generated code calls this). */
export declare function paginate<TPage, TItem, TParams extends object | undefined>(fetch: (params: TParams) => APIPromise<TPage>, params: TParams, paging: PagingDescriptor): PagePromise<TPage, TItem>;
export {};
