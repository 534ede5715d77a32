import type { FundingLine, PayerGainRow } from '@gevinst/domain';
import { describeSource, fundingPlanOf, sortPayerRows, sumKroner } from './funding-plan';

let counter = 0;
function line(overrides: Partial<FundingLine>): FundingLine {
  counter += 1;
  return {
    id: `line-${counter}`,
    initiativeId: 'i-1',
    year: 2026,
    category: 'acquisition',
    amount: 100,
    source: 'own_budget',
    pool: null,
    sourceName: null,
    payingDepartment: { id: 'd-1', name: 'Økonomi' },
    note: null,
    status: 'confirmed',
    applicationId: null,
    version: 1,
    can: { manage: true },
    ...overrides,
  };
}

describe('the initiative funding plan', () => {
  it('groups lines by year with exact subtotals and a total, and sorts each year by category', () => {
    const plan = fundingPlanOf([
      line({ year: 2027, category: 'operation', amount: 0.2 }),
      line({ year: 2026, category: 'operation', amount: 50_000 }),
      line({ year: 2027, category: 'acquisition', amount: 0.1, status: 'proposed' }),
      line({ year: 2026, category: 'acquisition', amount: 250_000.5 }),
    ]);
    expect(plan.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(plan.years[0].lines.map((l) => l.category)).toEqual(['acquisition', 'operation']);
    expect(plan.years[0].subtotal).toBe(300_000.5);
    expect(plan.years[1].subtotal).toBe(0.3);
    expect(plan.years[1].proposed).toBe(0.1);
    expect(plan.total).toBe(300_000.8);
    expect(plan.proposed).toBe(0.1);
    expect(plan.lineCount).toBe(4);
  });

  it('is empty without lines', () => {
    expect(fundingPlanOf([])).toEqual({ years: [], total: 0, proposed: 0, lineCount: 0 });
  });

  it('sums through øre', () => {
    expect(sumKroner([0.1, 0.2])).toBe(0.3);
    expect(sumKroner([])).toBe(0);
  });

  it('names the source with its pool or grant', () => {
    expect(describeSource({ source: 'pool', pool: { id: 'p', name: 'Digitaliseringsbanken' }, sourceName: null })).toBe(
      'Pulje: Digitaliseringsbanken',
    );
    expect(describeSource({ source: 'external_grant', pool: null, sourceName: 'Region Midt' })).toBe('Eksternt tilskud: Region Midt');
    expect(describeSource({ source: 'own_budget', pool: null, sourceName: null })).toBe('Eget budget');
  });

  it('orders who pays and who gains by year, then department', () => {
    const row = (year: number, name: string): PayerGainRow => ({
      year,
      department: { id: name, name },
      pays: 0,
      gains: 0,
      net: 0,
      hours: 0,
    });
    const sorted = sortPayerRows([row(2027, 'Ældre'), row(2026, 'Økonomi'), row(2026, 'Ældre'), row(2026, 'Børn')]);
    expect(sorted.map((r) => `${r.year} ${r.department.name}`)).toEqual(['2026 Børn', '2026 Ældre', '2026 Økonomi', '2027 Ældre']);
  });
});
