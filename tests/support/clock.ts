import { addDays, danishDay, isIsoDay, yearOf } from '@gevinst/domain';
import { Clock } from '../../apps/api/src/common/clock/clock';

/**
 * The test run's today: TEST_TODAY (YYYY-MM-DD) when set, else the real day in Denmark. The API under test
 * (startTestApp), the factories, the demo seed and the browser tests all read it, so the suite holds on any date.
 */
export function testToday(): string {
  const day = process.env.TEST_TODAY;
  if (day === undefined || day === '') return danishDay(new Date());
  if (!isIsoDay(day)) throw new Error(`TEST_TODAY must be a calendar day written YYYY-MM-DD, got "${day}"`);
  return day;
}

/** The day `days` days from the test run's today (before it when negative). */
export const daysFromToday = (days: number): string => addDays(testToday(), days);

/** The test run's current year, and years relative to it. */
export const thisYear = (plus = 0): number => yearOf(testToday()) + plus;

/** The clock the API under test runs on. */
export const testClock = (): Clock => (process.env.TEST_TODAY ? Clock.onDay(testToday()) : Clock.system());

/** A day as the web app shows and takes it (da-DK: dd.mm.yyyy). */
export const danishShort = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
