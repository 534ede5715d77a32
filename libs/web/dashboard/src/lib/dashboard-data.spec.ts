import type { PortfolioOverview } from '@gevinst/domain';
import { benefitGroups, formatHours, formatKroner, formatPercent, fundingChart, phaseChartData, phaseRows, realisedShare, themeChartData, valueVsRiskPoints } from './dashboard-data';

const pr = (planned: number, realised: number) => ({ planned, realised });
const initiative = (code: string) => ({ id: `id-${code}`, code, title: `Titel ${code}`, phase: 'implementation' as const });
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('dashboard data', () => {
  it('lists every phase in process order, 0 for those the API left out', () => {
    const rows = phaseRows([{ phase: 'realisation', count: 2 }, { phase: 'idea', count: 3 }]);
    expect(rows.map((r) => `${r.label} ${r.count}`)).toEqual(['Idé 3', 'Analyse 0', 'Gennemførelse 0', 'Realisering 2', 'Afsluttet 0', 'På pause 0', 'Stoppet 0']);
    expect(phaseChartData([{ phase: 'analysis', count: 1 }])[1]).toEqual({ label: 'Analyse', value: 1 });
  });

  it('keeps DKK and hours apart, by year, without empty years', () => {
    const byYear: PortfolioOverview['benefits']['byYear'] = [
      { year: 2027, dkk: pr(300, 0), hours: pr(0, 0) },
      { year: 2026, dkk: pr(200.5, 150), hours: pr(500, 200.5) },
    ];
    expect(benefitGroups(byYear, 'dkk')).toEqual([
      { label: '2026', values: [200.5, 150] },
      { label: '2027', values: [300, 0] },
    ]);
    expect(benefitGroups(byYear, 'hours')).toEqual([{ label: '2026', values: [500, 200.5] }]);
  });

  it('gives the realised share of the planned amount, none when nothing is planned', () => {
    expect(realisedShare(pr(200, 50))).toBe(25);
    expect(realisedShare(pr(0, 10))).toBeNull();
  });

  it('puts funding in stacks per department over every year any department pays in', () => {
    const chart = fundingChart([
      { department: { id: 'a', name: 'IT' }, years: [{ year: 2027, amount: 75 }, { year: 2025, amount: 100 }] },
      { department: { id: 'b', name: 'Social' }, years: [{ year: 2026, amount: 50.25 }] },
    ]);
    expect(chart).toEqual({
      categories: ['2025', '2026', '2027'],
      stacks: [
        { label: 'IT', values: [100, 0, 75] },
        { label: 'Social', values: [0, 50.25, 0] },
      ],
    });
  });

  it('places scored initiatives on their priority score and unscored on their benefit potential, riskiest first', () => {
    const { scored, unscored } = valueVsRiskPoints([
      { initiative: initiative('A'), priorityScore: 40, benefitPotential: 600_000, riskScore: 20, budget: 1000 },
      { initiative: initiative('B'), priorityScore: null, benefitPotential: 90_000, riskScore: 0, budget: 0 },
      { initiative: initiative('C'), priorityScore: 70, benefitPotential: 0, riskScore: 25, budget: 50 },
    ]);
    expect(scored.map((p) => [p.label, p.x, p.y, p.size])).toEqual([
      ['C Titel C', 70, 25, 50],
      ['A Titel A', 40, 20, 1000],
    ]);
    expect(unscored).toEqual([{ key: 'id-B', label: 'B Titel B', x: 90_000, y: 0, size: 0 }]);
  });

  it('lists themes with findings in the catalogue order', () => {
    expect(
      themeChartData([
        { theme: 'risikovurdering', findings: 3, initiatives: 2 },
        { theme: 'maal', findings: 1, initiatives: 1 },
        { theme: 'data', findings: 0, initiatives: 0 },
      ]),
    ).toEqual([
      { label: 'Mål', value: 1 },
      { label: 'Risikovurdering', value: 3 },
    ]);
  });

  it('formats Danish amounts, hours and shares', () => {
    expect(plain(formatKroner(250_000.5))).toBe('250.001 kr.');
    expect(formatHours(1250.5)).toBe('1.250,5 timer');
    expect(formatHours(1)).toBe('1 time');
    expect(plain(formatPercent(42.25))).toBe('42,3 %');
    expect(formatPercent(null)).toBe('–');
  });
});
