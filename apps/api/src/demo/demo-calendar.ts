import { addDays, addMonths, reviewCycleOf, yearOf } from '@gevinst/domain';

/**
 * The demo's one calendar. The demo data holds no dates or years: every day is written as days from the day the demo is
 * seeded, every budget year as years from that day's year, and this resolves them. So a newcomer in any year sees a
 * current portfolio: this year's figures, overdue follow-up, recent and stale risk reviews, a review coming up.
 */
export interface DemoCalendar {
  /** The seeding day in Denmark (the clock's today), YYYY-MM-DD. */
  readonly today: string;
  /** The seeding instant: nothing the demo records is stamped later. */
  readonly now: Date;
  /** The day `offset` days from the seeding day (before it when negative). */
  day(offset: number): string;
  /** As `day`, on a working day: a Saturday or Sunday moves back to the Friday before. */
  workday(offset: number): string;
  /** The budget year `offset` years from the seeding day's year. */
  year(offset: number): number;
  /** The first day of the calendar quarter `offset` quarters from the seeding day's (0 = the current one). */
  quarterStart(offset: number): string;
  /** The instant at `time` (HH:MM, UTC) on `day`, but never after the seeding instant. */
  at(day: string, time: string): Date;
}

export function demoCalendar(today: string, now: Date): DemoCalendar {
  const thisYear = yearOf(today);
  return {
    today,
    now,
    day: (offset) => addDays(today, offset),
    workday: (offset) => onWorkday(addDays(today, offset)),
    year: (offset) => thisYear + offset,
    // addMonths keeps the day inside shorter months, so the day found always lies `offset` quarters on.
    quarterStart: (offset) => reviewCycleOf('quarter', addMonths(today, 3 * offset)).start,
    at: (day, time) => {
      const instant = new Date(`${day}T${time}:00Z`);
      return instant > now ? new Date(now) : instant;
    },
  };
}

/**
 * Meetings and reports fall on working days: a Saturday or Sunday moves back to the Friday before, or else on to the
 * Monday after, whichever stays inside [first, last] (a quarter that began on a weekend); failing both, the day stays.
 */
export function onWorkday(day: string, first = '0000-01-01', last = '9999-12-31'): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday !== 0 && weekday !== 6) return day;
  const friday = addDays(day, weekday === 6 ? -1 : -2);
  if (friday >= first) return friday;
  const monday = addDays(day, weekday === 6 ? 2 : 1);
  return monday <= last ? monday : day;
}
