/**
 * The well-known page-describing fields of a paged answer (Spring Data's `Page`), by the path from
 * the object holding the items. The generator keeps those the response schema declares
 * (`MockPaging.pageFields`); `paging.ts` fills them from the list it pages.
 */
export type PageField =
  | 'number'
  | 'size'
  | 'numberOfElements'
  | 'totalElements'
  | 'totalPages'
  | 'first'
  | 'last'
  | 'empty'
  | 'pageableOffset'
  | 'pageablePageNumber'
  | 'pageablePageSize';

export const PAGE_FIELDS: Readonly<
  Record<PageField, { path: readonly string[]; type: 'integer' | 'boolean' }>
> = {
  number: { path: ['number'], type: 'integer' },
  size: { path: ['size'], type: 'integer' },
  numberOfElements: { path: ['numberOfElements'], type: 'integer' },
  totalElements: { path: ['totalElements'], type: 'integer' },
  totalPages: { path: ['totalPages'], type: 'integer' },
  first: { path: ['first'], type: 'boolean' },
  last: { path: ['last'], type: 'boolean' },
  empty: { path: ['empty'], type: 'boolean' },
  pageableOffset: { path: ['pageable', 'offset'], type: 'integer' },
  pageablePageNumber: { path: ['pageable', 'pageNumber'], type: 'integer' },
  pageablePageSize: { path: ['pageable', 'pageSize'], type: 'integer' },
};
