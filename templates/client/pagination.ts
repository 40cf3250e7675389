/**
 * Paged list operations (the spec's `x-paging`). A paged call returns a `PagePromise`: await it for
 * the first page as the API sends it, iterate it (`for await`) for every item across all pages, or
 * call `pages()` for the pages themselves. Each next page is requested only when needed.
 */
import { APIPromise } from './api-promise.js';
import { readPointer, type AtPointer } from './json-pointer.js';

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
export type PageItem<TPage, P extends string> =
  NonNullable<AtPointer<TPage, P>> extends ReadonlyArray<infer Item> ? Item : unknown;

type Params = Readonly<Record<string, unknown>> | undefined;

export class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
  readonly #fetch: (params: Params) => APIPromise<TPage>;
  readonly #params: Params;
  readonly #paging: PagingDescriptor;

  constructor(
    fetch: (params: Params) => APIPromise<TPage>,
    params: Params,
    paging: PagingDescriptor,
  ) {
    super(fetch(params).withResponse());
    this.#fetch = fetch;
    this.#params = params;
    this.#paging = paging;
  }

  /** Every page, the first one included, requesting the next only when the loop asks for it. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    let params = this.#params;
    let page: TPage = await this;
    const seen = new Set<unknown>();
    for (;;) {
      yield page;
      const next = nextParams(this.#paging, params, page, seen);
      if (next === undefined) return;
      params = next;
      page = await this.#fetch(params);
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TItem> {
    for await (const page of this.pages()) {
      const items = readPointer(page, this.#paging.items);
      if (Array.isArray(items)) yield* items as TItem[];
    }
  }
}

/** The params of the page after `page`, or undefined when `page` is the last one. */
function nextParams(
  paging: PagingDescriptor,
  params: Params,
  page: unknown,
  seen: Set<unknown>,
): Params {
  const items = readPointer(page, paging.items);
  if (!Array.isArray(items) || items.length === 0) return undefined;
  if (paging.last !== undefined && readPointer(page, paging.last) === true) return undefined;
  if (paging.hasMore !== undefined && readPointer(page, paging.hasMore) === false) return undefined;
  if (paging.style === 'cursor') {
    const cursor =
      paging.nextCursor === undefined ? undefined : readPointer(page, paging.nextCursor);
    // A repeated cursor would loop forever.
    if (cursor === undefined || cursor === null || cursor === '' || seen.has(cursor))
      return undefined;
    seen.add(cursor);
    return { ...params, [paging.param]: cursor };
  }
  const size = paging.size === undefined ? undefined : params?.[paging.size];
  if (typeof size === 'number' && items.length < size) return undefined;
  const current = params?.[paging.param];
  return {
    ...params,
    [paging.param]: (typeof current === 'number' ? current : paging.firstPage) + 1,
  };
}

/** What a paged operation's function returns (generated code calls this). */
// `object`, not a record: params types are closed interfaces (no index signature).
export function paginate<TPage, TItem, TParams extends object | undefined>(
  fetch: (params: TParams) => APIPromise<TPage>,
  params: TParams,
  paging: PagingDescriptor,
): PagePromise<TPage, TItem> {
  return new PagePromise<TPage, TItem>(
    fetch as (params: Params) => APIPromise<TPage>,
    params as Params,
    paging,
  );
}
