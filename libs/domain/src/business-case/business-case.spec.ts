import fc from 'fast-check';
import {
  businessCase,
  businessCaseBaseYear,
  goalScenarioFactors,
  scenarioAmount,
  type BusinessCaseBenefit,
  type BusinessCaseCost,
  type BusinessCaseInput,
} from './business-case';

const dkk = (years: BusinessCaseBenefit['years'], extra: Partial<BusinessCaseBenefit> = {}): BusinessCaseBenefit => ({
  quantified: true,
  unit: 'DKK',
  disBenefit: false,
  goal: null,
  years,
  ...extra,
});
const year = (y: number, planned: number, low: number | null = null, high: number | null = null) => ({ year: y, planned, low, high });

/** 100,000 kr. one-off in 2026, 10,000 kr. running a year after; 60,000 kr. a year back (40–80,000 in 2027); 100 hours. */
const small: BusinessCaseInput = {
  baseYear: 2026,
  horizonYears: 3,
  discountRate: 0.035,
  hourlyRateDkk: 400,
  costs: [
    { year: 2026, amount: 60_000, running: false },
    { year: 2026, amount: 40_000, running: false },
    { year: 2027, amount: 10_000, running: true },
    { year: 2028, amount: 10_000, running: true },
  ],
  benefits: [dkk([year(2027, 60_000, 40_000, 80_000), year(2028, 60_000)]), dkk([year(2027, 100)], { unit: 'hours' })],
};

describe('businessCase', () => {
  it('equals a hand calculation: costs negative, benefits positive, NPV at the start of the base year', () => {
    const result = businessCase(small);
    expect(result.settings).toEqual({ discountRate: 0.035, horizonYears: 3, hourlyRateDkk: 400, baseYear: 2026, lastYear: 2028 });
    const likely = result.scenarios.find((s) => s.scenario === 'likely')!;
    expect(likely.years).toEqual([
      { year: 2026, oneOffCosts: -100_000, runningCosts: 0, costs: -100_000, cashBenefits: 0, disBenefits: 0, net: -100_000, cumulative: -100_000, freedHours: 0, freedHoursValue: 0 },
      { year: 2027, oneOffCosts: 0, runningCosts: -10_000, costs: -10_000, cashBenefits: 60_000, disBenefits: 0, net: 50_000, cumulative: -50_000, freedHours: 100, freedHoursValue: 40_000 },
      { year: 2028, oneOffCosts: 0, runningCosts: -10_000, costs: -10_000, cashBenefits: 60_000, disBenefits: 0, net: 50_000, cumulative: 0, freedHours: 0, freedHoursValue: 0 },
    ]);
    // −100,000 + 50,000 / 1.035 + 50,000 / 1.035² = −5,015.286…
    expect(likely).toMatchObject({ npv: -5015.29, paybackYear: 2028, freedHoursValueNpv: 38_647.34 });
    expect(likely.totals).toEqual({ costs: -120_000, cashBenefits: 120_000, disBenefits: 0, net: 0, freedHours: 100, freedHoursValue: 40_000 });
    const [pessimistic, , optimistic] = result.scenarios;
    expect(pessimistic).toMatchObject({ scenario: 'pessimistic', npv: -24_338.96, paybackYear: null });
    expect(pessimistic.years[1].cashBenefits).toBe(40_000);
    expect(optimistic).toMatchObject({ scenario: 'optimistic', npv: 14_308.39, paybackYear: 2028 });
    expect(result.yearsOutsideHorizon).toEqual([]);
  });

  it('keeps freed hours out of cash, and leaves them unvalued without a rate', () => {
    const unpriced = businessCase({ ...small, hourlyRateDkk: null });
    expect(unpriced.scenarios.map((s) => s.npv)).toEqual(businessCase(small).scenarios.map((s) => s.npv));
    expect(unpriced.scenarios[1]).toMatchObject({ freedHoursValueNpv: null, totals: { freedHours: 100, freedHoursValue: null } });
    expect(unpriced.scenarios[1].years[1]).toMatchObject({ freedHours: 100, freedHoursValue: null, net: 50_000 });
  });

  it('counts dis-benefits against the case, the larger harm in the pessimistic scenario', () => {
    const harm = dkk([year(2027, 5_000, 2_000, 9_000)], { disBenefit: true });
    const lostHours = dkk([year(2027, 30)], { unit: 'hours', disBenefit: true });
    const result = businessCase({ ...small, benefits: [...small.benefits, harm, lostHours] });
    expect(result.scenarios.map((s) => s.years[1].disBenefits)).toEqual([-9_000, -5_000, -2_000]);
    expect(result.scenarios[1].years[1]).toMatchObject({ cashBenefits: 60_000, net: 45_000, freedHours: 70, freedHoursValue: 28_000 });
  });

  it('leaves out what it cannot count, and says so', () => {
    const result = businessCase({
      ...small,
      costs: [...small.costs, { year: 2031, amount: 5, running: true }],
      benefits: [...small.benefits, dkk([year(2029, 1)]), dkk([], { quantified: false }), dkk([year(2027, 4)], { unit: 'other' })],
    });
    expect(result.yearsOutsideHorizon).toEqual([2029, 2031]);
    expect(result.notInFigures).toEqual({ qualitative: 1, otherUnit: 1 });
    expect(result.scenarios[1].totals).toMatchObject({ costs: -120_000, cashBenefits: 120_000 });
  });

  it('rounds once, at the end: thirds of an øre never pile up', () => {
    const goal = { baseline: 0, target: 3, pessimistic: 1, optimistic: null };
    const result = businessCase({ ...small, costs: [], benefits: [1, 2, 3].map(() => dkk([year(2026, 0.01)], { goal }))});
    // Each third of 1 øre alone rounds to 0; summed before rounding they make 1 øre.
    expect(result.scenarios[0].years[0].cashBenefits).toBe(0.01);
    expect(() => businessCase({ ...small, horizonYears: 0 })).toThrow(RangeError);
    expect(() => businessCase({ ...small, discountRate: -1 })).toThrow(RangeError);
  });
});

describe('scenario figures', () => {
  it('takes the benefit’s own figure first, then the goal’s three points, then the planned', () => {
    const goal = { baseline: 10, target: 20, pessimistic: 15, optimistic: 30 };
    expect(goalScenarioFactors(goal)).toEqual({ pessimistic: 0.5, optimistic: 2 });
    // Lower is better: from 10 days to 5, pessimistically 8, optimistically 4.
    expect(goalScenarioFactors({ baseline: 10, target: 5, pessimistic: 8, optimistic: 4 })).toEqual({ pessimistic: 0.4, optimistic: 1.2 });
    // Typed the wrong way round: never turns the scenarios over.
    expect(goalScenarioFactors({ baseline: 0, target: 10, pessimistic: 12, optimistic: -3 })).toEqual({ pessimistic: 1, optimistic: 1 });
    expect(goalScenarioFactors({ baseline: null, target: 10, pessimistic: 5, optimistic: 15 })).toEqual({ pessimistic: null, optimistic: null });
    expect(goalScenarioFactors({ baseline: 10, target: 10, pessimistic: 5, optimistic: 15 })).toEqual({ pessimistic: null, optimistic: null });

    expect(scenarioAmount('pessimistic', year(2026, 100, 70, 130), false, goal)).toBe(7_000);
    expect(scenarioAmount('pessimistic', year(2026, 100), false, goal)).toBe(5_000);
    expect(scenarioAmount('optimistic', year(2026, 100), false, goal)).toBe(20_000);
    expect(scenarioAmount('optimistic', year(2026, 100), false, null)).toBe(10_000);
    expect(scenarioAmount('likely', year(2026, 100, 70, 130), false, goal)).toBe(10_000);
    expect(scenarioAmount('optimistic', year(2026, 100), true, goal)).toBe(10_000);
  });

  it('discounts to the earliest of the planned start and the flows, or this year', () => {
    expect(businessCaseBaseYear(2027, small, 2030)).toBe(2026);
    expect(businessCaseBaseYear(2025, small, 2030)).toBe(2025);
    expect(businessCaseBaseYear(null, { costs: [], benefits: [dkk([year(2024, 1)], { unit: 'other' }), dkk([year(2028, 1)])] }, 2030)).toBe(2028);
    expect(businessCaseBaseYear(null, { costs: [], benefits: [] }, 2030)).toBe(2030);
  });
});

// Properties over small random cases: amounts in hundredths, years near the base year, ordered three-point figures.
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((h) => h / 100);
const threePoint = fc.tuple(amount, amount, amount).map((xs) => [...xs].sort((a, b) => a - b));
const benefitYear = fc.record({ year: fc.integer({ min: 2026, max: 2033 }), figures: threePoint, own: fc.boolean() }).map(({ year: y, figures: [low, planned, high], own }) =>
  own ? year(y, planned, low, high) : year(y, planned),
);
const goal = fc.option(
  fc.record({ baseline: fc.integer({ min: 0, max: 10 }), target: fc.integer({ min: 11, max: 20 }), pessimistic: fc.option(fc.integer({ min: 0, max: 30 })), optimistic: fc.option(fc.integer({ min: 0, max: 30 })) }),
);
const benefit = fc.record({
  quantified: fc.boolean(),
  unit: fc.constantFrom('DKK' as const, 'hours' as const, 'other' as const),
  disBenefit: fc.boolean(),
  goal,
  years: fc.uniqueArray(benefitYear, { selector: (y) => y.year, maxLength: 4 }),
});
const cost: fc.Arbitrary<BusinessCaseCost> = fc.record({ year: fc.integer({ min: 2026, max: 2033 }), amount, running: fc.boolean() });
const input: fc.Arbitrary<BusinessCaseInput> = fc.record({
  baseYear: fc.constant(2026),
  horizonYears: fc.constant(10),
  discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
  hourlyRateDkk: fc.option(fc.integer({ min: 1, max: 100_000 }).map((h) => h / 100)),
  costs: fc.array(cost, { maxLength: 6 }),
  benefits: fc.array(benefit, { maxLength: 5 }),
});

describe('businessCase properties', () => {
  it('discounts a case shifted a year later once more', () => {
    fc.assert(
      fc.property(input, (i) => {
        const later = { ...i, costs: i.costs.map((c) => ({ ...c, year: c.year + 1 })), benefits: i.benefits.map((b) => ({ ...b, years: b.years.map((y) => ({ ...y, year: y.year + 1 })) })) };
        const now = businessCase(i).scenarios;
        businessCase(later).scenarios.forEach((s, k) => {
          // Each NPV is rounded to the øre once: the two roundings differ by at most 1 øre.
          expect(Math.abs(s.npv - now[k].npv / (1 + i.discountRate))).toBeLessThanOrEqual(0.011);
        });
      }),
    );
  });

  it('orders the scenarios: optimistic ≥ likely ≥ pessimistic, for cash and for hours', () => {
    fc.assert(
      fc.property(input, (i) => {
        const [pessimistic, likely, optimistic] = businessCase(i).scenarios;
        expect(likely.npv).toBeGreaterThanOrEqual(pessimistic.npv);
        expect(optimistic.npv).toBeGreaterThanOrEqual(likely.npv);
        expect(likely.totals.freedHours).toBeGreaterThanOrEqual(pessimistic.totals.freedHours);
        expect(optimistic.totals.freedHours).toBeGreaterThanOrEqual(likely.totals.freedHours);
      }),
    );
  });

  it('never pays back before the first year with a positive net', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const s of businessCase(i).scenarios) {
          if (s.paybackYear === null) continue;
          const firstPositive = s.years.find((y) => y.net > 0)?.year;
          expect(firstPositive).toBeDefined();
          expect(s.paybackYear).toBeGreaterThanOrEqual(firstPositive!);
          expect(s.years.filter((y) => y.year >= s.paybackYear!).every((y) => y.cumulative >= 0)).toBe(true);
        }
      }),
    );
  });

  it('shows totals and a curve that are exact sums of the years shown, and never lets hours move the cash', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = businessCase(i);
        const withoutHours = businessCase({ ...i, benefits: i.benefits.filter((b) => b.unit !== 'hours') });
        result.scenarios.forEach((s, k) => {
          const sum = (pick: (y: (typeof s.years)[number]) => number) => s.years.reduce((acc, y) => acc + Math.round(pick(y) * 100), 0) / 100;
          expect(s.years.at(-1)!.cumulative).toBe(s.totals.net);
          expect(sum((y) => y.net)).toBe(s.totals.net);
          expect(sum((y) => y.costs + y.cashBenefits + y.disBenefits)).toBe(s.totals.net);
          expect(s.npv).toBe(withoutHours.scenarios[k].npv);
        });
      }),
    );
  });
});
