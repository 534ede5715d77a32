import type { MyBenefit } from '@gevinst/domain';
import { overdueSummary, sortMostOverdueFirst } from './my-benefits';

const benefit = (id: string, points: { dueDate: string; overdue: boolean }[], code = 'BAL-2026-001'): MyBenefit => ({
  id,
  title: id,
  type: 'time',
  unit: 'hours',
  unitLabel: null,
  status: 'in_progress',
  initiative: { id: 'i', code, title: 'Initiativ' },
  latestMeasurement: null,
  openPoints: points.map((p, i) => ({ id: `${id}-${i}`, label: null, ...p })),
  overdueCount: points.filter((p) => p.overdue).length,
});

describe('sortMostOverdueFirst', () => {
  it('puts the longest overdue first, then what is due next, then benefits without points', () => {
    const sorted = sortMostOverdueFirst([
      benefit('none', []),
      benefit('due-soon', [{ dueDate: '2026-12-01', overdue: false }]),
      benefit('overdue-recently', [{ dueDate: '2026-11-01', overdue: true }]),
      benefit('overdue-long', [
        { dueDate: '2026-03-31', overdue: true },
        { dueDate: '2026-06-30', overdue: true },
      ]),
      benefit('due-later', [{ dueDate: '2027-03-01', overdue: false }]),
    ]);
    expect(sorted.map((b) => b.id)).toEqual(['overdue-long', 'overdue-recently', 'due-soon', 'due-later', 'none']);
  });
});

describe('overdueSummary', () => {
  it('counts overdue measurements and the benefits they are on', () => {
    expect(overdueSummary([benefit('a', [])])).toBeNull();
    expect(overdueSummary([benefit('a', [{ dueDate: '2026-01-01', overdue: true }])])).toBe(
      'Du har 1 forfalden måling på 1 gevinst.',
    );
    expect(
      overdueSummary([
        benefit('a', [
          { dueDate: '2026-01-01', overdue: true },
          { dueDate: '2026-02-01', overdue: true },
        ]),
        benefit('b', [{ dueDate: '2026-01-01', overdue: true }]),
      ]),
    ).toBe('Du har 3 forfaldne målinger på 2 gevinster.');
  });
});
