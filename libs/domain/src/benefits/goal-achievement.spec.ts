import fc from 'fast-check';
import { goalAchievementPercent, isAmbitiousTarget } from './goal-achievement';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('goalAchievementPercent', () => {
  it("gives Rudersdal's 38 % of a 50 % target from a 0 % baseline as 76 % achieved", () => {
    expect(goalAchievementPercent(0, 50, 38)).toBeCloseTo(76, 10);
  });

  it('honours "lower is better": from 40 days to a target of 20, reaching 30 is half way', () => {
    expect(goalAchievementPercent(40, 20, 30)).toBeCloseTo(50, 10);
    expect(goalAchievementPercent(40, 20, 45)).toBeCloseTo(-25, 10);
  });

  it('reports raw values above 100 % and below 0 %', () => {
    expect(goalAchievementPercent(0, 50, 75)).toBeCloseTo(150, 10);
    expect(goalAchievementPercent(10, 20, 5)).toBeCloseTo(-50, 10);
  });

  it('is undefined when the target equals the baseline or a value is not finite', () => {
    expect(goalAchievementPercent(5, 5, 7)).toBeNull();
    expect(goalAchievementPercent(0, Number.NaN, 1)).toBeNull();
    expect(goalAchievementPercent(0, 10, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('is 0 at the baseline and 100 at the target, whatever the direction', () => {
    fc.assert(
      fc.property(value, value, (baseline, target) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        expect(goalAchievementPercent(baseline, target, baseline)).toBeCloseTo(0, 6);
        expect(goalAchievementPercent(baseline, target, target)).toBeCloseTo(100, 6);
      }),
    );
  });

  it('grows as the latest value moves towards and past the target', () => {
    fc.assert(
      fc.property(value, value, value, value, (baseline, target, a, b) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const [near, far] = (target > baseline ? a <= b : a >= b) ? [a, b] : [b, a];
        expect(goalAchievementPercent(baseline, target, far)!).toBeGreaterThanOrEqual(goalAchievementPercent(baseline, target, near)! - 1e-9);
      }),
    );
  });
});

describe('isAmbitiousTarget', () => {
  it('wants the target beyond the baseline in the direction of improvement', () => {
    expect(isAmbitiousTarget(0, 50, 'higher')).toBe(true);
    expect(isAmbitiousTarget(0, 0, 'higher')).toBe(false);
    expect(isAmbitiousTarget(40, 20, 'lower')).toBe(true);
    expect(isAmbitiousTarget(40, 60, 'lower')).toBe(false);
  });
});
