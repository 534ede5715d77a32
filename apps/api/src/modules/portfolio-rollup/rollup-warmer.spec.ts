import { msUntilNextWarmup } from './rollup-warmer';

describe('msUntilNextWarmup', () => {
  const minutes = (ms: number) => Math.round(ms / 60_000);

  it('waits until 00:05 Danish time the next day, in winter (UTC+1) and summer (UTC+2)', () => {
    // 22:00 UTC in January is 23:00 in Copenhagen: 1 h 5 min to go.
    expect(minutes(msUntilNextWarmup(new Date('2026-01-15T22:00:00Z')))).toBe(65);
    // 21:00 UTC in July is 23:00 in Copenhagen.
    expect(minutes(msUntilNextWarmup(new Date('2026-07-15T21:00:00Z')))).toBe(65);
  });

  it('waits a whole day less five minutes just after the warm-up', () => {
    // 00:10 Copenhagen (23:10 UTC the day before, in winter): next is tomorrow 00:05.
    expect(minutes(msUntilNextWarmup(new Date('2026-01-14T23:10:00Z')))).toBe(24 * 60 - 5);
  });

  it('is always positive and at most a day (plus a DST hour) away', () => {
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      const ms = msUntilNextWarmup(new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000));
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(25 * 3_600_000);
    }
  });
});
