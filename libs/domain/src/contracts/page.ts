/** A page of a server-side paged list. `page` counts from 1. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Where a list supports keyset paging: pass as `after` to get the rows after this page; absent on the last page. */
  nextCursor?: string;
}
