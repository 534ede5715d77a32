import { groupTotals, realisedShare } from './benefit-totals';

describe('groupTotals', () => {
  it('keeps units apart, totals each over its years and sorts the years', () => {
    const groups = groupTotals([
      { unit: 'hours', unitLabel: null, year: 2027, planned: 1200, realised: 0 },
      { unit: 'DKK', unitLabel: null, year: 2026, planned: 250000.1, realised: 100000.2 },
      { unit: 'hours', unitLabel: null, year: 2026, planned: 600, realised: 450 },
      { unit: 'other', unitLabel: 'sager', year: 2026, planned: 10, realised: 4 },
      { unit: 'other', unitLabel: 'besøg', year: 2026, planned: 5, realised: 5 },
    ]);
    expect(groups.map((g) => [g.key, g.planned, g.realised])).toEqual([
      ['hours', 1800, 450],
      ['DKK', 250000.1, 100000.2],
      ['other|sager', 10, 4],
      ['other|besøg', 5, 5],
    ]);
    expect(groups[0].rows.map((r) => r.year)).toEqual([2026, 2027]);
  });
});

describe('realisedShare', () => {
  it('reports realised of planned in whole per cent', () => {
    expect(realisedShare(600, 450)).toBe('75 %');
    expect(realisedShare(0, 10)).toBe('–');
  });
});
