import type { ParamMap } from '@angular/router';
import type { FinanceOverview, FinancePivotRow } from '@gevinst/domain';
import { departmentYearTable, sourceCategoryTable, yearSummary, yearsOf } from './finance-pivot';
import {
  EMPTY_FINANCE_STATE,
  describeFinanceFilters,
  financeStateFromParams,
  financeStateToParams,
  financeStateToQuery,
  hasFinanceFilters,
} from './finance-state';

const OKO = { id: 'd-oko', name: 'Økonomi' };
const AEL = { id: 'd-ael', name: 'Ældre' };
const DEPT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function row(overrides: Partial<FinancePivotRow>): FinancePivotRow {
  return { year: 2026, department: OKO, source: 'own_budget', category: 'acquisition', amount: 0, lines: 1, ...overrides };
}

function overview(rows: FinancePivotRow[], totalsByYear: FinanceOverview['totalsByYear'] = []): FinanceOverview {
  return {
    query: {},
    rows,
    totalsByYear,
    totalsByDepartment: [],
    totalsBySource: [],
    totalsByCategory: [],
    total: 0,
    benefitsDkk: 0,
    benefitsHours: 0,
  };
}

function params(query: string): ParamMap {
  const search = new URLSearchParams(query);
  return {
    keys: [...new Set(search.keys())],
    has: (name) => search.has(name),
    get: (name) => search.get(name),
    getAll: (name) => search.getAll(name),
  };
}

describe('the finance pivot', () => {
  const data = overview([
    row({ year: 2026, department: OKO, source: 'own_budget', category: 'acquisition', amount: 100_000.1 }),
    row({ year: 2026, department: OKO, source: 'pool', category: 'implementation', amount: 0.2 }),
    row({ year: 2028, department: AEL, source: 'pool', category: 'operation', amount: 50_000 }),
    row({ year: 2026, department: AEL, source: 'own_budget', category: 'acquisition', amount: 25_000 }),
  ]);

  it('lays departments against years, filling the empty year between, with exact totals both ways', () => {
    const table = departmentYearTable(data);
    expect(table.years).toEqual([2026, 2027, 2028]);
    // Danish order: Æ before Ø.
    expect(table.rows.map((r) => r.department.name)).toEqual(['Ældre', 'Økonomi']);
    expect(table.rows[0].amounts).toEqual([25_000, 0, 50_000]);
    expect(table.rows[1].amounts).toEqual([100_000.3, 0, 0]);
    expect(table.rows[1].total).toBe(100_000.3);
    expect(table.yearTotals).toEqual([125_000.3, 0, 50_000]);
    expect(table.total).toBe(175_000.3);
  });

  it('lays sources against categories in the contract order, leaving out what has no money', () => {
    const table = sourceCategoryTable(data);
    expect(table.categories).toEqual(['acquisition', 'implementation', 'operation']);
    expect(table.rows.map((r) => r.source)).toEqual(['own_budget', 'pool']);
    expect(table.rows[0].amounts).toEqual([125_000.1, 0, 0]);
    expect(table.rows[1].amounts).toEqual([0, 0.2, 50_000]);
    expect(table.categoryTotals).toEqual([125_000.1, 0.2, 50_000]);
    expect(table.total).toBe(175_000.3);
  });

  it('does not fill a long span of years', () => {
    expect(yearsOf(overview([row({ year: 2000 }), row({ year: 2040 })]))).toEqual([2000, 2040]);
    expect(yearsOf(overview([]))).toEqual([]);
  });

  it('puts the planned benefits next to the funding per year, also in a year without funding', () => {
    const summary = yearSummary({
      ...overview([row({ year: 2026, amount: 10 })], [
        { year: 2026, amount: 10, benefitsDkk: 0, benefitsHours: 0 },
        { year: 2027, amount: 0, benefitsDkk: 400_000, benefitsHours: 1_200 },
      ]),
      total: 10,
      benefitsDkk: 400_000,
      benefitsHours: 1_200,
    });
    expect(summary.rows).toEqual([
      { year: 2026, amount: 10, benefitsDkk: 0, benefitsHours: 0 },
      { year: 2027, amount: 0, benefitsDkk: 400_000, benefitsHours: 1_200 },
    ]);
    expect(summary).toMatchObject({ amount: 10, benefitsDkk: 400_000, benefitsHours: 1_200 });
  });
});

describe('the finance filters in the URL', () => {
  it('reads every filter, comma-separated or repeated, and drops what it does not know', () => {
    const state = financeStateFromParams(
      params(`fromYear=2026&toYear=2028&departmentId=${DEPT_ID}&phase=implementation,analysis&phase=nonsense&source=pool&status=confirmed,maybe`),
    );
    expect(state).toEqual({
      fromYear: 2026,
      toYear: 2028,
      departmentId: DEPT_ID,
      phases: ['analysis', 'implementation'],
      sources: ['pool'],
      statuses: ['confirmed'],
    });
    expect(financeStateToParams(state)).toEqual({
      fromYear: 2026,
      toYear: 2028,
      departmentId: DEPT_ID,
      phase: 'analysis,implementation',
      source: 'pool',
      status: 'confirmed',
    });
    expect(financeStateToQuery(state)).toEqual({
      fromYear: 2026,
      toYear: 2028,
      departmentId: DEPT_ID,
      phase: ['analysis', 'implementation'],
      source: ['pool'],
      status: ['confirmed'],
    });
  });

  it('ignores malformed years and departments, and swaps years given the wrong way round', () => {
    expect(financeStateFromParams(params('fromYear=20x6&toYear=1999&departmentId=abc'))).toEqual(EMPTY_FINANCE_STATE);
    expect(financeStateFromParams(params('fromYear=2030&toYear=2026'))).toMatchObject({ fromYear: 2026, toYear: 2030 });
  });

  it('sends no filter when none is set', () => {
    expect(financeStateToQuery(EMPTY_FINANCE_STATE)).toEqual({});
    expect(hasFinanceFilters(EMPTY_FINANCE_STATE)).toBe(false);
    expect(Object.values(financeStateToParams(EMPTY_FINANCE_STATE)).every((v) => v === null)).toBe(true);
  });

  it('describes the filters in Danish', () => {
    expect(describeFinanceFilters(EMPTY_FINANCE_STATE, null)).toBe('År: alle · Forvaltning: alle · Fase: alle · Kilde: alle · Status: alle');
    const state = { ...EMPTY_FINANCE_STATE, fromYear: 2026, toYear: 2028, departmentId: DEPT_ID, sources: ['pool' as const], statuses: ['confirmed' as const] };
    expect(describeFinanceFilters(state, 'Økonomi')).toBe(
      'År: 2026–2028 · Forvaltning: Økonomi (med underliggende områder) · Fase: alle · Kilde: Pulje · Status: Bekræftet',
    );
    expect(describeFinanceFilters({ ...EMPTY_FINANCE_STATE, fromYear: 2027 }, null)).toMatch(/^År: fra 2027 /);
  });
});
