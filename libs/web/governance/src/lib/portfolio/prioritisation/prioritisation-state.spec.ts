import type { ParamMap } from '@angular/router';
import {
  EMPTY_PRIORITISATION_STATE,
  hasPrioritisationFilters,
  prioritisationStateFromParams,
  prioritisationStateToParams,
  prioritisationStateToQuery,
  RANKABLE_PHASES,
  samePrioritisationState,
  yearOptions,
} from './prioritisation-state';

function params(query: string): ParamMap {
  const search = new URLSearchParams(query);
  return {
    keys: [...new Set(search.keys())],
    has: (name) => search.has(name),
    get: (name) => search.get(name),
    getAll: (name) => search.getAll(name),
  };
}

const DEPARTMENT = '0b9c6a8e-2f1d-4c3b-9a7e-5d4c3b2a1f0e';

describe('prioritisation filters in the URL', () => {
  it('leaves everything to the API by default', () => {
    const state = prioritisationStateFromParams(params(''));
    expect(state).toEqual(EMPTY_PRIORITISATION_STATE);
    expect(prioritisationStateToQuery(state)).toEqual({});
    expect(hasPrioritisationFilters(state)).toBe(false);
  });

  it('reads years, the available amount, the department and phases, and writes them back', () => {
    const state = prioritisationStateFromParams(params(`fromYear=2027&toYear=2026&available=500000.5&departmentId=${DEPARTMENT}&phase=implementation,idea&phase=closed`));
    expect(state).toEqual({ fromYear: 2026, toYear: 2027, available: 500_000.5, departmentId: DEPARTMENT, phases: ['idea', 'implementation'] });
    expect(prioritisationStateToParams(state)).toEqual({ fromYear: 2026, toYear: 2027, available: 500_000.5, departmentId: DEPARTMENT, phase: 'idea,implementation' });
    expect(prioritisationStateToQuery(state)).toEqual({ fromYear: 2026, toYear: 2027, available: 500_000.5, departmentId: DEPARTMENT, phase: ['idea', 'implementation'] });
    expect(hasPrioritisationFilters(state)).toBe(true);
  });

  it('drops malformed values: years out of range, amounts with signs or three decimals, ids that are not ids', () => {
    expect(prioritisationStateFromParams(params('fromYear=99&toYear=abcd&available=-5&departmentId=x'))).toEqual(EMPTY_PRIORITISATION_STATE);
    expect(prioritisationStateFromParams(params('available=1.005')).available).toBeNull();
    expect(prioritisationStateFromParams(params('available=0')).available).toBe(0);
  });

  it('never offers closed or stopped initiatives, which are not ranked', () => {
    expect(RANKABLE_PHASES).toEqual(['idea', 'analysis', 'implementation', 'realisation', 'paused']);
  });

  it('offers years around this year plus those in the URL, and compares states by their URL', () => {
    const options = yearOptions({ ...EMPTY_PRIORITISATION_STATE, fromYear: 2001 }, 2026);
    expect(options[0]).toBe(2001);
    expect(options).toContain(2021);
    expect(options.at(-1)).toBe(2036);
    expect(samePrioritisationState(prioritisationStateFromParams(params('phase=idea,analysis')), prioritisationStateFromParams(params('phase=analysis&phase=idea')))).toBe(true);
  });
});
