import type { ParamMap } from '@angular/router';
import { DECISION_LOG, decisionStateToQuery, hasDecisionFilters } from './decision-log-state';

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

const read = (query: string) => DECISION_LOG.read(params(query));
const GROUP = '0b9c6a8e-2f1d-4c3b-9a7e-5d4c3b2a1f0e';

describe('decision log state in the URL', () => {
  it('defaults to every decision, page 1 of 25, and writes nothing for the defaults', () => {
    const state = read('');
    expect(state).toEqual({ kinds: [], steeringGroupId: null, from: null, to: null, page: 1, pageSize: 25 });
    expect(Object.values(DECISION_LOG.write(state)).every((v) => v === null)).toBe(true);
    expect(hasDecisionFilters(state)).toBe(false);
  });

  it('reads repeated and comma-separated kinds in the contract order and drops what it does not know', () => {
    const state = read(`kind=stop,bogus&kind=approve_phase&steeringGroupId=${GROUP}&from=2026-03-01&to=2026-03-31&page=2&pageSize=50`);
    expect(state).toEqual({ kinds: ['approve_phase', 'stop'], steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(DECISION_LOG.write(state)).toEqual({ kind: ['approve_phase', 'stop'], steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(decisionStateToQuery(state)).toEqual({ kind: ['approve_phase', 'stop'], steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(hasDecisionFilters(state)).toBe(true);
  });

  it('ignores malformed ids, dates and pages, swaps dates the wrong way round and caps the page size', () => {
    expect(read('steeringGroupId=nope&from=2026-13-01&to=01.03.2026&page=-1&pageSize=1000')).toMatchObject({
      steeringGroupId: null,
      from: null,
      to: null,
      page: 1,
      pageSize: 100,
    });
    expect(read('from=2026-04-01&to=2026-03-01')).toMatchObject({ from: '2026-03-01', to: '2026-04-01' });
  });

  it('compares states by their URL', () => {
    expect(DECISION_LOG.same(read('kind=stop,pause'), read('kind=pause&kind=stop'))).toBe(true);
    expect(DECISION_LOG.same(read('page=2'), read(''))).toBe(false);
  });
});
