/** The calendar month `today` falls in: the default period of a new status report. */
export function defaultPeriod(today: Date): { start: Date; end: Date } {
  const start = new Date(today.getFullYear(), today.getMonth(), 1);
  const end = new Date(today.getFullYear(), today.getMonth() + 1, 0);
  return { start, end };
}

/** "2026-03-01" → "01.03.2026"; anything else unchanged. */
export function formatIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** "01.03.2026–31.03.2026" for two ISO dates. */
export function formatPeriod(start: string, end: string): string {
  return `${formatIsoDate(start)}–${formatIsoDate(end)}`;
}
