import fc from 'fast-check';
import { hasAtMostTwoDecimals, kronerToOre, oreToKroner, sumInHundredths } from './money';

describe('exact money', () => {
  it('accepts kroner with up to two decimals and refuses more', () => {
    expect(hasAtMostTwoDecimals(1234.5)).toBe(true);
    expect(hasAtMostTwoDecimals(0.29)).toBe(true);
    expect(hasAtMostTwoDecimals(10_000_000_000.01)).toBe(true);
    expect(hasAtMostTwoDecimals(0.291)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.POSITIVE_INFINITY)).toBe(false);
    expect(() => kronerToOre(1.005)).toThrow(RangeError);
  });

  it('converts the classic floating-point traps exactly', () => {
    expect(kronerToOre(0.29)).toBe(29);
    expect(kronerToOre(1.1) + kronerToOre(2.2)).toBe(330);
    expect(oreToKroner('123456789012')).toBe(1_234_567_890.12);
    expect(() => oreToKroner('12.5')).toThrow(RangeError);
  });

  it('round-trips every øre amount up to the limit, and sums in øre equal the sum of the parts', () => {
    const ore = fc.integer({ min: 0, max: 1_000_000_000_000 });
    fc.assert(fc.property(ore, (value) => kronerToOre(oreToKroner(value)) === value));
    fc.assert(
      fc.property(fc.array(ore, { maxLength: 50 }), (values) => {
        const sum = values.reduce((a, b) => a + b, 0);
        expect(kronerToOre(oreToKroner(sum))).toBe(sum);
      }),
    );
  });

  it('sums amounts with two decimals exactly', () => {
    expect(sumInHundredths([0.1, 0.2])).toBe(0.3);
    expect(sumInHundredths([])).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e11, max: 1e11 }), { maxLength: 30 }), (parts) => {
        expect(sumInHundredths(parts.map((p) => p / 100))).toBe(parts.reduce((a, b) => a + b, 0) / 100);
      }),
    );
  });
});
