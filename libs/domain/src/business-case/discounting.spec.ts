import fc from 'fast-check';
import { byYear, cumulativeCurve, netPresentValue, paybackYear, type YearFlow } from './discounting';

const flows = fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2040 }), amount: fc.integer({ min: -1_000_000, max: 1_000_000 }) }), { maxLength: 12 });
const rate = fc.double({ min: 0, max: 0.2, noNaN: true });

describe('netPresentValue', () => {
  it('discounts each year from the base year, the base year itself not at all', () => {
    expect(netPresentValue([{ year: 2027, amount: 1000 }], 0.035, 2027)).toBe(1000);
    expect(netPresentValue([{ year: 2028, amount: 1035 }], 0.035, 2027)).toBe(1000);
    expect(netPresentValue([{ year: 2027, amount: -1000 }, { year: 2029, amount: 1071.23 }], 0.035, 2027)).toBe(0);
    expect(() => netPresentValue([], -1, 2027)).toThrow(RangeError);
  });

  it('discounts a stream shifted a year later once more', () => {
    fc.assert(
      fc.property(flows, rate, (stream, r) => {
        const later = stream.map((f) => ({ ...f, year: f.year + 1 }));
        const expected = netPresentValue(stream, r, 2020) / (1 + r);
        expect(Math.abs(netPresentValue(later, r, 2020) - expected)).toBeLessThanOrEqual(0.01 * (stream.length + 1));
      }),
    );
  });

  it('at a rate of 0 is the plain sum', () => {
    fc.assert(fc.property(flows, (stream) => expect(netPresentValue(stream, 0, 2020)).toBe(stream.reduce((s, f) => s + f.amount, 0))));
  });
});

describe('cumulativeCurve and paybackYear', () => {
  it('fills the years between and sums up', () => {
    expect(cumulativeCurve([{ year: 2029, amount: 50 }, { year: 2027, amount: -100 }])).toEqual([
      { year: 2027, amount: -100, cumulative: -100 },
      { year: 2028, amount: 0, cumulative: -100 },
      { year: 2029, amount: 50, cumulative: -50 },
    ]);
    expect(byYear([{ year: 2027, amount: 1 }, { year: 2027, amount: 2 }])).toEqual([{ year: 2027, amount: 3 }]);
  });

  it('pays back in the year the cumulative cash stops being negative for good', () => {
    expect(paybackYear([{ year: 2027, amount: -100 }, { year: 2028, amount: 60 }, { year: 2029, amount: 40 }])).toBe(2029);
    expect(paybackYear([{ year: 2027, amount: -100 }, { year: 2028, amount: 200 }, { year: 2029, amount: -150 }])).toBeNull();
    expect(paybackYear([{ year: 2027, amount: 0 }, { year: 2028, amount: 10 }])).toBe(2028);
    expect(paybackYear([{ year: 2027, amount: -10 }])).toBeNull();
    expect(paybackYear([])).toBeNull();
  });

  it('never pays back before the first positive year, and is then not negative to the end', () => {
    fc.assert(
      fc.property(flows, (stream) => {
        const year = paybackYear(stream);
        if (year === null) return;
        const firstPositive = Math.min(...byYear(stream).filter((f: YearFlow) => f.amount > 0).map((f) => f.year));
        expect(year).toBeGreaterThanOrEqual(firstPositive);
        expect(cumulativeCurve(stream).filter((p) => p.year >= year).every((p) => p.cumulative >= 0)).toBe(true);
      }),
    );
  });
});
