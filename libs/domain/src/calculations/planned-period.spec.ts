import fc from 'fast-check';
import { isValidPlannedPeriod } from './planned-period';

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isValidPlannedPeriod', () => {
  it('accepts open periods', () => {
    expect(isValidPlannedPeriod(null, '2026-01-01')).toBe(true);
    expect(isValidPlannedPeriod('2026-01-01', undefined)).toBe(true);
  });

  it('rejects an end before the start', () => {
    expect(isValidPlannedPeriod('2026-03-01', '2026-02-28')).toBe(false);
  });

  it('agrees with date arithmetic', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(isValidPlannedPeriod(a, b)).toBe(new Date(a).getTime() <= new Date(b).getTime());
      }),
    );
  });
});
