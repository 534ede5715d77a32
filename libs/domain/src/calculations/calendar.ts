/**
 * Calendar days as ISO strings (YYYY-MM-DD), the form every business date takes in Gevinst. Arithmetic runs on UTC
 * midnights, so no daylight-saving change or time zone can shift a day; "today" is always the day in Denmark.
 */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// sv-SE formats as YYYY-MM-DD: the cheapest way to read a day in a time zone with Intl.
const danishDayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: DANISH_TIME_ZONE });

/** The calendar day in Denmark at an instant. */
export const danishDay = (at: Date): string => danishDayFormat.format(at);

/** True for a real calendar day written YYYY-MM-DD (2028-02-29 yes, 2027-02-29 no). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `days` whole days after `day` (before it when negative). */
export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * DAY_MS);

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** The same day `months` months later, kept inside a shorter month (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return fromUtc(target.getTime());
}

/** The year of a day, as a number. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** 1 January of the year `day` lies in, moved by `years`. */
export const firstOfYear = (day: string, years = 0): string => `${String(yearOf(day) + years).padStart(4, '0')}-01-01`;
