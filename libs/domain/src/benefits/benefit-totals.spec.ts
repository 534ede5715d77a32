import fc from 'fast-check';
import { BENEFIT_UNITS, BenefitFigures, benefitTotals, benefitTotalsByUnit } from './benefit-totals';

const hours = (year: number, planned: number, realised = 0): BenefitFigures => ({
  quantified: true,
  unit: 'hours',
  planned: [{ year, amount: planned }],
  realised: [{ year, amount: realised }],
});

describe('benefitTotals', () => {
  it("adds up Ballerup's task force savings across initiatives to 7,300 hours", () => {
    const initiatives = [2400, 1850, 1200, 950, 600, 300].map((h) => hours(2016, h, h));
    expect(benefitTotalsByUnit(initiatives)).toEqual([{ unit: 'hours', planned: 7300, realised: 7300 }]);
  });

  it('subtracts a dis-benefit from the benefits of its unit', () => {
    const year = (amount: number) => [{ year: 2026, amount }];
    const totals = benefitTotals([
      { quantified: true, unit: 'hours', planned: year(100), realised: year(80) },
      { quantified: true, disBenefit: true, unit: 'hours', planned: year(30), realised: year(12.5) },
    ]);
    expect(totals).toEqual([{ unit: 'hours', year: 2026, planned: 70, realised: 67.5 }]);
  });

  it('never mixes units and never counts non-quantified benefits', () => {
    const totals = benefitTotals([
      hours(2026, 100, 40),
      { quantified: true, unit: 'DKK', planned: [{ year: 2026, amount: 250000 }], realised: [] },
      { quantified: false, unit: 'hours', planned: [{ year: 2026, amount: 999 }], realised: [{ year: 2026, amount: 999 }] },
    ]);
    expect(totals).toEqual([
      { unit: 'DKK', year: 2026, planned: 250000, realised: 0 },
      { unit: 'hours', year: 2026, planned: 100, realised: 40 },
    ]);
  });

  it('keeps decimal amounts exact', () => {
    const tenths = Array.from({ length: 3 }, () => ({ quantified: true, unit: 'DKK' as const, planned: [{ year: 2026, amount: 0.1 }], realised: [] }));
    expect(benefitTotals(tenths)[0].planned).toBe(0.3);
  });

  it('equals the sum of its parts, per unit, whatever the order', () => {
    const benefit = fc.record({
      quantified: fc.boolean(),
      unit: fc.constantFrom(...BENEFIT_UNITS),
      planned: fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2030 }), amount: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100) }), { maxLength: 5 }),
      realised: fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2030 }), amount: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100) }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(benefit, { maxLength: 20 }), (benefits) => {
        const byUnit = benefitTotalsByUnit(benefits);
        for (const unit of BENEFIT_UNITS) {
          const expected = benefits
            .filter((b) => b.quantified && b.unit === unit)
            .flatMap((b) => b.planned)
            .reduce((sum, p) => sum + Math.round(p.amount * 100), 0) / 100;
          expect(byUnit.find((u) => u.unit === unit)?.planned ?? 0).toBe(expected);
        }
        expect(benefitTotals([...benefits].reverse())).toEqual(benefitTotals(benefits));
      }),
    );
  });
});
