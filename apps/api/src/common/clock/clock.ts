import { addDays, danishDay, daysBetween, yearOf } from '@gevinst/domain';

const DAY_MS = 86_400_000;

/**
 * The API's one source of "now" and "today" (the calendar day in Denmark). Every rule that depends on the date —
 * overdue evaluation points, stale risks, review cycles, the rollup's day, budget years — reads it, so the whole
 * API can run on another day: tests build it with `Clock.onDay` (TEST_TODAY), production always with `Clock.system()`.
 * Wall-clock timers of security (session expiry, sign-in lockout) compare with PostgreSQL's now() and stay real.
 */
export class Clock {
  /** Whole days this clock runs ahead of the machine's (0 in production; a test database gets the same shift). */
  private constructor(readonly shiftDays: number) {}

  /** The machine's clock. */
  static system(): Clock {
    return new Clock(0);
  }

  /** A clock whose today is `day` (YYYY-MM-DD) while the time of day runs on; for the test set-up only. */
  static onDay(day: string, at: Date = new Date()): Clock {
    return new Clock(daysBetween(danishDay(at), day));
  }

  /** The current instant (shifted by whole days on a test clock). */
  now(): Date {
    return this.shiftDays === 0 ? new Date() : new Date(Date.now() + this.shiftDays * DAY_MS);
  }

  /** Today in Denmark, YYYY-MM-DD. Day arithmetic, so a test clock never lands an hour off across daylight saving. */
  today(): string {
    return addDays(danishDay(new Date()), this.shiftDays);
  }

  /** The day `days` days from today (before it when negative). */
  daysFromToday(days: number): string {
    return addDays(this.today(), days);
  }

  /** This year in Denmark (the budget year the dashboards open on). */
  year(): number {
    return yearOf(this.today());
  }
}
