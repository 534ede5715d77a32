import {
  OTHER_COLOUR,
  axisMax,
  bubbleSeries,
  categoryLineSeries,
  coloursFor,
  foldStacks,
  formatCompact,
  formatKroner,
  groupedSeries,
  stackTable,
  stackedSeries,
} from './chart-data';

describe('chart data', () => {
  it('lists every series in every group, a missing value as 0', () => {
    expect(groupedSeries(['Planlagt', 'Realiseret'], [{ label: '2026', values: [100, 80] }, { label: '2027', values: [200] }])).toEqual([
      { name: '2026', series: [{ name: 'Planlagt', value: 100 }, { name: 'Realiseret', value: 80 }] },
      { name: '2027', series: [{ name: 'Planlagt', value: 200 }, { name: 'Realiseret', value: 0 }] },
    ]);
  });

  it('draws one line per series across the categories, a missing value as 0', () => {
    expect(categoryLineSeries(['Forventet', 'Optimistisk'], [{ label: '2026', values: [-100, -90] }, { label: '2027', values: [-40] }])).toEqual([
      { name: 'Forventet', series: [{ name: '2026', value: -100 }, { name: '2027', value: -40 }] },
      { name: 'Optimistisk', series: [{ name: '2026', value: -90 }, { name: '2027', value: 0 }] },
    ]);
  });

  it('draws at most max stacks: the largest, then the rest summed as Øvrige', () => {
    const stacks = [
      { label: 'A', values: [1, 1] },
      { label: 'B', values: [10, 0] },
      { label: 'C', values: [0, 5] },
      { label: 'D', values: [2, 2] },
    ];
    expect(foldStacks(stacks, 2, 4).map((s) => s.label)).toEqual(['B', 'C', 'D', 'A']);
    expect(foldStacks(stacks, 2, 3)).toEqual([
      { label: 'B', values: [10, 0] },
      { label: 'C', values: [0, 5] },
      { label: 'Øvrige (2)', values: [3, 3] },
    ]);
  });

  it('stacks one bar per category and totals the table both ways, every stack listed by name', () => {
    const stacks = [
      { label: 'Økonomi', values: [100, 50] },
      { label: 'Ældre', values: [0, 25.5] },
    ];
    expect(stackedSeries(['2026', '2027'], stacks)[1]).toEqual({
      name: '2027',
      series: [{ name: 'Økonomi', value: 50 }, { name: 'Ældre', value: 25.5 }],
    });
    expect(stackTable(['2026', '2027'], stacks)).toEqual({
      // Danish order: Æ before Ø.
      rows: [
        { label: 'Ældre', values: [0, 25.5], total: 25.5 },
        { label: 'Økonomi', values: [100, 50], total: 150 },
      ],
      totals: [100, 75.5],
      total: 175.5,
    });
  });

  it('maps bubbles to x, y and r', () => {
    expect(bubbleSeries('Værdi', [{ key: '1', label: 'BAL-1', x: 40, y: 20, size: 1000 }])).toEqual([
      { name: 'Værdi', series: [{ name: 'BAL-1', x: 40, y: 20, r: 1000 }] },
    ]);
  });

  it('gives an axis headroom and never an empty span', () => {
    expect(axisMax([])).toBe(1);
    expect(axisMax([0, 0])).toBe(1);
    expect(axisMax([100])).toBeCloseTo(110);
  });

  it('keeps Øvrige grey', () => {
    expect(coloursFor(['A', 'Øvrige (3)'])[1]).toBe(OTHER_COLOUR);
  });

  it('formats Danish kroner and compact ticks', () => {
    expect(formatKroner(1234567.6).replace(/\s/g, ' ')).toBe('1.234.568 kr.');
    expect(formatCompact(1_200_000).replace(/\s/g, ' ')).toBe('1,2 mio.');
  });
});
