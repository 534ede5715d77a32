import { addDays, danishDay, daysBetween, yearOf } from '@gevinst/domain';

/** The day in Denmark at `at`, moved by whole days: the demo's dates are all relative to the day it is seeded. */
export const danishDate = (at: Date, plusDays = 0): string => addDays(danishDay(at), plusDays);

/**
 * demo-data.ts and demo-funding.ts are written as calendar data, as a person reads a portfolio, as of the day below.
 * At seeding they move with the calendar: every day by the days since then, every budget year (and code year) by the
 * years since then, so the demo always shows this year's figures and recent follow-up.
 */
export const DEMO_WRITTEN_ON = '2026-11-27';

export interface DemoCalendar {
  /** An authored day, moved to the seeding day's calendar. */
  day(authored: string): string;
  /** An authored budget year, moved to the seeding day's year. */
  year(authored: number): number;
}

export function demoCalendar(now: Date): DemoCalendar {
  const today = danishDay(now);
  const days = daysBetween(DEMO_WRITTEN_ON, today);
  const years = yearOf(today) - yearOf(DEMO_WRITTEN_ON);
  return { day: (authored) => addDays(authored, days), year: (authored) => authored + years };
}
