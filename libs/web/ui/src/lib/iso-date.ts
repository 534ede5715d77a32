const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, length: number): string {
  return value.toString().padStart(length, '0');
}

/**
 * Date-only values travel as 'YYYY-MM-DD'. We read and write the local calendar date and never
 * call toISOString(), which converts to UTC and would shift Danish midnights to the previous day.
 */
export function toIsoDate(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Parses 'YYYY-MM-DD' (or the date part of a timestamp) as a local date at midnight. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const match = value ? ISO_DATE.exec(value.slice(0, 10)) : null;
  if (!match) return null;
  const date = new Date(0);
  // setFullYear, unlike the Date constructor, does not map years below 100 to 19xx.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setHours(0, 0, 0, 0);
  return date;
}
