import { formatChartDate, hasTimeSpan, tableRows } from './line-chart.model';

describe('line chart table', () => {
  const series = [
    { name: 'Målt', points: [{ date: '2026-07-01', value: 38, label: 'Måling' }, { date: '2026-01-01', value: 0, label: 'Baseline' }] },
    { name: 'Mål', points: [{ date: '2026-01-01', value: 0, hideInTable: true }, { date: '2026-12-31', value: 50, label: 'Mål' }] },
  ];

  it('lists every shown point line by line in date order', () => {
    expect(tableRows(series).map((r) => `${r.series} ${r.date} ${r.value} ${r.label}`)).toEqual([
      'Målt 2026-01-01 0 Baseline',
      'Målt 2026-07-01 38 Måling',
      'Mål 2026-12-31 50 Mål',
    ]);
  });

  it('plots only when the points span at least two dates', () => {
    expect(hasTimeSpan(series)).toBe(true);
    expect(hasTimeSpan([{ name: 'x', points: [{ date: '2026-01-01', value: 1 }] }])).toBe(false);
  });

  it('formats dates as dd.MM.yyyy', () => {
    expect(formatChartDate('2026-03-05')).toBe('05.03.2026');
    expect(formatChartDate(new Date(2026, 11, 31))).toBe('31.12.2026');
  });
});
