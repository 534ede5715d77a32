import type { ParamMap } from '@angular/router';
import {
  decisionCount,
  decisionStateFromParams,
  decisionStateToParams,
  decisionStateToQuery,
  hasDecisionFilters,
  sameDecisionState,
} from './decision-log-state';

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

const GROUP = '0b9c6a8e-2f1d-4c3b-9a7e-5d4c3b2a1f0e';

describe('decision log state in the URL', () => {
  it('defaults to every decision, page 1 of 25, and writes nothing for the defaults', () => {
    const state = decisionStateFromParams(params(''));
    expect(state).toEqual({ kinds: [], steeringGroupId: null, from: null, to: null, page: 1, pageSize: 25 });
    expect(Object.values(decisionStateToParams(state)).every((v) => v === null)).toBe(true);
    expect(hasDecisionFilters(state)).toBe(false);
  });

  it('reads repeated and comma-separated kinds in the contract order and drops what it does not know', () => {
    const state = decisionStateFromParams(params(`kind=stop,bogus&kind=approve_phase&steeringGroupId=${GROUP}&from=2026-03-01&to=2026-03-31&page=2&pageSize=50`));
    expect(state).toEqual({ kinds: ['approve_phase', 'stop'], steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(decisionStateToParams(state)).toEqual({ kind: 'approve_phase,stop', steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(decisionStateToQuery(state)).toEqual({ kind: ['approve_phase', 'stop'], steeringGroupId: GROUP, from: '2026-03-01', to: '2026-03-31', page: 2, pageSize: 50 });
    expect(hasDecisionFilters(state)).toBe(true);
  });

  it('ignores malformed ids, dates and pages, swaps dates the wrong way round and caps the page size', () => {
    const state = decisionStateFromParams(params('steeringGroupId=nope&from=2026-13-01&to=01.03.2026&page=-1&pageSize=1000'));
    expect(state).toMatchObject({ steeringGroupId: null, from: null, to: null, page: 1, pageSize: 100 });
    expect(decisionStateFromParams(params('from=2026-04-01&to=2026-03-01'))).toMatchObject({ from: '2026-03-01', to: '2026-04-01' });
  });

  it('compares states by their URL', () => {
    expect(sameDecisionState(decisionStateFromParams(params('kind=stop,pause')), decisionStateFromParams(params('kind=pause&kind=stop')))).toBe(true);
    expect(sameDecisionState(decisionStateFromParams(params('page=2')), decisionStateFromParams(params('')))).toBe(false);
  });

  it('counts decisions in Danish', () => {
    expect(decisionCount(1)).toBe('1 beslutning');
    expect(decisionCount(0)).toBe('0 beslutninger');
    expect(decisionCount(1250)).toBe('1.250 beslutninger');
  });
});
