import fc from 'fast-check';
import { isRiskStale, residualAboveInherent, RISK_SCALE, riskBand, riskScore } from './risk-score';

const rating = fc.constantFrom(...RISK_SCALE);

describe('riskScore and riskBand', () => {
  it('follows the template: 1–4 low, 5–12 medium, 15–25 high', () => {
    expect(riskBand(riskScore(2, 2))).toBe('low');
    expect(riskBand(riskScore(1, 5))).toBe('medium');
    expect(riskBand(riskScore(3, 4))).toBe('medium');
    expect(riskBand(riskScore(3, 5))).toBe('high');
    expect(riskBand(riskScore(5, 5))).toBe('high');
  });

  it('refuses ratings outside 1–5 and impossible scores', () => {
    expect(() => riskScore(0 as never, 3)).toThrow(RangeError);
    expect(() => riskScore(2.5 as never, 3)).toThrow(RangeError);
    expect(() => riskBand(26)).toThrow(RangeError);
  });

  it('gives every cell of the 5×5 grid a band that never falls when a rating rises', () => {
    fc.assert(
      fc.property(rating, rating, (p, k) => {
        const order = ['low', 'medium', 'high'];
        const band = order.indexOf(riskBand(riskScore(p, k)));
        if (p < 5) expect(order.indexOf(riskBand(riskScore((p + 1) as never, k)))).toBeGreaterThanOrEqual(band);
        if (k < 5) expect(order.indexOf(riskBand(riskScore(p, (k + 1) as never)))).toBeGreaterThanOrEqual(band);
      }),
    );
  });
});

describe('isRiskStale', () => {
  it('flags a risk not reviewed for more than 90 days', () => {
    expect(isRiskStale('2026-08-28', '2026-11-27')).toBe(true);
    expect(isRiskStale('2026-08-29', '2026-11-27')).toBe(false);
    expect(isRiskStale('2026-11-01', '2026-11-27', 14)).toBe(true);
  });
});

describe('residualAboveInherent', () => {
  it('names the residual ratings above the ones before the actions, and nothing when they are not set', () => {
    expect(residualAboveInherent({ probability: 3, consequence: 3, residualProbability: 5, residualConsequence: 5 })).toEqual(['residualProbability', 'residualConsequence']);
    expect(residualAboveInherent({ probability: 3, consequence: 3, residualProbability: 3, residualConsequence: 2 })).toEqual([]);
    expect(residualAboveInherent({ probability: 1, consequence: 1, residualProbability: null })).toEqual([]);
    fc.assert(
      fc.property(rating, rating, rating, rating, (p, k, rp, rk) => {
        const above = residualAboveInherent({ probability: p, consequence: k, residualProbability: rp, residualConsequence: rk });
        expect(above.includes('residualProbability')).toBe(rp > p);
        expect(above.includes('residualConsequence')).toBe(rk > k);
      }),
    );
  });
});
