import type { ParamMap } from '@angular/router';
import { riskStateFromParams, riskStateToParams, riskStateToQuery, riskStateToFilterQuery, sameRiskState } from './risk-list-state';

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

describe('risk list state in the URL', () => {
  it('defaults to live risks by score, highest first, page 1 of 25', () => {
    const state = riskStateFromParams(params(''));
    expect(state).toMatchObject({ bands: [], cell: null, sort: 'score', direction: 'desc', page: 1, pageSize: 25 });
    expect(Object.values(riskStateToParams(state)).every((v) => v === null)).toBe(true);
  });

  it('reads repeated and comma-separated lists, drops unknown values and keeps the cell', () => {
    const state = riskStateFromParams(
      params('band=high,medium&band=bogus&category=technical&handler=supplier&overdueActions=true&notReviewedDays=90&probability=4&consequence=5&matrix=after&page=2'),
    );
    expect(state.bands).toEqual(['high', 'medium']);
    expect(state.categories).toEqual(['technical']);
    expect(state.handlers).toEqual(['supplier']);
    expect(state.overdueActions).toBe(true);
    expect(state.notReviewedDays).toBe(90);
    expect(state.cell).toEqual({ matrix: 'after', probability: 4, consequence: 5 });
    expect(state.page).toBe(2);
  });

  it('ignores a half or out-of-range cell and a malformed page', () => {
    expect(riskStateFromParams(params('probability=4')).cell).toBeNull();
    expect(riskStateFromParams(params('probability=6&consequence=1')).cell).toBeNull();
    expect(riskStateFromParams(params('page=-3&pageSize=9999')).page).toBe(1);
    expect(riskStateFromParams(params('pageSize=9999')).pageSize).toBe(100);
  });

  it('round-trips through the URL', () => {
    const state = riskStateFromParams(params('band=high&probability=3&consequence=2&sort=lastReviewedOn&direction=asc'));
    const again = riskStateFromParams(
      params(
        new URLSearchParams(
          Object.entries(riskStateToParams(state)).flatMap(([k, v]) =>
            v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)]),
          ),
        ).toString(),
      ),
    );
    expect(sameRiskState(state, again)).toBe(true);
  });

  it('sends the cell to the list but not to the heat maps', () => {
    const state = riskStateFromParams(params('band=high&probability=3&consequence=2'));
    expect(riskStateToQuery(state)).toMatchObject({ band: ['high'], probability: 3, consequence: 2, matrix: 'before', sort: 'score' });
    expect(riskStateToFilterQuery(state)).toEqual(expect.not.objectContaining({ probability: expect.anything() }));
  });
});
