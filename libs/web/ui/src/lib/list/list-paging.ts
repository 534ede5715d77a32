// Page math and texts of a paged list. Pure: no Angular, so the unit tests run without a browser.

export const PAGE_SIZE_OPTIONS: readonly number[] = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;
export const PAGE_SIZE_MAX = 100;

/** Which page of a list is shown: 1-based, as in the URL and the API. */
export interface ListPaging {
  page: number;
  pageSize: number;
}

/** What a list is of, in Danish: "1 initiativ", "12 initiativer". */
export interface ListNoun {
  one: string;
  many: string;
}

/** "1 initiativ fundet", "1.250 initiativer fundet". */
export function countText(total: number, noun: ListNoun): string {
  return total === 1 ? `1 ${noun.one} fundet` : `${total.toLocaleString('da-DK')} ${noun.many} fundet`;
}

export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * A bookmarked page past the end (the list has shrunk since): the last page that has rows. Null when the
 * page received is fine as it is.
 */
export function pageToFallBackTo(received: { items: readonly unknown[]; total: number }, paging: ListPaging): number | null {
  if (received.items.length > 0 || received.total === 0) return null;
  const last = lastPage(received.total, paging.pageSize);
  return paging.page > last ? last : null;
}

/** Material's paginator counts pages from 0. */
export function pagingFromPaginator(event: { pageIndex: number; pageSize: number }): ListPaging {
  return { page: event.pageIndex + 1, pageSize: event.pageSize };
}
