import type { ParamMap } from '@angular/router';
import {
  NO_FILTERS,
  describeFilters,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  financeParams,
  highRiskListParams,
  initiativeListParams,
  sameFilters,
  treeOptions,
  yearOptions,
} from './dashboard-state';

function params(query: string): ParamMap {
  const search = new URLSearchParams(query);
  return {
    keys: [...new Set(search.keys())],
    has: (name) => search.has(name),
    get: (name) => search.get(name),
    getAll: (name) => search.getAll(name),
  };
}

const DEPT = '0b3c8a7e-7d1a-4c1e-9a55-3f1f0e4b2d11';
const GROUP = '5e0c1d2a-1111-4222-8333-944455566677';

describe('dashboard filters in the URL', () => {
  it('reads every filter, leniently, and writes them back the way the API takes them', () => {
    const filters = filtersFromParams(params(`departmentId=${DEPT}&phase=analysis,idea&phase=bogus&steeringGroupId=${GROUP}&strategicGoalId=nope&technology=%20RPA%20&year=2027`));
    expect(filters).toEqual({
      departmentId: DEPT,
      phases: ['idea', 'analysis'],
      steeringGroupId: GROUP,
      strategicGoalId: null,
      technology: 'RPA',
      year: 2027,
    });
    expect(filtersToParams(filters)).toEqual({
      departmentId: DEPT,
      phase: 'idea,analysis',
      steeringGroupId: GROUP,
      strategicGoalId: null,
      technology: 'RPA',
      year: 2027,
    });
    expect(filtersToQuery(filters)).toEqual({ departmentId: DEPT, phase: ['idea', 'analysis'], steeringGroupId: GROUP, technology: 'RPA', year: 2027 });
  });

  it('drops malformed years and ids and leaves an empty URL empty', () => {
    expect(filtersFromParams(params('year=99999&departmentId=x'))).toEqual(NO_FILTERS);
    expect(Object.values(filtersToParams(NO_FILTERS)).every((v) => v === null)).toBe(true);
    expect(filtersToQuery(NO_FILTERS)).toEqual({});
    expect(sameFilters(filtersFromParams(params('phase=idea,analysis')), filtersFromParams(params('phase=analysis&phase=idea')))).toBe(true);
  });

  it('states the filters in words', () => {
    expect(describeFilters(NO_FILTERS, {}, 2026)).toBe('Alle initiativer · År: 2026');
    expect(
      describeFilters({ ...NO_FILTERS, departmentId: DEPT, phases: ['idea'], technology: 'RPA' }, { department: 'Økonomi' }, 2027),
    ).toBe('Forvaltning: Økonomi (med underliggende) · Fase: Idé · Teknologi: RPA · År: 2027');
  });

  it('links to the lists behind the figures with what those lists can filter on', () => {
    const filters = { ...NO_FILTERS, departmentId: DEPT, phases: ['idea' as const, 'analysis' as const], year: 2026 };
    expect(initiativeListParams(filters)).toEqual({ phase: ['idea', 'analysis'], departmentId: DEPT });
    expect(initiativeListParams(filters, 'analysis')).toEqual({ phase: ['analysis'], departmentId: DEPT });
    expect(highRiskListParams(filters)).toEqual({ band: 'high', departmentId: DEPT });
    expect(financeParams(filters, 2026)).toEqual({ fromYear: 2026, toYear: 2026, phase: 'idea,analysis' });
  });

  it('offers the years around this one and the chosen one', () => {
    expect(yearOptions(2026, null)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(yearOptions(2026, 2040).at(-1)).toBe(2040);
  });

  it('orders a tree depth-first, siblings by name, unknown parents as roots', () => {
    const options = treeOptions([
      { id: 'p', name: 'Projekt', parentId: 'd' },
      { id: 'd', name: 'Direktionen', parentId: null },
      { id: 'a', name: 'Anden', parentId: 'd' },
      { id: 'x', name: 'Løs', parentId: 'gone' },
    ]);
    expect(options.map((o) => `${o.depth}:${o.name}`)).toEqual(['0:Direktionen', '1:Anden', '1:Projekt', '0:Løs']);
  });
});
