import { countText, lastPage, pageToFallBackTo, pagingFromPaginator } from './list-paging';

const initiatives = { one: 'initiativ', many: 'initiativer' };

describe('list paging', () => {
  it('counts in Danish with thousands separators', () => {
    expect(countText(1, initiatives)).toBe('1 initiativ fundet');
    expect(countText(0, initiatives)).toBe('0 initiativer fundet');
    expect(countText(1250, initiatives)).toBe('1.250 initiativer fundet');
  });

  it('knows the last page, and that an empty list has one', () => {
    expect(lastPage(0, 25)).toBe(1);
    expect(lastPage(25, 25)).toBe(1);
    expect(lastPage(26, 25)).toBe(2);
  });

  it('falls back to the last page with rows when a bookmarked page is past the end', () => {
    expect(pageToFallBackTo({ items: [], total: 30 }, { page: 5, pageSize: 25 })).toBe(2);
    expect(pageToFallBackTo({ items: [], total: 0 }, { page: 5, pageSize: 25 })).toBeNull();
    expect(pageToFallBackTo({ items: [{}], total: 30 }, { page: 2, pageSize: 25 })).toBeNull();
  });

  it("turns the paginator's 0-based page into the URL's 1-based one", () => {
    expect(pagingFromPaginator({ pageIndex: 0, pageSize: 50 })).toEqual({ page: 1, pageSize: 50 });
    expect(pagingFromPaginator({ pageIndex: 3, pageSize: 10 })).toEqual({ page: 4, pageSize: 10 });
  });
});
