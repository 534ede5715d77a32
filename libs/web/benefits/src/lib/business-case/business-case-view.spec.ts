import type { BusinessCase, BusinessCasePrecondition, BusinessCaseScenario, BusinessCaseYear, Scenario } from '@gevinst/domain';
import {
  baselineComparison,
  cumulativeCurve,
  curveSummary,
  formatKroner,
  formatKronerChange,
  isEmptyCase,
  keyFigures,
  leftOutNotes,
  openPreconditions,
  settingsLine,
} from './business-case-view';

const NBSP = '\u00a0';

const year = (y: number, net: number, cumulative: number, freedHours = 0): BusinessCaseYear => ({
  year: y,
  oneOffCosts: net < 0 ? net : 0,
  runningCosts: 0,
  costs: net < 0 ? net : 0,
  cashBenefits: net > 0 ? net : 0,
  disBenefits: 0,
  net,
  cumulative,
  freedHours,
  freedHoursValue: freedHours * 400,
});

const scenario = (name: Scenario, npv: number, paybackYear: number | null, cumulative: [number, number, number]): BusinessCaseScenario => ({
  scenario: name,
  years: [year(2026, cumulative[0], cumulative[0]), year(2027, cumulative[1] - cumulative[0], cumulative[1], 100), year(2028, cumulative[2] - cumulative[1], cumulative[2])],
  totals: { costs: -100_000, cashBenefits: 100_000, disBenefits: 0, net: 0, freedHours: 100, freedHoursValue: 40_000 },
  npv,
  paybackYear,
  freedHoursValueNpv: 38_647.34,
});

/** The hand-calculated case of tests/api/business-case.test.ts, with the scenarios out of order. */
const sample = (overrides: Partial<BusinessCase> = {}): BusinessCase => ({
  initiativeId: 'i-1',
  settings: { discountRate: 0.035, horizonYears: 3, hourlyRateDkk: 400, baseYear: 2026, lastYear: 2028 },
  scenarios: [
    scenario('optimistic', 14_308.39, 2028, [-100_000, -30_000, 30_000]),
    scenario('pessimistic', -24_338.96, null, [-100_000, -70_000, -20_000]),
    scenario('likely', -5015.29, 2028, [-100_000, -50_000, 0]),
  ],
  yearsOutsideHorizon: [],
  notInFigures: { qualitative: 0, otherUnit: 0 },
  preconditions: [],
  baseline: null,
  ...overrides,
});

describe('business case view', () => {
  it('formats whole kroner the Danish way, never "-0"', () => {
    expect(formatKroner(1_250_000)).toBe(`1.250.000${NBSP}kr.`);
    expect(formatKroner(-5015.29)).toBe(`-5.015${NBSP}kr.`);
    expect(formatKroner(-0.4)).toBe(`0${NBSP}kr.`);
    expect(formatKronerChange(19_323)).toBe(`+19.323${NBSP}kr.`);
    expect(formatKronerChange(-19_323)).toBe(`-19.323${NBSP}kr.`);
    expect(formatKronerChange(0)).toBe(`0${NBSP}kr.`);
  });

  it('says which settings were used, also without an hourly rate', () => {
    expect(settingsLine(sample().settings)).toBe(`Diskonteringsrente 3,5 % · horisont 3 år (2026–2028) · timepris 400${NBSP}kr.`);
    expect(settingsLine({ discountRate: 0.04, horizonYears: 1, hourlyRateDkk: null, baseYear: 2026, lastYear: 2026 })).toBe(
      'Diskonteringsrente 4 % · horisont 1 år (2026) · ingen timepris sat',
    );
  });

  it('gives three key figures per scenario in a fixed order, freed time apart from the NPV', () => {
    expect(keyFigures(sample())).toEqual([
      { scenario: 'pessimistic', label: 'Pessimistisk', npv: `-24.339${NBSP}kr.`, payback: 'Ikke inden for horisonten', freedValue: `38.647${NBSP}kr.`, freedHours: '100 timer' },
      { scenario: 'likely', label: 'Forventet', npv: `-5.015${NBSP}kr.`, payback: '2028', freedValue: `38.647${NBSP}kr.`, freedHours: '100 timer' },
      { scenario: 'optimistic', label: 'Optimistisk', npv: `14.308${NBSP}kr.`, payback: '2028', freedValue: `38.647${NBSP}kr.`, freedHours: '100 timer' },
    ]);
    const noRate = sample({ scenarios: sample().scenarios.map((s) => ({ ...s, freedHoursValueNpv: null })) });
    expect(keyFigures(noRate).map((k) => k.freedValue)).toEqual(['ingen timepris sat', 'ingen timepris sat', 'ingen timepris sat']);
  });

  it('draws the cumulative cash per year, one line per scenario, and sums it up in words', () => {
    expect(cumulativeCurve(sample())).toEqual({
      seriesNames: ['Pessimistisk', 'Forventet', 'Optimistisk'],
      patterns: ['dashed', 'solid', 'dotted'],
      groups: [
        { label: '2026', values: [-100_000, -100_000, -100_000] },
        { label: '2027', values: [-70_000, -50_000, -30_000] },
        { label: '2028', values: [-20_000, 0, 30_000] },
      ],
    });
    expect(curveSummary(sample())).toBe(
      'Kontante omkostninger og gevinster lagt sammen år for år, 2026–2028, uden værdien af frigjort tid. ' +
        'Tilbagebetalt: pessimistisk ikke inden for horisonten, forventet 2028, optimistisk 2028. ' +
        `Ved horisontens slutning: pessimistisk -20.000${NBSP}kr., forventet 0${NBSP}kr., optimistisk 30.000${NBSP}kr.`,
    );
  });

  it('is empty without costs and counted benefits', () => {
    expect(isEmptyCase(sample())).toBe(false);
    const zero = { costs: 0, cashBenefits: 0, disBenefits: 0, net: 0, freedHours: 0, freedHoursValue: 0 };
    expect(isEmptyCase(sample({ scenarios: sample().scenarios.map((s) => ({ ...s, totals: zero })) }))).toBe(true);
    // Freed hours alone are something to show.
    expect(isEmptyCase(sample({ scenarios: sample().scenarios.map((s) => ({ ...s, totals: { ...zero, freedHours: 5 } })) }))).toBe(false);
  });

  it('puts the NPV as approved beside the one now, with the gate, its Danish day and the change', () => {
    expect(baselineComparison(sample())).toBeNull();
    const current = sample();
    const approvedScenarios = current.scenarios.map((s) => ({ ...s, npv: s.npv + 10_000 }));
    const withBaseline = sample({
      baseline: {
        ...sample(),
        scenarios: approvedScenarios,
        decisionId: 'd-1',
        // 23:30 UTC on 4 March is 5 March in Denmark.
        decidedAt: '2026-03-04T23:30:00.000Z',
        fromPhase: 'idea',
        toPhase: 'analysis',
      },
    });
    expect(baselineComparison(withBaseline)).toEqual({
      gate: 'Godkendt ved fasegangen Idé → Analyse den 05.03.2026',
      rows: [
        { label: 'Pessimistisk', approved: `-14.339${NBSP}kr.`, now: `-24.339${NBSP}kr.`, difference: `-10.000${NBSP}kr.` },
        { label: 'Forventet', approved: `4.985${NBSP}kr.`, now: `-5.015${NBSP}kr.`, difference: `-10.000${NBSP}kr.` },
        { label: 'Optimistisk', approved: `24.308${NBSP}kr.`, now: `14.308${NBSP}kr.`, difference: `-10.000${NBSP}kr.` },
      ],
    });
  });

  it('lists open preconditions by due date, marks the overdue, merges repeated texts and counts the rest', () => {
    const change = (id: string, title: string, dueDate: string | null, status: 'open' | 'done' = 'open'): BusinessCasePrecondition => ({
      nodeId: id,
      title,
      status,
      dueDate,
      benefits: [{ id: 'b-1', title: 'Færre fejl' }],
    });
    const text = (benefitId: string): BusinessCasePrecondition => ({
      nodeId: null,
      title: 'Robotten er sat i drift ',
      status: null,
      dueDate: null,
      benefits: [{ id: benefitId, title: `Gevinst ${benefitId}` }],
    });
    const result = openPreconditions(
      [change('n-1', 'Ny arbejdsgang', null), change('n-2', 'Integration', '2026-05-01'), change('n-3', 'Oplæring', '2026-02-01'), change('n-4', 'Kontrakt', '2026-01-01', 'done'), text('b-1'), text('b-2')],
      '2026-03-01',
      3,
    );
    expect(result.shown).toEqual([
      { key: 'n-3', title: 'Oplæring', due: 'Frist 01.02.2026', status: 'Åben, fristen er overskredet', overdue: true, leadsTo: 'Fører til: Færre fejl' },
      { key: 'n-2', title: 'Integration', due: 'Frist 01.05.2026', status: 'Åben', overdue: false, leadsTo: 'Fører til: Færre fejl' },
      { key: 'n-1', title: 'Ny arbejdsgang', due: 'Ingen frist', status: 'Åben', overdue: false, leadsTo: 'Fører til: Færre fejl' },
    ]);
    expect(result.more).toBe(1);
    expect(result.done).toBe(1);
    expect(openPreconditions([text('b-1'), text('b-2')], '2026-03-01').shown).toEqual([
      { key: 'text-0', title: 'Robotten er sat i drift', due: 'Ingen frist', status: 'Beskrevet på gevinsten', overdue: false, leadsTo: 'Fører til: Gevinst b-1, Gevinst b-2' },
    ]);
  });

  it('says in words what the figures leave out', () => {
    expect(leftOutNotes(sample())).toEqual([]);
    expect(leftOutNotes({ yearsOutsideHorizon: [2031, 2032, 2040], notInFigures: { qualitative: 1, otherUnit: 2 } })).toEqual([
      'Beløb i 2031, 2032 og 2040 ligger uden for horisonten og indgår ikke.',
      '1 gevinst beskrevet i ord indgår ikke i tallene.',
      '2 gevinster i en anden enhed end kroner og timer indgår ikke i tallene.',
    ]);
  });
});
