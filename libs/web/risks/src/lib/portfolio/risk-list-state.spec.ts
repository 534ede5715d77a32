import type { ParamMap } from '@angular/router';
import { RISK_LIST, cellParams, hasActiveFilters, riskStateToFilterQuery, riskStateToQuery } from './risk-list-state';

/** A ParamMap over a query string, as the router gives it. */
function params(query: string): ParamMap {
  const search = new URLSearchParams(query);
  return {
    keys: [...new Set(search.keys())],
    has: (name) => search.has(name),
    get: (name) => search.get(name),
    getAll: (name) => search.getAll(name),
  };
}

const read = (query: string) => RISK_LIST.read(params(query));

describe('risk list state in the URL', () => {
  it('defaults to live risks by score, highest first, page 1 of 25', () => {
    const state = read('');
    expect(state).toMatchObject({ bands: [], cell: null, sort: { field: 'score', direction: 'desc' }, page: 1, pageSize: 25 });
    expect(Object.values(RISK_LIST.write(state)).every((v) => v === null)).toBe(true);
    expect(hasActiveFilters(state)).toBe(false);
  });

  it('reads repeated and comma-separated lists, drops unknown values and keeps the cell', () => {
    const state = read(
      'band=high,medium&band=bogus&category=technical&handler=supplier&overdueActions=true&notReviewedDays=90&probability=4&consequence=5&matrix=after&page=2',
    );
    expect(state.bands).toEqual(['medium', 'high']);
    expect(state.categories).toEqual(['technical']);
    expect(state.handlers).toEqual(['supplier']);
    expect(state.overdueActions).toBe(true);
    expect(state.notReviewedDays).toBe(90);
    expect(state.cell).toEqual({ matrix: 'after', probability: 4, consequence: 5 });
    expect(state.page).toBe(2);
    expect(hasActiveFilters(state)).toBe(true);
  });

  it('ignores a half or out-of-range cell and a malformed page', () => {
    expect(read('probability=4').cell).toBeNull();
    expect(read('probability=6&consequence=1').cell).toBeNull();
    expect(read('probability=3&consequence=1&matrix=bogus').cell).toBeNull();
    expect(read('page=-3&pageSize=9999').page).toBe(1);
    expect(read('pageSize=9999').pageSize).toBe(100);
  });

  it('keeps the cell out of the filters that "Nulstil filtre" clears', () => {
    expect(hasActiveFilters(read('probability=3&consequence=2&page=2'))).toBe(false);
  });

  it('round-trips through the URL, the cell link keeping the filters', () => {
    const state = read('band=high&probability=3&consequence=2&sort=lastReviewedOn&direction=asc&page=4');
    const linked = cellParams(state, { matrix: 'after', probability: 5, consequence: 5 });
    expect(linked).toMatchObject({ band: ['high'], probability: 5, consequence: 5, matrix: 'after', sort: 'lastReviewedOn', page: null });
    const query = new URLSearchParams(
      Object.entries(RISK_LIST.write(state)).flatMap(([k, v]) => (v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)]))),
    ).toString();
    expect(RISK_LIST.same(state, read(query))).toBe(true);
  });

  it('sends the cell to the list but not to the heat maps', () => {
    const state = read('band=high&probability=3&consequence=2');
    expect(riskStateToQuery(state)).toMatchObject({ band: ['high'], probability: 3, consequence: 2, matrix: 'before', sort: 'score', direction: 'desc' });
    expect(riskStateToFilterQuery(state)).toEqual(expect.not.objectContaining({ probability: expect.anything() }));
  });
});
