import fc from 'fast-check';
import { timeStudy } from './time-study';

describe('timeStudy', () => {
  it('turns 12 → 4 minutes per case on 4,500 cases a year into 600 hours, and DKK at the hourly rate', () => {
    expect(timeStudy({ minutesPerCaseBefore: 12, minutesPerCaseAfter: 4, casesPerYear: 4500, hourlyRateDkk: 450 })).toEqual({
      hoursPerYear: 600,
      dkkPerYear: 270000,
    });
  });

  it('reports a slower process as negative hours', () => {
    expect(timeStudy({ minutesPerCaseBefore: 5, minutesPerCaseAfter: 8, casesPerYear: 60 }).hoursPerYear).toBe(-3);
  });

  it('refuses negative or non-finite inputs', () => {
    expect(() => timeStudy({ minutesPerCaseBefore: -1, minutesPerCaseAfter: 0, casesPerYear: 1 })).toThrow(RangeError);
    expect(() => timeStudy({ minutesPerCaseBefore: 1, minutesPerCaseAfter: 0, casesPerYear: Number.NaN })).toThrow(RangeError);
  });

  it('is zero when nothing changes and proportional to the volume', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 100_000 }), (before, after, cases) => {
        expect(timeStudy({ minutesPerCaseBefore: before, minutesPerCaseAfter: before, casesPerYear: cases }).hoursPerYear).toBe(0);
        const single = timeStudy({ minutesPerCaseBefore: before, minutesPerCaseAfter: after, casesPerYear: cases }).hoursPerYear;
        const doubled = timeStudy({ minutesPerCaseBefore: before, minutesPerCaseAfter: after, casesPerYear: cases * 2 }).hoursPerYear;
        // Each figure is rounded to hundredths, so doubling may differ by one rounding step.
        expect(Math.abs(doubled - 2 * single)).toBeLessThanOrEqual(0.010001);
      }),
    );
  });
});
